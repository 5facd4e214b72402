import { describe, expect, it } from 'vitest';
import { downsampleLttb } from '../../../src/dashboard/downsample';

describe('downsampleLttb', () => {
  it('returns short series unchanged', () => {
    const pts = [
      { x: 1, y: 1 },
      { x: 2, y: 5 },
      { x: 3, y: 2 },
    ];
    expect(downsampleLttb(pts, 200)).toEqual(pts);
  });

  it('keeps 200 real points in order, with the ends and a lone spike', () => {
    const pts = Array.from({ length: 1000 }, (_, i) => ({ x: i, y: i === 537 ? 100 : 1 + (i % 7) * 0.01 }));
    const out = downsampleLttb(pts, 200);
    expect(out).toHaveLength(200);
    expect(out[0]).toBe(pts[0]);
    expect(out[199]).toBe(pts[999]);
    expect(out.every((p) => pts.includes(p))).toBe(true);
    expect(out.every((p, i) => i === 0 || p.x > out[i - 1].x)).toBe(true);
    expect(out).toContain(pts[537]);
  });

  it('refuses a threshold below 3', () => {
    expect(() => downsampleLttb([], 2)).toThrow('downsample threshold 2 is not an integer ≥ 3');
  });
});
