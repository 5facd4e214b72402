// @tgwf/co2 ships no type declarations; these cover only the data exports carbon-action
// reads (in scripts/derive-carbon-data.ts, never at run time).

declare module '@tgwf/co2/data' {
  /** Ember yearly average grid intensity, g CO2e/kWh, keyed by ISO alpha-3 code or aggregate ("WORLD", "EU", …). */
  export const averageIntensity: { data: Record<string, number>; type: string };
}

declare module '@tgwf/co2/data/electricity-maps' {
  export interface ElectricityMapsZone {
    zone: { zoneName: string; countryName?: string };
    carbonIntensity: { value: number | null; unit: string };
    renewableEnergy?: { value: number | null; unit: string };
    carbonFreeEnergy?: { value: number | null; unit: string };
  }
  export interface ElectricityMapsYear {
    data: Record<string, ElectricityMapsZone>;
    methodology: string;
  }
  export const yearly2021: ElectricityMapsYear;
  export const yearly2022: ElectricityMapsYear;
  export const yearly2023: ElectricityMapsYear;
  export const yearly2024: ElectricityMapsYear;
  export const yearly2025: ElectricityMapsYear;
}
