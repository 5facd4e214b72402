import { describe, expect, it } from 'vitest';
import { SAMPLE_INTERVAL_RULE, validateIntervalMs } from '../../../src/meter/duration';
import { expectQuantity } from '../../../src/units/parse';

describe('SAMPLE_INTERVAL_RULE', () => {
  it.each([
    ['500ms', 500],
    ['1s', 1000],
    ['1.5s', 1500],
    ['1m', 60_000],
    ['1min', 60_000],
    ['250', 250], // bare numbers are milliseconds
    [' 3 s ', 3000],
    ['.5s', 500],
    ['100.4ms', 100], // whole milliseconds for the sampler
  ])('%s → %d ms', (text, ms) => {
    expect(expectQuantity(SAMPLE_INTERVAL_RULE, text, '--interval')).toBe(ms);
  });

  it('rejects what is not a duration, naming the option, the value and the accepted forms', () => {
    expect(() => expectQuantity(SAMPLE_INTERVAL_RULE, '5x', '--interval')).toThrow(
      '--interval: "5x" is not a duration. Accepted: 500ms, 1s, 1.5s, 30s, 1m, 1min, ' +
        'or bare milliseconds such as 250 (from 100ms to 60s).',
    );
    expect(() => expectQuantity(SAMPLE_INTERVAL_RULE, '', '--interval')).toThrow(/is not a duration/);
    expect(() => expectQuantity(SAMPLE_INTERVAL_RULE, '-1s', '--interval')).toThrow(/is not a duration/);
    expect(() => expectQuantity(SAMPLE_INTERVAL_RULE, '3 S', '--interval')).toThrow(/is not a duration/);
    expect(() => expectQuantity(SAMPLE_INTERVAL_RULE, '1h', '--sample-interval')).toThrow(/^--sample-interval: "1h"/);
  });

  it('rejects values outside 100 ms–60 s, before rounding', () => {
    expect(() => expectQuantity(SAMPLE_INTERVAL_RULE, '2m', '--interval')).toThrow(/"2m" is out of range/);
    expect(() => expectQuantity(SAMPLE_INTERVAL_RULE, '99.6ms', '--interval')).toThrow(/is out of range/);
    expect(() => expectQuantity(SAMPLE_INTERVAL_RULE, '5', '--interval')).toThrow(/is out of range/);
  });
});

describe('validateIntervalMs', () => {
  it('accepts 100 ms to 60 s', () => {
    expect(validateIntervalMs(100)).toBe(100);
    expect(validateIntervalMs(60_000)).toBe(60_000);
  });
  it('rejects outside the range with the value and the range', () => {
    expect(() => validateIntervalMs(99)).toThrow('--interval: 99ms is outside the accepted range 100ms–60s');
    expect(() => validateIntervalMs(Number.NaN)).toThrow(/outside/);
  });
});
