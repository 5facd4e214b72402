// The sampling interval's bounds and its rule, shared by the CLI's --interval, the action's
// sample-interval and the sampler process. Range 100 ms–60 s: faster costs CPU for no accuracy
// gain; slower misses the shape of short jobs. A bare number means milliseconds ("250"),
// because the sampler's own flag is --interval-ms and the CLI has always read it so.
import { parseDurationMs, type QuantityRule } from '../units/parse';

export const MIN_INTERVAL_MS = 100;
export const MAX_INTERVAL_MS = 60_000;
const RANGE_TEXT = '100ms–60s';

/** --interval / sample-interval: the text as users write it → whole milliseconds. */
export const SAMPLE_INTERVAL_RULE: QuantityRule = {
  noun: 'a duration',
  parse: (text) => parseDurationMs(text, { bareUnit: 'ms' }),
  min: MIN_INTERVAL_MS,
  max: MAX_INTERVAL_MS,
  accepted: '500ms, 1s, 1.5s, 30s, 1m, 1min, or bare milliseconds such as 250 (from 100ms to 60s)',
  // The sampler takes whole milliseconds: rounded after the range check, so "99.6ms" is refused.
  round: true,
};

/** Checks the 100 ms–60 s range of an interval the program itself holds; returns it rounded to whole ms. */
export function validateIntervalMs(intervalMs: number, label = '--interval'): number {
  if (!Number.isFinite(intervalMs) || intervalMs < MIN_INTERVAL_MS || intervalMs > MAX_INTERVAL_MS) {
    throw new Error(
      `${label}: ${intervalMs}ms is outside the accepted range ${RANGE_TEXT} (bare numbers are milliseconds)`,
    );
  }
  return Math.round(intervalMs);
}
