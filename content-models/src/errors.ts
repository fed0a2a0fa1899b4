import { z } from "zod";
import { labelOf } from "./labels.ko.ts";

/** One problem in one document, in words an editor can act on and a path a log can grep. */
export type ContentIssue = {
  /** Which document: "정책 「임신축하금」 (g0012)". */
  document: string;
  /** Machine path, e.g. `contacts.0.phone`. */
  path: string;
  /** Korean field path, e.g. `문의처 › 1번째 › 전화번호`. */
  field: string;
  /** Korean message from the rule. */
  message: string;
};

/**
 * Thrown when content fails validation. `message` (for logs) is English plus the Korean details;
 * `issues` lists every problem with the document, the field in Korean and the rule's message.
 */
export class ContentValidationError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(
      `Content validation failed (${issues.length} issue${issues.length === 1 ? "" : "s"}):\n` +
        issues.map((i) => `  - ${i.document} · ${i.field} (${i.path}): ${i.message}`).join("\n"),
    );
    this.name = "ContentValidationError";
    this.issues = issues;
  }
}

/** Turns zod issues into ContentIssues for `document` (e.g. "정책 「임신축하금」 (g0012)"). */
export function toContentIssues(document: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => {
    // zod paths may hold symbols in theory; they are shown by their description.
    const segments = issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
    return {
      document,
      path: segments.join("."),
      field: segments.map(labelOf).join(" › ") || "(문서 전체)",
      message: issue.message,
    };
  });
}

/** zod's Korean messages for issues without a message of their own (wrong type, unknown option…). */
const KOREAN_ERRORS = z.locales.ko().localeError;

/**
 * Parses `input` with `schema`, throwing ContentValidationError naming `document` and each field.
 * Rules' own Korean messages are kept; zod's built-in checks (types, enums) speak Korean too.
 * @throws ContentValidationError
 */
export function parseContent<S extends z.ZodType>(schema: S, input: unknown, document: string): z.infer<S> {
  const result = schema.safeParse(input, { error: KOREAN_ERRORS });
  if (result.success) return result.data;
  throw new ContentValidationError(toContentIssues(document, result.error));
}

/** "정책 「title」 (id)" — how errors name a policy. */
export function describePolicy(policy: { id?: unknown; title?: unknown }): string {
  const title = typeof policy.title === "string" ? `「${policy.title.normalize("NFC")}」` : "(제목 없음)";
  return `정책 ${title}${typeof policy.id === "string" ? ` (${policy.id})` : ""}`;
}
