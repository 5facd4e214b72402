import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repriceCpuWh } from '../../../src/baseline/like-for-like';
import { estimate } from '../../../src/pipeline/estimate';
import { githubRunnerMachine } from '../../fixtures/machine';
import { FIXTURES } from './sysfs-tree';

const machine = githubRunnerMachine();

describe('estimate writes the work account into the report', () => {
  it('hand-worked from the samples fixture: u = 0.25 for 1 s, 0.75 for 2 s', async () => {
    const { report, curve } = await estimate({
      samplesFile: join(FIXTURES, 'samples/torn-last-line.jsonl'),
      machine,
      kind: 'cli',
      includeEmbodied: false,
      carbon: { region: 'azure:eastus', carbonIntensityGPerKWh: 400, env: { CARBON_ACTION_NO_METADATA: '1' } },
    });
    const w = report.work!;
    // Bands 2 and 7; CPU-seconds = 4 vCPUs × (0.25 × 1 + 0.75 × 2) = 7; memory 16 GB × 3 s = 48 GB·s.
    expect(w.utilisationHistogramS).toEqual([0, 0, 1, 0, 0, 0, 0, 2, 0, 0]);
    expect(w.utilisationHistogramBusyS).toEqual([0, 0, 0.25, 0, 0, 0, 0, 1.5, 0, 0]);
    expect(w.cpuSeconds).toBe(7);
    expect(w.memoryGbS).toBe(48);
    expect(w.machineClass).toEqual({ cpuModel: 'AMD EPYC 7763 64-Core Processor', vcpus: 4 });
    expect(w.pricing).toEqual({ cpuCurveW: curve.vmCurveW, memoryWPerGb: curve.memoryWPerGb });
    // Re-priced on its own curve, the work gives back the report's own CPU and memory energy.
    expect(repriceCpuWh(w, w.pricing.cpuCurveW, 4)).toBeCloseTo(report.energyWh.cpu, 12);
    expect((w.memoryGbS * w.pricing.memoryWPerGb) / 3600).toBeCloseTo(report.energyWh.memory, 12);
  });
});
