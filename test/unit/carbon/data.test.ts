import { describe, expect, it } from 'vitest';
import {
  countriesData,
  countryCodes,
  embodiedData,
  equivalentsData,
  gcpGoogleData,
  pueData,
  regionsData,
  zonesData,
} from '../../../src/carbon/data';

describe('carbon data files', () => {
  it('hold 139 cloud regions: Azure 60, AWS 34, GCP 45, with unique ids', () => {
    const regions = regionsData();
    expect(regions).toHaveLength(139);
    const count = (p: string) => regions.filter((r) => r.provider === p).length;
    expect([count('azure'), count('aws'), count('gcp')]).toEqual([60, 34, 45]);
    expect(new Set(regions.map((r) => r.id)).size).toBe(139);
    for (const r of regions) expect(r.id).toBe(`${r.provider}:${r.region}`);
  });

  it('give every region zone a yearly intensity between 0 and 2000 g/kWh, with its year', () => {
    const zones = zonesData().zones;
    for (const r of regionsData()) {
      const z = zones[r.zone];
      expect(z, `${r.id} → ${r.zone}`).toBeDefined();
      expect(z.gPerKWh).toBeGreaterThanOrEqual(0);
      expect(z.gPerKWh).toBeLessThanOrEqual(2000);
      expect(z.year).toBeGreaterThanOrEqual(2021);
      expect(z.year).toBeLessThanOrEqual(2025);
    }
  });

  it('keep ODbL and CC BY-SA data apart, each with its attribution', () => {
    expect(zonesData().attribution).toMatch(
      /^Electricity Maps \(electricitymaps\.com\), via Green Web Foundation CO2\.js .*ODbL$/,
    );
    expect(zonesData().licence).toMatch(/ODbL/);
    expect(countriesData().attribution).toMatch(/^Ember .*via CO2\.js .*CC BY-SA 4\.0$/);
    expect(JSON.stringify(countriesData())).not.toMatch(/ODbL/);
    expect(JSON.stringify(zonesData())).not.toMatch(/CC BY-SA/);
  });

  it('map every country of a cloud region to an Ember figure, and alpha-3 codes to unique alpha-2 codes', () => {
    const byAlpha2 = new Set(Object.values(countriesData().countries).map((c) => c.alpha2));
    for (const r of regionsData()) expect(byAlpha2.has(r.countryIso2), r.id).toBe(true);
    const codes = countryCodes();
    expect(codes.FRA).toBe('FR');
    expect(codes.GBR).toBe('GB');
    expect(codes.XKX).toBe('XK');
    expect(new Set(Object.values(codes)).size).toBe(Object.keys(codes).length);
  });

  it('carry the Ember world average CO2.js 0.19 ships (472.94 g/kWh)', () => {
    expect(countriesData().worldGPerKWh).toBe(472.94);
  });

  it("hold Google's 2024 GCP figures (operational) only for GCP regions that exist", () => {
    const google = gcpGoogleData();
    expect(google.year).toBe(2024);
    expect(google.boundary).toBe('operational');
    const gcpIds = new Set(
      regionsData()
        .filter((r) => r.provider === 'gcp')
        .map((r) => r.region),
    );
    for (const name of Object.keys(google.regions)) expect(gcpIds.has(name), name).toBe(true);
    expect(google.regions['europe-west1'].gPerKWh).toBe(103.37);
  });

  it('hold the PUE, embodied and equivalence constants with sources', () => {
    const pue = pueData();
    expect([pue.azure.value, pue.aws.value, pue.gcp.value, pue.unknown.value]).toEqual([1.185, 1.135, 1.1, 1.0]);
    // 1000 base + 510.79 memory + 50 storage (CCF's Azure "D2as – D96as v4" row)
    expect(embodiedData().hostKgCo2e).toBeCloseTo(1000 + 510.79 + 50, 10);
    expect(embodiedData().lifespanYears).toBe(4);
    const eq = equivalentsData();
    // 393 g/mile ÷ 1.609344 km/mile = 244.199… g/km
    expect(eq.carDriving.gCo2PerKm).toBeCloseTo(393 / 1.609344, 1);
    // 10,791 kWh/yr ÷ 365 = 29.564 kWh/day
    expect(eq.householdDay.whPerDay).toBeCloseTo(10_791_000 / 365, 0);
    for (const v of [...Object.values(pue), embodiedData(), ...Object.values(eq)])
      expect(v.source.length).toBeGreaterThan(20);
  });
});
