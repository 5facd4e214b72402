import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import {
  formatPowerModelTable,
  machineFromSpec,
  machinePowerReport,
  parsePositiveInt,
  parsePositiveNumber,
  powerModelReport,
  runBatch,
} from '../../../src/cli/power-model-command';
import { memoryWPerGb } from '../../../src/meter/power-model';

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
    const [line] = runBatch([
      '{"cpu":"AMD EPYC 7763 64-Core Processor","sockets":1,"cores":64,"threads":128,"memoryGb":512}',
    ]);
    const one = powerModelReport({
      cpu: 'AMD EPYC 7763 64-Core Processor',
      sockets: 1,
      cores: 64,
      threads: 128,
      memoryGb: 512,
    });
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
  it.each(['1e3', '+4', '0x10', ' ', '99999999999999999999'])('refuses %j as a count, in plain words', (value) => {
    expect(() => parsePositiveInt('--cores')(value)).toThrow(
      `--cores is "${value}"; expected a positive integer in plain digits, e.g. 4`,
    );
  });
  it.each(['1e3', '+4', '0x10', 'Infinity', ''])('refuses %j as memory, in plain words', (value) => {
    expect(() => parsePositiveNumber('--memory-gb')(value)).toThrow(
      `--memory-gb is "${value}"; expected a positive number in plain digits, e.g. 15.6`,
    );
  });
});

describe('power-model --vm / --bare (the CLI contract)', () => {
  const cpuinfo = (name: string) => readFileSync(join(__dirname, '../../fixtures/meter/cpuinfo', name), 'utf8');

  it('VM: cpuWatts and memoryWatts are exactly the curve and memory power measure uses', async () => {
    const { cpuCurveForMachine } = await import('../../../src/pipeline/cpu-curve');
    const spec = {
      kind: 'vm' as const,
      cpu: 'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz',
      threads: 4,
      memoryGb: 16,
      provider: 'azure' as const,
    };
    const r = machinePowerReport(spec);
    expect(r.cpuWatts).toEqual(cpuCurveForMachine(machineFromSpec(spec)).vmCurveW);
    expect(r.cpuWatts).toHaveLength(11);
    expect(r.memoryWatts).toBeCloseTo(16 * memoryWPerGb(), 12);
    expect(r.host).toEqual({ cpu: 'Intel Xeon Platinum 8370C', sockets: 2, cores: 64, threads: 128 });
    expect(r.share).toBe(4 / 128);
    expect(r.assumptions.join(' ')).toMatch(/VM share 4\/128/);
    for (let k = 1; k < 11; k++) expect(r.cpuWatts[k]).toBeGreaterThan(r.cpuWatts[k - 1]);
    expect(Object.keys(r)).toEqual(['cpuWatts', 'memoryWatts', 'host', 'share', 'assumptions']);
  });

  it('bare: the machine is the whole server, share 1', () => {
    const r = machinePowerReport({
      kind: 'bare',
      cpu: 'Intel Xeon Gold 5220',
      threads: 72,
      cores: 36,
      sockets: 2,
      memoryGb: 192,
    });
    expect(r.share).toBe(1);
    expect(r.host).toEqual({ cpu: 'Intel Xeon Gold 5220', sockets: 2, cores: 36, threads: 72 });
    expect(r.assumptions[0]).toMatch(/bare metal/);
  });

  it('--cpuinfo reads a captured /proc/cpuinfo as the machine would: name, topology and id numbers', () => {
    const m = machineFromSpec({ kind: 'vm', cpuinfoText: cpuinfo('azure-4vcpu-epyc-7763-handmade.txt'), memoryGb: 16 });
    expect(m).toMatchObject({
      cpuModel: 'AMD EPYC 7763 64-Core Processor',
      threads: 4,
      physicalCores: 2,
      sockets: 1,
      virtualized: true,
      arch: 'x64',
      cpuId: { family: 25, model: 1 },
    });
    const arm = machineFromSpec({ kind: 'vm', cpuinfoText: cpuinfo('arm-handmade.txt'), threads: 2, memoryGb: 8 });
    expect(arm).toMatchObject({ cpuModel: 'unknown CPU', arch: 'arm64', cpuId: { implementer: 0x41, part: 0xd0c } });
    expect(
      machinePowerReport({ kind: 'vm', cpuinfoText: cpuinfo('arm-handmade.txt'), memoryGb: 8, provider: 'aws' }).host
        .cpu,
    ).toBe('AWS Graviton2');
  });

  it('explicit options win over the cpuinfo file', () => {
    const m = machineFromSpec({
      kind: 'vm',
      cpuinfoText: cpuinfo('azure-4vcpu-epyc-7763-handmade.txt'),
      cpu: 'AMD EPYC 7B12',
      threads: 2,
      memoryGb: 8,
    });
    expect(m).toMatchObject({ cpuModel: 'AMD EPYC 7B12', threads: 2, physicalCores: 2 });
  });

  it('names what is missing', () => {
    expect(() => machineFromSpec({ kind: 'vm', cpu: 'AMD EPYC 7763', memoryGb: 8 })).toThrow('--threads is required');
    expect(() => machineFromSpec({ kind: 'vm', cpu: 'AMD EPYC 7763', threads: 2 })).toThrow('--memory-gb is required');
  });
});
