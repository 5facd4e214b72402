// The main step's check that the detached sampler got past its start-up: the sampler opens
// the samples file synchronously as soon as its arguments are parsed, so the file appearing
// means it is running; an exit first means it refused to start, and its reason is the tail
// of sampler.log. Without this the job would end with no summary and the reason buried in a log.
import { existsSync, readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';

export type SamplerStart = { ok: true } | { ok: false; reason: string };

/** The last non-blank lines of the sampler's log, trimmed to a sentence a warning can carry. */
export function samplerLogTail(logFile: string, maxChars = 600): string {
  let text: string;
  try {
    text = readFileSync(logFile, 'utf8');
  } catch {
    return '';
  }
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const tail = lines.slice(-3).join(' | ');
  return tail.length > maxChars ? `…${tail.slice(-maxChars)}` : tail;
}

/**
 * Resolves once the samples file exists (started), the child exits (failed), or `timeoutMs`
 * passes (assumed started: a slow start is not a failure; the post step notices a dead one).
 */
export function waitForSamplerStart(opts: {
  child: Pick<ChildProcess, 'once' | 'off'>;
  samplesFile: string;
  logFile: string;
  timeoutMs?: number;
  pollMs?: number;
}): Promise<SamplerStart> {
  const timeoutMs = opts.timeoutMs ?? 2000;
  const pollMs = opts.pollMs ?? 20;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: SamplerStart): void => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(limit);
      opts.child.off('exit', onExit);
      resolve(result);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      const why = samplerLogTail(opts.logFile) || 'no message in sampler.log';
      finish({
        ok: false,
        reason: `the sampler exited at start-up (${signal ? `signal ${signal}` : `exit code ${code}`}): ${why}`,
      });
    };
    opts.child.once('exit', onExit);
    const poll = setInterval(() => {
      if (existsSync(opts.samplesFile)) finish({ ok: true });
    }, pollMs);
    const limit = setTimeout(() => finish({ ok: true }), timeoutMs);
  });
}
