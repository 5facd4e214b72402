import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createCgroupUsageReader,
  wholeNumberAt,
  cgroupDir,
  containerSignals,
  cpuAllowance,
  detectContainer,
  discoverCgroup,
  parseCfsQuota,
  parseCgroupMounts,
  parseCpuacctUsageUsec,
  parseCpuListSize,
  parseCpuMax,
  parseCpuStatUsageUsec,
  parseMemoryLimitB,
  parseProcCgroup,
} from '../../../src/meter/cgroup';
import { decideScope, parseMeterScope } from '../../../src/meter/scope';
import { cgroupReaderFor } from '../../../src/meter/sampler';

const FIX = join(__dirname, '../../fixtures/meter/cgroup');
const fx = (...p: string[]): string => readFileSync(join(FIX, ...p), 'utf8');

describe('cgroup parsers on captured files', () => {
  it('reads /proc/self/cgroup of a process moved into a child cgroup (v1 hierarchies + v2 unified)', () => {
    const m = parseProcCgroup(fx('firecracker-v1-child-quota/proc/self/cgroup'));
    expect(m).toHaveLength(10);
    expect(m.find((x) => x.id === '0')).toEqual({ id: '0', controllers: [], path: '/ca-fixture-4179' });
    expect(m.find((x) => x.controllers.includes('cpuacct'))!.path).toBe('/ca-fixture-4179');
    expect(m.find((x) => x.controllers.includes('memory'))!.path).toBe('/process_api/f6ed778485e0854cda6b525a2da82c82');
    expect(() => parseProcCgroup('garbage')).toThrow(/not "id:controllers:path"/);
  });

  it('finds the cgroup mounts in mountinfo, v1 controllers and the v2 unified mount', () => {
    const mounts = parseCgroupMounts(fx('firecracker-v1-root/proc/self/mountinfo'));
    expect(mounts.filter((m) => m.version === 1)).toHaveLength(9);
    expect(mounts.find((m) => m.controllers.includes('cpuacct'))).toMatchObject({
      version: 1,
      root: '/',
      mountPoint: '/sys/fs/cgroup/cpuacct',
    });
    expect(mounts.find((m) => m.version === 2)).toEqual({
      version: 2,
      root: '/',
      mountPoint: '/sys/fs/cgroup/unified',
      controllers: [],
    });
    const k8s = parseCgroupMounts(fx('k8s-v1-kubepods/proc/self/mountinfo'));
    expect(k8s.find((m) => m.controllers.includes('cpu'))!.root).toMatch(/^\/kubepods\/burstable\/pod/);
  });

  it('reads the CPU-time counters: v2 usage_usec, v1 cpuacct.usage in ns → µs', () => {
    expect(parseCpuStatUsageUsec(fx('firecracker-v1-child-quota/sys/fs/cgroup/unified/ca-fixture-4179/cpu.stat'))).toBe(
      300620,
    );
    expect(
      parseCpuacctUsageUsec(fx('firecracker-v1-child-quota/sys/fs/cgroup/cpuacct/ca-fixture-4179/cpuacct.usage')),
    ).toBeCloseTo(300620.176, 3);
    expect(() => parseCpuStatUsageUsec('nr_periods 3\n')).toThrow(/no "usage_usec"/);
    expect(() => parseCpuacctUsageUsec('-5')).toThrow(/cpuacct.usage/);
  });

  it('the per-tick reader parses the bytes directly, as the text parsers do, and falls back to them on anything else', () => {
    const read = (name: string, text: string): number => {
      const file = join(mkdtempSync(join(tmpdir(), 'cg-')), name);
      writeFileSync(file, text);
      const r = createCgroupUsageReader(file);
      try {
        return r.read();
      } finally {
        r.close();
      }
    };
    const v2 = fx('firecracker-v1-child-quota/sys/fs/cgroup/unified/ca-fixture-4179/cpu.stat');
    const v1 = fx('firecracker-v1-child-quota/sys/fs/cgroup/cpuacct/ca-fixture-4179/cpuacct.usage');
    expect(read('cpu.stat', v2)).toBe(parseCpuStatUsageUsec(v2));
    expect(read('cpuacct.usage', v1)).toBe(parseCpuacctUsageUsec(v1));
    expect(read('cpuacct.usage', '48313867752092\n')).toBe(48313867752.092);
    expect(read('cpuacct.usage', '  7000\n')).toBe(7); // not the fast path's shape: the text parser takes it
    expect(read('cpu.stat', 'nr_periods 0\nusage_usec 42\n')).toBe(42); // usage_usec not first: the regex finds it
    expect(() => read('cpuacct.usage', '12x4\n')).toThrow(/cpuacct.usage: "12x4" is not a count/);
    expect(() => read('cpu.stat', 'usage_usec \n')).toThrow(/no "usage_usec"/);
    expect(() => read('cpuacct.usage', '')).toThrow(/cpuacct.usage/);
  });

  it('wholeNumberAt: digits up to a newline or the end; null for none or for anything else after them', () => {
    const b = Buffer.from('usage_usec 300620\nuser_usec 1\n', 'latin1');
    expect(wholeNumberAt(b, b.length, 11)).toBe(300620);
    expect(wholeNumberAt(b, 17, 11)).toBe(300620); // ends at n
    expect(wholeNumberAt(b, b.length, 0)).toBeNull();
    expect(wholeNumberAt(Buffer.from('12 3\n'), 5, 0)).toBeNull();
    expect(wholeNumberAt(Buffer.from('\n'), 1, 0)).toBeNull();
  });

  it('turns quotas into CPUs: cpu.max and cfs_quota_us/cfs_period_us', () => {
    expect(parseCpuMax('max 100000\n')).toBeNull();
    expect(parseCpuMax('150000 100000\n')).toBe(1.5);
    expect(parseCpuMax('50000')).toBe(0.5); // period defaults to 100 ms
    expect(() => parseCpuMax('lots')).toThrow(/cpu.max: "lots"/);
    expect(parseCfsQuota('-1\n', '100000\n')).toBeNull();
    expect(
      parseCfsQuota(
        fx('firecracker-v1-child-quota/sys/fs/cgroup/cpu/ca-fixture-4179/cpu.cfs_quota_us'),
        fx('firecracker-v1-child-quota/sys/fs/cgroup/cpu/ca-fixture-4179/cpu.cfs_period_us'),
      ),
    ).toBe(0.5);
    expect(() => parseCfsQuota('1', '0')).toThrow(/cfs_period_us/);
  });

  it('reads memory limits: v2 "max" or bytes, v1 bytes with PAGE_COUNTER_MAX as none', () => {
    expect(parseMemoryLimitB('max\n')).toBeNull();
    expect(parseMemoryLimitB('2147483648\n')).toBe(2147483648);
    expect(
      parseMemoryLimitB(
        fx(
          'firecracker-v1-root/sys/fs/cgroup/memory/process_api/f6ed778485e0854cda6b525a2da82c82/memory.limit_in_bytes',
        ),
      ),
    ).toBeNull();
    expect(() => parseMemoryLimitB('lots')).toThrow(/memory limit: "lots"/);
  });

  it('counts CPUs in a cpuset list', () => {
    expect(parseCpuListSize('0-3,8,10-11\n')).toBe(7);
    expect(parseCpuListSize('1')).toBe(1);
    expect(parseCpuListSize('\n')).toBeNull();
    expect(() => parseCpuListSize('3-1')).toThrow(/backwards/);
    expect(() => parseCpuListSize('a-b')).toThrow(/not a CPU list/);
  });

  it('allowance: quota, else cpuset, else every CPU; the tighter bound wins', () => {
    expect(cpuAllowance(1.5, 4, 8)).toEqual({ cpus: 1.5, source: 'quota' });
    expect(cpuAllowance(null, 4, 8)).toEqual({ cpus: 4, source: 'cpuset' });
    expect(cpuAllowance(null, null, 8)).toEqual({ cpus: 8, source: 'host' });
    expect(cpuAllowance(16, 4, 8)).toEqual({ cpus: 4, source: 'cpuset' }); // a quota above the cpuset cannot be used
    expect(cpuAllowance(null, 8, 8)).toEqual({ cpus: 8, source: 'host' });
    expect(cpuAllowance(12, null, 8)).toEqual({ cpus: 8, source: 'host' });
  });

  it('maps a cgroup path to its directory through the mount root (no cgroup namespace: the mount point itself)', () => {
    const mount = {
      version: 1 as const,
      root: '/kubepods/pod1/abc',
      mountPoint: '/sys/fs/cgroup/cpu,cpuacct',
      controllers: ['cpu'],
    };
    expect(cgroupDir(mount, '/kubepods/pod1/abc', '/r', () => true)).toBe('/r/sys/fs/cgroup/cpu,cpuacct');
    expect(cgroupDir({ ...mount, root: '/' }, '/a/b', '/r', () => true)).toBe('/r/sys/fs/cgroup/cpu,cpuacct/a/b');
    expect(cgroupDir({ ...mount, root: '/' }, '/a/b', '/r', () => false)).toBe('/r/sys/fs/cgroup/cpu,cpuacct');
  });
});

describe('container detection', () => {
  const none = { dockerenv: false, containerenv: false, kubernetes: false, cgroupPaths: ['/'], pid1Comm: 'systemd' };
  it('fires on each sign, and names it', () => {
    expect(detectContainer(none)).toEqual({ inContainer: false, reasons: [] });
    expect(detectContainer({ ...none, dockerenv: true }).reasons).toEqual(['/.dockerenv exists']);
    expect(detectContainer({ ...none, containerenv: true }).reasons).toEqual(['/run/.containerenv exists']);
    expect(detectContainer({ ...none, kubernetes: true }).reasons).toEqual(['KUBERNETES_SERVICE_HOST is set']);
    expect(detectContainer({ ...none, cgroupPaths: ['/system.slice/docker-9ec39b91.scope'] }).inContainer).toBe(true);
    expect(detectContainer({ ...none, cgroupPaths: ['/actions_job/4f79'] }).inContainer).toBe(true);
    expect(detectContainer({ ...none, pid1Comm: 'tail' }).reasons).toEqual(['PID 1 is "tail", not an init system']);
  });
  it('a non-root systemd service cgroup is not a container', () => {
    expect(
      detectContainer({ ...none, cgroupPaths: ['/system.slice/actions.runner.octo-org.runner-1.service'] }).inContainer,
    ).toBe(false);
    expect(detectContainer({ ...none, cgroupPaths: ['/user.slice/user-1000.slice/session-2.scope'] }).inContainer).toBe(
      false,
    );
  });
  it('reads the signs from fixture trees', () => {
    expect(containerSignals(join(FIX, 'docker-v2-cgroupns'), {})).toEqual({
      dockerenv: true,
      containerenv: false,
      kubernetes: false,
      cgroupPaths: ['/'],
      pid1Comm: 'tail',
    });
    const vm = containerSignals(join(FIX, 'systemd-vm-v2'), {});
    expect(detectContainer(vm).inContainer).toBe(false);
    const k8s = containerSignals(join(FIX, 'k8s-v1-kubepods'), { KUBERNETES_SERVICE_HOST: '10.0.0.1' });
    expect(detectContainer(k8s).reasons).toEqual([
      'KUBERNETES_SERVICE_HOST is set',
      expect.stringMatching(/^cgroup \/kubepods\/burstable\/pod.* is a container runtime's$/),
      'PID 1 is "sh", not an init system',
    ]);
  });
});

describe('discoverCgroup on fixture trees', () => {
  // Each tree: what discoverCgroup must find there and, where the tree has one, the usage counter it must read.
  it.each([
    {
      name: 'captured hybrid v1 machine, process in the root: v1 cpuacct, no quota, every CPU',
      tree: 'firecracker-v1-root',
      hostCpus: 2,
      expected: {
        version: 1,
        path: '/',
        quotaCpus: null,
        cpusetCpus: 2,
        allowance: { cpus: 2, source: 'host' },
        memoryLimitB: null,
      },
      usageFile: 'sys/fs/cgroup/cpuacct/cpuacct.usage',
    },
    {
      name: 'captured child cgroup with a 0.5-CPU quota and a 1-CPU cpuset: the quota binds',
      tree: 'firecracker-v1-child-quota',
      hostCpus: 2,
      expected: {
        version: 1,
        path: '/ca-fixture-4179',
        quotaCpus: 0.5,
        cpusetCpus: 1,
        allowance: { cpus: 0.5, source: 'quota' },
      },
      usageFile: 'sys/fs/cgroup/cpuacct/ca-fixture-4179/cpuacct.usage',
    },
    {
      name: 'Docker on cgroup v2 with a namespace: the mount is the container; --cpus=1.5 binds',
      tree: 'docker-v2-cgroupns',
      hostCpus: 16,
      expected: {
        version: 2,
        path: '/',
        quotaCpus: 1.5,
        cpusetCpus: 4,
        allowance: { cpus: 1.5, source: 'quota' },
        memoryLimitB: 2147483648,
      },
      usageFile: 'sys/fs/cgroup/cpu.stat',
    },
    {
      name: 'Kubernetes pod on v1 without a namespace: the bind-mounted cgroup, 2-CPU quota',
      tree: 'k8s-v1-kubepods',
      hostCpus: 16,
      expected: {
        version: 1,
        quotaCpus: 2,
        cpusetCpus: 8,
        allowance: { cpus: 2, source: 'quota' },
        memoryLimitB: 4294967296,
      },
      usageFile: 'sys/fs/cgroup/cpu,cpuacct/cpuacct.usage',
    },
    {
      name: 'systemd VM: the service cgroup, no quota ("max"), cpuset as wide as the machine',
      tree: 'systemd-vm-v2',
      hostCpus: 4,
      expected: {
        version: 2,
        path: '/system.slice/actions.runner.octo-org.runner-1.service',
        quotaCpus: null,
        cpusetCpus: 4,
        allowance: { cpus: 4, source: 'host' },
        memoryLimitB: null,
      },
      usageFile: null,
    },
  ])('$name', ({ tree, hostCpus, expected, usageFile }) => {
    const c = discoverCgroup({ fsRoot: join(FIX, tree), hostCpus });
    expect(c).toMatchObject({ status: 'ok', ...expected });
    if (usageFile !== null) expect(c.usageFile).toBe(join(FIX, tree, usageFile));
  });
  it('no /proc: absent, with the reason', () => {
    expect(discoverCgroup({ fsRoot: join(FIX, 'nowhere'), hostCpus: 4 })).toMatchObject({
      status: 'absent',
      reason: expect.stringMatching(/no \/proc\/self\/cgroup/),
    });
  });
});

describe('scope decision', () => {
  const ok = discoverCgroup({ fsRoot: join(FIX, 'docker-v2-cgroupns'), hostCpus: 16 });
  const inC = { inContainer: true, reasons: ['/.dockerenv exists'] };
  const notC = { inContainer: false, reasons: [] };
  it('auto follows the signs, and says why', () => {
    expect(decideScope('auto', inC, ok)).toEqual({
      requested: 'auto',
      used: 'container',
      reason: 'auto: in a container (/.dockerenv exists); cgroup v2 /, 1.5 CPUs allowed (CPU quota)',
    });
    expect(decideScope('auto', notC, ok)).toMatchObject({
      used: 'machine',
      reason: 'auto: no sign of a container, so /proc/stat (the whole machine)',
    });
    expect(decideScope('auto', inC, { status: 'unreadable', reason: 'EACCES' })).toMatchObject({
      used: 'machine',
      reason: expect.stringMatching(/unusable \(EACCES\).*other tenants included/),
    });
  });
  it('explicit machine and container win over the signs; container without a counter falls back and says so', () => {
    expect(decideScope('machine', inC, ok).used).toBe('machine');
    expect(decideScope('container', notC, ok).used).toBe('container');
    expect(decideScope('container', notC, { status: 'absent', reason: 'no cgroup v2 hierarchy' })).toMatchObject({
      used: 'machine',
      reason: expect.stringMatching(/asked for.*no cgroup v2 hierarchy/),
    });
  });
  it('validates the scope text, naming option, value and accepted values', () => {
    expect(parseMeterScope(' container ', '--scope')).toBe('container');
    expect(() => parseMeterScope('pod', '--scope')).toThrow(
      /^--scope: "pod" is not a meter scope; accepted: auto .*machine .*container/,
    );
  });
});

describe('cgroupReaderFor (the sampler side) on fixture trees', () => {
  it('Docker v2: container scope, header with the allowance, counter in µs', () => {
    const r = cgroupReaderFor('auto', {
      fsRoot: join(FIX, 'docker-v2-cgroupns'),
      env: {},
      hostCpus: 16,
      platform: 'linux',
    });
    expect(r.header).toMatchObject({
      used: 'container',
      cgroup: {
        version: 2,
        allowanceCpus: 1.5,
        allowanceSource: 'quota',
        quotaCpus: 1.5,
        cpusetCpus: 4,
        memoryLimitB: 2147483648,
      },
    });
    expect(r.read!()).toBe(12345678);
    r.close!();
  });
  it('Kubernetes v1: container scope, cpuacct ns read as µs', () => {
    const r = cgroupReaderFor('auto', {
      fsRoot: join(FIX, 'k8s-v1-kubepods'),
      env: { KUBERNETES_SERVICE_HOST: '10.0.0.1' },
      hostCpus: 16,
      platform: 'linux',
    });
    expect(r.header.used).toBe('container');
    expect(r.read!()).toBeCloseTo(98765432.101, 3);
    r.close!();
  });
  it('systemd VM: machine scope, no counter; macOS/Windows: machine, no cgroups', () => {
    const vm = cgroupReaderFor('auto', { fsRoot: join(FIX, 'systemd-vm-v2'), env: {}, hostCpus: 4, platform: 'linux' });
    expect(vm.header.used).toBe('machine');
    expect(vm.read).toBeUndefined();
    expect(cgroupReaderFor('auto', { platform: 'win32' }).header).toEqual({
      requested: 'auto',
      used: 'machine',
      reason: 'no cgroups on win32: the whole machine is metered',
    });
    expect(cgroupReaderFor('container', { platform: 'darwin' }).header.used).toBe('machine');
  });
});
