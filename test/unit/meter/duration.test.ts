import { describe, expect, it } from 'vitest';
import { parseDuration, parseIntervalMs, validateIntervalMs } from '../../../src/meter/duration';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['1s', 1000],
    ['1.5s', 1500],
    ['2m', 120_000],
    ['250', 250], // bare numbers are milliseconds
    [' 3 S ', 3000],
    ['.5s', 500],
  ])('%s → %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it('rejects what is not a duration, naming the option and the accepted forms', () => {
    expect(() => parseDuration('5x')).toThrow('--interval: "5x" is not a duration; use e.g. 500ms, 1s, 2m (100ms–60s)');
    expect(() => parseDuration('')).toThrow(/is not a duration/);
    expect(() => parseDuration('-1s')).toThrow(/is not a duration/);
    expect(() => parseDuration('1h', '--sample-interval')).toThrow(/^--sample-interval: "1h"/);
  });
});

describe('validateIntervalMs', () => {
  it('accepts 100 ms to 60 s', () => {
    expect(validateIntervalMs(100)).toBe(100);
    expect(validateIntervalMs(60_000)).toBe(60_000);
    expect(parseIntervalMs('1s')).toBe(1000);
  });
  it('rejects outside the range with the value and the range', () => {
    expect(() => validateIntervalMs(99)).toThrow('--interval: 99ms is outside the accepted range 100ms–60s');
    expect(() => parseIntervalMs('2m')).toThrow(/120000ms is outside/);
    expect(() => parseIntervalMs('5')).toThrow(/bare numbers are milliseconds/);
    expect(() => validateIntervalMs(Number.NaN)).toThrow(/outside/);
  });
});
