import { describe, expect, it } from 'vitest';
import { CarbonInputError, computeEmbodied, computeEmissions } from '../../../src/carbon';
import type { IntensityInfo, PueInfo } from '../../../src/schema/report';

const intensity = (gPerKWh: number, over: Partial<IntensityInfo> = {}): IntensityInfo => ({
  gPerKWh,
  source: 'test',
  year: 2025,
  region: 'azure:eastus',
  zone: 'US-MIDA-PJM',
  decidedBy: 'input',
  figure: 'yearly',
  boundary: 'lifecycle',
  ...over,
});
const azurePue: PueInfo = { value: 1.185, source: 'test' };
const base = { durationS: 3600, provider: 'azure' as const, includeEmbodied: false, vmThreads: 4, hostThreads: 128 };

describe('computeEmissions', () => {
  it('operational = Wh ÷ 1000 × PUE × g/kWh', () => {
    // 10 Wh ÷ 1000 = 0.01 kWh; × 1.185 = 0.01185 kWh; × 400 g/kWh = 4.74 g
    const r = computeEmissions({ ...base, energyWh: 10, intensity: intensity(400), pue: azurePue });
    expect(r.co2eG.operational).toBeCloseTo(4.74, 12);
    expect(r.co2eG.total).toBeCloseTo(4.74, 12);
  });

  it('embodied for 1 h on a 4/128 VM with TE = 1560.79 kg', () => {
    // 1,560,790 g × (1 h ÷ (4 y × 8766 h/y = 35,064 h)) × (4 ÷ 128)
    // = 1,560,790 ÷ 35,064 × 0.03125 = 44.512605… × 0.03125 = 1.3910189 g
    const r = computeEmissions({ ...base, energyWh: 10, intensity: intensity(400), pue: azurePue });
    expect(r.co2eG.embodied).toBeCloseTo(1.3910189, 6);
    expect(r.embodied).toMatchObject({ hostKgCo2e: 1560.79, lifespanYears: 4, resourceShare: 0.03125 });
    expect(r.embodied.timeShare).toBeCloseTo(1 / 35064, 12);
    expect(r.embodied.source).toMatch(/resource share 4\/128 threads/);
    // Reported beside, not added, unless asked
    expect(r.co2eG.total).toBeCloseTo(4.74, 12);
    // SCI = O + M always: 4.74 + 1.3910189 = 6.1310189
    expect(r.sci).toEqual({ gPerRun: expect.closeTo(6.1310189, 6), functionalUnit: 'run' });
  });

  it('includeEmbodied adds M to the total', () => {
    const r = computeEmissions({
      ...base,
      includeEmbodied: true,
      energyWh: 10,
      intensity: intensity(400),
      pue: azurePue,
    });
    expect(r.co2eG.total).toBeCloseTo(4.74 + 1.3910189, 6);
  });

  it('a zero-intensity grid gives zero operational emissions and no greener regions', () => {
    const r = computeEmissions({ ...base, energyWh: 10, intensity: intensity(0), pue: azurePue });
    expect(r.co2eG.operational).toBe(0);
    expect(r.greenerRegions).toEqual([]);
  });

  it('caps the resource share at 1 when the VM reports more threads than the host', () => {
    // 8766 h × 4 y = 35,064 h: a full lifespan on the whole host is the whole TE.
    const { embodiedG, info } = computeEmbodied({ durationS: 35064 * 3600, vmThreads: 8, hostThreads: 4 });
    expect(info.resourceShare).toBe(1);
    expect(embodiedG).toBeCloseTo(1_560_790, 3);
    expect(info.source).toMatch(/share capped at 1/);
  });

  it('refuses negative or non-finite energy and bad thread counts', () => {
    const run = (over: object) => () =>
      computeEmissions({ ...base, energyWh: 1, intensity: intensity(1), pue: azurePue, ...over });
    expect(run({ energyWh: -1 })).toThrow(CarbonInputError);
    expect(run({ energyWh: Number.NaN })).toThrow(/energyWh must be/);
    expect(run({ hostThreads: 0 })).toThrow(/hostThreads must be a number of threads > 0/);
    expect(run({ vmThreads: -2 })).toThrow(/vmThreads/);
    expect(run({ durationS: -5 })).toThrow(/durationS/);
  });
});
