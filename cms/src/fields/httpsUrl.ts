import { httpsUrl } from "@lifewelfare/content-models";
import type { TextField } from "payload";
import { text } from "payload/shared";
import { type LabelledName, label } from "./label.ts";
import { ruleMessage, withRule } from "./rules.ts";

/** An address that must start with `https://` (residents' browsers warn on plain http). */
export function httpsUrlField(name: LabelledName, overrides: Partial<Omit<TextField, "type">> = {}): TextField {
  return {
    name,
    type: "text",
    label: label(name),
    admin: { placeholder: "https://" },
    validate: withRule(text, (value) => ruleMessage(httpsUrl, value)),
    ...overrides,
  } as TextField;
}
