// Everyday equivalents for a mass of CO2e, phrased so every shown number is ≥ ~0.1 and readable.
// Car and smartphone are CO2-based (EPA figures); the household one is energy-based, so it
// does not depend on the grid figure at all.
import type { Equivalent } from '../schema/report';
import { equivalentsData } from './data';
import { formatCount } from './format';

const S_PER_DAY = 86_400;
/** Beyond "1/100,000 of a smartphone charge" a comparison stops meaning anything. */
const MAX_FRACTION_DENOMINATOR = 100_000;

const sig2 = (v: number): number => Number(v.toPrecision(2));

interface ReadableUnit {
  plural: string;
  singular: string;
  /** How many of the amount's own unit one of this unit is. */
  size: number;
}

/**
 * The amount in the largest unit (largest first) where it reads ≥ 1, else in the smallest unit when it reads ≥ 0.1
 * there; null below that, as smaller would not be honest to show.
 */
function inReadableUnit(
  amount: number,
  units: readonly ReadableUnit[],
): { value: number; name: string; unit: string } | null {
  for (const [i, unit] of units.entries()) {
    const value = amount / unit.size;
    if (value >= 1 || (i === units.length - 1 && value >= 0.1)) {
      const v = sig2(value);
      return { value: v, name: v === 1 ? unit.singular : unit.plural, unit: unit.plural };
    }
  }
  return null;
}

const CAR_UNITS: ReadableUnit[] = [
  { plural: 'km', singular: 'km', size: 1 },
  { plural: 'm', singular: 'm', size: 1e-3 },
  { plural: 'cm', singular: 'cm', size: 1e-5 },
  { plural: 'mm', singular: 'mm', size: 1e-6 },
];

function carDistance(co2eG: number): Equivalent | null {
  const km = co2eG / equivalentsData().carDriving.gCo2PerKm;
  const r = inReadableUnit(km, CAR_UNITS);
  if (!r) return null;
  const text = `driving ${formatCount(r.value, 2)} ${r.name} in an average petrol car`;
  return { kind: 'car-distance', value: r.value, unit: r.unit, text };
}

function smartphoneCharges(co2eG: number): Equivalent | null {
  const charges = co2eG / equivalentsData().smartphoneCharge.gCo2PerCharge;
  const equivalent = (value: number, text: string): Equivalent => ({
    kind: 'smartphone-charges',
    value,
    unit: 'charges',
    text,
  });
  const v = sig2(charges);
  if (charges >= 0.95) return equivalent(v, `charging a smartphone ${formatCount(v, 2)} time${v === 1 ? '' : 's'}`);
  if (charges >= 0.1) return equivalent(v, `${Math.round(v * 100)} % of one smartphone charge`);
  const denominator = 1 / charges;
  if (!Number.isFinite(denominator) || denominator > MAX_FRACTION_DENOMINATOR) return null;
  return equivalent(v, `1/${formatCount(sig2(denominator), 2)} of one smartphone charge`);
}

const TV_UNITS: ReadableUnit[] = [
  { plural: 'hours', singular: 'hour', size: 1 },
  { plural: 'minutes', singular: 'minute', size: 1 / 60 },
  { plural: 'seconds', singular: 'second', size: 1 / 3600 },
];

function tvTime(co2eG: number): Equivalent | null {
  const hours = co2eG / equivalentsData().tvHour.gCo2PerHour;
  const r = inReadableUnit(hours, TV_UNITS);
  if (!r) return null;
  const text = `watching a 32-inch LCD TV for ${formatCount(r.value, 2)} ${r.name}`;
  return { kind: 'tv-time', value: r.value, unit: r.unit, text };
}

const HOUSEHOLD_UNITS: ReadableUnit[] = [
  { plural: 'days', singular: 'day', size: S_PER_DAY },
  { plural: 'hours', singular: 'hour', size: 3600 },
  { plural: 'minutes', singular: 'minute', size: 60 },
  { plural: 'seconds', singular: 'second', size: 1 },
];

function householdElectricity(facilityEnergyWh: number): Equivalent | null {
  const days = facilityEnergyWh / equivalentsData().householdDay.whPerDay;
  const r = inReadableUnit(days * S_PER_DAY, HOUSEHOLD_UNITS);
  if (!r) return null;
  const text = `the electricity an average US household uses in ${formatCount(r.value, 2)} ${r.name}`;
  return { kind: 'household-electricity', value: r.value, unit: r.unit, text };
}

const MAX_EQUIVALENTS = 3;

/**
 * Up to three equivalents. Each is dropped when its honest phrasing would need a number below
 * ~0.1 of its smallest sensible unit, so tiny runs get fewer, never silly, comparisons; whole
 * quantities ("driving 2.3 km") are preferred over fractions ("1/2,200 of a charge").
 */
export function pickEquivalents(co2eG: number, facilityEnergyWh: number): Equivalent[] {
  if (!(co2eG > 0)) return [];
  const candidates = [
    carDistance(co2eG),
    smartphoneCharges(co2eG),
    tvTime(co2eG),
    householdElectricity(facilityEnergyWh),
  ].filter((e): e is Equivalent => e !== null);
  const whole = candidates.filter((e) => e.value >= 1);
  const fractional = candidates.filter((e) => e.value < 1);
  return [...whole, ...fractional].slice(0, MAX_EQUIVALENTS);
}
