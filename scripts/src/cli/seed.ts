/**
 * pnpm seed [--force] — loads the seed content into the CMS (idempotent; --force overwrites
 * documents that already exist, e.g. after editing them in the admin).
 */
import { seed } from "../seed/seed.ts";
import { openCms } from "./cms.ts";

const force = process.argv.includes("--force");
const payload = await openCms();
try {
  console.log(`시드 콘텐츠를 CMS에 넣습니다${force ? " (--force: 기존 문서를 덮어씀)" : ""}`);
  await seed(payload, { force });
} finally {
  await payload.destroy();
}
