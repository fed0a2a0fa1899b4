import { REVIEW_ACTIONS, REVIEW_STATES, type ReviewAction, type ReviewState } from "@lifewelfare/content-models";
import type { PayloadRequest } from "payload";
import { actorOf, may, type Operation } from "../access/table.ts";
import { guardedSchedulePublish } from "../jobs/scheduleServerFunction.ts";
import { REVIEW_WRITE } from "./hooks.ts";
import { actorOfReq, type ReviewTarget, recordReviewEvent, TARGET_LABEL, titleOf } from "./record.ts";

/** A transition's answer: an HTTP status and a Korean message (and the new state when it happened). */
export type TransitionResult = { status: number; message: string; state?: ReviewState };

/** What a caller asks for (the body of `POST /:id/review`, unchecked). */
export type TransitionInput = { action?: unknown; comment?: unknown; publishAt?: unknown };

/** The longest 반려 사유 accepted. */
export const COMMENT_MAX = 2000;
const OPERATION: Record<ReviewAction, Operation> = {
  request: "requestReview",
  return: "returnReview",
  approve: "approveReview",
};
/** The states each action may start from. */
const FROM: Record<ReviewAction, readonly ReviewState[]> = {
  request: ["writing", "returned"],
  return: ["requested"],
  approve: ["requested"],
};
const stateLabel = (state: ReviewState) => REVIEW_STATES.find((s) => s.value === state)?.label ?? state;
const actionLabel = (action: ReviewAction) => REVIEW_ACTIONS.find((a) => a.value === action)?.label ?? action;
const WHO: Record<ReviewAction, string> = { request: "직원", return: "검토자와 관리자", approve: "검토자와 관리자" };

type Doc = Record<string, unknown> & { review?: Record<string, unknown> | null };

async function latest(req: PayloadRequest, target: ReviewTarget, id: string): Promise<Doc | null> {
  if (target === "guidebook")
    return (await req.payload.findGlobal({
      slug: "guidebook",
      draft: true,
      depth: 0,
      req,
      overrideAccess: true,
    })) as unknown as Doc;
  if (!/^[1-9]\d{0,9}$/.test(id)) return null;
  return (await req.payload
    .findByID({ collection: target, id: Number(id), draft: true, depth: 0, req, overrideAccess: true })
    .catch(() => null)) as Doc | null;
}

/** Saves `review` onto the latest version as a draft save (the content stays as it is). */
async function saveReview(req: PayloadRequest, target: ReviewTarget, id: string, review: Doc): Promise<void> {
  req.context = { ...req.context, [REVIEW_WRITE]: true };
  const common = { data: { review }, draft: true, depth: 0, req, overrideAccess: true } as const;
  if (target === "guidebook") await req.payload.updateGlobal({ slug: "guidebook", ...common } as never);
  else await req.payload.update({ collection: target, id: Number(id), ...common } as never);
}

/** Publishes the latest version now, with the review group at 게시. */
async function publish(req: PayloadRequest, target: ReviewTarget, id: string, review: Doc): Promise<void> {
  req.context = { ...req.context, [REVIEW_WRITE]: true };
  const data = { review, _status: "published" };
  if (target === "guidebook")
    await req.payload.updateGlobal({ slug: "guidebook", data, depth: 0, req, overrideAccess: true } as never);
  else
    await req.payload.update({
      collection: target,
      id: Number(id),
      data,
      depth: 0,
      req,
      overrideAccess: true,
    } as never);
}

/**
 * One review transition on `target` (document `id`; `"guidebook"` for the global) as `req.user`:
 * 검토 요청 (`request`: 작성 중/반려 → 검토 요청), 반려 (`return`: 검토 요청 → 반려, `comment`
 * required), 게시 승인 (`approve`: 검토 요청 → 게시 now, or at `publishAt` through Payload's
 * scheduled publishing, the state staying 검토 요청 until the job publishes). Who may take which
 * action is the access table's `requestReview`/`returnReview`/`approveReview`. Every transition
 * is recorded in 검토 기록. Never throws for bad input: answers 400 (bad body), 401 (not logged
 * in), 403 (role), 404 (no such document) or 409 (wrong state), each naming the document.
 */
export async function reviewTransition(
  req: PayloadRequest,
  target: ReviewTarget,
  id: string,
  input: TransitionInput,
): Promise<TransitionResult> {
  const action = REVIEW_ACTIONS.find((a) => a.value === input.action)?.value;
  if (!action) return { status: 400, message: "검토 동작(action)은 request, return, approve 중 하나여야 합니다." };
  if (actorOf(req) === "anonymous") return { status: 401, message: "로그인한 직원만 검토 단계를 바꿀 수 있습니다." };
  const doc = await latest(req, target, id);
  if (!doc) return { status: 404, message: `${TARGET_LABEL[target]} ${id}번 문서를 찾을 수 없습니다.` };
  const title = `「${titleOf(target, id, doc)}」`;
  if (!may(req, target, OPERATION[action]))
    return { status: 403, message: `${title}: ${actionLabel(action)}은(는) ${WHO[action]}만 할 수 있습니다.` };
  const from = ((doc.review?.state as ReviewState) ?? "writing") satisfies ReviewState;
  if (!FROM[action].includes(from))
    return {
      status: 409,
      message: `${title}: 지금 ${stateLabel(from)} 단계라 ${actionLabel(action)}을(를) 할 수 없습니다.`,
    };
  const comment = typeof input.comment === "string" ? input.comment.normalize("NFC").trim() : "";
  if (input.comment !== undefined && typeof input.comment !== "string")
    return { status: 400, message: `${title}: 의견(comment)은 글자여야 합니다.` };
  if (comment.length > COMMENT_MAX)
    return { status: 400, message: `${title}: 의견은 ${COMMENT_MAX}자 이하로 입력하세요.` };
  const review = { ...(doc.review ?? {}) };
  const now = new Date().toISOString();
  const { actorId, actorName } = actorOfReq(req);
  const event = { target, id: target === "guidebook" ? "guidebook" : id, title: titleOf(target, id, doc), from };

  if (action === "request") {
    Object.assign(review, { state: "requested", requestedById: actorId, requestedByName: actorName, requestedAt: now });
    Object.assign(review, { returnedByName: null, returnedAt: null, returnComment: null });
    await saveReview(req, target, id, review);
    await recordReviewEvent(req, { ...event, kind: "request", to: "requested", comment: comment || undefined });
    return { status: 200, message: `${title}의 검토를 요청했습니다.`, state: "requested" };
  }
  if (action === "return") {
    if (!comment) return { status: 400, message: `${title}: 반려 사유를 입력하세요.` };
    Object.assign(review, { state: "returned", returnedByName: actorName, returnedAt: now, returnComment: comment });
    await saveReview(req, target, id, review);
    await recordReviewEvent(req, { ...event, kind: "return", to: "returned", comment });
    return { status: 200, message: `${title}을(를) 반려했습니다.`, state: "returned" };
  }
  if (input.publishAt !== undefined) {
    const at = typeof input.publishAt === "string" ? new Date(input.publishAt) : new Date(Number.NaN);
    if (Number.isNaN(at.getTime()) || at.getTime() <= Date.now())
      return { status: 400, message: `${title}: 예약 게시 시각(publishAt)은 지금 이후의 ISO 8601 시각이어야 합니다.` };
    const scheduled = await guardedSchedulePublish({
      type: "publish",
      date: at,
      ...(target === "guidebook" ? { global: "guidebook" } : { doc: { relationTo: target, value: id } }),
      req,
    } as never);
    if ((scheduled as { error?: string } | undefined)?.error)
      return { status: 403, message: `${title}: ${(scheduled as { error: string }).error}` };
    await recordReviewEvent(req, {
      ...event,
      kind: "schedule",
      to: from,
      comment: comment || undefined,
      publishAt: at.toISOString(),
    });
    return { status: 200, message: `${title}을(를) 예약 게시했습니다.`, state: from };
  }
  Object.assign(review, { state: "published" });
  await publish(req, target, id, review);
  await recordReviewEvent(req, { ...event, kind: "approve", to: "published", comment: comment || undefined });
  return { status: 200, message: `${title}을(를) 게시했습니다.`, state: "published" };
}
