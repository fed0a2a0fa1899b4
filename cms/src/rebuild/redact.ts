import { homedir, tmpdir } from "node:os";
import { dataDir, repoRoot } from "../paths.ts";

/**
 * Folders whose absolute paths never appear in 배포 상태 (readable by all staff), each with the
 * word shown instead: the data folder (DATA_DIR, default `<repo>/.data`), the repository, the OS
 * temp folder and the home folder. Longest first, so `.data` inside the repo wins.
 */
function hiddenRoots(): [string, string][] {
  const roots: [string, string][] = [
    [dataDir(), "<데이터 폴더>"],
    [repoRoot(), "<저장소>"],
    [tmpdir(), "<임시 폴더>"],
    [homedir(), "~"],
  ];
  return roots.filter(([root]) => root.length > 1).sort(([a], [b]) => b.length - a.length);
}

/**
 * `message` with the server's absolute folders replaced by words (`hiddenRoots`), so that a
 * failure shown to staff names the file without telling where the server keeps its data or
 * secret. E.g. `/srv/guide/.data/snapshot/media/x.png` → `<데이터 폴더>/snapshot/media/x.png`.
 */
export function redactPaths(message: string): string {
  let redacted = message;
  for (const [root, word] of hiddenRoots()) redacted = redacted.split(root).join(word);
  return redacted;
}
