import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCpuTable } from '../../../src/meter/cpu-table';
import { inferHost, isVirtualMachine, modelCpuCurveForMachine, type HostMachine } from '../../../src/meter/host';
import { cpuIdFromSummary, parseCpuInfo } from '../../../src/meter/machine';
import { memoryWPerGb } from '../../../src/meter/power-model';

const table = loadCpuTable();
const vm = (m: Partial<HostMachine>): HostMachine => ({
  cpuModel: 'unknown CPU',
  sockets: 1,
  physicalCores: 2,
  threads: 2,
  memoryGb: 8,
  virtualized: true,
  ...m,
});
const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/meter/cpuinfo', name), 'utf8');

describe('inferHost: bare metal', () => {
  it('is its own host, with the table’s TDP, year and microarchitecture when the name is known', () => {
    const h = inferHost(
      {
        cpuModel: 'Intel(R) Xeon(R) Gold 5220 CPU @ 2.20GHz',
        sockets: 2,
        physicalCores: 36,
        threads: 72,
        memoryGb: 192,
        virtualized: false,
      },
      table,
    );
    expect(h.share).toBe(1);
    expect(h.identifiedBy).toBe('bare-metal');
    expect(h.host).toEqual({
      cpu: 'Intel(R) Xeon(R) Gold 5220 CPU @ 2.20GHz',
      sockets: 2,
      cores: 36,
      threads: 72,
      memoryGb: 192,
      tdpW: 125,
      releaseYear: 2019,
      vendor: 'intel',
      microarchitecture: 'cascadelake',
    });
  });
  it('keeps an unknown desktop CPU as it is, with no table fields', () => {
    const h = inferHost(
      {
        cpuModel: 'AMD Ryzen 9 5950X 16-Core Processor',
        sockets: 1,
        physicalCores: 16,
        threads: 32,
        memoryGb: 64,
        virtualized: false,
      },
      table,
    );
    expect(h.host).toEqual({
      cpu: 'AMD Ryzen 9 5950X 16-Core Processor',
      sockets: 1,
      cores: 16,
      threads: 32,
      memoryGb: 64,
    });
  });
});

describe('inferHost: a cloud VM is never the whole server', () => {
  it('GitHub ubuntu-latest on AMD: 4 of the 128 threads of a 1-socket EPYC 7763 host (ccf: Azure Milan hosts are 1-socket)', () => {
    const h = inferHost(
      vm({
        cpuModel: 'AMD EPYC 7763 64-Core Processor',
        physicalCores: 2,
        threads: 4,
        memoryGb: 16,
        githubHosted: true,
      }),
      table,
    );
    expect(h.identifiedBy).toBe('name');
    expect(h.host).toEqual({
      cpu: 'AMD EPYC 7763',
      sockets: 1,
      cores: 64,
      threads: 128,
      memoryGb: 512,
      tdpW: 280,
      releaseYear: 2021,
      vendor: 'amd',
      microarchitecture: 'epyc-gen3',
    });
    expect(h.share).toBe(4 / 128);
  });
  it('GitHub ubuntu-latest on Intel: the 8370C is a 2 × 32-core host, not a 4-thread server', () => {
    const h = inferHost(
      vm({ cpuModel: 'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz', threads: 4, memoryGb: 16, githubHosted: true }),
      table,
    );
    expect(h.host).toMatchObject({ cpu: 'Intel Xeon Platinum 8370C', sockets: 2, cores: 64, threads: 128, tdpW: 205 });
    expect(h.share).toBe(4 / 128);
  });
  it('takes the host size from the instance type’s metal size (AWS m7a: SMT off, 192 threads)', () => {
    const h = inferHost(
      vm({
        cpuModel: 'AMD EPYC 9R14',
        physicalCores: 4,
        threads: 4,
        memoryGb: 16,
        cloudProvider: 'aws',
        instanceType: 'm7a.xlarge',
      }),
      table,
    );
    expect(h.identifiedBy).toBe('instance-type');
    expect(h.host).toMatchObject({ cpu: 'AMD EPYC 9R14', sockets: 2, cores: 192, threads: 192, tdpW: 360 });
    expect(h.assumptions[0]).toMatch(/from the aws instance type m7a\.xlarge/);
  });
  it('finds the host from the instance type when the name is anonymised (GCP n2)', () => {
    const h = inferHost(
      vm({
        cpuModel: 'Intel(R) Xeon(R) CPU @ 2.80GHz',
        threads: 4,
        cloudProvider: 'gcp',
        instanceType: 'projects/1/machineTypes/n2-standard-4',
      }),
      table,
    );
    expect(h.host.cpu).toBe('Intel Xeon Platinum 8373C');
    expect(h.hostThreads).toBe(144);
  });
  it('prefers the CPU the VM reports over the instance list when they disagree, and says so', () => {
    const h = inferHost(
      vm({
        cpuModel: 'Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz',
        threads: 4,
        cloudProvider: 'aws',
        instanceType: 'm5.xlarge',
      }),
      table,
    );
    expect(h.host.cpu).toBe('Intel Xeon Platinum 8259CL');
    expect(h.assumptions.join(' ')).toMatch(
      /m5\.xlarge is listed on Intel Xeon Platinum 8175M, but the VM reports Intel Xeon Platinum 8259CL/,
    );
  });
  it('reads the generation from x86 family/model when the name is anonymised (GCP "Intel Xeon CPU @ 2.80GHz", family 6 model 85 stepping 7)', () => {
    const h = inferHost(
      vm({
        cpuModel: 'Intel(R) Xeon(R) CPU @ 2.80GHz',
        threads: 4,
        cloudProvider: 'gcp',
        cpuId: { vendorId: 'GenuineIntel', family: 6, model: 85, stepping: 7 },
      }),
      table,
    );
    expect(h.identifiedBy).toBe('cpu-id');
    expect(h.host.cpu).toBe('Intel Xeon Platinum 8273CL');
    expect(h.assumptions[0]).toMatch(
      /cpu family 6 model 85 is cascadelake: assumed a typical cloud host of that generation/,
    );
  });
  it('reads the core from the ARM implementer/part (Neoverse N2 → Azure Cobalt 100)', () => {
    const info = parseCpuInfo(fixture('arm-handmade.txt').replace(/0xd0c/g, '0xd49'));
    const h = inferHost(
      vm({ cpuModel: 'unknown CPU', arch: 'arm64', physicalCores: 2, threads: 2, cpuId: cpuIdFromSummary(info) }),
      table,
    );
    expect(h.host).toMatchObject({ cpu: 'Microsoft Azure Cobalt 100', sockets: 1, threads: 128 });
    expect(h.assumptions[0]).toMatch(/CPU implementer 0x41 part 0xd49 is Neoverse N2/);
  });
  it('falls back to a typical cloud host of the vendor when nothing names the model, and says so', () => {
    const h = inferHost(vm({ cpuModel: 'AMD EPYC', threads: 2 }), table);
    expect(h.identifiedBy).toBe('typical-host');
    expect(h.host.cpu).toBe('AMD EPYC 7763');
    expect(h.share).toBe(2 / 128);
    expect(h.assumptions[0]).toMatch(/names no model or generation: assumed a typical AMD cloud host, AMD EPYC 7763/);
  });
  it('uses the development machine’s captured cpuinfo: "AMD EPYC", family 26 model 2 → Turin', () => {
    const info = parseCpuInfo(fixture('this-machine-2vcpu-amd-epyc.txt'));
    const h = inferHost(
      vm({
        cpuModel: info.modelName!,
        threads: info.threads,
        physicalCores: info.physicalCores,
        cpuId: cpuIdFromSummary(info),
      }),
      table,
    );
    expect(h.host.microarchitecture).toBe('epyc-gen5');
    expect(h.share).toBeLessThan(0.05);
  });
  it('an Apple VM runs on one Apple chip (mac2.metal: 8 threads)', () => {
    const h = inferHost(
      vm({
        cpuModel: 'Apple M1 (Virtual)',
        os: 'darwin',
        arch: 'arm64',
        virtualized: false,
        threads: 3,
        physicalCores: 3,
      }),
      table,
    );
    expect(h.host).toMatchObject({ cpu: 'Apple M1', threads: 8 });
    expect(h.share).toBe(3 / 8);
  });
  it('a name with a core count but no table row keeps today’s rule (cores from the name, SMT as seen)', () => {
    const h = inferHost(vm({ cpuModel: 'AMD EPYC 9999 64-Core Processor', physicalCores: 2, threads: 2 }), table);
    expect(h.identifiedBy).toBe('name-core-count');
    expect(h.hostThreads).toBe(64);
  });
  it('never gives a VM more than the whole host', () => {
    const h = inferHost(vm({ cpuModel: 'Apple M1 (Virtual)', threads: 12, physicalCores: 12 }), table);
    expect(h.hostThreads).toBe(12);
    expect(h.share).toBe(1);
  });
});

describe('isVirtualMachine', () => {
  it('sees the hypervisor flag, GitHub-hosted runners and "(Virtual)" CPU names', () => {
    expect(isVirtualMachine(vm({ virtualized: true }))).toBe(true);
    expect(isVirtualMachine(vm({ virtualized: false, githubHosted: true }))).toBe(true);
    expect(isVirtualMachine(vm({ virtualized: false, cpuModel: 'Apple M1 (Virtual)' }))).toBe(true);
    expect(isVirtualMachine(vm({ virtualized: false, cpuModel: 'Apple M1' }))).toBe(false);
  });
});

describe('modelCpuCurveForMachine', () => {
  it('GitHub runner: VM CPU = (host − host memory) × 4/128 point by point, deterministic, rising', () => {
    const machine = vm({ cpuModel: 'AMD EPYC 7763 64-Core Processor', physicalCores: 2, threads: 4, memoryGb: 16 });
    const a = modelCpuCurveForMachine(machine, table);
    expect(modelCpuCurveForMachine(machine, table)).toEqual(a);
    expect(a.host.tdpW).toBe(280);
    for (let k = 1; k < 11; k++) expect(a.vm.cpuWattsAtLoad[k]).toBeGreaterThan(a.vm.cpuWattsAtLoad[k - 1]);
    // 512 GB × the model's memory W/GB (the one coefficient) taken out before sharing
    a.vm.cpuWattsAtLoad.forEach((w, k) =>
      expect(w).toBeCloseTo((a.host.wattsAtLoad[k] - 512 * memoryWPerGb()) / 32, 9),
    );
  });
});
