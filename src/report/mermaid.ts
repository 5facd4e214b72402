// Small Mermaid `xychart-beta` charts for the PR comment and job summary (GitHub renders
// ```mermaid fences). Every label goes through escapeMermaidLabel; numbers are plain.

import type { Comparison, TimelinePoint } from '../schema/report';
import { escapeMermaidLabel } from './escape';
import { formatPlainNumber } from './format';

export const MAX_CHART_POINTS = 120;

const fence = (lines: string[]): string => ['```mermaid', ...lines, '```'].join('\n');

/** Keeps at most `max` points, evenly spaced, always including the first and last. */
export function thinPoints<T>(points: T[], max: number): T[] {
  if (points.length <= max) return points;
  if (max <= 1) return points.slice(0, Math.max(0, max));
  const out: T[] = [];
  for (let i = 0; i < max; i++) out.push(points[Math.round((i * (points.length - 1)) / (max - 1))]);
  return out;
}

/** A round upper bound for the y-axis (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^n) so the chart doesn't clip the peak. */
export function niceCeiling(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const exponent = Math.floor(Math.log10(value));
  const base = 10 ** exponent;
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step * base >= value) return step * base;
  return 10 * base;
}

/** Power that moved less than this fraction of its mean (max − min) is "steady": a chart of it says nothing. */
export const STEADY_POWER_MAX_SPREAD = 0.05;

/** True when the timeline's spread (max − min) is under STEADY_POWER_MAX_SPREAD of its mean. */
export function isSteadyPower(timeline: TimelinePoint[]): boolean {
  const powers = timeline.map((p) => p.powerW).filter((w) => Number.isFinite(w));
  if (powers.length < 2) return false;
  const meanW = powers.reduce((a, w) => a + w, 0) / powers.length;
  if (meanW <= 0) return false;
  return (Math.max(...powers) - Math.min(...powers)) / meanW < STEADY_POWER_MAX_SPREAD;
}

/**
 * Whole-machine power over time. The x-axis is numeric (minutes since the start of metering);
 * xychart-beta spreads the series evenly over it, which matches the evenly downsampled timeline.
 * Returns null when there are fewer than 2 points (nothing to draw).
 */
export function powerChart(timeline: TimelinePoint[], title = 'Power draw'): string | null {
  const points = thinPoints(
    timeline.filter((p) => Number.isFinite(p.tS) && Number.isFinite(p.powerW)),
    MAX_CHART_POINTS,
  );
  if (points.length < 2) return null;
  const lastMin = points[points.length - 1].tS / 60;
  const firstMin = points[0].tS / 60;
  const peakW = Math.max(...points.map((p) => p.powerW));
  return fence([
    'xychart-beta',
    `    title "${escapeMermaidLabel(title)}"`,
    `    x-axis "Time (min)" ${formatPlainNumber(firstMin, 2)} --> ` +
      `${formatPlainNumber(Math.max(lastMin, firstMin + 0.01), 2)}`,
    `    y-axis "Power (W)" 0 --> ${formatPlainNumber(niceCeiling(peakW * 1.05), 3)}`,
    `    line [${points.map((p) => formatPlainNumber(Math.max(0, p.powerW), 2)).join(', ')}]`,
  ]);
}

type AvailableComparison = Extract<Comparison, { available: true }>;

/**
 * CO2e per run: the base branch's last runs (oldest first) as bars, then this run, with the
 * base median as a line, so a reviewer sees whether the change bends the curve.
 * Returns null without a trend.
 */
export function trendChart(comparison: AvailableComparison, currentCo2eG: number): string | null {
  if (!comparison.trend || comparison.trend.length === 0) return null;
  const base = thinPoints(comparison.trend, MAX_CHART_POINTS - 1);
  // Categories must be unique (a band scale merges duplicates), so each carries its index.
  const labels = base.map((run, i) => {
    const sha = typeof run.sha === 'string' ? run.sha.slice(0, 7) : '';
    return escapeMermaidLabel(sha ? `${i + 1} ${sha}` : `base ${i + 1}`, 20);
  });
  labels.push('this run');
  const valuesG = [...base.map((run) => run.co2eG), currentCo2eG].map((g) => (Number.isFinite(g) ? Math.max(0, g) : 0));
  const medianG = Number.isFinite(comparison.co2eG.baseMedian) ? comparison.co2eG.baseMedian : 0;
  // Sub-gram runs are charted in mg so the bars don't all round to 0.
  const inMg = Math.max(...valuesG, medianG) < 1;
  const unit = inMg ? 'mg' : 'g';
  const values = valuesG.map((g) => (inMg ? g * 1000 : g));
  const median = inMg ? medianG * 1000 : medianG;
  const top = niceCeiling(Math.max(...values, median) * 1.05);
  return fence([
    'xychart-beta',
    `    title "CO2e per run: ${escapeMermaidLabel(comparison.baseBranch, 40)} vs this run"`,
    `    x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `    y-axis "CO2e (${unit})" 0 --> ${formatPlainNumber(top, 4)}`,
    `    bar [${values.map((g) => formatPlainNumber(g, 3)).join(', ')}]`,
    `    line [${values.map(() => formatPlainNumber(median, 3)).join(', ')}]`,
  ]);
}
