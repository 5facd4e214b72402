import type { Comparison, MetricComparison, Report } from '../schema/report';
import { NO_BASELINE_YET } from './store';
import { likeForLike } from './like-for-like';

// History upkeep and the base-branch comparison. Pure: plain data in, plain data out.
//
// The comparison takes the median of the base branch's last ≤ maxRuns runs, because one
// slow or noisy run (a cold cache, a busy host) would drag a mean but not a median.
// "Within noise" is defined by the base runs themselves: the current figure lies inside
// their own min–max spread (inclusive). With a single base run the spread is one point,
// so only an identical figure is "within noise": one run says nothing about variation.
// Base runs are first made comparable with this one across hardware (./like-for-like.ts):
// the same machine class when there are enough such runs, otherwise re-priced on this machine.

export const HISTORY_MAX_ENTRIES = 50;
export const COMPARE_MAX_RUNS = 5;

const runKey = (r: Report): string | null =>
  r.context?.runId
    ? `${r.context.runId}/${r.context.runAttempt ?? ''}/${r.context.job ?? ''}/${r.context.matrix ?? ''}`
    : null;

const endedMs = (r: Report): number => {
  const t = Date.parse(r.endedAt);
  return Number.isNaN(t) ? -Infinity : t;
};

/** Oldest first by end time; entries without a usable time keep their relative order at the front. */
export function sortByEnd(entries: Report[]): Report[] {
  return entries
    .map((r, i) => ({ r, i }))
    .sort((a, b) => endedMs(a.r) - endedMs(b.r) || a.i - b.i)
    .map((x) => x.r);
}

/**
 * The history with `report` added, oldest first, at most `max` entries (the oldest drop
 * out). A report for the same run attempt replaces the earlier one (a re-saved post step).
 */
export function appendToHistory(entries: Report[], report: Report, max = HISTORY_MAX_ENTRIES): Report[] {
  if (!Number.isInteger(max) || max < 1) throw new Error(`history size must be a whole number ≥ 1, got ${max}`);
  const key = runKey(report);
  const kept = key === null ? entries : entries.filter((e) => runKey(e) !== key);
  const all = sortByEnd([...kept, report]);
  return all.slice(Math.max(0, all.length - max));
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function compareMetric(current: number, base: number[]): MetricComparison {
  const baseMedian = median(base);
  const baseMin = Math.min(...base);
  const baseMax = Math.max(...base);
  const deltaAbs = current - baseMedian;
  return {
    current,
    baseMedian,
    baseMin,
    baseMax,
    deltaAbs,
    deltaPercent: baseMedian === 0 ? null : (deltaAbs / baseMedian) * 100,
    withinNoise: current >= baseMin && current <= baseMax,
  };
}

export interface CompareOptions {
  /** How many of the latest base runs to take (default 5). */
  maxRuns?: number;
  /** Named in the result; default: current.context.baseBranch, else "base". */
  baseBranch?: string;
}

/** This run against the median of the base branch's latest runs, like for like (./like-for-like.ts). */
export function compareWithBaseline(current: Report, baseEntries: Report[], opts: CompareOptions = {}): Comparison {
  const maxRuns = opts.maxRuns ?? COMPARE_MAX_RUNS;
  if (!Number.isInteger(maxRuns) || maxRuns < 1) {
    throw new Error(`maxRuns must be a whole number ≥ 1, got ${maxRuns}`);
  }
  const baseBranch = opts.baseBranch ?? current.context?.baseBranch ?? 'base';
  const currentKey = runKey(current);
  // The run being judged must not be part of its own baseline (push runs compare with their own branch).
  const usable = baseEntries.filter((e) => currentKey === null || runKey(e) !== currentKey);
  if (usable.length === 0) return { available: false, reason: NO_BASELINE_YET, baseBranch };
  const { runs: recent, basis } = likeForLike(current, sortByEnd(usable), maxRuns, baseBranch);
  const currentCpuS = current.work?.cpuSeconds;
  const baseCpuS = recent.map((r) => r.cpuSeconds);
  return {
    available: true,
    baseBranch,
    runs: recent.length,
    co2eG: compareMetric(
      current.co2eG.total,
      recent.map((r) => r.co2eG),
    ),
    energyWh: compareMetric(
      current.energyWh.total,
      recent.map((r) => r.energyWh),
    ),
    trend: recent.map((r) => ({
      at: r.report.endedAt,
      co2eG: r.co2eG,
      energyWh: r.energyWh,
      ...(r.report.context?.sha ? { sha: r.report.context.sha } : {}),
    })),
    basis,
    ...(typeof currentCpuS === 'number' && baseCpuS.every((c): c is number => c !== null)
      ? { cpuSeconds: compareMetric(currentCpuS, baseCpuS) }
      : {}),
  };
}
