import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Payload } from "payload";

/**
 * A real Payload CMS on a temporary SQLite file (schema pushed, as in development), with its own
 * media folder. Call in `beforeAll`; `close()` destroys Payload and removes the folder.
 * Environment variables are set before the CMS config is first imported (once per test file).
 */
export async function startTempCms(): Promise<{
  payload: Payload;
  dir: string;
  mediaDir: string;
  close: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), "lifewelfare-cms-"));
  const mediaDir = join(dir, "media");
  Object.assign(process.env, {
    NODE_ENV: "test",
    DATABASE_URI: `file:${join(dir, "cms.db")}`,
    MEDIA_DIR: mediaDir,
    PAYLOAD_SECRET: "test-secret-0123456789abcdef0123456789abcdef",
    JOBS_AUTORUN: "false",
  });
  const { getCmsPayload } = await import("@lifewelfare/cms/get-payload");
  const payload = await getCmsPayload();
  return {
    payload,
    dir,
    mediaDir,
    close: async () => {
      await payload.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
