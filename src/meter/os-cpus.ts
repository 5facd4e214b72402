// CPU utilisation where there is no /proc/stat (macOS, Windows): os.cpus() gives each logical
// CPU's cumulative times in ms since boot, so, as with /proc/stat, the sampler stores the
// counters and utilisation over any interval is a delta, exact across a starved gap.
import { cpus } from 'node:os';
import type { CpuTicks } from './proc-stat';

export interface OsCpuTimes {
  user: number;
  nice: number;
  sys: number;
  idle: number;
  irq: number;
}

/** Sums os.cpus() times into busy (user+nice+sys+irq) and total (busy+idle), ms. */
export function ticksFromOsCpus(list: ReadonlyArray<{ times: OsCpuTimes }>): { cpu: CpuTicks; perCpu: CpuTicks[] } {
  if (!Array.isArray(list) || list.length === 0) throw new Error('os.cpus() returned no CPUs');
  const perCpu: CpuTicks[] = [];
  let busy = 0;
  let total = 0;
  for (const [i, c] of list.entries()) {
    const t = c?.times;
    const parts = t ? [t.user, t.nice, t.sys, t.irq, t.idle] : [];
    if (parts.length !== 5 || !parts.every((x) => Number.isFinite(x) && x >= 0)) {
      throw new Error(
        `os.cpus()[${i}].times is ${JSON.stringify(t)}; expected non-negative user, nice, sys, idle, irq ms`,
      );
    }
    const b = t.user + t.nice + t.sys + t.irq;
    perCpu.push({ busy: b, total: b + t.idle });
    busy += b;
    total += b + t.idle;
  }
  return { cpu: { busy, total }, perCpu };
}

export function createOsCpusReader(read: () => ReadonlyArray<{ times: OsCpuTimes }> = cpus): {
  read(): { cpu: CpuTicks; perCpu: CpuTicks[] };
} {
  return { read: () => ticksFromOsCpus(read()) };
}
