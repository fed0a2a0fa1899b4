import { realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";
import sirv, { type RequestHandler } from "sirv";

/**
 * Serves the live release of the static site. `root` is usually the `current` symlink: it is
 * resolved on every request, so swapping the symlink to a new release switches atomically and a
 * request never sees a half-built site. `base` mounts the site under a sub-path (e.g. `/guide/`).
 * Unknown paths get the site's own `404.html` with status 404.
 */
export function createStaticServer(options: { root: string; base?: string }): Server {
  const base = normalizeBase(options.base ?? "/");
  const handlers = new Map<string, RequestHandler>();
  const handlerFor = (dir: string) => {
    let handler = handlers.get(dir);
    if (!handler) {
      handler = sirv(dir, { etag: true, extensions: ["html"], dotfiles: false, brotli: true, gzip: true });
      handlers.clear(); // keep only the live release's handler
      handlers.set(dir, handler);
    }
    return handler;
  };
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    let dir: string;
    try {
      dir = realpathSync(options.root);
    } catch {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
      res.end("사이트를 아직 만드는 중입니다. 잠시 후 다시 시도하세요.");
      return;
    }
    const url = req.url ?? "/";
    if (!url.startsWith(base) && `${url}/` !== base) {
      res.writeHead(302, { location: base });
      res.end();
      return;
    }
    req.url = `/${url.slice(base.length)}`.replace(/^\/+/, "/");
    handlerFor(dir)(req, res, () => {
      // sirv always answers 200, so the site's own 404 page is sent by hand.
      readFile(join(dir, "404.html")).then(
        (page) => {
          res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
          res.end(page);
        },
        () => {
          res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
          res.end("페이지를 찾을 수 없습니다.");
        },
      );
    });
  });
}

/** "/guide" → "/guide/", "" → "/". */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
