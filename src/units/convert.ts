// Quantities carry their unit in the name. Every conversion between units lives here,
// so a joule/kWh slip can only happen in one place, and that place is tested.

export const J_PER_WH = 3600;
export const WH_PER_KWH = 1000;
export const UJ_PER_J = 1e6;
export const MJ_PER_J = 1e3; // millijoules per joule
export const G_PER_KG = 1000;
export const MS_PER_S = 1000;
export const MS_PER_DAY = 86_400_000;
export const BYTES_PER_GB = 1e9; // decimal GB, as Cloud Carbon Footprint's W/GB coefficient uses
export const BYTES_PER_GIB = 1024 ** 3;

export const joulesToWh = (energyJ: number): number => energyJ / J_PER_WH;
export const whToJoules = (energyWh: number): number => energyWh * J_PER_WH;
export const whToKWh = (energyWh: number): number => energyWh / WH_PER_KWH;
export const kWhToWh = (energyKWh: number): number => energyKWh * WH_PER_KWH;
export const microjoulesToJoules = (energyUj: number): number => energyUj / UJ_PER_J;
export const millijoulesToJoules = (energyMj: number): number => energyMj / MJ_PER_J;
export const gToKg = (massG: number): number => massG / G_PER_KG;
export const kgToG = (massKg: number): number => massKg * G_PER_KG;
export const msToS = (durationMs: number): number => durationMs / MS_PER_S;
export const bytesToGb = (bytes: number): number => bytes / BYTES_PER_GB;

/** CO2e in grams from energy in Wh and an intensity in g/kWh. */
export const co2eGFromWh = (energyWh: number, gPerKWh: number): number => whToKWh(energyWh) * gPerKWh;
