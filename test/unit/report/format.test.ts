import { describe, expect, it } from 'vitest';
import {
  MINUS,
  formatDurationS,
  formatEnergyWh,
  formatIntensityGPerKWh,
  formatMassG,
  formatPercent,
  formatPlainNumber,
  formatPowerW,
  formatShare,
  formatSigned,
} from '../../../src/report/format';

describe('formatEnergyWh (3 significant figures, unit chosen so the number is ≥ 1)', () => {
  it.each([
    [12.345, '12.3 Wh'], // 12.345 → 3 s.f. → 12.3
    [1234, '1.23 kWh'], // 1234 Wh = 1.234 kWh → 1.23
    [0.456, '456 mWh'], // 0.456 Wh = 456 mWh
    [0.0123, '12.3 mWh'],
    [1, '1.00 Wh'],
    [999.7, '1.00 kWh'], // rounds to 1.00e3 Wh first, so it moves up a unit
    [0.0009996, '1.00 mWh'], // 0.9996 mWh rounds to 1.00 mWh, not "1000 µWh"
    [0.000000456, '0.456 µWh'], // below the smallest unit: leading zero, 3 s.f.
    [0, '0 Wh'],
    [-2.5, `${MINUS}2.50 Wh`],
    [Number.NaN, 'n/a'],
  ])('%s Wh → %s', (wh, text) => expect(formatEnergyWh(wh)).toBe(text));
});

describe('formatMassG', () => {
  it.each([
    [12.34, '12.3 g'],
    [1234, '1.23 kg'], // 1234 g = 1.234 kg
    [0.45, '450 mg'], // 0.45 g = 450 mg
    [0.9658, '966 mg'], // 965.8 mg → 3 s.f. 966
    [2_500_000, '2.50 t'],
    [0, '0 g'],
  ])('%s g → %s', (g, text) => expect(formatMassG(g)).toBe(text));
});

describe('formatPowerW', () => {
  it.each([
    [12.34, '12.3 W'],
    [1234, '1.23 kW'],
    [0.456, '456 mW'],
    [250, '250 W'],
  ])('%s W → %s', (w, text) => expect(formatPowerW(w)).toBe(text));
});

describe('formatDurationS', () => {
  it.each([
    [3720, '1 h 02 min'], // 3720 s = 62 min = 1 h 02 min
    [185, '3 min 05 s'], // 185 s = 3 × 60 + 5
    [12.34, '12.3 s'],
    [0.45, '450 ms'],
    [59.96, '1 min 00 s'], // rounds to 60.0 s → promoted
    [3599.6, '1 h 00 min'], // rounds to 3600 s
    [7199, '2 h 00 min'], // 119.98 min → 120 min
    [-1, 'n/a'],
  ])('%s s → %s', (s, text) => expect(formatDurationS(s)).toBe(text));
});

describe('formatPercent (always signed, real minus sign)', () => {
  it.each([
    [12, '+12.0 %'],
    [-4, `${MINUS}4.0 %`],
    [-4, '\u22124.0 %'],
    [2.449, '+2.4 %'],
    [2.45, '+2.5 %'],
    [-0.04, '0.0 %'], // rounds to zero: no sign
    [0, '0.0 %'],
  ])('%s → %s', (p, text) => expect(formatPercent(p)).toBe(text));

  it('never uses an ASCII hyphen for negatives', () => {
    expect(formatPercent(-12)).not.toContain('-');
  });
});

describe('helpers', () => {
  it('formatSigned adds + or − around a magnitude formatter', () => {
    expect(formatSigned(1.2, formatMassG)).toBe('+1.20 g');
    expect(formatSigned(-0.4, formatMassG)).toBe(`${MINUS}400 mg`);
    expect(formatSigned(0, formatMassG)).toBe('0 g');
  });
  it('formatIntensityGPerKWh rounds to whole grams', () => {
    expect(formatIntensityGPerKWh(383.4)).toBe('383 g/kWh');
  });
  it('formatPlainNumber trims trailing zeros', () => {
    expect(formatPlainNumber(12.5)).toBe('12.5');
    expect(formatPlainNumber(3)).toBe('3');
    expect(formatPlainNumber(1.23456, 2)).toBe('1.23');
    expect(formatPlainNumber(-0.0001, 2)).toBe('0');
  });
  it('formatShare gives whole percent and "<1 %" for small shares', () => {
    expect(formatShare(0.6974)).toBe('70 %');
    expect(formatShare(0.0048)).toBe('<1 %');
    expect(formatShare(0)).toBe('0 %');
  });
});
