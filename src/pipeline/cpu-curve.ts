// Chooses the CPU power curve for a machine: the SPECpower-fitted host curve, minus the
// host's memory power, scaled to the VM's share of the host's threads.
import { cpuFamilyFromName } from '../meter/cpu-name';
import { modelCpuCurveForMachine } from '../meter/host';
import {
  cpuBand,
  loadPowerModel,
  memoryWPerGb as memoryCoefficient,
  vmCpuCurve,
  type CpuBand,
  type MemoryModel,
} from '../meter/power-model';
import type { MachineInfo } from '../schema/report';

export interface CpuCurve {
  /** The VM's CPU power, W, at 0, 10 … 100 % of its own utilisation. */
  vmCurveW: number[];
  /** The whole host server's wall power, W, at 0, 10 … 100 %. */
  hostCurveW: number[];
  vmThreads: number;
  hostThreads: number;
  /** The one memory coefficient: splits the host curve and charges the VM's memory. */
  memoryWPerGb: number;
  /** Grouped-CV band on the modelled CPU power, as factors (low, high) on it. */
  band: CpuBand;
  /** For the report's method line: profile, TDP source, VM share and the assumptions. */
  detail: string;
  /** The host assumed (the machine itself on bare metal). */
  host: { cpu: string; sockets: number; cores: number; threads: number };
  /** The assumptions behind the host, one sentence each (also in detail). */
  assumptions: string[];
  warnings: string[];
}

export function cpuCurveForMachine(machine: MachineInfo, memoryModel: MemoryModel = 'measured'): CpuCurve {
  const { host, inference } = modelCpuCurveForMachine(machine);
  const model = loadPowerModel();
  // The one memory coefficient is in the host curve, splits it, and charges the VM's own
  // memory. With ccf the host's memory is re-priced at 0.392 W/GB in the curve and in the
  // split alike, so the VM's CPU share is the model's either way; only the memory charge moves.
  const memoryWPerGb = memoryCoefficient(memoryModel, model);
  const hostMemoryGb = inference.host.memoryGb;
  const hostCurve = {
    ...host,
    wattsAtLoad: host.wattsAtLoad.map((w) => w + (memoryWPerGb - model.memoryWPerGb) * hostMemoryGb),
  };
  const vm = vmCpuCurve(hostCurve, hostMemoryGb, inference.vmThreads, inference.hostThreads, memoryWPerGb);
  const band = cpuBand(model, host.family, inference.host.vendor ?? cpuFamilyFromName(inference.host.cpu).vendor);
  const warnings: string[] = [];
  if (host.tdpSource === 'default') {
    warnings.push(
      `The CPU "${machine.cpuModel}" is not in the TDP table, so the power model used its default TDP per thread; ` +
        `CPU energy is less certain than usual.`,
    );
  }
  return {
    vmCurveW: vm.cpuWattsAtLoad,
    hostCurveW: hostCurve.wattsAtLoad,
    vmThreads: inference.vmThreads,
    hostThreads: inference.hostThreads,
    memoryWPerGb,
    band,
    detail: `${vm.profile} (${inference.assumptions.join('; ')})`,
    host: {
      cpu: inference.host.cpu,
      sockets: inference.host.sockets,
      cores: inference.host.cores,
      threads: inference.host.threads,
    },
    assumptions: inference.assumptions,
    warnings,
  };
}
