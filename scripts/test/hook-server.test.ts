/**
 * `pnpm start`'s rebuild hook, as the CMS server calls it: real HTTP requests to a real server.
 */
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type HookServer, startHookServer } from "../src/start/hook-server.ts";

const TOKEN = "0123456789abcdef0123456789abcdef";
let hook: HookServer;
let calls = 0;

beforeAll(async () => {
  hook = await startHookServer({ port: 0, token: TOKEN, onRebuild: () => calls++ });
});
afterAll(() => {
  hook.server.close();
  hook.server.closeAllConnections();
});

/** Sends `method path` to the hook and returns the status, content type and body. */
function send(method: string, path: string): Promise<{ status: number; type?: string; body: string }> {
  const { port } = hook.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the rebuild hook", () => {
  test("listens on loopback only, and its URL carries the port and the token", () => {
    const { address, port } = hook.server.address() as AddressInfo;
    expect(address).toBe("127.0.0.1");
    expect(hook.url).toBe(`http://127.0.0.1:${port}/rebuild?token=${TOKEN}`);
  });

  test("POST with the right token queues a rebuild: 202 and one call each time", async () => {
    const before = calls;
    const path = new URL(hook.url).pathname + new URL(hook.url).search;
    expect(await send("POST", path)).toEqual({ status: 202, type: "application/json", body: '{"queued":true}' });
    await send("POST", path);
    expect(calls).toBe(before + 2);
  });

  test.each([
    ["GET", `/rebuild?token=${TOKEN}`],
    ["PUT", `/rebuild?token=${TOKEN}`],
    ["POST", "/rebuild?token=0123456789abcdef0123456789abcdee"],
    ["POST", `/rebuild?token=${TOKEN}x`],
    ["POST", `/rebuild?token=${TOKEN.slice(1)}`],
    ["POST", "/rebuild?token="],
    ["POST", "/rebuild"],
    ["POST", `/other?token=${TOKEN}`],
    ["POST", `/rebuild?token=${TOKEN}&again=1`],
    ["POST", "/"],
  ])("%s %s: empty 404, nothing queued", async (method, path) => {
    const before = calls;
    expect(await send(method, path)).toMatchObject({ status: 404, body: "" });
    expect(calls).toBe(before);
  });

  test("a new start gets a new random token unless one is given", async () => {
    const other = await startHookServer({ port: 0, onRebuild: () => undefined });
    try {
      expect(other.url).toMatch(/\/rebuild\?token=[0-9a-f]{32}$/);
      expect(other.url).not.toContain(TOKEN);
    } finally {
      other.server.close();
    }
  });

  test("a port in use is an error, not a silent start", async () => {
    const { port } = hook.server.address() as AddressInfo;
    await expect(startHookServer({ port, onRebuild: () => undefined })).rejects.toThrow(/EADDRINUSE/);
  });
});
