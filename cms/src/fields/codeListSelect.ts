import type { SelectField } from "payload";
import { type LabelledName, label } from "./label.ts";

/** A code list of content-models: values with Korean labels. */
export type CodeList = ReadonlyArray<{ readonly value: string; readonly label: string }>;

/**
 * A select field over a content-models code list (LIFE_STAGES, SUPPORT_TYPES …), labelled from
 * FIELD_LABELS. `hasMany` for multi-valued classifications.
 */
export function codeListSelect(
  name: LabelledName,
  list: CodeList,
  overrides: Partial<Omit<SelectField, "type" | "options" | "name">> = {},
): SelectField {
  return {
    name,
    type: "select",
    label: label(name),
    options: list.map((item) => ({ value: item.value, label: item.label })),
    ...overrides,
  } as SelectField;
}
