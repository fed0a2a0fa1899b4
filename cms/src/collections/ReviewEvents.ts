import { REVIEW_STATES } from "@lifewelfare/content-models";
import type { CollectionConfig } from "payload";
import { may } from "../access/table.ts";

/** What a recorded event was: the review actions, a publish through Payload's own path, a reopen, a 확인 완료. */
export const REVIEW_EVENT_KINDS = [
  { value: "request", label: "검토 요청" },
  { value: "return", label: "반려" },
  { value: "approve", label: "게시 승인" },
  { value: "schedule", label: "예약 게시 승인" },
  { value: "publish", label: "게시" },
  { value: "reopen", label: "다시 작성" },
  { value: "verify", label: "확인 완료" },
] as const;
export type ReviewEventKind = (typeof REVIEW_EVENT_KINDS)[number]["value"];

const states = REVIEW_STATES.map(({ value, label }) => ({ value, label }));

/**
 * 검토 기록 (`review-events`): one document per review transition — who (account id as text, name
 * and role label at the time), when (`createdAt`, UTC), the kind, the state before and after, the
 * comment (반려 사유, 확인 메모), a scheduled time, and the document (collection slug or
 * `globals/guidebook`, id, title at the time). Written only by server code (`review/record.ts`)
 * with full access; staff read it (the edit view's 검토 기록), nobody writes it through any API.
 */
export const ReviewEvents: CollectionConfig = {
  slug: "review-events",
  labels: { singular: "검토 기록", plural: "검토 기록" },
  admin: {
    group: "설정",
    useAsTitle: "documentTitle",
    defaultColumns: ["createdAt", "kind", "documentTitle", "actorName", "comment"],
    description: "검토 요청·반려·게시 승인·확인 완료의 기록입니다. 서버만 기록하며 고칠 수 없습니다.",
  },
  access: {
    read: ({ req }) => may(req, "review-events", "read"),
    create: ({ req }) => may(req, "review-events", "create"),
    update: ({ req }) => may(req, "review-events", "update"),
    delete: ({ req }) => may(req, "review-events", "delete"),
  },
  defaultSort: "-createdAt",
  fields: [
    { name: "kind", type: "select", label: "구분", required: true, options: [...REVIEW_EVENT_KINDS] },
    { name: "fromState", type: "select", label: "이전 단계", options: states },
    { name: "toState", type: "select", label: "다음 단계", options: states },
    { name: "comment", type: "textarea", label: "의견" },
    { name: "publishAt", type: "date", label: "예약 게시 시각" },
    { name: "target", type: "text", label: "대상 종류", required: true, index: true },
    { name: "documentId", type: "text", label: "대상 문서 번호", required: true, index: true },
    { name: "documentTitle", type: "text", label: "대상 문서" },
    // The account's id as text, not a relationship: deleting an account never fails or loses history.
    { name: "actorId", type: "text", label: "처리한 계정", index: true },
    { name: "actorName", type: "text", label: "처리한 사람" },
    { name: "actorRole", type: "text", label: "역할" },
  ],
  indexes: [{ fields: ["target", "documentId", "createdAt"] }],
};
