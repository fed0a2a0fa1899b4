import { mkdir, realpath, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { StepReport } from "../measure/run-step.ts";
import type { BenchWorkspace } from "../workspace.ts";
import { countPages, folderSize } from "./files.ts";
import { ASTRO_DIR } from "./site-modules.ts";

/** One plain page per policy: the snapshot's fields as they are, no layout, no extras. */
const POLICY_PAGE = `---
import { readFileSync } from "node:fs";
export function getStaticPaths() {
  const snapshot = JSON.parse(readFileSync(process.env.BENCH_SNAPSHOT_FILE, "utf8"));
  return snapshot.policies.map((policy) => ({ params: { slug: policy.slug }, props: { policy } }));
}
const { policy } = Astro.props;
---
<html lang="ko">
  <head><meta charset="utf-8" /><title>{policy.title}</title></head>
  <body>
    <main>
      <h1>{policy.title}</h1>
      <p>{policy.summary}</p>
      <h2>지원대상</h2><Fragment set:html={policy.targetAudience} />
      <h2>선정기준</h2><Fragment set:html={policy.selectionCriteria} />
      <h2>지원내용</h2><Fragment set:html={policy.benefits} />
      <h2>신청방법</h2><Fragment set:html={policy.applicationMethod.details} />
      <h2>구비서류</h2><ul>{policy.requiredDocuments.map((d) => <li>{d}</li>)}</ul>
      <h2>문의처</h2><ul>{policy.contacts.map((c) => <li>{c.label} <a href={"tel:" + c.phone}>{c.phone}</a></li>)}</ul>
    </main>
  </body>
</html>
`;

/**
 * Baseline: a minimal Astro project generated in a scratch folder (Astro linked from the bench's
 * installation, the site's version), rendering the same snapshot's policies as plain pages, built with no
 * integrations, MDX, styles or search.
 */
export async function astroPlainStep(ws: BenchWorkspace): Promise<StepReport> {
  const project = ws.astroPlainDir;
  await mkdir(join(project, "src/pages/policies"), { recursive: true });
  await mkdir(join(project, "node_modules"), { recursive: true });
  await writeFile(
    join(project, "package.json"),
    JSON.stringify({ name: "bench-astro-plain", private: true, type: "module" }),
  );
  await writeFile(
    join(project, "astro.config.mjs"),
    'export default { output: "static", trailingSlash: "always", build: { format: "directory" } };\n',
  );
  await writeFile(join(project, "src/pages/policies/[slug].astro"), POLICY_PAGE);
  await symlink(await realpath(ASTRO_DIR), join(project, "node_modules/astro"));
  process.env.BENCH_SNAPSHOT_FILE = join(ws.snapshotDir, "snapshot.json");
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  const { build } = await import("astro");
  const out = join(project, "dist");
  process.chdir(project);
  const t = performance.now();
  await build({ root: project, outDir: out, logLevel: "warn" });
  const buildMs = performance.now() - t;
  return {
    timings: { buildMs },
    outputs: { site: await folderSize(out), pages: await countPages(out) },
  };
}
