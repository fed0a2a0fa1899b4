import type { RichTextField } from "payload";
import { type LabelledName, label } from "./label.ts";

/**
 * A rich-text (Lexical) field labelled from FIELD_LABELS. The editor comes from the config root;
 * the export turns it into sanitised HTML (content-models `safeHtml`).
 */
export function richTextField(name: LabelledName, overrides: Partial<Omit<RichTextField, "type">> = {}): RichTextField {
  return { name, type: "richText", label: label(name), ...overrides } as RichTextField;
}
