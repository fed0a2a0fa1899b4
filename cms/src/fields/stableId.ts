import { newStableId, policySchema } from "@lifewelfare/content-models";
import type { TextField } from "payload";
import type { z } from "zod";
import { writtenByServer } from "../access/writtenByServer.ts";
import { label } from "./label.ts";
import { ruleMessage } from "./rules.ts";

/**
 * `stableId` (고유 ID): the database-independent id of a document (permanent URL `/p/<id>/`).
 * Given on create (imports keep theirs) or generated with `newStableId()`; never changed after:
 * updates cannot write it and a duplicate gets a new one. `schema` is the content-models rule of
 * the id (default: a policy's, 3–32 characters; 검색어 사전 ids allow 2–48).
 */
export function stableIdField(schema: z.ZodType = policySchema.shape.id): TextField {
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
    validate: (value: unknown) => ruleMessage(schema, value),
  } as TextField;
}
