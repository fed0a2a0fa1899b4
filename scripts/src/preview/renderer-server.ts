import { randomBytes, timingSafeEqual } from "node:crypto";
import { readFile, realpath } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { ContentValidationError } from "@lifewelfare/content-models";
import { isInside } from "@lifewelfare/content-models/contained-path";
import { EDITION_IDS, type EditionId } from "@lifewelfare/handbook";
import mime from "mime-types";
import type { DraftRenderer } from "./draft-renderer.ts";
import type { DraftPreviewRequest } from "./draft-snapshot.ts";

/** The renderer's server, listening. */
export type RendererServer = {
  server: Server;
  /** What the CMS is told (PREVIEW_RENDERER_URL): `http://127.0.0.1:<port>/<key>/`. */
  url: string;
};

/** Largest request body (bytes): one policy with its rich text, the settings and the departments. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
const FILE_NAME = /^[\w][\w.-]*$/;
/** Where the page's files are served (a path the CMS makes: `/api/preview/<token>/`); it lands in HTML. */
const ASSET_BASE = /^\/[\w/-]*\/$/;

/**
 * The draft renderer's loopback HTTP server (127.0.0.1 only), which only the CMS calls: every path
 * starts with a secret key (default 32 random hex characters, new at every start; compared in
 * constant time), else an empty 404. Under it:
 * - `POST web?assetBase=<path>` (body `DraftPreviewRequest`) → the policy page (text/html);
 * - `POST print/<standard|large>.<pdf|png>[?page=n]` → the entry's PDF, or one page as PNG;
 * - `GET style.css`, `GET fonts/<name>`, `GET media/<file name>` → the page's stylesheet, fonts
 *   and the draft's images (only plain file names inside the folders they belong to).
 * A draft that fails validation answers 422 with the Korean issues (`{ message }`); any other
 * failure 500 with a Korean message (details logged here). Nothing a request sends stops it.
 * @throws Error (e.g. EADDRINUSE) when the port cannot be bound.
 */
export async function startRendererServer(
  renderer: DraftRenderer,
  options: { port?: number; key?: string; log?: (line: string) => void } = {},
): Promise<RendererServer> {
  const key = options.key ?? randomBytes(16).toString("hex");
  const log = options.log ?? ((line: string) => console.error(line));
  const server = createServer((req, res) => {
    handle(renderer, key, req, res).catch((error: unknown) => {
      if (error instanceof ContentValidationError) {
        const message = `미리 보기를 만들 수 없습니다. 빠진 내용을 채워 주세요: ${error.issues.map((i) => `${i.field}: ${i.message}`).join(" / ")}`;
        return send(res, 422, "application/json", JSON.stringify({ message }));
      }
      log(`미리 보기 렌더링 실패 (preview render failed): ${error instanceof Error ? error.stack : String(error)}`);
      send(
        res,
        500,
        "application/json",
        JSON.stringify({ message: "미리 보기를 만들지 못했습니다. 잠시 뒤 다시 시도하세요." }),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/${key}/` };
}

async function handle(renderer: DraftRenderer, key: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const [given = "", ...rest] = url.pathname.slice(1).split("/");
  if (!sameSecret(given, key)) return send(res, 404);
  const route = `${req.method} ${rest.join("/")}`;
  if (route === "GET style.css") return send(res, 200, "text/css; charset=utf-8", renderer.stylesheet);
  if (req.method === "GET" && rest.length === 2 && FILE_NAME.test(rest[1] as string)) {
    const name = rest[1] as string;
    const file =
      rest[0] === "fonts" ? renderer.fontFile(name) : rest[0] === "media" ? await mediaFile(renderer, name) : undefined;
    if (!file) return send(res, 404);
    return send(res, 200, mime.lookup(name) || "application/octet-stream", await readFile(file));
  }
  if (route === "POST web") {
    const assetBase = url.searchParams.get("assetBase") ?? "/";
    if (!ASSET_BASE.test(assetBase)) return send(res, 400);
    const html = await renderer.web(await body(req), assetBase);
    return send(res, 200, "text/html; charset=utf-8", html);
  }
  const print = /^POST print\/(\w+)\.(pdf|png)$/.exec(route);
  if (print && (EDITION_IDS as string[]).includes(print[1] as string)) {
    const format = print[2] as "pdf" | "png";
    const page = Math.max(1, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1);
    const bytes = await renderer.print(await body(req), print[1] as EditionId, format, page);
    return send(res, 200, format === "pdf" ? "application/pdf" : "image/png", Buffer.from(bytes));
  }
  send(res, 404);
}

/** The upload `name` inside the media folder (after resolving links), or undefined. */
async function mediaFile(renderer: DraftRenderer, name: string): Promise<string | undefined> {
  try {
    const root = await realpath(renderer.mediaDir);
    const path = await realpath(join(root, name));
    return isInside(root, path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The JSON body, at most MAX_BODY_BYTES. */
async function body(req: IncomingMessage): Promise<DraftPreviewRequest> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error(`preview request over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as DraftPreviewRequest;
}

function send(res: ServerResponse, status: number, type?: string, content?: string | Buffer): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, type ? { "content-type": type, "cache-control": "no-store" } : {}).end(content);
}

/** Whether `given` equals `expected`, in time that does not depend on where they differ. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
