import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { measure } from '../../../src/cli/measure';
import { headerRecord } from '../../fixtures/samples';

describe('measure --samples <file>', () => {
  const saved = process.env.CARBON_ACTION_NO_METADATA;
  beforeEach(() => {
    process.env.CARBON_ACTION_NO_METADATA = '1';
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.CARBON_ACTION_NO_METADATA;
    else process.env.CARBON_ACTION_NO_METADATA = saved;
  });

  it('a samples file left by an earlier run is replaced, not appended to (its samples would stretch this run over the gap)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-measure-samples-'));
    const samplesFile = join(dir, 'samples.jsonl');
    const dayAgo = Date.now() - 86_400_000;
    // An earlier run's file: header, two samples and its end line, a day ago.
    const header = headerRecord({
      startedAt: new Date(dayAgo).toISOString(),
      intervalMs: 100,
      platform: process.platform,
    });
    writeFileSync(
      samplesFile,
      [
        JSON.stringify(header),
        JSON.stringify({
          type: 'sample',
          t: dayAgo,
          cpu: { busy: 100, total: 1000 },
          mem: { usedB: 1e9, totalB: 8e9 },
        }),
        JSON.stringify({
          type: 'sample',
          t: dayAgo + 100,
          cpu: { busy: 150, total: 1100 },
          mem: { usedB: 1e9, totalB: 8e9 },
        }),
        JSON.stringify({ type: 'end', t: dayAgo + 100, reason: 'stop' }),
      ].join('\n') + '\n',
    );
    const stderr = { write: () => true } as unknown as typeof process.stderr;
    const result = await measure(
      [process.execPath, '-e', 'setTimeout(() => {}, 300)'],
      { intervalMs: 100, samplesFile, carbonIntensityGPerKWh: 400, includeEmbodied: false, quiet: true },
      { stderr },
    );
    expect(result.exitCode).toBe(0);
    expect(result.report?.durationS).toBeLessThan(60);
    expect(Date.parse(result.report?.startedAt ?? '')).toBeGreaterThan(dayAgo + 3_600_000);
    const headers = readFileSync(samplesFile, 'utf8')
      .split('\n')
      .filter((l) => l.includes('"type":"header"'));
    expect(headers).toHaveLength(1);
  });
});
