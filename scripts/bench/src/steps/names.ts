/**
 * Benchmark steps in run order (quick ones first; the PDFs and the full pipeline last, then the
 * draft saves, whose marks stay in the latest drafts of the first policies), what each measures,
 * and the steps it needs first.
 */
export const BENCH_STEPS = [
  { name: "seed", label: "Seed a fresh SQLite CMS (migrations + real seed + synthetic)", needs: [] },
  { name: "export", label: "Export snapshot (Local API → snapshot.json, media, open data)", needs: ["seed"] },
  { name: "site", label: "Site build: buildSite() = Astro pages + copies + Pagefind index", needs: ["export"] },
  { name: "search-index", label: "Search index alone (the site's writeSearchIndex)", needs: ["export"] },
  { name: "pagefind-default", label: "Baseline: default Pagefind over the built policy pages", needs: ["site"] },
  { name: "astro-plain", label: "Baseline: minimal Astro build of the same policies", needs: ["export"] },
  {
    name: "search-browser",
    label: "Search in Chromium: first-query bytes, recall@10 and MRR, exact titles",
    needs: ["site", "pagefind-default"],
  },
  {
    name: "lighthouse",
    label: "Lighthouse mobile on home, a policy, finder, search (npm start's static server)",
    needs: ["site"],
  },
  { name: "rest", label: "CMS REST latency (next start, concurrent clients)", needs: ["seed"] },
  {
    name: "static-api",
    label: "Static read API latency (/api/v1/ files by the static server, same clients)",
    needs: ["site"],
  },
  { name: "dashboard", label: "CMS work dashboard (업무 현황): each list's query, median of 5", needs: ["seed"] },
  { name: "preview", label: "미리 보기 after the click: web page, handbook entry PDF/PNG", needs: ["seed"] },
  { name: "pdf-standard", label: "Handbook PDF, standard (TOC/index numbers)", needs: ["export"] },
  { name: "pdf-plain-standard", label: "Baseline: one-pass Chromium print, standard", needs: ["export"] },
  { name: "pdf-large", label: "Handbook PDF, large print (TOC/index numbers)", needs: ["export"] },
  { name: "pdf-plain-large", label: "Baseline: one-pass Chromium print, large print", needs: ["export"] },
  {
    name: "pdf-incremental",
    label: "Handbook PDFs, both editions with the part cache: cold, then one entry edited and printed again",
    needs: ["export"],
  },
  {
    name: "pdf-photos",
    label: "Handbook PDF, standard, with 20 photos (size per photo over pdf-standard)",
    needs: ["pdf-standard"],
  },
  {
    name: "pipeline",
    label: "Whole pipeline, cold (runPipeline: export → site → PDFs → links → publish)",
    needs: ["seed"],
  },
  { name: "publish-loop", label: "Publish loop: edit + publish one policy → runPipeline → live", needs: ["pipeline"] },
  {
    name: "publish-request",
    label: "Publish from the request, real seed only (CMS hook → debounce → rebuild hook → pipeline → live)",
    needs: ["pipeline"],
  },
  {
    name: "saves",
    label: "Editors' draft saves (next start, 1 editor, then 10 and 50 at once; lost writes)",
    needs: ["seed"],
  },
] as const;

export type BenchStepName = (typeof BENCH_STEPS)[number]["name"];

/** Steps that open the CMS database (their child gets the CMS environment). */
export const CMS_STEPS: readonly BenchStepName[] = [
  "seed",
  "export",
  "pipeline",
  "publish-loop",
  "publish-request",
  "rest",
  "dashboard",
  "preview",
  "saves",
];
