import { FIELD_LABELS } from "@lifewelfare/content-models";

/** A content-models field name (the key of FIELD_LABELS). */
export type LabelledName = keyof typeof FIELD_LABELS;

/** The Korean label of a content-models field, e.g. `label("title")` → "서비스명". */
export function label(name: LabelledName): string {
  return FIELD_LABELS[name];
}
