/**
 * 검토 단계 (editorial review state) of a document in the CMS, beside Payload's draft/published
 * status: 작성 중 → 검토 요청 → (반려, with a reason) → 게시. Staff bookkeeping only: never
 * exported in the snapshot. Which role may take which transition is in the CMS access table.
 */
export const REVIEW_STATES = [
  { value: "writing", label: "작성 중" },
  { value: "requested", label: "검토 요청" },
  { value: "returned", label: "반려" },
  { value: "published", label: "게시" },
] as const;

/** One review state value. */
export type ReviewState = (typeof REVIEW_STATES)[number]["value"];

/**
 * The review actions (transitions) and the states they lead to: 검토 요청 (request, by 편집자 and
 * up), 반려 (return, 검토자/관리자, a comment is required), 게시 승인 (approve: publish now or at a
 * scheduled time, 검토자/관리자), 다시 작성 (reopen: any save of a returned or published entry as a
 * draft moves it back to 작성 중).
 */
export const REVIEW_ACTIONS = [
  { value: "request", label: "검토 요청", to: "requested" },
  { value: "return", label: "반려", to: "returned" },
  { value: "approve", label: "게시 승인", to: "published" },
] as const;

/** One review action value. */
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]["value"];
