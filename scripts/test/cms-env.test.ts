import { chmod, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

let dataDir: string;
let cms: typeof import("../src/cli/cms.ts");
const saved = { ...process.env };

beforeAll(async () => {
  dataDir = join(await mkdtemp(join(tmpdir(), "cms-env-test-")), ".data");
  // scripts/src/lib/paths.ts fixes DATA_DIR when first imported.
  Object.assign(process.env, { DATA_DIR: dataDir, SCRIPTS_ONLY_TOKEN: "scripts-only-value" });
  delete process.env.PAYLOAD_SECRET;
  delete process.env.DATABASE_URI;
  cms = await import("../src/cli/cms.ts");
});
afterAll(async () => {
  process.env = saved;
  await rm(join(dataDir, ".."), { recursive: true, force: true });
});

const mode = async (path: string) => (await stat(path)).mode & 0o777;

describe("the CMS environment of pnpm start", () => {
  test("creates .data readable by its owner only, and a secret file of mode 0600", async () => {
    cms.cmsEnvironment();
    expect(await mode(dataDir)).toBe(0o700);
    expect(await mode(join(dataDir, "payload-secret"))).toBe(0o600);
  });

  test("tightens what an earlier version left readable, and keeps an existing secret", async () => {
    const secret = await readFile(join(dataDir, "payload-secret"), "utf8");
    await writeFile(join(dataDir, "cms.db"), "");
    await chmod(join(dataDir, "cms.db"), 0o644);
    await chmod(join(dataDir, "payload-secret"), 0o644);
    await chmod(dataDir, 0o755);
    const env = cms.cmsEnvironment();
    expect(await mode(dataDir)).toBe(0o700);
    expect(await mode(join(dataDir, "cms.db"))).toBe(0o600);
    expect(await mode(join(dataDir, "payload-secret"))).toBe(0o600);
    expect(env.PAYLOAD_SECRET).toBe(secret.trim());
  });

  test("the CMS server child gets the CMS's variables and nothing else of the scripts'", () => {
    const env = cms.cmsServerEnv({ SITE_REBUILD_WEBHOOK: "http://127.0.0.1:1/rebuild?token=t" });
    expect(env.PAYLOAD_SECRET).toMatch(/^[0-9a-f]{64}$/);
    expect(env.DATABASE_URI).toBe(`file:${join(dataDir, "cms.db")}`);
    expect(env.MEDIA_DIR).toBe(join(dataDir, "media"));
    expect(env.DATA_DIR).toBe(dataDir); // the CMS on its own resolves the same folder
    expect(env.SITE_REBUILD_WEBHOOK).toContain("token=t");
    expect(env.PATH).toBe(process.env.PATH);
    expect(env.SCRIPTS_ONLY_TOKEN).toBeUndefined();
    expect(Object.keys(env).some((name) => name.startsWith("VITEST"))).toBe(false);
  });
});
