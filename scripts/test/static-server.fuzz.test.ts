/**
 * The public site server under hostile traffic: the real server runs in a child process on a
 * temporary release, and thousands of malformed requests go to it over raw TCP. It must stay up,
 * keep serving the home page between batches, and never answer 5xx (no 5xx is acceptable here:
 * a release exists, so not even 503). Plus the Range / Accept-Encoding regressions of issue 13.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { seededRandom } from "@lifewelfare/test-support/random";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const CHILD = join(import.meta.dirname, "helpers", "static-server-child.ts");
const PAGE = `<!doctype html><html lang="ko"><title>생애복지 안내서</title>${"<p>생애복지 안내 어르신 교통비</p>".repeat(60)}</html>`;
const NOT_FOUND = '<!doctype html><html lang="ko"><title>없는 페이지</title><p>찾는 페이지가 없습니다.</p></html>';
const PDF = Buffer.alloc(3000, 7);
const BATCHES = 20;
const PER_BATCH = 520;
const SLOW_CLIENTS = 4;

let dir: string;
let child: ChildProcess;
let port: number;
let stderr = "";

/** Writes a release: index (with .br and .gz copies), 404, a hashed asset, a nested page, a PDF, a dot-file. */
async function writeRelease(release: string, text = PAGE): Promise<void> {
  await mkdir(join(release, "_astro"), { recursive: true });
  await mkdir(join(release, "policies", "임신축하금"), { recursive: true });
  await mkdir(join(release, "downloads"), { recursive: true });
  await writeFile(join(release, "index.html"), text);
  await writeFile(join(release, "index.html.br"), brotliCompressSync(text));
  await writeFile(join(release, "index.html.gz"), gzipSync(text));
  await writeFile(join(release, "404.html"), NOT_FOUND);
  await writeFile(join(release, "_astro", "site.Ab12Cd34.css"), "body{color:#111}");
  await writeFile(join(release, "policies", "임신축하금", "index.html"), '<html lang="ko">임신축하금</html>');
  await writeFile(join(release, "downloads", "guidebook.pdf"), PDF);
  await writeFile(join(release, ".release-complete"), "secret-ish");
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lifewelfare-fuzz-"));
  await writeRelease(join(dir, "r1"));
  await symlink(join(dir, "r1"), join(dir, "current"));
  child = spawn(process.execPath, ["--import", "tsx", CHILD, join(dir, "current")], {
    cwd: join(import.meta.dirname, ".."),
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /LISTENING (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`server child exited (${code}): ${stderr}`)));
  });
});

afterAll(async () => {
  child?.kill("SIGTERM");
  if (dir) await rm(dir, { recursive: true, force: true });
});

type RawResponse = { statuses: number[]; text: string; body: Buffer; closedByServer: boolean };

/**
 * True once `data` holds one whole response to a `method` request: its head, and as many body
 * bytes as `Content-Length` says (none for HEAD, 1xx, 204 and 304).
 */
function isComplete(data: Buffer, method: string): boolean {
  const end = data.indexOf("\r\n\r\n");
  if (end === -1) return false;
  const head = data.subarray(0, end).toString("latin1");
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1]);
  if (method === "HEAD" || status < 200 || status === 204 || status === 304) return true;
  const length = /^content-length: *(\d+)\r?$/im.exec(head)?.[1];
  return length !== undefined && data.length - end - 4 >= Number(length);
}

/**
 * Sends `bytes` on a fresh connection and collects the answer: the connection is dropped once one
 * whole response arrived or the server closed it. `halfClose` ends our side after sending (how a
 * truncated request is finished: the server then answers what it parsed). `trickle` sends one byte
 * every `trickle` ms instead and never ends (a slow client).
 */
function raw(
  bytes: Buffer | string,
  options: { method?: string; halfClose?: boolean; trickle?: number } = {},
): Promise<RawResponse> {
  const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, "latin1");
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, "127.0.0.1");
    let timer: NodeJS.Timeout | undefined;
    let closedByServer = false;
    const giveUp = setTimeout(() => socket.destroy(), 20_000);
    socket.on("data", (chunk) => {
      chunks.push(chunk);
      if (!options.trickle && isComplete(Buffer.concat(chunks), options.method ?? "GET")) socket.destroy();
    });
    socket.on("end", () => (closedByServer = true));
    socket.on("error", () => (closedByServer = true)); // reset by the server
    socket.on("close", () => {
      clearTimeout(giveUp);
      clearInterval(timer);
      const all = Buffer.concat(chunks);
      const text = all.toString("latin1");
      const statuses = [...text.matchAll(/^HTTP\/1\.[01] (\d{3}) /gm)].map((m) => Number(m[1]));
      const split = all.indexOf("\r\n\r\n");
      resolve({ statuses, text, body: split === -1 ? Buffer.alloc(0) : all.subarray(split + 4), closedByServer });
    });
    socket.on("connect", () => {
      if (options.trickle) {
        let at = 0;
        timer = setInterval(() => {
          if (at < data.length && socket.writable) socket.write(data.subarray(at, ++at));
        }, options.trickle);
      } else if (options.halfClose) socket.end(data);
      else socket.write(data);
    });
  });
}

/** One request with a normal head (`headers` added), over raw TCP. */
const request = (target: string, headers: string[] = [], method = "GET") =>
  raw(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\n${headers.map((h) => `${h}\r\n`).join("")}\r\n`, {
    method,
  });

const header = (response: RawResponse, name: string) =>
  new RegExp(`^${name}: (.*)\\r$`, "im").exec(response.text.split("\r\n\r\n")[0] ?? "")?.[1];

async function expectAliveAndServing(): Promise<void> {
  expect(child.exitCode).toBeNull();
  expect(child.signalCode).toBeNull();
  const response = await fetch(`http://127.0.0.1:${port}/`);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain("생애복지 안내 어르신 교통비");
}

describe("site server: Range and Accept-Encoding (issue 13, H1 and L1)", () => {
  const size = Buffer.byteLength(PAGE);

  test("a reversed range answers 416 with the size, and the server keeps serving", async () => {
    const response = await request("/index.html", ["Range: bytes=20-10"]);
    expect(response.statuses).toEqual([416]);
    expect(header(response, "Content-Range")).toBe(`bytes */${size}`);
    await expectAliveAndServing();
  });

  test("ranges beyond the safe integer range, on the brotli copy too, do not end the server", async () => {
    const huge = await request("/index.html", ["Range: bytes=0-18446744073709551615"]);
    expect(huge.statuses).toEqual([206]);
    expect(huge.body.length).toBe(size);
    const reversedBr = await request("/", ["Accept-Encoding: br", "Range: bytes=9-1"]);
    expect(reversedBr.statuses).toEqual([416]);
    await expectAliveAndServing();
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
    const release = join(dir, "r1");
    const replacement = join(dir, "r1.building");
    await writeRelease(
      replacement,
      `<!doctype html><html lang="ko">${"생애복지 안내 어르신 교통비 ".repeat(9)}</html>`,
    );
    await rm(release, { recursive: true });
    await rename(replacement, release);
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { "accept-encoding": "identity" } });
    const text = await response.text();
    expect(Number(response.headers.get("content-length"))).toBe(Buffer.byteLength(text));
    await rm(release, { recursive: true });
    await writeRelease(release);
    await expectAliveAndServing();
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

/** Building blocks of hostile requests. */
const METHODS = ["GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "CONNECT", "PATCH"];
const BAD_METHODS = ["get", "G E T", "", "\x00", "GET\x00", "PROPFIND", "X".repeat(2000), "ĞET", "{}"];
const VERSIONS = ["HTTP/1.1", "HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/0.9", "", "HTTP/1.1x", "HTTP/9.9", "http/1.1"];
const TARGETS = [
  "/",
  "/index.html",
  "/downloads/guidebook.pdf",
  "/_astro/site.Ab12Cd34.css",
  "/policies/%EC%9E%84%EC%8B%A0%EC%B6%95%ED%95%98%EA%B8%88",
  "/policies/임신축하금/",
  "/%00",
  "/index.html%00.pdf",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/..%2f..%2f..%2fetc%2fpasswd",
  "/../../etc/passwd",
  "/%",
  "/%zz/",
  "/%E0%A4%A",
  "/%C0%AE%C0%AE/",
  "//evil.example/",
  "/\\..\\..\\",
  "*",
  "http://evil.example/",
  "/.release-complete",
  "/.%72elease-complete",
  "/index.html/",
  "/index.html?x=1&y=%ZZ",
  "/?q=\x7f",
  "",
];
const RANGES = [
  "bytes=20-10",
  "bytes=0-18446744073709551615",
  "bytes=18446744073709551615-",
  "bytes=0-0",
  "bytes=-0",
  "bytes=-1",
  "bytes=-99999999999999999999",
  "bytes=1-2,3-4,5-6",
  "bytes=0-1,0-1,0-1,0-1,0-1,0-1,0-1,0-1",
  "bytes=--1",
  "bytes=a-b",
  "bytes=9007199254740992-9007199254740993",
  "bytes=1e3-2e3",
  "bytes= 5 - 10",
  "items=0-5",
  "bytes=",
  "bytes=5-",
  "bytes=999999-",
  `bytes=${"0-1,".repeat(2000)}0-1`,
];
const IF_RANGES = [
  '"nope"',
  'W/"x"',
  "Thu, 01 Jan 1970 00:00:00 GMT",
  "garbage",
  "",
  "Sat, 31 Dec 275760 00:00:00 GMT",
];
const ENCODINGS = [
  "br",
  "br;q=0",
  "gzip;q=0, br;q=0",
  "*;q=0",
  "identity;q=0",
  "br;q=2",
  "br;q=-1",
  "br;q=abc",
  ",,,;;;",
  "*",
];

/** One hostile request: its bytes, its method, whether it was cut short, and what kinds it mixes. */
function hostile(random: () => number): { bytes: Buffer; method: string; truncated: boolean; kind: string } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const chance = (p: number) => random() < p;
  const kind: string[] = [];
  let method = pick(METHODS);
  if (chance(0.08)) {
    method = pick(BAD_METHODS);
    kind.push("bad-method");
  }
  let target = pick(TARGETS);
  if (chance(0.02)) {
    target = `/${"a".repeat(64 * 1024)}`;
    kind.push("64k-url");
  } else if (chance(0.1)) {
    target = `/${Array.from({ length: 1 + Math.floor(random() * 40) }, () => String.fromCharCode(Math.floor(random() * 256))).join("")}`;
    kind.push("random-path");
  }
  const version = chance(0.12) ? pick(VERSIONS) : "HTTP/1.1";
  const eol = chance(0.05) ? "\n" : "\r\n";
  const lines = [version ? `${method} ${target} ${version}` : `${method} ${target}`];
  if (!chance(0.05))
    lines.push(chance(0.05) ? `Host: ${pick(["", "\x00", "a b", "x".repeat(300)])}` : "Host: localhost");
  if (chance(0.05)) lines.push("Host: second.example");
  if (chance(0.4)) {
    lines.push(`Range: ${pick(RANGES)}`);
    kind.push("range");
    if (chance(0.1)) lines.push(`Range: ${pick(RANGES)}`);
  }
  if (chance(0.15)) lines.push(`If-Range: ${pick(IF_RANGES)}`);
  if (chance(0.3)) lines.push(`Accept-Encoding: ${pick(ENCODINGS)}`);
  if (chance(0.05)) lines.push(`If-None-Match: ${pick(['"x"', "*", ",", ""])}`);
  if (chance(0.05)) lines.push(`If-Modified-Since: ${pick(IF_RANGES)}`);
  if (chance(0.04)) lines.push("Content-Length: 5", "Content-Length: 7");
  if (chance(0.04)) lines.push(`Content-Length: ${pick(["-1", "abc", "99999999999999999999", "3"])}`);
  if (chance(0.04)) lines.push("Transfer-Encoding: chunked", "Content-Length: 3");
  if (chance(0.04)) lines.push("X-Nul: a\x00b");
  if (chance(0.03)) lines.push("no colon here");
  if (chance(0.03)) lines.push(" folded: continuation");
  if (chance(0.02)) lines.push(`X-Big: ${"b".repeat(20_000)}`);
  let text = `${lines.join(eol)}${eol}${eol}`;
  if (chance(0.05)) text += pick(["zz\r\n", "5\r\nhello\r\n0\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\n\r\n"]);
  let bytes = Buffer.from(text, "latin1");
  const truncated = chance(0.1);
  if (truncated) {
    bytes = bytes.subarray(0, Math.floor(random() * bytes.length));
    kind.push("truncated");
  }
  return { bytes, method, truncated, kind: kind.join("+") || "plain" };
}

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
      await expectAliveAndServing();
    }
    // Slow clients are cut off by the server (408 or a closed socket), never left hanging.
    const slowResults = await Promise.all(slow);
    for (const result of slowResults) {
      expect(result.closedByServer).toBe(true);
      expect(result.statuses.every((s) => s === 408 || s === 400)).toBe(true);
    }
    await expectAliveAndServing();
    const serverErrors = [...statuses].filter(([status]) => status >= 500);
    console.log(
      `fuzz: ${sent} requests (+${SLOW_CLIENTS} slow clients); statuses ${JSON.stringify(Object.fromEntries(statuses))}; ` +
        `no status line ${unanswered} (of them not truncated: ${unansweredWhole}); kinds ${JSON.stringify(Object.fromEntries(kinds))}`,
    );
    expect(sent).toBeGreaterThanOrEqual(10_000);
    expect(serverErrors).toEqual([]);
    expect(stderr).toBe("");
  }, 120_000);
});
