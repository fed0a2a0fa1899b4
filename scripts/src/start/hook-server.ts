import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** The rebuild hook of `pnpm start`, listening. */
export type HookServer = {
  server: Server;
  /** What the CMS POSTs to: `http://127.0.0.1:<port>/rebuild?token=<token>`. */
  url: string;
};

/** Options of `startHookServer`. */
export type HookServerOptions = {
  /** TCP port on 127.0.0.1; 0 asks the OS for a free one. */
  port: number;
  /** Called for every accepted request (not awaited; e.g. `RebuildQueue.request`). */
  onRebuild: () => unknown;
  /** The secret of the hook URL; default 32 random hex characters, new at every start. */
  token?: string;
};

/**
 * The loopback webhook the CMS server calls after a publish (`SITE_REBUILD_WEBHOOK`): only
 * `POST /rebuild?token=<token>` is accepted (202 `{"queued":true}`, and `onRebuild` runs); every
 * other method, path or token gets an empty 404, the token compared in constant time. Binds
 * 127.0.0.1 only. Resolves once listening.
 * @throws Error (e.g. EADDRINUSE) when the port cannot be bound.
 */
export async function startHookServer(options: HookServerOptions): Promise<HookServer> {
  const token = options.token ?? randomBytes(16).toString("hex");
  const path = `/rebuild?token=${token}`;
  const server = createServer((req, res) => {
    if (req.method === "POST" && sameSecret(req.url ?? "", path)) {
      options.onRebuild();
      res.writeHead(202, { "content-type": "application/json" }).end('{"queued":true}');
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}${path}` };
}

/** Whether `given` equals `expected`, in time that does not depend on where they differ. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
