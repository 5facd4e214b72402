import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/carbon/format';

describe('formatCount', () => {
  it('groups thousands and keeps at most sig significant figures', () => {
    expect(formatCount(12345, 2)).toBe('12,000');
    expect(formatCount(12345)).toBe('12,300');
    expect(formatCount(1234567.8, 4)).toBe('1,235,000');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(-45678, 2)).toBe('-46,000');
  });

  it('keeps a fraction as written, without grouping it', () => {
    expect(formatCount(0.123456, 2)).toBe('0.12');
    expect(formatCount(1.5, 2)).toBe('1.5');
    expect(formatCount(12345.678, 7)).toBe('12,345.68');
    expect(formatCount(0)).toBe('0');
  });

  it('agrees with en-US toLocaleString, which it replaces, over many magnitudes', () => {
    for (let e = -5; e <= 15; e++)
      for (const m of [1, 1.23456, 4.5, 9.99]) {
        const v = m * 10 ** e;
        const rounded = Number(v.toPrecision(2));
        expect(formatCount(v, 2)).toBe(rounded.toLocaleString('en-US', { maximumFractionDigits: 20 }));
      }
  });
});
