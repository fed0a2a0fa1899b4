import { randomBytes } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";

/** Folders and settings of one benchmark run; every step child receives it as its input. */
export type BenchWorkspace = {
  size: number;
  root: string;
  databaseUri: string;
  mediaDir: string;
  secret: string;
  /** Snapshot exported by the `export` step, read by the site, index and PDF steps. */
  snapshotDir: string;
  siteDir: string;
  /** Scratch output of the separately timed search index and the default-Pagefind baseline. */
  searchIndexDir: string;
  pagefindDefaultDir: string;
  astroPlainDir: string;
  pdfDir: string;
  pdfPlainDir: string;
  /** The pipeline's own snapshot, releases and `current` link (as in `.data/`). */
  pipelineSnapshotDir: string;
  releasesDir: string;
  currentLink: string;
  statusFile: string;
  /** Seconds of load per endpoint in the REST latency step (0 skips the step). */
  restSeconds: number;
  restClients: number;
  /** Seconds of each phase of the editors' draft saves step; editor counts of its concurrent phases. */
  savesSeconds: number;
  savesEditors: number[];
};

/** Creates the folders of a run under `root` (a fresh temp folder). */
export async function createWorkspace(
  root: string,
  size: number,
  rest: { seconds: number; clients: number },
  saves: { seconds: number; editors: number[] },
): Promise<BenchWorkspace> {
  const ws: BenchWorkspace = {
    size,
    root,
    databaseUri: `file:${join(root, "cms.db")}`,
    mediaDir: join(root, "media"),
    secret: randomBytes(32).toString("hex"),
    snapshotDir: join(root, "snapshot"),
    siteDir: join(root, "site"),
    searchIndexDir: join(root, "search-index"),
    pagefindDefaultDir: join(root, "pagefind-default"),
    astroPlainDir: join(root, "astro-plain"),
    pdfDir: join(root, "pdf"),
    pdfPlainDir: join(root, "pdf-plain"),
    pipelineSnapshotDir: join(root, "pipeline", "snapshot"),
    releasesDir: join(root, "pipeline", "releases"),
    currentLink: join(root, "pipeline", "current"),
    statusFile: join(root, "pipeline", "status.json"),
    restSeconds: rest.seconds,
    restClients: rest.clients,
    savesSeconds: saves.seconds,
    savesEditors: saves.editors,
  };
  await mkdir(join(root, "pipeline", "releases"), { recursive: true });
  return ws;
}

/**
 * Environment of a step child that opens the CMS: production mode on the run's own SQLite file
 * and media folder (migrations applied on connect, as in `pnpm start`), no rebuild triggers.
 */
export function cmsChildEnv(ws: BenchWorkspace): Record<string, string | undefined> {
  return {
    NODE_ENV: "production",
    DATABASE_URI: ws.databaseUri,
    MEDIA_DIR: ws.mediaDir,
    PAYLOAD_SECRET: ws.secret,
    JOBS_AUTORUN: "false",
    SITE_REBUILD_WEBHOOK: undefined,
    SITE_REBUILD_COMMAND: undefined,
    ASTRO_TELEMETRY_DISABLED: "1",
  };
}
