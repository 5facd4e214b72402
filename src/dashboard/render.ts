import type { Equivalent, Report } from '../schema/report';
import { formatDurationS, formatEnergyWh, formatMassG, formatPercent } from '../report/format';
import { aggregate, type DashboardData, type RepoSummary, type SeriesSummary, REGIONS_SHOWN } from './aggregate';
import { MAX_CHART_POINTS } from './downsample';
import { escapeHtml } from './html';
import {
  DAYS_PER_MONTH,
  MIN_PROJECTION_DAYS,
  MIN_PROJECTION_RUNS,
  MIN_WINDOW_DAYS,
  PROJECTION_WINDOW_DAYS,
} from './projection';
import { isoDate, trendChart, weeklyChart } from './svg';
import { DASHBOARD_CSS } from './style';
import { MS_PER_DAY } from '../units/convert';

export interface DashboardOptions {
  /** ISO time the page is built at; also "now" for the monthly projection. */
  generatedAt: string;
  title?: string;
  /** Equivalents of the totals; none are shown when absent or empty. */
  /** Equivalents of the totals: CO2e, and facility energy (IT × PUE) for energy-based ones. */
  equivalentsFor?: (co2eG: number, facilityEnergyWh: number) => Equivalent[];
}

const DEFAULT_TITLE = 'CI carbon dashboard';
const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** The whole self-contained page: inline CSS and SVG, no script, nothing fetched. */
export function buildDashboard(reports: Report[], opts: DashboardOptions): string {
  const nowMs = Date.parse(opts.generatedAt);
  if (Number.isNaN(nowMs))
    throw new Error(`dashboard generatedAt ${JSON.stringify(opts.generatedAt)} is not an ISO date`);
  const title = opts.title?.trim() || DEFAULT_TITLE;
  const data = aggregate(reports, nowMs);
  const body = data.totals.runs === 0 ? emptyPage() : fullPage(data, opts);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may be fetched: not even a favicon request from file://.
    '<meta http-equiv="Content-Security-Policy" ' +
      `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${DASHBOARD_CSS}</style>`,
    '</head>',
    '<body>',
    '<header class="top">',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="sub">Energy and CO2e of CI runs measured by carbon-action · generated ${escapeHtml(
      new Date(nowMs).toISOString().slice(0, 16).replace('T', ' '),
    )} UTC</p>`,
    '</header>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function emptyPage(): string {
  return (
    '<section class="empty"><h2>No runs yet</h2><p>This history holds no carbon-action report. ' +
    "Once carbon-action has measured a run and saved its report (the action's history branch, or " +
    '<code>carbon-action measure --json</code>), build this page again.</p></section>'
  );
}

function fullPage(d: DashboardData, opts: DashboardOptions): string {
  const t = d.totals;
  const spanDays = (t.lastMs - t.firstMs) / MS_PER_DAY;
  const parts: string[] = [];
  parts.push('<section class="cards" aria-label="Totals">');
  parts.push(
    card(
      'Runs',
      int.format(t.runs),
      `${t.repositories} repositor${t.repositories === 1 ? 'y' : 'ies'} · ${t.series} job${t.series === 1 ? '' : 's'}`,
    ),
  );
  parts.push(card('CO2e', formatMassG(t.co2eG), `operational ${formatMassG(t.co2eGOperational)}`));
  parts.push(
    card('Energy (IT, before PUE)', formatEnergyWh(t.energyWh), `metered time ${formatDurationS(t.durationS)}`),
  );
  parts.push(
    card(
      'Time span',
      spanDays >= 1 ? `${int.format(spanDays)} days` : '< 1 day',
      `${isoDate(t.firstMs)} → ${isoDate(t.lastMs)}`,
    ),
  );
  if (t.seriesProjected === 0) {
    parts.push(
      card(
        'Projected per month',
        'not enough history',
        `to project: a job needs ${MIN_PROJECTION_RUNS} runs or ${MIN_PROJECTION_DAYS / 7} weeks`,
        'accent',
      ),
    );
  } else {
    const some =
      t.seriesProjected < t.series
        ? ` (${t.seriesProjected} of ${t.series} jobs; the others have too little history)`
        : '';
    parts.push(
      card('Projected per month', formatMassG(t.co2eGPerMonth), `CO2e at the current run rate${some}`, 'accent'),
    );
  }
  parts.push('</section>');

  const equivalents = safeEquivalents(opts, t.co2eG, t.facilityEnergyWh);
  if (equivalents.length) {
    parts.push('<section class="panel"><h2>All these runs together are about</h2><ul class="equivalents">');
    for (const e of equivalents) parts.push(`<li>${escapeHtml(e.text)}</li>`);
    parts.push('</ul></section>');
  }

  parts.push(
    `<section class="panel"><h2>CO2e per week</h2><p class="muted period">${escapeHtml(weeklyPeriod(d))}</p>` +
      `${weeklyChart(d.weekly)}${weeklyChart(d.weekly, 'narrow')}</section>`,
  );
  parts.push(regionsPanel(d));
  for (const repo of d.repos) parts.push(repoSection(repo));
  parts.push(methodNotes());
  return parts.join('\n');
}

/** "26 weeks, 2024-10-07 → 2025-04-06, ending with the week of the last run (2025-04-06)". */
function weeklyPeriod(d: DashboardData): string {
  const first = d.weekly[0].weekStartMs;
  const lastEnd = d.weekly[d.weekly.length - 1].weekStartMs + 6 * MS_PER_DAY;
  const n = d.weekly.length;
  return (
    `${n} week${n === 1 ? '' : 's'}, ${isoDate(first)} → ${isoDate(lastEnd)}, ` +
    `ending with the week of the last run (${isoDate(d.totals.lastMs)})`
  );
}

function card(label: string, value: string, note: string, cls = ''): string {
  return (
    `<div class="card ${cls}"><div class="label">${escapeHtml(label)}</div>` +
    `<div class="value">${escapeHtml(value)}</div><div class="note">${escapeHtml(note)}</div></div>`
  );
}

function safeEquivalents(opts: DashboardOptions, co2eG: number, facilityEnergyWh: number): Equivalent[] {
  if (!opts.equivalentsFor) return [];
  try {
    return opts.equivalentsFor(co2eG, facilityEnergyWh).filter((e) => e && typeof e.text === 'string' && e.text);
  } catch {
    return []; // Equivalents are decoration; never lose the page over them.
  }
}

function regionsPanel(d: DashboardData): string {
  const g = d.greenestOption;
  const parts = ['<section class="panel"><h2>Had these runs been elsewhere</h2>'];
  if (g.runsMoved === 0) {
    parts.push(
      '<p class="muted">No report lists a greener region: the runs were already in the lowest-intensity region ' +
        'their reports compare with, or their reports carry no comparison.</p></section>',
    );
    return parts.join('');
  }
  const saving = g.actualCo2eG > 0 ? (1 - g.co2eG / g.actualCo2eG) * 100 : 0;
  parts.push(
    `<p>Operational CO2e of all runs: <strong>${escapeHtml(formatMassG(g.actualCo2eG))}</strong>. ` +
      'With each run moved to the greenest region its own report lists ' +
      `(${int.format(g.runsMoved)} of ${int.format(d.totals.runs)} runs; the others stay as they are): ` +
      `<strong>${escapeHtml(formatMassG(g.co2eG))}</strong> (${oneDecimal.format(saving)} % less).</p>`,
  );
  if (d.regions.length) {
    parts.push(
      '<div class="table-wrap"><table class="regions"><thead><tr><th>Region</th>' +
        '<th class="n">Runs listing it</th><th class="n">Actual</th><th class="n">Had they run there</th>' +
        '<th class="n">Change</th></tr></thead><tbody>',
    );
    for (const r of d.regions) {
      const change = r.actualCo2eG > 0 ? formatPercent((r.co2eG / r.actualCo2eG - 1) * 100) : '–';
      parts.push(
        `<tr><td>${escapeHtml(r.region)}</td><td class="n">${int.format(r.runs)}</td>` +
          `<td class="n">${escapeHtml(formatMassG(r.actualCo2eG))}</td>` +
          `<td class="n">${escapeHtml(formatMassG(r.co2eG))}</td><td class="n">${change}</td></tr>`,
      );
    }
    parts.push('</tbody></table></div>');
  }
  parts.push(
    '<p class="muted rule">Rule: each report lists up to three regions with a lower grid intensity than its own ' +
      "(same provider, or countries off-cloud), computed with the run's own energy and PUE. " +
      `The table shows the ${REGIONS_SHOWN} regions listed for the most runs and compares, over those runs only, ` +
      'their actual operational CO2e with the listed figure. ' +
      'Embodied carbon does not move with the region and is left out.</p></section>',
  );
  return parts.join('');
}

function repoSection(repo: RepoSummary): string {
  const parts = [
    `<section class="repo"><div class="repo-head"><h2>${escapeHtml(repo.repository)}</h2>` +
      `<p>${int.format(repo.runs)} runs · ${escapeHtml(formatMassG(repo.co2eG))} CO2e · ` +
      `${escapeHtml(formatEnergyWh(repo.energyWh))} · ` +
      (repo.seriesProjected === 0
        ? 'not enough history to project'
        : `about <strong>${escapeHtml(formatMassG(repo.co2eGPerMonth))} CO2e per month</strong> at the current rate`) +
      '</p></div>',
    '<div class="grid">',
  ];
  for (const s of repo.series) parts.push(seriesCard(s));
  parts.push('</div></section>');
  return parts.join('\n');
}

function seriesCard(s: SeriesSummary): string {
  const k = s.key;
  const label = `${k.workflow} › ${k.job}${k.matrix ? ` (${k.matrix})` : ''}`;
  const p = s.projection;
  const spanDays = (s.lastMs - s.firstMs) / MS_PER_DAY;
  const projection = !p.enoughHistory
    ? `Not enough history to project: ${int.format(s.runs)} run${s.runs === 1 ? '' : 's'} over ` +
      `${spanDays < 1 ? 'less than a day' : `${oneDecimal.format(spanDays)} days`}; ` +
      `a projection needs ${MIN_PROJECTION_RUNS} runs or ${MIN_PROJECTION_DAYS / 7} weeks.`
    : p.runsInWindow === 0
      ? `No run in the last ${PROJECTION_WINDOW_DAYS} days: nothing projected.`
      : `At the current rate (${oneDecimal.format(s.runsPerWeek)} runs a week), this job emits about ` +
        `<strong>${escapeHtml(formatMassG(p.co2eGPerMonth))} CO2e per month</strong>.`;
  const last = s.last;
  return [
    `<article class="series" data-runs="${s.runs}">`,
    `<h3><span class="wf">${escapeHtml(k.workflow)}</span> <span class="sep">›</span> ${escapeHtml(k.job)}` +
      `${k.matrix ? ` <span class="matrix">${escapeHtml(k.matrix)}</span>` : ''}</h3>`,
    '<dl class="facts">',
    `<div><dt>Last run</dt><dd>${isoDate(last.x)}</dd></div>`,
    `<div><dt>Last CO2e</dt><dd>${escapeHtml(formatMassG(last.y))}</dd></div>`,
    `<div><dt>Last energy</dt><dd>${escapeHtml(formatEnergyWh(last.energyWh))}</dd></div>`,
    `<div><dt>Last branch</dt><dd class="branch" title="${escapeHtml(last.branch)}">` +
      `${last.branch ? escapeHtml(last.branch) : '–'}</dd></div>`,
    `<div><dt>Runs / week</dt><dd>${p.enoughHistory ? oneDecimal.format(s.runsPerWeek) : '–'}</dd></div>`,
    `<div><dt>All runs</dt><dd>${int.format(s.runs)} · ${escapeHtml(formatMassG(s.co2eG))}</dd></div>`,
    '</dl>',
    trendChart(s.chartPoints, label, s.runs),
    `<p class="projection">${projection}</p>`,
    '</article>',
  ].join('');
}

function methodNotes(): string {
  return [
    '<section class="panel notes"><h2>How these figures are made</h2><ul>',
    '<li>Every figure is summed from the reports carbon-action wrote for each run: IT energy (before PUE) and ' +
      'CO2e = energy × PUE × grid intensity (+ embodied carbon where a report includes it), as each report records ' +
      'its method, region and sources.</li>',
    `<li>Monthly projection, per job: runs in the last ${PROJECTION_WINDOW_DAYS} days (or since the job's first ` +
      `run, if that is more recent; at least ${MIN_WINDOW_DAYS} day) ÷ those days × ${DAYS_PER_MONTH} days a month ` +
      `× the mean CO2e of those runs. A job with no run in the last ${PROJECTION_WINDOW_DAYS} days projects to ` +
      `zero. A job with fewer than ${MIN_PROJECTION_RUNS} runs spanning less than ${MIN_PROJECTION_DAYS} days is ` +
      'not projected ("not enough history"). Repository and total projections are sums over the jobs projected.</li>',
    "<li>Runs a week: the same window's runs ÷ its days × 7.</li>",
    `<li>Trend charts plot CO2e per run; a job with more than ${MAX_CHART_POINTS} runs shows ${MAX_CHART_POINTS} ` +
      "of its real runs chosen to keep the line's shape (largest-triangle-three-buckets).</li>",
    '<li>Weeks start on Monday, UTC. The weekly chart shows up to 26 weeks ending with the week of the last run, ' +
      'not of today, so an old history is not a blank chart.</li>',
    '</ul></section>',
  ].join('\n');
}
