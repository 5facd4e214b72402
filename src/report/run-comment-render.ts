// The run comment: one PR comment for every job of a workflow (format: run-comment-format.ts).
// Each job stores its row as a hidden JSON payload in its own section; the table here is
// rebuilt from all payloads on every write, so other jobs' rows come from their own data.
// Payloads are read back from a comment anyone with write access could edit: every field
// is checked, every string escaped, every number formatted.

import {
  compareRuns,
  runCommentMarker,
  sectionBlock,
  type RunCommentRender,
  type RunCommentSection,
} from './run-comment-format';
import { escapeMarkdown } from './escape';
import {
  formatDurationS,
  formatEnergyWh,
  formatIntensityGPerKWh,
  formatMassG,
  formatPercent,
  formatShare,
  formatSigned,
} from './format';
import {
  changeText,
  COMMENT_MAX_CHARS,
  OUTSIDE_STEPS_LABEL,
  outsideSteps,
  topStepRows,
  verdictText,
  VISIBLE_TOP_STEPS,
} from './markdown';
import { co2eGFromWh } from '../units/convert';
import type { Comparison, GateResult, Report } from '../schema/report';
import {
  readRunCommentPayload,
  RUN_COMMENT_PAYLOAD_VERSION,
  type LikeForLikeTag,
  type RunCommentPayload,
  type StepRow,
} from '../schema/run-comment-payload';

/** Steps kept in a payload (by energy); the rest are summed into otherSteps. */
export const RUN_COMMENT_PAYLOAD_STEPS = 10;
const NAME_MAX = 100;

// The payload's types and reader are the schema's (src/schema/run-comment-payload.ts).
export {
  readRunCommentPayload,
  RUN_COMMENT_PAYLOAD_VERSION,
  type EnergyChange,
  type LikeForLikeTag,
  type RunCommentPayload,
  type StepRow,
} from '../schema/run-comment-payload';

// ---------------------------------------------------------------- payload

// Six significant figures: enough to sum rows without visible drift, short in the comment.
const sig = (n: number): number => (Number.isFinite(n) ? Number(n.toPrecision(6)) : 0);
const stepRow = (s: StepRow): StepRow => ({
  name: s.name.slice(0, NAME_MAX),
  durationS: sig(s.durationS),
  energyWh: sig(s.energyWh),
  co2eG: sig(s.co2eG),
});

export interface RunCommentPayloadInput {
  report: Report;
  comparison?: Comparison;
  gate?: GateResult;
  /** Default: the report's job and matrix, "test (node 20)". */
  jobName?: string;
  topSteps?: number;
}

/** This job's row and step detail, as stored in its section of the run comment. */
export function buildRunCommentPayload(input: RunCommentPayloadInput): RunCommentPayload {
  const { report, comparison, gate } = input;
  const c = report.context ?? {};
  const job = input.jobName ?? (c.matrix ? `${c.job ?? 'job'} (${c.matrix})` : (c.job ?? 'job'));
  const { shown, other } = topStepRows(report.steps ?? [], input.topSteps ?? RUN_COMMENT_PAYLOAD_STEPS);
  const exceeded = (gate?.budgets ?? []).filter((b) => b.status === 'exceeded').map((b) => b.kind);
  const budgets = gate?.budgets ?? [];
  const status =
    budgets.length === 0
      ? 'none'
      : exceeded.length > 0
        ? 'exceeded'
        : budgets.every((b) => b.status === 'skipped')
          ? 'skipped'
          : 'pass';
  const m = comparison?.available ? comparison.co2eG : null;
  return {
    v: RUN_COMMENT_PAYLOAD_VERSION,
    job: job.slice(0, 200),
    runner: c.runner ? c.runner.slice(0, NAME_MAX) : null,
    machine: report.machine ? `${report.machine.threads} vCPU ${report.machine.cpuModel}`.slice(0, NAME_MAX) : null,
    durationS: sig(report.durationS),
    energyWh: sig(report.energyWh.total),
    co2eG: sig(report.co2eG.total),
    intensityGPerKWh: sig(report.intensity.gPerKWh),
    region: report.intensity.region,
    pue: sig(report.pue.value),
    cpuMethod: report.methods.cpu.method,
    co2eChange:
      m && comparison?.available
        ? {
            baseBranch: comparison.baseBranch.slice(0, NAME_MAX),
            runs: comparison.runs,
            current: sig(m.current),
            baseMedian: sig(m.baseMedian),
            baseMin: sig(m.baseMin),
            baseMax: sig(m.baseMax),
            deltaAbs: sig(m.deltaAbs),
            deltaPercent: m.deltaPercent === null ? null : sig(m.deltaPercent),
            withinNoise: m.withinNoise,
            ...(comparison.basis ? { basis: comparison.basis.mode, noiseKnown: comparison.basis.noiseKnown } : {}),
            ...(comparison.cpuSeconds
              ? {
                  cpuSecondsDeltaPercent:
                    comparison.cpuSeconds.deltaPercent === null ? null : sig(comparison.cpuSeconds.deltaPercent),
                }
              : {}),
          }
        : null,
    energyChange: comparison?.available
      ? {
          baseMedian: sig(comparison.energyWh.baseMedian),
          deltaAbs: sig(comparison.energyWh.deltaAbs),
          deltaPercent: comparison.energyWh.deltaPercent === null ? null : sig(comparison.energyWh.deltaPercent),
          withinNoise: comparison.energyWh.withinNoise,
        }
      : null,
    budget: { status, mode: gate?.mode ?? 'fail', exceeded },
    steps: shown.map(stepRow),
    otherSteps: other ? { count: other.count, ...stepRow({ name: 'other steps', ...other }) } : null,
    sha: c.sha ? c.sha.slice(0, 40) : null,
  };
}

// ---------------------------------------------------------------- rendering

const esc = (text: unknown, maxLength?: number): string => escapeMarkdown(text, { maxLength });

interface Row {
  section: RunCommentSection;
  payload: RunCommentPayload | null;
  /** From a run older than the newest one in the comment. */
  earlier: boolean;
}

function budgetCell(p: RunCommentPayload): string {
  const b = p.budget;
  if (b.status === 'none') return '—';
  if (b.status === 'pass') return '✅ pass';
  if (b.status === 'skipped') return '⏭️ skipped';
  const kinds = b.exceeded.join(', ');
  return b.mode === 'warn' ? `⚠️ exceeded: ${kinds} (warning only)` : `❌ exceeded: ${kinds}`;
}

function changeCell(p: RunCommentPayload): string {
  if (!p.co2eChange) return 'no baseline yet';
  const base = esc(p.co2eChange.baseBranch, 60);
  return `${changeText(p.co2eChange, formatMassG)} vs ${base}${likeForLikeCell(p.co2eChange)}`;
}

const BASIS_TEXT = {
  'same-machine-class': 'same machine class',
  repriced: 're-priced on this machine',
  'as-recorded': 'not like for like: other hardware',
} as const;

/** "<br>CPU-s +3.0 % · re-priced on this machine · noise not known yet", from what the payload holds. */
function likeForLikeCell(ch: LikeForLikeTag): string {
  const bits: string[] = [];
  if (ch.cpuSecondsDeltaPercent !== undefined && ch.cpuSecondsDeltaPercent !== null)
    bits.push(`CPU-s ${formatPercent(ch.cpuSecondsDeltaPercent)}`);
  if (ch.basis) bits.push(BASIS_TEXT[ch.basis]);
  if (ch.noiseKnown === false) bits.push('noise not known yet');
  return bits.length > 0 ? `<br>${bits.join(' · ')}` : '';
}

function tableRow(r: Row): string {
  const p = r.payload;
  const name = esc(p?.job ?? r.section.jobKey, 120);
  if (!p) return `| ${name} | — | — | — | — | section data unreadable | — |`;
  const job = r.earlier ? `_${name} (run ${esc(r.section.runId, 30)})_` : name;
  const runner =
    [p.runner, p.machine]
      .filter((x): x is string => !!x)
      .map((x) => esc(x, 80))
      .join('<br>') || '—';
  return (
    `| ${job} | ${runner} | ${formatDurationS(p.durationS)} | ${formatEnergyWh(p.energyWh)} | ` +
    `${formatMassG(p.co2eG)} | ${changeCell(p)} | ${budgetCell(p)} |`
  );
}

function totalRow(rows: Row[], runId: string): string {
  const current = rows.filter((r) => !r.earlier && r.payload).map((r) => r.payload!);
  const sum = (f: (p: RunCommentPayload) => number, ps = current): number => ps.reduce((a, p) => a + f(p), 0);
  const withBase = current.filter((p) => p.co2eChange);
  let change = '—';
  if (withBase.length > 0) {
    const delta = sum((p) => p.co2eChange!.deltaAbs, withBase);
    const base = sum((p) => p.co2eChange!.baseMedian, withBase);
    const pct = base > 0 ? ` (${formatPercent((delta / base) * 100)})` : '';
    const of = withBase.length < current.length ? ` over ${withBase.length} of ${current.length} jobs` : '';
    change = `${formatSigned(delta, formatMassG)}${pct}${of}`;
  }
  const exceeded = current.filter((p) => p.budget.status === 'exceeded').length;
  const budgeted = current.filter((p) => p.budget.status !== 'none').length;
  const budget = budgeted === 0 ? '—' : exceeded > 0 ? `${exceeded} of ${budgeted} exceeded` : `✅ ${budgeted} pass`;
  const label = `**Total: ${current.length} job${current.length === 1 ? '' : 's'} of run ${esc(runId, 30)}**`;
  return (
    `| ${label} | | ${formatDurationS(sum((p) => p.durationS))} | **${formatEnergyWh(sum((p) => p.energyWh))}** | ` +
    `**${formatMassG(sum((p) => p.co2eG))}** | ${change} | ${budget} |`
  );
}

function stepTable(p: RunCommentPayload, topSteps: number): string[] {
  const shown = p.steps.slice(0, topSteps);
  const rest = [...p.steps.slice(topSteps), ...(p.otherSteps ? [p.otherSteps] : [])];
  const restCount = p.steps.slice(topSteps).length + (p.otherSteps?.count ?? 0);
  const outside = outsideSteps([...p.steps, ...(p.otherSteps ? [p.otherSteps] : [])], p.energyWh, p.durationS);
  const stepsWh = [...p.steps, ...(p.otherSteps ? [p.otherSteps] : [])].reduce((a, s) => a + s.energyWh, 0);
  // Shares of everything metered: with the "outside steps" row they sum to 100 %.
  const denominatorWh = stepsWh + outside.energyWh;
  const share = (wh: number): string => (denominatorWh > 0 ? formatShare(wh / denominatorWh) : '—');
  const row = (name: string, s: { durationS: number; energyWh: number; co2eG: number }): string =>
    `| ${name} | ${formatDurationS(s.durationS)} | ${formatEnergyWh(s.energyWh)} | ` +
    `${formatMassG(s.co2eG)} | ${share(s.energyWh)} |`;
  const lines = [
    '| Step | Duration | Energy | CO2e | Share |',
    '|---|---:|---:|---:|---:|',
    ...shown.map((s) => row(esc(s.name, NAME_MAX), s)),
  ];
  if (rest.length > 0) {
    const t = rest.reduce(
      (a, s) => ({ durationS: a.durationS + s.durationS, energyWh: a.energyWh + s.energyWh, co2eG: a.co2eG + s.co2eG }),
      { durationS: 0, energyWh: 0, co2eG: 0 },
    );
    lines.push(row(`_other steps (${restCount})_`, t));
  }
  lines.push(
    row(`_${OUTSIDE_STEPS_LABEL}_`, { ...outside, co2eG: co2eGFromWh(outside.energyWh * p.pue, p.intensityGPerKWh) }),
  );
  return lines;
}

/**
 * A job's steps: folded for each job of a matrix; for a lone job, the top 5 in view (as in a
 * per-job comment) and the rest folded.
 */
function stepDetail(r: Row, topSteps: number, inView: boolean): string {
  const p = r.payload;
  if (!p || topSteps <= 0 || (p.steps.length === 0 && !p.otherSteps)) return '';
  const cpu =
    p.cpuMethod === 'rapl'
      ? 'CPU energy from RAPL counters'
      : p.cpuMethod === 'powermetrics'
        ? 'CPU power from macOS powermetrics'
        : 'CPU power from the SPECpower-fitted model';
  const region = p.region ? ` (${esc(p.region, 60)})` : ' (world average)';
  const commit = p.sha ? `; commit ${esc(p.sha.slice(0, 7), 7)}` : '';
  const method = `${cpu}; grid ${formatIntensityGPerKWh(p.intensityGPerKWh)}${region}; PUE ${esc(p.pue)}${commit}.`;
  const stepCount = p.steps.length + (p.otherSteps?.count ?? 0);
  if (inView) {
    const visible = Math.min(topSteps, VISIBLE_TOP_STEPS);
    const title = stepCount > visible ? `#### Top ${visible} of ${stepCount} steps by energy` : '#### Steps by energy';
    const lines = [title, '', ...stepTable(p, visible)];
    if (p.steps.length > visible && topSteps > visible) {
      const listed = Math.min(topSteps, p.steps.length);
      const summary = listed === stepCount ? `All ${stepCount} steps` : `Top ${listed} of ${stepCount} steps`;
      lines.push('', `<details><summary>${summary}</summary>`, '', ...stepTable(p, topSteps), '', '</details>');
    }
    lines.push('', method);
    return lines.join('\n');
  }
  return [
    `<details><summary>${esc(p.job, 120)}: steps by energy</summary>`,
    '',
    ...stepTable(p, topSteps),
    '',
    method,
    '',
    '</details>',
  ].join('\n');
}

/** The run's verdict in words, as the per-job comment's: on energy, against each job's own base median. */
function runVerdict(current: RunCommentPayload[]): string | null {
  if (current.length === 0) return null;
  if (current.length === 1) {
    const p = current[0];
    const c = p.co2eChange;
    if (!c || !p.energyChange) return verdictText({ available: false, reason: 'no baseline yet' });
    const energy = { current: p.energyWh, baseMin: 0, baseMax: 0, ...p.energyChange };
    return verdictText({
      available: true,
      baseBranch: c.baseBranch,
      runs: c.runs,
      co2eG: c,
      energyWh: energy,
      trend: [],
    });
  }
  const withBase = current.filter((p) => p.co2eChange && p.energyChange);
  if (withBase.length === 0) return 'no baseline yet';
  const bases = [...new Set(withBase.map((p) => p.co2eChange!.baseBranch))];
  const vs = bases.length === 1 ? ` vs ${esc(bases[0], 60)}` : '';
  const outside = withBase.filter((p) => !p.energyChange!.withinNoise);
  const of = `${withBase.length} job${withBase.length === 1 ? '' : 's'} with a baseline`;
  if (outside.length === 0) return `no significant change${vs} (energy inside the base range in all ${of})`;
  const deltaWh = outside.reduce((a, p) => a + p.energyChange!.deltaAbs, 0);
  const baseWh = outside.reduce((a, p) => a + p.energyChange!.baseMedian, 0);
  const change = baseWh > 0 ? formatPercent((deltaWh / baseWh) * 100) : formatSigned(deltaWh, formatEnergyWh);
  return `${change} energy${vs} in ${outside.length} of ${of}, outside the base range`;
}

/** The first visible line, plain text (the notification e-mail shows it as is). */
function runHeadline(rows: Row[], workflow: string): string {
  const current = rows.filter((r) => !r.earlier && r.payload).map((r) => r.payload!);
  const sum = (f: (p: RunCommentPayload) => number): number => current.reduce((a, p) => a + f(p), 0);
  const where = current.length === 1 ? `${esc(workflow, 80)} / ${esc(current[0].job, 120)}` : esc(workflow, 80);
  const span = current.length === 1 ? `in ${formatDurationS(current[0].durationS)}` : `over ${current.length} jobs`;
  const verdict = runVerdict(current);
  const figures = `${formatMassG(sum((p) => p.co2eG))} CO2e, ${formatEnergyWh(sum((p) => p.energyWh))}`;
  return `🌱 Carbon footprint of ${where}: ${figures} ${span}${verdict ? ` — ${verdict}` : ''}.`;
}

/** The payload with its step list folded into otherSteps: the leanest form, for very large matrices. */
function withoutSteps(section: RunCommentSection, p: RunCommentPayload | null): RunCommentSection {
  if (!p || (p.steps.length === 0 && !p.otherSteps)) return section;
  const all = [...p.steps, ...(p.otherSteps ? [p.otherSteps] : [])];
  const count = p.steps.length + (p.otherSteps?.count ?? 0);
  const t = all.reduce(
    (a, s) => ({ durationS: a.durationS + s.durationS, energyWh: a.energyWh + s.energyWh, co2eG: a.co2eG + s.co2eG }),
    { durationS: 0, energyWh: 0, co2eG: 0 },
  );
  return { ...section, payload: { ...p, steps: [], otherSteps: { name: 'other steps', count, ...t } } };
}

export interface RunCommentRenderOptions {
  workflow: string;
  /** Whole comment, marker line included. Default 65,536 (GitHub's limit). */
  maxChars?: number;
  /**
   * The writing job's full detail (renderJobDetail: charts, steps, method), shown in its section when it is the only
   * job in the comment, so that a lone job's run comment carries what its per-job comment would. Called with the
   * characters left; null when it does not fit, and the lean step detail is used.
   */
  loneJob?: { jobKey: string; detail: (maxChars: number) => string | null };
}

/** Detail levels, richest first: fewer steps per job, then none shown, then none stored. */
const LADDER: { topSteps: number; keepPayloadSteps: boolean }[] = [
  { topSteps: 10, keepPayloadSteps: true },
  { topSteps: 5, keepPayloadSteps: true },
  { topSteps: 3, keepPayloadSteps: true },
  { topSteps: 1, keepPayloadSteps: true },
  { topSteps: 0, keepPayloadSteps: true },
  { topSteps: 0, keepPayloadSteps: false },
];

/**
 * Everything below the marker line: the table (a row per job, a total over the newest
 * run), then each job's section with its folded step detail. Shrinks step detail until the
 * whole comment fits `maxChars`; if even the leanest form does not fit, returns it anyway
 * (upsertRunComment then reports the size).
 */
export function renderRunCommentBody(sections: RunCommentSection[], opts: RunCommentRenderOptions): string {
  const budget = (opts.maxChars ?? COMMENT_MAX_CHARS) - runCommentMarker(opts.workflow).length - 1;
  const sorted = [...sections].sort((a, b) => (a.jobKey < b.jobKey ? -1 : a.jobKey > b.jobKey ? 1 : 0));
  const newest = sorted.reduce<RunCommentSection | null>(
    (n, s) => (!n || compareRuns({ ...s, attempt: 0 }, { ...n, attempt: 0 }) > 0 ? s : n),
    null,
  );
  const newestRun = newest?.runId ?? '';
  const rows: Row[] = sorted.map((section) => ({
    section,
    payload: readRunCommentPayload(section.payload),
    earlier: section.runId !== newestRun,
  }));
  const head = [
    runHeadline(rows, opts.workflow),
    '',
    '| Job | Runner | Duration | Energy | CO2e | CO2e vs base median | Budget |',
    '|---|---|---:|---:|---:|---|---|',
    ...rows.map(tableRow),
    // A lone job's row is its own total.
    ...(rows.length > 1 ? [totalRow(rows, newestRun)] : []),
  ];
  const earlier = rows.filter((r) => r.earlier).length;
  if (earlier > 0)
    head.push(
      '',
      `_Rows in italics (${earlier}) come from an earlier run; ` +
        'they are not in the total and stay until that job runs again._',
    );
  const foot =
    '<sub>carbon-action · one comment for the whole workflow: each job rewrites only its own section, ' +
    'and this table is rebuilt from all of them.</sub>';
  const compose = (blocks: string[]): string => [...head, '', ...blocks, '', foot].join('\n') + '\n';
  const lone = rows.length === 1 && !rows[0].earlier && rows[0].payload ? rows[0] : null;
  if (lone && opts.loneJob && lone.section.jobKey === opts.loneJob.jobKey) {
    const frame = compose([sectionBlock(lone.section, '')]).length + 1;
    const detail = opts.loneJob.detail(budget - frame);
    if (detail !== null) {
      const body = compose([sectionBlock(lone.section, detail)]);
      if (body.length <= budget) return body;
    }
  }
  let body = '';
  for (const level of LADDER) {
    body = compose(
      rows.map((r) =>
        sectionBlock(
          level.keepPayloadSteps ? r.section : withoutSteps(r.section, r.payload),
          stepDetail(r, level.topSteps, rows.length === 1),
        ),
      ),
    );
    if (body.length <= budget) return body;
  }
  return body;
}

/** The render function upsertRunComment takes. */
export function runCommentRenderer(opts: RunCommentRenderOptions): RunCommentRender {
  return (sections) => renderRunCommentBody(sections, opts);
}
