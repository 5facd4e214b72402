// @actions/cache never throws on a failed restore or save: it prints a warning or an error
// annotation and returns "nothing". To tell "no baseline yet" from "cache service down",
// and to keep a degraded cache from painting the user's run with red annotations that
// carbon-action then repeats as one warning, its output is teed while it runs: every
// line still reaches the log, but ::error:: and ::warning:: become plain lines.

export interface CapturedLog {
  /** Every line written while capturing, as written. */
  lines: string[];
  /** Messages of the error/warning annotations seen, in order. */
  problems: string[];
}

// The stdout writer from before the first capture still running: a capture abandoned at the
// post step's deadline (its cache call never returns) must not swallow what comes after.
let uncaptured: typeof process.stdout.write | null = null;
let active = 0;

/** Puts stdout back as it was before every capture still running (called at the deadline). */
export function releaseLogCaptures(): void {
  if (uncaptured) process.stdout.write = uncaptured;
}

export async function withActionsLogCapture<T>(
  fn: () => Promise<T>,
  opts: { demoteAnnotations?: boolean } = {},
): Promise<{ value: T; log: CapturedLog }> {
  const log: CapturedLog = { lines: [], problems: [] };
  const demote = opts.demoteAnnotations ?? true;
  const original = process.stdout.write;
  let pending = '';
  const patched = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    let text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
    pending += text;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      log.lines.push(line);
      const m = /^::(error|warning)(?: [^:]*)?::(.*)$/.exec(line.replace(/\r$/, ''));
      if (m) {
        const message = m[2].replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
        log.problems.push(message);
        if (demote) text = text.replace(line, `cache ${m[1]}: ${m[2]}`);
      }
    }
    return (original as (...a: unknown[]) => boolean).call(process.stdout, text, ...rest);
  };
  if (active++ === 0) uncaptured = original;
  process.stdout.write = patched as typeof process.stdout.write;
  try {
    const value = await fn();
    return { value, log };
  } finally {
    // Only undo our own patch: a later patcher stays in place.
    if (process.stdout.write === patched) process.stdout.write = original;
    if (--active === 0) uncaptured = null;
    if (pending) log.lines.push(pending);
  }
}
