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

function carDistance(co2eG: number): Equivalent | null {
  const km = co2eG / equivalentsData().carDriving.gCo2PerKm;
  const units: [string, number][] = [
    ['km', 1],
    ['m', 1e-3],
    ['cm', 1e-5],
    ['mm', 1e-6],
  ];
  for (const [unit, kmPerUnit] of units) {
    const value = km / kmPerUnit;
    if (value >= 1 || (unit === 'mm' && value >= 0.1)) {
      const v = sig2(value);
      return {
        kind: 'car-distance',
        value: v,
        unit,
        text: `driving ${formatCount(v, 2)} ${unit} in an average petrol car`,
      };
    }
  }
  return null;
}

function smartphoneCharges(co2eG: number): Equivalent | null {
  const charges = co2eG / equivalentsData().smartphoneCharge.gCo2PerCharge;
  if (charges >= 0.95) {
    const v = sig2(charges);
    return {
      kind: 'smartphone-charges',
      value: v,
      unit: 'charges',
      text: `charging a smartphone ${formatCount(v, 2)} time${v === 1 ? '' : 's'}`,
    };
  }
  if (charges >= 0.1) {
    const v = sig2(charges);
    return {
      kind: 'smartphone-charges',
      value: v,
      unit: 'charges',
      text: `${Math.round(v * 100)} % of one smartphone charge`,
    };
  }
  const denominator = 1 / charges;
  if (!Number.isFinite(denominator) || denominator > MAX_FRACTION_DENOMINATOR) return null;
  const n = sig2(denominator);
  return {
    kind: 'smartphone-charges',
    value: sig2(charges),
    unit: 'charges',
    text: `1/${formatCount(n, 2)} of one smartphone charge`,
  };
}

function tvTime(co2eG: number): Equivalent | null {
  const hours = co2eG / equivalentsData().tvHour.gCo2PerHour;
  const units: [string, string, number][] = [
    ['hours', 'hour', 1],
    ['minutes', 'minute', 1 / 60],
    ['seconds', 'second', 1 / 3600],
  ];
  for (const [plural, singular, hoursPerUnit] of units) {
    const value = hours / hoursPerUnit;
    if (value >= 1 || (plural === 'seconds' && value >= 0.1)) {
      const v = sig2(value);
      return {
        kind: 'tv-time',
        value: v,
        unit: plural,
        text: `watching a 32-inch LCD TV for ${formatCount(v, 2)} ${v === 1 ? singular : plural}`,
      };
    }
  }
  return null;
}

function householdElectricity(facilityEnergyWh: number): Equivalent | null {
  const days = facilityEnergyWh / equivalentsData().householdDay.whPerDay;
  const text = (v: number, unit: string) =>
    `the electricity an average US household uses in ${formatCount(v, 2)} ${unit}`;
  if (days >= 1) {
    const v = sig2(days);
    return { kind: 'household-electricity', value: v, unit: 'days', text: text(v, v === 1 ? 'day' : 'days') };
  }
  const seconds = days * S_PER_DAY;
  const units: [string, string, number][] = [
    ['hours', 'hour', 3600],
    ['minutes', 'minute', 60],
    ['seconds', 'second', 1],
  ];
  for (const [plural, singular, sPerUnit] of units) {
    const value = seconds / sPerUnit;
    if (value >= 1 || (plural === 'seconds' && value >= 0.1)) {
      const v = sig2(value);
      return { kind: 'household-electricity', value: v, unit: plural, text: text(v, v === 1 ? singular : plural) };
    }
  }
  return null;
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
