import { describe, expect, it } from 'vitest';
import {
  armCore,
  cloudHostThreads,
  cpuNameKey,
  instanceTypeHost,
  loadCpuTable,
  lookupCpu,
  typicalCloudHost,
  x86Microarchitecture,
  type CpuTable,
} from '../../../src/meter/cpu-table';

const table = loadCpuTable();

describe('cpuNameKey', () => {
  it('drops trademarks, clock, core count, CPU/Processor and the vendor word', () => {
    expect(cpuNameKey('Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz')).toBe('xeon platinum 8370c');
    expect(cpuNameKey('AMD EPYC 7763 64-Core Processor')).toBe('epyc 7763');
    expect(cpuNameKey('Xeon Platinum 8370C')).toBe('xeon platinum 8370c');
  });
});

describe('lookupCpu', () => {
  it.each([
    ['AMD EPYC 7763 64-Core Processor', 'AMD EPYC 7763'],
    ['Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz', 'Intel Xeon Platinum 8370C'],
    ['Intel(R) Xeon(R) Platinum 8272CL CPU @ 2.60GHz', 'Intel Xeon Platinum 8272CL'],
    ['Intel(R) Xeon(R) Platinum 8175M CPU @ 2.50GHz', 'Intel Xeon Platinum 8175M'],
    ['Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz', 'Intel Xeon Platinum 8259CL'],
    ['Intel(R) Xeon(R) Platinum 8488C', 'Intel Xeon Platinum 8488C'],
    ['AMD EPYC 7B12', 'AMD EPYC 7B12'],
    ['AMD EPYC 7R13 Processor', 'AMD EPYC 7R13'],
    ['AMD EPYC 9R14 96-Core Processor', 'AMD EPYC 9R14'],
    ['AMD EPYC 9V74 80-Core Processor', 'AMD EPYC 9V74'],
    ['Apple M1 (Virtual)', 'Apple M1'],
    ['Apple M2 Pro', 'Apple M2 Pro'],
    ['Apple M4 Max', 'Apple M4 Max'],
    ['AWS Graviton2 Processor', 'AWS Graviton2'],
    ['Neoverse-N1', null],
    ['Intel(R) Xeon(R) CPU @ 2.80GHz', null],
    ['AMD EPYC', null],
    ['AMD EPYC Processor', null],
    // A version the table does not hold is not the older part of the same number.
    ['Intel(R) Xeon(R) CPU E5-2670 v3 @ 2.30GHz', null],
    ['Intel(R) Xeon(R) CPU E5-2670 v2 @ 2.50GHz', 'Intel Xeon E5-2670 v2'],
    ['Intel(R) Xeon(R) CPU E5-2670 0 @ 2.60GHz', 'Intel Xeon E5-2670'],
  ])('%s → %s', (raw, name) => {
    expect(lookupCpu(raw, table)?.name ?? null).toBe(name);
  });

  it('returns null for an empty or missing name', () => {
    expect(lookupCpu('', table)).toBeNull();
    expect(lookupCpu(null, table)).toBeNull();
  });

  it('keeps the most specific of several matching names', () => {
    const tiny: CpuTable = {
      ...table,
      cpus: [
        {
          name: 'Apple M1',
          vendor: 'apple',
          arch: 'arm64',
          microarchitecture: 'apple-m1',
          releaseYear: 2020,
          coresPerChip: 8,
          threadsPerCore: 1,
          tdpW: 10,
          sources: {},
        },
        {
          name: 'Apple M1 Pro',
          vendor: 'apple',
          arch: 'arm64',
          microarchitecture: 'apple-m1',
          releaseYear: 2021,
          coresPerChip: 10,
          threadsPerCore: 1,
          tdpW: 30,
          sources: {},
        },
      ],
    };
    expect(lookupCpu('Apple M1 Pro (Virtual)', tiny)?.coresPerChip).toBe(10);
    expect(lookupCpu('Apple M1 (Virtual)', tiny)?.coresPerChip).toBe(8);
  });
});

describe('table contents', () => {
  it('gives every record every field, with a source for each', () => {
    for (const c of table.cpus) {
      for (const k of [
        'vendor',
        'arch',
        'microarchitecture',
        'releaseYear',
        'coresPerChip',
        'threadsPerCore',
        'tdpW',
      ] as const) {
        expect(c[k], `${c.name} ${k}`).toBeDefined();
        expect(table.sources[c.sources[k]], `${c.name} ${k} source`).toBeTypeOf('string');
      }
      expect(Number.isInteger(c.coresPerChip) && c.coresPerChip > 0, c.name).toBe(true);
      expect([1, 2]).toContain(c.threadsPerCore);
      expect(c.tdpW).toBeGreaterThan(0);
      expect(table.microarchitectureYears[c.microarchitecture], c.microarchitecture).toBeTypeOf('number');
    }
  });

  it('covers the cloud-only SKUs, ARM server cores and Apple M-series named in issue 8', () => {
    for (const n of [
      'Intel Xeon Platinum 8370C',
      'Intel Xeon Platinum 8272CL',
      'Intel Xeon Platinum 8175M',
      'Intel Xeon Platinum 8259CL',
      'Intel Xeon Platinum 8375C',
      'Intel Xeon Platinum 8488C',
      'AMD EPYC 7R13',
      'AMD EPYC 7R32',
      'AMD EPYC 7B12',
      'AMD EPYC 7B13',
      'AMD EPYC 9R14',
      'AMD EPYC 9V74',
      'AMD EPYC 7V12',
      'AMD EPYC 7V73X',
      'AWS Graviton2',
      'AWS Graviton3',
      'AWS Graviton4',
      'Ampere Altra Q80-30',
      'Ampere Altra Max M128-30',
      'AmpereOne A192-32X',
      'Microsoft Azure Cobalt 100',
      'Google Axion',
      'NVIDIA Grace CPU Superchip',
      'Apple M1',
      'Apple M1 Pro',
      'Apple M1 Max',
      'Apple M2',
      'Apple M3',
      'Apple M4',
      'Apple M4 Pro',
      'Apple M4 Max',
    ]) {
      expect(lookupCpu(n, table)?.name, n).toBe(n);
    }
  });

  it('records the GitHub runner CPU from SPECpower (64 cores, 2 threads, 280 W, Zen 3, 2021)', () => {
    const c = lookupCpu('AMD EPYC 7763 64-Core Processor', table)!;
    expect(c).toMatchObject({
      vendor: 'amd',
      microarchitecture: 'epyc-gen3',
      releaseYear: 2021,
      coresPerChip: 64,
      threadsPerCore: 2,
      tdpW: 280,
    });
    expect(c.sources.tdpW).toBe('specpower');
  });

  it('gives SPECpower CPUs their base clock: the 7763 2.45 GHz, the 7773X 2.2 GHz, a 2023+ CPU from its extract', () => {
    expect(lookupCpu('AMD EPYC 7763 64-Core Processor', table)).toMatchObject({
      baseClockMhz: 2450,
      sources: { baseClockMhz: 'specpower' },
    });
    expect(lookupCpu('AMD EPYC 7773X 64-Core Processor', table)?.baseClockMhz).toBe(2200);
    // 2050 and 2000 MHz among its results, once each: the lower.
    expect(lookupCpu('AMD EPYC 8534PN', table)).toMatchObject({
      baseClockMhz: 2000,
      sources: { baseClockMhz: 'specpower-2023' },
    });
    // A CPU no SPECpower result has: no clock (the model falls back to the name's, then its neutral clock).
    expect(lookupCpu('Intel Xeon Platinum 8370C', table)?.baseClockMhz).toBeUndefined();
    for (const c of table.cpus.filter((r) => r.baseClockMhz !== undefined)) {
      expect(c.baseClockMhz, c.name).toBeGreaterThanOrEqual(1000);
      expect(c.baseClockMhz, c.name).toBeLessThanOrEqual(5000);
      expect(table.sources[c.sources.baseClockMhz], `${c.name} baseClockMhz source`).toBeTypeOf('string');
    }
  });
});

describe('x86Microarchitecture', () => {
  it.each([
    ['GenuineIntel', 6, 79, 1, 'broadwell'],
    ['GenuineIntel', 6, 85, 4, 'skylake'],
    ['GenuineIntel', 6, 85, 7, 'cascadelake'],
    ['GenuineIntel', 6, 85, 11, 'cooperlake'],
    ['GenuineIntel', 6, 106, 6, 'icelake'],
    ['GenuineIntel', 6, 143, 8, 'sapphirerapids'],
    ['GenuineIntel', 6, 207, 2, 'emeraldrapids'],
    ['AuthenticAMD', 23, 49, 0, 'epyc-gen2'],
    ['AuthenticAMD', 25, 1, 1, 'epyc-gen3'],
    ['AuthenticAMD', 25, 17, 1, 'epyc-gen4'],
    ['AuthenticAMD', 21, 2, 0, 'opteron'],
  ] as const)('%s family %i model %i stepping %i → %s', (vendor, family, model, stepping, arch) => {
    expect(x86Microarchitecture(vendor, family, model, stepping, table)?.microarchitecture).toBe(arch);
  });

  it('returns null for an unknown vendor or model', () => {
    expect(x86Microarchitecture('HygonGenuine', 24, 0, 0, table)).toBeNull();
    expect(x86Microarchitecture('GenuineIntel', 6, 9999, 0, table)).toBeNull();
    expect(x86Microarchitecture(null, 6, 85, 7, table)).toBeNull();
  });
});

describe('armCore', () => {
  it.each([
    [0x41, 0xd0c, 'neoverse-n1'],
    [0x41, 0xd40, 'neoverse-v1'],
    [0x41, 0xd49, 'neoverse-n2'],
    [0x41, 0xd4f, 'neoverse-v2'],
    [0xc0, 0xac3, 'ampereone'],
  ])('implementer %i part %i → %s', (imp, part, arch) => {
    expect(armCore(imp, part, table)?.microarchitecture).toBe(arch);
  });
  it('returns null for an unknown part', () => expect(armCore(0x41, 0x123, table)).toBeNull());
});

describe('typical cloud hosts and instance types', () => {
  it('picks the provider’s host of a generation, else the default', () => {
    expect(typicalCloudHost('icelake', 'aws', table)?.name).toBe('Intel Xeon Platinum 8375C');
    expect(typicalCloudHost('icelake', 'azure', table)?.name).toBe('Intel Xeon Platinum 8370C');
    expect(typicalCloudHost('icelake', null, table)?.name).toBe('Intel Xeon Platinum 8370C');
    expect(typicalCloudHost('neoverse-n1', 'aws', table)?.name).toBe('AWS Graviton2');
    expect(typicalCloudHost('no-such-arch', null, table)).toBeNull();
  });

  it('maps instance types and VM sizes to host CPUs', () => {
    expect(instanceTypeHost('aws', 'm5.xlarge', table)).toMatchObject({
      cpu: { name: 'Intel Xeon Platinum 8175M' },
      hostThreads: 96,
    });
    expect(instanceTypeHost('aws', 'm7a.large', table)).toMatchObject({
      cpu: { name: 'AMD EPYC 9R14' },
      hostThreads: 192,
    });
    expect(instanceTypeHost('aws', 'm6g.large', table)).toMatchObject({
      cpu: { name: 'AWS Graviton2' },
      hostThreads: 64,
    });
    expect(instanceTypeHost('gcp', 'projects/123456/machineTypes/n2d-standard-4', table)?.cpu.name).toBe(
      'AMD EPYC 7B12',
    );
    expect(instanceTypeHost('gcp', 't2a-standard-4', table)?.cpu.name).toBe('Ampere Altra Q64-30');
    expect(instanceTypeHost('azure', 'Standard_D4ads_v5', table)?.cpu.name).toBe('AMD EPYC 7763');
    expect(instanceTypeHost('azure', 'Standard_D4s_v5', table)?.cpu.name).toBe('Intel Xeon Platinum 8370C');
    expect(instanceTypeHost('azure', 'Standard_D4ps_v5', table)?.cpu.name).toBe('Ampere Altra Q80-30');
    expect(instanceTypeHost('azure', 'Standard_D4ps_v6', table)?.cpu.name).toBe('Microsoft Azure Cobalt 100');
    expect(instanceTypeHost('azure', 'Standard_D4as_v6', table)?.cpu.name).toBe('AMD EPYC 9V74');
    expect(instanceTypeHost('aws', 'zz9.large', table)).toBeNull();
  });

  it('counts a cloud host’s threads from its metal size, else the providers’ chips per host (1 for EPYC Rome/Milan, 2 for Xeon), else 1 Arm chip', () => {
    expect(cloudHostThreads(lookupCpu('AMD EPYC 9R14', table)!)).toEqual({ threads: 192, sockets: 2, fromMetal: true });
    expect(cloudHostThreads(lookupCpu('AMD EPYC 7763', table)!, table)).toEqual({
      threads: 128,
      sockets: 1,
      fromMetal: false,
    });
    expect(cloudHostThreads(lookupCpu('Intel Xeon Platinum 8370C', table)!, table)).toEqual({
      threads: 128,
      sockets: 2,
      fromMetal: false,
    });
    expect(cloudHostThreads(lookupCpu('Microsoft Azure Cobalt 100', table)!)).toEqual({
      threads: 128,
      sockets: 1,
      fromMetal: false,
    });
  });
});
