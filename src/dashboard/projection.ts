// Monthly projection at the current run rate, per series (repository/workflow/job/matrix).
//
//   window      = the last 28 days before `now`, or the series' whole span if it is shorter
//                 (its first run ever → now), never shorter than 1 day
//   runs/month  = runs in window ÷ window days × 30.4375   (365.25 / 12 days per month)
//   CO2e/month  = runs/month × mean CO2e per run in the window
//
// So a workflow that ran 56 times in the last 28 days at 20 g each projects to
// 56 / 28 × 30.4375 × 20 g = 1,217.5 g ≈ 1.2 kg per month. It is a run-rate figure, not a
// forecast: a series with no run in the last 28 days projects to 0.

export const PROJECTION_WINDOW_DAYS = 28;
export const DAYS_PER_MONTH = 365.25 / 12;
export const MIN_WINDOW_DAYS = 1;
const MS_PER_DAY = 86_400_000;

export interface ProjectionRun {
  atMs: number;
  co2eG: number;
}

export interface MonthlyProjection {
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
  for (const r of runs) {
    if (r.atMs < firstMs) firstMs = r.atMs;
    if (r.atMs < windowStartMs || r.atMs > nowMs) continue;
    runsInWindow++;
    sumCo2eG += r.co2eG;
  }
  if (runsInWindow === 0) {
    return { runsInWindow: 0, windowDays: PROJECTION_WINDOW_DAYS, runsPerMonth: 0, meanCo2eGPerRun: 0, co2eGPerMonth: 0 };
  }
  const windowDays = Math.max(MIN_WINDOW_DAYS, (nowMs - Math.max(firstMs, windowStartMs)) / MS_PER_DAY);
  const runsPerMonth = (runsInWindow / windowDays) * DAYS_PER_MONTH;
  const meanCo2eGPerRun = sumCo2eG / runsInWindow;
  return { runsInWindow, windowDays, runsPerMonth, meanCo2eGPerRun, co2eGPerMonth: runsPerMonth * meanCo2eGPerRun };
}
