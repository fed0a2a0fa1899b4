import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";
import { SECURITY_HEADERS } from "../../src/config/security-headers.ts";

/**
 * Serves a built site at `base` (e.g. `/guide/`) on a free local port, like a static host, plus
 * optional extra folders at their own mount paths. Unknown paths get the site's 404.html. Every
 * answer carries the site's SECURITY_HEADERS, so browser tests run under its CSP.
 */
export async function serveSite(
  outDir: string,
  base: string,
  extra: Record<string, string> = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  const site = sirv(outDir, { dev: true, etag: false });
  const mounts = Object.entries(extra).map(([path, dir]) => [path, sirv(dir, { dev: true })] as const);
  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const url = req.url ?? "/";
    for (const [path, handler] of mounts) {
      if (url.startsWith(path)) {
        req.url = url.slice(path.length - 1);
        return handler(req, res, () => notFound());
      }
    }
    if (!url.startsWith(base)) return notFound();
    req.url = `/${url.slice(base.length)}`;
    site(req, res, () => notFound());
    function notFound() {
      res.statusCode = 404;
      req.url = "/404.html";
      site(req, res, () => {
        res.end("not found");
      });
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
