import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { dataDir, repoRoot, snapshotDir } from "../src/runtime/paths.ts";

const REPO = resolve(import.meta.dirname, "../..");
const other = mkdtempSync(join(tmpdir(), "paths-root-"));
writeFileSync(join(other, "pnpm-workspace.yaml"), "");
afterAll(() => rmSync(other, { recursive: true, force: true }));

describe("the runtime paths", () => {
  test("default: the checkout, its .data and .data/snapshot", () => {
    expect(repoRoot({})).toBe(REPO);
    expect(dataDir({})).toBe(join(REPO, ".data"));
    expect(snapshotDir({})).toBe(join(REPO, ".data", "snapshot"));
  });

  test("LIFEWELFARE_ROOT moves the root and the defaults under it", () => {
    const env = { LIFEWELFARE_ROOT: other };
    expect(repoRoot(env)).toBe(other);
    expect(dataDir(env)).toBe(join(other, ".data"));
    expect(snapshotDir(env)).toBe(join(other, ".data", "snapshot"));
  });

  test("DATA_DIR moves the data folder and the snapshot in it; SNAPSHOT_DIR moves only the snapshot", () => {
    expect(dataDir({ DATA_DIR: "/srv/guide-data" })).toBe("/srv/guide-data");
    expect(snapshotDir({ DATA_DIR: "/srv/guide-data" })).toBe("/srv/guide-data/snapshot");
    expect(snapshotDir({ DATA_DIR: "/srv/guide-data", SNAPSHOT_DIR: "/srv/edition" })).toBe("/srv/edition");
    expect(dataDir({ DATA_DIR: "/srv/guide-data", SNAPSHOT_DIR: "/srv/edition" })).toBe("/srv/guide-data");
  });

  test("relative values are resolved against the root, whatever the working directory", () => {
    const env = { LIFEWELFARE_ROOT: other, DATA_DIR: "state", SNAPSHOT_DIR: "out/edition" };
    expect(dataDir(env)).toBe(join(other, "state"));
    expect(snapshotDir(env)).toBe(join(other, "out", "edition"));
  });
});
