import {
  APPLICATION_STATES,
  codeLabel,
  deriveStatus,
  type KstDate,
  POLICY_STATUSES,
  type StatusInput,
  todayKst,
  toKstDate,
} from "@lifewelfare/content-models";
import type { Payload } from "payload";
import type { RebuildScheduler } from "./scheduler.ts";
import { REBUILD_STATUS_SLUG } from "./status.ts";

/** A published policy as the daily check reads it: its title and the fields `deriveStatus` reads. */
export type DatedPolicy = StatusInput & { title: string };

/** The daily check's verdict: whether to rebuild, why (Korean, for the log), and what changed. */
export type DailyDecision = { rebuild: boolean; reason: string; changed: string[] };

type HistoryEntry = { at?: string | null; state?: string | null };

/**
 * The KST date the live site was last built for: the start of the latest successful run in the
 * 배포 상태 history (newest first: the nearest older `running` entry), else that success's time;
 * null when no run has succeeded. The start counts, not the end: a build started at 23:59 KST
 * derived its statuses for that day even when it finished after midnight.
 */
export function lastBuiltOn(history: HistoryEntry[]): KstDate | null {
  const success = history.findIndex((h) => h.state === "succeeded");
  if (success < 0) return null;
  const start = history.slice(success + 1).find((h) => h.state === "running") ?? history[success];
  return start?.at ? toKstDate(start.at) : null;
}

/**
 * Decides the daily rebuild: rebuild when some published policy's derived state (status or 신청
 * 상태, `deriveStatus`) on `today` differs from the one the live site was built for on `builtOn`,
 * that is when its `nextChangeOn` after `builtOn` is on or before `today`; always when the site was
 * never built. All dates are KST calendar dates.
 */
export function decideDailyRebuild(policies: DatedPolicy[], builtOn: KstDate | null, today: KstDate): DailyDecision {
  if (builtOn === null) {
    return { rebuild: true, reason: "성공한 빌드 기록이 없어 다시 만듭니다.", changed: [] };
  }
  const changed = policies.flatMap((p) => {
    const before = deriveStatus(p, builtOn);
    if (before.nextChangeOn === null || before.nextChangeOn > today) return [];
    const after = deriveStatus(p, today);
    return [`「${p.title}」 ${describe(before)} → ${describe(after)}`];
  });
  if (changed.length === 0) {
    return {
      rebuild: false,
      reason: `${builtOn} 빌드 이후 ${today}까지 날짜로 바뀌는 상태가 없어 다시 만들지 않습니다.`,
      changed,
    };
  }
  return {
    rebuild: true,
    reason: `${builtOn} 빌드 이후 ${today}까지 정책 ${changed.length}건의 상태가 바뀌어 다시 만듭니다: ${changed.join(", ")}`,
    changed,
  };
}

const describe = (d: ReturnType<typeof deriveStatus>) =>
  [codeLabel(POLICY_STATUSES, d.status), codeLabel(APPLICATION_STATES, d.application)].filter(Boolean).join("·");

type StoredDates = {
  title?: string | null;
  status?: {
    value?: DatedPolicy["status"]["value"] | null;
    effectiveFrom?: string | null;
    effectiveUntil?: string | null;
  };
  applicationPeriod?: {
    kind?: DatedPolicy["applicationPeriod"]["kind"] | null;
    startDate?: string | null;
    endDate?: string | null;
  };
};

/** Up to three changes, then "외 n건": the title of the change in 배포 상태. */
const listed = (changed: string[]) =>
  changed.length > 3 ? `${changed.slice(0, 3).join(", ")} 외 ${changed.length - 3}건` : changed.join(", ");

/** A CMS date (ISO instant at 12:00 KST) as a KST date, or undefined when empty. */
const kst = (value: unknown) => (typeof value === "string" && value ? toKstDate(value) : undefined);

/**
 * 정기 재빌드 check: reads the published policies and the 배포 상태 history, decides with
 * `decideDailyRebuild` for today in Korea (the scheduler's clock, faked in tests), logs the reason
 * in Korean, and starts one rebuild (action `daily`) only when a derived state changed. Returns
 * the decision once that rebuild is done.
 */
export async function runDailyRebuild(payload: Payload, scheduler: RebuildScheduler): Promise<DailyDecision> {
  const now = scheduler.clock.now();
  const today = todayKst(now);
  const status = await payload.findGlobal({ slug: REBUILD_STATUS_SLUG, depth: 0, overrideAccess: true });
  const found = await payload.find({
    collection: "policies",
    where: { _status: { equals: "published" } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: {
      title: true,
      status: { value: true, effectiveFrom: true, effectiveUntil: true },
      applicationPeriod: { kind: true, startDate: true, endDate: true },
    },
  });
  // Dates are stored as instants (cms/src/fields/kstDate.ts); the select narrows to these fields.
  const docs: StoredDates[] = found.docs;
  const policies: DatedPolicy[] = docs.map((doc) => ({
    title: String(doc.title ?? ""),
    status: {
      value: doc.status?.value ?? "active",
      effectiveFrom: kst(doc.status?.effectiveFrom),
      effectiveUntil: kst(doc.status?.effectiveUntil),
    },
    applicationPeriod: {
      kind: doc.applicationPeriod?.kind ?? "unknown",
      startDate: kst(doc.applicationPeriod?.startDate),
      endDate: kst(doc.applicationPeriod?.endDate),
    },
  }));
  const decision = decideDailyRebuild(policies, lastBuiltOn(status.history ?? []), today);
  payload.logger.info(`[정기 재빌드] ${decision.reason}`);
  if (decision.rebuild) {
    await scheduler.flush({
      entity: "schedule",
      documentId: "daily",
      title: `매일 정기 재빌드 — ${decision.changed.length ? listed(decision.changed) : "첫 빌드"}`,
      action: "daily",
      at: now.toISOString(),
    });
  }
  return decision;
}
