import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOsCpusReader, ticksFromOsCpus } from '../../../src/meter/os-cpus';
import { utilisationBetween } from '../../../src/meter/proc-stat';

const FIX = join(__dirname, '../../fixtures/meter/os-cpus');
const load = <T>(f: string): T => JSON.parse(readFileSync(join(FIX, f), 'utf8')) as T;
type Snap = { times: { user: number; nice: number; sys: number; idle: number; irq: number } }[];

describe('os.cpus() times (macOS, Windows)', () => {
  it('sums the Node docs snapshot: busy = user+nice+sys+irq, total adds idle', () => {
    const { snapshot } = load<{ snapshot: Snap }>('nodejs-docs-4cpu.json');
    const t = ticksFromOsCpus(snapshot);
    // 282360 + 333940 + 270200 + 276330 busy; idle 4283750800
    expect(t.cpu).toEqual({ busy: 1162830, total: 1162830 + 4283750800 });
    expect(t.perCpu[3]).toEqual({ busy: 256880 + 19430 + 20, total: 256880 + 19430 + 20 + 1070905480 });
  });

  it('utilisation between two captured snapshots is the delta ratio', () => {
    const { before, after } = load<{ before: Snap; after: Snap }>('linux-firecracker-2cpu-busy-1s.json');
    const a = ticksFromOsCpus(before);
    const b = ticksFromOsCpus(after);
    // busy +900+100 on CPU 0, +790+220 on CPU 1, idle unchanged: 2010 of 2010 ms
    expect(b.cpu.busy - a.cpu.busy).toBe(2010);
    expect(utilisationBetween(a.cpu, b.cpu)).toBe(1);
    // Half busy: 500 ms busy of 1000 ms.
    const half = ticksFromOsCpus([{ times: { user: 400, nice: 0, sys: 100, idle: 500, irq: 0 } }]);
    expect(utilisationBetween({ busy: 0, total: 0 }, half.cpu)).toBe(0.5);
  });

  it('refuses an empty list or malformed times, naming the CPU', () => {
    expect(() => ticksFromOsCpus([])).toThrow(/no CPUs/);
    expect(() => ticksFromOsCpus([{ times: { user: 1, nice: 0, sys: NaN, idle: 1, irq: 0 } }])).toThrow(
      /os.cpus\(\)\[0\].times/,
    );
  });

  it('the reader calls the injected os.cpus each time', () => {
    let n = 0;
    const r = createOsCpusReader(() => [{ times: { user: ++n * 10, nice: 0, sys: 0, idle: 90, irq: 0 } }]);
    expect(r.read().cpu).toEqual({ busy: 10, total: 100 });
    expect(r.read().cpu).toEqual({ busy: 20, total: 110 });
  });
});

describe('the sampler on macOS and Windows', () => {
  it('reads cumulative os.cpus() times (source os-cpus), which the integrator turns into utilisation', async () => {
    const { defaultCpuReader } = await import('../../../src/meter/sampler');
    for (const platform of ['win32', 'darwin'] as const) {
      const r = await defaultCpuReader(platform);
      expect(r.source).toBe('os-cpus');
      const a = (await r.read()).cpu!;
      const b = (await r.read()).cpu!;
      expect(b.total).toBeGreaterThanOrEqual(a.total);
      expect(utilisationBetween(a, b)).toBeGreaterThanOrEqual(0);
    }
  });
});
