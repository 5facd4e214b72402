import { describe, expect, it } from 'vitest';
import { ccfW, codeCarbonW, teadsW, type BaselineServer } from '../../../scripts/derive-power-model';

// One hand-made server: 2 × 100 W TDP, 32 threads, 64 GB, Skylake.
const S: BaselineServer = { chips: 2, tdpW: 100, threads: 32, memoryGb: 64, family: 'skylake' };

describe('published formulas, whole-server wall power', () => {
  it('CodeCarbon at u = 0.5', () => {
    // 2·100·(0.1 + 0.9·0.125) = 42.5 W; RAM 64 GB × 3/8 W = 24 W → 66.5 W
    expect(codeCarbonW(S, 0.5)).toBeCloseTo(66.5, 10);
  });
  it('Cloud Carbon Footprint at u = 0.5', () => {
    // 32 × (0.65 + 0.5·(4.26 − 0.65)) = 32 × 2.455 = 78.56 W; memory 64 × 0.392 = 25.088 W → 103.648 W
    expect(ccfW(S, 0.5)).toBeCloseTo(103.648, 10);
    // unknown family → CCF averages 0.74/3.5: 32 × 0.74 + 25.088 = 48.768 W at idle
    expect(ccfW({ ...S, family: 'unknown' }, 0)).toBeCloseTo(48.768, 10);
  });
  it('Teads at u = 0.5 and 0.3', () => {
    // 0.75 × 200 = 150 W + 25.088 = 175.088 W
    expect(teadsW(S, 0.5)).toBeCloseTo(175.088, 10);
    // 30 %: 0.32 + (0.75 − 0.32)·(20/40) = 0.535 → 107 W + 25.088 = 132.088 W
    expect(teadsW(S, 0.3)).toBeCloseTo(132.088, 10);
    // 100 %: 1.02 × 200 + 25.088 = 229.088 W
    expect(teadsW(S, 1)).toBeCloseTo(229.088, 10);
  });
});
