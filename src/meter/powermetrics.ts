// macOS on Apple silicon: CPU and GPU power from powermetrics, when `sudo -n` works (as on
// GitHub's macOS runners). The parser is pure and streams: text goes in as it arrives and
// each complete sample adds its power × its own elapsed time to running energy totals, so
// the sampler records cumulative joules and nothing is counted twice or lost between ticks.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

const POWERMETRICS_PATH = '/usr/bin/powermetrics';

export interface PowermetricsSample {
  /** The sample's own length, from "(104.51ms elapsed)". */
  elapsedMs: number;
  /** "CPU Power: 947 mW", W; null when the sample has none (Intel Macs print other lines). */
  cpuW: number | null;
  /** The sample's first "GPU Power: …", W; null when absent. */
  gpuW: number | null;
}

const HEADER = /^\*\*\* Sampled system activity \(.*\) \(([\d.]+)\s*ms elapsed\) \*\*\*\s*$/;
const POWER = /^(CPU|GPU) Power:\s*([\d.]+)\s*(mW|W)\s*$/;

/** Parses complete samples of powermetrics' text output. */
export function parsePowermetricsText(text: string): PowermetricsSample[] {
  const acc = createPowermetricsAccumulator();
  acc.push(text);
  acc.flush();
  return acc.samples();
}

export interface PowermetricsAccumulator {
  /** Feeds output as it arrives; lines may be split across chunks. */
  push(chunk: string): void;
  /** Completes the sample in progress (at exit: nothing more is coming). */
  flush(): void;
  /** Cumulative energy of the complete samples that had a CPU reading; null before the first. */
  totals(): { cpuJ: number; gpuJ: number } | null;
  /** Complete samples so far (kept only when asked to, for tests). */
  samples(): PowermetricsSample[];
}

export function createPowermetricsAccumulator(keep = true): PowermetricsAccumulator {
  let rest = '';
  let current: PowermetricsSample | null = null;
  let cpuJ = 0;
  let gpuJ = 0;
  let counted = 0;
  const done: PowermetricsSample[] = [];
  const close = (): void => {
    if (!current) return;
    if (current.cpuW !== null) {
      cpuJ += current.cpuW * (current.elapsedMs / 1000);
      gpuJ += (current.gpuW ?? 0) * (current.elapsedMs / 1000);
      counted++;
    }
    if (keep) done.push(current);
    current = null;
  };
  const line = (raw: string): void => {
    const l = raw.trim();
    const h = HEADER.exec(l);
    if (h) {
      close();
      current = { elapsedMs: Number(h[1]), cpuW: null, gpuW: null };
      return;
    }
    if (!current) return;
    const p = POWER.exec(l);
    if (!p) return;
    const w = Number(p[2]) / (p[3] === 'mW' ? 1000 : 1);
    if (p[1] === 'CPU' && current.cpuW === null) current.cpuW = w;
    // The cpu_power sampler prints GPU Power among the processor lines, and the gpu_power
    // sampler again in its own section: the first is taken, as both describe the same interval.
    if (p[1] === 'GPU' && current.gpuW === null) current.gpuW = w;
  };
  return {
    push(chunk: string): void {
      const text = rest + chunk;
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      for (const l of lines) line(l);
    },
    flush(): void {
      if (rest) line(rest);
      rest = '';
      close();
    },
    totals: () => (counted > 0 ? { cpuJ, gpuJ } : null),
    samples: () => [...done],
  };
}

/** `sudo -n powermetrics` can run without a password prompt (GitHub's macOS runners). */
export function canRunPowermetrics(
  run: typeof spawnSync = spawnSync,
  exists: (p: string) => boolean = existsSync,
): { ok: boolean; reason?: string } {
  if (!exists(POWERMETRICS_PATH)) return { ok: false, reason: `${POWERMETRICS_PATH} is not there` };
  const r = run('sudo', ['-n', 'true'], { timeout: 2000, stdio: 'ignore' });
  if (r.error) return { ok: false, reason: `sudo could not run (${r.error.message})` };
  if (r.status !== 0) return { ok: false, reason: 'sudo -n needs a password here, so powermetrics cannot run' };
  return { ok: true };
}

export interface PowermetricsStream {
  totals(): { cpuJ: number; gpuJ: number } | null;
  failure(): string | null;
  stop(): void;
}

export function startPowermetrics(intervalMs: number, spawnFn: typeof spawn = spawn): PowermetricsStream {
  const acc = createPowermetricsAccumulator(false);
  let failure: string | null = null;
  let stopped = false;
  const child: ChildProcess = spawnFn(
    'sudo',
    ['-n', POWERMETRICS_PATH, '--samplers', 'cpu_power,gpu_power', '-i', String(intervalMs)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => acc.push(chunk));
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    if (stderr.length < 500) stderr += chunk;
  });
  child.on('error', (err) => {
    failure = `powermetrics could not start: ${err.message}`;
  });
  child.on('exit', (code, signal) => {
    acc.flush();
    if (!stopped)
      failure =
        `powermetrics exited ` +
        `(${signal ?? `code ${code}`})${stderr.trim() ? `: ${stderr.trim().split('\n')[0]}` : ''}`;
  });
  // The sampler must be able to exit while powermetrics still runs.
  child.unref();
  (child.stdout as unknown as { unref?: () => void } | null)?.unref?.();
  (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
  return {
    totals: () => acc.totals(),
    failure: () => failure,
    stop(): void {
      stopped = true;
      try {
        child.kill('SIGTERM'); // sudo relays it to powermetrics
      } catch {
        /* already gone */
      }
    },
  };
}
