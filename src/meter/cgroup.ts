// The process's own cgroup: where it is, how much CPU it has used, and how much it may use.
// Inside a container /proc/stat shows the whole host, other tenants included; the cgroup's
// CPU-time counter counts only this container's processes. Parsers are pure; the few reads
// are done by discoverCgroup / createCgroupUsageReader, with every path under `fsRoot` so
// tests can point them at captured trees.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join, posix } from 'node:path';

export interface CgroupMembership {
  /** Hierarchy id: "0" for the v2 unified hierarchy. */
  id: string;
  /** v1 controllers of the hierarchy ("cpu", "cpuacct", "name=systemd"); [] for v2. */
  controllers: string[];
  /** Path inside the hierarchy, e.g. "/docker/4f79…" or "/". */
  path: string;
}

/** Parses /proc/self/cgroup ("hierarchy-ID:controller-list:cgroup-path" per line). */
export function parseProcCgroup(text: string): CgroupMembership[] {
  const out: CgroupMembership[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const a = line.indexOf(':');
    const b = line.indexOf(':', a + 1);
    if (a < 0 || b < 0) throw new Error(`/proc/self/cgroup: line ${JSON.stringify(line)} is not "id:controllers:path"`);
    const controllers = line.slice(a + 1, b);
    out.push({
      id: line.slice(0, a),
      controllers: controllers ? controllers.split(',') : [],
      path: line.slice(b + 1) || '/',
    });
  }
  return out;
}

export interface CgroupMount {
  version: 1 | 2;
  /** The cgroup path the mount shows at its mount point (mountinfo field 4). */
  root: string;
  mountPoint: string;
  /** v1: the super options, controllers among them ("rw", "cpu", "cpuacct"); [] for v2. */
  controllers: string[];
}

// mountinfo escapes blanks in paths as octal (\040).
const unescapeMountPath = (p: string): string =>
  p.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));

/** The cgroup and cgroup2 mounts in /proc/self/mountinfo. */
export function parseCgroupMounts(mountinfo: string): CgroupMount[] {
  const out: CgroupMount[] = [];
  for (const line of mountinfo.split('\n')) {
    const sep = line.indexOf(' - ');
    if (sep < 0) continue;
    const left = line.slice(0, sep).split(' ');
    const right = line.slice(sep + 3).split(' ');
    const fsType = right[0];
    if (fsType !== 'cgroup' && fsType !== 'cgroup2') continue;
    if (left.length < 5) continue;
    const superOptions = (right[2] ?? '').split(',');
    out.push({
      version: fsType === 'cgroup2' ? 2 : 1,
      root: unescapeMountPath(left[3]),
      mountPoint: unescapeMountPath(left[4]),
      // Controllers sit among other super options (rw, clone_children); callers look for theirs.
      controllers: fsType === 'cgroup' ? superOptions : [],
    });
  }
  return out;
}

/** cgroup v2 cpu.stat: usage_usec, µs of CPU time used by the cgroup and its descendants. */
export function parseCpuStatUsageUsec(text: string): number {
  const m = /^usage_usec\s+(\d+)\s*$/m.exec(text);
  if (!m) throw new Error(`cpu.stat: no "usage_usec" line in ${JSON.stringify(text.slice(0, 80))}`);
  return Number(m[1]);
}

/** cgroup v1 cpuacct.usage: ns of CPU time, returned in µs like v2's counter. */
export function parseCpuacctUsageUsec(text: string): number {
  const t = text.trim();
  if (!/^\d+$/.test(t))
    throw new Error(`cpuacct.usage: ${JSON.stringify(t.slice(0, 40))} is not a count of nanoseconds`);
  return Number(t) / 1000;
}

/** CPUs a quota allows (quota ÷ period); null for no quota. */
export type QuotaCpus = number | null;

/** cgroup v2 cpu.max: "$MAX $PERIOD", MAX being "max" for no limit. */
export function parseCpuMax(text: string): QuotaCpus {
  const m = /^(max|\d+)(?:\s+(\d+))?\s*$/.exec(text.trim());
  if (!m) throw new Error(`cpu.max: ${JSON.stringify(text.trim().slice(0, 40))} is not "max PERIOD" or "QUOTA PERIOD"`);
  if (m[1] === 'max') return null;
  const periodUs = Number(m[2] ?? 100000); // the kernel's default period when only the quota is written
  return periodUs > 0 ? Number(m[1]) / periodUs : null;
}

/** cgroup v1 cpu.cfs_quota_us / cpu.cfs_period_us; quota -1 means no limit. */
export function parseCfsQuota(quotaText: string, periodText: string): QuotaCpus {
  const quota = Number(quotaText.trim());
  const period = Number(periodText.trim());
  if (!Number.isInteger(quota))
    throw new Error(`cpu.cfs_quota_us: ${JSON.stringify(quotaText.trim())} is not a whole number of µs`);
  if (!(Number.isInteger(period) && period > 0))
    throw new Error(`cpu.cfs_period_us: ${JSON.stringify(periodText.trim())} is not a positive whole number of µs`);
  return quota < 0 ? null : quota / period;
}

/** Number of CPUs in a cpuset list such as "0-3,8,10-11"; null for an empty list. */
export function parseCpuListSize(text: string): number | null {
  const t = text.trim();
  if (!t) return null;
  let n = 0;
  for (const part of t.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`cpuset: ${JSON.stringify(t.slice(0, 40))} is not a CPU list such as 0-3,8`);
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    if (hi < lo) throw new Error(`cpuset: range ${part} runs backwards`);
    n += hi - lo + 1;
  }
  return n;
}

/**
 * A memory limit in bytes: cgroup v2 memory.max ("max" = none) or v1 memory.limit_in_bytes
 * (no limit reads as PAGE_COUNTER_MAX pages, about 9.2e18). null for none.
 */
export function parseMemoryLimitB(text: string): number | null {
  const t = text.trim();
  if (t === 'max') return null;
  if (!/^\d+$/.test(t))
    throw new Error(`memory limit: ${JSON.stringify(t.slice(0, 40))} is not "max" or a number of bytes`);
  const b = Number(t);
  return b >= 2 ** 62 ? null : b;
}

export type AllowanceSource = 'quota' | 'cpuset' | 'host';

export interface CpuAllowance {
  /** CPUs the cgroup may use at once: may be fractional (a 0.5-CPU quota). */
  cpus: number;
  source: AllowanceSource;
}

/**
 * The container's CPU allowance: its quota, else its cpuset, else every CPU of the machine.
 * A quota above the cpuset (or the machine) cannot be used, so the smaller one wins.
 */
export function cpuAllowance(quotaCpus: QuotaCpus, cpusetCpus: number | null, hostCpus: number): CpuAllowance {
  const cap = cpusetCpus !== null ? Math.min(cpusetCpus, hostCpus) : hostCpus;
  if (quotaCpus !== null && quotaCpus > 0 && quotaCpus < cap) return { cpus: quotaCpus, source: 'quota' };
  if (cpusetCpus !== null && cpusetCpus < hostCpus) return { cpus: cpusetCpus, source: 'cpuset' };
  return { cpus: hostCpus, source: 'host' };
}

// Path segments container runtimes give their cgroups: Docker, Kubernetes (cgroupfs and
// systemd drivers), Podman/libpod, containerd, CRI-O, LXC, GitHub's actions_job network of containers.
const CONTAINER_PATH =
  /(^|\/)(docker[-/.]|docker$|kubepods|libpod|containerd|crio-|cri-containerd|lxc(\/|\.payload)|actions_job)/;
const INIT_NAMES = new Set([
  'systemd',
  'init',
  'launchd',
  'upstart',
  'openrc-init',
  'runit',
  'runit-init',
  's6-svscan',
  'sysvinit',
]);

export interface ContainerSignals {
  dockerenv: boolean;
  containerenv: boolean;
  kubernetes: boolean;
  /** The process's cgroup paths (v2 first). */
  cgroupPaths: string[];
  /** /proc/1/comm, trimmed; null when unreadable. */
  pid1Comm: string | null;
}

export interface ContainerDetection {
  inContainer: boolean;
  /** Each signal that fired, in words, for the report's method line. */
  reasons: string[];
}

/**
 * Inside a container when any of: /.dockerenv (Docker), /run/.containerenv (Podman),
 * KUBERNETES_SERVICE_HOST (every Kubernetes pod), a cgroup path a container runtime named,
 * or PID 1 that is not an init system (a container's entrypoint: GitHub's `container:` jobs
 * run `tail -f /dev/null`). A non-root cgroup path alone is not a sign: on a systemd VM the
 * runner itself lives in /system.slice/actions.runner…service.
 */
export function detectContainer(s: ContainerSignals): ContainerDetection {
  const reasons: string[] = [];
  if (s.dockerenv) reasons.push('/.dockerenv exists');
  if (s.containerenv) reasons.push('/run/.containerenv exists');
  if (s.kubernetes) reasons.push('KUBERNETES_SERVICE_HOST is set');
  const named = s.cgroupPaths.find((p) => CONTAINER_PATH.test(p));
  if (named) reasons.push(`cgroup ${named} is a container runtime's`);
  if (s.pid1Comm !== null && s.pid1Comm !== '' && !INIT_NAMES.has(s.pid1Comm))
    reasons.push(`PID 1 is ${JSON.stringify(s.pid1Comm)}, not an init system`);
  return { inContainer: reasons.length > 0, reasons };
}

export interface CgroupInfo {
  status: 'ok' | 'absent' | 'unreadable';
  /** Why there is no usable counter, when status is not ok. */
  reason?: string;
  version?: 1 | 2;
  /** The process's cgroup path in the hierarchy read. */
  path?: string;
  /** Directory whose counter is read: cpu.stat (v2) or cpuacct.usage (v1). */
  usageFile?: string;
  quotaCpus?: QuotaCpus;
  cpusetCpus?: number | null;
  allowance?: CpuAllowance;
  /** The cgroup's memory limit, bytes; null for none or unknown. */
  memoryLimitB?: number | null;
}

/** Where a cgroup path of a hierarchy lies on disk, given that hierarchy's mount. */
export function cgroupDir(
  mount: CgroupMount,
  path: string,
  fsRoot: string,
  exists: (p: string) => boolean = existsSync,
): string {
  const base = join(fsRoot, mount.mountPoint);
  // The mount shows the subtree at `root`; a path outside it (no cgroup namespace, Docker's
  // v1 bind mounts) means the container sees its own cgroup at the mount point itself.
  const rel =
    mount.root === '/'
      ? path
      : path === mount.root
        ? '/'
        : path.startsWith(mount.root + '/')
          ? path.slice(mount.root.length)
          : null;
  if (rel !== null) {
    const dir = rel === '/' ? base : join(base, rel);
    if (exists(dir)) return dir;
  }
  return base;
}

const readText = (p: string): string | null => {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return null;
  }
};

/** The quota of a cgroup and its ancestors up to the mount point: the tightest one binds. */
function tightestQuota(dir: string, stopAt: string, read: (d: string) => QuotaCpus | undefined): QuotaCpus {
  let best: QuotaCpus = null;
  let d = dir;
  for (;;) {
    const q = read(d);
    if (q !== undefined && q !== null && (best === null || q < best)) best = q;
    if (d === stopAt || d.length <= stopAt.length) break;
    const up = posix.dirname(d);
    if (up === d) break;
    d = up;
  }
  return best;
}

export interface DiscoverOptions {
  /** Prefix of every path read ("/" on a real machine, a fixture tree in tests). */
  fsRoot?: string;
  /** CPUs of the machine the cgroup runs on: the cap of the allowance. */
  hostCpus: number;
  /** Read a given cgroup directory instead of the process's own (tests, tools). */
  dir?: string;
}

/**
 * Finds this process's cgroup and its CPU counter, quota and cpuset. Prefers v2 when the
 * unified hierarchy has the cpu controller (pure v2); on a hybrid system the v1 cpuacct
 * hierarchy is where CPU is accounted, with the v2 cpu.stat as a fallback.
 */
export function discoverCgroup(opts: DiscoverOptions): CgroupInfo {
  const fsRoot = opts.fsRoot ?? '/';
  const cgroupText = readText(join(fsRoot, 'proc/self/cgroup'));
  const mountText = readText(join(fsRoot, 'proc/self/mountinfo'));
  if (opts.dir) {
    return existsSync(join(opts.dir, 'cpuacct.usage'))
      ? describeV1(opts.dir, opts.dir, opts.hostCpus, '/', [], [])
      : describeV2(opts.dir, opts.dir, opts.dir, opts.hostCpus);
  }
  if (cgroupText === null || mountText === null)
    return {
      status: 'absent',
      reason: 'no /proc/self/cgroup or /proc/self/mountinfo (not Linux, or /proc not mounted)',
    };
  let members: CgroupMembership[];
  try {
    members = parseProcCgroup(cgroupText);
  } catch (err) {
    return { status: 'unreadable', reason: (err as Error).message };
  }
  const mounts = parseCgroupMounts(mountText);
  const v2 = members.find((m) => m.id === '0' && m.controllers.length === 0);
  const v2Mount = mounts.find((m) => m.version === 2);
  const v1Cpuacct = members.find((m) => m.controllers.includes('cpuacct'));
  const v1CpuacctMount = mounts.find((m) => m.version === 1 && m.controllers.includes('cpuacct'));

  const v2Dir = v2 && v2Mount ? cgroupDir(v2Mount, v2.path, fsRoot) : null;
  const v2HasCpu =
    v2Dir !== null &&
    (
      readText(join(fsRoot, v2Mount!.mountPoint, 'cgroup.controllers')) ??
      readText(join(v2Dir, 'cgroup.controllers')) ??
      ''
    )
      .split(/\s+/)
      .includes('cpu');
  if (v2Dir && (v2HasCpu || !(v1Cpuacct && v1CpuacctMount))) {
    if (!existsSync(join(v2Dir, 'cpu.stat'))) return { status: 'unreadable', reason: `no cpu.stat in ${v2Dir}` };
    return describeV2(v2Dir, join(fsRoot, v2Mount!.mountPoint), v2!.path, opts.hostCpus);
  }
  if (v1Cpuacct && v1CpuacctMount) {
    const dir = cgroupDir(v1CpuacctMount, v1Cpuacct.path, fsRoot);
    return describeV1(dir, v1Cpuacct.path, opts.hostCpus, fsRoot, mounts, members);
  }
  return { status: 'absent', reason: 'no cgroup v2 hierarchy and no v1 cpuacct hierarchy is mounted' };
}

/** A parsed value; `fallback` when the file is absent (null text) or does not parse: reads here tolerate both. */
function parsedOr<T, F>(text: string | null, parse: (text: string) => T, fallback: F): T | F {
  try {
    return text === null ? fallback : parse(text);
  } catch {
    return fallback;
  }
}

/** The usage counter must parse now, or the sampler would meter nothing: say which file and why. */
function unreadableCounter(
  usageFile: string,
  parse: (text: string) => number,
  version: 1 | 2,
  path: string,
): CgroupInfo | null {
  try {
    parse(readFileSync(usageFile, 'utf8'));
    return null;
  } catch (err) {
    return { status: 'unreadable', reason: `${usageFile}: ${(err as Error).message}`, version, path };
  }
}

function okInfo(
  found: Pick<CgroupInfo, 'path' | 'usageFile' | 'memoryLimitB'> & { version: 1 | 2 },
  quotaCpus: QuotaCpus,
  cpusetCpus: number | null,
  hostCpus: number,
): CgroupInfo {
  return { status: 'ok', ...found, quotaCpus, cpusetCpus, allowance: cpuAllowance(quotaCpus, cpusetCpus, hostCpus) };
}

function describeV2(dir: string, mountDir: string, path: string, hostCpus: number): CgroupInfo {
  const quotaCpus = tightestQuota(dir, mountDir, (d) => parsedOr(readText(join(d, 'cpu.max')), parseCpuMax, undefined));
  const cpusetCpus = parsedOr(readText(join(dir, 'cpuset.cpus.effective')), parseCpuListSize, null);
  const usageFile = join(dir, 'cpu.stat');
  const unreadable = unreadableCounter(usageFile, parseCpuStatUsageUsec, 2, path);
  if (unreadable) return unreadable;
  const memoryLimitB = readMemoryLimit(join(dir, 'memory.max'));
  return okInfo({ version: 2, path, usageFile, memoryLimitB }, quotaCpus, cpusetCpus, hostCpus);
}

function describeV1(
  dir: string,
  path: string,
  hostCpus: number,
  fsRoot: string,
  mounts: CgroupMount[],
  members: CgroupMembership[],
): CgroupInfo {
  const usageFile = join(dir, 'cpuacct.usage');
  const unreadable = unreadableCounter(usageFile, parseCpuacctUsageUsec, 1, path);
  if (unreadable) return unreadable;
  // The quota lives in the cpu hierarchy, the cpuset in its own; either may be mounted with cpuacct.
  const find = (c: string): string | null => {
    const m = members.find((x) => x.controllers.includes(c));
    const mount = mounts.find((x) => x.version === 1 && x.controllers.includes(c));
    return m && mount ? cgroupDir(mount, m.path, fsRoot) : mounts.length === 0 ? dir : null;
  };
  const cpuDir = find('cpu');
  let quotaCpus: QuotaCpus = null;
  if (cpuDir) {
    const cpuMount = mounts.find((x) => x.version === 1 && x.controllers.includes('cpu'));
    quotaCpus = tightestQuota(cpuDir, cpuMount ? join(fsRoot, cpuMount.mountPoint) : cpuDir, (d) => {
      const q = readText(join(d, 'cpu.cfs_quota_us'));
      const p = readText(join(d, 'cpu.cfs_period_us'));
      try {
        return q === null || p === null ? undefined : parseCfsQuota(q, p);
      } catch {
        return undefined;
      }
    });
  }
  const cpusetDir = find('cpuset');
  let cpusetCpus: number | null = null;
  if (cpusetDir) {
    const t = readText(join(cpusetDir, 'cpuset.effective_cpus')) ?? readText(join(cpusetDir, 'cpuset.cpus'));
    cpusetCpus = parsedOr(t, parseCpuListSize, null);
  }
  const memoryDir = find('memory');
  const memoryLimitB = memoryDir ? readMemoryLimit(join(memoryDir, 'memory.limit_in_bytes')) : null;
  return okInfo({ version: 1, path, usageFile, memoryLimitB }, quotaCpus, cpusetCpus, hostCpus);
}

function readMemoryLimit(file: string): number | null {
  return parsedOr(readText(file), parseMemoryLimitB, null);
}

/** Gathers the container signals of this process (all reads tolerate absence). */
export function containerSignals(fsRoot = '/', env: NodeJS.ProcessEnv = process.env): ContainerSignals {
  const cgroupText = readText(join(fsRoot, 'proc/self/cgroup'));
  let paths: string[];
  try {
    const members = cgroupText ? parseProcCgroup(cgroupText) : [];
    paths = [...members.filter((m) => m.id === '0'), ...members.filter((m) => m.id !== '0')].map((m) => m.path);
  } catch {
    paths = [];
  }
  return {
    dockerenv: existsSync(join(fsRoot, '.dockerenv')),
    containerenv: existsSync(join(fsRoot, 'run/.containerenv')),
    kubernetes: Boolean(env.KUBERNETES_SERVICE_HOST),
    cgroupPaths: [...new Set(paths)],
    pid1Comm: readText(join(fsRoot, 'proc/1/comm'))?.trim() ?? null,
  };
}

const USAGE_USEC = Buffer.from('usage_usec ', 'latin1');

/**
 * The whole number at `from` in `buf[0, n)` when only a newline (or the end) follows it; null otherwise. The tick's
 * fast path: no string, no regex, for the one counter read every second.
 */
export function wholeNumberAt(buf: Buffer, n: number, from: number): number | null {
  let value = 0;
  let i = from;
  for (; i < n; i++) {
    const c = buf[i];
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
  }
  if (i === from || (i < n && buf[i] !== 10)) return null;
  return value;
}

/**
 * Reads the cgroup's cumulative CPU time, µs, keeping the file open: one pread per tick.
 */
export function createCgroupUsageReader(usageFile: string): { read(): number; close(): void } {
  const v2 = usageFile.endsWith('cpu.stat');
  let fd = openSync(usageFile, 'r');
  const buf = Buffer.allocUnsafe(4096);
  return {
    read(): number {
      const n = readSync(fd, buf, 0, buf.length, 0);
      // usage_usec is cpu.stat's first line; anything unexpected takes the text parsers and their errors.
      if (!v2) {
        const ns = wholeNumberAt(buf, n, 0);
        if (ns !== null) return ns / 1000;
      } else if (n > USAGE_USEC.length && buf.compare(USAGE_USEC, 0, USAGE_USEC.length, 0, USAGE_USEC.length) === 0) {
        const usec = wholeNumberAt(buf, n, USAGE_USEC.length);
        if (usec !== null) return usec;
      }
      const text = buf.toString('latin1', 0, n);
      return v2 ? parseCpuStatUsageUsec(text) : parseCpuacctUsageUsec(text);
    },
    close(): void {
      if (fd >= 0) closeSync(fd);
      fd = -1;
    },
  };
}
