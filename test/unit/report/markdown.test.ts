import { describe, expect, it } from 'vitest';
import { COMMENT_MAX_CHARS, changeText, renderComment, renderSummary, topStepRows } from '../../../src/report/markdown';
import type { GateResult, Report, StepEnergy } from '../../../src/schema/report';
import { sampleComparison, sampleReport } from '../../fixtures/report';
import { escapeMarkdown } from '../../../src/report/escape';

const MARKER = '<!-- carbon-action:v1 workflow=CI job=test -->';
const M = '\u2212';

/** The sample report with totals matching sampleComparison (12.1 g, 20 Wh). */
function reportMatchingComparison(): Report {
  const report = sampleReport();
  report.co2eG = { total: 12.1, operational: 12.1, embodied: 0.11 };
  report.energyWh = { ...report.energyWh, total: 20 };
  return report;
}

const gate: GateResult = {
  mode: 'fail',
  exceeded: true,
  budgets: [
    { kind: 'co2e', limitText: '20 g', limit: 20, actual: 12.1, status: 'pass' },
    { kind: 'energy', limitText: '15 Wh', limit: 15, actual: 20, status: 'exceeded' },
    { kind: 'max-increase', limitText: '10%', limit: 10, actual: null, status: 'skipped', note: 'no baseline yet' },
  ],
};

const tableRows = (md: string, header: string): string[] => {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith(header));
  const rows: string[] = [];
  for (let i = start + 2; i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i]);
  return rows;
};
const unescapedPipes = (line: string): number => (line.match(/(?<!\\)\|/g) ?? []).length;
const mermaidBlocks = (md: string): string[] => md.match(/```mermaid\n[\s\S]*?\n```/g) ?? [];

describe('changeText', () => {
  it('signs and icons: up, down, within noise, no percentage when the base median is 0', () => {
    const metric = {
      current: 11.2,
      baseMedian: 10,
      baseMin: 9.5,
      baseMax: 10.5,
      deltaAbs: 1.2,
      deltaPercent: 12,
      withinNoise: false,
    };
    const mass = (g: number): string => `${g.toFixed(1)} g`;
    expect(changeText(metric, mass)).toBe('🔺 +1.2 g (+12.0 %)');
    expect(changeText({ ...metric, deltaAbs: -0.4, deltaPercent: -4 }, mass)).toBe(`🔻 ${M}0.4 g (${M}4.0 %)`);
    expect(changeText({ ...metric, withinNoise: true }, mass)).toBe('〰️ within noise (+1.2 g, +12.0 %)');
    expect(changeText({ ...metric, deltaPercent: null }, mass)).toBe('🔺 +1.2 g');
  });
});

describe('like for like in the comment (issue 8)', () => {
  const comparison = sampleComparison({
    runs: 2,
    // 41 CPU-s against base 40 and 42 (median 41): 0 s, 0 %, inside the spread.
    cpuSeconds: {
      current: 41,
      baseMedian: 41,
      baseMin: 40,
      baseMax: 42,
      deltaAbs: 0,
      deltaPercent: 0,
      withinNoise: true,
    },
    basis: {
      mode: 'repriced',
      machineClass: '4 vCPU Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz',
      sameClassRuns: 0,
      notRepriceable: 0,
      noiseKnown: false,
      note: "2 of the 2 main runs ran on other hardware (4 vCPU AMD EPYC 7763 64-Core Processor): each run's work was re-priced on this machine.",
    },
  });
  const body = renderComment({ report: reportMatchingComparison(), comparison, marker: MARKER });

  it('shows the CPU-seconds change beside the energy change, in the same table', () => {
    const rows = tableRows(body, '| | This run');
    expect(rows[2]).toBe('| CPU-seconds | 41.0 s | 41.0 s | 〰️ within noise (0 ms, 0.0 %) | 40.0 s – 42.0 s |');
  });

  it('says how the base runs were made comparable, and that the noise is not known with 2 runs', () => {
    // The note is escaped like every string from history (CPU names come from other runs' reports).
    const note = comparison.available ? comparison.basis!.note : '';
    expect(body).toContain(`⚖️ ${escapeMarkdown(note)} Noise not known yet: 2 base runs, the spread needs 3.`);
    expect(escapeMarkdown(note)).toContain('AMD EPYC 7763 64\\-Core Processor');
  });

  it('the trend chart says its base bars were re-priced', () => {
    expect(renderSummary({ report: reportMatchingComparison(), comparison })).toContain(
      'CO2e of the last 5 **main** run(s), re-priced on this machine and this one (line: base median):',
    );
  });

  it('a comparison as recorded is flagged as not like for like', () => {
    const asRecorded = sampleComparison({
      basis: {
        mode: 'as-recorded',
        machineClass: 'x',
        sameClassRuns: 0,
        notRepriceable: 5,
        noiseKnown: true,
        note: 'Not like for like: …',
      },
    });
    expect(renderComment({ report: reportMatchingComparison(), comparison: asRecorded, marker: MARKER })).toMatch(
      /\n⚠️ Not like for like/,
    );
  });
});

describe('renderComment', () => {
  const body = renderComment({
    report: reportMatchingComparison(),
    comparison: sampleComparison(),
    gate,
    marker: MARKER,
    notes: ['per-step energy unavailable: grant actions: read'],
  });
  const lines = body.split('\n');

  it('starts with the hidden marker on line 1', () => {
    expect(lines[0]).toBe(MARKER);
  });

  it('headline: plain text on the first visible line, with a verdict on energy', () => {
    // Energy: 20 vs median 25, outside 24–26 → −20.0 %, outside the base range.
    expect(lines[2]).toBe(
      `🌱 Carbon footprint of CI / test / node 20: 12.1 g CO2e, 20.0 Wh in 6 min 12 s — ${M}20.0 % energy vs main, ` +
        `outside the base range.`,
    );
    // Nothing on it that means something only once rendered as Markdown.
    expect(lines[2]).not.toMatch(/[*_`#|[\]<>]/);
  });

  it('comparison table: this run against the base median with sign, %, spread and run count', () => {
    // CO2e: 12.1 vs median 11 → +1.10 g, +10.0 %, inside 9–30 → within noise.
    expect(body).toContain('| CO2e | 12.1 g | 11.0 g | 〰️ within noise (+1.10 g, +10.0 %) | 9.00 g – 30.0 g |');
    // Energy: 20 vs 25 → −5.00 Wh, −20.0 %, outside 24–26.
    expect(body).toContain(`| Energy | 20.0 Wh | 25.0 Wh | 🔻 ${M}5.00 Wh (${M}20.0 %) | 24.0 Wh – 26.0 Wh |`);
    expect(body).toContain('main range (5 runs)');
  });

  it('budget table: limit, actual and status for each budget', () => {
    const rows = tableRows(body, '| Budget |');
    expect(rows).toEqual([
      '| CO2e per job | 20 g | 12.1 g | ✅ pass |',
      '| Energy per job | 15 Wh | 20.0 Wh | ❌ exceeded |',
      '| Increase vs base median | +10% | — | ⏭️ skipped: no baseline yet |',
    ]);
  });

  it('top 5 steps in view, sorted by energy, then the rest and an "outside steps" row', () => {
    const rows = tableRows(body, '| Step |');
    expect(rows.map((r) => r.split(' | ')[0].slice(2))).toEqual([
      'Run npm test',
      'Run npm run build',
      'Run npm ci',
      'Run actions/setup\\-node@v4',
      'Run actions/checkout@v4',
      '_other steps (1)_',
      '_outside steps (set-up, post steps, time between steps)_',
    ]);
    expect(body).toContain('#### Top 5 of 6 steps by energy');
    // npm test: 1.484231 Wh of a 20 Wh job = 7.4 % → "7 %"; 1.484231 / 1000 × 1.185 × 383 = 0.6736 g.
    expect(rows[0]).toBe('| Run npm test | 4 min 16 s | 1.48 Wh | 674 mg | 7 % |');
    // Steps sum to 2.1148 Wh of 20 Wh → 17.885 Wh outside = 89 %, 17.885 / 1000 × 1.185 × 383 = 8.117 g;
    // 372 s metered − 368 s in steps = 4 s.
    expect(rows[6]).toBe(
      '| _outside steps (set-up, post steps, time between steps)_ | 4.0 s | 17.9 Wh | 8.12 g | 89 % |',
    );
  });

  it('all steps folded below, the smallest one included', () => {
    const folded = body.slice(body.indexOf('<details><summary>All 6 steps</summary>'));
    expect(folded).toContain('| Set up job | 3.0 s | 10.2 mWh | 4.64 mg | <1 % |');
  });

  it('equivalents and the greener-region hint, folded', () => {
    expect(body).toContain('<details><summary>Equivalents and greener regions</summary>');
    expect(body).toContain(
      'That is about driving 5.7 m in an average petrol car, or charging a smartphone 0.12 times.',
    );
    expect(body).toMatch(
      /^💡 Had this run in azure\\:swedencentral \\\(20 g\/kWh\\\), it would have emitted 50\.4 mg/m,
    );
  });

  it('two xychart-beta charts, folded: the 120-point power timeline and the 6-bar trend', () => {
    const folded = body.slice(body.indexOf('<details><summary>Charts: power over time, CO2e per run</summary>'));
    const blocks = mermaidBlocks(folded);
    expect(mermaidBlocks(body)).toHaveLength(2);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toContain('xychart-beta');
    expect(/line \[(.*)\]/.exec(blocks[0])![1].split(', ')).toHaveLength(120);
    expect(/bar \[(.*)\]/.exec(blocks[1])![1].split(', ')).toEqual(['10', '12', '11', '30', '9', '12.1']);
  });

  it('collapsed method details and the notes', () => {
    expect(body).toContain('<details><summary>How this was estimated</summary>');
    expect(body).toContain('</details>');
    const start = body.indexOf('<details><summary>How this was estimated');
    const details = body.slice(start, body.indexOf('</details>', start));
    expect(details).toContain('**Grid intensity**: 383 g/kWh');
    expect(details).toContain('2025');
    expect(details).toContain('**PUE**: 1.185');
    expect(details).toContain('**Embodied**: SCI M \\= TE × time share × resource share');
    expect(details).toContain('RAPL not used');
    expect(details).toContain('documented default');
    expect(body).toContain('<details><summary>Notes (2)</summary>');
    expect(body).toContain('- per\\-step energy unavailable\\: grant actions\\: read');
  });

  it('no charts of the trend and "no baseline yet" with the reason when unavailable', () => {
    const out = renderComment({
      report: sampleReport(),
      comparison: { available: false, reason: 'history unavailable: cache service down', baseBranch: 'main' },
      marker: MARKER,
    });
    // An outage is not a first run: no "yet".
    expect(out).toContain('— no baseline for main (history unavailable\\: cache service down).');
    expect(mermaidBlocks(out)).toHaveLength(1);
    expect(out).not.toContain('| Budget |');
  });

  it('an up move outside noise gets the red triangle in the table', () => {
    const comparison = sampleComparison();
    if (!comparison.available) throw new Error('fixture');
    comparison.co2eG = {
      current: 13.2,
      baseMedian: 11,
      baseMin: 10,
      baseMax: 12,
      deltaAbs: 2.2,
      deltaPercent: 20,
      withinNoise: false,
    };
    const out = renderComment({ report: reportMatchingComparison(), comparison, marker: MARKER });
    expect(out).toContain('| CO2e | 13.2 g | 11.0 g | 🔺 +2.20 g (+20.0 %) | 10.0 g – 12.0 g |');
  });

  it('verdict: "no significant change" when energy lies inside the base range', () => {
    const comparison = sampleComparison();
    if (!comparison.available) throw new Error('fixture');
    comparison.energyWh = { ...comparison.energyWh, current: 25.5, deltaAbs: 0.5, deltaPercent: 2, withinNoise: true };
    const out = renderComment({ report: reportMatchingComparison(), comparison, marker: MARKER });
    expect(out.split('\n')[2]).toMatch(
      /— no significant change vs main \(energy inside the range of its last 5 runs\)\.$/,
    );
  });

  it('a flat power timeline says "steady at N W" instead of drawing a chart', () => {
    const report = reportMatchingComparison();
    // 20 ± 0.4 W: spread 0.8 / 20 = 4 % < 5 %.
    report.samples.timeline = report.samples.timeline.map((p, i) => ({ tS: p.tS, powerW: i % 2 === 0 ? 19.6 : 20.4 }));
    const out = renderComment({ report, comparison: sampleComparison(), marker: MARKER });
    expect(out).toContain('Power draw: steady at 20.6 W (within 5 % of its mean throughout, so no chart).');
    expect(mermaidBlocks(out).some((b) => b.includes('Power (W)'))).toBe(false);
    expect(out).toContain('<details><summary>Charts: CO2e per run</summary>');
  });

  it('warn mode says exceeded as a warning only', () => {
    const out = renderComment({ report: sampleReport(), gate: { ...gate, mode: 'warn' }, marker: MARKER });
    expect(out).toContain('| Energy per job | 15 Wh | 20.0 Wh | ⚠️ exceeded (warning only) |');
    expect(out).toContain('_fail-on-budget is false: the job was not failed._');
  });

  it('world average is flagged visibly above the fold', () => {
    const report = sampleReport();
    report.intensity = {
      ...report.intensity,
      region: null,
      decidedBy: 'world-average',
      assumption: 'No region known: using the world average.',
    };
    const out = renderComment({ report, marker: MARKER });
    expect(out.indexOf('> [!WARNING]')).toBeGreaterThan(0);
    expect(out.indexOf('> [!WARNING]')).toBeLessThan(out.indexOf('<details>'));
    expect(out.indexOf('> [!WARNING]')).toBeLessThan(out.indexOf('| Step |'));
  });
});

describe('renderComment with hostile names', () => {
  const hostile = [
    '"><img src=x onerror=alert(1)>',
    '`rm -rf`',
    '[x](javascript:alert(1))',
    '| a | b |',
    '<!-- end -->',
    '@everyone',
    '**bold**',
    'two\nlines\n# heading',
    'n'.repeat(10_000),
  ];
  const report = sampleReport();
  report.steps = hostile.map((name, i) => ({
    ...report.steps![i % report.steps!.length],
    number: i + 1,
    name,
    energyWh: 1 + i,
  }));
  report.context = { ...report.context, workflow: hostile[0], job: hostile[4], matrix: hostile[3], sha: hostile[2] };
  report.intensity = { ...report.intensity, region: hostile[1], assumption: hostile[5] };
  report.warnings = [hostile[6], hostile[7]];
  report.greenerRegions = [{ region: hostile[2], gPerKWh: 10, co2eG: 0.1 }];
  const comparison = sampleComparison({ baseBranch: hostile[0] });
  const body = renderComment({ report, comparison, gate, marker: MARKER, notes: [hostile[3], hostile[5]] });
  const outsideCharts = body.replace(/```mermaid\n[\s\S]*?\n```/g, '');

  it('keeps no dangerous construct', () => {
    expect(body).not.toMatch(/<img/i);
    expect(body).not.toContain('](javascript:');
    expect(body).not.toContain('@everyone');
    expect(body).not.toMatch(/(?<!\\)\*\*bold/);
    expect(body).not.toMatch(/(?<!\\)`rm/);
    expect(body).not.toContain('<!-- end');
    // "-->" only closes our own marker on line 1 (the charts' axis arrows are inside fences).
    expect(outsideCharts.split('\n').slice(1).join('\n')).not.toContain('-->');
    expect(body).not.toMatch(/^#+ heading/m);
  });

  it('every table row keeps its column count (no unescaped pipe from a name)', () => {
    for (const row of tableRows(body, '| Step |')) expect(unescapedPipes(row), row).toBe(6);
    for (const row of tableRows(body, '| Budget |')) expect(unescapedPipes(row), row).toBe(5);
    for (const row of tableRows(body, '| | This run |')) expect(unescapedPipes(row), row).toBe(6);
    expect(unescapedPipes(body.split('\n').find((l) => l.startsWith('| | This run'))!)).toBe(6);
  });

  it('truncates the 10 kB name', () => {
    expect(body).not.toContain('n'.repeat(200));
    expect(body).toMatch(/n{50,}…/);
  });

  it('chart labels carry no quote or bracket from the branch name', () => {
    for (const block of mermaidBlocks(body)) {
      const title = block.split('\n').find((l) => l.includes('title'))!;
      expect(title.match(/"/g)).toHaveLength(2);
      expect(block).not.toContain('<img');
    }
  });
});

describe('size cap', () => {
  function bigReport(stepCount: number): Report {
    const report = sampleReport();
    const steps: StepEnergy[] = [];
    for (let i = 1; i <= stepCount; i++) {
      steps.push({
        number: i,
        name: `Step ${i} ${'with a rather long and descriptive name | pipes & <tags> '.repeat(3)}`,
        startedAt: report.startedAt,
        completedAt: report.endedAt,
        durationS: 1,
        energyWh: 0.001 * ((i * 7919) % 2000),
        co2eG: 0.0004 * ((i * 7919) % 2000),
      });
    }
    report.steps = steps;
    return report;
  }

  it('2,000 steps by default: top 5 in view, top 50 folded, each with "other steps" and "outside steps" rows, well under the cap', () => {
    const body = renderComment({ report: bigReport(2000), comparison: sampleComparison(), gate, marker: MARKER });
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    const rows = tableRows(body, '| Step |');
    expect(rows).toHaveLength(7);
    expect(rows[5]).toMatch(/^\| _other steps \(1995\)_ \|/);
    expect(body).toContain('#### Top 5 of 2000 steps by energy');
    expect(body).toContain('<details><summary>Top 50 of 2000 steps</summary>');
    const folded = tableRows(body.slice(body.indexOf('<details><summary>Top 50')), '| Step |');
    expect(folded).toHaveLength(52);
    expect(folded[50]).toMatch(/^\| _other steps \(1950\)_ \|/);
  });

  it('asked for all 2,000 steps, it drops the timeline, then the folded steps beyond the top 50, never cutting mid-Markdown', () => {
    const input = { report: bigReport(2000), comparison: sampleComparison(), gate, topSteps: 5000 };
    // Uncapped (the summary allows 1 MiB) the full table alone is far over 65,536.
    expect(renderSummary(input).length).toBeGreaterThan(COMMENT_MAX_CHARS);
    const body = renderComment({ ...input, marker: MARKER });
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(body.split('\n')[0]).toBe(MARKER);
    expect(tableRows(body, '| Step |')).toHaveLength(7);
    expect(body).toContain('<details><summary>Top 50 of 2000 steps</summary>');
    const blocks = mermaidBlocks(body);
    expect(blocks.some((b) => b.includes('Power (W)'))).toBe(false); // timeline dropped
    expect(blocks.some((b) => b.includes('CO2e per run'))).toBe(true); // trend kept
    expect(body).toContain('</details>');
  });

  it('a tiny cap falls back to a cut at a line boundary with <details> closed', () => {
    const body = renderComment({ report: sampleReport(), marker: MARKER, maxChars: 1500 });
    expect(body.length).toBeLessThanOrEqual(1500);
    expect(body.endsWith('_(truncated to fit the comment size limit)_')).toBe(true);
    const opened = (body.match(/<details/g) ?? []).length;
    expect((body.match(/<\/details>/g) ?? []).length).toBe(opened);
  });
});

describe('renderSummary', () => {
  const md = renderSummary({ report: sampleReport(), comparison: sampleComparison(), gate });
  it('has no marker, expanded method details, both charts', () => {
    expect(md.startsWith('🌱 Carbon footprint of CI / test / node 20: ')).toBe(true);
    expect(md).not.toContain('carbon-action:v1');
    expect(md).toContain('<details open><summary>How this was estimated</summary>');
    expect(mermaidBlocks(md)).toHaveLength(2);
  });
});

describe('topStepRows', () => {
  it('sorts by energy and sums the rest', () => {
    const step = (number: number, energyWh: number): StepEnergy => ({
      number,
      name: `s${number}`,
      startedAt: '',
      completedAt: '',
      durationS: number,
      energyWh,
      co2eG: energyWh / 2,
    });
    const { shown, other } = topStepRows([step(1, 1), step(2, 5), step(3, 3), step(4, 2)], 2);
    expect(shown.map((s) => s.number)).toEqual([2, 3]);
    // Rest: steps 1 and 4 → 1 + 2 = 3 Wh, 1 + 4 = 5 s, 0.5 + 1 = 1.5 g.
    expect(other).toEqual({ count: 2, durationS: 5, energyWh: 3, co2eG: 1.5 });
  });
});

describe('CPU energy range in the method section', () => {
  it('is listed under CPU when the model gave one', () => {
    const report = sampleReport();
    // 1.47997 Wh × 0.8 = 1.18398 → "1.18 Wh"; × 1.25 = 1.84996 → "1.85 Wh"
    report.energyWh.cpuRange = [report.energyWh.cpu * 0.8, report.energyWh.cpu * 1.25];
    report.methods.cpu.band = { low: 0.8, high: 1.25, coverage: 0.8, basis: 'family epyc-gen3' };
    const out = renderComment({ report, marker: '<!-- m -->' });
    expect(out).toContain('  - CPU energy range: 1.18 Wh to 1.85 Wh \\(80 % band');
    expect(renderComment({ report: sampleReport(), marker: '<!-- m -->' })).not.toContain('CPU energy range');
  });
});
