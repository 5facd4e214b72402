import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  readUntrustedReport,
  UntrustedReportError,
  UNTRUSTED_REPORT_MAX_BYTES,
} from '../../../src/report/untrusted-report';

const text = readFileSync(new URL('../../fixtures/report/sample-report.json', import.meta.url), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case mutates an arbitrary path of a parsed report
type Mutable = any;
const sample = (): Record<string, Mutable> => JSON.parse(text);
const read = (value: unknown) => readUntrustedReport(JSON.stringify(value));

describe('readUntrustedReport', () => {
  it('gives back a well-formed report field for field, with nothing left out', () => {
    const { report, warnings } = readUntrustedReport(text);
    expect(report).toEqual(sample());
    expect(warnings).toEqual([]);
  });

  it('drops fields it does not know (nothing is passed on unchecked)', () => {
    const value = sample();
    value.extra = { huge: 'x'.repeat(1000) };
    value.context.token = 'ghs_secret';
    const { report } = read(value);
    expect(report).not.toHaveProperty('extra');
    expect(report.context).not.toHaveProperty('token');
  });

  it.each([
    ['an older or odd schemaVersion', (v: Mutable) => (v.schemaVersion = 0), /schemaVersion must be 1, got 0/],
    [
      'a newer schemaVersion',
      (v: Mutable) => (v.schemaVersion = 2),
      /schemaVersion 2 is newer than this carbon-action reads \(1\): upgrade carbon-action/,
    ],
    [
      'a non-number total',
      (v: Mutable) => (v.co2eG.total = 'lots'),
      /co2eG\.total must be a number from 0 to 1000000000, got "lots"/,
    ],
    ['a negative energy', (v: Mutable) => (v.energyWh.total = -1), /energyWh\.total must be a number/],
    [
      'an infinite duration (as JSON has none, a huge one)',
      (v: Mutable) => (v.durationS = 1e300),
      /durationS must be a number/,
    ],
    ['a PUE out of range', (v: Mutable) => (v.pue.value = 50), /pue\.value must be a number from 1 to 3/],
    [
      'an unknown CPU method',
      (v: Mutable) => (v.methods.cpu.method = 'guess'),
      /methods\.cpu\.method must be one of rapl, powermetrics, model/,
    ],
    ['a missing machine', (v: Mutable) => delete v.machine, /machine is missing or not an object/],
    ['another tool', (v: Mutable) => (v.tool.name = 'other'), /tool\.name must be "carbon-action"/],
  ])('refuses %s, naming the field', (_label, mutate, expected) => {
    const value = sample();
    mutate(value);
    expect(() => read(value)).toThrow(UntrustedReportError);
    expect(() => read(value)).toThrow(expected);
  });

  it('refuses what is not JSON, or too big, before reading it', () => {
    expect(() => readUntrustedReport('{"torn":')).toThrow(/not JSON/);
    expect(() => readUntrustedReport('[]')).toThrow(/the report is missing or not an object/);
    expect(() => readUntrustedReport(' '.repeat(UNTRUSTED_REPORT_MAX_BYTES + 1))).toThrow(/larger than 2 MiB/);
  });

  it('flattens strings to one capped line and caps lists, saying what it left out', () => {
    const value = sample();
    value.context.job = 'a\nb\u202Ec' + 'x'.repeat(500);
    value.warnings = Array.from({ length: 30 }, (_, i) => `w${i}`);
    value.steps = [...value.steps, { name: 'bad', number: 'one' }];
    value.context.pullRequest = -3;
    value.context.sha = 'not a sha';
    const { report, warnings } = read(value);
    expect(report.context!.job!.startsWith('a bc')).toBe(true);
    expect(Array.from(report.context!.job!)).toHaveLength(200);
    expect(report.warnings).toHaveLength(20);
    expect(report.steps).toHaveLength(sample().steps.length);
    expect(report.context).not.toHaveProperty('pullRequest');
    expect(report.context).not.toHaveProperty('sha');
    // In the schema's order of fields; a sha that is not hex is left out with a note too.
    expect(warnings).toEqual([
      `steps: 1 unreadable item(s) left out`,
      'context.sha must be a commit hash (4 to 64 hex digits), got "not a sha"; left out',
      'context.pullRequest must be a whole number from 1 to 1000000000000, got -3; left out',
      'warnings: 10 item(s) beyond the first 20 left out',
    ]);
  });
});

describe('readUntrustedReport: optional accounts', () => {
  const work = {
    cpuSeconds: 120,
    utilisationHistogramS: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    utilisationHistogramBusyS: [0, 0.3, 0.75, 1.4, 2.25, 3.3, 4.55, 6, 7.65, 9.5],
    memoryGbS: 600,
    machineClass: { cpuModel: 'AMD EPYC 7763 64-Core Processor', vcpus: 4 },
    pricing: { cpuCurveW: [5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25], memoryWPerGb: 0.392 },
  };
  it('keeps a well-formed work account (the like-for-like comparison needs it)', () => {
    const value = { ...sample(), work };
    expect(read(value).report.work).toEqual(work);
  });
  it('leaves out a work account with a histogram of the wrong length, and says so', () => {
    const value = { ...sample(), work: { ...work, utilisationHistogramS: [1, 2] } };
    const { report, warnings } = read(value);
    expect(report.work).toBeUndefined();
    expect(warnings).toEqual(['work.utilisationHistogramS must be an array of 10 numbers; left out']);
  });
});

describe('readUntrustedReport: the CPU uncertainty band', () => {
  it('keeps a well-formed band and range, refuses a range whose low is above its high', () => {
    const value = sample();
    value.energyWh.cpuRange = [1.2, 1.8];
    value.methods.cpu.band = { low: 0.8, high: 1.2, coverage: 0.8, basis: 'grouped CV' };
    const { report } = read(value);
    expect(report.energyWh.cpuRange).toEqual([1.2, 1.8]);
    expect(report.methods.cpu.band).toEqual({ low: 0.8, high: 1.2, coverage: 0.8, basis: 'grouped CV' });
    value.energyWh.cpuRange = [2, 1];
    const bad = read(value);
    expect(bad.report.energyWh.cpuRange).toBeUndefined();
    expect(bad.warnings).toEqual(['energyWh.cpuRange must have low ≤ high; left out']);
  });
});
