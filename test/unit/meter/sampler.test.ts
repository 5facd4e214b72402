import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EndRecord, HeaderRecord, MeterRecord, SampleRecord } from '../../../src/meter/sample-format';
import { parseSamplerArgs } from '../../../src/meter/sampler-args';
import { maxDriftMs, startSampler, type SamplerReaders } from '../../../src/meter/sampler';

const tmpFile = (): string => join(mkdtempSync(join(tmpdir(), 'sampler-')), 'samples.jsonl');
const records = (path: string): MeterRecord[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as MeterRecord);
// While the child is writing, the last line may be incomplete: count only complete ones.
const completeSamples = (path: string): number =>
  existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .slice(0, -1)
        .filter((l) => l.includes('"type":"sample"')).length
    : 0;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** No RAPL and no GPU: the readers the sampler tests below do not look at. */
const ABSENT_READERS: Partial<SamplerReaders> = {
  rapl: () => ({ header: { status: 'absent', domains: [] } }),
  gpu: async () => ({ header: { status: 'absent' } }),
};

/** An in-process sampler at 100 ms on fake readers (memory every 350 ms) for `ms`, stopped; its samples. */
async function sampleFakeFor(ms: number, readers: Partial<SamplerReaders>): Promise<SampleRecord[]> {
  const out = tmpFile();
  const sampler = startSampler({
    outFile: out,
    intervalMs: 100,
    memoryEveryMs: 350,
    readers: { ...ABSENT_READERS, ...readers },
  });
  await sleep(ms);
  await sampler.stop();
  return records(out).filter((r): r is SampleRecord => r.type === 'sample');
}

describe('startSampler in-process', () => {
  it('samples this machine for ~1 s at 100 ms: header, ≥ 5 samples, end', async () => {
    const out = tmpFile();
    const sampler = startSampler({ outFile: out, intervalMs: 100 });
    await sleep(1000);
    await sampler.stop();
    const recs = records(out);
    const header = recs[0] as HeaderRecord;
    expect(header).toMatchObject({ type: 'header', v: 1, intervalMs: 100, pid: process.pid, cpuSource: 'proc-stat' });
    expect(header.memTotalB).toBeGreaterThan(0);
    expect(['ok', 'unreadable', 'absent']).toContain(header.rapl.status);
    const samples = recs.filter((r): r is SampleRecord => r.type === 'sample');
    expect(samples.length).toBeGreaterThanOrEqual(5);
    // In a container (the container scope) the cgroup counter is metered each tick and the
    // machine's /proc/stat only at the memory pace; on a VM /proc/stat is read each tick.
    const metered = header.scope?.used === 'container' ? 'cg' : 'cpu';
    for (let k = 1; k < samples.length; k++) {
      expect(samples[k].t).toBeGreaterThan(samples[k - 1].t);
      expect(samples[k][metered]).toBeDefined();
    }
    const withCpu = samples.filter((x) => x.cpu !== undefined);
    expect(withCpu.length).toBeGreaterThanOrEqual(2);
    for (let k = 1; k < withCpu.length; k++)
      expect(withCpu[k].cpu!.total).toBeGreaterThanOrEqual(withCpu[k - 1].cpu!.total);
    // Ticks after the first land on multiples of the interval (wall-clock aligned), give or take timer lateness.
    const lateMs = samples.slice(1, -1).map((x) => x.t % 100);
    expect(Math.min(...lateMs)).toBeLessThan(50);
    expect(samples[0].perCpu!.length).toBeGreaterThan(0);
    expect(samples[0].mem!.usedB).toBeGreaterThan(0);
    expect(recs[recs.length - 1]).toMatchObject({ type: 'end', reason: 'stop' });
  });

  it('writes what injected readers return, and stops on the stop file', async () => {
    const out = tmpFile();
    let n = 0;
    const sampler = startSampler({
      outFile: out,
      intervalMs: 100,
      readers: {
        cpu: () => ({
          source: 'proc-stat',
          read: () => ({ cpu: { busy: n * 10, total: n++ * 100 }, perCpu: [{ busy: 1, total: 2 }] }),
        }),
        memory: () => ({ usedB: 42, totalB: 1000 }),
        rapl: () => ({
          header: { status: 'ok', domains: [{ name: 'package-0', dir: '/fake/intel-rapl:0', maxEnergyRangeUj: 1e6 }] },
          read: () => [123],
        }),
        gpu: async () => ({
          header: { status: 'ok', gpus: [{ index: 0, name: 'Fake GPU' }] },
          latest: () => [{ index: 0, name: 'Fake GPU', powerW: 70.5, utilisationPct: null, memoryTotalMiB: 1 }],
        }),
        cgroup: (scope) => ({
          header: { requested: scope, used: 'container', reason: 'fake' },
          read: () => 5000,
        }),
        powermetrics: () => ({ header: { status: 'ok' }, totals: () => ({ cpuJ: 1.5, gpuJ: 0.25 }) }),
      },
    });
    await sleep(350);
    writeFileSync(`${out}.stop`, '');
    const reason = await Promise.race([sampler.done, sleep(3000).then(() => 'timeout')]);
    expect(reason).toBe('stop-file');
    expect(existsSync(`${out}.stop`)).toBe(false); // consumed
    const recs = records(out);
    expect(recs[0]).toMatchObject({
      memTotalB: 1000,
      rapl: { status: 'ok' },
      gpus: { status: 'ok' },
      scope: { requested: 'auto', used: 'container' },
      powermetrics: { status: 'ok' },
    });
    expect(recs[1]).toEqual({
      type: 'sample',
      t: expect.any(Number),
      cg: 5000,
      pm: { cpuJ: 1.5, gpuJ: 0.25 },
      cpu: { busy: 0, total: 0 },
      perCpu: [[1, 2]],
      rapl: [123],
      mem: { usedB: 42 },
      gpu: [{ i: 0, w: 70.5, util: null }],
    });
    expect(recs[recs.length - 1]).toMatchObject({ type: 'end', reason: 'stop-file' });
  });

  it('reads memory in use at most every memoryEveryMs (10 s by default) and on the last sample, not each tick', async () => {
    let memoryReads = 0;
    const samples = await sampleFakeFor(1300, {
      cpu: () => ({ source: 'proc-stat', read: () => ({ cpu: { busy: 1, total: 2 } }) }),
      memory: () => ({ usedB: ++memoryReads, totalB: 1000 }),
    });
    expect(samples.length).toBeGreaterThanOrEqual(6);
    const withMem = samples.filter((x) => x.mem !== undefined);
    // The first sample, then none sooner than 350 ms after the previous one, then the last sample.
    expect(withMem[0]).toBe(samples[0]);
    expect(samples[samples.length - 1].mem).toBeDefined();
    for (let k = 1; k < withMem.length - 1; k++) expect(withMem[k].t - withMem[k - 1].t).toBeGreaterThanOrEqual(350);
    expect(withMem.length).toBeLessThan(samples.length);
  });

  it('in the container scope reads the machine CPU counter only at the memory pace; the cgroup counter each tick', async () => {
    let cpuReads = 0;
    let cgReads = 0;
    const samples = await sampleFakeFor(1300, {
      cpu: () => ({ source: 'proc-stat', read: () => ({ cpu: { busy: ++cpuReads, total: 100 * cpuReads } }) }),
      memory: () => ({ usedB: 1, totalB: 1000 }),
      cgroup: (scope) => ({
        header: { requested: scope, used: 'container', reason: 'fake' },
        read: () => 1000 * ++cgReads,
      }),
    });
    expect(samples.length).toBeGreaterThanOrEqual(6);
    expect(samples.every((x) => typeof x.cg === 'number')).toBe(true);
    expect(cgReads).toBe(samples.length);
    const withCpu = samples.filter((x) => x.cpu !== undefined);
    expect(cpuReads).toBe(withCpu.length);
    expect(withCpu[0]).toBe(samples[0]);
    expect(samples[samples.length - 1].cpu).toBeDefined();
    for (let k = 1; k < withCpu.length - 1; k++) expect(withCpu[k].t - withCpu[k - 1].t).toBeGreaterThanOrEqual(350);
    expect(withCpu.length).toBeLessThan(samples.length);
  });

  it('in the machine scope reads the CPU counter every tick', async () => {
    const samples = await sampleFakeFor(700, {
      cpu: () => ({ source: 'proc-stat', read: () => ({ cpu: { busy: 1, total: 2 } }) }),
      memory: () => ({ usedB: 1, totalB: 1000 }),
      cgroup: (scope) => ({ header: { requested: scope, used: 'machine', reason: 'fake' } }),
    });
    expect(samples.length).toBeGreaterThanOrEqual(4);
    expect(samples.every((x) => x.cpu !== undefined)).toBe(true);
  });

  it('with flushEveryMs, holds sample lines and writes them together; stop writes all it held, in order', async () => {
    const out = tmpFile();
    let n = 0;
    const sampler = startSampler({
      outFile: out,
      intervalMs: 100,
      flushEveryMs: 60_000,
      readers: {
        ...ABSENT_READERS,
        cpu: () => ({ source: 'proc-stat', read: () => ({ cpu: { busy: n, total: 10 * n++ } }) }),
        cgroup: (scope) => ({ header: { requested: scope, used: 'machine', reason: 'fake' } }),
      },
    });
    await sleep(650);
    // The header and the first sample (the first flush) are on disk; the later ticks are held.
    const midRun = records(out);
    expect(midRun.map((r) => r.type)).toEqual(['header', 'sample']);
    await sampler.stop();
    const recs = records(out);
    const samples = recs.filter((r): r is SampleRecord => r.type === 'sample');
    expect(samples.length).toBeGreaterThanOrEqual(4);
    expect(samples.map((x) => x.cpu!.busy)).toEqual(samples.map((_, i) => i));
    expect(recs[recs.length - 1]).toMatchObject({ type: 'end', reason: 'stop' });
  });

  it('a failing reader becomes one warn line, never a crash', async () => {
    const out = tmpFile();
    const sampler = startSampler({
      outFile: out,
      intervalMs: 100,
      readers: {
        memory: () => {
          throw new Error('meminfo vanished');
        },
        gpu: async () => ({ header: { status: 'absent' } }),
      },
    });
    await sleep(350);
    await sampler.stop();
    const recs = records(out);
    expect(recs.filter((r) => r.type === 'warn')).toEqual([
      { type: 'warn', t: expect.any(Number), message: 'memory reader failed: meminfo vanished' },
    ]);
    expect(recs.filter((r) => r.type === 'sample').length).toBeGreaterThanOrEqual(2);
  });

  it('refuses an interval out of range', () => {
    expect(() => startSampler({ outFile: tmpFile(), intervalMs: 10 })).toThrow(
      /sampler intervalMs: 10ms is outside the accepted range 100ms–60s/,
    );
  });
});

describe('startSampler timekeeping (fake timers)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  /** Fake timers and clock, at wall time 250 ms past a second; spies go on after this. */
  function fakeTime(): void {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(1_800_000_000_250);
  }

  /** A 1 s sampler on fake readers; stop() lets fake time run on until a pending read is done. */
  function fakeTimeSampler(readers: Partial<SamplerReaders>): { out: string; stop: () => Promise<void> } {
    const out = tmpFile();
    const sampler = startSampler({
      outFile: out,
      intervalMs: 1000,
      stopFile: false,
      readers: {
        ...ABSENT_READERS,
        now: () => Date.now(), // the faked Date, looked up at each call
        memory: () => ({ usedB: 1, totalB: 1000 }),
        cgroup: (scope) => ({ header: { requested: scope, used: 'machine', reason: 'fake' } }),
        cpu: () => ({ source: 'proc-stat', read: () => ({ cpu: { busy: 1, total: 2 } }) }),
        ...readers,
      },
    });
    const stop = async (): Promise<void> => {
      const stopped = sampler.stop();
      await vi.advanceTimersByTimeAsync(5000);
      await stopped;
    };
    return { out, stop };
  }
  const sampleTimes = (out: string): number[] =>
    records(out)
      .filter((r): r is SampleRecord => r.type === 'sample')
      .map((r) => r.t);
  const offBoundaryMs = (t: number): number => Math.min(t % 1000, 1000 - (t % 1000));

  it('waits for the next wall-clock second, then keeps time with one setInterval, not a timer per tick', async () => {
    fakeTime();
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
    const { out, stop } = fakeTimeSampler({});
    await vi.advanceTimersByTimeAsync(10_500);
    await stop();
    const ts = sampleTimes(out);
    // The first sample at start (…250), ten on the seconds …001 to …010, and the last at stop (…750).
    expect(ts).toHaveLength(12);
    expect(ts.slice(1, -1)).toEqual(Array.from({ length: 10 }, (_, k) => 1_800_000_001_000 + 1000 * k));
    expect(setIntervalSpy).toHaveBeenCalledTimes(1);
    expect(setTimeoutSpy).toHaveBeenCalledTimes(1);
  });

  it('re-aligns on the wall clock once the interval has drifted more than maxDriftMs from it', async () => {
    expect(maxDriftMs(1000)).toBe(100);
    expect(maxDriftMs(200)).toBe(20);
    const start = 1_800_000_000_250;
    fakeTime();
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
    // A wall clock that runs 3 % fast against the timers, as NTP slewing or a loaded loop can make it seem.
    const { out, stop } = fakeTimeSampler({ now: () => start + Math.round((Date.now() - start) * 1.03) });
    await vi.advanceTimersByTimeAsync(20_000);
    await stop();
    const ts = sampleTimes(out).slice(1, -1);
    expect(ts.length).toBeGreaterThanOrEqual(18);
    // Without re-aligning the ticks would end 600 ms off the second; each re-alignment starts a new interval.
    expect(Math.max(...ts.map(offBoundaryMs))).toBeLessThanOrEqual(maxDriftMs(1000) + 31);
    expect(setIntervalSpy.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('skips a tick while an asynchronous CPU read is still pending: reads never overlap', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    let reads = 0;
    fakeTime();
    const { out, stop } = fakeTimeSampler({
      cpu: () => ({
        source: 'os-cpus',
        read: () => {
          reads++;
          maxInFlight = Math.max(maxInFlight, ++inFlight);
          return new Promise((resolve) =>
            setTimeout(() => {
              inFlight--;
              resolve({ util: 0.5 });
            }, 2500),
          );
        },
      }),
    });
    await vi.advanceTimersByTimeAsync(12_000);
    await stop();
    expect(maxInFlight).toBe(1);
    // Reads of 2.5 s at a 1 s interval: about one tick in three finds the reader free.
    expect(reads).toBeGreaterThanOrEqual(4);
    expect(reads).toBeLessThanOrEqual(6);
    expect(sampleTimes(out)).toHaveLength(reads);
  });
});

describe('parseSamplerArgs', () => {
  it('parses the entry flags', () => {
    expect(parseSamplerArgs(['--out', 'f', '--interval-ms', '250', '--pid-file', 'p', '--no-per-cpu'])).toEqual({
      outFile: 'f',
      intervalMs: 250,
      pidFile: 'p',
      perCpu: false,
      scope: 'auto',
    });
    expect(parseSamplerArgs(['--out', 'f', '--scope', 'container'])).toMatchObject({ scope: 'container' });
  });
  it('names what is wrong', () => {
    expect(() => parseSamplerArgs([])).toThrow(/--out is required/);
    expect(() => parseSamplerArgs(['--out', 'f', '--interval-ms', '1s'])).toThrow(
      /--interval-ms: "1s" is not a whole number/,
    );
    expect(() => parseSamplerArgs(['--out', 'f', '--interval-ms', '50'])).toThrow(/--interval-ms: 50ms is outside/);
    expect(() => parseSamplerArgs(['--bogus'])).toThrow(/unknown argument "--bogus"/);
    expect(() => parseSamplerArgs(['--out', 'f', '--scope', 'vm'])).toThrow(
      /--scope: "vm" is not a meter scope; accepted: auto/,
    );
  });
});

describe('sampler entry as a real child process', () => {
  const ENTRY = join(process.cwd(), 'src/meter/sampler-entry.ts');
  const children: ChildProcess[] = [];
  const run = (out: string, pidFile: string): ChildProcess => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', ENTRY, '--out', out, '--interval-ms', '100', '--pid-file', pidFile],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    children.push(child);
    return child;
  };
  // A test that fails before it stops its sampler must not leave it sampling at 100 ms for good (seen: 30 min).
  afterEach(() => {
    for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  });
  const waitFor = async (cond: () => boolean, ms: number): Promise<void> => {
    const until = Date.now() + ms;
    while (!cond() && Date.now() < until) await sleep(25);
  };
  const exitOf = (child: ReturnType<typeof spawn>) =>
    new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  it('stops on SIGTERM, writing the end line', async () => {
    const out = tmpFile();
    const pidFile = `${out}.pid`;
    const child = run(out, pidFile);
    const exited = exitOf(child);
    await waitFor(() => completeSamples(out) >= 3, 15_000);
    expect(Number(readFileSync(pidFile, 'utf8'))).toBe(child.pid);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const recs = records(out);
    expect(recs[recs.length - 1] as EndRecord).toMatchObject({ type: 'end', reason: 'signal' });
  });

  it('stops when the stop file appears', async () => {
    const out = tmpFile();
    const child = run(out, `${out}.pid`);
    const exited = exitOf(child);
    await waitFor(() => completeSamples(out) >= 2, 15_000);
    writeFileSync(`${out}.stop`, '');
    expect(await exited).toBe(0);
    const recs = records(out);
    expect(recs[recs.length - 1]).toMatchObject({ type: 'end', reason: 'stop-file' });
  });
});
