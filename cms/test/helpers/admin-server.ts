import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import path from "node:path";
import { ensureAdminBuild } from "../../src/admin-build.ts";
import { createFirstUserToken } from "../../src/auth/firstUserToken.ts";
import { REPO } from "./cms.ts";
import type { Json } from "./http.ts";
import { startAdmin } from "./next-app.ts";

/** The first 관리자's sign-in of the admin tests. */
export const EMAIL = "admin@example.kr";
export const PASSWORD = "admin-password-1";

/** An answer of the admin's API: status, headers and parsed JSON body. */
export type ApiAnswer = { status: number; headers: Headers; json: Json };

/** The production admin of a test file, on its own temporary database. */
export type AdminServer = {
  url: string;
  /** The first-user link's token file (removed once the first 관리자 exists) and its token. */
  tokenFile: string;
  firstUserToken: string;
  /** The variables the server was started with (its database, secret and upload folder among them). */
  env: Record<string, string>;
  /** The server's output so far (for failure messages). */
  output: () => string;
  close: () => Promise<void>;
};

/**
 * Builds the admin when needed (`ensureAdminBuild`) and starts `next start` on a fresh SQLite file
 * and upload folder in `<repo>/.tmp/cms-<name>-XXXXXX`, with a first-user link token and
 * `TRUST_PROXY=1` (the tests stand for several client addresses with X-Forwarded-For), and `extra`
 * (e.g. PREVIEW_RENDERER_URL, or a MEDIA_DIR the caller owns).
 */
export async function startAdminServer(name: string, extra: Record<string, string> = {}): Promise<AdminServer> {
  await ensureAdminBuild({ quiet: true });
  mkdirSync(path.join(REPO, ".tmp"), { recursive: true });
  const dir = mkdtempSync(path.join(REPO, ".tmp", `cms-${name}-`));
  const tokenFile = path.join(dir, "first-user-token");
  const firstUserToken = createFirstUserToken(tokenFile);
  const env = {
    DATABASE_URI: `file:${path.join(dir, "cms.db")}`,
    MEDIA_DIR: path.join(dir, "media"),
    PAYLOAD_SECRET: "admin-test-secret-0123456789abcdef0123456789",
    JOBS_AUTORUN: "false",
    FIRST_USER_TOKEN_FILE: tokenFile,
    TRUST_PROXY: "1",
    ...extra,
  };
  const server = await startAdmin(env);
  return {
    url: server.url,
    tokenFile,
    firstUserToken,
    env,
    output: server.output,
    close: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A JSON client of the admin at `base`: `api(method, path, body?, auth = true, from?)` sends the
 * current `token()` as `Authorization: JWT …` when `auth`, and `from` as X-Forwarded-For.
 */
export function adminApi(base: string, token: () => string | undefined) {
  return async (method: string, url: string, body?: unknown, auth = true, from?: string): Promise<ApiAnswer> => {
    const bearer = auth ? token() : undefined;
    const response = await fetch(`${base}${url}`, {
      method,
      headers: {
        "content-type": "application/json",
        ...(bearer ? { authorization: `JWT ${bearer}` } : {}),
        ...(from ? { "x-forwarded-for": from } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, json: (await response.json()) as Json };
  };
}

/**
 * POSTs to `base` + `url` `total` bytes in 64 KiB chunks (chunked unless `headers` declares a length), never faster than
 * the server reads, and stops as soon as an answer arrives. Returns the status and the bytes written.
 * The connection is kept alive, as a browser's is: on `Connection: close` Node's server closes the socket
 * right after its answer with the unread body still queued, and the reset can reach the client before it
 * has read the answer (a write EPIPE instead of the 413).
 */
export function sendInChunks(base: string, url: string, headers: Record<string, string>, total: number) {
  return new Promise<{ status: number; sent: number; body: string }>((resolve, reject) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const req = httpRequest(`${base}${url}`, { method: "POST", headers, agent });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      const at = sent;
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, sent: at, body });
        req.destroy();
        agent.destroy();
      });
    });
    req.on("error", (error) => {
      agent.destroy();
      if (!answered) reject(error);
    });
    // One chunk per turn of the event loop, and a pause after each stall, so an answer is seen as soon
    // as it arrives: once Node's server has answered, it reads and drops the rest of a refused body (to
    // keep the connection), and a client writing flat out would count those bytes as read before the answer.
    const pump = () => {
      if (answered) return;
      if (sent >= total) return void req.end();
      sent += chunk.length;
      if (req.write(chunk)) setImmediate(pump);
      else req.once("drain", () => setTimeout(pump, 2));
    };
    pump();
  });
}
