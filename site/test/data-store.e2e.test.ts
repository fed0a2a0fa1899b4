import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fixtureSnapshot } from "@lifewelfare/content-models/testing";
import { launchBrowser } from "@lifewelfare/test-support/chromium";
import { removeDirs, tempDir } from "@lifewelfare/test-support/temp-dir";
import { afterAll, expect, test } from "vitest";
import { buildSite } from "../build.ts";
import { searchTitles } from "./helpers/pages.ts";
import { serveSite } from "./helpers/server.ts";
import { writeSnapshotDir } from "./helpers/snapshot.ts";

const dirs: string[] = [];
afterAll(() => removeDirs(...dirs));

test("a policy removed from the snapshot disappears from pages, sitemap and search despite the old data store", async () => {
  const snapshot = await fixtureSnapshot();
  const removed = snapshot.policies.find((p) => p.title === "65세 이상 어르신 시내버스 무료") ?? snapshot.policies[0]!;
  const snapshotDir = await writeSnapshotDir(snapshot);
  const outDir = await tempDir("lw-site-store-");
  dirs.push(snapshotDir, outDir);

  await buildSite({ snapshotDir, outDir });
  const store = join(import.meta.dirname, "../node_modules/.astro/data-store.json");
  expect(await readFile(store, "utf8")).toContain(removed.id);
  expect(existsSync(join(outDir, "policies", removed.slug, "index.html"))).toBe(true);

  snapshot.policies = snapshot.policies.filter((p) => p.id !== removed.id);
  await writeSnapshotDir(snapshot, snapshotDir);
  await buildSite({ snapshotDir, outDir });

  expect(existsSync(join(outDir, "policies", removed.slug, "index.html"))).toBe(false);
  expect(existsSync(join(outDir, "p", removed.id, "index.html"))).toBe(false);
  expect(decodeURIComponent(await readFile(join(outDir, "sitemap.xml"), "utf8"))).not.toContain(removed.slug);
  const server = await serveSite(outDir, "/");
  const { browser, close } = await launchBrowser();
  try {
    const found = await searchTitles(await browser.newPage(), server.origin, "/", removed.title);
    expect(found).not.toContain(removed.title);
  } finally {
    await close();
    await server.close();
  }
}, 240_000); // two whole site builds
