import { READ_API_DIR } from "@lifewelfare/content-models/read-api";

/**
 * Headers added to a file of the static read API (`api/v1/…` in the release, `relativePath`
 * `/`-separated without a leading slash): any origin may read it (`Access-Control-Allow-Origin: *`;
 * the files are public and read without credentials); none for other files. Its `Cache-Control`
 * (one minute) comes from `cacheControlFor` like every file's, and its `Content-Type`
 * (`application/json; charset=utf-8`) from the file's extension.
 */
export function readApiHeaders(relativePath: string): Record<string, string> {
  if (!relativePath.startsWith(`${READ_API_DIR}/`)) return {};
  return { "Access-Control-Allow-Origin": "*" };
}
