import type { ReviewState } from "@lifewelfare/content-models";
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  GlobalAfterChangeHook,
  GlobalBeforeChangeHook,
  PayloadRequest,
} from "payload";
import { type ReviewTarget, recordReviewEvent, titleOf } from "./record.ts";

type Doc = Record<string, unknown> & { review?: Record<string, unknown> | null; _status?: string };

/** `req.context` flag set by the review endpoints: their own saves are recorded there, not here. */
export const REVIEW_WRITE = "reviewWrite";

const stateOf = (doc: Doc | null | undefined): ReviewState => (doc?.review?.state as ReviewState) ?? "writing";

/**
 * The review state a save leads to, for saves outside the review endpoints: publishing (Payload's
 * 게시 button, a scheduled publish, a restore as published) leads to 게시; a draft save of a 반려
 * or 게시 entry reopens it (작성 중); anything else keeps the state.
 */
function nextState(data: Doc, original: Doc | null | undefined): ReviewState {
  if (data._status === "published") return "published";
  const state = stateOf(original);
  return state === "returned" || state === "published" ? "writing" : state;
}

function reviewData(req: PayloadRequest, data: Doc, original: Doc | null | undefined): Doc {
  if (req.context?.[REVIEW_WRITE]) return data;
  // API callers cannot write `review` (field access): keep the stored group, change only the state.
  return { ...data, review: { ...(original?.review ?? {}), state: nextState(data, original) } };
}

async function recordChange(req: PayloadRequest, target: ReviewTarget, doc: Doc, previous: Doc | null | undefined) {
  // Server writes without a user (seed, import) change the state but are nobody's review step.
  if (req.context?.[REVIEW_WRITE] || !req.user) return;
  const from = previous ? stateOf(previous) : undefined;
  const to = stateOf(doc);
  if (from === to) return;
  const id = target === "guidebook" ? "guidebook" : (doc.id as number);
  await recordReviewEvent(req, {
    kind: to === "published" ? "publish" : "reopen",
    target,
    id,
    title: titleOf(target, id, doc),
    from,
    to,
  });
}

/** `beforeChange` of a drafted collection: the state a save outside the review endpoints leads to. */
export const reviewStateOnSave: CollectionBeforeChangeHook = ({ data, originalDoc, req }) =>
  reviewData(req, data as Doc, originalDoc as Doc | undefined);

/** `afterChange` of a drafted collection: records a staff member's publish or reopen in 검토 기록. */
export const recordReviewOnSave: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  await recordChange(req, collection.slug as ReviewTarget, doc as Doc, previousDoc as Doc | undefined);
  return doc;
};

/** `beforeChange` of 안내서 설정, as `reviewStateOnSave`. */
export const reviewStateOnGlobalSave: GlobalBeforeChangeHook = ({ data, originalDoc, req }) =>
  reviewData(req, data as Doc, originalDoc as Doc | undefined);

/** `afterChange` of 안내서 설정, as `recordReviewOnSave`. */
export const recordReviewOnGlobalSave: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await recordChange(req, "guidebook", doc as Doc, previousDoc as Doc | undefined);
  return doc;
};
