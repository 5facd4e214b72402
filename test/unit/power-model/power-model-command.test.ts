import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { formatPowerModelTable, parsePositiveInt, parsePositiveNumber, powerModelReport, runBatch } from '../../../src/cli/power-model-command';

const fixture = readFileSync(join(__dirname, '../../fixtures/power-model/batch.jsonl'), 'utf8').split('\n');

describe('runBatch', () => {
  it('answers every non-blank line in order, bad lines as {"error"}', () => {
    const out = runBatch(fixture).map((l) => JSON.parse(l));
    expect(out).toHaveLength(6);
    expect(out[0].cpu).toBe('AMD EPYC 7763 64-Core Processor');
    expect(out[0].watts).toHaveLength(11);
    expect(out[1].error).toMatch(/^line 2: not valid JSON/);
    expect(out[2].matchedName).toBe('Intel Xeon Platinum 8370C');
    expect(out[3].error).toMatch(/^line 4: sockets is 0; expected a positive integer/);
    expect(out[4].error).toMatch(/^line 6: memoryGb is -1; expected a positive number/);
    expect(out[5].tdpSource).toBe('default');
  });
  it('matches the single-CPU report', () => {
    const [line] = runBatch(['{"cpu":"AMD EPYC 7763 64-Core Processor","sockets":1,"cores":64,"threads":128,"memoryGb":512}']);
    const one = powerModelReport({ cpu: 'AMD EPYC 7763 64-Core Processor', sockets: 1, cores: 64, threads: 128, memoryGb: 512 });
    expect(JSON.parse(line).watts).toEqual(one.watts);
  });
});

describe('power-model output and option parsing', () => {
  it('prints 11 rows', () => {
    const text = formatPowerModelTable(powerModelReport({ cpu: 'AMD EPYC 7763 64-Core Processor' }));
    expect(text.split('\n').filter((l) => / %\s/.test(l))).toHaveLength(11);
  });
  it('rejects bad counts and memory with the option named', () => {
    expect(() => parsePositiveInt('--sockets')('0')).toThrow(InvalidArgumentError);
    expect(() => parsePositiveInt('--cores')('2.5')).toThrow('--cores is "2.5"; expected a positive integer');
    expect(parsePositiveInt('--threads')('8')).toBe(8);
    expect(() => parsePositiveNumber('--memory-gb')('-4')).toThrow('--memory-gb is "-4"; expected a positive number');
    expect(parsePositiveNumber('--memory-gb')('15.6')).toBe(15.6);
  });
});
