import { normalizePhone, phoneNumber } from "@lifewelfare/content-models";
import type { TextField } from "payload";
import { text } from "payload/shared";
import { label } from "./label.ts";
import { ruleMessage, withRule } from "./rules.ts";

/**
 * 전화번호 as residents dial it (061-797-2776, 1588-1234, 129). Variants such as `(061)797-2776`
 * are normalised before validation; anything else is refused with the content-models message.
 */
export function phoneField(overrides: Partial<Omit<TextField, "type">> = {}): TextField {
  return {
    name: "phone",
    type: "text",
    label: label("phone"),
    admin: { placeholder: "061-797-2776" },
    hooks: {
      beforeValidate: [({ value }) => (typeof value === "string" && value.trim() ? normalizePhone(value) : value)],
    },
    validate: withRule(text, (value) => ruleMessage(phoneNumber, value)),
    ...overrides,
  } as TextField;
}
