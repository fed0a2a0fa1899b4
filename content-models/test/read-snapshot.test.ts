import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ContentValidationError } from "../src/index.ts";
import { readSnapshotDir } from "../src/runtime/read-snapshot.ts";
import { fixtureInput } from "./helpers/fixture.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "read-snapshot-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readSnapshotDir", () => {
  test("reads and validates a real snapshot folder", async () => {
    await writeFile(join(dir, "snapshot.json"), JSON.stringify(fixtureInput()));
    const snapshot = await readSnapshotDir(dir);
    expect(snapshot.policies.length).toBe(fixtureInput().policies.length);
  });

  test("a missing file: Korean first, the path, and the ENOENT cause", async () => {
    const missing = join(dir, "nowhere");
    const error = (await readSnapshotDir(missing).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^스냅숏 파일을 읽을 수 없습니다.*SNAPSHOT_DIR.*cannot read the snapshot/);
    expect(error.message).toContain(join(missing, "snapshot.json"));
    expect((error.cause as NodeJS.ErrnoException).code).toBe("ENOENT");
  });

  test("a file that is not JSON", async () => {
    const broken = await mkdtemp(join(dir, "broken-"));
    await writeFile(join(broken, "snapshot.json"), "{ not json");
    await expect(readSnapshotDir(broken)).rejects.toThrow(
      /^스냅숏 파일이 올바른 JSON이 아닙니다 \(invalid JSON\): .*snapshot\.json$/,
    );
  });

  test("invalid content names the file, the document and the field", async () => {
    const invalid = await mkdtemp(join(dir, "invalid-"));
    const input = fixtureInput();
    (input.policies[0] as Record<string, unknown>).title = "";
    await writeFile(join(invalid, "snapshot.json"), JSON.stringify(input));
    const error = await readSnapshotDir(invalid).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentValidationError);
    const [issue] = (error as ContentValidationError).issues;
    expect(issue?.path).toBe("policies.0.title");
    expect(issue?.document).toContain(join(invalid, "snapshot.json"));
  });
});
