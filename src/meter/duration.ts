// The sampling interval as users write it. Accepted: "<number><unit>" with unit ms, s or m
// ("500ms", "1s", "1.5s", "2m"), or a bare number meaning milliseconds ("250"), because the
// sampler's own flag is --interval-ms. Range 100 ms–60 s: faster costs CPU for no accuracy
// gain; slower misses the shape of short jobs.

export const MIN_INTERVAL_MS = 100;
export const MAX_INTERVAL_MS = 60_000;
const RANGE_TEXT = '100ms–60s';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };

/** Parses a duration to milliseconds; `label` names the option in the error. */
export function parseDuration(text: string, label = '--interval'): number {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(ms|s|m)?\s*$/i.exec(text);
  if (!m) {
    throw new Error(`${label}: ${JSON.stringify(text)} is not a duration; use e.g. 500ms, 1s, 2m (${RANGE_TEXT})`);
  }
  const unit = (m[2] ?? 'ms').toLowerCase();
  return Number(m[1]) * UNIT_MS[unit];
}

/** Checks the 100 ms–60 s range; returns the value rounded to whole milliseconds. */
export function validateIntervalMs(intervalMs: number, label = '--interval'): number {
  if (!Number.isFinite(intervalMs) || intervalMs < MIN_INTERVAL_MS || intervalMs > MAX_INTERVAL_MS) {
    throw new Error(
      `${label}: ${intervalMs}ms is outside the accepted range ${RANGE_TEXT} (bare numbers are milliseconds)`,
    );
  }
  return Math.round(intervalMs);
}

/** parseDuration then validateIntervalMs. */
export function parseIntervalMs(text: string, label = '--interval'): number {
  return validateIntervalMs(parseDuration(text, label), label);
}
