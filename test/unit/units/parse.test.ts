import { describe, expect, it } from 'vitest';
import {
  checkQuantity,
  parseBoolean,
  parseDurationMs,
  parseEnergyWh,
  parseMassG,
  parsePercent,
  parsePlainNumber,
} from '../../../src/units/parse';

describe('parseMassG', () => {
  it.each([
    ['20g', 20],
    ['20 g', 20],
    ['0.02 kg', 20], // 0.02 × 1000
    ['20 gCO2e', 20],
    ['20 g CO2e', 20],
    ['20 gco2eq', 20],
    ['500 mg', 0.5], // 500 / 1000
    ['0.5 kg', 500],
    ['0.5 kgCO2e', 500],
    ['.5 kg', 500],
    ['  12 g  ', 12],
    ['1.5 t', 1_500_000],
  ])('%j → %s g', (text, g) => expect(parseMassG(text)).toBeCloseTo(g, 9));

  it.each(['20 tonnes', '20', 'g', '20 G', '20 Mg', '-5 g', '1e3 g', '20 g g', '20 kgCO2x', '', '20gCO2e extra'])(
    'refuses %j',
    (text) => {
      expect(parseMassG(text)).toBeNull();
    },
  );
});

describe('parseEnergyWh', () => {
  it.each([
    ['50 Wh', 50],
    ['50Wh', 50],
    ['0.05 kWh', 50], // 0.05 × 1000
    ['500 mWh', 0.5],
  ])('%j → %s Wh', (text, wh) => expect(parseEnergyWh(text)).toBeCloseTo(wh, 9));
  it.each(['50', '50 J', '50 wh', '50 MWh', '50 W'])('refuses %j', (text) => expect(parseEnergyWh(text)).toBeNull());
});

describe('parsePercent', () => {
  it.each([
    ['10%', 10],
    ['10 %', 10],
    ['2.5%', 2.5],
  ])('%j → %s', (text, p) => expect(parsePercent(text)).toBe(p));
  it.each(['10', '10 percent', '-5%', '%'])('refuses %j', (text) => expect(parsePercent(text)).toBeNull());
});

describe('parseDurationMs', () => {
  it.each([
    ['500ms', 500],
    ['1s', 1000],
    ['1.5 s', 1500],
    ['2m', 120_000],
    ['2min', 120_000],
  ])('%j → %s ms', (text, ms) => expect(parseDurationMs(text)).toBe(ms));
  it.each(['1', '1 sec', '1h', 'fast', '1S', '1  s', '1e3ms', '-1s'])('refuses %j', (text) =>
    expect(parseDurationMs(text)).toBeNull(),
  );
  it('reads a bare number in the unit the caller names, and only then', () => {
    expect(parseDurationMs('250', { bareUnit: 'ms' })).toBe(250);
    expect(parseDurationMs('1.5', { bareUnit: 's' })).toBe(1500);
    expect(parseDurationMs('2s', { bareUnit: 'ms' })).toBe(2000); // a written unit wins
    expect(parseDurationMs('250')).toBeNull();
    expect(parseDurationMs('250 ', { bareUnit: 'ms' })).toBe(250);
    expect(parseDurationMs('250 x', { bareUnit: 'ms' })).toBeNull();
  });
});

describe('checkQuantity', () => {
  const rule = {
    noun: 'a number',
    parse: (t: string) => (t === 'x' ? null : Number(t)),
    min: 1,
    max: 3,
    accepted: '1–3',
  };
  it('words each refusal the same way for every caller', () => {
    expect(checkQuantity(rule, 'x')).toEqual({ ok: false, problem: 'is not a number', accepted: '1–3' });
    expect(checkQuantity(rule, '0.5')).toEqual({ ok: false, problem: 'is out of range', accepted: '1–3' });
    expect(checkQuantity(rule, '3.5')).toEqual({ ok: false, problem: 'is out of range', accepted: '1–3' });
    expect(checkQuantity(rule, '1')).toEqual({ ok: true, value: 1 });
    expect(checkQuantity(rule, '3')).toEqual({ ok: true, value: 3 });
  });
  it('refuses zero for an exclusive lower bound, and rounds after the range check', () => {
    const positive = { ...rule, min: undefined, above: 0, aboveProblem: 'must be greater than 0 %' };
    expect(checkQuantity(positive, '0')).toMatchObject({ ok: false, problem: 'must be greater than 0 %' });
    expect(checkQuantity({ ...rule, round: true }, '2.5')).toEqual({ ok: true, value: 3 });
    expect(checkQuantity({ ...rule, round: true }, '0.6')).toMatchObject({ ok: false }); // 0.6 < 1 though it rounds to 1
  });
});

describe('parseBoolean (YAML 1.2 core)', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('%j → %s', (text, b) => expect(parseBoolean(text)).toBe(b));
  it.each(['yes', 'no', '1', '0', 'tRuE', 'on'])('refuses %j', (text) => expect(parseBoolean(text)).toBeNull());
});

describe('parsePlainNumber', () => {
  it('accepts plain decimals only', () => {
    expect(parsePlainNumber('436')).toBe(436);
    expect(parsePlainNumber('1.185')).toBe(1.185);
    expect(parsePlainNumber('-1')).toBeNull();
    expect(parsePlainNumber('1e3')).toBeNull();
    expect(parsePlainNumber('436 g/kWh')).toBeNull();
  });
});
