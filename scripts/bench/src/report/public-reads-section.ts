import type { BenchResult } from "../run-bench.ts";

type Latency = Record<"p50" | "p95" | "p99" | "max" | "rps" | "errors" | "responseBytes", number>;
type LoadOutputs = { clients: number; seconds: number; list: Latency; detail: Latency };

/**
 * The Markdown section comparing public reads: the static read API (`static-api` step) beside the
 * CMS's anonymous REST (`rest` step), per endpoint; empty when neither ran.
 */
export function publicReadsSection(r: BenchResult): string[] {
  const outputs = (name: "rest" | "static-api") => {
    const step = r.steps[name];
    return step?.status === "ok" ? (step.outputs as LoadOutputs) : undefined;
  };
  const rest = outputs("rest");
  const api = outputs("static-api");
  if (!rest && !api) return [];
  const clients = api?.clients ?? rest?.clients;
  const lines = [
    `## Public reads: static read API beside the CMS's anonymous REST (${clients} concurrent clients, loopback)`,
    "",
    "| Endpoint | served by | seconds | p50 ms | p95 ms | p99 ms | max ms | req/s | errors | response bytes |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  const rows: [string, string, LoadOutputs | undefined, "list" | "detail"][] = [
    ["GET /api/v1/policies.json (index, first page)", "static server", api, "list"],
    ["GET /api/policies?limit=10 (anonymous)", "CMS (next start)", rest, "list"],
    ["GET /api/v1/policies/<id>.json", "static server", api, "detail"],
    ["GET /api/policies/<id> (anonymous)", "CMS (next start)", rest, "detail"],
  ];
  for (const [label, server, step, key] of rows) {
    const v = step?.[key];
    const cells = v ? [v.p50, v.p95, v.p99, v.max, v.rps, v.errors, v.responseBytes] : Array(7).fill("–");
    lines.push(`| ${label} | ${server} | ${step?.seconds ?? "–"} | ${cells.join(" | ")} |`);
  }
  lines.push("");
  return lines;
}
