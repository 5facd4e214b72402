// estimate() end to end on a samples file: the scope in the header picks the counter and the
// curve, and the report's CPU method says which scope was used and why.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HeaderRecord, MeterRecord } from '../../../src/meter/sample-format';
import { cpuCurveForMachine } from '../../../src/pipeline/cpu-curve';
import { estimate, integrateSamplesFile } from '../../../src/pipeline/estimate';
import { renderSummary } from '../../../src/report/markdown';
import { unknownHostMachine } from '../../fixtures/machine';
import { renderText } from '../../../src/report/text';
import { headerRecord, T0 } from '../../fixtures/samples';

const machine = unknownHostMachine();
const header = (scope: HeaderRecord['scope'], extra: Partial<HeaderRecord> = {}): HeaderRecord =>
  headerRecord({
    memTotalB: 16e9,
    rapl: { status: 'absent', reason: 'no powercap', domains: [] },
    ...(scope ? { scope } : {}),
    ...extra,
  });
const write = (records: MeterRecord[]): string => {
  const f = join(mkdtempSync(join(tmpdir(), 'estimate-scope-')), 'samples.jsonl');
  writeFileSync(f, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return f;
};
// The host is fully busy by /proc/stat; the container used 1 CPU-s per second of its 2-CPU quota: 50 %.
const samples: MeterRecord[] = [0, 1, 2].map((k) => ({
  type: 'sample',
  t: T0 + k * 1000,
  cpu: { busy: k * 400, total: k * 400 },
  cg: k * 1_000_000,
}));
const container: HeaderRecord['scope'] = {
  requested: 'auto',
  used: 'container',
  reason: 'auto: in a container (/.dockerenv exists); cgroup v2 /, 2 CPUs allowed (CPU quota)',
  cgroup: {
    version: 2,
    path: '/',
    usageFile: '/sys/fs/cgroup/cpu.stat',
    quotaCpus: 2,
    cpusetCpus: null,
    allowanceCpus: 2,
    allowanceSource: 'quota',
  },
};
const carbon = { carbonIntensityGPerKWh: 400, pue: 1, env: { CARBON_ACTION_NO_METADATA: '1' } };

describe('estimate with a scope', () => {
  it('container: cgroup utilisation on half the VM curve (2 of 4 CPUs); the method line says why', async () => {
    const { report, curve } = await estimate({
      samplesFile: write([header(container), ...samples]),
      machine,
      carbon,
      includeEmbodied: false,
      kind: 'cli',
    });
    const vm = cpuCurveForMachine(machine).vmCurveW;
    expect(curve.vmCurveW[5]).toBeCloseTo(vm[5] / 2, 12);
    // 2 s at 50 % on the container's curve
    expect(report.energyWh.cpu * 3600).toBeCloseTo(2 * (vm[5] / 2), 9);
    expect(report.methods.cpu.scope).toEqual({ used: 'container', reason: container!.reason });
    expect(report.methods.cpu.detail).toMatch(/container share 2 of the machine's 4 CPUs$/);
    expect(report.methods.cpu.raplUnavailableReason).toBe('no powercap');
    // The scope has its own line in the printed report and in the job summary / comment.
    expect(renderText(report).replace(/\s+/g, ' ')).toContain(
      "Metered the container's cgroup: auto: in a container (/.dockerenv exists); cgroup v2 /, 2 CPUs allowed (CPU " +
        'quota)',
    );
    expect(renderSummary({ report })).toContain(
      '  - Metered: the container&#39;s cgroup\\: auto\\: in a container \\(/.dockerenv exists\\); cgroup v2 /, 2 ' +
        'CPUs allowed \\(CPU quota\\)',
    );
    // CPU-seconds count the container's CPUs: 2 s × 50 % × 2 CPUs; the machine class stays the VM's.
    expect(report.work!.cpuSeconds).toBeCloseTo(2, 12);
    expect(report.work!.machineClass).toEqual({ cpuModel: machine.cpuModel, vcpus: 4 });
    // Steps re-integrated by the post step use the same scope from the header.
    const again = await integrateSamplesFile(write([header(container), ...samples]), curve, machine);
    expect(again.energy.energyWh.cpu).toBeCloseTo(report.energyWh.cpu, 12);
  });

  it("container with a memory limit below the machine's: memory is charged on the limit", async () => {
    const limited = { ...container!, cgroup: { ...container!.cgroup!, memoryLimitB: 4e9 } };
    const { report } = await estimate({
      samplesFile: write([header(limited), ...samples]),
      machine,
      carbon,
      includeEmbodied: false,
      kind: 'cli',
    });
    // W/GB × 4 GB × 2 s
    expect(report.energyWh.memory * 3600).toBeCloseTo(report.methods.memory.wPerGb * 4 * 2, 9);
    expect(report.methods.memory.detail).toBe(
      "× 4.0 GB, the container's memory limit (the machine has 16.0 GB), fitted to SPECpower servers that differ " +
        'only in memory',
    );
    // No limit, or one above the machine's memory: the machine's 16 GB.
    const loose = { ...container!, cgroup: { ...container!.cgroup!, memoryLimitB: 64e9 } };
    const b = await estimate({
      samplesFile: write([header(loose), ...samples]),
      machine,
      carbon,
      includeEmbodied: false,
      kind: 'cli',
    });
    expect(b.report.energyWh.memory * 3600).toBeCloseTo(b.report.methods.memory.wPerGb * 16 * 2, 9);
  });

  it('machine: /proc/stat (100 %) on the VM curve; older files without a scope have no scope field', async () => {
    const machineScope = {
      requested: 'machine' as const,
      used: 'machine' as const,
      reason: 'meter-scope machine: /proc/stat, every process on the machine',
    };
    const vm = cpuCurveForMachine(machine).vmCurveW;
    const a = await estimate({
      samplesFile: write([header(machineScope), ...samples]),
      machine,
      carbon,
      includeEmbodied: false,
      kind: 'cli',
    });
    expect(a.report.energyWh.cpu * 3600).toBeCloseTo(2 * vm[10], 9);
    expect(a.report.methods.cpu.scope).toEqual({ used: 'machine', reason: machineScope.reason });
    const b = await estimate({
      samplesFile: write([header(undefined), ...samples]),
      machine,
      carbon,
      includeEmbodied: false,
      kind: 'cli',
    });
    expect(b.report.methods.cpu.scope).toBeUndefined();
    expect(b.report.energyWh.cpu).toBeCloseTo(a.report.energyWh.cpu, 12);
  });

  it('macOS without powermetrics readings: the model, and the reason names powermetrics', async () => {
    const mac = header(undefined, {
      platform: 'darwin',
      cpuSource: 'os-cpus',
      rapl: { status: 'absent', reason: 'RAPL powercap is Linux-only (platform darwin)', domains: [] },
      powermetrics: { status: 'absent', reason: 'sudo -n needs a password here, so powermetrics cannot run' },
    });
    const { report } = await estimate({
      samplesFile: write([mac, ...samples]),
      machine: { ...machine, os: 'darwin' },
      carbon,
      includeEmbodied: false,
      kind: 'cli',
    });
    expect(report.methods.cpu.method).toBe('model');
    expect(report.methods.cpu.raplUnavailableReason).toBe(
      'RAPL powercap is Linux-only (platform darwin); powermetrics not used: sudo -n needs a password here, so ' +
        'powermetrics cannot run',
    );
  });
});
