import type { StepReport } from "../measure/run-step.ts";
import type { BenchWorkspace } from "../workspace.ts";
import { startNextCms } from "./next-cms.ts";

/** Latency figures (ms) of one endpoint under load. */
export type LatencyStats = {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};

/** p50/p95/p99/max (ms, one decimal) and requests per second of `latencies` measured over `seconds`. */
export function stats(latencies: number[], errors: number, seconds: number): LatencyStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return {
    requests: sorted.length,
    errors,
    rps: round(sorted.length / seconds),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: round(sorted.at(-1) ?? 0),
  };
}
const round = (n: number) => Math.round(n * 10) / 10;

/** `clients` loops each sending the next URL as soon as the previous answer is read, for `seconds`. */
async function load(urls: () => string, clients: number, seconds: number): Promise<LatencyStats> {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          const response = await fetch(urls());
          await response.arrayBuffer();
          if (response.ok) latencies.push(performance.now() - t);
          else errors += 1;
        } catch {
          errors += 1;
        }
      }
    }),
  );
  return stats(latencies, errors, seconds);
}

/**
 * CMS REST latency: `next start` of the CMS (the built admin, production) on the run's database,
 * then `restClients` concurrent clients on loopback for `restSeconds` each against
 * `GET /api/policies?limit=10` (list) and `GET /api/policies/<id>` (detail, ids in rotation),
 * anonymous (published documents, default depth). The load generator shares the 2 cores.
 */
export async function restStep(ws: BenchWorkspace, log: (line: string) => void): Promise<StepReport> {
  const cms = await startNextCms(log);
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
