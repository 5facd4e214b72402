// Chooses the CPU power curve for a machine: the SPECpower-fitted host curve, minus the
// host's memory power, scaled to the VM's share of the host's threads.
import { modelCpuCurveForMachine } from '../meter/host';
import { MEMORY_W_PER_GB } from '../meter/power-model';
import type { MachineInfo } from '../report/schema';

export interface CpuCurve {
  /** The VM's CPU power, W, at 0, 10 … 100 % of its own utilisation. */
  vmCurveW: number[];
  /** The whole host server's wall power, W, at 0, 10 … 100 %. */
  hostCurveW: number[];
  vmThreads: number;
  hostThreads: number;
  memoryWPerGb: number;
  /** For the report's method line: profile, TDP source, VM share and the assumptions. */
  detail: string;
  /** The host assumed (the machine itself on bare metal). */
  host: { cpu: string; sockets: number; cores: number; threads: number };
  /** The assumptions behind the host, one sentence each (also in detail). */
  assumptions: string[];
  warnings: string[];
}

export function cpuCurveForMachine(machine: MachineInfo): CpuCurve {
  const { host, inference, vm } = modelCpuCurveForMachine(machine);
  const warnings: string[] = [];
  if (host.tdpSource === 'default') {
    warnings.push(
      `The CPU "${machine.cpuModel}" is not in the TDP table, so the power model used its default TDP per thread; CPU energy is less certain than usual.`,
    );
  }
  return {
    vmCurveW: vm.cpuWattsAtLoad,
    hostCurveW: host.wattsAtLoad,
    vmThreads: inference.vmThreads,
    hostThreads: inference.hostThreads,
    memoryWPerGb: MEMORY_W_PER_GB,
    detail: `${vm.profile} (${inference.assumptions.join('; ')})`,
    host: { cpu: inference.host.cpu, sockets: inference.host.sockets, cores: inference.host.cores, threads: inference.host.threads },
    assumptions: inference.assumptions,
    warnings,
  };
}
