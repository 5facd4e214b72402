// NVIDIA GPUs through nvidia-smi. One query at start lists the GPUs (ENOENT: no GPUs, not an
// error); during sampling ONE long-lived `nvidia-smi … -lms <interval>` child streams CSV lines
// and the latest reading per GPU is attached to each sample, so no process is forked per tick.
// nvidia-smi's --query-gpu offers no energy counter (NVML's nvmlDeviceGetTotalEnergyConsumption
// is not among its fields), so GPU energy is integrated from power.draw.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import type { GpuHeader, GpuHeaderEntry } from './sample-format';

export const NVIDIA_SMI = 'nvidia-smi';
export const GPU_QUERY_FIELDS = ['index', 'name', 'power.draw', 'utilization.gpu', 'memory.total'] as const;
const FORMAT = '--format=csv,noheader,nounits';

export interface GpuReading {
  index: number;
  name: string;
  powerW: number | null;
  utilisationPct: number | null;
  memoryTotalMiB: number | null;
}

/** "[N/A]", "N/A", "[Not Supported]", "[Unknown Error]", "" and anything non-numeric → null. */
export function parseNvidiaSmiNumber(text: string): number | null {
  const t = text.trim();
  if (t === '' || t.startsWith('[') || /^n\/a$/i.test(t)) return null;
  const x = Number(t);
  return Number.isFinite(x) ? x : null;
}

/**
 * One CSV line in GPU_QUERY_FIELDS order. The name is the only free-text field, so any
 * surplus commas are taken to belong to it. Returns null for a line that is not a reading
 * (an nvidia-smi error message, a blank line).
 */
export function parseNvidiaSmiLine(line: string): GpuReading | null {
  const parts = line.split(',');
  const n = GPU_QUERY_FIELDS.length;
  if (parts.length < n) return null;
  const extra = parts.length - n;
  const index = Number(parts[0].trim());
  if (!/^\d+$/.test(parts[0].trim())) return null;
  const rest = parts.slice(2 + extra);
  return {
    index,
    name: parts
      .slice(1, 2 + extra)
      .join(',')
      .trim(),
    powerW: parseNvidiaSmiNumber(rest[0]),
    utilisationPct: parseNvidiaSmiNumber(rest[1]),
    memoryTotalMiB: parseNvidiaSmiNumber(rest[2]),
  };
}

export function parseNvidiaSmiCsv(text: string): GpuReading[] {
  const out: GpuReading[] = [];
  for (const line of text.split(/\r?\n/)) {
    const r = parseNvidiaSmiLine(line);
    if (r) out.push(r);
  }
  return out;
}

export function queryArgs(): string[] {
  return [`--query-gpu=${GPU_QUERY_FIELDS.join(',')}`, FORMAT];
}

export type ExecFileFn = (file: string, args: string[]) => Promise<{ stdout: string; stderr?: string }>;

const defaultExec: ExecFileFn = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 15_000, windowsHide: true }, (err, stdout, stderr) => {
      if (err) reject(Object.assign(err, { stdout, stderr }));
      else resolve({ stdout, stderr });
    });
  });

export interface GpuQueryResult {
  header: GpuHeader;
  readings: GpuReading[];
}

/** One-shot query: which GPUs are there. Never throws. */
export async function queryGpus(opts: { exec?: ExecFileFn; command?: string } = {}): Promise<GpuQueryResult> {
  const exec = opts.exec ?? defaultExec;
  const command = opts.command ?? NVIDIA_SMI;
  try {
    const { stdout } = await exec(command, queryArgs());
    const readings = parseNvidiaSmiCsv(stdout);
    if (readings.length === 0) {
      const first = stdout.trim().split('\n')[0] ?? '';
      return {
        header: { status: 'absent', reason: `${command} listed no GPUs${first ? `: ${first}` : ''}` },
        readings,
      };
    }
    const gpus: GpuHeaderEntry[] = readings.map((r) => ({
      index: r.index,
      name: r.name,
      ...(r.memoryTotalMiB !== null ? { memoryMiB: r.memoryTotalMiB } : {}),
    }));
    return { header: { status: 'ok', gpus, fields: [...GPU_QUERY_FIELDS] }, readings };
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
    if (e.code === 'ENOENT')
      return { header: { status: 'absent', reason: `${command} not found on PATH` }, readings: [] };
    // e.g. "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver".
    const said = `${e.stderr ?? ''}\n${e.stdout ?? ''}`.trim().split('\n')[0] || e.message;
    return { header: { status: 'error', reason: `${command} failed: ${said}` }, readings: [] };
  }
}

export interface GpuStream {
  /**
   * Latest reading per GPU, in index order; empty until the first line arrives; readings older than max(3 intervals, 5
   * s) are dropped.
   */
  latest(): GpuReading[];
  /** Set when the child ended or failed before stop() was called. */
  failure(): string | null;
  stop(): void;
}

type SpawnFn = (command: string, args: string[]) => ChildProcess;

/** Starts the one long-lived `nvidia-smi … -lms <intervalMs>` child. */
export function startGpuStream(opts: {
  intervalMs: number;
  command?: string;
  spawn?: SpawnFn;
  now?: () => number;
}): GpuStream {
  const command = opts.command ?? NVIDIA_SMI;
  const doSpawn: SpawnFn =
    opts.spawn ?? ((c, a) => spawn(c, a, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true }));
  const latestByIndex = new Map<number, { reading: GpuReading; atMs: number }>();
  // A GPU whose lines stop coming (fallen off the bus) must not repeat its last power forever.
  const staleAfterMs = Math.max(3 * opts.intervalMs, 5000);
  const now = opts.now ?? Date.now;
  let sorted: GpuReading[] = [];
  let dirty = false;
  let failed: string | null = null;
  let stopping = false;
  let partial = '';

  const child = doSpawn(command, [...queryArgs(), `-lms`, String(Math.round(opts.intervalMs))]);
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    const text = partial + chunk;
    const lastNl = text.lastIndexOf('\n');
    if (lastNl < 0) {
      partial = text;
      return;
    }
    partial = text.slice(lastNl + 1);
    for (const line of text.slice(0, lastNl).split('\n')) {
      const r = parseNvidiaSmiLine(line);
      if (r) {
        latestByIndex.set(r.index, { reading: r, atMs: now() });
        dirty = true;
      }
    }
  });
  let stderrTail = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderrTail = (stderrTail + chunk).slice(-300);
  });
  child.on('error', (err: NodeJS.ErrnoException) => {
    if (!stopping) failed = `${command}: ${err.code ?? err.message}`;
  });
  child.on('exit', (code, signal) => {
    if (!stopping && !failed) {
      failed =
        `${command} exited ` +
        `(${signal ?? `code ${code}`})${stderrTail ? `: ${stderrTail.trim().split('\n')[0]}` : ''}`;
    }
  });

  return {
    latest(): GpuReading[] {
      const t = now();
      for (const [index, e] of latestByIndex) {
        if (t - e.atMs > staleAfterMs) {
          latestByIndex.delete(index);
          dirty = true;
        }
      }
      if (dirty) {
        sorted = [...latestByIndex.values()].map((e) => e.reading).sort((a, b) => a.index - b.index);
        dirty = false;
      }
      return sorted;
    },
    failure: () => failed,
    stop(): void {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    },
  };
}
