import { TEXT_MAX, todayKst } from "@lifewelfare/content-models";
import type { Endpoint, PayloadRequest } from "payload";
import { actorOf, may } from "../access/table.ts";
import { REVIEW_WRITE } from "./hooks.ts";
import { type ReviewTarget, recordReviewEvent, titleOf } from "./record.ts";
import { reviewTransition } from "./transitions.ts";

async function body(req: PayloadRequest): Promise<Record<string, unknown> | undefined> {
  try {
    const value = await req.json?.();
    return value && typeof value === "object" && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
const BAD_BODY = { message: "요청 본문은 JSON 객체여야 합니다." };

/** Answers a transition, turning Payload's validation refusal of a publish into a Korean 400. */
async function transition(req: PayloadRequest, target: ReviewTarget, id: string): Promise<Response> {
  const input = await body(req);
  if (!input) return Response.json(BAD_BODY, { status: 400 });
  try {
    const { status, message, state } = await reviewTransition(req, target, id, input);
    return Response.json(state ? { message, state } : { message }, { status });
  } catch (error) {
    if ((error as Error).name !== "ValidationError") throw error;
    return Response.json({ message: `게시할 수 없습니다: ${(error as Error).message}` }, { status: 400 });
  }
}

/**
 * `POST /api/<collection>/:id/review` with `{ action: "request" | "return" | "approve", comment?,
 * publishAt? }`: one review transition (see `reviewTransition`), answered `{ message, state }`.
 */
export const reviewEndpoint = (target: Exclude<ReviewTarget, "guidebook">): Endpoint => ({
  path: "/:id/review",
  method: "post",
  handler: (req) => transition(req, target, String(req.routeParams?.id ?? "")),
});

/** `POST /api/globals/guidebook/review`: the same for 안내서 설정. */
export const guidebookReviewEndpoint: Endpoint = {
  path: "/review",
  method: "post",
  handler: (req) => transition(req, "guidebook", "guidebook"),
};

/** The most policies one `POST /api/policies/verify` marks. */
export const VERIFY_MAX_IDS = 200;

/**
 * `POST /api/policies/verify` with `{ ids: number[] (1–200), note?: string }` (검토자/관리자,
 * `policies.markChecked`): marks each policy checked — `lastReviewedAt` today (KST),
 * `needsVerification` off, `verificationNote` = `note` when given — and records 확인 완료 in
 * 검토 기록. A policy whose latest version is published is published again with the change; one
 * with unpublished changes gets it in its draft (published with them). Answers
 * `{ message, updated: number[], missing: number[] }` (200; 404 when none was found).
 */
export const verifyEndpoint: Endpoint = {
  path: "/verify",
  method: "post",
  handler: async (req) => {
    if (actorOf(req) === "anonymous")
      return Response.json({ message: "로그인한 직원만 확인 완료를 표시할 수 있습니다." }, { status: 401 });
    if (!may(req, "policies", "markChecked"))
      return Response.json({ message: "확인 완료 표시는 검토자와 관리자만 할 수 있습니다." }, { status: 403 });
    const input = await body(req);
    if (!input) return Response.json(BAD_BODY, { status: 400 });
    const { ids, note } = input;
    if (
      !Array.isArray(ids) ||
      ids.length === 0 ||
      ids.length > VERIFY_MAX_IDS ||
      !ids.every((id) => Number.isSafeInteger(id) && (id as number) > 0)
    )
      return Response.json(
        { message: `정책 번호(ids)는 1~${VERIFY_MAX_IDS}개의 양의 정수 목록이어야 합니다.` },
        { status: 400 },
      );
    if (note !== undefined && (typeof note !== "string" || note.length > TEXT_MAX.policy.verificationNote))
      return Response.json(
        { message: `확인 메모(note)는 ${TEXT_MAX.policy.verificationNote}자 이하의 글자여야 합니다.` },
        { status: 400 },
      );
    const text = typeof note === "string" ? note.normalize("NFC").trim() : "";
    const updated: number[] = [];
    const missing: number[] = [];
    req.context = { ...req.context, [REVIEW_WRITE]: true };
    for (const id of new Set(ids as number[])) {
      const doc = await req.payload
        .findByID({ collection: "policies", id, draft: true, depth: 0, req, overrideAccess: true })
        .catch(() => null);
      if (!doc) {
        missing.push(id);
        continue;
      }
      const data = {
        lastReviewedAt: todayKst(),
        needsVerification: false,
        ...(text ? { verificationNote: text } : {}),
      };
      const published = doc._status === "published";
      await req.payload.update({
        collection: "policies",
        id,
        data: { ...data, _status: published ? "published" : "draft" },
        draft: !published,
        depth: 0,
        req,
        overrideAccess: true,
      } as never);
      await recordReviewEvent(req, {
        kind: "verify",
        target: "policies",
        id,
        title: titleOf("policies", id, doc as unknown as Record<string, unknown>),
        comment: text || undefined,
      });
      updated.push(id);
    }
    const message =
      updated.length === 0 ? "표시할 정책을 찾지 못했습니다." : `정책 ${updated.length}건을 확인 완료로 표시했습니다.`;
    return Response.json({ message, updated, missing }, { status: updated.length === 0 ? 404 : 200 });
  },
};
