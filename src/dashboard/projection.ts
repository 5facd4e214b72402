// Monthly projection at the current run rate, per series (repository/workflow/job/matrix).
//
//   window      = the last 28 days before `now`, or the series' whole span if it is shorter
//                 (its first run ever → now), never shorter than 1 day
//   runs/month  = runs in window ÷ window days × 30.4375   (365.25 / 12 days per month)
//   CO2e/month  = runs/month × mean CO2e per run in the window
//
// So a workflow that ran 56 times in the last 28 days at 20 g each projects to
// 56 / 28 × 30.4375 × 20 g = 1,217.5 g ≈ 1.2 kg per month. It is a run-rate figure, not a
// forecast: a series with no run in the last 28 days projects to 0. A series with fewer than
// 10 runs over less than 14 days is not projected at all (enoughHistory false).

import { MS_PER_DAY } from '../units/convert';

// Too little history projects nonsense (one run became "7 runs a week"): a series is
// projected only once it has MIN_PROJECTION_RUNS runs or spans MIN_PROJECTION_DAYS days.
export const MIN_PROJECTION_RUNS = 10;
export const MIN_PROJECTION_DAYS = 14;

export const PROJECTION_WINDOW_DAYS = 28;
export const DAYS_PER_MONTH = 365.25 / 12;
export const MIN_WINDOW_DAYS = 1;

export interface ProjectionRun {
  atMs: number;
  co2eG: number;
}

export interface MonthlyProjection {
  /**
   * False when the series has fewer than MIN_PROJECTION_RUNS runs and spans under MIN_PROJECTION_DAYS: the figures
   * below are then 0, not shown.
   */
  enoughHistory: boolean;
  runsInWindow: number;
  windowDays: number;
  runsPerMonth: number;
  meanCo2eGPerRun: number;
  co2eGPerMonth: number;
}

export function monthlyProjection(runs: Iterable<ProjectionRun>, nowMs: number): MonthlyProjection {
  const windowStartMs = nowMs - PROJECTION_WINDOW_DAYS * MS_PER_DAY;
  let runsInWindow = 0;
  let sumCo2eG = 0;
  let firstMs = Infinity;
  let lastMs = -Infinity;
  let runCount = 0;
  for (const r of runs) {
    runCount++;
    if (r.atMs < firstMs) firstMs = r.atMs;
    if (r.atMs > lastMs) lastMs = r.atMs;
    if (r.atMs < windowStartMs || r.atMs > nowMs) continue;
    runsInWindow++;
    sumCo2eG += r.co2eG;
  }
  const enoughHistory = runCount >= MIN_PROJECTION_RUNS || (lastMs - firstMs) / MS_PER_DAY >= MIN_PROJECTION_DAYS;
  if (runsInWindow === 0 || !enoughHistory) {
    return {
      enoughHistory,
      runsInWindow,
      windowDays: PROJECTION_WINDOW_DAYS,
      runsPerMonth: 0,
      meanCo2eGPerRun: 0,
      co2eGPerMonth: 0,
    };
  }
  const windowDays = Math.max(MIN_WINDOW_DAYS, (nowMs - Math.max(firstMs, windowStartMs)) / MS_PER_DAY);
  const runsPerMonth = (runsInWindow / windowDays) * DAYS_PER_MONTH;
  const meanCo2eGPerRun = sumCo2eG / runsInWindow;
  return {
    enoughHistory,
    runsInWindow,
    windowDays,
    runsPerMonth,
    meanCo2eGPerRun,
    co2eGPerMonth: runsPerMonth * meanCo2eGPerRun,
  };
}
