// Stops the detached sampler started by the main step: a stop file first (the only signal a
// detached process gets on Windows), then SIGTERM (not on Windows, where it is a hard kill),
// and waits for it to write its end line.
import { readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** An exited child nobody has reaped yet still answers kill(pid, 0). */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

export async function stopSampler(opts: {
  pid: number;
  samplesFile: string;
  timeoutMs?: number;
  /** The sampler's interval: it looks for the stop file once per tick. */
  intervalMs?: number;
  platform?: NodeJS.Platform;
}): Promise<{ diedEarly: boolean; stopped: boolean }> {
  if (!isAlive(opts.pid)) return { diedEarly: true, stopped: false };
  try {
    writeFileSync(`${opts.samplesFile}.stop`, '');
  } catch {
    // the signal below still stops it
  }
  let timeoutMs = opts.timeoutMs ?? 3000;
  if ((opts.platform ?? process.platform) === 'win32') {
    // A "SIGTERM" on Windows is TerminateProcess: no last sample, no end line. Give the stop
    // file one tick (plus the last sample's time) first; the kill below is the fallback.
    timeoutMs = Math.max(timeoutMs, (opts.intervalMs ?? 1000) + 2000);
  } else {
    try {
      process.kill(opts.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(opts.pid)) return { diedEarly: false, stopped: true };
    await sleep(25);
  }
  try {
    process.kill(opts.pid, 'SIGKILL');
  } catch {
    // ignore
  }
  return { diedEarly: false, stopped: false };
}
