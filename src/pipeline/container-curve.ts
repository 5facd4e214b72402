// In container scope the container's share of the host is its CPU allowance, not the VM's
// vCPU count: (host curve − host memory) × allowance / hostThreads. The VM curve already is
// (host curve − host memory) × vmThreads / hostThreads, so it is scaled by allowance / vmThreads.
import type { CpuCurve } from './cpu-curve';

export function containerCpuCurve(curve: CpuCurve, allowanceCpus: number): CpuCurve {
  if (!(Number.isFinite(allowanceCpus) && allowanceCpus > 0)) {
    throw new Error(`container curve: allowanceCpus is ${allowanceCpus}; expected a number of CPUs > 0`);
  }
  // A quota above the VM's own CPUs cannot be used: the VM is the most a container can have.
  const cpus = Math.min(allowanceCpus, curve.vmThreads);
  const factor = cpus / curve.vmThreads;
  const shown = +cpus.toFixed(2);
  if (factor === 1) return curve; // a container allowed every CPU has the machine's share
  return {
    ...curve,
    vmCurveW: curve.vmCurveW.map((w) => w * factor),
    vmThreads: cpus,
    detail: `${curve.detail}; container share ${shown} of the machine's ${curve.vmThreads} CPUs`,
  };
}
