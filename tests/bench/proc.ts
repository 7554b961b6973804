import { readdirSync, readFileSync } from 'node:fs';

/**
 * Process facts from /proc for the benchmarks. The box is shared and its speed drifts, so the CPU each
 * party used is the fair cost to compare, beside the wall-clock rates.
 */

/** `/proc/<pid>/stat` after the command name: field 3 (state) is [0], ppid [1], utime [11] … cstime [14]. */
function statFields(pid: string): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  } catch {
    return null; // the process has exited
  }
}

const allPids = () => readdirSync('/proc').filter((d) => /^\d+$/.test(d));

/** The pids of the processes whose command line names `needle`. */
export function pidsOf(needle: string): string[] {
  return allPids().filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle);
    } catch {
      return false;
    }
  });
}

/** The pid of the process whose command line names `needle`. */
export const pidOf = (needle: string): string | undefined => pidsOf(needle)[0];

export const peakMiBOf = (pid?: string) =>
  pid
    ? Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024)
    : null;

/** CPU seconds (user + system) a process has used. */
export function cpuSecondsOf(pid?: string): number {
  const fields = pid ? statFields(pid) : null;
  return fields ? (Number(fields[11]) + Number(fields[12])) / 100 : 0;
}

/**
 * CPU seconds of a process and its children, living and exited (PostgreSQL's postmaster and the
 * backends it forks).
 */
export function treeCpuSeconds(root?: string): number {
  const own = root ? statFields(root) : null;
  if (!own) return 0;
  let ticks = own.slice(11, 15).reduce((sum, v) => sum + Number(v), 0);
  for (const pid of allPids()) {
    const fields = statFields(pid);
    if (fields && fields[1] === root) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / 100;
}

/** CPU seconds this process has used. */
export const ownCpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
