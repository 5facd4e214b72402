// The work a run did, in terms that do not depend on the machine's power: how long the CPUs
// were kept busy and at what utilisation, and how much memory was held for how long. Another
// machine's power curve can then price the same work (src/baseline/like-for-like.ts).
import type { WorkAccount } from '../schema/report';

export const UTILISATION_BANDS = 10;

/**
 * Band of a utilisation 0..1: [0, 0.1) → 0 … [0.9, 1] → 9, the same segment powerAtUtilisationW interpolates on.
 */
export function utilisationBand(utilisation: number): number {
  const u = Math.min(1, Math.max(0, Number.isFinite(utilisation) ? utilisation : 0));
  return Math.min(UTILISATION_BANDS - 1, Math.floor(u * 10));
}

export interface UtilisationHistogram {
  add(utilisation: number, durationS: number): void;
  /** Seconds per band, and Σ utilisation × s per band. */
  result(): { seconds: number[]; busyS: number[] };
}

export function createUtilisationHistogram(): UtilisationHistogram {
  const seconds = new Array<number>(UTILISATION_BANDS).fill(0);
  const busyS = new Array<number>(UTILISATION_BANDS).fill(0);
  return {
    add(utilisation, durationS) {
      if (!(durationS > 0)) return;
      const u = Math.min(1, Math.max(0, Number.isFinite(utilisation) ? utilisation : 0));
      const k = utilisationBand(u);
      seconds[k] += durationS;
      busyS[k] += u * durationS;
    },
    result: () => ({ seconds: [...seconds], busyS: [...busyS] }),
  };
}

export interface WorkAccountInput {
  histogram: { seconds: number[]; busyS: number[] };
  vcpus: number;
  /** CPUs the utilisation is a fraction of, when not vcpus: a container's CPU allowance (container scope). */
  utilisationOfCpus?: number;
  cpuModel: string;
  memoryGb: number;
  durationS: number;
  cpuCurveW: number[];
  memoryWPerGb: number;
}

/**
 * cpuSeconds = vCPUs × Σ busyS (= Σ u × vCPUs × Δt; in container scope the allowance replaces vCPUs); memoryGbS =
 * memory GB × durationS.
 */
export function workAccount(input: WorkAccountInput): WorkAccount {
  const busyTotalS = input.histogram.busyS.reduce((a, b) => a + b, 0);
  return {
    cpuSeconds: busyTotalS * (input.utilisationOfCpus ?? input.vcpus),
    utilisationHistogramS: [...input.histogram.seconds],
    utilisationHistogramBusyS: [...input.histogram.busyS],
    memoryGbS: input.memoryGb * input.durationS,
    machineClass: { cpuModel: input.cpuModel, vcpus: input.vcpus },
    pricing: { cpuCurveW: [...input.cpuCurveW], memoryWPerGb: input.memoryWPerGb },
  };
}

const finiteNonNeg = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const bands = (x: unknown, n: number): x is number[] => Array.isArray(x) && x.length === n && x.every(finiteNonNeg);

/**
 * A history entry's work account, checked field by field (history files are repository
 * content anyone with write access could edit); null when absent or not one this version reads.
 */
export function readWorkAccount(x: unknown): WorkAccount | null {
  const w = x as Partial<WorkAccount> | null | undefined;
  if (!w || typeof w !== 'object') return null;
  if (!finiteNonNeg(w.cpuSeconds) || !finiteNonNeg(w.memoryGbS)) return null;
  if (!bands(w.utilisationHistogramS, UTILISATION_BANDS) || !bands(w.utilisationHistogramBusyS, UTILISATION_BANDS))
    return null;
  const c = w.machineClass;
  // A container's CPU allowance (cpu.max quota ÷ period) can be fractional: 1.5 CPUs is a class too.
  if (!c || typeof c.cpuModel !== 'string' || !finiteNonNeg(c.vcpus) || c.vcpus === 0) return null;
  const p = w.pricing;
  if (!p || !bands(p.cpuCurveW, 11) || !finiteNonNeg(p.memoryWPerGb)) return null;
  return w as WorkAccount;
}
