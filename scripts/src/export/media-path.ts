import { basename, resolve, sep } from "node:path";
import { ContentValidationError } from "@lifewelfare/content-models";

/**
 * The path of an upload's stored file `filename` in `mediaDir`, for copying into the snapshot.
 * The name must be one plain path segment (`basename(f) === f`, not `.`/`..`, no `\`) that
 * resolves inside `mediaDir`: a name such as `../cms.db` set through the API would otherwise copy
 * any file the process can read into the public snapshot.
 * @param document who owns the name, for the message, e.g. `이미지 12 「광양시청」`.
 * @throws ContentValidationError naming the media document and the field (`filename` or
 *   `sizes.<name>.filename`), in Korean.
 */
export function mediaSource(mediaDir: string, filename: string, document: string, path = "filename"): string {
  const root = resolve(mediaDir);
  const source = resolve(root, filename);
  const isPlainName =
    filename.length > 0 &&
    basename(filename) === filename &&
    !filename.includes("\\") &&
    filename !== "." &&
    filename !== "..";
  if (!isPlainName || !source.startsWith(root + sep)) {
    throw new ContentValidationError([
      {
        document,
        path,
        field: "파일 이름",
        message:
          `저장된 파일 이름 "${filename}"은(는) 이미지 폴더 안의 파일 하나를 가리키지 않아 내보낼 수 없습니다. ` +
          "CMS에서 이 이미지를 다시 올려 주세요.",
      },
    ]);
  }
  return source;
}
