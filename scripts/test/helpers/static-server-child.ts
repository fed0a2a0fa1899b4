/**
 * Runs the real site server in its own process, for tests that must see whether a request can end
 * it: `node --import tsx static-server-child.ts <root> [base]`. Prints `LISTENING <port>` once it
 * listens on 127.0.0.1. Timeouts are short so slow clients are cut off within a test's run.
 */
import type { AddressInfo } from "node:net";
import { createStaticServer } from "../../src/serve/static-server.ts";

const [root, base] = process.argv.slice(2);
if (!root) throw new Error("usage: static-server-child.ts <root> [base]");
const server = createStaticServer({
  root,
  base: base ?? "/",
  headersTimeoutMs: 2_000,
  requestTimeoutMs: 4_000,
  idleTimeoutMs: 8_000,
});
server.listen(0, "127.0.0.1", () => {
  console.log(`LISTENING ${(server.address() as AddressInfo).port}`);
});
