import type { BenchResult, StepResult } from "../run-bench.ts";
import { BENCH_STEPS, type BenchStepName } from "../steps/names.ts";
import type { ContentStats } from "../synthetic/stats.ts";
import { dashboardSection } from "./dashboard-section.ts";
import { handbookSection } from "./handbook-section.ts";
import { lighthouseSection } from "./lighthouse-section.ts";
import { publicReadsSection } from "./public-reads-section.ts";
import { publishSection } from "./publish-section.ts";
import { savesSection } from "./saves-section.ts";
import { derivedFigures, evaluateTargets } from "./targets.ts";

type Size = { bytes: number; files: number };
const s = (ms: number | undefined) => (ms === undefined ? "–" : (ms / 1000).toFixed(1));
const mb = (bytes: number | undefined) => (bytes === undefined ? "–" : (bytes / 1024 ** 2).toFixed(1));
const kb = (bytes: number | undefined) => (bytes === undefined ? "–" : (bytes / 1024).toFixed(1));
const size = (v: Size | undefined) => (v ? `${mb(v.bytes)} MB / ${v.files} files` : "–");
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;

function ok(r: BenchResult, name: BenchStepName) {
  const step = r.steps[name] as StepResult | undefined;
  return step?.status === "ok" ? step : undefined;
}
function out<T>(r: BenchResult, name: BenchStepName, key: string): T | undefined {
  return ok(r, name)?.outputs[key] as T | undefined;
}

/** The step's own timings as "name 1.2 s" (largest first, ≥ 0.1 s). */
function inner(timings: Record<string, number>): string {
  return Object.entries(timings)
    .filter(([, ms]) => ms >= 100)
    .map(([key, ms]) => `${key.replace(/Ms$/, "")} ${s(ms)}`)
    .join(", ");
}

/**
 * The run as Markdown: machine, content statistics (generated beside the seed), one row per step
 * (wall, CPU, peak RSS, inner timings), output sizes with their baselines, targets with pass/miss,
 * and how to reproduce. `reference` is the 400 run for the growth column.
 */
export function benchMarkdown(r: BenchResult, reference?: BenchResult): string {
  const lines: string[] = [];
  const m = r.machine;
  lines.push(`# Pipeline benchmark: ${r.size} policies`, "");
  lines.push(
    `Run ${r.startedAt}, ${r.durationS} s in total. Machine: ${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB RAM, Node ${m.node}, ${m.platform}. ` +
      `Load average at start ${m.loadAverageAtStart.join(" / ")}, at end ${m.loadAverageAtEnd.join(" / ")} ` +
      "(the machine is shared: other work running at the same time inflates wall times).",
    "",
  );

  const seedStats = out<ContentStats>(r, "seed", "seedStats");
  const generated = out<ContentStats>(r, "seed", "generatedStats");
  if (seedStats && generated) {
    lines.push("## Content", "");
    lines.push(
      `CMS holds ${String(out(r, "seed", "policiesInCms"))} policies: ${String(out(r, "seed", "realPoliciesKept"))} real seed entries + ${generated.entries} generated (seeded PRNG, vocabulary and shapes of the seed).`,
      "",
    );
    lines.push(row(["", "Seed (@lifewelfare/seed-content)", "Generated"]), row(["---", "---", "---"]));
    const pair = (label: string, f: (c: ContentStats) => string | number) =>
      lines.push(row([label, f(seedStats), f(generated)]));
    pair("Entries", (c) => c.entries);
    pair("Characters per entry: mean / median", (c) => `${c.charsPerEntry.mean} / ${c.charsPerEntry.median}`);
    pair(
      "Characters per entry: p10 / p90 / max",
      (c) => `${c.charsPerEntry.p10} / ${c.charsPerEntry.p90} / ${c.charsPerEntry.max}`,
    );
    pair("Rich-text blocks per entry", (c) => c.richTextBlocksPerEntry);
    pair(
      "Required documents / contacts / amounts per entry",
      (c) => `${c.requiredDocumentsPerEntry} / ${c.contactsPerEntry} / ${c.amountsPerEntry}`,
    );
    pair("Eligibility rules per entry", (c) => c.eligibilityRulesPerEntry);
    pair("Entries with images / distinct images", (c) => `${c.entriesWithImages} / ${c.distinctImages}`);
    pair("Entries per chapter", (c) =>
      Object.entries(c.chapters)
        .map(([k, v]) => `${k} ${v}`)
        .join(", "),
    );
    lines.push("");
  }

  lines.push("## Steps", "");
  lines.push(
    "Each step runs in its own child process. CPU is the larger of two figures for its whole process tree: user+system from the kernel's accounting of reaped children, and the sum over every process seen in 50 ms samples (Chromium's renderers are not reaped by an ancestor, so only sampling sees them). Peak RSS is the summed RSS of the tree sampled every 50 ms (pages shared between Chromium processes are counted once per process, so it overstates Chromium's real memory); peak PSS is the summed proportional set size (/proc/<pid>/smaps_rollup: each shared page divided between the processes mapping it) sampled every second (reading it costs more), the tree's real share of memory. Targets are checked on RSS, the issue's figure.",
    "",
  );
  lines.push(
    row([
      "Step",
      "Wall s",
      "CPU s (reaped user+sys; sampled)",
      "Peak RSS MB (procs)",
      "Peak PSS MB",
      "Inside the step (s)",
      ...(reference ? [`× ${reference.size} run`] : []),
    ]),
  );
  lines.push(row(["---", "---:", "---:", "---:", "---:", "---", ...(reference ? ["---:"] : [])]));
  for (const step of BENCH_STEPS) {
    const result = r.steps[step.name] as StepResult | undefined;
    if (result?.status !== "ok") {
      lines.push(
        row([
          `${step.name}: ${step.label}`,
          result?.status ?? "not run",
          result && "message" in result ? result.message.split("\n")[0]!.slice(0, 120) : "",
          "",
          "",
          "",
          ...(reference ? [""] : []),
        ]),
      );
      continue;
    }
    const me = result.measure;
    const before = reference ? ok(reference, step.name)?.measure.wallMs : undefined;
    lines.push(
      row([
        `${step.name}: ${step.label}`,
        s(me.wallMs),
        `${(me.cpuS ?? me.cpuUserS + me.cpuSystemS).toFixed(1)} (${me.cpuUserS.toFixed(1)}+${me.cpuSystemS.toFixed(1)}${me.cpuSampledS === undefined ? "" : `; sampled ${me.cpuSampledS.toFixed(1)}`})`,
        `${mb(me.peakRssBytes)} (${me.peakProcesses})`,
        mb(me.peakPssBytes),
        inner(result.timings),
        ...(reference ? [before ? `${(me.wallMs / before).toFixed(1)}×` : "–"] : []),
      ]),
    );
  }
  lines.push("");

  const d = derivedFigures(r);
  lines.push("## Outputs, each beside its baseline (same run)", "");
  lines.push(row(["Figure", "Ours", "Baseline", "Ratio"]), row(["---", "---", "---", "---:"]));
  const siteSize = out<Size>(r, "site", "site");
  const plainSite = out<Size>(r, "astro-plain", "site");
  lines.push(
    row([
      "Site build time (buildSite vs minimal Astro)",
      `${s(ok(r, "site")?.timings.buildSiteMs)} s (pages only ≈ ${s(
        (ok(r, "site")?.timings.buildSiteMs ?? Number.NaN) - (ok(r, "search-index")?.timings.indexMs ?? Number.NaN),
      )} s)`,
      `${s(ok(r, "astro-plain")?.timings.buildMs)} s`,
      `${d.siteRatioPagesOnly?.toFixed(2) ?? "–"}× (whole ${d.siteRatioWhole?.toFixed(2) ?? "–"}×)`,
    ]),
  );
  lines.push(
    row([
      "Site output (all files)",
      `${size(siteSize)}, ${String(out(r, "site", "pages"))} pages (${String(out(r, "site", "policyPages"))} under /policies/)`,
      `${size(plainSite)}, ${String(out(r, "astro-plain", "pages"))} pages`,
      "",
    ]),
  );
  lines.push(row(["Site output without search index", size(out<Size>(r, "site", "siteWithoutSearchIndex")), "", ""]));
  const ours = out<Size>(r, "search-index", "searchIndex");
  const theirs = out<Size>(r, "pagefind-default", "searchIndex");
  lines.push(
    row([
      "Search index time",
      `${s(ok(r, "search-index")?.timings.indexMs)} s (site's writeSearchIndex)`,
      `${s(ok(r, "pagefind-default")?.timings.indexMs)} s (default Pagefind, ${String(out(r, "pagefind-default", "pagesIndexed"))} pages)`,
      "",
    ]),
  );
  lines.push(
    row([
      "Search index size",
      size(ours),
      size(theirs),
      ours && theirs ? `${(ours.bytes / theirs.bytes).toFixed(2)}×` : "–",
    ]),
  );
  const firstQuery = out<{
    site: { query: string; bytes: number; requests: number }[];
    default: { query: string; bytes: number; requests: number }[];
  }>(r, "search-browser", "firstQuery");
  for (const [i, q] of (firstQuery?.site ?? []).entries()) {
    const base = firstQuery?.default[i];
    lines.push(
      row([
        `First query "${q.query}": bytes from /pagefind/ (Chromium, cold)`,
        `${kb(q.bytes)} KB in ${q.requests} requests`,
        base ? `${kb(base.bytes)} KB in ${base.requests} requests` : "–",
        base ? `${(q.bytes / base.bytes).toFixed(2)}×` : "",
      ]),
    );
  }
  const breakdown = (firstQuery?.site[0] as { files?: Record<string, number> } | undefined)?.files;
  if (breakdown) {
    lines.push(
      row([
        `… of which (first query "${firstQuery?.site[0]?.query}")`,
        Object.entries(breakdown)
          .map(([file, bytes]) => `${file.replace(/^\/pagefind\//, "")} ${kb(bytes)} KB`)
          .join(", "),
        "bytes on the wire: precompressed site served by sirv (brotli/gzip as the browser asks), as a live release",
        "",
      ]),
    );
  }
  type Recall = { found: number; queries: number; mrr?: number; misses: string[] };
  const recall = out<{ site: Recall; default: Recall }>(r, "search-browser", "recall");
  if (recall) {
    const mrr = (x: Recall) => (x.mrr === undefined ? "" : `, MRR ${x.mrr.toFixed(3)}`);
    lines.push(
      row([
        "Recall@10 on the search evaluation set (@lifewelfare/seed-content/search-eval)",
        `${recall.site.found}/${recall.site.queries}${mrr(recall.site)}${recall.site.misses.length ? ` (missed: ${recall.site.misses.join(", ")})` : ""}`,
        `${recall.default.found}/${recall.default.queries}${mrr(recall.default)}`,
        "",
      ]),
    );
  }
  const exactTitle = out<{ titles: number; first: number; misses: string[] }>(r, "search-browser", "exactTitle");
  if (exactTitle) {
    lines.push(
      row([
        "Every title searched as written: its entry first",
        `${exactTitle.first}/${exactTitle.titles}${exactTitle.misses.length ? ` (not first: ${exactTitle.misses.slice(0, 10).join(", ")})` : ""}`,
        "–",
        "",
      ]),
    );
  }
  for (const edition of ["standard", "large"] as const) {
    const full = ok(r, `pdf-${edition}`);
    const plain = ok(r, `pdf-plain-${edition}`);
    lines.push(
      row([
        `Handbook PDF, ${edition}`,
        full
          ? `${s(full.timings.renderHandbooksMs)} s, ${String(full.outputs.pages)} pages, ${mb(full.outputs.bytes as number)} MB, ${String(full.outputs.parts ?? 1)} parts, ${String(full.outputs.passes)} prints`
          : "–",
        plain
          ? `${s(plain.timings.totalMs)} s, ${String(plain.outputs.pages)} pages, ${mb(plain.outputs.bytes as number)} MB, 1 print`
          : "–",
        (edition === "standard" ? d.handbookRatioStandard : d.handbookRatioLarge)?.toFixed(2).concat("×") ?? "–",
      ]),
    );
  }
  lines.push("");

  const rest = ok(r, "rest")?.outputs as
    | { clients: number; seconds: number; server: string; list: Record<string, number>; detail: Record<string, number> }
    | undefined;
  if (rest) {
    lines.push(
      `## CMS REST latency (${rest.server}; ${rest.clients} concurrent clients, ${rest.seconds} s per endpoint, loopback)`,
      "",
    );
    lines.push(
      row(["Endpoint", "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s", "errors", "response bytes"]),
      row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
    );
    for (const [label, v] of [
      ["GET /api/policies?limit=10", rest.list],
      ["GET /api/policies/<id>", rest.detail],
    ] as const) {
      lines.push(row([label, v.p50!, v.p95!, v.p99!, v.max!, v.rps!, v.errors!, v.responseBytes!]));
    }
    lines.push("");
  }

  lines.push(...publicReadsSection(r));
  lines.push(...handbookSection(r));
  lines.push(...dashboardSection(r));
  lines.push(...savesSection(r));
  lines.push(...lighthouseSection(r));
  lines.push(...publishSection(r));
  lines.push("## Targets (reported, not asserted)", "");
  lines.push(row(["Target", "Goal", "Measured", "Result"]), row(["---", "---", "---", "---"]));
  for (const t of evaluateTargets(r, reference)) {
    lines.push(row([t.target, t.goal, t.measured, t.pass === null ? "–" : t.pass ? "pass" : "**miss**"]));
  }
  lines.push("");
  lines.push("## How to reproduce", "");
  lines.push(
    "```sh",
    'export PATH="$PWD/.toolchain/bin:$PATH"   # the Node 24 and pnpm the bootstrap installed',
    `pnpm bench ${r.size}            # writes scripts/bench/results/bench-${r.size}.{json,md}`,
    "pnpm bench 5000   # reads bench-400.json for the growth column",
    "# options: --out <dir>, --rest-seconds <s> (0 skips), --clients <n>, --keep (leave the temp workspace),",
    "#          --max-rss-gb <n> / --step-timeout-min <n> (a step beyond these is stopped), --report-only (rewrite the .md),",
    "#          --saves-seconds <s> / --saves-editors <n,n> (draft saves: seconds per phase, editors at once),",
    "#          --only <step,step> (those steps and what they need; e.g. --only seed,rest)",
    "```",
    "",
    "The content is generated deterministically (fixed seed), into a fresh SQLite CMS in a temp folder; nothing in `.data/` is touched. The CMS admin is built first if its sources changed (`next build`, not timed).",
    "",
  );
  return lines.join("\n");
}
