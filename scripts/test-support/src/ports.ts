import { createServer } from "node:net";

/**
 * A free TCP port on 127.0.0.1: the OS picks one for a listener, which is closed again before the
 * port is returned. Another process could take it in between; in practice this does not happen.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
