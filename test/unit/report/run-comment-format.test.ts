import { describe, expect, it } from 'vitest';
import {
  compareRuns,
  mergeSections,
  parseRunCommentSections,
  runCommentMarker,
  sectionBlock,
  type RunCommentSection,
} from '../../../src/report/run-comment-format';
import {
  buildRunCommentPayload,
  readRunCommentPayload,
  renderRunCommentBody,
  type RunCommentPayload,
} from '../../../src/report/run-comment-render';
import type { Comparison, GateResult, StepEnergy } from '../../../src/schema/report';
import { COMMENT_MAX_CHARS, renderComment, renderJobDetail } from '../../../src/report/markdown';
import { makeReport, sampleComparison, sampleReport } from '../../fixtures/report';
import { strayCommentClosers } from '../../e2e/comment-checks';

const section = (
  jobKey: string,
  runId: string,
  attempt: number,
  payload: unknown = { n: jobKey },
): RunCommentSection => ({ jobKey, runId, attempt, payload });

describe('run comment format', () => {
  it('marks the comment per workflow, with names encoded so they cannot close the marker', () => {
    expect(runCommentMarker('CI')).toBe('<!-- carbon-action:v1 run-comment workflow=CI -->');
    const nasty = runCommentMarker('CI --> <b>');
    expect(nasty).toBe('<!-- carbon-action:v1 run-comment workflow=CI%20-%2D%3E%20%3Cb%3E -->');
    expect(nasty.indexOf('-->')).toBe(nasty.length - 3);
  });

  it('reads back a payload whose strings hold U+2028 or U+2029 (JSON.stringify leaves them raw)', () => {
    // A step name with a line separator made the section unreadable, so the run comment was not posted.
    const payload = { step: 'Run tests\u2028::warning::p4', job: 'a\u2029b' };
    const text = sectionBlock(section('test', '1', 1, payload), 'x');
    expect(text.split('\n')[1]).not.toMatch(/[\u2028\u2029]/);
    expect(parseRunCommentSections(text)).toEqual([section('test', '1', 1, payload)]);
  });

  it('round-trips sections, payload strings that try to close the comment included', () => {
    const hostile = { name: 'a --> b <!-- c --!> d ---- e\nf', n: -1.5e-7, nested: { s: '\\--' } };
    const text = [
      'intro',
      sectionBlock(section('test (node 20)', '123', 2, hostile), '<details>x</details>'),
      sectionBlock(section('lint', '123', 1), ''),
      'outro',
    ].join('\n');
    // The only "-->" are the three per section that close markers.
    expect(text.match(/-->/g)).toHaveLength(6);
    expect(text).not.toMatch(/<!-- carbon-action:payload [^\n]*[<>][^\n]*-->/);
    const parsed = parseRunCommentSections(text);
    expect(parsed).toEqual([section('test (node 20)', '123', 2, hostile), section('lint', '123', 1)]);
  });

  it('reads back a torn payload as null instead of dropping the section', () => {
    const text = sectionBlock(section('a', '1', 1), '').replace(/payload .* -->/, 'payload {"torn": -->');
    expect(parseRunCommentSections(text)).toEqual([section('a', '1', 1, null)]);
  });

  it('orders runs: run id by number (not text), then attempt', () => {
    expect(compareRuns({ runId: '10', attempt: 1 }, { runId: '9', attempt: 3 })).toBeGreaterThan(0);
    expect(compareRuns({ runId: '9', attempt: 3 }, { runId: '9', attempt: 1 })).toBeGreaterThan(0);
    expect(compareRuns({ runId: '9', attempt: 1 }, { runId: '9', attempt: 1 })).toBe(0);
    expect(
      compareRuns({ runId: '12345678901234567890', attempt: 1 }, { runId: '12345678901234567889', attempt: 1 }),
    ).toBeGreaterThan(0);
  });

  it('merges per job: a re-run or a later run replaces, an older one does not, new jobs are added', () => {
    const base = [section('a', '5', 1, 'a1'), section('b', '5', 2, 'b2')];
    const merged = mergeSections(base, [
      section('a', '5', 2, 'a-rerun'),
      section('b', '5', 1, 'b-stale'),
      section('c', '4', 1, 'c'),
    ]);
    expect(merged).toEqual([section('a', '5', 2, 'a-rerun'), section('b', '5', 2, 'b2'), section('c', '4', 1, 'c')]);
    expect(mergeSections([section('a', '5', 3, 'old run')], [section('a', '6', 1, 'new run')])).toEqual([
      section('a', '6', 1, 'new run'),
    ]);
  });
});

const steps = (n: number, prefix = 'step'): StepEnergy[] =>
  Array.from({ length: n }, (_, i) => ({
    number: i + 1,
    name: `${prefix} ${i + 1}`,
    startedAt: '2025-01-01T00:00:00Z',
    completedAt: '2025-01-01T00:01:00Z',
    durationS: 60,
    energyWh: (i + 1) / 10,
    co2eG: (i + 1) / 20,
  }));

const available = (current: number, median: number): Comparison => ({
  available: true,
  baseBranch: 'main',
  runs: 3,
  co2eG: {
    current,
    baseMedian: median,
    baseMin: median * 0.9,
    baseMax: median * 1.1,
    deltaAbs: current - median,
    deltaPercent: ((current - median) / median) * 100,
    withinNoise: false,
  },
  energyWh: { current: 1, baseMedian: 1, baseMin: 1, baseMax: 1, deltaAbs: 0, deltaPercent: 0, withinNoise: true },
  trend: [],
});

const gate = (status: 'pass' | 'exceeded', mode: 'fail' | 'warn' = 'fail'): GateResult => ({
  budgets: [{ kind: 'co2e', limitText: '1 g', limit: 1, actual: 1.5, status }],
  exceeded: status === 'exceeded',
  mode,
});

describe('buildRunCommentPayload', () => {
  it("keeps the row figures, this job's change against its base median, and the top steps", () => {
    const report = { ...makeReport({ co2eG: 1, energyWh: 2, sha: 'abcdef0123456789' }), steps: steps(12) };
    report.context = { ...report.context, matrix: 'node 20', runner: 'GitHub Actions 7' };
    const p = buildRunCommentPayload({ report, comparison: available(1, 0.8), gate: gate('exceeded', 'warn') });
    expect(p).toMatchObject({
      job: 'test (node 20)',
      runner: 'GitHub Actions 7',
      machine: '4 vCPU Test CPU',
      energyWh: 2,
      co2eG: 1,
      durationS: 300,
    });
    // 1 − 0.8 = 0.2 g; 0.2 / 0.8 = 25 %.
    expect(p.co2eChange).toMatchObject({ baseBranch: 'main', baseMedian: 0.8, deltaAbs: 0.2, deltaPercent: 25 });
    expect(p.energyChange).toEqual({ baseMedian: 1, deltaAbs: 0, deltaPercent: 0, withinNoise: true });
    expect(p.budget).toEqual({ status: 'exceeded', mode: 'warn', exceeded: ['co2e'] });
    // Top 10 of 12 by energy: steps 12…3; steps 1 and 2 summed: 0.1 + 0.2 = 0.3 Wh, 0.05 + 0.1 = 0.15 g, 120 s.
    expect(p.steps.map((s) => s.name)).toEqual([
      'step 12',
      'step 11',
      'step 10',
      'step 9',
      'step 8',
      'step 7',
      'step 6',
      'step 5',
      'step 4',
      'step 3',
    ]);
    expect(p.otherSteps).toMatchObject({ count: 2, durationS: 120, energyWh: 0.3, co2eG: 0.15 });
    expect(readRunCommentPayload(JSON.parse(JSON.stringify(p)))).toEqual(p);
  });

  it('carries how the base runs were made comparable and the CPU-seconds change, and shows them in the change cell', () => {
    const comparison = available(1, 0.8);
    if (!comparison.available) throw new Error('fixture');
    comparison.runs = 2;
    comparison.basis = {
      mode: 'repriced',
      machineClass: '4 vCPU x',
      sameClassRuns: 0,
      notRepriceable: 0,
      noiseKnown: false,
      note: 'n',
    };
    // 52 CPU-s vs median 40: +12 s, +30 %.
    comparison.cpuSeconds = {
      current: 52,
      baseMedian: 40,
      baseMin: 39,
      baseMax: 41,
      deltaAbs: 12,
      deltaPercent: 30,
      withinNoise: false,
    };
    const p = buildRunCommentPayload({ report: makeReport({ co2eG: 1 }), comparison });
    expect(p.co2eChange).toMatchObject({ basis: 'repriced', noiseKnown: false, cpuSecondsDeltaPercent: 30 });
    const back = readRunCommentPayload(JSON.parse(JSON.stringify(p)));
    expect(back).toEqual(p);
    const body = renderRunCommentBody([payloadSection('test', '5', p)], { workflow: 'CI' });
    expect(body).toContain('vs main<br>CPU-s +30.0 % · re-priced on this machine · noise not known yet |');
    // A hand-edited basis is dropped, not shown.
    expect(
      readRunCommentPayload({ ...p, co2eChange: { ...p.co2eChange, basis: '<img>' } })?.co2eChange?.basis,
    ).toBeUndefined();
  });

  it('refuses payloads that are not this version or lack figures', () => {
    const p = buildRunCommentPayload({ report: makeReport() });
    expect(readRunCommentPayload({ ...p, v: 2 })).toBeNull();
    expect(readRunCommentPayload({ ...p, co2eG: 'lots' })).toBeNull();
    expect(readRunCommentPayload(null)).toBeNull();
    expect(readRunCommentPayload({ ...p, steps: [{ name: 'x' }, p.steps[0]].filter(Boolean) })?.steps).toEqual([]);
  });
});

const payloadSection = (jobKey: string, runId: string, p: RunCommentPayload): RunCommentSection => ({
  jobKey,
  runId,
  attempt: 1,
  payload: JSON.parse(JSON.stringify(p)),
});

describe('renderRunCommentBody', () => {
  it('rebuilds the table from every section and totals the newest run only', () => {
    const a = buildRunCommentPayload({
      report: makeReport({ co2eG: 1, energyWh: 2 }),
      comparison: available(1, 0.8),
      gate: gate('pass'),
      jobName: 'build',
    });
    const b = buildRunCommentPayload({
      report: makeReport({ co2eG: 1.5, energyWh: 3 }),
      gate: gate('exceeded'),
      jobName: 'test',
    });
    const old = buildRunCommentPayload({ report: makeReport({ co2eG: 100, energyWh: 100 }), jobName: 'gone' });
    const body = renderRunCommentBody(
      [payloadSection('test', '20', b), payloadSection('build', '20', a), payloadSection('gone', '19', old)],
      { workflow: 'CI' },
    );
    const lines = body.split('\n');
    // Only build has a baseline, and its energy is inside the base range (available() marks it within noise).
    expect(lines[0]).toBe(
      '🌱 Carbon footprint of CI: 2.50 g CO2e, 5.00 Wh over 2 jobs — no significant change vs main (energy inside ' +
        'the base range in all 1 job with a baseline).',
    );
    expect(lines).toContain(
      '| build | 4 vCPU Test CPU | 5 min 00 s | 2.00 Wh | 1.00 g | 🔺 +200 mg (+25.0 %) vs main | ✅ pass |',
    );
    expect(lines).toContain(
      '| test | 4 vCPU Test CPU | 5 min 00 s | 3.00 Wh | 1.50 g | no baseline yet | ❌ exceeded: co2e |',
    );
    expect(lines).toContain(
      '| _gone (run 19)_ | 4 vCPU Test CPU | 5 min 00 s | 100 Wh | 100 g | no baseline yet | — |',
    );
    // Total over run 20: 2 + 3 = 5 Wh; 1 + 1.5 = 2.5 g; 300 + 300 s = 10 min; change only build's: +0.2 g of 0.8 g =
    // +25 %.
    expect(lines).toContain(
      '| **Total: 2 jobs of run 20** | | 10 min 00 s | **5.00 Wh** | **2.50 g** | +200 mg (+25.0 %) over 1 of 2 ' +
        'jobs | 1 of 2 exceeded |',
    );
    expect(body).toContain('Rows in italics (1) come from an earlier run');
    expect(parseRunCommentSections(body).map((s) => s.jobKey)).toEqual(['build', 'gone', 'test']);
  });

  it('a lone job: plain-text headline with its verdict, no total row, top 5 steps in view with "other" and "outside steps" rows, all folded', () => {
    const report = { ...makeReport({ co2eG: 1, energyWh: 10 }), steps: steps(8) };
    const comparison: Comparison = {
      ...(available(1, 0.8) as Extract<Comparison, { available: true }>),
      energyWh: {
        current: 10,
        baseMedian: 8,
        baseMin: 7.5,
        baseMax: 8.5,
        deltaAbs: 2,
        deltaPercent: 25,
        withinNoise: false,
      },
    };
    const body = renderRunCommentBody(
      [payloadSection('test', '3', buildRunCommentPayload({ report, comparison, jobName: 'test' }))],
      { workflow: 'CI' },
    );
    const lines = body.split('\n');
    expect(lines[0]).toBe(
      '🌱 Carbon footprint of CI / test: 1.00 g CO2e, 10.0 Wh in 5 min 00 s — +25.0 % energy vs main, outside the ' +
        'base range.',
    );
    expect(body).not.toContain('**Total');
    expect(body).toContain('#### Top 5 of 8 steps by energy');
    // Steps 8…4 shown; 3 + 2 + 1 → 0.6 Wh, 180 s; steps total 3.6 Wh of 10 → outside 6.4 Wh = 64 %, 300 − 480 s → 0 s.
    expect(lines).toContain('| _other steps (3)_ | 3 min 00 s | 600 mWh | 300 mg | 6 % |');
    // 6.4 Wh × PUE 1.18 × 400 g/kWh (makeReport) / 1000 = 3.0208 g.
    expect(lines).toContain(
      '| _outside steps (set-up, post steps, time between steps)_ | 0 ms | 6.40 Wh | 3.02 g | 64 % |',
    );
    expect(body).toContain('<details><summary>All 8 steps</summary>');
  });

  it('escapes hostile job, runner and step names everywhere they are shown', () => {
    const report = { ...makeReport(), steps: steps(1, '<img src=x onerror=alert(1)> | @octocat') };
    report.context = { ...report.context, runner: 'runner --> <script>' };
    const p = buildRunCommentPayload({ report, jobName: 'job | with pipe <b>@admin</b> [x](http://evil)' });
    const body = renderRunCommentBody([payloadSection('k', '1', p)], { workflow: 'CI <i>' });
    // The raw strings sit only in the hidden payload line, inert inside an HTML comment.
    const visible = body
      .split('\n')
      .filter((l) => !l.startsWith('<!-- carbon-action:payload '))
      .join('\n');
    expect(visible).not.toMatch(/<img|<script|<b>|<i>|\]\(http/);
    expect(body).toContain('job \\| with pipe &lt;b&gt;@\u200Dadmin&lt;/b&gt; \\[x\\]\\(http\\://evil\\)');
    expect(body).toContain('runner \\-\\-&gt; &lt;script&gt;');
    expect(body).toContain('&lt;img src\\=x onerror\\=alert\\(1\\)&gt; \\| @\u200Doctocat');
    // The raw strings survive in the payload for the next writer.
    expect(readRunCommentPayload(parseRunCommentSections(body)[0].payload)?.runner).toBe('runner --> <script>');
  });

  it('shows a section whose payload cannot be read as such, and keeps it', () => {
    const body = renderRunCommentBody([section('mystery', '1', 1, null)], { workflow: 'CI' });
    expect(body).toContain('| mystery | — | — | — | — | section data unreadable | — |');
    expect(parseRunCommentSections(body)).toHaveLength(1);
  });

  it('stays within 65,536 characters for a large matrix by shrinking step detail, never dropping a section', () => {
    const longName = 'x'.repeat(90);
    const sections = Array.from({ length: 60 }, (_, i) => {
      const report = { ...makeReport(), steps: steps(15, `${longName} ${i}`) };
      return payloadSection(`job-${i}`, '7', buildRunCommentPayload({ report, jobName: `job ${i} ${longName}` }));
    });
    const marker = runCommentMarker('CI');
    const stepRows = (text: string): number =>
      text.split('\n').filter((l) => l.startsWith(`| ${'x'.repeat(20)}`)).length;
    // Two jobs fit with the full 10 steps each.
    expect(stepRows(renderRunCommentBody(sections.slice(0, 2), { workflow: 'CI' }))).toBe(20);
    const body = renderRunCommentBody(sections, { workflow: 'CI' });
    expect(marker.length + 1 + body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(parseRunCommentSections(body)).toHaveLength(60);
    // 60 jobs × 10 steps do not fit: each job shows fewer, but still the same number each.
    const shown = stepRows(body);
    expect(shown).toBeLessThan(600);
    expect(shown % 60).toBe(0);
  });

  // Measured: ≈ 600 characters per job at the leanest level (row + markers + payload).
  it('fits about 100 jobs at the leanest level (the limit the docs state)', () => {
    const fits = (n: number): boolean => {
      const sections = Array.from({ length: n }, (_, i) =>
        payloadSection(
          `test-matrix-${i}`,
          '12345678901',
          buildRunCommentPayload({
            report: { ...makeReport(), steps: steps(8) },
            jobName: `test (ubuntu-latest, node ${i})`,
          }),
        ),
      );
      return (
        runCommentMarker('CI').length + 1 + renderRunCommentBody(sections, { workflow: 'CI' }).length <=
        COMMENT_MAX_CHARS
      );
    };
    expect(fits(90)).toBe(true);
    expect(fits(130)).toBe(false);
  });
});

describe('a lone job in the run comment carries what its per-job comment would', () => {
  const report = sampleReport();
  report.co2eG = { total: 12.1, operational: 12.1, embodied: 0.11 };
  report.energyWh = { ...report.energyWh, total: 20 };
  const comparison = sampleComparison();
  const detail = (maxChars: number): string | null => renderJobDetail({ report, comparison }, maxChars);
  const lone = (maxChars?: number, jobKey = 'test'): string =>
    renderRunCommentBody(
      [payloadSection('test', '9', buildRunCommentPayload({ report, comparison, jobName: 'test' }))],
      {
        workflow: 'CI',
        maxChars,
        loneJob: { jobKey, detail },
      },
    );
  const mermaid = (md: string): number => (md.match(/```mermaid\n/g) ?? []).length;

  it('charts, the per-step table and the method block, under the run headline and table, once each', () => {
    const body = lone();
    const perJob = renderComment({ report, comparison, marker: '<!-- m -->' });
    // The per-job comment's two charts and method block, and nothing of its own headline or footer.
    expect(mermaid(perJob)).toBe(2);
    expect(mermaid(body)).toBe(2);
    expect(body).toContain('<details><summary>Charts: power over time, CO2e per run</summary>');
    expect(body.match(/<summary>How this was estimated<\/summary>/g)).toHaveLength(1);
    expect(body.match(/^🌱 /gm)).toHaveLength(1);
    expect(body).not.toContain('<sub>carbon-action 0.');
    expect(body.split('\n')[0]).toMatch(/^🌱 Carbon footprint of CI \/ test: 12\.1 g CO2e, 20\.0 Wh/);
    // The section still parses back with its payload, for the next writer.
    expect(parseRunCommentSections(body)).toHaveLength(1);
    expect(readRunCommentPayload(parseRunCommentSections(body)[0].payload)?.job).toBe('test');
  });

  it('within the limit it drops the timeline chart first, then falls back to the lean step detail', () => {
    const full = lone();
    const marker = runCommentMarker('CI').length + 1;
    // 1,000 characters short of the full form: the power timeline (the largest chart) goes.
    const tighter = lone(marker + full.length - 1000);
    expect(tighter.length).toBeLessThanOrEqual(full.length - 1000);
    expect(mermaid(tighter)).toBe(1);
    expect(tighter).toContain('How this was estimated');
    // Too small for any rich level: the lean section (no method block), still within the limit.
    const lean = renderRunCommentBody(
      [payloadSection('test', '9', buildRunCommentPayload({ report, comparison, jobName: 'test' }))],
      { workflow: 'CI' },
    );
    const tiny = lone(marker + lean.length);
    expect(tiny).toBe(lean);
    expect(tiny).not.toContain('How this was estimated');
  });

  it('is used only for the writing job when it is alone: another job, or another writer, gets the matrix form', () => {
    expect(lone(undefined, 'other job')).not.toContain('How this was estimated');
    const two = renderRunCommentBody(
      [
        payloadSection('test', '9', buildRunCommentPayload({ report, comparison, jobName: 'test' })),
        payloadSection('lint', '9', buildRunCommentPayload({ report: makeReport(), jobName: 'lint' })),
      ],
      { workflow: 'CI', loneJob: { jobKey: 'test', detail } },
    );
    expect(two).not.toContain('How this was estimated');
    expect(mermaid(two)).toBe(0);
  });
});

describe('a hostile name in every field closes no HTML comment early', () => {
  // publish.test.ts once counted 5 "-->" against 3 marker lines: the two were the power chart's axis ranges, drawn
  // only when a job's power was not steady. Here both charts are drawn and every name is hostile.
  const hostile = 'x --> <!-- y --!> `z` <script>|@octocat\n::error::p';
  const report = sampleReport();
  report.context = { ...report.context, workflow: hostile, job: hostile, branch: hostile, matrix: hostile };
  report.steps = (report.steps ?? []).map((s) => ({ ...s, name: `${s.name} ${hostile}` }));
  report.warnings = [hostile];
  const comparison = { ...sampleComparison(), baseBranch: hostile } as Comparison;
  const payload = buildRunCommentPayload({ report, comparison, jobName: hostile });
  const detail = (maxChars: number): string | null => renderJobDetail({ report, comparison }, maxChars);
  const axisRanges = (md: string): number => (md.match(/^ {4}[xy]-axis .* --> /gm) ?? []).length;

  it.each([
    [
      'the lone-job run comment',
      () =>
        renderRunCommentBody([payloadSection(hostile, hostile, payload)], {
          workflow: hostile,
          loneJob: { jobKey: hostile, detail },
        }),
    ],
    [
      'the matrix run comment',
      () =>
        renderRunCommentBody([payloadSection(hostile, '9', payload), payloadSection('b', '9', payload)], {
          workflow: hostile,
        }),
    ],
    ['the job comment', () => renderComment({ report, comparison, marker: runCommentMarker(hostile) })],
  ])('%s: each "-->" ends a marker line or is a Mermaid axis range', (_, render) => {
    const body = render();
    expect(strayCommentClosers(body)).toEqual([]);
    expect(body).toContain('\\-\\-&gt;');
  });

  it('the charts are there (power over time and the trend: 3 axis ranges), and the check catches a raw closer', () => {
    const body = renderRunCommentBody([payloadSection(hostile, '9', payload)], {
      workflow: hostile,
      loneJob: { jobKey: hostile, detail },
    });
    expect(axisRanges(body)).toBe(3);
    expect(strayCommentClosers(`${body}\n| ${hostile} |`)).toEqual([`| x --> <!-- y --!> \`z\` <script>|@octocat`]);
    expect(strayCommentClosers(body.replaceAll('```mermaid', '```'))).toHaveLength(3);
    expect(strayCommentClosers(`${body}\nan opener <!-- alone`)).toEqual(['an opener <!-- alone']);
  });
});
