import { pickEquivalents } from '../carbon/equivalents';
import type { Equivalent } from '../schema/report';

// The dashboard's totals get the same equivalents, from the same constants
// (data/equivalents.json), as each run's report: carbon/equivalents.ts is the one rule.
// Equivalents are decoration: if the data file cannot be read, the page shows none.

/** The equivalents function for the dashboard, or undefined when the data file is unusable. */
export function equivalentsFromDataFile(): ((co2eG: number, facilityEnergyWh: number) => Equivalent[]) | undefined {
  try {
    pickEquivalents(1, 1);
    return (co2eG, facilityEnergyWh) => pickEquivalents(co2eG, facilityEnergyWh);
  } catch {
    return undefined;
  }
}
