/**
 * The public site server under hostile traffic: the real server runs in a child process on a
 * temporary release, and thousands of malformed requests go to it over raw TCP. It must stay up,
 * keep serving the home page between batches, and never answer 5xx (no 5xx is acceptable here:
 * a release exists, so not even 503). Plus the Range / Accept-Encoding regressions of issue 13.
 */
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { seededRandom } from "@lifewelfare/test-support/random";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { hostile } from "./helpers/hostile-requests.ts";
import { header, rawClient } from "./helpers/raw-http.ts";
import { PAGE, type ReleaseServer, startReleaseServer, writeRelease } from "./helpers/release-server.ts";

const BATCHES = 20;
const PER_BATCH = 520;
const SLOW_CLIENTS = 4;

let server: ReleaseServer;
let raw: ReturnType<typeof rawClient>["raw"];
let request: ReturnType<typeof rawClient>["request"];

beforeAll(async () => {
  server = await startReleaseServer();
  ({ raw, request } = rawClient(server.port));
});

afterAll(async () => {
  await server?.close();
});

describe("site server: Range and Accept-Encoding (issue 13, H1 and L1)", () => {
  const size = Buffer.byteLength(PAGE);

  test("a reversed range answers 416 with the size, and the server keeps serving", async () => {
    const response = await request("/index.html", ["Range: bytes=20-10"]);
    expect(response.statuses).toEqual([416]);
    expect(header(response, "Content-Range")).toBe(`bytes */${size}`);
    await server.expectAliveAndServing();
  });

  test("ranges beyond the safe integer range, on the brotli copy too, do not end the server", async () => {
    const huge = await request("/index.html", ["Range: bytes=0-18446744073709551615"]);
    expect(huge.statuses).toEqual([206]);
    expect(huge.body.length).toBe(size);
    const reversedBr = await request("/", ["Accept-Encoding: br", "Range: bytes=9-1"]);
    expect(reversedBr.statuses).toEqual([416]);
    await server.expectAliveAndServing();
  });

  test("bytes=0-0 is one byte; a suffix range is the last bytes; several ranges get the whole file", async () => {
    const first = await request("/index.html", ["Range: bytes=0-0"]);
    expect(first.statuses).toEqual([206]);
    expect(first.body.toString()).toBe("<");
    expect(header(first, "Content-Range")).toBe(`bytes 0-0/${size}`);
    const suffix = await request("/index.html", ["Range: bytes=-7"]);
    expect(suffix.body.toString()).toBe("</html>");
    const multi = await request("/index.html", ["Range: bytes=0-1,5-9"]);
    expect(multi.statuses).toEqual([200]);
    expect(multi.body.length).toBe(size);
  });

  test("Accept-Encoding q-values are respected: br;q=0 never gets brotli", async () => {
    const br = await request("/", ["Accept-Encoding: gzip, deflate, br"]);
    expect(header(br, "Content-Encoding")).toBe("br");
    expect(header(br, "Vary")).toBe("Accept-Encoding");
    const refused = await request("/", ["Accept-Encoding: br;q=0, gzip"]);
    expect(header(refused, "Content-Encoding")).toBe("gzip");
    const none = await request("/", ["Accept-Encoding: br;q=0"]);
    expect(header(none, "Content-Encoding")).toBeUndefined();
    expect(none.body.toString()).toBe(PAGE);
    const preferred = await request("/", ["Accept-Encoding: br;q=0.2, gzip;q=0.9"]);
    expect(header(preferred, "Content-Encoding")).toBe("gzip");
  });

  test("a release rebuilt in place under the same path is served with its new length", async () => {
    const release = join(server.dir, "r1");
    const replacement = join(server.dir, "r1.building");
    await writeRelease(
      replacement,
      `<!doctype html><html lang="ko">${"생애복지 안내 어르신 교통비 ".repeat(9)}</html>`,
    );
    await rm(release, { recursive: true });
    await rename(replacement, release);
    const response = await fetch(`http://127.0.0.1:${server.port}/`, { headers: { "accept-encoding": "identity" } });
    const text = await response.text();
    expect(Number(response.headers.get("content-length"))).toBe(Buffer.byteLength(text));
    await rm(release, { recursive: true });
    await writeRelease(release);
    await server.expectAliveAndServing();
  });
});

describe("site server: methods, paths and headers", () => {
  test("only GET and HEAD; dot-files, traversal and unknown paths never leave the release", async () => {
    const post = await request("/", [], "POST");
    expect(post.statuses).toEqual([405]);
    expect(header(post, "Allow")).toBe("GET, HEAD");
    const dotfile = await request("/.release-complete");
    expect(dotfile.statuses).toEqual([404]);
    expect(dotfile.body.toString()).toContain("찾는 페이지가 없습니다.");
    expect((await request("/%2e%2e/%2e%2e/etc/passwd")).statuses).toEqual([400]);
    expect((await request("/%zz")).statuses).toEqual([400]);
    expect((await request("/policies/%EC%9E%84%EC%8B%A0%EC%B6%95%ED%95%98%EA%B8%88/")).body.toString()).toContain(
      "임신축하금",
    );
    const folder = await request("/policies/%EC%9E%84%EC%8B%A0%EC%B6%95%ED%95%98%EA%B8%88");
    expect(folder.statuses).toEqual([301]);
    expect(header(folder, "Location")).toBe("/policies/%EC%9E%84%EC%8B%A0%EC%B6%95%ED%95%98%EA%B8%88/");
  });

  test("security headers on every answer; hashed assets cached for a year, HTML revalidated", async () => {
    const page = await request("/");
    const asset = await request("/_astro/site.Ab12Cd34.css");
    const missing = await request("/missing/");
    for (const response of [page, asset, missing]) {
      expect(header(response, "Content-Security-Policy")).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(header(response, "Content-Security-Policy")).toContain("frame-ancestors 'none'");
      expect(header(response, "X-Content-Type-Options")).toBe("nosniff");
      expect(header(response, "X-Frame-Options")).toBe("DENY");
      expect(header(response, "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
      expect(header(response, "Permissions-Policy")).toContain("camera=()");
    }
    expect(header(asset, "Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(header(page, "Cache-Control")).toBe("no-cache");
    expect(header(page, "ETag")).toBeTruthy();
  });
});

describe("site server under hostile traffic", () => {
  test(`${BATCHES * PER_BATCH} malformed or hostile requests over raw TCP; the server stays up and never answers 5xx`, async () => {
    const random = seededRandom(0x13_13_2026);
    const slow = Array.from({ length: SLOW_CLIENTS }, (_, i) =>
      raw(`GET /index.html HTTP/1.1\r\nHost: localhost\r\nRange: bytes=${i}-${i + 9}\r\n\r\n`, { trickle: 150 }),
    );
    const statuses = new Map<number, number>();
    const kinds = new Map<string, number>();
    let sent = 0;
    let unanswered = 0;
    let unansweredWhole = 0;
    for (let batch = 0; batch < BATCHES; batch++) {
      const requests = Array.from({ length: PER_BATCH }, () => hostile(random));
      for (let i = 0; i < requests.length; i += 40) {
        const responses = await Promise.all(
          requests.slice(i, i + 40).map(({ bytes, method, truncated }) => raw(bytes, { method, halfClose: truncated })),
        );
        responses.forEach((response, j) => {
          const { kind } = requests[i + j] as { kind: string };
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
          if (response.statuses.length === 0) unanswered += 1;
          if (response.statuses.length === 0 && !requests[i + j]?.truncated) unansweredWhole += 1;
          for (const status of response.statuses) statuses.set(status, (statuses.get(status) ?? 0) + 1);
        });
      }
      sent += requests.length;
      await server.expectAliveAndServing();
    }
    // Slow clients are cut off by the server (408 or a closed socket), never left hanging.
    const slowResults = await Promise.all(slow);
    for (const result of slowResults) {
      expect(result.closedByServer).toBe(true);
      expect(result.statuses.every((s) => s === 408 || s === 400)).toBe(true);
    }
    await server.expectAliveAndServing();
    const serverErrors = [...statuses].filter(([status]) => status >= 500);
    console.log(
      `fuzz: ${sent} requests (+${SLOW_CLIENTS} slow clients); statuses ${JSON.stringify(Object.fromEntries(statuses))}; ` +
        `no status line ${unanswered} (of them not truncated: ${unansweredWhole}); kinds ${JSON.stringify(Object.fromEntries(kinds))}`,
    );
    expect(sent).toBeGreaterThanOrEqual(10_000);
    expect(serverErrors).toEqual([]);
    expect(server.stderr()).toBe("");
  }, 120_000);
});
