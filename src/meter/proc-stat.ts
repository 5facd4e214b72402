// CPU utilisation on Linux from /proc/stat's cumulative tick counters. Storing the counters
// (not a percentage) lets utilisation over any interval be computed exactly from a delta,
// even across a gap where the sampler was starved.
import { closeSync, openSync, readSync } from 'node:fs';

export interface CpuTicks {
  busy: number;
  total: number;
}

export interface ProcStat {
  cpu: CpuTicks;
  perCpu: CpuTicks[];
}

// Columns: user nice system idle iowait irq softirq steal guest guest_nice.
// guest/guest_nice are already counted inside user/nice, so they are left out of the sum.
// steal is wall time the hypervisor gave to someone else: part of the total, never busy.
function ticksFromFields(fields: string[], line: string): CpuTicks {
  const n = (i: number): number => {
    const v = fields[i];
    if (v === undefined) return 0; // old kernels have fewer columns
    const x = Number(v);
    if (!Number.isFinite(x)) throw new Error(`/proc/stat: column ${i} of "${line}" is "${v}", expected a tick count`);
    return x;
  };
  const user = n(1),
    nice = n(2),
    system = n(3),
    idle = n(4),
    iowait = n(5);
  const irq = n(6),
    softirq = n(7),
    steal = n(8);
  const busy = user + nice + system + irq + softirq;
  return { busy, total: busy + idle + iowait + steal };
}

export function parseProcStat(text: string): ProcStat {
  let cpu: CpuTicks | undefined;
  const perCpu: CpuTicks[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (!text.startsWith('cpu', start)) break; // the cpu lines come first; stop at "intr"
    const line = text.slice(start, end);
    const fields = line.split(/\s+/);
    if (fields[0] === 'cpu') cpu = ticksFromFields(fields, line);
    else perCpu.push(ticksFromFields(fields, line));
    start = end + 1;
  }
  if (!cpu) throw new Error(`/proc/stat: no aggregate "cpu" line in ${JSON.stringify(text.slice(0, 80))}`);
  return { cpu, perCpu };
}

/** Mean utilisation 0..1 between two readings of the same counters. */
export function utilisationBetween(prev: CpuTicks, next: CpuTicks): number {
  const dTotal = next.total - prev.total;
  if (dTotal <= 0) return 0; // no ticks elapsed (two reads in the same jiffy)
  const u = (next.busy - prev.busy) / dTotal;
  return u < 0 ? 0 : u > 1 ? 1 : u;
}

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const ZERO = 0x30;
const NINE = 0x39;
/** "cpu" as bytes. */
const C = 0x63,
  P = 0x70,
  U = 0x75;

/**
 * parseProcStat on the raw bytes, for the per-tick read: no string for the text, no split, no
 * regular expression, only the CpuTicks it returns. Anything unexpected (a non-digit column)
 * falls back to parseProcStat on the text, which names the bad value.
 */
export function parseProcStatBytes(buf: Buffer, n: number, perCpuWanted = true): ProcStat {
  let cpu: CpuTicks | undefined;
  const perCpu: CpuTicks[] = [];
  // Columns 1..8 of the current line: user nice system idle iowait irq softirq steal.
  const col = [0, 0, 0, 0, 0, 0, 0, 0];
  let at = 0;
  while (at + 3 <= n && buf[at] === C && buf[at + 1] === P && buf[at + 2] === U) {
    const aggregate = buf[at + 3] === SPACE || buf[at + 3] === TAB;
    let i = at + 3;
    while (i < n && buf[i] !== SPACE && buf[i] !== TAB && buf[i] !== NEWLINE) i++; // the rest of "cpuN"
    col.fill(0);
    let k = 0;
    for (;;) {
      while (i < n && (buf[i] === SPACE || buf[i] === TAB)) i++;
      if (i >= n || buf[i] === NEWLINE) break;
      let v = 0;
      const start = i;
      while (i < n && buf[i] >= ZERO && buf[i] <= NINE) v = v * 10 + (buf[i++] - ZERO);
      if (i === start || (i < n && buf[i] !== SPACE && buf[i] !== TAB && buf[i] !== NEWLINE)) {
        return parseProcStat(buf.toString('latin1', 0, n)); // throws with the column and value
      }
      if (k < 8) col[k] = v;
      k++;
    }
    const busy = col[0] + col[1] + col[2] + col[5] + col[6];
    const ticks = { busy, total: busy + col[3] + col[4] + col[7] };
    if (aggregate) cpu = ticks;
    else perCpu.push(ticks);
    at = i + 1;
    // The aggregate line comes first; without per-CPU figures the rest is not even scanned.
    if (aggregate && !perCpuWanted) break;
  }
  if (!cpu) return parseProcStat(buf.toString('latin1', 0, n)); // throws: no aggregate line
  return { cpu, perCpu };
}

/**
 * A reader that keeps /proc/stat open and re-reads it from offset 0 into a reused buffer:
 * one pread per tick, no open/close, no per-tick buffer allocation, and the cpu lines parsed
 * from the bytes (the text is never built).
 */
export function createProcStatReader(
  path = '/proc/stat',
  opts: { perCpu?: boolean } = {},
): { read(): ProcStat; close(): void } {
  const perCpuWanted = opts.perCpu ?? true;
  let fd = openSync(path, 'r');
  let buf = Buffer.allocUnsafe(64 * 1024);
  return {
    read(): ProcStat {
      let n = readSync(fd, buf, 0, buf.length, 0);
      // Only the cpu lines are needed; grow only if they alone overflow the buffer (1000+ CPUs).
      while (n === buf.length && buf.indexOf('\nintr', 0, 'latin1') < 0) {
        buf = Buffer.allocUnsafe(buf.length * 2);
        n = readSync(fd, buf, 0, buf.length, 0);
      }
      return parseProcStatBytes(buf, n, perCpuWanted);
    },
    close(): void {
      if (fd >= 0) closeSync(fd);
      fd = -1;
    },
  };
}
