import { REVIEW_STATES } from "@lifewelfare/content-models";
import type { GroupField } from "payload";
import { isStaff } from "../access/isStaff.ts";
import { writtenByServer } from "../access/writtenByServer.ts";

/**
 * 검토 (editorial review) of a drafted document, shown in the edit view's sidebar and read by the
 * work dashboard. Only the review endpoint writes it (API callers cannot), so a state can change
 * only through the transitions the access table allows; staff can read it, residents cannot.
 *
 * - `state`: REVIEW_STATES (작성 중, 검토 요청, 반려, 게시).
 * - `requestedById`/`requestedByName`/`requestedAt`: who asked for the last review and when (UTC
 *   instant; shown in KST).
 * - `returnedByName`/`returnedAt`/`returnComment`: the last 반려 and its reason, shown to the
 *   편집자 on the entry and on the dashboard until the next request.
 *
 * The full history (each transition: who, when, comment) is kept in the `review-events` collection.
 */
export function reviewField(): GroupField {
  const serverOnly = { read: isStaff, create: writtenByServer, update: writtenByServer };
  return {
    name: "review",
    type: "group",
    label: "검토",
    access: serverOnly,
    admin: { position: "sidebar", readOnly: true },
    fields: [
      {
        name: "state",
        type: "select",
        label: "검토 단계",
        options: REVIEW_STATES.map(({ value, label }) => ({ value, label })),
        defaultValue: "writing",
        index: true,
      },
      // The account's id as text, not a relationship: no foreign key, so deleting an account never fails.
      { name: "requestedById", type: "text", label: "검토 요청한 계정", index: true, admin: { hidden: true } },
      { name: "requestedByName", type: "text", label: "검토 요청한 사람" },
      { name: "requestedAt", type: "date", label: "검토 요청일", index: true },
      { name: "returnedByName", type: "text", label: "반려한 사람" },
      { name: "returnedAt", type: "date", label: "반려일" },
      { name: "returnComment", type: "textarea", label: "반려 사유" },
    ],
  };
}
