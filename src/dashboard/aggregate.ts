import type { Report } from '../schema/report';
import { MS_PER_DAY } from '../units/convert';
import { downsampleLttb, MAX_CHART_POINTS } from './downsample';
import { monthlyProjection, PROJECTION_WINDOW_DAYS, type MonthlyProjection } from './projection';

// One pass over the reports builds everything the page shows; the renderer only formats.

const MS_PER_WEEK = 7 * MS_PER_DAY;
export const WEEKS_SHOWN = 26;
export const REGIONS_SHOWN = 3;

export interface SeriesKey {
  repository: string;
  workflow: string;
  job: string;
  matrix: string;
}

export interface RunPoint {
  /** x: start time (ms since epoch); y: CO2e (g). Named x/y for the downsampler. */
  x: number;
  y: number;
  energyWh: number;
  durationS: number;
  branch: string;
  sha: string;
}

export interface SeriesSummary {
  key: SeriesKey;
  runs: number;
  energyWh: number;
  co2eG: number;
  firstMs: number;
  lastMs: number;
  last: RunPoint;
  /** Oldest first, at most MAX_CHART_POINTS real runs. */
  chartPoints: RunPoint[];
  runsPerWeek: number;
  projection: MonthlyProjection;
}

export interface RepoSummary {
  repository: string;
  runs: number;
  energyWh: number;
  co2eG: number;
  co2eGPerMonth: number;
  /** Series with enough history to project; co2eGPerMonth sums only these. */
  seriesProjected: number;
  series: SeriesSummary[];
}

export interface WeekBucket {
  weekStartMs: number;
  runs: number;
  co2eG: number;
}

export interface RegionComparison {
  region: string;
  /** Runs whose report lists this region as a greener option. */
  runs: number;
  /** Sum of those reports' greenerRegions[].co2eG for this region (operational, same energy and PUE). */
  co2eG: number;
  /** The same runs' actual operational CO2e. */
  actualCo2eG: number;
}

export interface DashboardData {
  nowMs: number;
  totals: {
    runs: number;
    repositories: number;
    series: number;
    energyWh: number;
    co2eG: number;
    co2eGOperational: number;
    /** IT energy × PUE, summed per run: what the household equivalent compares. */
    facilityEnergyWh: number;
    durationS: number;
    firstMs: number;
    lastMs: number;
    co2eGPerMonth: number;
    /** Series with enough history to project (≥ 10 runs or ≥ 14 days); co2eGPerMonth sums only these. */
    seriesProjected: number;
  };
  repos: RepoSummary[];
  /** Up to WEEKS_SHOWN weeks, oldest first, ending with the week of the last run (not of today). */
  weekly: WeekBucket[];
  /** Each run moved to the first (greenest) region its report lists; runs listing none stay as they are. */
  greenestOption: { co2eG: number; actualCo2eG: number; runsMoved: number };
  regions: RegionComparison[];
}

interface SeriesAcc {
  key: SeriesKey;
  points: RunPoint[];
  energyWh: number;
  co2eG: number;
}

export function seriesLabels(r: Report): SeriesKey {
  const c = r.context ?? {};
  const cli = r.kind === 'cli';
  return {
    repository: str(c.repository) || (cli ? '(local runs)' : '(unknown repository)'),
    workflow: str(c.workflow) || (cli ? 'carbon-action measure' : '(unknown workflow)'),
    job:
      str(c.job) || (Array.isArray(r.command) && r.command.length ? r.command.join(' ').slice(0, 80) : '(unknown job)'),
    matrix: str(c.matrix),
  };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

/** Monday 00:00 UTC of the week holding `ms`. */
export function weekStartMs(ms: number): number {
  const day = Math.floor(ms / MS_PER_DAY);
  // 1970-01-01 was a Thursday: day 0 → weekday 3 counting from Monday.
  const weekday = (day + 3) % 7;
  return (day - weekday) * MS_PER_DAY;
}

type Totals = Omit<DashboardData['totals'], 'runs' | 'repositories' | 'series' | 'co2eGPerMonth' | 'seriesProjected'>;

/** What one pass over the reports accumulates. */
interface Accumulator {
  series: Map<string, SeriesAcc>;
  regions: Map<string, RegionComparison>;
  weeks: Map<number, WeekBucket>;
  totals: Totals;
  greenestOption: DashboardData['greenestOption'];
}

function addToSeries(series: Map<string, SeriesAcc>, r: Report, atMs: number): void {
  const key = seriesLabels(r);
  const id = `${key.repository}\u0000${key.workflow}\u0000${key.job}\u0000${key.matrix}`;
  let acc = series.get(id);
  if (!acc) series.set(id, (acc = { key, points: [], energyWh: 0, co2eG: 0 }));
  acc.points.push({
    x: atMs,
    y: r.co2eG.total,
    energyWh: r.energyWh.total,
    durationS: r.durationS,
    branch: str(r.context?.branch),
    sha: str(r.context?.sha),
  });
  acc.energyWh += r.energyWh.total;
  acc.co2eG += r.co2eG.total;
}

function addToTotals(t: Totals, r: Report, atMs: number): void {
  t.energyWh += r.energyWh.total;
  t.co2eG += r.co2eG.total;
  t.co2eGOperational += r.co2eG.operational;
  t.facilityEnergyWh += r.energyWh.total * (r.pue?.value ?? 1);
  t.durationS += r.durationS;
  if (atMs < t.firstMs) t.firstMs = atMs;
  if (atMs > t.lastMs) t.lastMs = atMs;
}

function addToWeek(weeks: Map<number, WeekBucket>, r: Report, atMs: number): void {
  const wk = weekStartMs(atMs);
  let bucket = weeks.get(wk);
  if (!bucket) weeks.set(wk, (bucket = { weekStartMs: wk, runs: 0, co2eG: 0 }));
  bucket.runs++;
  bucket.co2eG += r.co2eG.total;
}

/** The run moved to its greenest listed region, and every listed region's hypothetical CO2e. */
function addGreenerRegions(a: Accumulator, r: Report): void {
  const greener = Array.isArray(r.greenerRegions) ? r.greenerRegions : [];
  const operational = r.co2eG.operational;
  const first = greener[0];
  if (first && Number.isFinite(first.co2eG)) {
    a.greenestOption.co2eG += first.co2eG;
    a.greenestOption.runsMoved++;
  } else {
    a.greenestOption.co2eG += operational;
  }
  a.greenestOption.actualCo2eG += operational;
  for (const g of greener) {
    if (!g || typeof g.region !== 'string' || !Number.isFinite(g.co2eG)) continue;
    let ra = a.regions.get(g.region);
    if (!ra) a.regions.set(g.region, (ra = { region: g.region, runs: 0, co2eG: 0, actualCo2eG: 0 }));
    ra.runs++;
    ra.co2eG += g.co2eG;
    ra.actualCo2eG += operational;
  }
}

function accumulate(reports: Report[]): Accumulator {
  const a: Accumulator = {
    series: new Map(),
    regions: new Map(),
    weeks: new Map(),
    totals: {
      energyWh: 0,
      co2eG: 0,
      co2eGOperational: 0,
      facilityEnergyWh: 0,
      durationS: 0,
      firstMs: Infinity,
      lastMs: -Infinity,
    },
    greenestOption: { co2eG: 0, actualCo2eG: 0, runsMoved: 0 },
  };
  for (const r of reports) {
    const atMs = Date.parse(r.startedAt);
    addToSeries(a.series, r, atMs);
    addToTotals(a.totals, r, atMs);
    addToWeek(a.weeks, r, atMs);
    addGreenerRegions(a, r);
  }
  return a;
}

function summariseSeries(acc: SeriesAcc, nowMs: number): SeriesSummary {
  acc.points.sort((a, b) => a.x - b.x);
  const projection = monthlyProjection(
    acc.points.map((p) => ({ atMs: p.x, co2eG: p.y })),
    nowMs,
  );
  return {
    key: acc.key,
    runs: acc.points.length,
    energyWh: acc.energyWh,
    co2eG: acc.co2eG,
    firstMs: acc.points[0].x,
    lastMs: acc.points[acc.points.length - 1].x,
    last: acc.points[acc.points.length - 1],
    chartPoints: downsampleLttb(acc.points, MAX_CHART_POINTS),
    runsPerWeek:
      projection.enoughHistory && projection.runsInWindow ? (projection.runsInWindow / projection.windowDays) * 7 : 0,
    projection,
  };
}

/** Series grouped by repository: repositories by name, their series by projected CO2e, highest first. */
function summariseRepos(series: Iterable<SeriesAcc>, nowMs: number): RepoSummary[] {
  const repoMap = new Map<string, RepoSummary>();
  for (const acc of series) {
    const summary = summariseSeries(acc, nowMs);
    const name = acc.key.repository;
    let repo = repoMap.get(name);
    if (!repo) {
      repo = { repository: name, runs: 0, energyWh: 0, co2eG: 0, co2eGPerMonth: 0, seriesProjected: 0, series: [] };
      repoMap.set(name, repo);
    }
    repo.series.push(summary);
    repo.runs += summary.runs;
    repo.energyWh += summary.energyWh;
    repo.co2eG += summary.co2eG;
    repo.co2eGPerMonth += summary.projection.co2eGPerMonth;
    if (summary.projection.enoughHistory) repo.seriesProjected++;
  }
  const repos = [...repoMap.values()].sort((a, b) => compareText(a.repository, b.repository));
  for (const repo of repos) {
    repo.series.sort(
      (a, b) =>
        b.projection.co2eGPerMonth - a.projection.co2eGPerMonth ||
        compareText(a.key.workflow, b.key.workflow) ||
        compareText(a.key.job, b.key.job) ||
        compareText(a.key.matrix, b.key.matrix),
    );
  }
  return repos;
}

/** Up to WEEKS_SHOWN weeks ending with the week of the last run; a history that stopped months ago still shows. */
function weeklyBuckets(weeks: Map<number, WeekBucket>, firstMs: number, lastMs: number): WeekBucket[] {
  const weekly: WeekBucket[] = [];
  const lastWeek = weekStartMs(lastMs);
  const weeksSpanned = Math.round((lastWeek - weekStartMs(firstMs)) / MS_PER_WEEK) + 1;
  for (let i = Math.min(WEEKS_SHOWN, weeksSpanned) - 1; i >= 0; i--) {
    const wk = lastWeek - i * MS_PER_WEEK;
    weekly.push(weeks.get(wk) ?? { weekStartMs: wk, runs: 0, co2eG: 0 });
  }
  return weekly;
}

export function aggregate(reports: Report[], nowMsIn: number): DashboardData {
  const a = accumulate(reports);
  const { firstMs, lastMs } = a.totals;
  // "Now" never lies before the newest run (a clock behind the history's).
  const nowMs = reports.length ? Math.max(nowMsIn, lastMs) : nowMsIn;
  const repos = summariseRepos(a.series.values(), nowMs);
  // Regions listed for the most runs first, then the lowest hypothetical total.
  const regions = [...a.regions.values()]
    .sort((x, y) => y.runs - x.runs || ratio(x) - ratio(y) || compareText(x.region, y.region))
    .slice(0, REGIONS_SHOWN);
  return {
    nowMs,
    totals: {
      runs: reports.length,
      repositories: repos.length,
      series: a.series.size,
      ...a.totals,
      firstMs: reports.length ? firstMs : NaN,
      lastMs: reports.length ? lastMs : NaN,
      co2eGPerMonth: repos.reduce((s, r) => s + r.co2eGPerMonth, 0),
      seriesProjected: repos.reduce((s, r) => s + r.seriesProjected, 0),
    },
    repos,
    weekly: reports.length ? weeklyBuckets(a.weeks, firstMs, lastMs) : [],
    greenestOption: a.greenestOption,
    regions,
  };
}

const ratio = (r: RegionComparison): number => (r.actualCo2eG > 0 ? r.co2eG / r.actualCo2eG : Infinity);
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export { PROJECTION_WINDOW_DAYS };
