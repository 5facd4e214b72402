import { describe, expect, it } from 'vitest';
import { pickEquivalents } from '../../../src/carbon';

// Energy for each mass at 400 g/kWh: Wh = g ÷ 400 × 1000.
const at400 = (g: number) => pickEquivalents(g, (g / 400) * 1000);
const byKind = (list: ReturnType<typeof pickEquivalents>) => Object.fromEntries(list.map((e) => [e.kind, e]));

describe('pickEquivalents', () => {
  it('0.001 g: millimetres of driving and a fraction of a phone charge; no household figure', () => {
    // 0.001 g ÷ 244.2 g/km = 4.095e-6 km = 4.1 mm; 0.001 ÷ 12.4 = 1/12,400 of a charge → "1/12,000";
    // household: 0.0025 Wh ÷ 29,564 Wh/day × 86,400 s = 0.0073 s, below 0.1 s → dropped.
    const e = byKind(at400(0.001));
    expect(Object.keys(e)).toEqual(['car-distance', 'smartphone-charges']);
    expect(e['car-distance']).toEqual({
      kind: 'car-distance',
      value: 4.1,
      unit: 'mm',
      text: 'driving 4.1 mm in an average petrol car',
    });
    expect(e['smartphone-charges'].text).toBe('1/12,000 of one smartphone charge');
  });

  it('1 g: metres, seconds of TV, seconds of household use (whole quantities before "1/12 of a charge")', () => {
    // 1 ÷ 244.2 = 0.004095 km = 4.1 m; 1 ÷ 97 g/h = 0.01031 h = 37.1 s → 37 s; 2.5 Wh → 7.3 s;
    // 1 ÷ 12.4 = 0.0806 of a charge: a fraction, so it gives way to the three whole ones.
    expect(at400(1).map((e) => e.text)).toEqual([
      'driving 4.1 m in an average petrol car',
      'watching a 32-inch LCD TV for 37 seconds',
      'the electricity an average US household uses in 7.3 seconds',
    ]);
  });

  it('1 kg: kilometres, dozens of charges, hours of TV (three at most)', () => {
    // 1000 ÷ 244.2 = 4.095 km; 1000 ÷ 12.4 = 80.6 → 81; 1000 ÷ 97 = 10.3 h → 10 h;
    // household 2,500 Wh ÷ 29,564 × 24 h = 2.03 h is the fourth, left out.
    expect(at400(1000).map((e) => e.text)).toEqual([
      'driving 4.1 km in an average petrol car',
      'charging a smartphone 81 times',
      'watching a 32-inch LCD TV for 10 hours',
    ]);
  });

  it('100 kg: hundreds of km, thousands of charges, a thousand hours of TV', () => {
    // 100,000 ÷ 244.2 = 409.5 km → 410; 100,000 ÷ 12.4 = 8,065 → 8,100; 100,000 ÷ 97 = 1,031 h → 1,000
    const e = at400(100_000);
    expect(e.map((x) => [x.value, x.unit])).toEqual([
      [410, 'km'],
      [8100, 'charges'],
      [1000, 'hours'],
    ]);
    expect(e[1].text).toBe('charging a smartphone 8,100 times');
  });

  it('every shown number is at least 0.1 in its unit (fractions are phrased "1/N")', () => {
    for (const g of [1e-4, 1e-3, 0.05, 1, 37, 1e3, 1e5, 1e7]) {
      for (const e of at400(g)) {
        if (e.text.includes('1/')) expect(e.text, `${g} g`).toMatch(/^1\/[\d,]+ of one smartphone charge$/);
        else expect(e.value, `${g} g ${e.kind}`).toBeGreaterThanOrEqual(0.1);
      }
    }
  });

  it('nothing for zero', () => {
    expect(pickEquivalents(0, 0)).toEqual([]);
  });
});
