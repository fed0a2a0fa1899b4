import type { TextField } from "payload";
import type { z } from "zod";
import { type LabelledName, label } from "./label.ts";
import { ruleMessage } from "./rules.ts";

/**
 * A list of short texts (구비서류, 근거 법령, 출처 …) stored as a multi-valued text field, checked
 * as a whole by the content-models schema of the list (e.g. `policySchema.shape.sourceUrls`:
 * at least one http(s) address).
 */
export function textListField(
  name: LabelledName,
  schema: z.ZodType,
  overrides: Partial<Omit<TextField, "type" | "hasMany">> = {},
): TextField {
  return {
    name,
    type: "text",
    hasMany: true,
    label: label(name),
    validate: (value: unknown) => ruleMessage(schema, Array.isArray(value) ? value : []),
    ...overrides,
  } as TextField;
}
