import { describe, expect, it } from 'vitest';
import { containerCpuCurve } from '../../../src/pipeline/container-curve';
import type { CpuCurve } from '../../../src/pipeline/cpu-curve';

const vm: CpuCurve = {
  // A 4-vCPU VM on a 64-thread host whose non-memory power runs 160 → 640 W: 10 → 40 W.
  vmCurveW: [10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40],
  hostCurveW: [],
  vmThreads: 4,
  hostThreads: 64,
  memoryWPerGb: 0.392,
  band: { low: 1, high: 1, servers: 0, basis: 'none', coverage: 0 },
  detail: 'fit; VM share 4/64 threads',
  warnings: [],
  host: { cpu: 'AMD EPYC 7B13', sockets: 1, cores: 32, threads: 64 },
  assumptions: [],
};

describe('containerCpuCurve: the allowance replaces the VM vCPU count in the share', () => {
  it('a 1.5-CPU quota on the 4-vCPU VM: 1.5/64 of the host, i.e. 1.5/4 of the VM curve', () => {
    const c = containerCpuCurve(vm, 1.5);
    expect(c.vmCurveW[0]).toBeCloseTo(3.75, 12); // 160 W × 1.5 / 64
    expect(c.vmCurveW[10]).toBeCloseTo(15, 12); // 640 W × 1.5 / 64
    expect(c.vmThreads).toBe(1.5);
    expect(c.hostThreads).toBe(64);
    expect(c.detail).toBe("fit; VM share 4/64 threads; container share 1.5 of the machine's 4 CPUs");
  });
  it('an allowance of every CPU (or more) is the VM itself', () => {
    expect(containerCpuCurve(vm, 4)).toBe(vm);
    expect(containerCpuCurve(vm, 8)).toBe(vm);
  });
  it('refuses a non-positive allowance', () => {
    expect(() => containerCpuCurve(vm, 0)).toThrow(/allowanceCpus is 0/);
  });
});
