/**
 * A small `npm start` for the ProcessGroup test: `node --import tsx process-group-parent.ts`.
 * It starts an essential child (like the CMS server) that starts a grandchild, a plain child (like
 * an Astro build) that starts a grandchild, and a plain child that ignores SIGTERM (needs SIGKILL);
 * then prints `PIDS <json>` and waits. SIGUSR2 makes it throw an uncaught exception.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { ProcessGroup } from "../../src/cli/process-group.ts";

/** A node process that starts one grandchild, prints `<own pid> <grandchild pid>`, then idles. */
const WITH_GRANDCHILD = `
const { spawn } = require("node:child_process");
const grandchild = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
console.log(process.pid + " " + grandchild.pid);
setInterval(() => {}, 1000);`;
const STUBBORN = `process.on("SIGTERM", () => {}); console.log(process.pid + " " + process.pid); setInterval(() => {}, 1000);`;

const group = new ProcessGroup({ graceMs: 1_000 }).install();
group.onStop(() => console.log("cleanup ran"));
process.on("SIGUSR2", () => {
  throw new Error("시험용 처리하지 못한 오류");
});

async function pidsOf(child: ReturnType<typeof spawn>): Promise<number[]> {
  const [line] = (await once(child.stdout as NodeJS.ReadableStream, "data")) as [Buffer];
  return line.toString().trim().split(" ").map(Number);
}

const essential = group.spawnEssential(
  process.execPath,
  ["-e", WITH_GRANDCHILD],
  { stdio: ["ignore", "pipe", "inherit"] },
  (code, signal) => `CMS 서버가 멈췄습니다 (${signal ?? `exit ${code}`}).`,
);
const build = spawn(process.execPath, ["-e", WITH_GRANDCHILD], { stdio: ["ignore", "pipe", "inherit"] });
const stubborn = spawn(process.execPath, ["-e", STUBBORN], { stdio: ["ignore", "pipe", "inherit"] });
if (!essential) throw new Error("not started");
const [essentialPids, buildPids, stubbornPids] = await Promise.all([essential, build, stubborn].map(pidsOf));
console.log(`PIDS ${JSON.stringify({ essential: essentialPids, build: buildPids, stubborn: stubbornPids })}`);
