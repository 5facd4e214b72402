// The background sampler: every interval it appends one JSON line of cumulative counters
// (CPU ticks, RAPL energy, memory in use, latest GPU readings) to a file. Runs in-process
// (the CLI) or as its own process (sampler-entry.ts, left running across Action steps).
// Kept cheap: on Linux no systeminformation, no child per tick, one pread of /proc/stat.
import { closeSync, existsSync, openSync, rmSync, writeSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { containerSignals, createCgroupUsageReader, detectContainer, discoverCgroup, type CgroupInfo } from './cgroup';
import { createMemoryReader, type MemoryReading } from './meminfo';
import { startGpuStream, queryGpus, type GpuReading, type GpuStream } from './nvidia-smi';
import { createProcStatReader, type CpuTicks } from './proc-stat';
import { createRaplReader, discoverRapl } from './rapl';
import { createOsCpusReader } from './os-cpus';
import { canRunPowermetrics, startPowermetrics } from './powermetrics';
import {
  SAMPLE_FORMAT_VERSION,
  type EndReason,
  type GpuHeader,
  type HeaderRecord,
  type PowermetricsHeader,
  type RaplHeader,
  type ScopeHeader,
} from './sample-format';
import { decideScope, type MeterScope } from './scope';
import { validateIntervalMs } from './duration';

/**
 * How often a reading kept only for the record is taken: memory in use always, and the whole
 * machine's CPU ticks when the container's cgroup counter is the one metered.
 */
export const MEMORY_EVERY_MS = 10_000;

export interface CpuReading {
  cpu?: CpuTicks;
  perCpu?: CpuTicks[];
  /** Mean utilisation 0..1 since the previous reading (non-Linux). */
  util?: number;
}

export interface CpuReader {
  source: HeaderRecord['cpuSource'];
  read(): CpuReading | Promise<CpuReading>;
  close?(): void;
}

export interface RaplReader {
  header: RaplHeader;
  read?: () => number[];
}

export interface GpuReader {
  header: GpuHeader;
  latest?: () => GpuReading[];
  failure?: () => string | null;
  stop?: () => void;
}

/** The container's cgroup CPU-time counter, when the scope is container. */
export interface CgroupReader {
  header: ScopeHeader;
  /** Cumulative CPU time, µs. */
  read?: () => number;
  close?: () => void;
}

export interface PowermetricsReader {
  header: PowermetricsHeader;
  totals?: () => { cpuJ: number; gpuJ: number } | null;
  failure?: () => string | null;
  stop?: () => void;
}

/** Every hardware reader, injectable for tests. */
export interface SamplerReaders {
  now: () => number;
  cpu: (opts: { perCpu: boolean }) => CpuReader | Promise<CpuReader>;
  memory: () => MemoryReading;
  rapl: () => RaplReader;
  gpu: (intervalMs: number) => Promise<GpuReader>;
  cgroup: (scope: MeterScope) => CgroupReader;
  powermetrics: (intervalMs: number) => PowermetricsReader;
}

export interface SamplerOptions {
  outFile: string;
  intervalMs: number;
  /** Stop when this file appears (default `<outFile>.stop`); false to disable. */
  stopFile?: string | false;
  /** Record memory in use at most this often, ms (default MEMORY_EVERY_MS); tests shorten it. */
  memoryEveryMs?: number;
  /**
   * Hold sample lines and write them at most this often, ms (default 0: each tick). Only for a
   * sampler whose process also reads the file after stopping (the CLI): a killed process loses what it held.
   */
  flushEveryMs?: number;
  /** Record per-CPU ticks (default true). */
  perCpu?: boolean;
  /** Which CPU counter to meter (default auto: the container's cgroup when in one). */
  scope?: MeterScope;
  readers?: Partial<SamplerReaders>;
}

export interface SamplerHandle {
  /** Takes a last sample, writes the end line, releases readers. Idempotent. */
  stop(reason?: EndReason): Promise<void>;
  /** Resolves with the reason once the sampler has stopped, whoever stopped it. */
  done: Promise<EndReason>;
}

/** /proc/stat on Linux; os.cpus() times elsewhere (macOS, Windows: no /proc). */
export async function defaultCpuReader(
  platform: NodeJS.Platform = process.platform,
  opts: { perCpu: boolean } = { perCpu: true },
): Promise<CpuReader> {
  if (platform === 'linux') {
    const r = createProcStatReader('/proc/stat', { perCpu: opts.perCpu });
    return { source: 'proc-stat', read: () => r.read(), close: () => r.close() };
  }
  // macOS, Windows: cumulative os.cpus() times, the same delta arithmetic as /proc/stat.
  const r = createOsCpusReader();
  return { source: 'os-cpus', read: () => r.read() };
}

/** Decides the scope and opens the cgroup counter when it is the container's. */
export function cgroupReaderFor(
  scope: MeterScope,
  opts: { fsRoot?: string; dir?: string; env?: NodeJS.ProcessEnv; hostCpus?: number; platform?: NodeJS.Platform } = {},
): CgroupReader {
  const platform = opts.platform ?? process.platform;
  if (platform !== 'linux') {
    return {
      header: { requested: scope, used: 'machine', reason: `no cgroups on ${platform}: the whole machine is metered` },
    };
  }
  const hostCpus = opts.hostCpus ?? Math.max(1, cpus().length);
  let info: CgroupInfo;
  try {
    info =
      scope === 'machine'
        ? { status: 'absent', reason: 'not looked for' }
        : discoverCgroup({ fsRoot: opts.fsRoot, hostCpus, dir: opts.dir });
  } catch (err) {
    info = { status: 'unreadable', reason: (err as Error).message };
  }
  // A cgroup given by path is the container by definition; otherwise look for the signs.
  const detection = opts.dir
    ? { inContainer: true, reasons: [`cgroup ${opts.dir} given`] }
    : detectContainer(containerSignals(opts.fsRoot, opts.env));
  const decision = decideScope(scope, detection, info);
  if (decision.used !== 'container' || info.status !== 'ok' || !info.usageFile || !info.allowance)
    return { header: decision };
  let reader: { read(): number; close(): void };
  try {
    reader = createCgroupUsageReader(info.usageFile);
  } catch (err) {
    return {
      header: {
        ...decision,
        used: 'machine',
        reason:
          `${decision.reason}; but ${info.usageFile} could not be opened (${(err as Error).message}), ` +
          'so the whole machine is metered',
      },
    };
  }
  return {
    header: {
      ...decision,
      cgroup: {
        version: info.version ?? 2,
        path: info.path ?? '/',
        usageFile: info.usageFile,
        quotaCpus: info.quotaCpus ?? null,
        cpusetCpus: info.cpusetCpus ?? null,
        allowanceCpus: info.allowance.cpus,
        allowanceSource: info.allowance.source,
        memoryLimitB: info.memoryLimitB ?? null,
      },
    },
    read: () => reader.read(),
    close: () => reader.close(),
  };
}

function defaultPowermetricsReader(intervalMs: number): PowermetricsReader {
  if (process.platform !== 'darwin')
    return { header: { status: 'absent', reason: `powermetrics is macOS-only (platform ${process.platform})` } };
  if (process.arch !== 'arm64')
    return { header: { status: 'absent', reason: 'powermetrics CPU power is read on Apple silicon only' } };
  const can = canRunPowermetrics();
  if (!can.ok) return { header: { status: 'absent', reason: can.reason } };
  const stream = startPowermetrics(intervalMs);
  return { header: { status: 'ok' }, totals: stream.totals, failure: stream.failure, stop: stream.stop };
}

function defaultRaplReader(): RaplReader {
  if (process.platform !== 'linux')
    return {
      header: { status: 'absent', reason: `RAPL powercap is Linux-only (platform ${process.platform})`, domains: [] },
    };
  const header = discoverRapl();
  return header.status === 'ok' ? { header, read: createRaplReader(header.domains) } : { header };
}

async function defaultGpuReader(intervalMs: number): Promise<GpuReader> {
  const { header } = await queryGpus();
  if (header.status !== 'ok') return { header };
  const stream: GpuStream = startGpuStream({ intervalMs });
  return { header, latest: stream.latest, failure: stream.failure, stop: stream.stop };
}

export const defaultReaders: SamplerReaders = {
  now: Date.now,
  cpu: (opts) => defaultCpuReader(process.platform, opts),
  memory: createMemoryReader(),
  rapl: defaultRaplReader,
  gpu: defaultGpuReader,
  cgroup: (scope) => cgroupReaderFor(scope),
  powermetrics: defaultPowermetricsReader,
};

// Built by hand rather than JSON.stringify of an object: one string per tick, short keys.
function sampleLine(
  t: number,
  cpu: CpuReading,
  perCpu: boolean,
  rapl: number[] | null,
  mem: MemoryReading | null,
  gpus: GpuReading[] | null,
  cgUsec: number | null,
  pm: { cpuJ: number; gpuJ: number } | null,
): string {
  let s = `{"type":"sample","t":${t}`;
  if (cgUsec !== null) s += `,"cg":${cgUsec}`;
  if (pm) s += `,"pm":{"cpuJ":${Math.round(pm.cpuJ * 1000) / 1000},"gpuJ":${Math.round(pm.gpuJ * 1000) / 1000}}`;
  if (cpu.cpu) s += `,"cpu":{"busy":${cpu.cpu.busy},"total":${cpu.cpu.total}}`;
  if (perCpu && cpu.perCpu && cpu.perCpu.length) {
    s += ',"perCpu":[';
    for (let i = 0; i < cpu.perCpu.length; i++) s += `${i ? ',' : ''}[${cpu.perCpu[i].busy},${cpu.perCpu[i].total}]`;
    s += ']';
  }
  if (cpu.util !== undefined) s += `,"util":${Math.round(cpu.util * 10000) / 10000}`;
  if (rapl) s += `,"rapl":[${rapl.join(',')}]`;
  if (mem) s += `,"mem":{"usedB":${mem.usedB}}`;
  if (gpus && gpus.length) {
    s += ',"gpu":[';
    for (let i = 0; i < gpus.length; i++) {
      const g = gpus[i];
      s += `${i ? ',' : ''}{"i":${g.index},"w":${g.powerW},"util":${g.utilisationPct}}`;
    }
    s += ']';
  }
  return s + '}\n';
}

/** The samples file: header, warn and end lines are written at once; sample lines may be held (flushEveryMs). */
interface SampleWriter {
  write(line: string): void;
  writeSample(t: number, line: string): void;
  close(): void;
}

function createSampleWriter(outFile: string, flushEveryMs: number): SampleWriter {
  // Opened synchronously so a bad path fails the caller at once, not later in a timer.
  const fd = openSync(outFile, 'a');
  const writeNow = (text: string): void => {
    try {
      writeSync(fd, text);
    } catch {
      // Disk full or file gone: a missed line must not take the job down with it.
    }
  };
  // Sample lines may be held and written together (flushEveryMs): a write per tick is a good
  // part of a tick's cost. Header, warn and end lines flush at once.
  let pending = '';
  let flushedAt = -Infinity;
  const flush = (): void => {
    if (pending) writeNow(pending);
    pending = '';
  };
  return {
    write(line) {
      flush();
      writeNow(line);
    },
    writeSample(t, line) {
      if (flushEveryMs <= 0) return writeNow(line);
      pending += line;
      if (t - flushedAt >= flushEveryMs) {
        flushedAt = t;
        flush();
      }
    },
    close() {
      try {
        closeSync(fd);
      } catch {
        /* already closed */
      }
    },
  };
}

/** The readers a sampler holds once started; each defaults to "absent" until opened. */
interface OpenReaders {
  cpu: CpuReader | null;
  rapl: RaplReader;
  gpu: GpuReader;
  cgroup: CgroupReader;
  pm: PowermetricsReader;
}

function absentReaders(scope: MeterScope): OpenReaders {
  return {
    cpu: null,
    rapl: { header: { status: 'absent', domains: [] } },
    gpu: { header: { status: 'absent' } },
    cgroup: { header: { requested: scope, used: 'machine', reason: 'not decided' } },
    pm: { header: { status: 'absent' } },
  };
}

/** Opens every reader into `into`; a reader that throws is recorded as such, never fatal. */
async function openReaders(
  readers: SamplerReaders,
  into: OpenReaders,
  o: { perCpu: boolean; intervalMs: number; scope: MeterScope; warnOnce: (key: string, message: string) => void },
): Promise<void> {
  try {
    into.cpu = await readers.cpu({ perCpu: o.perCpu });
  } catch (err) {
    o.warnOnce('cpu', `CPU reader unavailable: ${(err as Error).message}`);
  }
  try {
    into.rapl = readers.rapl();
  } catch (err) {
    into.rapl = { header: { status: 'unreadable', reason: (err as Error).message, domains: [] } };
  }
  try {
    into.gpu = await readers.gpu(o.intervalMs);
  } catch (err) {
    into.gpu = { header: { status: 'error', reason: (err as Error).message } };
  }
  try {
    into.cgroup = readers.cgroup(o.scope);
  } catch (err) {
    const reason = `the cgroup could not be read (${(err as Error).message}), so the whole machine is metered`;
    into.cgroup = { header: { requested: o.scope, used: 'machine', reason } };
  }
  try {
    into.pm = readers.powermetrics(o.intervalMs);
  } catch (err) {
    into.pm = { header: { status: 'error', reason: (err as Error).message } };
  }
}

function headerRecord(open: OpenReaders, readers: SamplerReaders, intervalMs: number): HeaderRecord {
  let memTotalB = totalmem();
  try {
    memTotalB = readers.memory().totalB;
  } catch {
    /* os.totalmem is good enough for the header */
  }
  return {
    type: 'header',
    v: SAMPLE_FORMAT_VERSION,
    startedAt: new Date(readers.now()).toISOString(),
    intervalMs,
    pid: process.pid,
    platform: process.platform,
    cpuSource: open.cpu?.source ?? 'proc-stat',
    memTotalB,
    rapl: open.rapl.header,
    gpus: open.gpu.header,
    scope: open.cgroup.header,
    ...(process.platform === 'darwin' || open.pm.header.status === 'ok' ? { powermetrics: open.pm.header } : {}),
  };
}

/** Releases every reader (GPU and powermetrics streams, cgroup and CPU files). */
function closeReaders(open: OpenReaders): void {
  open.gpu.stop?.();
  open.pm.stop?.();
  open.cgroup.close?.();
  open.cpu?.close?.();
}

/** One running sampler: its settings, its open file and readers, and where its loop stands. */
interface SamplerRun {
  intervalMs: number;
  readers: SamplerReaders;
  stopFile: string | null;
  perCpu: boolean;
  memoryEveryMs: number;
  out: SampleWriter;
  open: OpenReaders;
  timer: NodeJS.Timeout | null;
  stopped: Promise<void> | null;
  ticking: Promise<void> | null;
  /** Opening the readers, writing the header and the first sample. */
  init: Promise<void>;
  warned: Set<string>;
  /** When each reading kept only for the record was last taken (memoryEveryMs apart). */
  recordReadAt: { memory: number; machineCpu: number };
  handle: SamplerHandle;
}

function warnOnce(run: SamplerRun, key: string, message: string): void {
  if (run.warned.has(key)) return;
  run.warned.add(key);
  run.out.write(JSON.stringify({ type: 'warn', t: run.readers.now(), message }) + '\n');
}

/** True (and noted) when a reading kept for the record is due: memoryEveryMs after the last, or on the last sample. */
function recordDue(run: SamplerRun, which: keyof SamplerRun['recordReadAt'], t: number, last: boolean): boolean {
  if (!last && t - run.recordReadAt[which] < run.memoryEveryMs) return false;
  run.recordReadAt[which] = t;
  return true;
}

// Memory in use goes into no estimate (memory energy is per installed GB), so it is read at
// most every memoryEveryMs, and on the last sample, rather than each tick.
function readMemory(run: SamplerRun, t: number, last: boolean): MemoryReading | null {
  if (!recordDue(run, 'memory', t, last)) return null;
  try {
    return run.readers.memory();
  } catch (err) {
    warnOnce(run, 'mem', `memory reader failed: ${(err as Error).message}`);
    return null;
  }
}

// Called every tick: positional values into one string, no object or closure per tick.
function finishSample(run: SamplerRun, t: number, c: CpuReading, last: boolean): void {
  const { rapl, gpu, cgroup, pm: pmReader } = run.open;
  let raplUj: number[] | null = null;
  if (rapl.read) {
    try {
      raplUj = rapl.read();
    } catch (err) {
      warnOnce(run, 'rapl', `RAPL read failed: ${(err as Error).message}`);
    }
  }
  const mem = readMemory(run, t, last);
  const gpus = gpu.latest ? gpu.latest() : null;
  const gpuFailure = gpu.failure?.();
  if (gpuFailure) warnOnce(run, 'gpu', `GPU readings stopped: ${gpuFailure}`);
  let cgUsec: number | null = null;
  if (cgroup.read) {
    try {
      cgUsec = cgroup.read();
    } catch (err) {
      warnOnce(run, 'cgroup', `cgroup CPU counter read failed: ${(err as Error).message}`);
    }
  }
  const pm = pmReader.totals ? pmReader.totals() : null;
  const pmFailure = pmReader.failure?.();
  if (pmFailure) warnOnce(run, 'powermetrics', `powermetrics readings stopped: ${pmFailure}`);
  run.out.writeSample(t, sampleLine(t, c, run.perCpu, raplUj, mem, gpus, cgUsec, pm));
}

// In the container scope only the cgroup counter is priced (energy.ts), so the machine's
// /proc/stat, whose read is a good part of a tick's cost, is kept for the record at the
// memory reading's pace rather than each tick.
function wantsMachineCpu(run: SamplerRun, t: number, last: boolean): boolean {
  return !run.open.cgroup.read || recordDue(run, 'machineCpu', t, last);
}

// Synchronous where the CPU reader is (Linux): no promise per tick.
function takeSample(run: SamplerRun, last = false, t = run.readers.now()): void | Promise<void> {
  let c: CpuReading | Promise<CpuReading> = {};
  try {
    c = run.open.cpu && wantsMachineCpu(run, t, last) ? run.open.cpu.read() : {};
  } catch (err) {
    warnOnce(run, 'cpu', `CPU reader failed: ${(err as Error).message}`);
  }
  if (!(c instanceof Promise)) return finishSample(run, t, c, last);
  return c.then(
    (reading) => finishSample(run, t, reading, last),
    (err: unknown) => {
      warnOnce(run, 'cpu', `CPU reader failed: ${(err as Error).message}`);
      finishSample(run, t, {}, last);
    },
  );
}

/** How far from its wall-clock boundary (either side) a tick may fall before the interval is re-aligned, ms. */
export function maxDriftMs(intervalMs: number): number {
  return Math.min(100, intervalMs / 10);
}

// The first tick waits for the next multiple of the interval on the wall clock; then one
// setInterval keeps time, which costs less each tick than arming a new timer (about 0.08 ms
// of CPU a tick on a 2-vCPU VM). setInterval drifts by each tick's lateness, so a tick that
// finds itself more than maxDriftMs from its boundary re-aligns. A late tick skips rather than
// bunches: the counters are cumulative, so nothing is lost.
function schedule(run: SamplerRun): void {
  const t = run.readers.now();
  const next = (Math.floor(t / run.intervalMs) + 1) * run.intervalMs;
  run.timer = setTimeout(() => {
    run.timer = setInterval(() => tick(run), run.intervalMs);
    tick(run);
  }, next - t);
}

function tick(run: SamplerRun): void {
  // An asynchronous reader (os.cpus, not Linux) still busy: this tick is skipped.
  if (run.stopped || run.ticking) return;
  if (run.stopFile && consumeStopFile(run.stopFile)) {
    void run.handle.stop('stop-file');
    return;
  }
  const t = run.readers.now();
  // Distance to the nearest boundary: the wall clock may read a hair before it, not only after.
  const phaseMs = t - Math.floor(t / run.intervalMs) * run.intervalMs;
  const drifted = Math.min(phaseMs, run.intervalMs - phaseMs) > maxDriftMs(run.intervalMs);
  if (drifted && run.timer) {
    clearInterval(run.timer);
    run.timer = null;
  }
  const pending = takeSample(run, false, t);
  if (!pending) {
    if (!run.timer) schedule(run);
    return;
  }
  run.ticking = pending.finally(() => {
    run.ticking = null;
    if (!run.stopped && !run.timer) schedule(run);
  });
}

async function startRun(run: SamplerRun, scope: MeterScope): Promise<void> {
  const warn = (key: string, message: string): void => warnOnce(run, key, message);
  await openReaders(run.readers, run.open, { perCpu: run.perCpu, intervalMs: run.intervalMs, scope, warnOnce: warn });
  run.out.write(JSON.stringify(headerRecord(run.open, run.readers, run.intervalMs)) + '\n');
  if (run.stopped) return;
  await takeSample(run);
  if (!run.stopped) schedule(run);
}

async function stopRun(run: SamplerRun, reason: EndReason): Promise<void> {
  // clearTimeout clears the first one-shot timer and the interval alike.
  if (run.timer) clearTimeout(run.timer);
  run.timer = null;
  await run.init.catch(() => undefined);
  if (run.ticking) await run.ticking;
  // A last sample so the final interval ends when metering ends, not up to a tick earlier.
  try {
    await takeSample(run, true);
  } catch {
    /* a failed last read still ends the file cleanly */
  }
  run.out.write(JSON.stringify({ type: 'end', t: run.readers.now(), reason }) + '\n');
  closeReaders(run.open);
  run.out.close();
}

export function startSampler(opts: SamplerOptions): SamplerHandle {
  const intervalMs = validateIntervalMs(opts.intervalMs, 'sampler intervalMs');
  const scope = opts.scope ?? 'auto';
  let resolveDone!: (r: EndReason) => void;
  const done = new Promise<EndReason>((r) => (resolveDone = r));
  const run: SamplerRun = {
    intervalMs,
    readers: { ...defaultReaders, ...opts.readers },
    stopFile: opts.stopFile === false ? null : (opts.stopFile ?? `${opts.outFile}.stop`),
    perCpu: opts.perCpu ?? true,
    memoryEveryMs: opts.memoryEveryMs ?? MEMORY_EVERY_MS,
    out: createSampleWriter(opts.outFile, opts.flushEveryMs ?? 0),
    open: absentReaders(scope),
    timer: null,
    stopped: null,
    ticking: null,
    init: Promise.resolve(),
    warned: new Set<string>(),
    recordReadAt: { memory: -Infinity, machineCpu: -Infinity },
    handle: {
      stop(reason: EndReason = 'stop'): Promise<void> {
        if (!run.stopped) run.stopped = stopRun(run, reason).then(() => resolveDone(reason));
        return run.stopped;
      },
      done,
    },
  };
  run.init = startRun(run, scope);
  return run.handle;
}

/** True when the stop file exists; it is removed (the parent may remove it too). */
function consumeStopFile(stopFile: string): boolean {
  if (!existsSync(stopFile)) return false;
  try {
    rmSync(stopFile, { force: true });
  } catch {
    /* the parent may remove it too */
  }
  return true;
}
