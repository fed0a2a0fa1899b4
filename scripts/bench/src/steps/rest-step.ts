import { load } from "../measure/load.ts";
import type { StepReport } from "../measure/run-step.ts";
import type { BenchWorkspace } from "../workspace.ts";
import { startNextCms } from "./next-cms.ts";

/**
 * CMS REST latency: `next start` of the CMS (the built admin, production) on the run's database,
 * then `restClients` concurrent clients on loopback for `restSeconds` each against
 * `GET /api/policies?limit=10` (list) and `GET /api/policies/<id>` (detail, ids in rotation),
 * anonymous (published documents, default depth; `CMS_PUBLIC_READ` on, its per-address limit out of
 * reach, so the figure is the cost of an anonymous read that the setting allows). The load
 * generator shares the 2 cores. The static read API beside it: `static-api-step.ts`.
 */
export async function restStep(ws: BenchWorkspace, log: (line: string) => void): Promise<StepReport> {
  // Anonymous reads on, their per-address limit out of reach: the figure is the cost of an anonymous
  // read that the setting allows.
  const cms = await startNextCms(log, { CMS_PUBLIC_READ: "true", CMS_PUBLIC_READ_PER_MINUTE: "1000000" });
  const { origin, startMs } = cms;
  try {
    const list = (await (await fetch(`${origin}/api/policies?limit=500&depth=0`)).json()) as {
      docs: { id: number | string }[];
    };
    const ids = list.docs.map((d) => d.id);
    let next = 0;
    const detail = () => `${origin}/api/policies/${ids[next++ % ids.length]}`;
    const listUrl = () => `${origin}/api/policies?limit=10`;
    await load(listUrl, 4, 1);
    await load(detail, 4, 1);
    const listStats = await load(listUrl, ws.restClients, ws.restSeconds);
    log(`목록: p50 ${listStats.p50} ms, p95 ${listStats.p95} ms, 최대 ${listStats.max} ms, ${listStats.rps} req/s`);
    const detailStats = await load(detail, ws.restClients, ws.restSeconds);
    log(
      `상세: p50 ${detailStats.p50} ms, p95 ${detailStats.p95} ms, 최대 ${detailStats.max} ms, ${detailStats.rps} req/s`,
    );
    const listBytes = (await (await fetch(listUrl())).arrayBuffer()).byteLength;
    const detailBytes = (await (await fetch(detail())).arrayBuffer()).byteLength;
    return {
      timings: { serverStartMs: startMs },
      outputs: {
        server: "next start (production build of the CMS admin and REST API)",
        clients: ws.restClients,
        seconds: ws.restSeconds,
        list: { ...listStats, responseBytes: listBytes },
        detail: { ...detailStats, responseBytes: detailBytes },
      },
    };
  } finally {
    await cms.stop();
  }
}
