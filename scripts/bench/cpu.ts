import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

import type postgres from "postgres";

/** Clock ticks per second of the utime and stime fields in /proc/<pid>/stat. */
function clockTicksPerSecond(): number {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
}

const TICKS_PER_SECOND = existsSync("/proc/self/stat") ? clockTicksPerSecond() : 100;

type ProcStat = { processGroup: number; cpuMs: number };

/** Parse /proc/<pid>/stat. Returns null when the process has exited or /proc is missing (not Linux). */
function readProcStat(pid: number): ProcStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // The command name is in brackets and may contain spaces, so split after its closing bracket.
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  // After the name: state, ppid, pgrp, ..., utime at index 11 and stime at 12 (proc(5), fields 3, 4, 5, 14, 15).
  const ticks = Number(fields[11]) + Number(fields[12]);

  return { processGroup: Number(fields[2]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
}

/** Whether CPU time can be read here: Linux with /proc. */
export const CPU_METERING_AVAILABLE = existsSync("/proc/self/stat");

/** Process ids in the process group `processGroup`, read from /proc. */
export async function processGroupPids(processGroup: number): Promise<number[]> {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => readProcStat(pid)?.processGroup === processGroup);
}

/** Process ids of the PostgreSQL backends connected to `database`, except the querying one. */
export async function backendPids(sql: postgres.Sql, database: string): Promise<number[]> {
  const rows = await sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${database} and pid <> pg_backend_pid()`;

  return rows.map((row) => row.pid);
}

/**
 * CPU time (user + system) that a changing set of processes uses between
 * `start` and `stop`. The set is listed again at `stop`, and a process that
 * started in between counts from zero.
 * NOTE: a process that exits before `stop` is not counted.
 */
export class CpuMeter {
  private before = new Map<number, number>();

  constructor(private readonly listPids: () => Promise<number[]>) {}

  async start(): Promise<void> {
    this.before = new Map();
    for (const pid of await this.listPids()) {
      const stat = readProcStat(pid);
      if (stat) this.before.set(pid, stat.cpuMs);
    }
  }

  /** CPU milliseconds used since `start`, or null when /proc is not available. */
  async stop(): Promise<number | null> {
    if (!CPU_METERING_AVAILABLE) return null;

    let total = 0;
    for (const pid of await this.listPids()) {
      const stat = readProcStat(pid);
      if (stat) total += stat.cpuMs - (this.before.get(pid) ?? 0);
    }

    return total;
  }
}

/** CPU milliseconds this Node.js process used since `since` (from process.cpuUsage()). */
export function ownCpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);

  return (used.user + used.system) / 1000;
}

export type CpuUsage = {
  wallMs: number;
  // CPU milliseconds per group of processes, or null where /proc is not available.
  processesMs: Record<string, number | null>;
  // This process: the load generator, or the direct-write client.
  benchProcessMs: number;
};

/** Measure the CPU time of several process groups and of this process over one phase, between `start` and `end`. */
export function createCpuPhase(meters: Record<string, CpuMeter>) {
  let ownBefore = process.cpuUsage();
  let wallBefore = performance.now();
  let usage: CpuUsage | undefined;

  return {
    start: async () => {
      await Promise.all(Object.values(meters).map((meter) => meter.start()));
      ownBefore = process.cpuUsage();
      wallBefore = performance.now();
    },
    end: async () => {
      const wallMs = performance.now() - wallBefore;
      const benchProcessMs = ownCpuMs(ownBefore);
      const processesMs: Record<string, number | null> = {};
      for (const [name, meter] of Object.entries(meters)) processesMs[name] = await meter.stop();
      usage = { wallMs, processesMs, benchProcessMs };
    },
    usage: (): CpuUsage => {
      if (!usage) throw new Error("CPU usage was read before the phase ended.");
      return usage;
    },
  };
}
