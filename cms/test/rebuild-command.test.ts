import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { commandRunner } from "../src/rebuild/runners.ts";
import type { PublicationChange } from "../src/rebuild/types.ts";

const SECRET = "known-secret-for-rebuild-command-0123456789";
const DATABASE = "mongodb://cms:recognisable-password@db.invalid/cms";
let dir: string;
const saved = { PAYLOAD_SECRET: process.env.PAYLOAD_SECRET, DATABASE_URI: process.env.DATABASE_URI };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "rebuild-command-test-"));
  Object.assign(process.env, { PAYLOAD_SECRET: SECRET, DATABASE_URI: DATABASE });
});
afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await rm(dir, { recursive: true, force: true });
});

/** A command that writes what it received (the changes file and its environment) to `out`. */
const recorder = (out: string) =>
  `"${process.execPath}" -e 'const fs = require("fs"); const changes = JSON.parse(fs.readFileSync(process.env.REBUILD_CHANGES_FILE, "utf8")); fs.writeFileSync(process.argv[1], JSON.stringify({ changes, env: process.env }))' "${out}"`;

const changes = (count: number): PublicationChange[] =>
  Array.from({ length: count }, (_, i) => ({
    entity: "policies",
    documentId: String(i + 1),
    title: `${"아주 긴 정책 제목입니다 ".repeat(8)}${i + 1}`,
    action: "publish",
    at: "2026-11-30T00:00:00.000Z",
  }));

describe("the rebuild command runner", () => {
  test("passes 1,500 changes (far over one environment variable's 128 KiB) in REBUILD_CHANGES_FILE", async () => {
    const out = join(dir, "bulk.json");
    const many = changes(1500);
    expect(JSON.stringify(many).length).toBeGreaterThan(128 * 1024);
    await expect(commandRunner(recorder(out), dir).run(many)).resolves.toContain("완료");
    const received = JSON.parse(await readFile(out, "utf8"));
    expect(received.changes).toEqual(many);
  });

  test("gives the command neither PAYLOAD_SECRET nor DATABASE_URI, unless SITE_REBUILD_COMMAND_ENV names them", async () => {
    const out = join(dir, "env.json");
    await commandRunner(recorder(out), dir).run(changes(1));
    const plain = JSON.parse(await readFile(out, "utf8")).env as Record<string, string>;
    expect(plain.PATH).toBe(process.env.PATH);
    expect(JSON.stringify(plain)).not.toContain(SECRET);
    expect(JSON.stringify(plain)).not.toContain("recognisable-password");

    await commandRunner(recorder(out), dir, ["DATABASE_URI"]).run(changes(1));
    const opted = JSON.parse(await readFile(out, "utf8")).env as Record<string, string>;
    expect(opted.DATABASE_URI).toBe(DATABASE);
    expect(JSON.stringify(opted)).not.toContain(SECRET);
  });

  test("deletes the changes file once the command has ended", async () => {
    const out = join(dir, "file.json");
    await commandRunner(`${recorder(out)}; echo "$REBUILD_CHANGES_FILE" > "${dir}/path.txt"`, dir).run(changes(2));
    const path = (await readFile(join(dir, "path.txt"), "utf8")).trim();
    await expect(readFile(path)).rejects.toThrow(/ENOENT/);
  });
});
