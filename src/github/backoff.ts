/** Jittered exponential wait for the n-th retry (n ≥ 1): base × min(2^(n−1), 8) × [0.5, 1.5). */
export function jitteredBackoffMs(baseDelayMs: number, n: number, random: () => number): number {
  return baseDelayMs * Math.min(2 ** (n - 1), 8) * (0.5 + random());
}
