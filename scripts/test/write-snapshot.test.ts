import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSnapshotDir } from "@lifewelfare/content-models/read-snapshot";
import { writeHandbookFixture } from "@lifewelfare/handbook/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeSnapshot } from "../src/export/write-snapshot.ts";

let work: string;
let input: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "write-snapshot-test-"));
  input = join(work, "input");
  await writeHandbookFixture(input);
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** Writes the fixture with `summary` on its first policy into `dir`. */
async function write(dir: string, summary: string) {
  const snapshot = JSON.parse(await readFile(join(input, "snapshot.json"), "utf8"));
  snapshot.policies[0].summary = summary;
  const files = (await readdir(join(input, "media"))).map((name) => ({
    path: `media/${name}`,
    source: join(input, "media", name),
  }));
  return writeSnapshot({ dir, snapshot, files, siteUrl: (id) => `https://guide.example.kr/p/${id}/` });
}

describe("writeSnapshot", () => {
  test("turns a snapshot folder of an earlier version into a link to a whole version, and sweeps killed writers' leftovers", async () => {
    const dir = join(work, "snapshot");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "snapshot.json"), "{}");
    const dead = spawnSync(process.execPath, ["-e", ""]).pid as number;
    const leftovers = [`${dir}.tmp-${dead}`, `${dir}.old-${dead}`, join(`${dir}.versions`, `building-${dead}-00ff`)];
    for (const folder of leftovers) await mkdir(folder, { recursive: true });

    await write(dir, "첫 번째 요약입니다.");
    expect((await lstat(dir)).isSymbolicLink()).toBe(true);
    expect((await readSnapshotDir(dir)).policies[0]?.summary).toBe("첫 번째 요약입니다.");
    expect(existsSync(join(dir, "media", "mascot-print.png"))).toBe(true);
    for (const folder of leftovers) expect(existsSync(folder), folder).toBe(false);
  });

  test("keeps the live version and the one before it, no more", async () => {
    const dir = join(work, "snapshot");
    await write(dir, "두 번째 요약입니다.");
    await write(dir, "세 번째 요약입니다.");
    expect((await readSnapshotDir(dir)).policies[0]?.summary).toBe("세 번째 요약입니다.");
    expect(await readdir(`${dir}.versions`)).toHaveLength(2);
  });
});
