import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryReader, parseMeminfo } from '../../../src/meter/meminfo';
import { FIXTURES } from './sysfs-tree';

describe('parseMeminfo', () => {
  it('used = MemTotal − MemAvailable, in bytes (kB are KiB)', () => {
    // 16 GiB total = 16777216 kB; available 12 GiB = 12582912 kB → used 4 GiB = 4294967296 B
    const r = parseMeminfo('MemTotal:       16777216 kB\nMemFree:         1000000 kB\nMemAvailable:   12582912 kB\n');
    expect(r).toEqual({ totalB: 17179869184, usedB: 4294967296 });
  });
  it('falls back to MemFree+Buffers+Cached on kernels without MemAvailable', () => {
    // 1000 − (100 + 50 + 250) = 600 kB used = 614400 B
    const r = parseMeminfo('MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 50 kB\nCached: 250 kB\n');
    expect(r.usedB).toBe(600 * 1024);
  });
  it('parses a captured /proc/meminfo', () => {
    const text = readFileSync(join(FIXTURES, 'meminfo/this-machine.txt'), 'utf8');
    const r = parseMeminfo(text);
    expect(r.totalB).toBe(24684092 * 1024);
    expect(r.usedB).toBeGreaterThan(0);
    expect(r.usedB).toBeLessThan(r.totalB);
  });
  it('names bad input', () => {
    expect(() => parseMeminfo('nonsense')).toThrow(/no MemTotal line/);
  });
  it('reads this machine on Linux and via os elsewhere', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const r = createMemoryReader({ platform })();
      expect(r.totalB).toBeGreaterThan(r.usedB);
      expect(r.usedB).toBeGreaterThan(0);
    }
  });
});
