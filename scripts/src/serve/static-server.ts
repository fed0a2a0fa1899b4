import type { Stats } from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import { extname, join, sep } from "node:path";
import type { Duplex } from "node:stream";
import { normalizeBasePath } from "@lifewelfare/content-models";
import { READ_API_DIR, readApiNotFoundBody } from "@lifewelfare/content-models/read-api";
import { cacheControlFor, REVALIDATE_CACHE } from "@lifewelfare/site/cache-control";
import { SECURITY_HEADERS } from "@lifewelfare/site/security-headers";
import { contentType } from "mime-types";
import Negotiator from "negotiator";
import send from "send";
import { readApiHeaders } from "./read-api-headers.ts";

/** Options of `createStaticServer`. */
export type StaticServerOptions = {
  /** The live release folder, usually the `current` symlink (resolved on every request). */
  root: string;
  /** Sub-path the site is mounted under, e.g. `/guide/` (default `/`). */
  base?: string;
  /** Time a client has to send the request line and headers (ms, default 10 000); then 408. */
  headersTimeoutMs?: number;
  /** Time a client has to send the whole request (ms, default 30 000); then 408. */
  requestTimeoutMs?: number;
  /** Idle time after which a connection is dropped, also while a response is read slowly (ms, default 120 000). */
  idleTimeoutMs?: number;
};

/** Precompressed copies written beside a file by `precompress` (pipeline/precompress.ts). */
const SUFFIX: Record<string, string> = { br: ".br", gzip: ".gz" };
/** Encodings offered, in our order of preference when the client rates several equally. */
const ENCODINGS = ["br", "gzip", "identity"];
/** Headers describing a file body, removed before an error answer replaces it. */
const BODY_HEADERS = [
  "content-encoding",
  "content-type",
  "content-length",
  "content-range",
  "etag",
  "last-modified",
  "accept-ranges",
];

/**
 * Serves the live release of the static site. `root` is usually the `current` symlink: it is
 * resolved on every request, so swapping the symlink to a new release switches atomically and a
 * request never sees a half-built site; files are looked up on disk per request (no cached index,
 * so a release rebuilt in place is never served with stale lengths). `base` mounts the site under
 * a sub-path (e.g. `/guide/`); other paths are redirected to it.
 *
 * - GET and HEAD only (others, CONNECT too: 405 with `Allow`); 503 while no release exists.
 * - `/dir/` serves `dir/index.html`, `/name` also `name.html`; `/dir` redirects to `/dir/`.
 *   Dot-files and anything outside the release (`..`, symlinks out) are not found; unknown paths
 *   get the site's own `404.html` with status 404 (under the read API, its JSON 404); malformed
 *   percent-encoding or NUL: 400.
 * - Precompressed `.br`/`.gz` copies are sent when `Accept-Encoding` allows them (q-values
 *   respected, `br;q=0` refuses brotli), always with `Vary: Accept-Encoding`.
 * - Files are sent by `send`: ETag, Last-Modified, conditional GET, `If-Range`, and one byte range
 *   (an unsatisfiable one: 416 with `Content-Range: bytes *\/size`; several ranges: the whole file).
 * - Every answer carries `SECURITY_HEADERS`; `Cache-Control` per `cacheControlFor`; the read API's files
 *   (`api/v1/`) also CORS (`readApiHeaders`).
 * - No request can end the process: a failure answers 500 for that request only, malformed
 *   requests get 400 (431 for oversized heads) and their socket is destroyed, and slow clients
 *   are cut off by the timeouts above.
 */
export function createStaticServer(options: StaticServerOptions): Server {
  const base = normalizeBasePath(options.base);
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const server = createServer(
    {
      headersTimeout,
      requestTimeout: Math.max(options.requestTimeoutMs ?? 30_000, headersTimeout),
      connectionsCheckingInterval: Math.min(Math.ceil(headersTimeout / 2), 30_000),
    },
    (req, res) => {
      serve(req, res, options.root, base).catch((error: unknown) => failRequest(res, error));
    },
  );
  server.setTimeout(options.idleTimeoutMs ?? 120_000);
  server.on("clientError", answerClientError);
  server.on("connect", refuseConnect);
  return server;
}

async function serve(req: IncomingMessage, res: ServerResponse, root: string, base: string): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    answer(req, res, 405, "이 주소에는 GET 또는 HEAD 요청만 보낼 수 있습니다.");
    return;
  }
  let dir: string;
  try {
    dir = await realpath(root);
  } catch {
    res.setHeader("Retry-After", "10");
    answer(req, res, 503, "사이트를 아직 만드는 중입니다. 잠시 후 다시 시도하세요.");
    return;
  }
  const url = req.url ?? "/";
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? "" : url.slice(queryAt);
  if (!path.startsWith(base)) {
    redirect(req, res, 302, base);
    return;
  }
  const request = parsePath(path.slice(base.length));
  if (request === "bad") {
    answer(req, res, 400, "주소가 올바르지 않습니다.");
    return;
  }
  const found = request === "hidden" ? undefined : await locate(dir, request);
  if (found === "directory" && typeof request === "object") {
    const safeQuery = /^\?[\x21-\x7e]*$/.test(query) ? query : "";
    redirect(req, res, 301, `${base}${request.segments.map(encodeURIComponent).join("/")}/${safeQuery}`);
    return;
  }
  if (found === undefined || found === "directory") {
    await notFound(req, res, dir, typeof request === "object" ? request.segments.join("/") : "");
    return;
  }
  const { file, encoding } = await negotiate(req, dir, found);
  res.setHeader("Vary", "Accept-Encoding");
  res.setHeader("Cache-Control", cacheControlFor(found));
  for (const [name, value] of Object.entries(readApiHeaders(found))) res.setHeader(name, value);
  const type = contentType(extname(found)) || "application/octet-stream";
  send(req, `/${file.split("/").map(encodeURIComponent).join("/")}`, {
    root: dir,
    index: false,
    dotfiles: "ignore",
    etag: true,
    lastModified: true,
    cacheControl: false,
  })
    .on("headers", (response: ServerResponse) => {
      response.setHeader("Content-Type", type);
      if (encoding !== "identity") response.setHeader("Content-Encoding", encoding);
    })
    .on("error", (error: { status?: number; headers?: Record<string, string> }) => {
      // The file vanished or changed between lookup and send, or the range is unsatisfiable.
      if (res.headersSent) res.destroy();
      else if (error.status === 404) void notFound(req, res, dir, found).catch((e: unknown) => failRequest(res, e));
      else if (error.status === 416)
        answer(req, res, 416, "요청한 범위가 파일 크기를 벗어납니다.", {
          "content-range": error.headers?.["Content-Range"],
        });
      else answer(req, res, error.status ?? 500, STATUS_CODES[error.status ?? 500] ?? "오류");
    })
    .pipe(res);
}

type PathRequest = { segments: string[]; directory: boolean };

/**
 * The path below the base as decoded segments, "bad" for malformed percent-encoding, NUL or `..`,
 * "hidden" for a dot-file or dot-folder.
 */
function parsePath(rest: string): PathRequest | "bad" | "hidden" {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return "bad";
  }
  if (decoded.includes("\0")) return "bad";
  const segments: string[] = [];
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") return "bad";
    if (segment.startsWith(".")) return "hidden";
    segments.push(segment);
  }
  return { segments, directory: rest === "" || decoded.endsWith("/") };
}

/**
 * The release-relative file a request names (`dir/index.html`, `name`, `name.html`), "directory"
 * when it names a folder with an index but lacks the trailing slash, undefined when not found.
 */
async function locate(dir: string, request: PathRequest): Promise<string | "directory" | undefined> {
  const rel = request.segments.join("/");
  if (request.directory) {
    const index = rel ? `${rel}/index.html` : "index.html";
    return (await fileStats(dir, index))?.isFile() ? index : undefined;
  }
  const exact = await fileStats(dir, rel);
  if (exact?.isFile()) return rel;
  if (exact?.isDirectory() && (await fileStats(dir, `${rel}/index.html`))?.isFile()) return "directory";
  return (await fileStats(dir, `${rel}.html`))?.isFile() ? `${rel}.html` : undefined;
}

/** Stats of `rel` inside `dir`, undefined when missing, unreadable or (via a symlink) outside `dir`. */
async function fileStats(dir: string, rel: string): Promise<Stats | undefined> {
  try {
    const real = await realpath(join(dir, rel));
    if (real !== dir && !real.startsWith(`${dir}${sep}`)) return undefined;
    return await stat(real);
  } catch {
    return undefined;
  }
}

/** The file to send for `rel` (itself or a precompressed copy) and its content coding. */
async function negotiate(req: IncomingMessage, dir: string, rel: string): Promise<{ file: string; encoding: string }> {
  // Negotiator's typings lack the `preferred` option (ties go to br, then gzip).
  const negotiator = new Negotiator(req);
  const rank = negotiator.encodings as (available: string[], options: { preferred: string[] }) => string[];
  for (const encoding of rank.call(negotiator, ENCODINGS, { preferred: ENCODINGS })) {
    if (encoding === "identity") break;
    const file = `${rel}${SUFFIX[encoding]}`;
    if ((await fileStats(dir, file))?.isFile()) return { file, encoding };
  }
  // Also when the client refuses identity: the plain file is the best left (RFC 9110 §12.5.3).
  return { file: rel, encoding: "identity" };
}

/**
 * 404 for `relativePath` (below the base, `/`-separated): under the read API (`api/v1/`) its JSON error
 * (`readApiNotFoundBody`, with CORS like its files); else the site's own 404.html, or a short Korean
 * text when the release has none.
 */
async function notFound(req: IncomingMessage, res: ServerResponse, dir: string, relativePath: string): Promise<void> {
  for (const name of BODY_HEADERS) res.removeHeader(name);
  if (relativePath.startsWith(`${READ_API_DIR}/`)) {
    const body = Buffer.from(readApiNotFoundBody());
    res.writeHead(404, {
      ...readApiHeaders(relativePath),
      "content-type": "application/json; charset=utf-8",
      "content-length": body.length,
      "cache-control": REVALIDATE_CACHE,
    });
    res.end(req.method === "HEAD" ? undefined : body);
    return;
  }
  const page = await readFile(join(dir, "404.html")).catch(() => undefined);
  if (!page) {
    answer(req, res, 404, "페이지를 찾을 수 없습니다.");
    return;
  }
  res.writeHead(404, {
    "content-type": "text/html; charset=utf-8",
    "content-length": page.length,
    "cache-control": REVALIDATE_CACHE,
  });
  res.end(req.method === "HEAD" ? undefined : page);
}

/** A short Korean plain-text answer with `status` (and `headers`), replacing any file headers set. */
function answer(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string | undefined> = {},
): void {
  for (const name of BODY_HEADERS) res.removeHeader(name);
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
  const body = Buffer.from(`${text}\n`);
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": body.length,
    "cache-control": "no-store",
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

function redirect(req: IncomingMessage, res: ServerResponse, status: 301 | 302, location: string): void {
  res.setHeader("Location", location);
  answer(req, res, status, `${location} 로 옮겼습니다.`);
}

/** Last resort for an unexpected failure: 500 for this request only (the server keeps serving). */
function failRequest(res: ServerResponse, error: unknown): void {
  console.error("누리집 서버: 요청을 처리하지 못했습니다.", error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  for (const name of BODY_HEADERS) res.removeHeader(name);
  res.writeHead(500, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end("서버 오류가 났습니다. 잠시 후 다시 시도하세요.\n");
}

/** `CONNECT` (tunnelling) is not an HTTP request Node hands to the handler: 405, then close. */
function refuseConnect(_req: IncomingMessage, socket: Duplex): void {
  if (socket.writable) {
    socket.write(
      "HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
    );
  }
  socket.destroy();
}

/**
 * A request Node's parser rejected (malformed line or header, oversized head, timeout): a bare
 * 400/431/408 when nothing was written on the connection yet, then the socket is destroyed.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (socket.writable && (socket as Socket).bytesWritten === 0) {
    const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  }
  socket.destroy();
}
