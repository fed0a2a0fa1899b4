import { connect } from "node:net";

/** What came back on one raw connection: every status line's code, the text, the first body, who closed. */
export type RawResponse = { statuses: number[]; text: string; body: Buffer; closedByServer: boolean };

/**
 * True once `data` holds one whole response to a `method` request: its head, and as many body
 * bytes as `Content-Length` says (none for HEAD, 1xx, 204 and 304).
 */
function isComplete(data: Buffer, method: string): boolean {
  const end = data.indexOf("\r\n\r\n");
  if (end === -1) return false;
  const head = data.subarray(0, end).toString("latin1");
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1]);
  if (method === "HEAD" || status < 200 || status === 204 || status === 304) return true;
  const length = /^content-length: *(\d+)\r?$/im.exec(head)?.[1];
  return length !== undefined && data.length - end - 4 >= Number(length);
}

/** Raw-TCP requests to the server on 127.0.0.1:`port` (for bytes no HTTP client would send). */
export function rawClient(port: number) {
  /**
   * Sends `bytes` on a fresh connection and collects the answer: the connection is dropped once one
   * whole response arrived or the server closed it. `halfClose` ends our side after sending (how a
   * truncated request is finished: the server then answers what it parsed). `trickle` sends one byte
   * every `trickle` ms instead and never ends (a slow client).
   */
  function raw(
    bytes: Buffer | string,
    options: { method?: string; halfClose?: boolean; trickle?: number } = {},
  ): Promise<RawResponse> {
    const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, "latin1");
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      const socket = connect(port, "127.0.0.1");
      let timer: NodeJS.Timeout | undefined;
      let closedByServer = false;
      const giveUp = setTimeout(() => socket.destroy(), 20_000);
      socket.on("data", (chunk) => {
        chunks.push(chunk);
        if (!options.trickle && isComplete(Buffer.concat(chunks), options.method ?? "GET")) socket.destroy();
      });
      socket.on("end", () => (closedByServer = true));
      socket.on("error", () => (closedByServer = true)); // reset by the server
      socket.on("close", () => {
        clearTimeout(giveUp);
        clearInterval(timer);
        const all = Buffer.concat(chunks);
        const text = all.toString("latin1");
        const statuses = [...text.matchAll(/^HTTP\/1\.[01] (\d{3}) /gm)].map((m) => Number(m[1]));
        const split = all.indexOf("\r\n\r\n");
        resolve({ statuses, text, body: split === -1 ? Buffer.alloc(0) : all.subarray(split + 4), closedByServer });
      });
      socket.on("connect", () => {
        if (options.trickle) {
          let at = 0;
          timer = setInterval(() => {
            if (at < data.length && socket.writable) socket.write(data.subarray(at, ++at));
          }, options.trickle);
        } else if (options.halfClose) socket.end(data);
        else socket.write(data);
      });
    });
  }

  /** One request with a normal head (`headers` added), over raw TCP. */
  const request = (target: string, headers: string[] = [], method = "GET") =>
    raw(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\n${headers.map((h) => `${h}\r\n`).join("")}\r\n`, {
      method,
    });
  return { raw, request };
}

/** The value of the response header `name` (case-insensitive), from the first response's head. */
export const header = (response: RawResponse, name: string) =>
  new RegExp(`^${name}: (.*)\\r$`, "im").exec(response.text.split("\r\n\r\n")[0] ?? "")?.[1];
