// Markdown for the job summary and the sticky PR comment. Every string that did not come
// from this file goes through escapeMarkdown; numbers go through format.ts.

import type { BudgetResult, Comparison, GateResult, MetricComparison, Report, StepEnergy } from '../schema/report';
import { capitalise, decidedByText, greenerRegionText, methodTexts } from './describe';
import { escapeMarkdown } from './escape';
import {
  formatDurationS,
  formatEnergyWh,
  formatMassG,
  formatPercent,
  formatPowerW,
  formatShare,
  formatSigned,
} from './format';
import { isSteadyPower, powerChart, STEADY_POWER_MAX_SPREAD, trendChart } from './mermaid';
import { co2eGFromWh } from '../units/convert';

/** GitHub's limit for an issue comment body (characters). */
export const COMMENT_MAX_CHARS = 65_536;
/** Steps listed in the folded table before the rest is summed as "other steps". */
export const DEFAULT_TOP_STEPS = 50;
const MAX_NOTES = 20;
const NOTE_MAX_LENGTH = 500;
const DETAIL_MAX_LENGTH = 500;

export interface RenderInput {
  report: Report;
  comparison?: Comparison;
  gate?: GateResult;
  notes?: string[];
  /** Step rows in the folded step table before the rest is summed as "other steps". Default 50. */
  topSteps?: number;
}

export interface CommentInput extends RenderInput {
  /** Hidden marker line that identifies the sticky comment, e.g. "<!-- carbon-action:v1 … -->". */
  marker: string;
  /** Character cap for the whole body. Default 65,536 (GitHub's limit). */
  maxChars?: number;
}

const esc = (text: unknown, maxLength?: number): string => escapeMarkdown(text, { maxLength });

// ---------------------------------------------------------------- headline and comparison

const UP = '🔺';
const DOWN = '🔻';
const NOISE = '〰️';

/** "🔺 +1.20 g (+12.0 %)", "🔻 −400 mg (−4.0 %)", or "〰️ within noise (+0.10 g, +1.0 %)". */
export function changeText(metric: MetricComparison, format: (n: number) => string): string {
  const abs = formatSigned(metric.deltaAbs, format);
  const pct = metric.deltaPercent === null ? null : formatPercent(metric.deltaPercent);
  if (metric.withinNoise) return `${NOISE} within noise (${pct === null ? abs : `${abs}, ${pct}`})`;
  const icon = metric.deltaAbs > 0 ? UP : metric.deltaAbs < 0 ? DOWN : '';
  return `${icon ? `${icon} ` : ''}${abs}${pct === null ? '' : ` (${pct})`}`;
}

/**
 * One verdict in words, on energy (CO2e also moves with the grid figure, which is not the
 * code's doing): "no significant change" inside the base runs' own range, else the change.
 * Plain text: it is what the notification e-mail shows.
 */
export function verdictText(comparison: Comparison | undefined): string | null {
  if (!comparison) return null;
  if (!comparison.available) {
    const reason = comparison.reason && comparison.reason !== 'no baseline yet' ? ` (${esc(comparison.reason)})` : '';
    // "yet" only when nothing was saved; an outage is not the same as a first run.
    const yet = !comparison.reason || comparison.reason.startsWith('no baseline yet') ? ' yet' : '';
    return `no baseline${yet}${comparison.baseBranch ? ` for ${esc(comparison.baseBranch, 60)}` : ''}${reason}`;
  }
  const m = comparison.energyWh;
  const base = esc(comparison.baseBranch, 60);
  const change = m.deltaPercent === null ? formatSigned(m.deltaAbs, formatEnergyWh) : formatPercent(m.deltaPercent);
  const runs = `${comparison.runs} run${comparison.runs === 1 ? '' : 's'}`;
  // Under 3 base runs the spread says nothing about noise (see the comparison's basis note).
  if (comparison.basis && !comparison.basis.noiseKnown)
    return `${change} energy vs ${base}, noise not known yet (${runs})`;
  if (m.withinNoise) return `no significant change vs ${base} (energy inside the range of its last ${runs})`;
  return `${change} energy vs ${base}, outside the base range`;
}

/** The first visible line: where, how much, and the verdict, readable as plain text. */
function headlineLine(report: Report, comparison: Comparison | undefined): string {
  const figures =
    `${formatMassG(report.co2eG.total)} CO2e, ${formatEnergyWh(report.energyWh.total)} ` +
    `in ${formatDurationS(report.durationS)}`;
  const verdict = verdictText(comparison);
  return `🌱 Carbon footprint${whereText(report)}: ${figures}${verdict ? ` — ${verdict}` : ''}.`;
}

function comparisonTable(comparison: Comparison | undefined): string[] {
  if (!comparison?.available) return [];
  const c = comparison;
  const lines: string[] = [];
  lines.push(
    `| | This run | ${esc(c.baseBranch, 60)} median | Change | ` +
      `${esc(c.baseBranch, 60)} range (${c.runs} run${c.runs === 1 ? '' : 's'}) |`,
  );
  lines.push('|---|---:|---:|---|---|');
  const metricRow = (label: string, m: MetricComparison, f: (n: number) => string): string =>
    `| ${label} | ${f(m.current)} | ${f(m.baseMedian)} | ${changeText(m, f)} | ${f(m.baseMin)} – ${f(m.baseMax)} |`;
  lines.push(metricRow('CO2e', c.co2eG, formatMassG));
  lines.push(metricRow('Energy', c.energyWh, formatEnergyWh));
  lines.push(...likeForLikeLines(c));
  return lines;
}

function worldAverageWarning(report: Report): string[] {
  if (report.intensity.decidedBy !== 'world-average') return [];
  const text = report.intensity.assumption ?? 'No region known: the world-average grid intensity was used.';
  return [`> [!WARNING]\n> ${esc(text, DETAIL_MAX_LENGTH)}`];
}

/** The CPU-seconds row (hardware-neutral work beside the energy) and how the base runs were made comparable. */
function likeForLikeLines(c: Extract<Comparison, { available: true }>): string[] {
  const lines: string[] = [];
  if (c.cpuSeconds) {
    const m = c.cpuSeconds;
    lines.push(
      `| CPU-seconds | ${formatDurationS(m.current)} | ${formatDurationS(m.baseMedian)} | ` +
        `${changeText(m, formatDurationS)} | ${formatDurationS(m.baseMin)} – ${formatDurationS(m.baseMax)} |`,
    );
  }
  if (c.basis) {
    const icon = c.basis.mode === 'as-recorded' ? '⚠️' : '⚖️';
    const noise = c.basis.noiseKnown
      ? ''
      : ` Noise not known yet: ${c.runs} base run${c.runs === 1 ? '' : 's'}, the spread needs 3.`;
    lines.push('', `${icon} ${esc(c.basis.note, DETAIL_MAX_LENGTH)}${noise}`);
  }
  return lines;
}

// ---------------------------------------------------------------- budgets

const BUDGET_LABELS: Record<BudgetResult['kind'], string> = {
  co2e: 'CO2e per job',
  energy: 'Energy per job',
  'max-increase': 'Increase vs base median',
};

function budgetFigure(kind: BudgetResult['kind'], value: number | null): string {
  if (value === null) return '—';
  if (kind === 'co2e') return formatMassG(value);
  if (kind === 'energy') return formatEnergyWh(value);
  return formatPercent(value);
}

function budgetStatus(b: BudgetResult, mode: GateResult['mode']): string {
  const note = b.note ? `: ${esc(b.note)}` : '';
  if (b.status === 'pass') return `✅ pass${note}`;
  if (b.status === 'skipped') return `⏭️ skipped${note}`;
  return `${mode === 'warn' ? '⚠️ exceeded (warning only)' : '❌ exceeded'}${note}`;
}

function budgetSection(gate: GateResult | undefined): string[] {
  if (!gate || gate.budgets.length === 0) return [];
  const lines = ['#### Budgets', '', '| Budget | Limit | Actual | Status |', '|---|---:|---:|---|'];
  for (const b of gate.budgets) {
    const limit = b.kind === 'max-increase' ? `+${esc(b.limitText, 40)}` : esc(b.limitText, 40);
    lines.push(
      `| ${BUDGET_LABELS[b.kind]} | ${limit} | ${budgetFigure(b.kind, b.actual)} | ${budgetStatus(b, gate.mode)} |`,
    );
  }
  if (gate.exceeded && gate.mode === 'warn') lines.push('', '_fail-on-budget is false: the job was not failed._');
  return lines;
}

// ---------------------------------------------------------------- steps

/** Steps sorted by energy (highest first); beyond `top`, summed into one "other steps" row. */
export function topStepRows(
  steps: StepEnergy[],
  top: number,
): { shown: StepEnergy[]; other: { count: number; durationS: number; energyWh: number; co2eG: number } | null } {
  const sorted = [...steps].sort((a, b) => b.energyWh - a.energyWh || a.number - b.number);
  const shown = sorted.slice(0, Math.max(0, top));
  const rest = sorted.slice(shown.length);
  if (rest.length === 0) return { shown, other: null };
  const other = { count: rest.length, durationS: 0, energyWh: 0, co2eG: 0 };
  for (const s of rest) {
    other.durationS += s.durationS;
    other.energyWh += s.energyWh;
    other.co2eG += s.co2eG;
  }
  return { shown, other };
}

/**
 * Metered energy and time that fell in no step: job set-up before the first step, post steps, the gaps between steps.
 */
export function outsideSteps(
  steps: Pick<StepEnergy, 'durationS' | 'energyWh'>[],
  totalEnergyWh: number,
  totalDurationS: number,
): { energyWh: number; durationS: number } {
  const stepWh = steps.reduce((sum, s) => sum + s.energyWh, 0);
  const stepS = steps.reduce((sum, s) => sum + s.durationS, 0);
  // GitHub's whole-second step times can overshoot the metered period a little: never negative.
  return { energyWh: Math.max(0, totalEnergyWh - stepWh), durationS: Math.max(0, totalDurationS - stepS) };
}

export const OUTSIDE_STEPS_LABEL = 'outside steps (set-up, post steps, time between steps)';

/** Rows shown before the rest is folded into "All steps". */
export const VISIBLE_TOP_STEPS = 5;

function stepTable(report: Report, top: number): string[] {
  const steps = report.steps ?? [];
  const { shown, other } = topStepRows(steps, top);
  const outside = outsideSteps(steps, report.energyWh.total, report.durationS);
  const stepTotalWh = steps.reduce((sum, s) => sum + s.energyWh, 0);
  // Shares of everything metered, so that with the "outside steps" row they sum to 100 %.
  const denominatorWh = stepTotalWh + outside.energyWh;
  const share = (wh: number): string => (denominatorWh > 0 ? formatShare(wh / denominatorWh) : '—');
  const co2eG = (wh: number): number => co2eGFromWh(wh * report.pue.value, report.intensity.gPerKWh);
  const lines = ['| Step | Duration | Energy | CO2e | Share |', '|---|---:|---:|---:|---:|'];
  for (const s of shown) {
    lines.push(
      `| ${esc(s.name, 100)} | ${formatDurationS(s.durationS)} | ${formatEnergyWh(s.energyWh)} | ` +
        `${formatMassG(s.co2eG)} | ${share(s.energyWh)} |`,
    );
  }
  if (other) {
    lines.push(
      `| _other steps (${other.count})_ | ${formatDurationS(other.durationS)} | ${formatEnergyWh(other.energyWh)} | ` +
        `${formatMassG(other.co2eG)} | ${share(other.energyWh)} |`,
    );
  }
  lines.push(
    `| _${OUTSIDE_STEPS_LABEL}_ | ${formatDurationS(outside.durationS)} | ${formatEnergyWh(outside.energyWh)} | ` +
      `${formatMassG(co2eG(outside.energyWh))} | ${share(outside.energyWh)} |`,
  );
  return lines;
}

/** The top steps in view; every step (up to `top`) folded below when there are more. */
function stepSection(report: Report, top: number, detailsOpen: boolean): string[] {
  const steps = report.steps ?? [];
  if (steps.length === 0 || top <= 0) return [];
  const visible = Math.min(top, VISIBLE_TOP_STEPS);
  const title =
    steps.length > visible ? `#### Top ${visible} of ${steps.length} steps by energy` : '#### Steps by energy';
  const lines = [title, '', ...stepTable(report, visible)];
  if (steps.length > visible && top > visible) {
    const listed = Math.min(top, steps.length);
    const summary = listed < steps.length ? `Top ${listed} of ${steps.length} steps` : `All ${steps.length} steps`;
    lines.push(
      '',
      `<details${detailsOpen ? ' open' : ''}><summary>${summary}</summary>`,
      '',
      ...stepTable(report, top),
      '',
      '</details>',
    );
  }
  return lines;
}

// ---------------------------------------------------------------- equivalents, regions, charts

function equivalentsAndRegions(report: Report): string[] {
  const lines: string[] = [];
  if (report.equivalents.length > 0) {
    lines.push(`That is about ${report.equivalents.map((e) => esc(e.text)).join(', or ')}.`);
  }
  if (report.greenerRegions.length > 0) {
    if (lines.length > 0) lines.push('');
    const [best, ...others] = report.greenerRegions;
    lines.push(`💡 ${capitalise(esc(greenerRegionText(best, report.co2eG.operational)))}.`);
    for (const r of others) lines.push(`- ${esc(greenerRegionText(r, report.co2eG.operational))}`);
  }
  if (lines.length === 0) return [];
  const summary = report.greenerRegions.length > 0 ? 'Equivalents and greener regions' : 'Equivalents';
  return [`<details><summary>${summary}</summary>`, '', ...lines, '', '</details>'];
}

function chartSection(
  report: Report,
  comparison: Comparison | undefined,
  includeTimeline: boolean,
  includeTrend: boolean,
): string[] {
  const charts: string[] = [];
  const names: string[] = [];
  const lines: string[] = [];
  if (isSteadyPower(report.samples.timeline)) {
    lines.push(
      `Power draw: steady at ${formatPowerW(report.powerW.mean)} ` +
        `(within ${STEADY_POWER_MAX_SPREAD * 100} % of its mean throughout, so no chart).`,
    );
  } else if (includeTimeline) {
    const chart = powerChart(report.samples.timeline, 'Whole-machine power draw');
    if (chart) {
      charts.push(
        `Power over time (mean ${formatPowerW(report.powerW.mean)}, peak ${formatPowerW(report.powerW.peak)}):`,
        '',
        chart,
      );
      names.push('power over time');
    }
  }
  if (includeTrend && comparison?.available) {
    const chart = trendChart(comparison, report.co2eG.total);
    if (chart) {
      if (charts.length > 0) charts.push('');
      const repriced = comparison.basis?.mode === 'repriced' ? ', re-priced on this machine' : '';
      charts.push(
        `CO2e of the last ${comparison.trend.length} **${esc(comparison.baseBranch)}** run(s)${repriced} ` +
          'and this one (line: base median):',
        '',
        chart,
      );
      names.push(`CO2e per run`);
    }
  }
  if (charts.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(`<details><summary>Charts: ${names.join(', ')}</summary>`, '', ...charts, '', '</details>');
  }
  return lines;
}

// ---------------------------------------------------------------- method details and notes

function methodItems(report: Report): string[] {
  const d = (s: string): string => esc(s, DETAIL_MAX_LENGTH);
  const m = methodTexts(report);
  const items = [`- **CPU**: ${d(m.cpu)}`];
  if (m.cpuScope) items.push(`  - Metered: ${d(m.cpuScope)}`);
  if (m.raplNotUsed) items.push(`  - RAPL not used: ${d(m.raplNotUsed)}`);
  if (m.cpuRange) items.push(`  - CPU energy range: ${d(m.cpuRange)}`);
  const i = report.intensity;
  items.push(
    `- **Memory**: ${d(m.memory)}`,
    `- **GPU**: ${d(m.gpu)}`,
    `- **Region**: ${i.region === null ? 'world average' : d(i.region)}` +
      `${i.zone && i.zone !== i.region ? ` (grid zone ${d(i.zone)})` : ''}, ` +
      d(decidedByText(i.decidedBy, report.kind)),
    `- **Grid intensity**: ${d(m.intensity)}`,
    `- **PUE**: ${d(m.pue)}`,
    `- **Operational CO2e**: ${d(m.operationalFormula)}`,
    `- **Embodied**: ${d(m.embodiedRule)}`,
    `- **SCI**: ${formatMassG(report.sci.gPerRun)} CO2e per run`,
    `- **Samples**: ${d(m.samples)}`,
  );
  if (i.assumption) items.push(`- ⚠️ **Assumption**: ${d(i.assumption)}`);
  return items;
}

function detailsSection(report: Report, open: boolean): string[] {
  return [
    `<details${open ? ' open' : ''}><summary>How this was estimated</summary>`,
    '',
    ...methodItems(report),
    '',
    '</details>',
  ];
}

function notesSection(report: Report, notes: string[] | undefined, open: boolean): string[] {
  const all = [...(notes ?? []), ...report.warnings];
  if (all.length === 0) return [];
  const shown = all.slice(0, MAX_NOTES).map((n) => `- ${esc(n, NOTE_MAX_LENGTH)}`);
  if (all.length > MAX_NOTES) shown.push(`- … and ${all.length - MAX_NOTES} more`);
  return [`<details${open ? ' open' : ''}><summary>Notes (${all.length})</summary>`, '', ...shown, '', '</details>'];
}

/** " of CI / test / node 20", or "" when the report has no context. */
function whereText(report: Report): string {
  const c = report.context ?? {};
  const parts = [c.workflow, c.job, c.matrix].filter((p): p is string => typeof p === 'string' && p.length > 0);
  return parts.length > 0 ? ` of ${parts.map((p) => esc(p, 80)).join(' / ')}` : '';
}

function footerLine(report: Report): string {
  const c = report.context ?? {};
  const bits = [`carbon-action ${esc(report.tool.version, 40)}`];
  if (c.sha) bits.push(`commit ${esc(c.sha.slice(0, 7), 7)}`);
  if (c.runId)
    bits.push(
      `run ${esc(c.runId, 30)}${c.runAttempt && c.runAttempt !== '1' ? ` attempt ${esc(c.runAttempt, 10)}` : ''}`,
    );
  if (report.machine) bits.push(`${esc(report.machine.threads)} vCPU ${esc(report.machine.cpuModel, 80)}`);
  return `<sub>${bits.join(' · ')}</sub>`;
}

// ---------------------------------------------------------------- assembly

interface Detail {
  timeline: boolean;
  trend: boolean;
  topSteps: number;
}

// In view: the headline with its verdict, the comparison table, the budget table and the top
// steps. Everything else is folded, each in one <details> of its own.
// `bare`: without the headline and footer, for a lone job's section of the run comment, whose own headline and footer
// say the same.
function assemble(input: RenderInput, detail: Detail, detailsOpen: boolean, bare = false): string[] {
  const { report, comparison, gate, notes } = input;
  const sections: string[][] = [
    bare ? [] : [headlineLine(report, comparison)],
    comparisonTable(comparison),
    worldAverageWarning(report),
    budgetSection(gate),
    stepSection(report, detail.topSteps, detailsOpen),
    chartSection(report, comparison, detail.timeline, detail.trend),
    equivalentsAndRegions(report),
    detailsSection(report, detailsOpen),
    notesSection(report, notes, detailsOpen),
    bare ? [] : [footerLine(report)],
  ];
  const out: string[] = [];
  for (const s of sections) {
    if (s.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(...s);
  }
  return out;
}

/** Detail levels from richest to leanest: the timeline goes first, then steps beyond the top N, then the rest. */
function detailLadder(topSteps: number): Detail[] {
  const ladder: Detail[] = [
    { timeline: true, trend: true, topSteps },
    { timeline: false, trend: true, topSteps },
  ];
  if (topSteps > DEFAULT_TOP_STEPS) ladder.push({ timeline: false, trend: true, topSteps: DEFAULT_TOP_STEPS });
  if (topSteps > VISIBLE_TOP_STEPS) ladder.push({ timeline: false, trend: true, topSteps: VISIBLE_TOP_STEPS });
  ladder.push(
    { timeline: false, trend: false, topSteps: Math.min(topSteps, 3) },
    { timeline: false, trend: false, topSteps: 0 },
  );
  return ladder;
}

/** Cuts at a line boundary (never mid-Markdown) and closes an open <details>. Last resort. */
function hardCap(body: string, maxChars: number): string {
  const tail = '\n\n_(truncated to fit the comment size limit)_';
  const closer = '\n\n</details>';
  if (body.length <= maxChars) return body;
  let cut = body.slice(0, Math.max(0, maxChars - tail.length - closer.length));
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  const opened = (cut.match(/<details/g) ?? []).length;
  const closed = (cut.match(/<\/details>/g) ?? []).length;
  return cut + (opened > closed ? closer : '') + tail;
}

function renderWithinCap(input: RenderInput, prefix: string[], detailsOpen: boolean, maxChars: number): string {
  const top = input.topSteps ?? DEFAULT_TOP_STEPS;
  let body = '';
  for (const detail of detailLadder(top)) {
    body = [...prefix, ...assemble(input, detail, detailsOpen)].join('\n') + '\n';
    if (body.length <= maxChars) return body;
  }
  return hardCap(body, maxChars);
}

/** Markdown for $GITHUB_STEP_SUMMARY (method details expanded). */
export function renderSummary(input: RenderInput): string {
  return renderWithinCap(input, [], true, 1024 * 1024);
}

/**
 * The sticky PR comment: line 1 is the hidden marker, the body never exceeds `maxChars`
 * (65,536), dropping the timeline chart first, then steps beyond the top N.
 */
export function renderComment(input: CommentInput): string {
  const marker = input.marker.replace(/[\r\n]+/g, ' ');
  return renderWithinCap(input, [marker, ''], false, input.maxChars ?? COMMENT_MAX_CHARS);
}

/**
 * What the per-job comment shows below its headline (comparison, budgets, steps, charts, equivalents, method, notes):
 * a lone job's section of the run comment. The richest detail level that fits `maxChars`, or null when none does.
 */
export function renderJobDetail(input: RenderInput, maxChars: number): string | null {
  for (const detail of detailLadder(input.topSteps ?? DEFAULT_TOP_STEPS)) {
    const body = assemble(input, detail, false, true).join('\n');
    if (body.length <= maxChars) return body;
  }
  return null;
}
