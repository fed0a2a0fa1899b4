import { REBUILD_STATUS_SLUG } from "../rebuild/status.ts";
import { REBUILD_STATES } from "../rebuild/types.ts";
import { type DashboardContext, readAs, staffUser } from "./query.ts";

/**
 * 배포 상태 on the dashboard: the last pipeline run (state and its Korean label, step, message,
 * time as a UTC instant), the last failure (time and message, kept after later successes) and the
 * live site's address (null when none is configured).
 */
export type DeployStatus = {
  state: string;
  stateLabel: string;
  step: string;
  message: string;
  at: string | null;
  lastSucceededAt: string | null;
  lastFailedAt: string | null;
  lastFailureMessage: string;
  siteUrl: string | null;
};

/**
 * Reads the `rebuild-status` global and the live site's address: `envOrigin` (the server's
 * SITE_ORIGIN, which the pipeline prefers) or else the published 안내서 설정's 누리집 주소
 * (`siteOrigin`), as the pipeline resolves it. Read as the user (`overrideAccess: false`).
 */
export async function deployStatus(ctx: DashboardContext, envOrigin?: string): Promise<DeployStatus> {
  const user = staffUser(ctx.user);
  const [status, guidebook] = await Promise.all([
    ctx.payload.findGlobal({ slug: REBUILD_STATUS_SLUG, ...readAs(user) }),
    ctx.payload.findGlobal({ slug: "guidebook", ...readAs(user), select: { siteOrigin: true } }),
  ]);
  const state = status.state ?? "idle";
  return {
    state,
    stateLabel: REBUILD_STATES.find((s) => s.value === state)?.label ?? state,
    step: status.step ?? "",
    message: status.message ?? "",
    at: status.at ?? null,
    lastSucceededAt: status.lastSucceededAt ?? null,
    lastFailedAt: status.lastFailedAt ?? null,
    lastFailureMessage: status.lastFailureMessage ?? "",
    siteUrl: envOrigin || guidebook.siteOrigin || null,
  };
}
