import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  canRunPowermetrics,
  createPowermetricsAccumulator,
  parsePowermetricsText,
} from '../../../src/meter/powermetrics';

const TEXT = readFileSync(join(__dirname, '../../fixtures/meter/powermetrics/macbookair10-1-cpu-gpu.txt'), 'utf8');

describe('powermetrics text parser (real M1 output)', () => {
  it('reads each sample: elapsed ms, CPU Power and GPU Power in W', () => {
    expect(parsePowermetricsText(TEXT)).toEqual([
      { elapsedMs: 104.51, cpuW: 0.947, gpuW: 0.153 },
      { elapsedMs: 104.81, cpuW: 0.42, gpuW: 0.067 },
      { elapsedMs: 105.93, cpuW: 0.208, gpuW: 0.028 },
    ]);
  });

  it('accumulates power × elapsed: 0.16502 J CPU, 0.02598 J GPU, however the text is chunked', () => {
    // 0.947·0.10451 + 0.420·0.10481 + 0.208·0.10593 = 0.0989710 + 0.0440202 + 0.0220334
    const whole = createPowermetricsAccumulator();
    whole.push(TEXT);
    whole.flush();
    expect(whole.totals()!.cpuJ).toBeCloseTo(0.16502461, 8);
    expect(whole.totals()!.gpuJ).toBeCloseTo(0.0259783, 7);
    const chunked = createPowermetricsAccumulator();
    for (let i = 0; i < TEXT.length; i += 37) chunked.push(TEXT.slice(i, i + 37));
    chunked.flush();
    expect(chunked.totals()!.cpuJ).toBeCloseTo(0.16502461, 8);
  });

  it('a sample counts only once complete (the next header, or the end)', () => {
    const acc = createPowermetricsAccumulator();
    acc.push(TEXT.slice(0, TEXT.indexOf('Package Power: 1473 mW')));
    expect(acc.totals()).toBeNull();
    acc.push(TEXT.slice(TEXT.indexOf('Package Power: 1473 mW'), TEXT.indexOf('(104.81ms elapsed)') + 30));
    expect(acc.totals()!.cpuJ).toBeCloseTo(0.947 * 0.10451, 10);
  });

  it('takes the first GPU Power of a sample (gpu_power repeats it), W as well as mW; samples without CPU Power do not count', () => {
    const text = [
      '*** Sampled system activity (Tue Dec  1 10:00:00 2026 +0000) (1000.00ms elapsed) ***',
      'CPU Power: 2.5 W',
      'GPU Power: 300 mW',
      'Combined Power (CPU + GPU + ANE): 2800 mW',
      '**** GPU usage ****',
      'GPU Power: 290 mW',
      '*** Sampled system activity (Tue Dec  1 10:00:01 2026 +0000) (1000.00ms elapsed) ***',
      'Intel energy model derived package power (CPUs+GT+SA): 3.1W',
      '',
    ].join('\n');
    const acc = createPowermetricsAccumulator();
    acc.push(text);
    acc.flush();
    expect(acc.samples()).toEqual([
      { elapsedMs: 1000, cpuW: 2.5, gpuW: 0.3 },
      { elapsedMs: 1000, cpuW: null, gpuW: null },
    ]);
    expect(acc.totals()).toEqual({ cpuJ: 2.5, gpuJ: 0.3 });
  });
});

describe('canRunPowermetrics', () => {
  const fake = (statuses: (number | Error)[]) => {
    const calls: string[][] = [];
    const run = ((cmd: string, args: string[]) => {
      calls.push([cmd, ...args]);
      const s = statuses.shift();
      return s instanceof Error ? { error: s, status: null } : { status: s ?? 0 };
    }) as unknown as Parameters<typeof canRunPowermetrics>[0];
    return { run, calls };
  };
  it('needs /usr/bin/powermetrics and passwordless sudo', () => {
    const ok = fake([0]);
    expect(canRunPowermetrics(ok.run, () => true)).toEqual({ ok: true });
    expect(ok.calls).toEqual([['sudo', '-n', 'true']]);
    expect(canRunPowermetrics(fake([1]).run, () => true)).toEqual({
      ok: false,
      reason: 'sudo -n needs a password here, so powermetrics cannot run',
    });
    expect(canRunPowermetrics(fake([new Error('spawn sudo ENOENT')]).run, () => true)).toEqual({
      ok: false,
      reason: 'sudo could not run (spawn sudo ENOENT)',
    });
    const none = fake([0]);
    expect(canRunPowermetrics(none.run, () => false)).toEqual({
      ok: false,
      reason: '/usr/bin/powermetrics is not there',
    });
    expect(none.calls).toEqual([]);
  });
});
