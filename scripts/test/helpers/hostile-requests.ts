/** Building blocks of hostile requests, and `hostile(random)` that mixes them into one request. */

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
export function hostile(random: () => number): { bytes: Buffer; method: string; truncated: boolean; kind: string } {
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
