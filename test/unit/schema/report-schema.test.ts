import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport, newerSchemaReason, whyNotAReport } from '../../../src/schema/read-report';
import { readRunCommentPayload } from '../../../src/schema/run-comment-payload';
import {
  makeHistory,
  makeReport,
  makeSampleReport,
  SAMPLE_HISTORY_RUNS,
  SAMPLE_HISTORY_URL,
  SAMPLE_REPORT_URL,
  sampleReport,
} from '../../fixtures/report';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case mutates an arbitrary path of a report
type Mutable = any;
const FIXTURES = join(__dirname, '../../fixtures');

describe('checkReport: one message format, "<path> must be <accepted>, got <value>"', () => {
  it.each([
    [
      'a word for a figure',
      (r: Mutable) => (r.co2eG.total = 'lots'),
      'co2eG.total must be a number from 0 to 1000000000, got "lots"',
    ],
    [
      'a figure missing',
      (r: Mutable) => delete r.energyWh.gpu,
      'energyWh.gpu must be a number from 0 to 1000000000, got undefined',
    ],
    ['a part missing', (r: Mutable) => delete r.samples, 'samples is missing or not an object'],
    ['a part that is a list', (r: Mutable) => (r.pue = [1.2]), 'pue is missing or not an object'],
    ['a PUE below 1', (r: Mutable) => (r.pue.value = 0.5), 'pue.value must be a number from 1 to 3, got 0.5'],
    [
      'a fraction of a socket',
      (r: Mutable) => (r.machine.sockets = 1.5),
      'machine.sockets must be a whole number from 0 to 64, got 1.5',
    ],
    [
      'an unknown method',
      (r: Mutable) => (r.methods.gpu.method = 'guess'),
      'methods.gpu.method must be one of nvidia-smi-energy, nvidia-smi-power, powermetrics, none, got "guess"',
    ],
    ['a date that is not one', (r: Mutable) => (r.endedAt = 'soon'), 'endedAt must be an ISO date, got "soon"'],
    [
      'a flag as a string',
      (r: Mutable) => (r.includeEmbodied = 'no'),
      'includeEmbodied must be true or false, got "no"',
    ],
    [
      'another tool',
      (r: Mutable) => (r.tool.name = 'codecarbon'),
      'tool.name must be "carbon-action", got "codecarbon"',
    ],
    ['a version 0', (r: Mutable) => (r.schemaVersion = 0), 'schemaVersion must be 1, got 0'],
    [
      'a region as an object',
      (r: Mutable) => (r.intensity.region = { a: 1 }),
      'intensity.region must be a string, got an object',
    ],
  ])('refuses %s, naming the path, the value and what is accepted', (_label, mutate, reason) => {
    const r: Mutable = sampleReport();
    mutate(r);
    expect(checkReport(r)).toEqual({ ok: false, reason });
    expect(whyNotAReport(r)).toBe(reason);
  });

  it('says what is not an object at the root, and names a newer version apart', () => {
    expect(whyNotAReport('report')).toBe('the report is missing or not an object');
    expect(whyNotAReport([sampleReport()])).toBe('the report is missing or not an object');
    expect(checkReport({ ...sampleReport(), schemaVersion: 7 })).toEqual({
      ok: false,
      newer: 7,
      reason: 'schemaVersion 7 is newer than this carbon-action reads (1): upgrade carbon-action',
    });
    expect(newerSchemaReason(2)).toBe(
      'schemaVersion 2 is newer than this carbon-action reads (1): upgrade carbon-action',
    );
  });

  it('leaves out a wrong optional part with a note naming it, and keeps the report', () => {
    const r: Mutable = sampleReport();
    r.work = {
      cpuSeconds: 1,
      utilisationHistogramS: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
      utilisationHistogramBusyS: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
      memoryGbS: 16,
      machineClass: { cpuModel: 'x', vcpus: 4 },
      pricing: { cpuCurveW: [5, 6, 7, -8, 9, 10, 11, 12, 13, 14, 15], memoryWPerGb: 0.392 },
    };
    r.machine.gpus = [{ index: 0, name: 'T4', memoryMiB: 'lots' }, { name: 'no index' }];
    r.exitCode = 'zero';
    const read = checkReport(r);
    if (!read.ok) throw new Error(read.reason);
    expect(read.report).not.toHaveProperty('work');
    expect(read.report).not.toHaveProperty('exitCode');
    expect(read.report.machine.gpus).toEqual([{ index: 0, name: 'T4' }]);
    expect(read.leftOut).toEqual([
      'exitCode must be a whole number from -2147483648 to 4294967295, got "zero"; left out',
      'machine.gpus[].memoryMiB must be a number from 0 to 1000000000, got "lots"; left out',
      'machine.gpus: 1 unreadable item(s) left out',
      'work.pricing.cpuCurveW[3] must be a number from 0 to 1000000, got -8; left out',
    ]);
  });

  it('cleans strings and drops unknown fields as it reads', () => {
    const r: Mutable = sampleReport();
    r.machine.cpuModel = 'EPYC\n\u202Eevil\t  7763';
    r.secret = 'ghs_x';
    r.intensity.extra = 1;
    const read = checkReport(r);
    if (!read.ok) throw new Error(read.reason);
    expect(read.report.machine.cpuModel).toBe('EPYC evil 7763');
    expect(read.report).not.toHaveProperty('secret');
    expect(read.report.intensity).not.toHaveProperty('extra');
  });
});

describe('reports that were valid stay valid', () => {
  const jsonLines = (path: string): unknown[] =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .flatMap((l) => {
        try {
          return [JSON.parse(l)];
        } catch {
          return []; // torn.jsonl's torn lines are not reports at all
        }
      });
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : /\.jsonl?$/.test(e.name) ? [join(dir, e.name)] : [],
    );

  it('every report and history line under test/fixtures/history and report reads whole, nothing left out', () => {
    const files = [...walk(join(FIXTURES, 'history')), ...walk(join(FIXTURES, 'report'))];
    let reports = 0;
    for (const file of files) {
      const values = file.endsWith('.jsonl') ? jsonLines(file) : [JSON.parse(readFileSync(file, 'utf8'))];
      for (const value of values.flat()) {
        const read = checkReport(value);
        if (file.endsWith('newer-schema.jsonl')) {
          expect(read).toMatchObject({ ok: false, newer: 2 });
          continue;
        }
        expect({ file, read: read.ok ? read.leftOut : read.reason }).toEqual({ file, read: [] });
        if (read.ok) expect(read.report).toEqual(value);
        reports++;
      }
    }
    // sample-60 (60), dir/ci (2), dir/nested (1 + 1), torn (2 whole lines), handworked (1), sample-report (1).
    expect(reports).toBe(68);
  });

  it('a report from before the optional accounts existed is still a report', () => {
    const r: Mutable = sampleReport();
    for (const key of ['steps', 'context', 'command', 'exitCode', 'signal', 'work']) delete r[key];
    delete r.methods.cpu.raplUnavailableReason;
    delete r.methods.cpu.scope;
    delete r.methods.cpu.band;
    delete r.energyWh.cpuRange;
    delete r.machine.instanceType;
    delete r.machine.cpuId;
    delete r.intensity.assumption;
    const read = checkReport(r);
    expect(read.ok && read.report).toEqual(r);
  });
});

describe('the test factory is built on the schema', () => {
  it('refuses to make a report the schema would refuse', () => {
    expect(() => makeReport({}, { pue: { value: 9 } })).toThrow(
      'test fixture is not a valid report: pue.value must be a number from 1 to 3, got 9',
    );
    expect(() => makeReport({ sha: 'not hex' })).toThrow(/test fixture lost parts to the schema: context\.sha must be/);
  });

  it('sample-report.json and sample-60.jsonl are what the factory makes (npx tsx test/fixtures/report.ts)', () => {
    expect(JSON.parse(readFileSync(SAMPLE_REPORT_URL, 'utf8'))).toEqual(makeSampleReport());
    const lines = readFileSync(SAMPLE_HISTORY_URL, 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(makeHistory(SAMPLE_HISTORY_RUNS));
  });
});

describe('readRunCommentPayload', () => {
  it('keeps a row whose optional parts were hand-edited, with those parts as "not known"', () => {
    // The figures a row needs, kept as they are.
    const figures = {
      durationS: 60,
      energyWh: 1.5,
      co2eG: 0.7,
      intensityGPerKWh: 400,
      region: 'azure:eastus',
      pue: 1.18,
    };
    const read = readRunCommentPayload({
      v: 1,
      job: 'test',
      runner: 42,
      machine: null,
      ...figures,
      cpuMethod: 'guess',
      co2eChange: { baseBranch: 'main' },
      budget: { status: 'exceeded', mode: 'loud', exceeded: ['co2e', '<b>'] },
      steps: [{ name: 's', durationS: 1, energyWh: 0.1, co2eG: 0.05 }, { name: 'torn' }],
      otherSteps: 'many',
      sha: null,
    });
    expect(read).toEqual({
      v: 1,
      job: 'test',
      runner: null,
      machine: null,
      ...figures,
      cpuMethod: 'model',
      co2eChange: null,
      energyChange: null,
      budget: { status: 'exceeded', mode: 'fail', exceeded: ['co2e'] },
      steps: [{ name: 's', durationS: 1, energyWh: 0.1, co2eG: 0.05 }],
      otherSteps: null,
      sha: null,
    });
  });

  it('is null without the figures a row needs', () => {
    expect(readRunCommentPayload({ v: 1, job: 'test', durationS: 60 })).toBeNull();
    expect(readRunCommentPayload([])).toBeNull();
  });
});
