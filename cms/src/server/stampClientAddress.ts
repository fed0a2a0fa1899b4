import { type IncomingMessage, Server } from "node:http";
import { CLIENT_ADDRESS_HEADER } from "./clientAddress.ts";

const STAMPED = Symbol.for("lifewelfare.stampClientAddress");

/**
 * Makes every Node HTTP server of this process write the socket's peer address into
 * CLIENT_ADDRESS_HEADER of each request before any listener sees it, overwriting a client-sent value.
 * `next start` gives route handlers no access to the socket (only an `X-Forwarded-For` that the client
 * may have written), so the CMS server calls this once from `src/instrumentation.ts`; wrapping the
 * prototype's `emit` also covers the server Next created before instrumentation ran. Idempotent.
 */
export function stampClientAddress(): void {
  const proto = Server.prototype as Server & { [STAMPED]?: boolean };
  if (proto[STAMPED]) return;
  proto[STAMPED] = true;
  const emit = proto.emit;
  proto.emit = function stampedEmit(this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request" || event === "checkContinue" || event === "checkExpectation") {
      const req = args[0] as IncomingMessage;
      req.headers[CLIENT_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "unknown";
    }
    return Reflect.apply(emit, this, [event, ...args]);
  } as Server["emit"];
}
