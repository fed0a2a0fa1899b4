import { departmentSchema, TEXT_MAX } from "@lifewelfare/content-models";
import type { CollectionConfig } from "payload";
import { text } from "payload/shared";
import { label } from "../fields/label.ts";
import { phoneField } from "../fields/phone.ts";
import { ruleMessage, withRule } from "../fields/rules.ts";
import { stableIdField } from "../fields/stableId.ts";
import { refuseDeleteInUse } from "../hooks/refuseDeleteInUse.ts";
import { withPublication } from "./publication.ts";

/**
 * 부서: content-models `departmentSchema` (the department directory and policies' 담당부서/문의처).
 * A department a policy still names is not deleted (`refuseDeleteInUse`).
 */
export const Departments: CollectionConfig = withPublication({
  slug: "departments",
  labels: { singular: label("departmentId"), plural: label("departments") },
  admin: {
    useAsTitle: "name",
    defaultColumns: ["name", "team", "organization", "phone", "order", "_status"],
    group: "콘텐츠",
  },
  defaultSort: "order",
  hooks: {
    beforeDelete: [
      refuseDeleteInUse([
        { collection: "policies", fields: ["department", "contacts.department"], titleField: "title" },
      ]),
    ],
  },
  fields: [
    {
      name: "name",
      type: "text",
      label: label("name"),
      required: true,
      validate: withRule(text, (value) => ruleMessage(departmentSchema.shape.name, value)),
    },
    stableIdField(),
    { name: "team", type: "text", label: label("team"), maxLength: TEXT_MAX.department.team },
    { name: "organization", type: "text", label: label("organization"), maxLength: TEXT_MAX.department.organization },
    phoneField(),
    { name: "location", type: "text", label: label("location"), maxLength: TEXT_MAX.department.location },
    { name: "description", type: "textarea", label: label("description"), maxLength: TEXT_MAX.department.description },
    { name: "order", type: "number", label: label("order"), defaultValue: 0, admin: { position: "sidebar" } },
  ],
});
