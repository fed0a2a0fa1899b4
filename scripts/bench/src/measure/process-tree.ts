import { readdirSync, readFileSync } from "node:fs";

/** Kernel clock ticks per second for /proc CPU times (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;
const PAGE_BYTES = 4096;

type ProcStat = { pid: number; ppid: number; rssBytes: number; cpuTicks: number; startTicks: number };

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
    // fields[0] is state (field 3), so field n is fields[n - 3]: ppid = 4, utime = 14, stime = 15,
    // starttime = 22, rss = 24 (pages).
    if (fields) {
      result.push({
        pid,
        ppid: Number(fields[1]),
        rssBytes: Number(fields[21]) * PAGE_BYTES,
        cpuTicks: Number(fields[11]) + Number(fields[12]),
        startTicks: Number(fields[19]),
      });
    }
  }
  return result;
}

/**
 * Proportional set size of a process (bytes), from /proc/<pid>/smaps_rollup: each resident page
 * divided by the number of processes mapping it, so pages shared between Chromium's processes
 * count once in a tree's sum. 0 when the process ended or the file is unreadable.
 */
function pssBytes(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** `rootPid` and all its descendants now. */
function treeProcesses(rootPid: number): ProcStat[] {
  const processes = allProcesses();
  const children = new Map<number, ProcStat[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const root = processes.find((p) => p.pid === rootPid);
  if (!root) return [];
  const tree: ProcStat[] = [];
  const stack = [root];
  while (stack.length) {
    const p = stack.pop() as ProcStat;
    tree.push(p);
    stack.push(...(children.get(p.pid) ?? []));
  }
  return tree;
}

/** What sampling a process tree found. */
export type TreeSample = {
  peakBytes: number;
  peakProcesses: number;
  /** Peak of the tree's summed PSS (bytes), sampled every `PSS_EVERY` samples. */
  peakPssBytes: number;
  samples: number;
  /** Σ over every process seen of its last sampled user+system CPU (s). */
  sampledCpuS: number;
};

/**
 * Every how many samples the tree's PSS is read too (every second at the default interval):
 * smaps_rollup walks each process's page tables, about 60 ms of CPU for a 2.7 GB Chromium tree
 * (measured on the bench machine), against 0.3 ms for the RSS in `stat`.
 */
const PSS_EVERY = 20;

/**
 * Samples a process tree every `intervalMs` (default 50 ms) until stopped: the peak of its summed
 * RSS (pages shared between processes, e.g. Chromium's, are counted once per process, so this is
 * an upper bound of the tree's real memory), the peak of its summed PSS (shared pages divided
 * between their processes: the tree's real share of memory, read every `PSS_EVERY` samples), and
 * the CPU of every process seen. The sampled CPU
 * also covers processes no ancestor waits for (Chromium's renderers are reparented when the
 * zygote exits, so their CPU never reaches the kernel's reaped-children figure); it misses the
 * last < 50 ms of each process and processes shorter than one interval.
 */
export function sampleTree(rootPid: number, intervalMs = 50): { stop: () => TreeSample } {
  let peakBytes = 0;
  let peakProcesses = 0;
  let peakPssBytes = 0;
  let samples = 0;
  const cpu = new Map<string, number>();
  const sample = () => {
    const tree = treeProcesses(rootPid);
    samples += 1;
    let bytes = 0;
    for (const p of tree) {
      bytes += p.rssBytes;
      cpu.set(`${p.pid}@${p.startTicks}`, p.cpuTicks);
    }
    if (bytes > peakBytes) {
      peakBytes = bytes;
      peakProcesses = tree.length;
    }
    if (samples % PSS_EVERY === 1) {
      peakPssBytes = Math.max(peakPssBytes, treePss(tree));
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      const ticks = [...cpu.values()].reduce((a, b) => a + b, 0);
      return { peakBytes, peakProcesses, peakPssBytes, samples, sampledCpuS: ticks / CLOCK_TICKS };
    },
  };
}

/** Summed PSS (bytes) of the given processes. */
function treePss(tree: ProcStat[]): number {
  return tree.reduce((sum, p) => sum + pssBytes(p.pid), 0);
}

/** User+system CPU seconds used so far by `rootPid` and its living descendants. */
export function treeCpuS(rootPid: number): number {
  return treeProcesses(rootPid).reduce((sum, p) => sum + p.cpuTicks, 0) / CLOCK_TICKS;
}

/** Current summed RSS (bytes) of `rootPid` and its descendants. */
export function treeRss(rootPid: number): number {
  return treeProcesses(rootPid).reduce((sum, p) => sum + p.rssBytes, 0);
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

/**
 * SIGKILLs `rootPid` and every descendant. Killing the root's process group is not enough: a
 * Chromium launched by Puppeteer runs in a process group of its own and would go on printing
 * (found when a timed-out 5,000-policy print kept a 9 GB renderer busy).
 */
export function killTree(rootPid: number): void {
  for (const p of treeProcesses(rootPid).reverse()) {
    try {
      process.kill(p.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}
