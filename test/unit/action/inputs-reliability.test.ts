// The inputs added for reliability (fail-on-missing-data, timeout), and the sample interval
// agreeing with what the sampler process accepts.
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../../src/action/inputs';
import { parseSamplerArgs } from '../../../src/meter/sampler-args';

const getter =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? '';

describe('sample-interval agrees with the sampler', () => {
  it.each([
    ['100.4ms', 100],
    ['100.5ms', 101],
    ['1.0005s', 1001],
    ['.25s', 250],
    ['59.9996s', 60_000],
  ])('%s is accepted and handed to the sampler as %i whole milliseconds', (text, ms) => {
    const result = parseInputs(getter({ 'sample-interval': text }), { eventName: 'push' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.inputs.sampleIntervalMs).toBe(ms);
    // The exact argv the main step builds.
    expect(
      parseSamplerArgs(['--out', '/tmp/x', '--interval-ms', String(result.inputs.sampleIntervalMs)]).intervalMs,
    ).toBe(ms);
  });
  it('a value that rounds into range but is written below it is still refused', () => {
    const result = parseInputs(getter({ 'sample-interval': '99.6ms' }), { eventName: 'push' });
    expect(result.ok).toBe(false);
  });
});

describe('fail-on-missing-data', () => {
  it("defaults to false (an unmeterable run warns; it is not the user's budget failing)", () => {
    const result = parseInputs(getter({}), { eventName: 'push' });
    expect(result.ok && result.inputs.failOnMissingData).toBe(false);
  });
  it('is read as a boolean', () => {
    const result = parseInputs(getter({ 'fail-on-missing-data': 'true' }), { eventName: 'push' });
    expect(result.ok && result.inputs.failOnMissingData).toBe(true);
    const bad = parseInputs(getter({ 'fail-on-missing-data': 'yes' }), { eventName: 'push' });
    expect(bad).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/Input "fail-on-missing-data": "yes" is not a boolean\. Accepted: true, false/)],
    });
  });
});

describe('timeout', () => {
  it('defaults to 60 s', () => {
    const result = parseInputs(getter({}), { eventName: 'push' });
    expect(result.ok && result.inputs.timeoutMs).toBe(60_000);
  });
  it.each([
    ['90s', 90_000],
    ['2m', 120_000],
    ['10s', 10_000],
    ['30m', 1_800_000],
  ])('%s → %i ms', (text, ms) => {
    const result = parseInputs(getter({ timeout: text }), { eventName: 'push' });
    expect(result.ok && result.inputs.timeoutMs).toBe(ms);
  });
  it.each([
    ['60', /is not a duration/],
    ['5s', /is out of range/],
    ['31m', /is out of range/],
    ['soon', /is not a duration/],
  ])('%s is refused, naming the input and what is accepted', (text, problem) => {
    const result = parseInputs(getter({ timeout: text }), { eventName: 'push' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatch(new RegExp(`^Input "timeout": "${text}" `));
    expect(result.errors[0]).toMatch(problem);
    expect(result.errors[0]).toMatch(/Accepted: .*from 10s to 30m/);
  });
});
