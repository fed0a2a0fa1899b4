/**
 * pnpm start — the main job on the embedded default: creates/migrates `.data/cms.db`, seeds the
 * real content if that database is empty, builds the CMS admin (reused while its sources are
 * unchanged), exports, builds site + search + PDFs, then serves the site and the CMS admin and
 * rebuilds on every publish (the CMS calls a loopback webhook; builds are queued one at a time).
 *
 * Its processes live and die together (see ProcessGroup): Ctrl+C or SIGTERM stops the CMS server,
 * a build in flight (Astro, Chromium) and the servers, then exits 0; if the CMS server dies, or
 * an error escapes, everything stops and the exit code is 1.
 *
 * Env: SITE_PORT (4321), CMS_PORT (3000), HOST (address the CMS listens on, default 127.0.0.1),
 * CMS_SERVER_URL (default http://localhost:CMS_PORT), SITE_BASE (/), SITE_ORIGIN (default 안내서 설정's 누리집 주소, else http://localhost:SITE_PORT and a test-print handbook).
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import { join } from "node:path";
import { ensureAdminBuild } from "@lifewelfare/cms/admin-build";
import { createFirstUserToken, deleteFirstUserToken } from "@lifewelfare/cms/auth/firstUserToken";
import { normalizeBasePath } from "@lifewelfare/content-models";
import {
  CURRENT_RELEASE_LINK,
  HANDBOOK_CACHE_DIR,
  PIPELINE_STATUS_FILE,
  RELEASES_DIR,
  REPO_ROOT,
  SNAPSHOT_DIR,
} from "../lib/paths.ts";
import { localSiteOrigin } from "../lib/site-origin.ts";
import { pipelineJobs } from "../pipeline/jobs.ts";
import { RebuildQueue } from "../pipeline/rebuild-queue.ts";
import { runPipeline } from "../pipeline/run-pipeline.ts";
import { seed } from "../seed/seed.ts";
import { createStaticServer } from "../serve/static-server.ts";
import { cmsEnvironment, cmsServerEnv, isEmbeddedDefault, openCms } from "./cms.ts";
import { ProcessGroup } from "./process-group.ts";

const group = new ProcessGroup().install();

const sitePort = Number(process.env.SITE_PORT ?? 4321);
const cmsPort = Number(process.env.CMS_PORT ?? 3000);
const cmsHost = process.env.HOST || "127.0.0.1";
const cmsUrl = process.env.CMS_SERVER_URL || `http://localhost:${cmsPort}`;
const hookPort = Number(process.env.REBUILD_HOOK_PORT ?? sitePort + 1);
const base = normalizeBasePath(process.env.SITE_BASE);
/** Progress lines; silent once stopping, when work being torn down only reports its own end. */
const log = (line: string) => {
  if (!group.stopping) console.log(line);
};
const env = cmsEnvironment();

log("1) CMS 데이터베이스 준비 (마이그레이션)");
const payload = await openCms();
group.onStop(() => payload.destroy());
if ((await payload.count({ collection: "policies" })).totalDocs === 0) {
  if (isEmbeddedDefault(env)) {
    log("2) 비어 있는 기본 데이터베이스에 시드 콘텐츠를 넣습니다");
    await seed(payload, { log: (line) => log(`  ${line}`) });
  } else {
    log(
      "2) 데이터베이스가 비어 있지만 기본 내장 DB가 아니므로 시드를 넣지 않습니다 (pnpm seed 로 직접 넣을 수 있습니다).",
    );
  }
} else {
  log("2) 콘텐츠가 이미 있어 시드를 건너뜁니다");
}

log("3) CMS 관리자 화면");
await ensureAdminBuild({ env, log: (line) => log(`    ${line}`) });

const jobs = pipelineJobs({
  payload,
  snapshotDir: SNAPSHOT_DIR,
  mediaDir: env.MEDIA_DIR as string,
  base,
  origin: process.env.SITE_ORIGIN || undefined,
  localOrigin: localSiteOrigin(),
  handbookCacheDir: HANDBOOK_CACHE_DIR,
  log,
});
const rebuild = (reasons: string[]) =>
  runPipeline(jobs, {
    releasesDir: RELEASES_DIR,
    currentLink: CURRENT_RELEASE_LINK,
    statusFile: PIPELINE_STATUS_FILE,
    base,
    reasons,
    log,
  }).then(() => undefined);
log("4) 내보내기 → 누리집 → PDF");
await rebuild(["pnpm start"]).catch(() => {
  log("   첫 빌드에 실패했습니다. 위 메시지를 확인하세요. 이전에 성공한 누리집이 있으면 그것을 제공합니다.");
});

const queue = new RebuildQueue(rebuild);
const token = randomBytes(16).toString("hex");
/** Whether `url` is `/rebuild?token=<token>`, comparing the token in constant time. */
const isRebuildUrl = (url: string | undefined) => {
  const given = Buffer.from(url?.startsWith("/rebuild?token=") ? url.slice("/rebuild?token=".length) : "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
};
const hook = createServer((req, res) => {
  if (req.method === "POST" && isRebuildUrl(req.url)) {
    void queue.request("CMS 게시");
    res.writeHead(202, { "content-type": "application/json" }).end('{"queued":true}');
    return;
  }
  res.writeHead(404).end();
}).listen(hookPort, "127.0.0.1");
const site = createStaticServer({ root: CURRENT_RELEASE_LINK, base }).listen(sitePort);
for (const server of [hook, site]) {
  group.onStop(() => {
    server.close();
    server.closeAllConnections();
  });
}

// `next start` itself (no pnpm layer in between), in its own process group managed by `group`.
const cmsRoot = join(REPO_ROOT, "cms");
group.spawnEssential(
  join(cmsRoot, "node_modules", ".bin", "next"),
  ["start", "-p", String(cmsPort), "-H", cmsHost],
  {
    cwd: cmsRoot,
    env: cmsServerEnv({
      CMS_SERVER_URL: cmsUrl,
      SITE_REBUILD_WEBHOOK: `http://127.0.0.1:${hookPort}/rebuild?token=${token}`,
      REBUILD_DEBOUNCE_MS: process.env.REBUILD_DEBOUNCE_MS ?? "3000",
    }),
    stdio: ["ignore", "inherit", "inherit"],
  },
  (code, signal) =>
    `CMS 서버가 예기치 않게 멈췄습니다 (${signal ?? `exit ${code}`}). 누리집과 자동 다시 만들기도 모두 멈춥니다.`,
);

const users = (await payload.count({ collection: "users" })).totalDocs;
log("");
log(`누리집:        http://localhost:${sitePort}${base}`);
log(`CMS 관리자:    ${cmsUrl}/admin`);
if (users === 0) {
  const firstUserToken = createFirstUserToken(env.FIRST_USER_TOKEN_FILE as string);
  log(`처음 로그인:   ${cmsUrl}/admin/create-first-user?token=${firstUserToken}`);
  log(
    "               이 링크(한 번만 쓰임)에서 첫 관리자 계정을 만드세요. 또는 pnpm create-admin --email … --password …",
  );
} else {
  deleteFirstUserToken(env.FIRST_USER_TOKEN_FILE as string);
  log("로그인:        CMS 관리자 계정으로 로그인하세요.");
}
log("게시·게시 취소를 하면 몇 초 뒤 누리집과 PDF가 자동으로 다시 만들어집니다. 끝내려면 Ctrl+C.");
