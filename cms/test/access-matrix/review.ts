import { createLocalReq } from "payload";
import type { Actor } from "../../src/access/table.ts";
import type { ReviewTarget } from "../../src/review/record.ts";
import { reviewTransition } from "../../src/review/transitions.ts";
import type { Json } from "../helpers/http.ts";
import { guidebookData } from "../helpers/lexical.ts";
import { http, ok, type Probes, payload, quiet, unique, users } from "./context.ts";
import { type DraftedSlug, fixture, latestDraft, liveDoc } from "./drafted-fixtures.ts";
import { docAccessProbes, systemProbes } from "./generic.ts";

// The review workflow's cells (검토 요청, 반려, 게시 승인, 확인 완료) and the 검토 기록 row.

type Subject = { target: ReviewTarget; id: string; path: string };

/** A transition through the Local API path (`reviewTransition` with the actor's request); true when it took effect. */
async function asLocal(actor: Actor, subject: Subject, input: Json): Promise<boolean> {
  const req = await createLocalReq({ user: (users[actor] ?? null) as never }, payload);
  return (await reviewTransition(req, subject.target, subject.id, input)).status === 200;
}
/** Puts `subject` into 검토 요청 as the 관리자. */
async function requested(subject: Subject) {
  const result = await asLocal("admin", subject, { action: "request" });
  if (!result) throw new Error(`could not request a review of ${subject.path}`);
}
const stateOf = async (subject: Subject) =>
  (subject.target === "guidebook"
    ? ((await payload.findGlobal({ slug: "guidebook", draft: true, depth: 0 })) as Json)
    : await latestDraft(subject.target as DraftedSlug, Number(subject.id))
  ).review?.state;
const published = async (subject: Subject) =>
  subject.target === "guidebook"
    ? ((await payload.db.findGlobal({ slug: "guidebook" })) as Json)._status === "published" &&
      (await stateOf(subject)) === "published"
    : (await liveDoc(subject.target as DraftedSlug, Number(subject.id)))._status === "published";

/**
 * The three transitions of a drafted collection or 안내서 설정, over REST (`POST …/review`) and the
 * Local API path; allowed means the state (or, for 게시 승인, the live document) changed.
 */
function transitionProbes(make: () => Promise<Subject>): Probes {
  const probe = (action: string, before: (s: Subject) => Promise<void>, took: (s: Subject) => Promise<boolean>) => ({
    rest: async (actor: Actor) => {
      const subject = await make();
      await before(subject);
      await http[actor].post(subject.path, { action, comment: "사유를 적었습니다." });
      return took(subject);
    },
    local: async (actor: Actor) => {
      const subject = await make();
      await before(subject);
      await asLocal(actor, subject, { action, comment: "사유를 적었습니다." });
      return took(subject);
    },
  });
  return {
    requestReview: probe(
      "request",
      async () => {},
      async (s) => (await stateOf(s)) === "requested",
    ),
    returnReview: probe("return", requested, async (s) => (await stateOf(s)) === "returned"),
    approveReview: probe("approve", requested, published),
  };
}

/** Review probes of a drafted collection (a new draft each time). */
export function draftedReviewProbes(slug: DraftedSlug): Probes {
  return transitionProbes(async () => {
    const { id } = await fixture(slug, "draft");
    return { target: slug, id: String(id), path: `/api/${slug}/${id}/review` };
  });
}

/** Review probes of 안내서 설정 (published, then a draft over it: 작성 중). */
export function guidebookReviewProbes(): Probes {
  return transitionProbes(async () => {
    await payload.updateGlobal({
      slug: "guidebook",
      data: { ...guidebookData(), title: unique("검토 안내서"), _status: "published" } as never,
      ...quiet,
    });
    await payload.updateGlobal({
      slug: "guidebook",
      data: { title: unique("검토 초안") } as never,
      draft: true,
      ...quiet,
    });
    return { target: "guidebook", id: "guidebook", path: "/api/globals/guidebook/review" };
  });
}

/** 확인 완료 (`POST /api/policies/verify`): allowed means 확인 중 was cleared. */
export function verifyProbes(): Probes {
  return {
    markChecked: {
      rest: async (actor) => {
        const { id } = await fixture("policies", "published");
        await payload.update({ collection: "policies", id, data: { needsVerification: true } as never, ...quiet });
        const r = await http[actor].post("/api/policies/verify", { ids: [id], note: "전화로 확인" });
        return ok(r.status) && (await liveDoc("policies", id)).needsVerification === false;
      },
    },
  };
}

/** 검토 기록 (`review-events`): staff read, nobody writes through any API. */
export function reviewEventsProbes(): Probes {
  const make = async () =>
    (
      (await payload.create({
        collection: "review-events",
        data: { kind: "request", target: "policies", documentId: "1", documentTitle: unique("기록") },
      })) as Json
    ).id as number;
  const data = () => ({ kind: "approve", target: "policies", documentId: "1", documentTitle: unique("가짜 기록") });
  return {
    ...systemProbes("review-events", "ReviewEvent", "ReviewEvents", make, data),
    docAccess: docAccessProbes("review-events", make),
  };
}
