import { newStableId, policySchema } from "@lifewelfare/content-models";
import type { TextField } from "payload";
import { writtenByServer } from "../access/writtenByServer.ts";
import { label } from "./label.ts";
import { ruleMessage } from "./rules.ts";

/**
 * `stableId` (고유 ID): the database-independent id of a document (permanent URL `/p/<id>/`).
 * Given on create (imports keep theirs) or generated with `newStableId()`; never changed after:
 * updates cannot write it and a duplicate gets a new one.
 */
export function stableIdField(): TextField {
  return {
    name: "stableId",
    type: "text",
    label: label("id"),
    unique: true,
    index: true,
    admin: { position: "sidebar", readOnly: true, description: "자동으로 정해지며 바꿀 수 없습니다." },
    access: { update: writtenByServer },
    hooks: {
      beforeValidate: [
        ({ value, operation }) =>
          operation === "create" && (typeof value !== "string" || !value) ? newStableId() : value,
      ],
      beforeDuplicate: [() => newStableId()],
    },
    validate: (value: unknown) => ruleMessage(policySchema.shape.id, value),
  } as TextField;
}
