import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Payload } from "payload";
import type { PublicationChange, RebuildRunner } from "../../src/rebuild/index.ts";
import { policyData } from "./lexical.ts";

/** A runner that records each run; `fail` makes it reject like a broken build command. */
export function recordingRunner(fail = false) {
  const runs: PublicationChange[][] = [];
  const runner: RebuildRunner = {
    step: "테스트 재빌드",
    run: async (changes) => {
      runs.push(changes);
      if (fail) throw new Error("빌드 명령이 종료 코드 1로 끝났습니다.");
      return "완료";
    },
  };
  return { runs, runner };
}

/** Creates and publishes a valid policy titled `title` as `user` (a 검토자 or 관리자), access enforced. */
export const publishPolicy = (payload: Payload, user: Parameters<Payload["create"]>[0]["user"], title: string) =>
  payload.create({
    collection: "policies",
    data: { ...policyData({ title }), _status: "published" },
    user,
    overrideAccess: false,
  });

/** 배포 상태 as stored (the global staff read). */
export const rebuildStatus = (payload: Payload) => payload.findGlobal({ slug: "rebuild-status", overrideAccess: true });

/** Queues and runs the 정기 재빌드 task the way the server's job runner does. */
export async function runDailyJob(payload: Payload) {
  await payload.jobs.queue({ task: "dailyRebuild", input: {}, queue: "daily" });
  await payload.jobs.run({ queue: "daily" });
}

/** One request the hook server received. */
export type HookRequest = { method: string; contentType: string; body: unknown };

/**
 * A rebuild webhook receiver on loopback (a CI trigger's stand-in): records each request and
 * answers `answer.status` (default 202), or never answers when it is `"hang"`.
 */
export async function startHookServer() {
  const received: HookRequest[] = [];
  const answer: { status: number | "hang" } = { status: 202 };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    received.push({
      method: req.method ?? "",
      contentType: req.headers["content-type"] ?? "",
      body: JSON.parse(Buffer.concat(chunks).toString("utf8") || "null"),
    });
    if (answer.status === "hang") return;
    res.statusCode = answer.status;
    res.end();
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/rebuild`,
    received,
    answer,
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
