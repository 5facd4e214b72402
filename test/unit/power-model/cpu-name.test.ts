import { describe, expect, it } from 'vitest';
import {
  baseClockMhzFromName,
  coresPerChipFromName,
  cpuFamilyFromName,
  lookupTdpW,
  normaliseCpuName,
  type CpuTdpTable,
} from '../../../src/meter/cpu-name';

describe('normaliseCpuName', () => {
  it.each([
    ['AMD EPYC 7763 64-Core Processor', 'AMD EPYC 7763'],
    ['Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz', 'Intel Xeon Platinum 8370C'],
    ['Intel(R) Xeon(R) CPU E5-2673 v4 @ 2.30GHz', 'Intel Xeon E5-2673 v4'],
    ['AMD EPYC 9V74 80-Core Processor', 'AMD EPYC 9V74'],
    ['Intel(R) Core(TM) i7-10700K CPU @ 3.80GHz', 'Intel Core i7-10700K'],
    ['AMD Ryzen 9 5950X 16-Core Processor', 'AMD Ryzen 9 5950X'],
    ['Apple M2', 'Apple M2'],
    ['Intel Xeon E5-2660 2.20 GHz (Intel Turbo Boost Technology up to 3.00 GHz)', 'Intel Xeon E5-2660'],
    ['Intel Xeon E5-2660V2', 'Intel Xeon E5-2660 v2'],
    ['Quad-Core AMD Opteron(r) Processor 8381 HE', 'AMD Opteron 8381 HE'],
    ['AMD EPYC 7702 2.0Ghz', 'AMD EPYC 7702'],
  ])('%s → %s', (raw, want) => {
    expect(normaliseCpuName(raw)).toBe(want);
  });
});

describe('lookupTdpW (committed table)', () => {
  it.each([
    ['AMD EPYC 7763 64-Core Processor', 'AMD EPYC 7763', 280],
    ['Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz', 'Intel Xeon Platinum 8370C', 205],
    ['Intel(R) Xeon(R) CPU E5-2673 v4 @ 2.30GHz', 'Intel Xeon E5-2673 v4', 135],
    ['Intel(R) Core(TM) i7-10700K CPU @ 3.80GHz', 'Intel Core i7-10700K', 125],
    ['AMD Ryzen 9 5950X 16-Core Processor', 'AMD Ryzen 9 5950X', 105],
    // the more specific "v2" entry beats "Intel Xeon E5-2660"
    ['Intel Xeon E5-2660 v2', 'Intel Xeon E5-2660 v2', 95],
    // vendor word missing in the reported name
    ['Xeon L5420', 'Intel Xeon L5420', 50],
  ])('%s → %s (%d W)', (raw, name, w) => {
    expect(lookupTdpW(raw)).toEqual({ tdpW: w, matchedName: name });
  });

  it.each(['AMD EPYC 9V74 80-Core Processor', 'Apple M2', 'AMD EPYC', ''])('%s → null (unknown)', (raw) => {
    expect(lookupTdpW(raw)).toBeNull();
  });

  it('never lets a one-token or number-less name claim a CPU', () => {
    const table: CpuTdpTable = {
      source: 't',
      commit: 'c',
      licence: 'MIT',
      tdpW: { '6274': 115, 'AMD EPYC': 200, 'AMD Opteron 6274': 115 },
    };
    expect(lookupTdpW('Intel Xeon Gold 6274', table)).toBeNull();
    expect(lookupTdpW('AMD EPYC 7763', table)).toBeNull();
    expect(lookupTdpW('AMD Opteron(tm) Processor 6274', table)).toEqual({ tdpW: 115, matchedName: 'AMD Opteron 6274' });
  });
});

describe('cpuFamilyFromName', () => {
  it.each([
    ['AMD EPYC 7763 64-Core Processor', 'epyc-gen3', 2021, 'amd'],
    ['AMD EPYC 7R13 Processor', 'epyc-gen3', 2021, 'amd'],
    ['AMD EPYC 9V74 80-Core Processor', 'epyc-gen4', 2022, 'amd'],
    ['Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz', 'icelake', 2021, 'intel'],
    ['Intel(R) Xeon(R) Platinum 8272CL CPU @ 2.60GHz', 'cascadelake', 2019, 'intel'],
    ['Intel Xeon Platinum 8380HL', 'cooperlake', 2020, 'intel'],
    ['Intel(R) Xeon(R) CPU E5-2673 v4 @ 2.30GHz', 'broadwell', 2016, 'intel'],
    ['Intel Xeon E5-2660', 'sandybridge', 2012, 'intel'],
    ['Intel Xeon X5570', 'nehalem', 2009, 'intel'],
    ['Intel Xeon L5420', 'core', 2007, 'intel'],
    ['Intel Xeon E-2388G', 'rocketlake', 2021, 'intel'],
    ['Apple M2', 'unknown', null, 'other'],
  ])('%s → %s', (raw, family, eraYear, vendor) => {
    expect(cpuFamilyFromName(raw)).toEqual({ family, eraYear, vendor });
  });
});

describe('coresPerChipFromName', () => {
  it('reads "N-Core" and spelled-out counts, null otherwise', () => {
    expect(coresPerChipFromName('AMD EPYC 7763 64-Core Processor')).toBe(64);
    expect(coresPerChipFromName('Six-Core AMD Opteron(r) Processor 8425 HE')).toBe(6);
    expect(coresPerChipFromName('Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz')).toBeNull();
  });
});

describe('baseClockMhzFromName', () => {
  it.each([
    ['Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz', 2800],
    ['Intel(R) Xeon(R) CPU @ 2.20GHz', 2200],
    ['AMD EPYC 7702 2.0Ghz', 2000],
    ['AMD EPYC 7763 2.45 GHz', 2450],
    ['Intel Xeon E5-2660 2.20 GHz (Intel Turbo Boost Technology up to 3.00 GHz)', 2200],
  ])('%s → %i MHz', (raw, mhz) => expect(baseClockMhzFromName(raw)).toBe(mhz));
  it('is null when the name gives no clock', () => {
    expect(baseClockMhzFromName('AMD EPYC 7763 64-Core Processor')).toBeNull();
    expect(baseClockMhzFromName('Ampere Altra Q80-30')).toBeNull();
  });
});
