import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { READ_API_DIR, type ReadApiPolicyPage } from "@lifewelfare/content-models/read-api";
import { load } from "../measure/load.ts";
import type { StepReport } from "../measure/run-step.ts";
import type { BenchWorkspace } from "../workspace.ts";

/** Seconds of load per file when the REST load is skipped (`--rest-seconds 0`, the smoke run). */
const BRIEF_SECONDS = 1;

/**
 * Public reads off the CMS: the site built by the `site` step, served by the release's static
 * server (`createStaticServer`, in a child process: `static-server-child.ts`), and `restClients` concurrent clients for
 * `restSeconds` (1 s when the REST load is skipped) against `GET /api/v1/policies.json` (the index's
 * first page) and `GET /api/v1/policies/<id>.json` (ids in rotation): the static read API residents'
 * apps and third parties use instead of the CMS's anonymous REST (the `rest` step, same clients and
 * seconds). Plain files, no precompressed copies (the site step writes none). The load generator
 * shares the 2 cores with the server.
 */
export async function staticApiStep(ws: BenchWorkspace, log: (line: string) => void): Promise<StepReport> {
  const server = spawn(
    process.execPath,
    ["--import", "tsx", join(import.meta.dirname, "static-server-child.ts"), ws.siteDir],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  try {
    const exited = once(server, "exit").then(([code]) => `exit ${code}`);
    const [line] = (await Promise.race([
      once(createInterface({ input: server.stdout }), "line"),
      exited.then((e) => [e]),
    ])) as [string];
    const port = /^LISTENING (\d+)$/.exec(line)?.[1];
    if (!port) throw new Error(`static server child said: ${line}`);
    const origin = `http://127.0.0.1:${port}`;
    const listUrl = `${origin}/${READ_API_DIR}/policies.json`;
    const first = (await (await fetch(listUrl)).json()) as ReadApiPolicyPage;
    const ids = first.items.map((item) => new URL(item.detailUrl, listUrl).href);
    if (ids.length === 0) throw new Error(`${listUrl} lists no policy`);
    let next = 0;
    const detail = () => ids[next++ % ids.length] as string;
    const seconds = ws.restSeconds > 0 ? ws.restSeconds : BRIEF_SECONDS;
    await load(() => listUrl, 4, 0.5);
    const listStats = await load(() => listUrl, ws.restClients, seconds);
    log(`목록: p50 ${listStats.p50} ms, p95 ${listStats.p95} ms, 최대 ${listStats.max} ms, ${listStats.rps} req/s`);
    const detailStats = await load(detail, ws.restClients, seconds);
    log(
      `상세: p50 ${detailStats.p50} ms, p95 ${detailStats.p95} ms, 최대 ${detailStats.max} ms, ${detailStats.rps} req/s`,
    );
    const bytes = async (url: string) => (await (await fetch(url)).arrayBuffer()).byteLength;
    return {
      timings: {},
      outputs: {
        server: "the release's static server (scripts/src/serve), plain files",
        clients: ws.restClients,
        seconds,
        totalPolicies: first.totalItems,
        pages: first.totalPages,
        list: { ...listStats, responseBytes: await bytes(listUrl) },
        detail: { ...detailStats, responseBytes: await bytes(detail()) },
      },
    };
  } finally {
    server.kill("SIGTERM");
    if (server.exitCode === null) await once(server, "exit");
  }
}
