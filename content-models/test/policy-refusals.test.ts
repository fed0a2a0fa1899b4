import { describe, expect, it } from "vitest";
import { ELIGIBILITY_REFUSALS } from "./helpers/eligibility-refusal-cases.ts";
import { basePolicy, errorOf, POLICY_REFUSALS } from "./helpers/policy-refusal-cases.ts";

describe("policySchema refusals", () => {
  it.each([...POLICY_REFUSALS, ...ELIGIBILITY_REFUSALS])(
    "refuses %s, naming the document and the field",
    (_what, mutate, path, field, message) => {
      const input = basePolicy();
      mutate(input);
      const error = errorOf(input);
      const issue = error.issues.find((i) => i.path === path);
      expect(issue, `issues: ${JSON.stringify(error.issues)}`).toBeDefined();
      expect(issue?.document).toBe(`정책 「${input.title}」 (${input.id})`);
      expect(issue?.field).toBe(field);
      expect(issue?.message.startsWith(message), `${issue?.message} starts with ${message}`).toBe(true);
      expect(error.message).toContain(`정책 「${input.title}」 (${input.id}) · ${field} (${path}): ${message}`);
    },
  );
});
