import { readdirSync, readFileSync } from "node:fs";

/** Kernel clock ticks per second for /proc CPU times (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;
const PAGE_BYTES = 4096;

type ProcStat = { pid: number; ppid: number; rssBytes: number };

/** Fields of /proc/<pid>/stat after the command name (which may contain spaces and parentheses). */
function statFields(pid: number | "self"): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null; // the process ended between listing and reading
  }
}

function allProcesses(): ProcStat[] {
  const result: ProcStat[] = [];
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const fields = statFields(pid);
    // fields[0] is state (field 3), so field n is fields[n - 3]: ppid = 4, rss = 24 (pages).
    if (fields) result.push({ pid, ppid: Number(fields[1]), rssBytes: Number(fields[21]) * PAGE_BYTES });
  }
  return result;
}

/** Resident memory (bytes) of `rootPid` and all its descendants now, and how many processes that is. */
export function treeRss(rootPid: number): { bytes: number; processes: number } {
  const processes = allProcesses();
  const children = new Map<number, ProcStat[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const root = processes.find((p) => p.pid === rootPid);
  if (!root) return { bytes: 0, processes: 0 };
  let bytes = 0;
  let count = 0;
  const stack = [root];
  while (stack.length) {
    const p = stack.pop() as ProcStat;
    bytes += p.rssBytes;
    count += 1;
    stack.push(...(children.get(p.pid) ?? []));
  }
  return { bytes, processes: count };
}

/**
 * Samples the summed RSS of a process tree every `intervalMs` (default 50 ms) until stopped.
 * RSS is summed over processes (pages shared between processes, e.g. Chromium's, are counted
 * once per process), so it is an upper bound of the tree's real memory.
 */
export function sampleTreeRss(
  rootPid: number,
  intervalMs = 50,
): { stop: () => { peakBytes: number; peakProcesses: number; samples: number } } {
  let peakBytes = 0;
  let peakProcesses = 0;
  let samples = 0;
  const sample = () => {
    const { bytes, processes } = treeRss(rootPid);
    samples += 1;
    if (bytes > peakBytes) {
      peakBytes = bytes;
      peakProcesses = processes;
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakBytes, peakProcesses, samples };
    },
  };
}

/**
 * CPU seconds (user, system) of this process's waited-for children, from /proc/self/stat
 * (cutime, cstime). A child's figure includes its own reaped descendants (Chromium helpers,
 * Pagefind), so the difference across one step is the step's whole process tree.
 */
export function reapedChildrenCpu(): { userS: number; systemS: number } {
  const fields = statFields("self");
  if (!fields) throw new Error("cannot read /proc/self/stat (the benchmark needs Linux /proc)");
  return { userS: Number(fields[13]) / CLOCK_TICKS, systemS: Number(fields[14]) / CLOCK_TICKS };
}
