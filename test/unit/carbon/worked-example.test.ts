// The worked example in docs/methodology.md ("Emissions" section): every number there is checked here.
import { describe, expect, it } from 'vitest';
import { greenerRegionText } from '../../../src/report/describe';
import { computeEmissions, resolveIntensity } from '../../../src/carbon';
import { formatMassG } from '../../../src/report/format';
import { githubRunnerMachine } from '../../fixtures/machine';

const machine = githubRunnerMachine();

describe('methodology worked example: 12 Wh in 10 minutes on a GitHub runner pinned to azure:eastus2', () => {
  it('gives the documented figures', async () => {
    const { intensity, pue, provider } = await resolveIntensity({
      region: 'azure:eastus2',
      machine,
      env: { CARBON_ACTION_NO_METADATA: '1' },
    });
    // Region → zone US-MIDA-PJM → 418 g/kWh (Electricity Maps 2025); Azure PUE 1.185
    expect([intensity.zone, intensity.gPerKWh, intensity.year, pue.value]).toEqual(['US-MIDA-PJM', 418, 2025, 1.185]);

    const r = computeEmissions({
      energyWh: 12,
      durationS: 600,
      intensity,
      pue,
      provider,
      includeEmbodied: false,
      vmThreads: 4,
      hostThreads: 128,
    });
    // operational = 12 Wh ÷ 1000 × 1.185 × 418 = 0.01422 kWh × 418 = 5.94396 g
    expect(r.co2eG.operational).toBeCloseTo(5.94396, 10);
    expect(formatMassG(r.co2eG.operational)).toBe('5.94 g'); // as the reports print it
    // embodied = 1,560,790 g × 600 s ÷ (4 × 8766 × 3600 s) × 4/128 = 7.418771 × 0.03125 = 0.2318365 g
    expect(r.co2eG.embodied).toBeCloseTo(0.2318365, 6);
    expect(r.co2eG.total).toBeCloseTo(5.94396, 10);
    // SCI per run = 5.94396 + 0.2318365 = 6.1757965 g
    expect(r.sci.gPerRun).toBeCloseTo(6.1757965, 6);
    // 5.94396 ÷ 244.2 g/km = 24.3 m; ÷ 97 g/h = 0.06128 h = 3.68 min → 3.7 min;
    // 14.22 Wh ÷ 29,564 Wh × 86,400 s = 41.6 s → 42 s; ÷ 12.4 g = 0.479 of a charge (a fraction, left out)
    expect(r.equivalents.map((e) => e.text)).toEqual([
      'driving 24 m in an average petrol car',
      'watching a 32-inch LCD TV for 3.7 minutes',
      'the electricity an average US household uses in 42 seconds',
    ]);
    // 0.01422 kWh × 20 / 24 / 29 g/kWh = 0.2844 / 0.34128 / 0.41238 g;
    // change vs 5.94396 g: −95.2 / −94.3 / −93.1 %
    expect(r.greenerRegions.map((g) => greenerRegionText(g, r.co2eG.operational))).toEqual([
      'had this run in azure:swedencentral (20 g/kWh), it would have emitted 284 mg (−95.2 %)',
      'had this run in azure:norwayeast (24 g/kWh), it would have emitted 341 mg (−94.3 %)',
      'had this run in azure:norwaywest (29 g/kWh), it would have emitted 412 mg (−93.1 %)',
    ]);
  });
});
