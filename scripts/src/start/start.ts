import type { Server } from "node:http";
import { join } from "node:path";
import { ensureAdminBuild } from "@lifewelfare/cms/admin-build";
import { createFirstUserToken, deleteFirstUserToken } from "@lifewelfare/cms/auth/firstUserToken";
import type { Payload } from "payload";
import { cmsEnvironment, cmsServerEnv, isEmbeddedDefault, openCms } from "../cli/cms.ts";
import { ProcessGroup } from "../cli/process-group.ts";
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
import { startPreview } from "../preview/start-preview.ts";
import { seed } from "../seed/seed.ts";
import { createStaticServer } from "../serve/static-server.ts";
import { startHookServer } from "./hook-server.ts";
import type { StartOptions } from "./options.ts";

type Log = (line: string) => void;

/**
 * `pnpm start`: the main job on the embedded default, in five parts —
 * 1. `prepareCms`: opens (creates, migrates) the CMS database, seeds the real content if it is the
 *    empty embedded default, builds the CMS admin (reused while its sources are unchanged);
 * 2. `firstBuild`: export → site → PDFs into a release (a failure keeps the last good one);
 * 3. `startHookServer` + `startSite`: the loopback rebuild hook (each call queues one rebuild,
 *    builds one at a time) and the static server of the live release;
 * 4. `startPreview` + `startCmsServer`: 미리 보기's loopback draft renderer, then `next start`, told
 *    the hook's and the renderer's URLs;
 * 5. `printAccess`: the addresses, and the one-time first-관리자 link while no account exists.
 *
 * Its processes live and die together (`ProcessGroup`, installed first): Ctrl+C or SIGTERM stops
 * the CMS server, a build in flight (Astro, Chromium) and the servers, then exits 0; if the CMS
 * server dies, or an error escapes, everything stops and the exit code is 1. Resolves once
 * everything runs; the process then lives until stopped.
 */
export async function start(options: StartOptions): Promise<void> {
  const group = new ProcessGroup().install();
  /** Progress lines; silent once stopping, when work being torn down only reports its own end. */
  const log: Log = (line) => {
    if (!group.stopping) console.log(line);
  };
  const env = cmsEnvironment();
  const payload = await prepareCms(group, env, log);
  const rebuild = await firstBuild(payload, env, options, log);

  const queue = new RebuildQueue(rebuild);
  const hook = await startHookServer({ port: options.hookPort, onRebuild: () => void queue.request("CMS 게시") });
  const site = startSite(options);
  for (const server of [hook.server, site]) group.onStop(() => stopServer(server));
  log("5) 미리 보기 준비 (누리집 화면 구성요소 컴파일)");
  const preview = await startPreview({
    mediaDir: env.MEDIA_DIR as string,
    base: options.base,
    localOrigin: localSiteOrigin(),
  });
  group.onStop(() => preview.stop());
  startCmsServer(group, options, hook.url, preview.url);

  await printAccess(payload, env, options, log);
}

/**
 * Opens the CMS Local API (migrations applied; closed when the group stops), seeds the real
 * content into an empty embedded default (never into another database), then makes sure the
 * admin is built. Returns the open Local API.
 */
export async function prepareCms(group: ProcessGroup, env: NodeJS.ProcessEnv, log: Log): Promise<Payload> {
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
  return payload;
}

/**
 * Runs the pipeline once (export → site → PDFs → release) and returns the rebuild function the
 * hook queues. A failed first build is reported and not thrown: the last good release is served.
 */
export async function firstBuild(
  payload: Payload,
  env: NodeJS.ProcessEnv,
  options: StartOptions,
  log: Log,
): Promise<(reasons: string[]) => Promise<void>> {
  const jobs = pipelineJobs({
    payload,
    snapshotDir: SNAPSHOT_DIR,
    mediaDir: env.MEDIA_DIR as string,
    base: options.base,
    origin: options.origin,
    localOrigin: localSiteOrigin(),
    handbookCacheDir: HANDBOOK_CACHE_DIR,
    log,
  });
  const rebuild = (reasons: string[]) =>
    runPipeline(jobs, {
      releasesDir: RELEASES_DIR,
      currentLink: CURRENT_RELEASE_LINK,
      statusFile: PIPELINE_STATUS_FILE,
      base: options.base,
      reasons,
      log,
    }).then(() => undefined);
  log("4) 내보내기 → 누리집 → PDF");
  await rebuild(["pnpm start"]).catch(() => {
    log("   첫 빌드에 실패했습니다. 위 메시지를 확인하세요. 이전에 성공한 누리집이 있으면 그것을 제공합니다.");
  });
  return rebuild;
}

/** The static server of the live release (`CURRENT_RELEASE_LINK`) on `options.host`:`options.sitePort`. */
export function startSite(options: StartOptions): Server {
  return createStaticServer({ root: CURRENT_RELEASE_LINK, base: options.base }).listen(options.sitePort, options.host);
}

/**
 * `next start` itself (no pnpm layer in between), in its own process group managed by `group`,
 * with the CMS's variables only (`cmsServerEnv`), the hook's URL as SITE_REBUILD_WEBHOOK and the
 * draft renderer's as PREVIEW_RENDERER_URL. Its
 * death stops everything (exit 1).
 */
export function startCmsServer(group: ProcessGroup, options: StartOptions, hookUrl: string, previewUrl?: string): void {
  const cmsRoot = join(REPO_ROOT, "cms");
  group.spawnEssential(
    join(cmsRoot, "node_modules", ".bin", "next"),
    ["start", "-p", String(options.cmsPort), "-H", options.host],
    {
      cwd: cmsRoot,
      env: cmsServerEnv({
        CMS_SERVER_URL: options.cmsUrl,
        SITE_REBUILD_WEBHOOK: hookUrl,
        PREVIEW_RENDERER_URL: previewUrl,
        REBUILD_DEBOUNCE_MS: options.rebuildDebounceMs,
      }),
      stdio: ["ignore", "inherit", "inherit"],
    },
    (code, signal) =>
      `CMS 서버가 예기치 않게 멈췄습니다 (${signal ?? `exit ${code}`}). 누리집과 자동 다시 만들기도 모두 멈춥니다.`,
  );
}

/**
 * Prints the site and admin addresses. While no account exists, writes a one-time token to
 * FIRST_USER_TOKEN_FILE and prints the 첫 관리자 link carrying it; otherwise deletes a leftover token.
 */
export async function printAccess(
  payload: Payload,
  env: NodeJS.ProcessEnv,
  options: StartOptions,
  log: Log,
): Promise<void> {
  const users = (await payload.count({ collection: "users" })).totalDocs;
  log("");
  log(`누리집:        http://localhost:${options.sitePort}${options.base}`);
  log(`CMS 관리자:    ${options.cmsUrl}/admin`);
  if (users === 0) {
    const firstUserToken = createFirstUserToken(env.FIRST_USER_TOKEN_FILE as string);
    log(`처음 로그인:   ${options.cmsUrl}/admin/create-first-user?token=${firstUserToken}`);
    log(
      "               이 링크(한 번만 쓰임)에서 첫 관리자 계정을 만드세요. 또는 pnpm create-admin --email … --password …",
    );
  } else {
    deleteFirstUserToken(env.FIRST_USER_TOKEN_FILE as string);
    log("로그인:        CMS 관리자 계정으로 로그인하세요.");
  }
  log("게시·게시 취소를 하면 몇 초 뒤 누리집과 PDF가 자동으로 다시 만들어집니다. 끝내려면 Ctrl+C.");
}

function stopServer(server: Server): void {
  server.close();
  server.closeAllConnections();
}
