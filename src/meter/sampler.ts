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

/** How often memory in use is recorded (it is kept for the record, not used in any estimate). */
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
        reason: `${decision.reason}; but ${info.usageFile} could not be opened (${(err as Error).message}), so the whole machine is metered`,
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

export function startSampler(opts: SamplerOptions): SamplerHandle {
  const intervalMs = validateIntervalMs(opts.intervalMs, 'sampler intervalMs');
  const readers: SamplerReaders = { ...defaultReaders, ...opts.readers };
  const stopFile = opts.stopFile === false ? null : (opts.stopFile ?? `${opts.outFile}.stop`);
  const perCpu = opts.perCpu ?? true;
  const memoryEveryMs = opts.memoryEveryMs ?? MEMORY_EVERY_MS;
  const now = readers.now;

  // Opened synchronously so a bad path fails the caller at once, not later in a timer.
  const fd = openSync(opts.outFile, 'a');
  const writeNow = (text: string): void => {
    try {
      writeSync(fd, text);
    } catch {
      // Disk full or file gone: a missed line must not take the job down with it.
    }
  };
  // Sample lines may be held and written together (flushEveryMs): a write per tick is a good
  // part of a tick's cost. Header, warn and end lines flush at once.
  const flushEveryMs = opts.flushEveryMs ?? 0;
  let pending = '';
  let flushedAt = -Infinity;
  const flush = (): void => {
    if (pending) writeNow(pending);
    pending = '';
  };
  const write = (line: string): void => {
    flush();
    writeNow(line);
  };
  const writeSample = (t: number, line: string): void => {
    if (flushEveryMs <= 0) return writeNow(line);
    pending += line;
    if (t - flushedAt >= flushEveryMs) {
      flushedAt = t;
      flush();
    }
  };

  let cpu: CpuReader | null = null;
  let rapl: RaplReader = { header: { status: 'absent', domains: [] } };
  let gpu: GpuReader = { header: { status: 'absent' } };
  let cgroup: CgroupReader = { header: { requested: opts.scope ?? 'auto', used: 'machine', reason: 'not decided' } };
  let pmReader: PowermetricsReader = { header: { status: 'absent' } };
  let timer: NodeJS.Timeout | null = null;
  let stopped: Promise<void> | null = null;
  let ticking: Promise<void> | null = null;
  const warned = new Set<string>();
  let resolveDone!: (r: EndReason) => void;
  const done = new Promise<EndReason>((r) => (resolveDone = r));

  const warnOnce = (key: string, message: string): void => {
    if (warned.has(key)) return;
    warned.add(key);
    write(JSON.stringify({ type: 'warn', t: now(), message }) + '\n');
  };

  // Memory in use goes into no estimate (memory energy is per installed GB), so it is read at
  // most every memoryEveryMs, and on the last sample, rather than each tick.
  let memoryReadAt = -Infinity;
  const finishSample = (t: number, c: CpuReading, last: boolean): void => {
    let raplUj: number[] | null = null;
    if (rapl.read) {
      try {
        raplUj = rapl.read();
      } catch (err) {
        warnOnce('rapl', `RAPL read failed: ${(err as Error).message}`);
      }
    }
    let mem: MemoryReading | null = null;
    if (last || t - memoryReadAt >= memoryEveryMs) {
      memoryReadAt = t;
      try {
        mem = readers.memory();
      } catch (err) {
        warnOnce('mem', `memory reader failed: ${(err as Error).message}`);
      }
    }
    const gpus = gpu.latest ? gpu.latest() : null;
    const gpuFailure = gpu.failure?.();
    if (gpuFailure) warnOnce('gpu', `GPU readings stopped: ${gpuFailure}`);
    let cgUsec: number | null = null;
    if (cgroup.read) {
      try {
        cgUsec = cgroup.read();
      } catch (err) {
        warnOnce('cgroup', `cgroup CPU counter read failed: ${(err as Error).message}`);
      }
    }
    const pm = pmReader.totals ? pmReader.totals() : null;
    const pmFailure = pmReader.failure?.();
    if (pmFailure) warnOnce('powermetrics', `powermetrics readings stopped: ${pmFailure}`);
    writeSample(t, sampleLine(t, c, perCpu, raplUj, mem, gpus, cgUsec, pm));
  };

  // Synchronous where the CPU reader is (Linux): no promise per tick.
  const takeSample = (last = false): void | Promise<void> => {
    const t = now();
    let c: CpuReading | Promise<CpuReading> = {};
    try {
      c = cpu ? cpu.read() : {};
    } catch (err) {
      warnOnce('cpu', `CPU reader failed: ${(err as Error).message}`);
    }
    if (!(c instanceof Promise)) return finishSample(t, c, last);
    return c.then(
      (reading) => finishSample(t, reading, last),
      (err: unknown) => {
        warnOnce('cpu', `CPU reader failed: ${(err as Error).message}`);
        finishSample(t, {}, last);
      },
    );
  };

  const schedule = (): void => {
    const t = now();
    // Next multiple of the interval on the wall clock: no drift, and a late tick skips
    // rather than bunches (the counters are cumulative, so nothing is lost).
    const next = (Math.floor(t / intervalMs) + 1) * intervalMs;
    timer = setTimeout(tick, next - t);
  };

  const tick = (): void => {
    timer = null;
    if (stopped) return;
    if (stopFile && existsSync(stopFile)) {
      try {
        rmSync(stopFile, { force: true });
      } catch {
        /* the parent may remove it too */
      }
      void handle.stop('stop-file');
      return;
    }
    const pending = takeSample();
    if (!pending) {
      schedule();
      return;
    }
    ticking = pending.finally(() => {
      ticking = null;
      if (!stopped) schedule();
    });
  };

  const init = (async () => {
    try {
      cpu = await readers.cpu({ perCpu });
    } catch (err) {
      warnOnce('cpu', `CPU reader unavailable: ${(err as Error).message}`);
    }
    try {
      rapl = readers.rapl();
    } catch (err) {
      rapl = { header: { status: 'unreadable', reason: (err as Error).message, domains: [] } };
    }
    try {
      gpu = await readers.gpu(intervalMs);
    } catch (err) {
      gpu = { header: { status: 'error', reason: (err as Error).message } };
    }
    try {
      cgroup = readers.cgroup(opts.scope ?? 'auto');
    } catch (err) {
      cgroup = {
        header: {
          requested: opts.scope ?? 'auto',
          used: 'machine',
          reason: `the cgroup could not be read (${(err as Error).message}), so the whole machine is metered`,
        },
      };
    }
    try {
      pmReader = readers.powermetrics(intervalMs);
    } catch (err) {
      pmReader = { header: { status: 'error', reason: (err as Error).message } };
    }
    let memTotalB = totalmem();
    try {
      memTotalB = readers.memory().totalB;
    } catch {
      /* os.totalmem is good enough for the header */
    }
    const header: HeaderRecord = {
      type: 'header',
      v: SAMPLE_FORMAT_VERSION,
      startedAt: new Date(now()).toISOString(),
      intervalMs,
      pid: process.pid,
      platform: process.platform,
      cpuSource: cpu?.source ?? 'proc-stat',
      memTotalB,
      rapl: rapl.header,
      gpus: gpu.header,
      scope: cgroup.header,
      ...(process.platform === 'darwin' || pmReader.header.status === 'ok' ? { powermetrics: pmReader.header } : {}),
    };
    write(JSON.stringify(header) + '\n');
    if (stopped) return;
    await takeSample();
    if (!stopped) schedule();
  })();

  const handle: SamplerHandle = {
    stop(reason: EndReason = 'stop'): Promise<void> {
      if (stopped) return stopped;
      stopped = (async () => {
        if (timer) clearTimeout(timer);
        timer = null;
        await init.catch(() => undefined);
        if (ticking) await ticking;
        // A last sample so the final interval ends when metering ends, not up to a tick earlier.
        try {
          await takeSample(true);
        } catch {
          /* a failed last read still ends the file cleanly */
        }
        write(JSON.stringify({ type: 'end', t: now(), reason }) + '\n');
        gpu.stop?.();
        pmReader.stop?.();
        cgroup.close?.();
        cpu?.close?.();
        try {
          closeSync(fd);
        } catch {
          /* already closed */
        }
        resolveDone(reason);
      })();
      return stopped;
    },
    done,
  };
  return handle;
}
