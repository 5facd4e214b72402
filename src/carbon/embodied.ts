// Embodied (manufacturing) carbon by the SCI rule: M = TE × (time reserved ÷ expected lifespan)
// × (resources reserved ÷ total resources). Reported beside operational emissions.
import type { EmbodiedInfo } from '../schema/report';
import { kgToG } from '../units/convert';
import { embodiedData } from './data';
import { CarbonInputError } from './errors';

const S_PER_HOUR = 3600;

export interface EmbodiedInput {
  durationS: number;
  /** Logical CPUs the VM has (resources reserved). */
  vmThreads: number;
  /** Logical CPUs of the physical host (total resources), e.g. 128 for one AMD EPYC 7763. */
  hostThreads: number;
}

export function computeEmbodied(input: EmbodiedInput): { embodiedG: number; info: EmbodiedInfo } {
  const { durationS, vmThreads, hostThreads } = input;
  if (!Number.isFinite(durationS) || durationS < 0)
    throw new CarbonInputError('durationS', durationS, 'a finite number of seconds ≥ 0');
  if (!Number.isFinite(vmThreads) || vmThreads <= 0)
    throw new CarbonInputError('vmThreads', vmThreads, 'a number of threads > 0');
  if (!Number.isFinite(hostThreads) || hostThreads <= 0)
    throw new CarbonInputError('hostThreads', hostThreads, 'a number of threads > 0');
  const data = embodiedData();
  const lifespanS = data.lifespanYears * data.hoursPerYear * S_PER_HOUR;
  const timeShare = durationS / lifespanS;
  // A VM cannot reserve more than the whole host; equal counts mean bare metal.
  const capped = vmThreads > hostThreads;
  const resourceShare = capped ? 1 : vmThreads / hostThreads;
  const embodiedG = kgToG(data.hostKgCo2e) * timeShare * resourceShare;
  return {
    embodiedG,
    info: {
      hostKgCo2e: data.hostKgCo2e,
      lifespanYears: data.lifespanYears,
      timeShare,
      resourceShare,
      source: `${data.source}; resource share ${Math.min(vmThreads, hostThreads)}/${hostThreads} threads${capped ? ` (the VM reports ${vmThreads} threads, more than the host's ${hostThreads}; share capped at 1)` : ''}`,
    },
  };
}
