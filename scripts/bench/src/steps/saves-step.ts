import { randomBytes } from "node:crypto";
import { openCms } from "@lifewelfare/scripts/cms";
import type { StepReport } from "../measure/run-step.ts";
import type { BenchWorkspace } from "../workspace.ts";
import { startNextCms } from "./next-cms.ts";
import { type EditorSession, runSavePhase, type SavePhase, saveDraft } from "./saves-load.ts";

/** Untimed saves of every editor before the first phase (the server's first requests compile routes). */
const WARM_UP_SAVES = 2;

/**
 * Creates `count` 편집자 accounts (Local API) and picks one policy for each (the first by id),
 * before the server starts. Returns their e-mails, one password and the policy ids.
 */
async function prepareEditors(count: number) {
  const payload = await openCms();
  try {
    const password = `bench-saves-${randomBytes(12).toString("hex")}`;
    const emails = Array.from({ length: count }, (_, i) => `bench-editor-${String(i + 1).padStart(2, "0")}@example.kr`);
    for (const [i, email] of emails.entries())
      await payload.create({
        collection: "users",
        data: { email, password, role: "editor", name: `벤치 편집자 ${i + 1}` } as never,
      });
    const { docs } = await payload.find({ collection: "policies", limit: count, sort: "id", depth: 0 });
    if (docs.length < count) throw new Error(`saves: ${count} policies needed, the CMS has ${docs.length}`);
    return { emails, password, policyIds: docs.map((d) => d.id) };
  } finally {
    await payload.destroy();
  }
}

/**
 * Logs `email` in over REST (`POST /api/users/login`, as the admin's login form) and loads the
 * policy's edit view data (`GET /api/policies/:id?depth=0&draft=true`).
 * @throws Error when the login or the read is refused.
 */
async function openEditor(origin: string, email: string, password: string, policyId: number | string) {
  const login = await fetch(`${origin}/api/users/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email, password }),
  });
  const token = /payload-token=([^;]+)/.exec(login.headers.get("set-cookie") ?? "")?.[1];
  if (!login.ok || !token) throw new Error(`login ${email}: HTTP ${login.status} ${await login.text()}`);
  const cookie = `payload-token=${token}`;
  const read = await fetch(`${origin}/api/policies/${policyId}?depth=0&draft=true`, { headers: { cookie, origin } });
  if (!read.ok) throw new Error(`read policy ${policyId} as ${email}: HTTP ${read.status}`);
  const doc = (await read.json()) as Record<string, unknown>;
  return { email, cookie, policyId, doc } satisfies EditorSession;
}

const line = (label: string, p: SavePhase) =>
  `${label}: p50 ${p.p50} ms, p95 ${p.p95} ms, 최대 ${p.max} ms, 초당 ${p.rps}건, 저장당 CPU ${p.cpuMsPerSave} ms, 오류 ${p.errors}, 유실 ${p.lost}/${p.checked}`;

/**
 * Editors' draft saves under load, as production serves them: `next start` of the built admin on
 * the run's SQLite database, `max(savesEditors)` distinct 편집자 accounts logged in over REST, each
 * on a policy of their own. Phases of `savesSeconds` each: one editor alone (the baseline), then
 * each count of `savesEditors` (10 and 50) saving at once in a closed loop (`runSavePhase`: the
 * admin's 임시 저장 request, latency of acknowledged saves, errors, lost writes read back from the
 * latest draft). The load generator shares the 2 cores with the server.
 */
export async function savesStep(ws: BenchWorkspace, log: (line: string) => void): Promise<StepReport> {
  const most = Math.max(...ws.savesEditors);
  let t = performance.now();
  const { emails, password, policyIds } = await prepareEditors(most);
  const prepareMs = performance.now() - t;
  const cms = await startNextCms(log);
  try {
    t = performance.now();
    const sessions: EditorSession[] = [];
    for (const [i, email] of emails.entries())
      sessions.push(await openEditor(cms.origin, email, password, policyIds[i] as number | string));
    const loginMs = performance.now() - t;
    log(`편집자 ${sessions.length}명 로그인: ${(loginMs / 1000).toFixed(1)}초`);
    for (const session of sessions)
      for (let n = 0; n < WARM_UP_SAVES; n++) await saveDraft(cms.origin, session, String(session.doc.summary));
    const single = await runSavePhase(cms.origin, sessions.slice(0, 1), ws.savesSeconds, cms.cpuS);
    log(line("편집자 1명 (기준)", single));
    const concurrent: SavePhase[] = [];
    for (const editors of ws.savesEditors) {
      const phase = await runSavePhase(cms.origin, sessions.slice(0, editors), ws.savesSeconds, cms.cpuS);
      log(line(`편집자 ${editors}명 동시`, phase));
      concurrent.push(phase);
    }
    return {
      timings: { serverStartMs: cms.startMs, prepareMs, loginMs },
      outputs: {
        server: "next start (production build of the CMS admin and REST API), SQLite",
        request: "PATCH /api/policies/:id?depth=0&fallback-locale=null&draft=true (multipart _payload, login cookie)",
        seconds: ws.savesSeconds,
        single,
        concurrent,
      },
    };
  } finally {
    await cms.stop();
  }
}
