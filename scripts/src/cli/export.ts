/**
 * pnpm export — writes the published edition (snapshot.json, media, policies.json/.schema.json/.csv/.xlsx) to
 * SNAPSHOT_DIR (default .data/snapshot). Fails, naming the policy and field, on invalid content;
 * the previous snapshot then stays as it was.
 */
import { exportSnapshot } from "../export/export-snapshot.ts";
import { SNAPSHOT_DIR } from "../lib/paths.ts";
import { openCms } from "./cms.ts";

const payload = await openCms();
try {
  console.log("게시된 콘텐츠를 내보냅니다");
  await exportSnapshot(payload, { dir: SNAPSHOT_DIR, mediaDir: process.env.MEDIA_DIR as string });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(
    "내보내기에 실패했습니다. 이전 스냅숏은 그대로 있습니다. 위의 문서와 항목을 CMS에서 고친 뒤 다시 실행하세요.",
  );
  process.exitCode = 1;
} finally {
  await payload.destroy();
}
