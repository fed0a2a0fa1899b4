import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { LIFE_STAGES, type SnapshotInput } from "@lifewelfare/content-models";
import { READ_API_PAGE_SIZE } from "@lifewelfare/content-models/read-api";
import { seedSnapshot } from "@lifewelfare/seed-content/snapshot";
import { buildSite } from "@lifewelfare/site";
import { removeDirs, tempDir } from "@lifewelfare/test-support/temp-dir";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeSnapshot } from "../../src/export/write-snapshot.ts";
import { precompress } from "../../src/pipeline/precompress.ts";
import { createStaticServer } from "../../src/serve/static-server.ts";
import { openApiDocumentErrors, openApiResponseValidator } from "../helpers/openapi-responses.ts";

/**
 * The static read API as a release serves it: the seed's 62 policies exported (one with a hostile
 * title and a U+2028 in its rich text), the site built and precompressed, and every answer fetched
 * over the real static server and checked against the OpenAPI document the release publishes.
 */
const HOSTILE_TITLE = `</script><script>alert("x")</script> '따옴표' "큰따옴표" \\ 임신축하금`;
const LINE_SEPARATOR_HTML = "<p>첫 줄\u2028둘째 줄</p>";

let snapshotRoot: string;
let outDir: string;
let origin: string;
let http: Server;
let hostileId: string;
let policyCount: number;
let openapi: Parameters<typeof openApiResponseValidator>[0];
let validate: ReturnType<typeof openApiResponseValidator>;

beforeAll(async () => {
  const input = seedSnapshot() as SnapshotInput;
  const hostile = input.policies[0]!;
  Object.assign(hostile, { title: HOSTILE_TITLE, targetAudience: LINE_SEPARATOR_HTML });
  hostileId = hostile.id;
  policyCount = input.policies.length;
  snapshotRoot = await tempDir("lw-read-api-snapshot-");
  const snapshotDir = join(snapshotRoot, "snapshot");
  await writeSnapshot({
    dir: snapshotDir,
    snapshot: input,
    files: [],
    siteUrl: (id) => `https://guide.example.kr/p/${id}/`,
  });
  outDir = await tempDir("lw-read-api-site-");
  await buildSite({ snapshotDir, outDir, base: "/" });
  await precompress(outDir);
  http = createStaticServer({ root: outDir });
  await new Promise<void>((done) => http.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  openapi = await (await fetch(`${origin}/api/v1/openapi.json`)).json();
  validate = openApiResponseValidator(openapi);
}, 240_000);

afterAll(async () => {
  await new Promise((done) => http?.close(done));
  await removeDirs(outDir, snapshotRoot);
});

const API = "/api/v1";

/** Fetches an API file (absolute URL), asserts 200 and that the body matches the OpenAPI document. */
async function getValid<T>(url: URL, headers: Record<string, string> = {}): Promise<{ body: T; response: Response }> {
  const response = await fetch(url, { headers });
  expect(response.status, url.pathname).toBe(200);
  const body = (await response.json()) as T;
  expect(validate(url.pathname.slice(API.length), 200, body), url.pathname).toEqual([]);
  return { body, response };
}

type Page = { page: number; totalPages: number; totalItems: number; next: string | null; prev: string | null };
type Summary = { id: string; title: string; detailUrl: string; url: string };

describe("the static read API of a release", () => {
  test("is described by a valid OpenAPI 3.1 document (the official schema)", () => {
    expect(openApiDocumentErrors(openapi)).toEqual([]);
    expect(openapi).toMatchObject({ openapi: "3.1.0" });
    // The check does refuse a document that is not OpenAPI 3.1.
    expect(openApiDocumentErrors({ ...openapi, openapi: "3.0.3" })).not.toEqual([]);
    expect(openApiDocumentErrors({ ...openapi, info: {} })).not.toEqual([]);
  });

  test("pages the index by next links; every page and item matches the OpenAPI document", async () => {
    const pages: (Page & { items: Summary[] })[] = [];
    let url: URL | null = new URL(`${API}/policies.json`, origin);
    while (url) {
      const body: Page & { items: Summary[] } = (await getValid<Page & { items: Summary[] }>(url)).body;
      pages.push(body);
      url = body.next ? new URL(body.next, url) : null;
    }
    expect(pages.map((p) => p.page)).toEqual(pages.map((_, i) => i + 1));
    expect(pages).toHaveLength(Math.ceil(policyCount / READ_API_PAGE_SIZE));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((p) => p.totalItems === policyCount && p.totalPages === pages.length)).toBe(true);
    expect(pages[0]!.prev).toBeNull();
    expect(pages[1]!.prev).toBe("policies.json");
    const ids = pages.flatMap((p) => p.items.map((item) => item.id));
    expect(ids).toHaveLength(policyCount);
    expect(ids).toEqual([...ids].sort());
    expect(pages[0]!.items[0]!.url).toBe(`https://guide.example.kr/p/${ids[0]}/`);
    // The validator does refuse what the document does not describe.
    expect(validate("/policies.json", 200, { ...pages[0], items: [{ id: "../x" }] })).not.toEqual([]);
    expect(validate("/policies/abc.json", 200, { ...pages[0] })).not.toEqual([]);
  });

  test("a detail file holds the whole policy, as the open data's policies.json has it", async () => {
    const index = new URL(`${API}/policies.json`, origin);
    const { body: page } = await getValid<{ items: Summary[] }>(index);
    const item = page.items[1]!;
    const { body: detail } = await getValid<{ id: string; title: string }>(new URL(item.detailUrl, index));
    const openData = (await (await fetch(`${origin}/policies.json`)).json()) as { policies: { id: string }[] };
    expect(detail).toEqual(openData.policies.find((p) => p.id === item.id));
    expect(detail.title).toBe(item.title);
  });

  test("a missing file answers the documented JSON 404 (with CORS); elsewhere the site's 404 page", async () => {
    const undocumented = await fetch(`${origin}${API}/no-such-file.json`);
    expect(undocumented.status).toBe(404);
    expect(((await undocumented.json()) as { error: { status: number } }).error.status).toBe(404);
    for (const path of ["/policies/no-such-policy.json", "/policies-999.json"]) {
      const response = await fetch(`${origin}${API}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type"), path).toBe("application/json; charset=utf-8");
      expect(response.headers.get("access-control-allow-origin"), path).toBe("*");
      const body = (await response.json()) as { error: { message: string } };
      expect(validate(path, 404, body), path).toEqual([]);
      expect(body.error.message).toContain("자료가 없습니다");
    }
    const page = await fetch(`${origin}/no-such-page/`);
    expect(page.status).toBe(404);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("access-control-allow-origin")).toBeNull();
  });

  test("a hostile title and a U+2028 round-trip through the JSON unchanged", async () => {
    const url = new URL(`${API}/policies/${hostileId}.json`, origin);
    const { body, response } = await getValid<{ title: string; targetAudience: string }>(url);
    expect(body.title).toBe(HOSTILE_TITLE);
    expect(body.targetAudience).toBe(LINE_SEPARATOR_HTML);
    const { body: first } = await getValid<{ items: Summary[] }>(new URL(`${API}/policies.json`, origin));
    expect(first.items.find((item) => item.id === hostileId)?.title).toBe(HOSTILE_TITLE);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  });

  test("departments and the 생애주기 code list (with 복지로 lifeArray codes)", async () => {
    const { body: departments } = await getValid<{ items: { id: string }[] }>(
      new URL(`${API}/departments.json`, origin),
    );
    expect(departments.items.length).toBe(seedSnapshot().departments.length);
    const { body: stages } = await getValid<{ items: { value: string; bokjiroCode: string }[] }>(
      new URL(`${API}/life-stages.json`, origin),
    );
    expect(stages.items.map((s) => [s.value, s.bokjiroCode])).toEqual(LIFE_STAGES.map((s) => [s.value, s.bokjiroCode]));
  });

  test("is sent as UTF-8 JSON to any origin with a short cache, compressed when asked; other files keep theirs", async () => {
    for (const encoding of ["identity", "br", "gzip"]) {
      const url = new URL(`${API}/policies.json`, origin);
      const { response } = await getValid(url, { "accept-encoding": encoding, origin: "https://other.example" });
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("cache-control")).toBe("public, max-age=60");
      expect(response.headers.get("content-encoding") ?? "identity").toBe(encoding);
    }
    const home = await fetch(`${origin}/`);
    expect(home.headers.get("access-control-allow-origin")).toBeNull();
    expect(home.headers.get("cache-control")).toBe("no-cache");
  });

  test("the open-data page links the API and its OpenAPI document, and the links resolve", async () => {
    const html = await (await fetch(`${origin}/open-data/`)).text();
    for (const file of ["policies.json", "departments.json", "life-stages.json", "openapi.json"]) {
      expect(html).toContain(`href="${API}/${file}"`);
      expect((await fetch(`${origin}${API}/${file}`)).status).toBe(200);
    }
  });
});
