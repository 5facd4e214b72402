// Memory in use. Linux: MemTotal − MemAvailable from /proc/meminfo (MemAvailable counts
// reclaimable cache as free, which is what "used" should mean). Elsewhere: os.totalmem/freemem.
import { openSync, readSync } from 'node:fs';
import { freemem, totalmem } from 'node:os';

export interface MemoryReading {
  usedB: number;
  totalB: number;
}

const KB = 1024; // /proc/meminfo's "kB" are KiB

// Looks fields up by name instead of splitting all ~55 lines: this runs every tick.
function fieldB(text: string, name: string): number | undefined {
  let at = text.startsWith(`${name}:`) ? 0 : text.indexOf(`\n${name}:`);
  if (at < 0) return undefined;
  at = text.indexOf(':', at) + 1;
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  let end = at;
  while (text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  return end > at ? Number(text.slice(at, end)) * KB : undefined;
}

export function parseMeminfo(text: string): MemoryReading {
  const totalB = fieldB(text, 'MemTotal');
  if (totalB === undefined) throw new Error(`/proc/meminfo: no MemTotal line in ${JSON.stringify(text.slice(0, 80))}`);
  // Kernels before 3.14 lack MemAvailable; approximate it the way free(1) did then.
  const availableB =
    fieldB(text, 'MemAvailable') ??
    (fieldB(text, 'MemFree') ?? 0) + (fieldB(text, 'Buffers') ?? 0) + (fieldB(text, 'Cached') ?? 0);
  return { totalB, usedB: Math.max(0, totalB - availableB) };
}

export function createMemoryReader(
  opts: { platform?: NodeJS.Platform; meminfoPath?: string } = {},
): () => MemoryReading {
  const platform = opts.platform ?? process.platform;
  if (platform === 'linux') {
    const path = opts.meminfoPath ?? '/proc/meminfo';
    // One descriptor kept open and re-read from offset 0 into a reused buffer.
    let fd = -1;
    const buf = Buffer.allocUnsafe(8192);
    return () => {
      if (fd < 0) fd = openSync(path, 'r');
      const n = readSync(fd, buf, 0, buf.length, 0);
      return parseMeminfo(buf.toString('latin1', 0, n));
    };
  }
  return () => {
    const totalB = totalmem();
    return { totalB, usedB: totalB - freemem() };
  };
}
