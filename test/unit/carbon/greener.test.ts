import { describe, expect, it } from 'vitest';
import { greenerRegions } from '../../../src/carbon';
import { greenerRegionText } from '../../../src/report/describe';
import type { IntensityInfo } from '../../../src/schema/report';

const info = (gPerKWh: number, over: Partial<IntensityInfo> = {}): IntensityInfo => ({
  gPerKWh,
  source: 't',
  year: 2025,
  region: 'azure:eastus2',
  zone: 'US-MIDA-PJM',
  decidedBy: 'input',
  figure: 'yearly',
  boundary: 'lifecycle',
  ...over,
});
const pue = { value: 1.185, source: 't' };

describe('greenerRegions', () => {
  it('lists the three lowest regions of the same provider, lowest first, with their emissions', () => {
    // 10 Wh × 1.185 = 11.85 Wh = 0.01185 kWh; × 20, 24, 29 g/kWh
    const g = greenerRegions({ energyWh: 10, pue, intensity: info(418), provider: 'azure' });
    expect(g.map((x) => x.region)).toEqual(['azure:swedencentral', 'azure:norwayeast', 'azure:norwaywest']);
    expect(g.map((x) => x.gPerKWh)).toEqual([20, 24, 29]);
    expect(g[0].co2eG).toBeCloseTo(0.237, 12);
    expect(g[2].co2eG).toBeCloseTo(0.34365, 12);
  });

  it('lists only regions lower than the current one', () => {
    // azure:norwayeast is 24 g/kWh: only swedencentral (20) is lower
    const g = greenerRegions({
      energyWh: 10,
      pue,
      intensity: info(24, { region: 'azure:norwayeast', zone: 'NO-NO1' }),
      provider: 'azure',
    });
    expect(g.map((x) => x.region)).toEqual(['azure:swedencentral']);
    expect(
      greenerRegions({ energyWh: 10, pue, intensity: info(20, { region: 'azure:swedencentral' }), provider: 'azure' }),
    ).toEqual([]);
  });

  it('compares AWS with AWS', () => {
    const g = greenerRegions({
      energyWh: 1,
      pue: { value: 1.135, source: 't' },
      intensity: info(418, { region: 'aws:us-east-1' }),
      provider: 'aws',
    });
    expect(g.map((x) => x.region)).toEqual(['aws:eu-north-1', 'aws:eu-west-3', 'aws:ca-central-1']);
  });

  it("compares Google's operational figures only with Google's own", () => {
    const g = greenerRegions({
      energyWh: 1,
      pue: { value: 1.1, source: 't' },
      provider: 'gcp',
      intensity: info(103.37, { region: 'gcp:europe-west1', boundary: 'operational', year: 2024 }),
    });
    // Google 2024: europe-north2 2.73, northamerica-northeast1 5.48, europe-west6 15.05
    expect(g.map((x) => [x.region, x.gPerKWh])).toEqual([
      ['gcp:europe-north2', 2.73],
      ['gcp:northamerica-northeast1', 5.48],
      ['gcp:europe-west6', 15.05],
    ]);
  });

  it('compares zone:, country: and unknown places with cloud-hosting countries (Ember)', () => {
    // Lowest Ember figures among countries with a cloud region: NO 30.75, SE 35.89, CH 36.72
    const g = greenerRegions({
      energyWh: 1,
      pue: { value: 1, source: 't' },
      intensity: info(472.94, { region: null, zone: null, decidedBy: 'world-average' }),
      provider: null,
    });
    expect(g.map((x) => [x.region, x.gPerKWh])).toEqual([
      ['country:NO', 30.75],
      ['country:SE', 35.89],
      ['country:CH', 36.72],
    ]);
    const fromSweden = greenerRegions({
      energyWh: 1,
      pue: { value: 1, source: 't' },
      intensity: info(35.89, { region: 'country:SE', zone: null }),
      provider: null,
    });
    expect(fromSweden.map((x) => x.region)).toEqual(['country:NO']);
  });

  it('phrases the comparison with the percentage change', () => {
    // 0.3 g against 4 g: (0.3 − 4) ÷ 4 = −92.5 %
    expect(greenerRegionText({ region: 'azure:swedencentral', gPerKWh: 20, co2eG: 0.3 }, 4)).toBe(
      'had this run in azure:swedencentral (20 g/kWh), it would have emitted 300 mg (−92.5 %)',
    );
    // 12.34 g against 100 g: −87.66 % → −87.7 %
    expect(greenerRegionText({ region: 'country:NO', gPerKWh: 30.75, co2eG: 12.34 }, 100)).toBe(
      'had this run in country:NO (31 g/kWh), it would have emitted 12.3 g (−87.7 %)',
    );
  });
});
