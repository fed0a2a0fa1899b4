import type { Target } from "../../src/access/table.ts";
import type { Json } from "../helpers/http.ts";
import { nextCount, type Probes, payload, unique, users } from "./context.ts";
import { type DraftedSlug, fixture } from "./drafted-fixtures.ts";
import { draftedReadProbes } from "./drafted-read.ts";
import { draftedWriteProbes } from "./drafted-write.ts";
import { globalStatusProbes, rootProbes, systemProbes } from "./generic.ts";
import { guidebookProbes } from "./guidebook.ts";
import { jobsProbes } from "./jobs.ts";
import { mediaProbes } from "./media.ts";
import { preferencesProbes } from "./preferences.ts";
import { previewProbes } from "./preview.ts";
import { draftedReviewProbes, guidebookReviewProbes, reviewEventsProbes, verifyProbes } from "./review.ts";
import { usersProbes } from "./users.ts";

/** Every probe of a drafted collection (정책, 부서, 복지 캐릭터). */
const draftedProbes = (slug: DraftedSlug): Probes => ({
  ...draftedReadProbes(slug),
  ...draftedWriteProbes(slug),
  ...draftedReviewProbes(slug),
});

/** The probes of every row of the access table; the type makes a row without probes a compile error. */
export function allProbes(): Record<Target, Probes> {
  const lockable = async () => {
    const dept = await fixture("departments", "draft");
    const lock = (await payload.create({
      collection: "payload-locked-documents",
      data: {
        document: { relationTo: "departments", value: dept.id },
        user: { relationTo: "users", value: users.admin?.id },
      } as never,
    })) as Json;
    return lock.id as number;
  };
  const kv = async () => {
    const doc = (await payload.create({
      collection: "payload-kv" as never,
      data: { key: unique("kv").replace(" ", "-"), data: { n: 1 } } as never,
    })) as Json;
    return doc.id as number;
  };
  return {
    policies: { ...draftedProbes("policies"), ...verifyProbes() },
    departments: draftedProbes("departments"),
    mascots: draftedProbes("mascots"),
    "search-terms": draftedProbes("search-terms"),
    media: mediaProbes(),
    users: usersProbes(),
    "payload-jobs": jobsProbes(),
    "payload-preferences": preferencesProbes(),
    "payload-locked-documents": systemProbes(
      "payload-locked-documents",
      "PayloadLockedDocument",
      "PayloadLockedDocuments",
      lockable,
      () => ({
        globalSlug: "guidebook",
        user: { relationTo: "users", value: users.admin?.id },
      }),
    ),
    "payload-kv": systemProbes("payload-kv", "PayloadKv", "PayloadKvs", kv, () => ({
      key: unique("kv").replace(" ", "-"),
      data: {},
    })),
    guidebook: { ...guidebookProbes(), ...guidebookReviewProbes() },
    "review-events": reviewEventsProbes(),
    "rebuild-status": globalStatusProbes(
      "rebuild-status",
      "RebuildStatus",
      "message",
      () => unique("상태"),
      (d) => d.message,
    ),
    "payload-jobs-stats": globalStatusProbes(
      "payload-jobs-stats",
      "PayloadJobsStat",
      "stats",
      () => ({ n: nextCount() }),
      (d) => d.stats,
    ),
    "@root": { ...rootProbes(), ...previewProbes() },
  };
}
