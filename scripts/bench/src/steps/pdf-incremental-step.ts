import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { type EditionResult, renderHandbooks } from "@lifewelfare/handbook";
import type { StepReport } from "../measure/run-step.ts";
import type { BenchWorkspace } from "../workspace.ts";

/** What one render of both editions did, per edition. */
const figures = (results: EditionResult[]) =>
  Object.fromEntries(
    results.map((r) => [
      r.edition.id,
      { pages: r.pages, bytes: r.bytes, parts: r.parts, prints: r.prints, reused: r.reused, joinMs: r.joinMs },
    ]),
  );

/**
 * The handbook as the publish loop prints it, both editions in one `renderHandbooks` with a part
 * cache: a cold print (no cache: the figure to set beside the one-pass baselines `pdf-plain-*`),
 * then one entry's summary edited (the middle policy of the snapshot) and both editions printed
 * again (only the changed part's print and the join, when its page count holds). Works on a copy
 * of the snapshot (its media linked), and checks that the edited PDF shows the edit.
 * @throws Error when the edited standard PDF does not show the edit.
 */
export async function pdfIncrementalStep(ws: BenchWorkspace, log: (line: string) => void): Promise<StepReport> {
  const work = await mkdtemp(join(tmpdir(), "lifewelfare-bench-incremental-"));
  try {
    const snapshotDir = join(work, "snapshot");
    await mkdir(snapshotDir);
    await symlink(join(ws.snapshotDir, "media"), join(snapshotDir, "media"));
    const snapshotFile = join(snapshotDir, "snapshot.json");
    const snapshot = JSON.parse(await readFile(join(ws.snapshotDir, "snapshot.json"), "utf8")) as {
      policies: { id: string; summary: string }[];
    };
    await writeFile(snapshotFile, JSON.stringify(snapshot));
    const render = (name: string) =>
      renderHandbooks({ snapshotDir, outDir: join(work, name), cacheDir: join(work, "cache"), log });

    let t = performance.now();
    const cold = await render("cold");
    const coldMs = performance.now() - t;

    const edited = snapshot.policies[Math.floor(snapshot.policies.length / 2)];
    if (!edited) throw new Error("the snapshot has no policy to edit");
    const stamp = `벤치수정${Date.now().toString(36)}`;
    edited.summary = `${edited.summary} ${stamp}`;
    await writeFile(snapshotFile, JSON.stringify(snapshot));
    log(`한 항목 수정 (${edited.id}) 후 다시 인쇄합니다`);
    t = performance.now();
    const again = await render("edited");
    const incrementalMs = performance.now() - t;

    const standard = again.find((r) => r.edition.id === "standard");
    const { stdout } = await promisify(execFile)("pdftotext", [standard?.file ?? "", "-"], { maxBuffer: 1 << 30 });
    const editShown = stdout.replace(/\s+/g, "").includes(stamp);
    if (!editShown) throw new Error(`the edited standard PDF does not show the edit ${stamp}`);
    const maxJoinMs = (results: EditionResult[]) => Math.max(...results.map((r) => r.joinMs));
    return {
      timings: { coldMs, coldJoinMs: maxJoinMs(cold), incrementalMs, incrementalJoinMs: maxJoinMs(again) },
      outputs: { editedPolicy: edited.id, editShown, cold: figures(cold), incremental: figures(again) },
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
