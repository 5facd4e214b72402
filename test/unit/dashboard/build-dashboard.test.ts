import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregate, weekStartMs } from '../../../src/dashboard/aggregate';
import { equivalentsFromDataFile } from '../../../src/dashboard/equivalents';
import { escapeHtml } from '../../../src/dashboard/html';
import { buildDashboard, writeDashboard } from '../../../src/dashboard/index';
import { niceCeil } from '../../../src/dashboard/svg';
import type { Report } from '../../../src/schema/report';
import { makeHistory, SERIES_COUNT } from '../../fixtures/report';

const GENERATED_AT = '2025-04-06T12:00:00Z';
const NOW = Date.parse(GENERATED_AT);
const DAY = 86_400_000;
const countCircles = (html: string): number => (html.match(/<circle [^>]*data-value="/g) ?? []).length;

/** One series, `n` runs at `co2eG` each, `spacingDays` apart, the last at `NOW`. */
function series(n: number, co2eG: number, spacingDays: number): Report[] {
  return makeHistory(n).map((r, i) => ({
    ...r,
    startedAt: new Date(NOW - (n - 1 - i) * spacingDays * DAY).toISOString(),
    co2eG: { total: co2eG, operational: co2eG, embodied: 0 },
    energyWh: { total: 10, cpu: 8, memory: 2, gpu: 0 },
    context: { repository: 'acme/api', workflow: 'ci.yml', job: 'test', branch: 'main' },
  }));
}

describe('escapeHtml', () => {
  it('encodes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    expect(escapeHtml(undefined)).toBe('');
  });
});

describe('buildDashboard', () => {
  it('plots one circle per run and one card per series for the sample', () => {
    const html = buildDashboard(makeHistory(60), { generatedAt: GENERATED_AT });
    expect(countCircles(html)).toBe(60);
    expect((html.match(/<article class="series"/g) ?? []).length).toBe(SERIES_COUNT);
    expect(html).toContain('acme/api');
    expect(html).toContain('nightly.yml');
  });

  it('downsamples to at most 200 points per series', () => {
    const html = buildDashboard(series(450, 5, 0.05), { generatedAt: GENERATED_AT });
    expect(countCircles(html)).toBe(200);
    expect(html).toContain('200 of 450 runs shown (downsampled)');
  });

  it('states the monthly projection: 56 runs in 28 days at 20 g → about 1.22 kg a month', () => {
    // 56 runs 0.5 day apart ending now (the oldest 27.5 days back) plus one 40 days back, outside
    // the window, so the window is the full 28 days: 56/28 × 30.4375 × 20 g = 1,217.5 g ≈ 1.22 kg
    const runs = [
      ...series(56, 20, 0.5),
      { ...series(1, 20, 1)[0], startedAt: new Date(NOW - 40 * DAY).toISOString() },
    ];
    const html = buildDashboard(runs, { generatedAt: GENERATED_AT });
    expect(html).toContain('this job emits about <strong>1.22 kg CO2e per month</strong>');
    expect(html).toContain('(14 runs a week)'); // 56 / 28 × 7
  });

  it('renders "no runs yet" for an empty history, with no chart', () => {
    const html = buildDashboard([], { generatedAt: GENERATED_AT });
    expect(html).toMatch(/no runs yet/i);
    expect(html).not.toContain('<svg');
  });

  it('escapes hostile repository, workflow, job, matrix and branch names', () => {
    const [r] = makeHistory(1);
    r.context = {
      repository: '<script>alert(1)</script>',
      workflow: '"><img src=x onerror=alert(2)>',
      job: "'; DROP",
      matrix: '<b>m</b>',
      branch: '</title><script>alert(3)</script>',
    };
    const html = buildDashboard([r], { generatedAt: GENERATED_AT, title: '<i>t</i>' });
    expect(html).not.toMatch(/<script|<img|<b>|<i>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&#39;; DROP');
  });

  it('is self-contained: no script, no external stylesheet, image or font', () => {
    const html = buildDashboard(makeHistory(30), { generatedAt: GENERATED_AT });
    expect(html).not.toMatch(/<script|<link rel="stylesheet"|<img|@import|url\(/);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).toContain("default-src 'none'");
  });

  it('shows equivalents of the totals only when given a source for them', () => {
    const runs = makeHistory(12);
    expect(buildDashboard(runs, { generatedAt: GENERATED_AT })).not.toContain('class="equivalents"');
    const html = buildDashboard(runs, {
      generatedAt: GENERATED_AT,
      equivalentsFor: () => [{ kind: 'car', value: 2, unit: 'km', text: 'driving <2> km' }],
    });
    expect(html).toContain('<li>driving &lt;2&gt; km</li>');
  });

  it('refuses a generatedAt that is not a date', () => {
    expect(() => buildDashboard([], { generatedAt: 'now' })).toThrow('dashboard generatedAt "now" is not an ISO date');
  });
});

describe('aggregate', () => {
  it('sums totals and compares with the greenest listed region, hand-worked', () => {
    const [a, b] = makeHistory(2);
    a.co2eG = { total: 10, operational: 8, embodied: 2 };
    a.greenerRegions = [
      { region: 'azure:swedencentral', gPerKWh: 20, co2eG: 1 },
      { region: 'azure:francecentral', gPerKWh: 40, co2eG: 2 },
    ];
    b.co2eG = { total: 6, operational: 6, embodied: 0 };
    b.greenerRegions = []; // already the greenest: stays at 6
    const d = aggregate([a, b], NOW);
    expect(d.totals.co2eG).toBe(16);
    expect(d.totals.co2eGOperational).toBe(14);
    // a moves to 1 g, b stays at 6 g → 7 g against 14 g actual
    expect(d.greenestOption).toEqual({ co2eG: 7, actualCo2eG: 14, runsMoved: 1 });
    expect(d.regions[0]).toEqual({ region: 'azure:swedencentral', runs: 1, co2eG: 1, actualCo2eG: 8 });
    expect(d.regions[1]).toEqual({ region: 'azure:francecentral', runs: 1, co2eG: 2, actualCo2eG: 8 });
  });

  it('groups by repository / workflow / job / matrix and labels CLI runs without context', () => {
    const [a, b, c] = makeHistory(3);
    a.context = { repository: 'r', workflow: 'w', job: 'j', matrix: 'node-20' };
    b.context = { repository: 'r', workflow: 'w', job: 'j', matrix: 'node-22' };
    c.kind = 'cli';
    c.context = undefined;
    c.command = ['npm', 'test'];
    const d = aggregate([a, b, c], NOW);
    expect(d.totals.series).toBe(3);
    expect(d.repos.map((r) => r.repository)).toEqual(['(local runs)', 'r']);
    expect(d.repos[0].series[0].key).toEqual({
      repository: '(local runs)',
      workflow: 'carbon-action measure',
      job: 'npm test',
      matrix: '',
    });
  });

  it('counts runs per week from the projection window: 14 runs in 7 days → 14 a week', () => {
    const d = aggregate(series(14, 1, 0.5), NOW);
    // 14 runs, the first 6.5 days back: 14 / 6.5 × 7
    expect(d.repos[0].series[0].runsPerWeek).toBeCloseTo((14 / 6.5) * 7, 10);
  });

  it('ends the weekly window at the last run, not today, and labels the period', () => {
    // 14 runs a day apart, the last on 2025-04-06 (a Sunday); the page is built half a year later.
    const later = Date.parse('2025-10-06T12:00:00Z');
    const d = aggregate(series(14, 2, 1), later);
    // Weeks of 2025-03-24, 03-31 (runs 03-24…04-06): the window spans the history, ending with its last week.
    expect(d.weekly.map((w) => new Date(w.weekStartMs).toISOString().slice(0, 10))).toEqual([
      '2025-03-24',
      '2025-03-31',
    ]);
    expect(d.weekly.reduce((n, w) => n + w.runs, 0)).toBe(14);
    expect(d.weekly.at(-1)!.co2eG).toBe(14); // 7 runs × 2 g in the week of 03-31
    const html = buildDashboard(series(14, 2, 1), { generatedAt: '2025-10-06T12:00:00Z' });
    expect(html).toContain('2 weeks, 2025-03-24 → 2025-04-06, ending with the week of the last run (2025-04-06)');
  });

  it('does not project from one run: "not enough history", and no runs a week', () => {
    const d = aggregate(series(1, 2.98, 1), NOW);
    expect(d.repos[0].series[0]).toMatchObject({
      runsPerWeek: 0,
      projection: { enoughHistory: false, co2eGPerMonth: 0 },
    });
    expect(d.totals).toMatchObject({ seriesProjected: 0, co2eGPerMonth: 0 });
    const html = buildDashboard(series(1, 2.98, 1), { generatedAt: GENERATED_AT });
    expect(html).toContain(
      'Not enough history to project: 1 run over less than a day; a projection needs 10 runs or 2 weeks.',
    );
    expect(html).toMatch(/Projected per month<\/div><div class="value">not enough history/);
    expect(html).not.toMatch(/per month<\/strong>/);
    expect(html).not.toContain('7 runs a week');
  });

  it('buckets weeks from Monday 00:00 UTC', () => {
    expect(new Date(weekStartMs(Date.UTC(2025, 0, 8, 15))).toISOString()).toBe('2025-01-06T00:00:00.000Z'); // Wednesday
    expect(new Date(weekStartMs(Date.UTC(2025, 0, 12, 23, 59))).toISOString()).toBe('2025-01-06T00:00:00.000Z'); // Sunday
    expect(new Date(weekStartMs(Date.UTC(2025, 0, 13))).toISOString()).toBe('2025-01-13T00:00:00.000Z'); // Monday
  });
});

describe('niceCeil', () => {
  it('rounds axis tops up to 1, 2, 2.5 or 5 × 10^k', () => {
    expect([0.3, 1, 1.2, 2.2, 4, 7, 120].map(niceCeil)).toEqual([0.5, 1, 2, 2.5, 5, 10, 200]);
  });
});

describe('dashboard equivalents', () => {
  it('are the per-run rule (carbon/equivalents.ts) applied to the totals, with facility energy', () => {
    const f = equivalentsFromDataFile();
    expect(f).toBeTypeOf('function');
    // 488.4 g ÷ 244.2 g/km = 2 km; ÷ 12.4 g = 39.4 → 39 charges; ÷ 97 g/h = 5.04 h → 5 hours
    expect(f!(488.4, 29564).map((e) => e.text)).toEqual([
      'driving 2 km in an average petrol car',
      'charging a smartphone 39 times',
      'watching a 32-inch LCD TV for 5 hours',
    ]);
  });

  it('the page passes facility energy (IT × PUE), not IT energy', () => {
    const seen: number[] = [];
    // Two runs of 10 Wh IT energy at PUE 1.5 and 1.2: 15 + 12 = 27 Wh of facility energy.
    const [a, b] = series(2, 5, 1);
    const runs = [
      { ...a, pue: { value: 1.5, source: 's' } },
      { ...b, pue: { value: 1.2, source: 's' } },
    ];
    buildDashboard(runs, { generatedAt: GENERATED_AT, equivalentsFor: (_g, wh) => (seen.push(wh), []) });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeCloseTo(27, 9);
  });
});

describe('writeDashboard', () => {
  it('writes <out>/index.html from a history directory and reports what it read', async () => {
    const out = mkdtempSync(join(tmpdir(), 'carbon-dash-'));
    const w = await writeDashboard([join(__dirname, '../../fixtures/history/torn.jsonl')], out, {
      generatedAt: GENERATED_AT,
    });
    expect(w.path).toBe(join(out, 'index.html'));
    expect(w.read.reports).toHaveLength(2);
    expect(w.read.skipped).toBe(2);
    expect(countCircles(readFileSync(w.path, 'utf8'))).toBe(2);
  });
});
