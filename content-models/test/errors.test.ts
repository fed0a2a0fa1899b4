import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ContentValidationError,
  describePolicy,
  labelOf,
  parseContent,
  policySchema,
  toContentIssues,
} from "../src/index.ts";
import { rawPolicy } from "./helpers/fixture.ts";

describe("describePolicy", () => {
  it("names a policy by title and id", () => {
    expect(describePolicy({ id: "g-pregnancy-gift", title: "임신축하금" })).toBe(
      "정책 「임신축하금」 (g-pregnancy-gift)",
    );
  });

  it("copes with a missing title or id, and composes an NFD title", () => {
    expect(describePolicy({})).toBe("정책 (제목 없음)");
    expect(describePolicy({ title: 42, id: 7 })).toBe("정책 (제목 없음)");
    expect(describePolicy({ title: "임신축하금".normalize("NFD") })).toBe("정책 「임신축하금」");
  });
});

describe("labelOf", () => {
  it("gives Korean field words and 1-based positions", () => {
    expect(labelOf("contacts")).toBe("문의처");
    expect(labelOf("phone")).toBe("전화번호");
    expect(labelOf(0)).toBe("1번째");
    expect(labelOf("unknownKey")).toBe("unknownKey");
  });
});

describe("parseContent and ContentValidationError", () => {
  it("returns the parsed value when valid", () => {
    const input = rawPolicy("g-senior-bus");
    expect(parseContent(policySchema, input, describePolicy(input)).id).toBe("g-senior-bus");
  });

  it("collects every issue with document, machine path, Korean field and message", () => {
    const input = rawPolicy("g-senior-bus");
    input.primaryChapter = "teen";
    (input.eligibility as { rules: { conditions: unknown[] }[] }).rules[0]!.conditions[0] = {
      kind: "age",
      unit: "years",
      min: 70,
      max: 65,
    };
    let error: unknown;
    try {
      parseContent(policySchema, input, describePolicy(input));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentValidationError);
    const { issues, name, message } = error as ContentValidationError;
    expect(name).toBe("ContentValidationError");
    expect(issues).toContainEqual({
      document: "정책 「65세 이상 어르신 시내버스 무료」 (g-senior-bus)",
      path: "eligibility.rules.0.conditions.0.max",
      field: "자격 조건(맞춤형 찾기) › 조건 묶음 › 1번째 › 조건 › 1번째 › 최대",
      message: "최소 나이는 최대 나이보다 클 수 없습니다.",
    });
    expect(issues.map((i) => i.path)).toContain("primaryChapter");
    expect(message).toMatch(/^Content validation failed \(2 issues\):/);
  });

  it("speaks Korean for zod's own checks (wrong type, unknown option)", () => {
    const input = rawPolicy("g-senior-bus");
    input.primaryChapter = "everyone";
    input.isNew = "yes";
    let error: ContentValidationError | undefined;
    try {
      parseContent(policySchema, input, describePolicy(input));
    } catch (e) {
      error = e as ContentValidationError;
    }
    const byPath = Object.fromEntries(error?.issues.map((i) => [i.path, i.message]) ?? []);
    expect(byPath.primaryChapter).toMatch(/^잘못된 옵션/);
    expect(byPath.isNew).toMatch(/^잘못된 입력/);
    expect(error?.message).toMatch(/^Content validation failed \(2 issues\):/);
  });

  it("names the whole document when the input is not an object", () => {
    expect(() => parseContent(policySchema, null, "정책 파일 policies/1.json")).toThrow(
      /정책 파일 policies\/1\.json · \(문서 전체\) \(\): /,
    );
  });

  it("toContentIssues maps a ZodError", () => {
    const result = z
      .object({ contacts: z.array(z.object({ phone: z.string() })) })
      .safeParse({ contacts: [{ phone: 1 }] });
    expect(result.success).toBe(false);
    const [issue] = toContentIssues("부서 「여성가족과」", result.error!);
    expect(issue).toMatchObject({
      document: "부서 「여성가족과」",
      path: "contacts.0.phone",
      field: "문의처 › 1번째 › 전화번호",
    });
  });
});
