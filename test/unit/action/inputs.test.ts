import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../../src/action/inputs';

const TOKEN = 'ghs_SuperSecretToken1234567890';
const MAPS_TOKEN = 'em_secret_abcdef123456';

const getter =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? '';

describe('parseInputs: defaults', () => {
  it('all unset on a push: defaults, comment off', () => {
    const result = parseInputs(getter({}), { eventName: 'push' });
    expect(result).toEqual({
      ok: true,
      inputs: {
        githubToken: '',
        failOnBudget: true,
        includeEmbodied: false,
        sampleIntervalMs: 1000,
        sampleIntervalText: '1s',
        meterScope: 'auto',
        comment: false,
        commentScope: 'run',
        dashboard: false,
        failOnMissingData: false,
        timeoutMs: 60_000,
      },
    });
  });
  it.each(['pull_request', 'pull_request_target'])('comment defaults to true on %s', (eventName) => {
    const result = parseInputs(getter({}), { eventName });
    expect(result.ok && result.inputs.comment).toBe(true);
  });
});

describe('parseInputs: valid values are normalised', () => {
  it('converts units and keeps the original text', () => {
    const result = parseInputs(
      getter({
        'github-token': TOKEN,
        budget: '0.02 kg',
        'energy-budget': '0.05 kWh',
        'max-increase': '2.5%',
        'fail-on-budget': 'False',
        region: 'azure:eastus2',
        'carbon-intensity': '436',
        pue: '1.2',
        'include-embodied': 'TRUE',
        'sample-interval': '500ms',
        comment: 'false',
        'history-path': '.carbon/history',
        'electricity-maps-token': MAPS_TOKEN,
        matrix: 'node 20, ubuntu',
        'check-run-id': '12345678901',
        'job-name': 'Unit tests',
      }),
      { eventName: 'pull_request' },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.inputs).toEqual({
      githubToken: TOKEN,
      budget: { co2eG: 20, text: '0.02 kg' },
      energyBudget: { energyWh: 50, text: '0.05 kWh' },
      maxIncrease: { percent: 2.5, text: '2.5%' },
      failOnBudget: false,
      region: 'azure:eastus2',
      carbonIntensityGPerKWh: 436,
      pue: 1.2,
      includeEmbodied: true,
      sampleIntervalMs: 500,
      sampleIntervalText: '500ms',
      meterScope: 'auto',
      comment: false,
      commentScope: 'run',
      dashboard: false,
      historyPath: '.carbon/history',
      electricityMapsToken: MAPS_TOKEN,
      matrix: 'node 20, ubuntu',
      checkRunId: 12345678901,
      jobName: 'Unit tests',
      failOnMissingData: false,
      timeoutMs: 60_000,
    });
  });

  it('accepts the edges of the ranges', () => {
    const result = parseInputs(getter({ 'carbon-intensity': '0', pue: '3', 'sample-interval': '60s' }), {
      eventName: 'push',
    });
    expect(result.ok).toBe(true);
    const low = parseInputs(getter({ 'carbon-intensity': '2000', pue: '1', 'sample-interval': '100ms' }), {
      eventName: 'push',
    });
    expect(low.ok).toBe(true);
  });
});

// One bad value per input: the error must name the input, show the value and list what is accepted.
const BAD: [input: string, value: string, accepted: RegExp][] = [
  ['budget', '20 tonnes', /Accepted: 20g, 20 g, 0\.02 kg, 20 gCO2e, 500 mg/],
  ['budget', '0 g', /greater than 0/],
  ['energy-budget', '50 joules', /Accepted: 50 Wh, 50Wh, 0\.05 kWh/],
  ['max-increase', '10', /Accepted: 10%, 10 %, 2\.5%/],
  ['max-increase', '0%', /greater than 0/],
  ['fail-on-budget', 'yes', /Accepted: true, false/],
  ['include-embodied', '1', /Accepted: true, false/],
  ['comment', 'sometimes', /Accepted: true, false/],
  ['region', 'mars:olympus', /azure:<region>/],
  ['carbon-intensity', 'lots', /from 0 to 2000/],
  ['carbon-intensity', '2500', /out of range.*from 0 to 2000/],
  ['carbon-intensity', '-3', /from 0 to 2000/],
  ['pue', '0.9', /out of range.*from 1 to 3/],
  ['pue', '3.5', /from 1 to 3/],
  [
    'sample-interval',
    '5x',
    /Accepted: 500ms, 1s, 1\.5s, 30s, 1m, 1min, or bare milliseconds such as 250 \(from 100ms to 60s\)/,
  ],
  ['sample-interval', '50ms', /out of range/],
  ['sample-interval', '2m', /out of range/],
  ['matrix', 'x'.repeat(201), /up to 200 characters/],
  ['job-name', 'a\u0007b', /one line/],
  ['check-run-id', 'abc', /digits/],
  ['history-path', 'dir\0name', /NUL/],
  ['comment-scope', 'workflow', /Accepted: job .*run /],
  ['grid-source', 'ember', /Accepted: electricity-maps .*google/],
  ['memory-model', 'ddr5', /Accepted: measured .*ccf/],
  ['meter-scope', 'pod', /is not a meter scope\. Accepted: auto .*machine .*container /],
  ['history-branch', 'carbon data', /Accepted: a git branch name/],
  ['history-branch', 'refs/../main', /Accepted: a git branch name/],
  ['dashboard', 'maybe', /Accepted: true, false/],
  ['dashboard', 'true', /needs the history-branch input/],
];

describe('parseInputs: matrix and history inputs', () => {
  it('comment-scope, history-branch and dashboard are read when valid', () => {
    const result = parseInputs(
      getter({ 'comment-scope': 'job', 'history-branch': 'carbon-data', dashboard: 'true', 'grid-source': 'google' }),
      { eventName: 'push' },
    );
    expect(result).toMatchObject({
      ok: true,
      inputs: { commentScope: 'job', historyBranch: 'carbon-data', dashboard: true, gridSource: 'google' },
    });
  });
  it('meter-scope: auto by default, machine and container when given', () => {
    expect(parseInputs(getter({}), { eventName: 'push' })).toMatchObject({ ok: true, inputs: { meterScope: 'auto' } });
    expect(parseInputs(getter({ 'meter-scope': 'container' }), { eventName: 'push' })).toMatchObject({
      ok: true,
      inputs: { meterScope: 'container' },
    });
    expect(parseInputs(getter({ 'meter-scope': 'machine' }), { eventName: 'push' })).toMatchObject({
      ok: true,
      inputs: { meterScope: 'machine' },
    });
  });
  it('defaults: one comment per workflow run, no history branch, no dashboard', () => {
    const result = parseInputs(getter({}), { eventName: 'push' });
    expect(result).toMatchObject({ ok: true, inputs: { commentScope: 'run', dashboard: false } });
    if (result.ok) expect(result.inputs.historyBranch).toBeUndefined();
  });
});

describe('parseInputs: bad values', () => {
  it.each(BAD)('%s = %j is refused with a clear error', (input, value, accepted) => {
    const result = parseInputs(getter({ [input]: value }), { eventName: 'push' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors;
    expect(error.startsWith(`Input "${input}": `)).toBe(true);
    expect(error).toContain(JSON.stringify(value.length > 80 ? `${value.slice(0, 79)}…` : value));
    expect(error).toMatch(accepted);
  });

  it('gives the exact message from the brief for a budget in tonnes', () => {
    const result = parseInputs(getter({ budget: '20 tonnes' }), { eventName: 'push' });
    expect(result).toEqual({
      ok: false,
      errors: [
        'Input "budget": "20 tonnes" is not a CO2e amount. Accepted: 20g, 20 g, 0.02 kg, 20 gCO2e, 500 mg, 0.5 kgCO2e.',
      ],
    });
  });

  it('collects every error, not just the first', () => {
    const values = Object.fromEntries(
      BAD.filter((_, i) => BAD.findIndex((b) => b[0] === BAD[i][0]) === i).map(([k, v]) => [k, v]),
    );
    const result = parseInputs(getter(values), { eventName: 'push' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const named = new Set(result.errors.map((e) => /^Input "([^"]+)"/.exec(e)?.[1]));
    expect(named).toEqual(new Set(Object.keys(values)));
  });

  it('uses an injected region validator and prefixes its message with the input name', () => {
    const validateRegion = (text: string): string | null =>
      text === 'azure:eastus3' ? 'region "azure:eastus3" is not known; closest: azure:eastus, azure:eastus2' : null;
    const bad = parseInputs(getter({ region: 'azure:eastus3' }), { eventName: 'push' }, { validateRegion });
    expect(bad).toEqual({
      ok: false,
      errors: ['Input "region": region "azure:eastus3" is not known; closest: azure:eastus, azure:eastus2'],
    });
    const good = parseInputs(getter({ region: 'zone:SE-SE3' }), { eventName: 'push' }, { validateRegion });
    expect(good.ok && good.inputs.region).toBe('zone:SE-SE3');
  });

  it('never echoes a secret, even when it turns up in another input or a validator message', () => {
    const result = parseInputs(
      getter({
        'github-token': TOKEN,
        'electricity-maps-token': MAPS_TOKEN,
        budget: TOKEN,
        pue: MAPS_TOKEN,
        region: `azure:${TOKEN}`,
      }),
      { eventName: 'push' },
      { validateRegion: (text) => `region "${text}" is not known` },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(3);
    for (const error of result.errors) {
      expect(error).not.toContain(TOKEN);
      expect(error).not.toContain(MAPS_TOKEN);
      expect(error).toContain('***');
    }
  });

  it('redacts a long fine-grained token before shortening the value', () => {
    const pat = `github_pat_${'A1b2C3d4E5'.repeat(8)}xyz`; // 94 characters: longer than the 80 shown
    const result = parseInputs(
      getter({ 'github-token': pat, budget: `${pat} g`, region: pat }),
      { eventName: 'push' },
      {
        validateRegion: (text) => `region "${text.slice(0, 30)}" is not known`,
      },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(2);
    for (const error of result.errors) {
      expect(error).not.toContain(pat.slice(0, 20));
      expect(error).toContain('***');
    }
  });
});

describe('parseInputs: report (publish mode)', () => {
  it('takes the path and comments by default, even off pull_request events', () => {
    const result = parseInputs(getter({ report: 'carbon-report.json' }), { eventName: 'workflow_run' });
    expect(result).toMatchObject({ ok: true, inputs: { reportPath: 'carbon-report.json', comment: true } });
  });
  it('comment: false still turns the comment off', () => {
    const result = parseInputs(getter({ report: 'r.json', comment: 'false' }), { eventName: 'workflow_run' });
    expect(result).toMatchObject({ ok: true, inputs: { reportPath: 'r.json', comment: false } });
  });
  it('refuses a path with a NUL character, naming the input', () => {
    const result = parseInputs(getter({ report: 'a\0b' }), { eventName: 'workflow_run' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatch(
        /^Input "report": .* is not a file path\. Accepted: the path of a carbon-action JSON report/,
      );
  });
});

describe('parseInputs: memory-model', () => {
  it('reads measured and ccf; empty leaves the default (measured) to the pipeline', () => {
    expect(parseInputs(getter({ 'memory-model': 'ccf' }), { eventName: 'push' })).toMatchObject({
      ok: true,
      inputs: { memoryModel: 'ccf' },
    });
    expect(parseInputs(getter({ 'memory-model': 'measured' }), { eventName: 'push' })).toMatchObject({
      ok: true,
      inputs: { memoryModel: 'measured' },
    });
    const none = parseInputs(getter({}), { eventName: 'push' });
    expect(none.ok && none.inputs.memoryModel).toBeUndefined();
  });
});
