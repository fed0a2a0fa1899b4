import { READ_API_DIR } from "@lifewelfare/content-models/read-api";

/**
 * `Cache-Control` of the read API's files: one minute, then revalidated by ETag. Each publish
 * replaces them in place (their names carry no hash), so a client sees an edit within a minute.
 */
export const READ_API_CACHE = "public, max-age=60";

/**
 * Headers added to a file of the static read API (`api/v1/…` in the release, `relativePath`
 * `/`-separated without a leading slash): any origin may read it (`Access-Control-Allow-Origin: *`;
 * the files are public and read without credentials) and it is cached briefly; none for other files.
 * The `Content-Type` (`application/json; charset=utf-8`) comes from the file's extension.
 */
export function readApiHeaders(relativePath: string): Record<string, string> {
  if (!relativePath.startsWith(`${READ_API_DIR}/`)) return {};
  return { "Access-Control-Allow-Origin": "*", "Cache-Control": READ_API_CACHE };
}
