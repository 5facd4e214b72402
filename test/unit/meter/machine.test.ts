import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloudFromDmi, describeMachine, isGithubHosted, parseCpuInfo } from '../../../src/meter/machine';
import { FIXTURES } from './sysfs-tree';
import { githubRunnerMachine } from '../../fixtures/machine';

const cpuinfo = (name: string): string => readFileSync(join(FIXTURES, 'cpuinfo', name), 'utf8');

describe('parseCpuInfo', () => {
  it('this machine (captured): 1 socket, 2 cores, 2 threads, virtualized', () => {
    expect(parseCpuInfo(cpuinfo('this-machine-2vcpu-amd-epyc.txt'))).toEqual({
      modelName: 'AMD EPYC',
      sockets: 1,
      physicalCores: 2,
      threads: 2,
      hypervisor: true,
      vendorId: 'AuthenticAMD',
      cpuFamily: 26,
      cpuModelNumber: 2,
      stepping: 1,
      cpuImplementer: null,
      cpuPart: null,
    });
  });
  it('Azure 4-vCPU EPYC 7763 (hand-made): unique (physical id, core id) pairs → 2 cores, 4 threads', () => {
    expect(parseCpuInfo(cpuinfo('azure-4vcpu-epyc-7763-handmade.txt'))).toEqual({
      modelName: 'AMD EPYC 7763 64-Core Processor',
      sockets: 1,
      physicalCores: 2,
      threads: 4,
      hypervisor: true,
      vendorId: 'AuthenticAMD',
      cpuFamily: 25,
      cpuModelNumber: 1,
      stepping: 1,
      cpuImplementer: null,
      cpuPart: null,
    });
  });
  it('ARM layout: no model name, every logical CPU a core', () => {
    expect(parseCpuInfo(cpuinfo('arm-handmade.txt'))).toEqual({
      modelName: null,
      sockets: 1,
      physicalCores: 2,
      threads: 2,
      hypervisor: false,
      vendorId: null,
      cpuFamily: null,
      cpuModelNumber: null,
      stepping: null,
      // "CPU implementer : 0x41", "CPU part : 0xd0c": Arm Neoverse N1
      cpuImplementer: 0x41,
      cpuPart: 0xd0c,
    });
  });
  it('counts sockets and cores across sockets', () => {
    const block = (p: number, phys: number, core: number): string =>
      `processor\t: ${p}\nmodel name\t: X\nphysical id\t: ${phys}\ncore id\t\t: ${core}\nflags\t\t: fpu\n`;
    // 2 sockets × 2 cores × 2 threads = 8 threads, 4 cores (core ids repeat per socket)
    const text = [0, 1, 2, 3, 4, 5, 6, 7].map((p) => block(p, p >> 2, (p >> 1) & 1)).join('\n');
    expect(parseCpuInfo(text)).toMatchObject({ sockets: 2, physicalCores: 4, threads: 8, hypervisor: false });
  });
  it('names bad input', () => {
    expect(() => parseCpuInfo('hello')).toThrow(/no "processor" entries/);
  });
});

describe('cloudFromDmi / isGithubHosted', () => {
  it.each([
    [{ sysVendor: 'Microsoft Corporation', chassisAssetTag: '7783-7084-3265-9085-8269-3286-77' }, 'azure'],
    [{ sysVendor: 'Amazon EC2', productName: 'm5.large' }, 'aws'],
    [{ boardVendor: 'Amazon EC2' }, 'aws'],
    [{ sysVendor: 'Xen', productVersion: '4.11.amazon' }, 'aws'],
    [{ sysVendor: 'Google', productName: 'Google Compute Engine' }, 'gcp'],
    [{ sysVendor: 'QEMU', productName: 'Standard PC (Q35 + ICH9, 2009)' }, null],
    [{}, null],
  ] as const)('%j → %s', (dmi, cloud) => {
    expect(cloudFromDmi(dmi)).toBe(cloud);
  });
  it('github-hosted from RUNNER_ENVIRONMENT, or ImageOS inside Actions', () => {
    expect(isGithubHosted({ RUNNER_ENVIRONMENT: 'github-hosted' })).toBe(true);
    expect(isGithubHosted({ RUNNER_ENVIRONMENT: 'self-hosted', ImageOS: 'ubuntu24', GITHUB_ACTIONS: 'true' })).toBe(
      false,
    );
    expect(isGithubHosted({ ImageOS: 'ubuntu24', GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(isGithubHosted({ ImageOS: 'ubuntu24' })).toBe(false);
    expect(isGithubHosted({})).toBe(false);
  });
});

describe('describeMachine', () => {
  it('on Linux uses /proc/cpuinfo and DMI, never loading systeminformation', async () => {
    const dmiDir = mkdtempSync(join(tmpdir(), 'dmi-'));
    writeFileSync(join(dmiDir, 'sys_vendor'), 'Microsoft Corporation\n');
    writeFileSync(join(dmiDir, 'chassis_asset_tag'), '7783-7084-3265-9085-8269-3286-77\n');
    const m = await describeMachine({
      platform: 'linux',
      arch: 'x64',
      cpuinfoPath: join(FIXTURES, 'cpuinfo/azure-4vcpu-epyc-7763-handmade.txt'),
      dmiDir,
      env: { RUNNER_ENVIRONMENT: 'github-hosted' },
      totalMemB: 16e9,
      gpuQuery: async () => ({
        header: { status: 'ok', gpus: [{ index: 0, name: 'Tesla T4', memoryMiB: 15360 }] },
        readings: [],
      }),
      loadSi: () => Promise.reject(new Error('systeminformation must not be loaded on Linux')),
    });
    // Every field of the runner fixture (written out there), plus the GPU and the CPU's id numbers.
    expect(m).toEqual(
      githubRunnerMachine({
        gpus: [{ index: 0, name: 'Tesla T4', memoryMiB: 15360 }],
        cpuId: { vendorId: 'AuthenticAMD', family: 25, model: 1, stepping: 1 },
      }),
    );
  });

  it('elsewhere asks systeminformation', async () => {
    const m = await describeMachine({
      platform: 'darwin',
      arch: 'arm64',
      env: {},
      totalMemB: 7e9,
      gpuQuery: async () => ({ header: { status: 'absent' }, readings: [] }),
      loadSi: async () => ({
        cpu: async () => ({ manufacturer: 'Apple', brand: 'M1 (Virtual)', physicalCores: 3, cores: 3, processors: 1 }),
        system: async () => ({ manufacturer: 'Apple Inc.', model: 'VirtualMac2,1', virtual: true }),
      }),
    });
    expect(m).toMatchObject({
      os: 'darwin',
      cpuModel: 'Apple M1 (Virtual)',
      threads: 3,
      physicalCores: 3,
      sockets: 1,
      virtualized: true,
      cloudProvider: null,
      memoryGb: 7,
      gpus: [],
    });
  });

  it('CARBON_ACTION_CPUINFO reads a captured cpuinfo in place of /proc/cpuinfo (the 8370C runner)', async () => {
    const m = await describeMachine({
      platform: 'linux',
      arch: 'x64',
      dmiDir: join(tmpdir(), 'no-such-dmi'),
      env: { CARBON_ACTION_CPUINFO: join(FIXTURES, 'cpuinfo/github-4vcpu-xeon-8370c-published.txt') },
      totalMemB: 16e9,
      gpuQuery: async () => ({ header: { status: 'absent' }, readings: [] }),
      loadSi: () => Promise.reject(new Error('systeminformation must not be loaded')),
    });
    expect(m).toMatchObject({
      cpuModel: 'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz',
      sockets: 1,
      physicalCores: 2,
      threads: 4,
      virtualized: true,
    });
  });

  it('an unreadable CARBON_ACTION_CPUINFO is an error naming the variable and the path', async () => {
    await expect(
      describeMachine({
        platform: 'linux',
        env: { CARBON_ACTION_CPUINFO: '/no/such/cpuinfo' },
        gpuQuery: async () => ({ header: { status: 'absent' }, readings: [] }),
      }),
    ).rejects.toThrow(/CARBON_ACTION_CPUINFO is "\/no\/such\/cpuinfo", which cannot be read \(ENOENT\)/);
  });

  it('describes this machine for real', async () => {
    const m = await describeMachine();
    expect(m.threads).toBeGreaterThan(0);
    expect(m.memoryGb).toBeGreaterThan(0);
    expect(m.cpuModel.length).toBeGreaterThan(0);
  });
});
