import path from "node:path";
import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from "payload";

/**
 * Fields of an upload document that only the server writes, from the stored file: Payload's base
 * upload fields (`uploads/getBaseFields.ts`). `filename` and `sizes.*.filename` are later used as
 * paths under the media folder (delete, re-upload, export), so a client must never set them.
 */
export const SERVER_OWNED_FIELDS = [
  "filename",
  "mimeType",
  "filesize",
  "width",
  "height",
  "url",
  "thumbnailURL",
  "sizes",
];

/**
 * beforeOperation of upload collections: removes the server-owned fields from the data of a
 * create or an update, whoever sends it (REST, GraphQL, Local API). Payload then fills them from
 * the uploaded file, or keeps the stored values when no file is sent. Silently ignoring them
 * (rather than refusing) keeps the admin working, whose edit form sends them back unchanged.
 */
export const dropServerOwnedFields: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (!["create", "update", "updateByID"].includes(operation)) return args;
  const data = (args as { data?: unknown }).data;
  if (data && typeof data === "object") {
    for (const key of SERVER_OWNED_FIELDS) delete (data as Record<string, unknown>)[key];
  }
  return args;
};

/**
 * True when `name` is one plain file name: not empty, no directory part (`/`, `\`), not `.`/`..`,
 * not hidden (leading dot), no NUL or other control character.
 */
export function isSafeFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    path.posix.basename(name) === name &&
    path.win32.basename(name) === name &&
    !name.startsWith(".") &&
    ![...name].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)
  );
}

/**
 * beforeChange of upload collections: the file name about to be stored, and every size's file
 * name, must be a single safe path segment (`isSafeFileName`); otherwise the change is refused
 * with a Korean 400 naming the document and the field. A guard behind `dropServerOwnedFields`.
 */
export const requireSafeFileNames: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const names: [string, unknown][] = [["filename", data.filename]];
  for (const [size, value] of Object.entries((data.sizes ?? {}) as Record<string, { filename?: unknown }>)) {
    names.push([`sizes.${size}.filename`, value?.filename]);
  }
  for (const [field, value] of names) {
    if (value === undefined || value === null) continue;
    if (typeof value !== "string" || !isSafeFileName(value)) {
      const doc = originalDoc?.id === undefined ? "새 이미지" : `이미지 ${originalDoc.id}`;
      const message = `${doc}의 파일 이름(${field})이 올바르지 않습니다: 폴더 없이 파일 이름 하나만 쓸 수 있습니다.`;
      throw new APIError(message, 400, { errors: [{ path: field, message }] }, true);
    }
  }
  return data;
};
