/**
 * `Cache-Control` per kind of file from the real site server (issue 18): a year and `immutable`
 * for content-hashed names (Astro's `_astro/`, Pagefind's chunks and metadata, also when sent
 * precompressed), a minute for the read API's JSON, a day for the icons, `no-cache` for pages,
 * search entry files and open data; and the site's own `favicon.ico` answered 200.
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { repoRoot } from "@lifewelfare/content-models/paths";
import { tempDir } from "@lifewelfare/test-support/temp-dir";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createStaticServer } from "../src/serve/static-server.ts";

const YEAR = "public, max-age=31536000, immutable";
const FILES: Record<string, string> = {
  "index.html": '<!doctype html><html lang="ko"><title>생애복지 안내서</title></html>',
  "policies/임신축하금/index.html": '<html lang="ko">임신축하금</html>',
  "policies.json": "[]",
  "_astro/BaseLayout.D0EC97pl.css": "body{color:#111}",
  "_astro/PretendardGOV-Regular.subset.119.D0m3sIee.woff2": "wOF2",
  "pagefind/pagefind.js": "export {}",
  "pagefind/pagefind-entry.json": "{}",
  "pagefind/lexicon.json": "{}",
  "pagefind/pagefind.ko_19d0eeaedc.pf_meta": "meta",
  "pagefind/index/ko_6938bd2.pf_index": "index",
  "pagefind/fragment/ko_10afc68.pf_fragment": "fragment",
  "pagefind/filter/ko_766b7a7.pf_filter": "filter",
  "api/v1/policies.json": "{}",
};

let server: Server;
let origin: string;
let favicon: Buffer;

beforeAll(async () => {
  const root = await tempDir("lifewelfare-cache-");
  for (const [path, body] of Object.entries(FILES)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), body);
  }
  await writeFile(
    join(root, "_astro/BaseLayout.D0EC97pl.css.br"),
    brotliCompressSync(FILES["_astro/BaseLayout.D0EC97pl.css"]!),
  );
  await copyFile(join(repoRoot(), "site/public/favicon.ico"), join(root, "favicon.ico"));
  favicon = await readFile(join(root, "favicon.ico"));
  server = createStaticServer({ root });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  // fetch keeps its connections alive: close them, or close() waits for the idle timeout.
  if (!server) return;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const cacheOf = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${origin}/${path.split("/").map(encodeURIComponent).join("/")}`, { headers });
  await response.arrayBuffer();
  expect(response.status, path).toBe(200);
  return response.headers.get("cache-control");
};

test("content-hashed files are cached for a year, also the brotli copy", async () => {
  for (const path of Object.keys(FILES).filter((p) => p.startsWith("_astro/") || /_[0-9a-f]{7,}\.pf_/.test(p))) {
    expect(await cacheOf(path), path).toBe(YEAR);
  }
  expect(await cacheOf("_astro/BaseLayout.D0EC97pl.css", { "accept-encoding": "br" })).toBe(YEAR);
});

test("pages, Pagefind's entry files and open data revalidate; the read API's JSON keeps a minute", async () => {
  for (const path of [
    "",
    "policies/임신축하금/",
    "policies.json",
    "pagefind/pagefind.js",
    "pagefind/pagefind-entry.json",
    "pagefind/lexicon.json",
  ]) {
    expect(await cacheOf(path), path).toBe("no-cache");
  }
  expect(await cacheOf("api/v1/policies.json")).toBe("public, max-age=60");
});

test("/favicon.ico is the site's icon, 200, cached a day", async () => {
  const response = await fetch(`${origin}/favicon.ico`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)$/);
  expect(response.headers.get("cache-control")).toBe("public, max-age=86400");
  expect(Buffer.from(await response.arrayBuffer()).equals(favicon)).toBe(true);
  expect([...favicon.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
});
