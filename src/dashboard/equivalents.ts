import { existsSync } from 'node:fs';
import { dataFilePath, loadDataJson } from '../data-files';
import type { Equivalent } from '../report/schema';

// Everyday equivalents of the dashboard's totals, from the constants in
// data/equivalents.json (sources recorded there and in data/SOURCES.md). Without that
// file none are shown. Units are picked so the figure reads ≥ 1 (m before km, hours
// before days); an equivalent that would read below 1 is left out.

export interface EquivalentConstants {
  carDriving: { gCo2PerKm: number; source: string };
  smartphoneCharge: { gCo2PerCharge: number; source: string };
  householdDay: { whPerDay: number; source: string };
}

const sig3 = (n: number): string => new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 }).format(n);
/** "1 day", "2.5 days": the figure as shown decides the plural. */
const count = (n: number, one: string, many: string): string => `${sig3(n)} ${sig3(n) === '1' ? one : many}`;

export function dashboardEquivalents(co2eG: number, energyWh: number, k: EquivalentConstants): Equivalent[] {
  const out: Equivalent[] = [];
  const km = co2eG / k.carDriving.gCo2PerKm;
  if (km >= 1) out.push({ kind: 'car', value: km, unit: 'km', text: `driving ${sig3(km)} km in an average petrol car` });
  else if (km * 1000 >= 1) out.push({ kind: 'car', value: km * 1000, unit: 'm', text: `driving ${sig3(km * 1000)} m in an average petrol car` });

  const charges = co2eG / k.smartphoneCharge.gCo2PerCharge;
  if (charges >= 1) out.push({ kind: 'smartphone', value: charges, unit: 'charges', text: `charging a smartphone ${count(charges, 'time', 'times')}` });

  // Energy-based: IT energy against a household's electricity use.
  const days = energyWh / k.householdDay.whPerDay;
  if (days >= 1) out.push({ kind: 'household', value: days, unit: 'days', text: `${count(days, 'day', 'days')} of an average US household's electricity (IT energy)` });
  else if (days * 24 >= 1) out.push({ kind: 'household', value: days * 24, unit: 'hours', text: `${count(days * 24, 'hour', 'hours')} of an average US household's electricity (IT energy)` });
  return out;
}

/** The equivalents function backed by data/equivalents.json, or undefined when it is absent or malformed. */
export function equivalentsFromDataFile(): ((co2eG: number, energyWh: number) => Equivalent[]) | undefined {
  try {
    if (!existsSync(dataFilePath('equivalents.json'))) return undefined;
    const k = loadDataJson<EquivalentConstants>('equivalents.json');
    if (!(k.carDriving?.gCo2PerKm > 0 && k.smartphoneCharge?.gCo2PerCharge > 0 && k.householdDay?.whPerDay > 0)) return undefined;
    return (co2eG, energyWh) => dashboardEquivalents(co2eG, energyWh, k);
  } catch {
    return undefined;
  }
}
