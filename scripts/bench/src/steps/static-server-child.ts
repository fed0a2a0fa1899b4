/**
 * The release's static server in its own process, for the `static-api` step (so that the load
 * generator does not share its event loop, as in the `rest` step): `node --import tsx
 * static-server-child.ts <root>`. Prints `LISTENING <port>` once it listens on 127.0.0.1.
 */
import type { AddressInfo } from "node:net";
import { createStaticServer } from "@lifewelfare/scripts/serve";

const [root] = process.argv.slice(2);
if (!root) throw new Error("usage: static-server-child.ts <root>");
const server = createStaticServer({ root });
server.listen(0, "127.0.0.1", () => {
  console.log(`LISTENING ${(server.address() as AddressInfo).port}`);
});
