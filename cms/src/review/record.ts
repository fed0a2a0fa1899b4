import { codeEntry, type ReviewState } from "@lifewelfare/content-models";
import type { PayloadRequest } from "payload";
import { ROLES } from "../access/roles.ts";
import type { ReviewEventKind } from "../collections/ReviewEvents.ts";

/** What the review workflow acts on: a drafted collection, or the 안내서 설정 global. */
export type ReviewTarget = "policies" | "departments" | "mascots" | "search-terms" | "guidebook";
export const REVIEW_COLLECTIONS = ["policies", "departments", "mascots", "search-terms"] as const;

/** The field that names a document of each target in messages and in the history. */
const TITLE_FIELD: Record<ReviewTarget, string> = {
  policies: "title",
  departments: "name",
  mascots: "name",
  "search-terms": "term",
  guidebook: "title",
};
/** Korean names of the targets, for messages ("정책 12번"). */
export const TARGET_LABEL: Record<ReviewTarget, string> = {
  policies: "정책",
  departments: "부서",
  mascots: "복지 캐릭터",
  "search-terms": "검색어",
  guidebook: "안내서 설정",
};

/** The title of `doc` for messages and the history (`정책 12번` when it has none). */
export function titleOf(target: ReviewTarget, id: string | number, doc: Record<string, unknown> | null): string {
  const value = doc?.[TITLE_FIELD[target]];
  if (typeof value === "string" && value.trim()) return value.trim();
  return target === "guidebook" ? TARGET_LABEL.guidebook : `${TARGET_LABEL[target]} ${id}번`;
}

/** The acting staff member as the history shows them: id, name (or e-mail's name part), role label. */
export function actorOfReq(req: PayloadRequest): { actorId?: string; actorName: string; actorRole: string } {
  const user = req.user as { id?: unknown; name?: string | null; email?: string; role?: string } | null;
  const actorRole = codeEntry(ROLES, user?.role ?? "")?.label ?? "시스템";
  const actorName = user?.name?.trim() || user?.email?.split("@")[0] || actorRole;
  return { actorId: user?.id === undefined ? undefined : String(user.id), actorName, actorRole };
}

/** One transition to record. */
export type ReviewEventInput = {
  kind: ReviewEventKind;
  target: ReviewTarget;
  id: string | number;
  title: string;
  from?: ReviewState;
  to?: ReviewState;
  comment?: string;
  publishAt?: string;
};

/**
 * Writes one `review-events` document for `req`'s user, in `req`'s transaction, with full access
 * (no API caller may write the history).
 */
export async function recordReviewEvent(req: PayloadRequest, event: ReviewEventInput): Promise<void> {
  await req.payload.create({
    collection: "review-events",
    data: {
      kind: event.kind,
      fromState: event.from ?? null,
      toState: event.to ?? null,
      comment: event.comment ?? null,
      publishAt: event.publishAt ?? null,
      target: event.target,
      documentId: String(event.id),
      documentTitle: event.title,
      ...actorOfReq(req),
    },
    req,
    overrideAccess: true,
  });
}
