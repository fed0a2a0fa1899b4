/**
 * The webhook runner (SITE_REBUILD_WEBHOOK) against a real HTTP server on loopback: what it sends,
 * what counts as a failure, and that the environment's webhook wins over a rebuild command.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublicationChange } from "../src/rebuild/types.ts";
import { prepareTempCms } from "../src/testing/temp-cms.ts";
import { startHookServer } from "./helpers/rebuild.ts";

let hooks: Awaited<ReturnType<typeof startHookServer>>;
let url: string;
let rebuild: typeof import("../src/rebuild/index.ts");
let runners: typeof import("../src/rebuild/runners.ts");

const CHANGES: PublicationChange[] = [
  { entity: "policies", documentId: "7", title: "임신축하금", action: "publish", at: "2026-11-20T01:00:00.000Z" },
];

beforeAll(async () => {
  hooks = await startHookServer();
  url = hooks.url;
  // Both configured: the webhook is preferred (README, cms/.env.example).
  prepareTempCms("webhook", { SITE_REBUILD_WEBHOOK: url, SITE_REBUILD_COMMAND: "exit 1" });
  rebuild = await import("../src/rebuild/index.ts");
  runners = await import("../src/rebuild/runners.ts");
});

afterAll(async () => {
  await hooks?.close();
});

describe("webhook runner", () => {
  it("with both a webhook and a command configured, the webhook is the runner", async () => {
    hooks.answer.status = 202;
    hooks.received.length = 0;
    const runner = rebuild.configuredRunner();
    expect(runner?.step).toBe("재빌드 웹훅 호출");
    await expect(runner?.run(CHANGES)).resolves.toBe("웹훅이 HTTP 202로 응답했습니다.");
    expect(hooks.received).toHaveLength(1);
  });

  it("POSTs the changes as JSON, naming the CMS as the source", async () => {
    hooks.answer.status = 204;
    hooks.received.length = 0;
    await expect(runners.webhookRunner(url).run(CHANGES)).resolves.toBe("웹훅이 HTTP 204로 응답했습니다.");
    expect(hooks.received).toEqual([
      { method: "POST", contentType: "application/json", body: { source: "lifewelfare-cms", changes: CHANGES } },
    ]);
  });

  it("a non-2xx answer is a failure that names the HTTP status in Korean", async () => {
    for (const status of [404, 500, 503]) {
      hooks.answer.status = status;
      await expect(runners.webhookRunner(url).run(CHANGES)).rejects.toThrow(`웹훅이 HTTP ${status}로 응답했습니다.`);
    }
  });

  it("a webhook that never answers fails at the timeout instead of holding the rebuild forever", async () => {
    hooks.answer.status = "hang";
    await expect(runners.webhookRunner(url, 300).run(CHANGES)).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("a webhook nobody listens on is a failure, not a success", async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, "127.0.0.1", done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    await expect(runners.webhookRunner(`http://127.0.0.1:${port}/`).run(CHANGES)).rejects.toThrow();
  });
});
