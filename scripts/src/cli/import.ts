/**
 * pnpm import <snapshot folder> — loads a published edition into an empty CMS (e.g. to move from
 * SQLite to MongoDB: set DATABASE_URI to the target first).
 */
import { resolve } from "node:path";
import { importSnapshot } from "../import/import-snapshot.ts";
import { openCms } from "./cms.ts";

const dir = process.argv[2];
if (!dir) {
  console.error("사용법: pnpm import <스냅숏 폴더>   (usage: pnpm import <snapshot folder>)");
  process.exit(2);
}
const payload = await openCms();
try {
  console.log(`스냅숏을 가져옵니다: ${dir}`);
  await importSnapshot(payload, resolve(process.env.INIT_CWD ?? process.cwd(), dir));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await payload.destroy();
}
