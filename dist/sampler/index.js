import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/meter/idle-gc.ts
// Imported first by the processes that sleep through a whole job: the CLI (`measure`) and the
// background sampler. V8's memory reducer runs up to three full mark-compact GCs in the seconds
// after start-up to hand back a few MB of heap. In the CLI, which then only wakes once a second,
// those GCs were most of its cost after start-up: 40–90 ms each on a loaded 2-vCPU VM, about 0.15 %
// of a core over a minute (README, Benchmarks). The sampler's smaller heap did not trigger them; it
// sets the flag as a guard. V8 reads the flag each time the old generation grows, so setting it
// before the other modules run is in time; the heap it would have returned is about 3 MB.

(0,external_node_v8_namespaceObject.setFlagsFromString)('--no-memory-reducer-for-small-heaps');

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/meter/cgroup.ts
// The process's own cgroup: where it is, how much CPU it has used, and how much it may use.
// Inside a container /proc/stat shows the whole host, other tenants included; the cgroup's
// CPU-time counter counts only this container's processes. Parsers are pure; the few reads
// are done by discoverCgroup / createCgroupUsageReader, with every path under `fsRoot` so
// tests can point them at captured trees.


/** Parses /proc/self/cgroup ("hierarchy-ID:controller-list:cgroup-path" per line). */
function parseProcCgroup(text) {
    const out = [];
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (!line)
            continue;
        const a = line.indexOf(':');
        const b = line.indexOf(':', a + 1);
        if (a < 0 || b < 0)
            throw new Error(`/proc/self/cgroup: line ${JSON.stringify(line)} is not "id:controllers:path"`);
        const controllers = line.slice(a + 1, b);
        out.push({
            id: line.slice(0, a),
            controllers: controllers ? controllers.split(',') : [],
            path: line.slice(b + 1) || '/',
        });
    }
    return out;
}
// mountinfo escapes blanks in paths as octal (\040).
const unescapeMountPath = (p) => p.replace(/\\([0-7]{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8)));
/** The cgroup and cgroup2 mounts in /proc/self/mountinfo. */
function parseCgroupMounts(mountinfo) {
    const out = [];
    for (const line of mountinfo.split('\n')) {
        const sep = line.indexOf(' - ');
        if (sep < 0)
            continue;
        const left = line.slice(0, sep).split(' ');
        const right = line.slice(sep + 3).split(' ');
        const fsType = right[0];
        if (fsType !== 'cgroup' && fsType !== 'cgroup2')
            continue;
        if (left.length < 5)
            continue;
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
function parseCpuStatUsageUsec(text) {
    const m = /^usage_usec\s+(\d+)\s*$/m.exec(text);
    if (!m)
        throw new Error(`cpu.stat: no "usage_usec" line in ${JSON.stringify(text.slice(0, 80))}`);
    return Number(m[1]);
}
/** cgroup v1 cpuacct.usage: ns of CPU time, returned in µs like v2's counter. */
function parseCpuacctUsageUsec(text) {
    const t = text.trim();
    if (!/^\d+$/.test(t))
        throw new Error(`cpuacct.usage: ${JSON.stringify(t.slice(0, 40))} is not a count of nanoseconds`);
    return Number(t) / 1000;
}
/** cgroup v2 cpu.max: "$MAX $PERIOD", MAX being "max" for no limit. */
function parseCpuMax(text) {
    const m = /^(max|\d+)(?:\s+(\d+))?\s*$/.exec(text.trim());
    if (!m)
        throw new Error(`cpu.max: ${JSON.stringify(text.trim().slice(0, 40))} is not "max PERIOD" or "QUOTA PERIOD"`);
    if (m[1] === 'max')
        return null;
    const periodUs = Number(m[2] ?? 100000); // the kernel's default period when only the quota is written
    return periodUs > 0 ? Number(m[1]) / periodUs : null;
}
/** cgroup v1 cpu.cfs_quota_us / cpu.cfs_period_us; quota -1 means no limit. */
function parseCfsQuota(quotaText, periodText) {
    const quota = Number(quotaText.trim());
    const period = Number(periodText.trim());
    if (!Number.isInteger(quota))
        throw new Error(`cpu.cfs_quota_us: ${JSON.stringify(quotaText.trim())} is not a whole number of µs`);
    if (!(Number.isInteger(period) && period > 0))
        throw new Error(`cpu.cfs_period_us: ${JSON.stringify(periodText.trim())} is not a positive whole number of µs`);
    return quota < 0 ? null : quota / period;
}
/** Number of CPUs in a cpuset list such as "0-3,8,10-11"; null for an empty list. */
function parseCpuListSize(text) {
    const t = text.trim();
    if (!t)
        return null;
    let n = 0;
    for (const part of t.split(',')) {
        const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
        if (!m)
            throw new Error(`cpuset: ${JSON.stringify(t.slice(0, 40))} is not a CPU list such as 0-3,8`);
        const lo = Number(m[1]);
        const hi = m[2] === undefined ? lo : Number(m[2]);
        if (hi < lo)
            throw new Error(`cpuset: range ${part} runs backwards`);
        n += hi - lo + 1;
    }
    return n;
}
/**
 * A memory limit in bytes: cgroup v2 memory.max ("max" = none) or v1 memory.limit_in_bytes
 * (no limit reads as PAGE_COUNTER_MAX pages, about 9.2e18). null for none.
 */
function parseMemoryLimitB(text) {
    const t = text.trim();
    if (t === 'max')
        return null;
    if (!/^\d+$/.test(t))
        throw new Error(`memory limit: ${JSON.stringify(t.slice(0, 40))} is not "max" or a number of bytes`);
    const b = Number(t);
    return b >= 2 ** 62 ? null : b;
}
/**
 * The container's CPU allowance: its quota, else its cpuset, else every CPU of the machine.
 * A quota above the cpuset (or the machine) cannot be used, so the smaller one wins.
 */
function cpuAllowance(quotaCpus, cpusetCpus, hostCpus) {
    const cap = cpusetCpus !== null ? Math.min(cpusetCpus, hostCpus) : hostCpus;
    if (quotaCpus !== null && quotaCpus > 0 && quotaCpus < cap)
        return { cpus: quotaCpus, source: 'quota' };
    if (cpusetCpus !== null && cpusetCpus < hostCpus)
        return { cpus: cpusetCpus, source: 'cpuset' };
    return { cpus: hostCpus, source: 'host' };
}
// Path segments container runtimes give their cgroups: Docker, Kubernetes (cgroupfs and
// systemd drivers), Podman/libpod, containerd, CRI-O, LXC, GitHub's actions_job network of containers.
const CONTAINER_PATH = /(^|\/)(docker[-/.]|docker$|kubepods|libpod|containerd|crio-|cri-containerd|lxc(\/|\.payload)|actions_job)/;
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
/**
 * Inside a container when any of: /.dockerenv (Docker), /run/.containerenv (Podman),
 * KUBERNETES_SERVICE_HOST (every Kubernetes pod), a cgroup path a container runtime named,
 * or PID 1 that is not an init system (a container's entrypoint: GitHub's `container:` jobs
 * run `tail -f /dev/null`). A non-root cgroup path alone is not a sign: on a systemd VM the
 * runner itself lives in /system.slice/actions.runner…service.
 */
function detectContainer(s) {
    const reasons = [];
    if (s.dockerenv)
        reasons.push('/.dockerenv exists');
    if (s.containerenv)
        reasons.push('/run/.containerenv exists');
    if (s.kubernetes)
        reasons.push('KUBERNETES_SERVICE_HOST is set');
    const named = s.cgroupPaths.find((p) => CONTAINER_PATH.test(p));
    if (named)
        reasons.push(`cgroup ${named} is a container runtime's`);
    if (s.pid1Comm !== null && s.pid1Comm !== '' && !INIT_NAMES.has(s.pid1Comm))
        reasons.push(`PID 1 is ${JSON.stringify(s.pid1Comm)}, not an init system`);
    return { inContainer: reasons.length > 0, reasons };
}
/** Where a cgroup path of a hierarchy lies on disk, given that hierarchy's mount. */
function cgroupDir(mount, path, fsRoot, exists = external_node_fs_namespaceObject.existsSync) {
    const base = (0,external_node_path_namespaceObject.join)(fsRoot, mount.mountPoint);
    // The mount shows the subtree at `root`; a path outside it (no cgroup namespace, Docker's
    // v1 bind mounts) means the container sees its own cgroup at the mount point itself.
    const rel = mount.root === '/'
        ? path
        : path === mount.root
            ? '/'
            : path.startsWith(mount.root + '/')
                ? path.slice(mount.root.length)
                : null;
    if (rel !== null) {
        const dir = rel === '/' ? base : (0,external_node_path_namespaceObject.join)(base, rel);
        if (exists(dir))
            return dir;
    }
    return base;
}
const readText = (p) => {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(p, 'utf8');
    }
    catch {
        return null;
    }
};
/** The quota of a cgroup and its ancestors up to the mount point: the tightest one binds. */
function tightestQuota(dir, stopAt, read) {
    let best = null;
    let d = dir;
    for (;;) {
        const q = read(d);
        if (q !== undefined && q !== null && (best === null || q < best))
            best = q;
        if (d === stopAt || d.length <= stopAt.length)
            break;
        const up = external_node_path_namespaceObject.posix.dirname(d);
        if (up === d)
            break;
        d = up;
    }
    return best;
}
/**
 * Finds this process's cgroup and its CPU counter, quota and cpuset. Prefers v2 when the
 * unified hierarchy has the cpu controller (pure v2); on a hybrid system the v1 cpuacct
 * hierarchy is where CPU is accounted, with the v2 cpu.stat as a fallback.
 */
function discoverCgroup(opts) {
    const fsRoot = opts.fsRoot ?? '/';
    const cgroupText = readText((0,external_node_path_namespaceObject.join)(fsRoot, 'proc/self/cgroup'));
    const mountText = readText((0,external_node_path_namespaceObject.join)(fsRoot, 'proc/self/mountinfo'));
    if (opts.dir) {
        return (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(opts.dir, 'cpuacct.usage'))
            ? describeV1(opts.dir, opts.dir, opts.hostCpus, '/', [], [])
            : describeV2(opts.dir, opts.dir, opts.dir, opts.hostCpus);
    }
    if (cgroupText === null || mountText === null)
        return {
            status: 'absent',
            reason: 'no /proc/self/cgroup or /proc/self/mountinfo (not Linux, or /proc not mounted)',
        };
    let members;
    try {
        members = parseProcCgroup(cgroupText);
    }
    catch (err) {
        return { status: 'unreadable', reason: err.message };
    }
    const mounts = parseCgroupMounts(mountText);
    const v2 = members.find((m) => m.id === '0' && m.controllers.length === 0);
    const v2Mount = mounts.find((m) => m.version === 2);
    const v1Cpuacct = members.find((m) => m.controllers.includes('cpuacct'));
    const v1CpuacctMount = mounts.find((m) => m.version === 1 && m.controllers.includes('cpuacct'));
    const v2Dir = v2 && v2Mount ? cgroupDir(v2Mount, v2.path, fsRoot) : null;
    const v2HasCpu = v2Dir !== null &&
        (readText((0,external_node_path_namespaceObject.join)(fsRoot, v2Mount.mountPoint, 'cgroup.controllers')) ??
            readText((0,external_node_path_namespaceObject.join)(v2Dir, 'cgroup.controllers')) ??
            '')
            .split(/\s+/)
            .includes('cpu');
    if (v2Dir && (v2HasCpu || !(v1Cpuacct && v1CpuacctMount))) {
        if (!(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(v2Dir, 'cpu.stat')))
            return { status: 'unreadable', reason: `no cpu.stat in ${v2Dir}` };
        return describeV2(v2Dir, (0,external_node_path_namespaceObject.join)(fsRoot, v2Mount.mountPoint), v2.path, opts.hostCpus);
    }
    if (v1Cpuacct && v1CpuacctMount) {
        const dir = cgroupDir(v1CpuacctMount, v1Cpuacct.path, fsRoot);
        return describeV1(dir, v1Cpuacct.path, opts.hostCpus, fsRoot, mounts, members);
    }
    return { status: 'absent', reason: 'no cgroup v2 hierarchy and no v1 cpuacct hierarchy is mounted' };
}
/** A parsed value; `fallback` when the file is absent (null text) or does not parse: reads here tolerate both. */
function parsedOr(text, parse, fallback) {
    try {
        return text === null ? fallback : parse(text);
    }
    catch {
        return fallback;
    }
}
/** The usage counter must parse now, or the sampler would meter nothing: say which file and why. */
function unreadableCounter(usageFile, parse, version, path) {
    try {
        parse((0,external_node_fs_namespaceObject.readFileSync)(usageFile, 'utf8'));
        return null;
    }
    catch (err) {
        return { status: 'unreadable', reason: `${usageFile}: ${err.message}`, version, path };
    }
}
function okInfo(found, quotaCpus, cpusetCpus, hostCpus) {
    return { status: 'ok', ...found, quotaCpus, cpusetCpus, allowance: cpuAllowance(quotaCpus, cpusetCpus, hostCpus) };
}
function describeV2(dir, mountDir, path, hostCpus) {
    const quotaCpus = tightestQuota(dir, mountDir, (d) => parsedOr(readText((0,external_node_path_namespaceObject.join)(d, 'cpu.max')), parseCpuMax, undefined));
    const cpusetCpus = parsedOr(readText((0,external_node_path_namespaceObject.join)(dir, 'cpuset.cpus.effective')), parseCpuListSize, null);
    const usageFile = (0,external_node_path_namespaceObject.join)(dir, 'cpu.stat');
    const unreadable = unreadableCounter(usageFile, parseCpuStatUsageUsec, 2, path);
    if (unreadable)
        return unreadable;
    const memoryLimitB = readMemoryLimit((0,external_node_path_namespaceObject.join)(dir, 'memory.max'));
    return okInfo({ version: 2, path, usageFile, memoryLimitB }, quotaCpus, cpusetCpus, hostCpus);
}
function describeV1(dir, path, hostCpus, fsRoot, mounts, members) {
    const usageFile = (0,external_node_path_namespaceObject.join)(dir, 'cpuacct.usage');
    const unreadable = unreadableCounter(usageFile, parseCpuacctUsageUsec, 1, path);
    if (unreadable)
        return unreadable;
    // The quota lives in the cpu hierarchy, the cpuset in its own; either may be mounted with cpuacct.
    const find = (c) => {
        const m = members.find((x) => x.controllers.includes(c));
        const mount = mounts.find((x) => x.version === 1 && x.controllers.includes(c));
        return m && mount ? cgroupDir(mount, m.path, fsRoot) : mounts.length === 0 ? dir : null;
    };
    const cpuDir = find('cpu');
    let quotaCpus = null;
    if (cpuDir) {
        const cpuMount = mounts.find((x) => x.version === 1 && x.controllers.includes('cpu'));
        quotaCpus = tightestQuota(cpuDir, cpuMount ? (0,external_node_path_namespaceObject.join)(fsRoot, cpuMount.mountPoint) : cpuDir, (d) => {
            const q = readText((0,external_node_path_namespaceObject.join)(d, 'cpu.cfs_quota_us'));
            const p = readText((0,external_node_path_namespaceObject.join)(d, 'cpu.cfs_period_us'));
            try {
                return q === null || p === null ? undefined : parseCfsQuota(q, p);
            }
            catch {
                return undefined;
            }
        });
    }
    const cpusetDir = find('cpuset');
    let cpusetCpus = null;
    if (cpusetDir) {
        const t = readText((0,external_node_path_namespaceObject.join)(cpusetDir, 'cpuset.effective_cpus')) ?? readText((0,external_node_path_namespaceObject.join)(cpusetDir, 'cpuset.cpus'));
        cpusetCpus = parsedOr(t, parseCpuListSize, null);
    }
    const memoryDir = find('memory');
    const memoryLimitB = memoryDir ? readMemoryLimit((0,external_node_path_namespaceObject.join)(memoryDir, 'memory.limit_in_bytes')) : null;
    return okInfo({ version: 1, path, usageFile, memoryLimitB }, quotaCpus, cpusetCpus, hostCpus);
}
function readMemoryLimit(file) {
    return parsedOr(readText(file), parseMemoryLimitB, null);
}
/** Gathers the container signals of this process (all reads tolerate absence). */
function containerSignals(fsRoot = '/', env = process.env) {
    const cgroupText = readText((0,external_node_path_namespaceObject.join)(fsRoot, 'proc/self/cgroup'));
    let paths;
    try {
        const members = cgroupText ? parseProcCgroup(cgroupText) : [];
        paths = [...members.filter((m) => m.id === '0'), ...members.filter((m) => m.id !== '0')].map((m) => m.path);
    }
    catch {
        paths = [];
    }
    return {
        dockerenv: (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(fsRoot, '.dockerenv')),
        containerenv: (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(fsRoot, 'run/.containerenv')),
        kubernetes: Boolean(env.KUBERNETES_SERVICE_HOST),
        cgroupPaths: [...new Set(paths)],
        pid1Comm: readText((0,external_node_path_namespaceObject.join)(fsRoot, 'proc/1/comm'))?.trim() ?? null,
    };
}
const USAGE_USEC = Buffer.from('usage_usec ', 'latin1');
/**
 * The whole number at `from` in `buf[0, n)` when only a newline (or the end) follows it; null otherwise. The tick's
 * fast path: no string, no regex, for the one counter read every second.
 */
function wholeNumberAt(buf, n, from) {
    let value = 0;
    let i = from;
    for (; i < n; i++) {
        const c = buf[i];
        if (c < 48 || c > 57)
            break;
        value = value * 10 + (c - 48);
    }
    if (i === from || (i < n && buf[i] !== 10))
        return null;
    return value;
}
/**
 * Reads the cgroup's cumulative CPU time, µs, keeping the file open: one pread per tick.
 */
function createCgroupUsageReader(usageFile) {
    const v2 = usageFile.endsWith('cpu.stat');
    let fd = (0,external_node_fs_namespaceObject.openSync)(usageFile, 'r');
    const buf = Buffer.allocUnsafe(4096);
    return {
        read() {
            const n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, 0, buf.length, 0);
            // usage_usec is cpu.stat's first line; anything unexpected takes the text parsers and their errors.
            if (!v2) {
                const ns = wholeNumberAt(buf, n, 0);
                if (ns !== null)
                    return ns / 1000;
            }
            else if (n > USAGE_USEC.length && buf.compare(USAGE_USEC, 0, USAGE_USEC.length, 0, USAGE_USEC.length) === 0) {
                const usec = wholeNumberAt(buf, n, USAGE_USEC.length);
                if (usec !== null)
                    return usec;
            }
            const text = buf.toString('latin1', 0, n);
            return v2 ? parseCpuStatUsageUsec(text) : parseCpuacctUsageUsec(text);
        },
        close() {
            if (fd >= 0)
                (0,external_node_fs_namespaceObject.closeSync)(fd);
            fd = -1;
        },
    };
}

;// CONCATENATED MODULE: ./src/meter/meminfo.ts
// Memory in use. Linux: MemTotal − MemAvailable from /proc/meminfo (MemAvailable counts
// reclaimable cache as free, which is what "used" should mean). Elsewhere: os.totalmem/freemem.


const KB = 1024; // /proc/meminfo's "kB" are KiB
// Looks fields up by name instead of splitting all ~55 lines: this runs every tick.
function fieldB(text, name) {
    let at = text.startsWith(`${name}:`) ? 0 : text.indexOf(`\n${name}:`);
    if (at < 0)
        return undefined;
    at = text.indexOf(':', at) + 1;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)
        at++;
    let end = at;
    while (text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57)
        end++;
    return end > at ? Number(text.slice(at, end)) * KB : undefined;
}
function parseMeminfo(text) {
    const totalB = fieldB(text, 'MemTotal');
    if (totalB === undefined)
        throw new Error(`/proc/meminfo: no MemTotal line in ${JSON.stringify(text.slice(0, 80))}`);
    // Kernels before 3.14 lack MemAvailable; approximate it the way free(1) did then.
    const availableB = fieldB(text, 'MemAvailable') ??
        (fieldB(text, 'MemFree') ?? 0) + (fieldB(text, 'Buffers') ?? 0) + (fieldB(text, 'Cached') ?? 0);
    return { totalB, usedB: Math.max(0, totalB - availableB) };
}
function createMemoryReader(opts = {}) {
    const platform = opts.platform ?? process.platform;
    if (platform === 'linux') {
        const path = opts.meminfoPath ?? '/proc/meminfo';
        // One descriptor kept open and re-read from offset 0 into a reused buffer.
        let fd = -1;
        const buf = Buffer.allocUnsafe(8192);
        return () => {
            if (fd < 0)
                fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
            const n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, 0, buf.length, 0);
            return parseMeminfo(buf.toString('latin1', 0, n));
        };
    }
    return () => {
        const totalB = (0,external_node_os_namespaceObject.totalmem)();
        return { totalB, usedB: totalB - (0,external_node_os_namespaceObject.freemem)() };
    };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/meter/nvidia-smi.ts
// NVIDIA GPUs through nvidia-smi. One query at start lists the GPUs (ENOENT: no GPUs, not an
// error); during sampling ONE long-lived `nvidia-smi … -lms <interval>` child streams CSV lines
// and the latest reading per GPU is attached to each sample, so no process is forked per tick.
// nvidia-smi's --query-gpu offers no energy counter (NVML's nvmlDeviceGetTotalEnergyConsumption
// is not among its fields), so GPU energy is integrated from power.draw.

const NVIDIA_SMI = 'nvidia-smi';
const GPU_QUERY_FIELDS = ['index', 'name', 'power.draw', 'utilization.gpu', 'memory.total'];
const FORMAT = '--format=csv,noheader,nounits';
/** "[N/A]", "N/A", "[Not Supported]", "[Unknown Error]", "" and anything non-numeric → null. */
function parseNvidiaSmiNumber(text) {
    const t = text.trim();
    if (t === '' || t.startsWith('[') || /^n\/a$/i.test(t))
        return null;
    const x = Number(t);
    return Number.isFinite(x) ? x : null;
}
/**
 * One CSV line in GPU_QUERY_FIELDS order. The name is the only free-text field, so any
 * surplus commas are taken to belong to it. Returns null for a line that is not a reading
 * (an nvidia-smi error message, a blank line).
 */
function parseNvidiaSmiLine(line) {
    const parts = line.split(',');
    const n = GPU_QUERY_FIELDS.length;
    if (parts.length < n)
        return null;
    const extra = parts.length - n;
    const index = Number(parts[0].trim());
    if (!/^\d+$/.test(parts[0].trim()))
        return null;
    const rest = parts.slice(2 + extra);
    return {
        index,
        name: parts
            .slice(1, 2 + extra)
            .join(',')
            .trim(),
        powerW: parseNvidiaSmiNumber(rest[0]),
        utilisationPct: parseNvidiaSmiNumber(rest[1]),
        memoryTotalMiB: parseNvidiaSmiNumber(rest[2]),
    };
}
function parseNvidiaSmiCsv(text) {
    const out = [];
    for (const line of text.split(/\r?\n/)) {
        const r = parseNvidiaSmiLine(line);
        if (r)
            out.push(r);
    }
    return out;
}
function queryArgs() {
    return [`--query-gpu=${GPU_QUERY_FIELDS.join(',')}`, FORMAT];
}
const defaultExec = (file, args) => new Promise((resolve, reject) => {
    (0,external_node_child_process_namespaceObject.execFile)(file, args, { timeout: 15_000, windowsHide: true }, (err, stdout, stderr) => {
        if (err)
            reject(Object.assign(err, { stdout, stderr }));
        else
            resolve({ stdout, stderr });
    });
});
/** One-shot query: which GPUs are there. Never throws. */
async function queryGpus(opts = {}) {
    const exec = opts.exec ?? defaultExec;
    const command = opts.command ?? NVIDIA_SMI;
    try {
        const { stdout } = await exec(command, queryArgs());
        const readings = parseNvidiaSmiCsv(stdout);
        if (readings.length === 0) {
            const first = stdout.trim().split('\n')[0] ?? '';
            return {
                header: { status: 'absent', reason: `${command} listed no GPUs${first ? `: ${first}` : ''}` },
                readings,
            };
        }
        const gpus = readings.map((r) => ({
            index: r.index,
            name: r.name,
            ...(r.memoryTotalMiB !== null ? { memoryMiB: r.memoryTotalMiB } : {}),
        }));
        return { header: { status: 'ok', gpus, fields: [...GPU_QUERY_FIELDS] }, readings };
    }
    catch (err) {
        const e = err;
        if (e.code === 'ENOENT')
            return { header: { status: 'absent', reason: `${command} not found on PATH` }, readings: [] };
        // e.g. "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver".
        const said = `${e.stderr ?? ''}\n${e.stdout ?? ''}`.trim().split('\n')[0] || e.message;
        return { header: { status: 'error', reason: `${command} failed: ${said}` }, readings: [] };
    }
}
/** Starts the one long-lived `nvidia-smi … -lms <intervalMs>` child. */
function startGpuStream(opts) {
    const command = opts.command ?? NVIDIA_SMI;
    const doSpawn = opts.spawn ?? ((c, a) => (0,external_node_child_process_namespaceObject.spawn)(c, a, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true }));
    const latestByIndex = new Map();
    // A GPU whose lines stop coming (fallen off the bus) must not repeat its last power forever.
    const staleAfterMs = Math.max(3 * opts.intervalMs, 5000);
    const now = opts.now ?? Date.now;
    let sorted = [];
    let dirty = false;
    let failed = null;
    let stopping = false;
    let partial = '';
    const child = doSpawn(command, [...queryArgs(), `-lms`, String(Math.round(opts.intervalMs))]);
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk) => {
        const text = partial + chunk;
        const lastNl = text.lastIndexOf('\n');
        if (lastNl < 0) {
            partial = text;
            return;
        }
        partial = text.slice(lastNl + 1);
        for (const line of text.slice(0, lastNl).split('\n')) {
            const r = parseNvidiaSmiLine(line);
            if (r) {
                latestByIndex.set(r.index, { reading: r, atMs: now() });
                dirty = true;
            }
        }
    });
    let stderrTail = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk) => {
        stderrTail = (stderrTail + chunk).slice(-300);
    });
    child.on('error', (err) => {
        if (!stopping)
            failed = `${command}: ${err.code ?? err.message}`;
    });
    child.on('exit', (code, signal) => {
        if (!stopping && !failed) {
            failed =
                `${command} exited ` +
                    `(${signal ?? `code ${code}`})${stderrTail ? `: ${stderrTail.trim().split('\n')[0]}` : ''}`;
        }
    });
    return {
        latest() {
            const t = now();
            for (const [index, e] of latestByIndex) {
                if (t - e.atMs > staleAfterMs) {
                    latestByIndex.delete(index);
                    dirty = true;
                }
            }
            if (dirty) {
                sorted = [...latestByIndex.values()].map((e) => e.reading).sort((a, b) => a.index - b.index);
                dirty = false;
            }
            return sorted;
        },
        failure: () => failed,
        stop() {
            stopping = true;
            if (child.exitCode === null && child.signalCode === null)
                child.kill('SIGTERM');
        },
    };
}

;// CONCATENATED MODULE: ./src/meter/proc-stat.ts
// CPU utilisation on Linux from /proc/stat's cumulative tick counters. Storing the counters
// (not a percentage) lets utilisation over any interval be computed exactly from a delta,
// even across a gap where the sampler was starved.

// Columns: user nice system idle iowait irq softirq steal guest guest_nice.
// guest/guest_nice are already counted inside user/nice, so they are left out of the sum.
// steal is wall time the hypervisor gave to someone else: part of the total, never busy.
function ticksFromFields(fields, line) {
    const n = (i) => {
        const v = fields[i];
        if (v === undefined)
            return 0; // old kernels have fewer columns
        const x = Number(v);
        if (!Number.isFinite(x))
            throw new Error(`/proc/stat: column ${i} of "${line}" is "${v}", expected a tick count`);
        return x;
    };
    const user = n(1), nice = n(2), system = n(3), idle = n(4), iowait = n(5);
    const irq = n(6), softirq = n(7), steal = n(8);
    const busy = user + nice + system + irq + softirq;
    return { busy, total: busy + idle + iowait + steal };
}
function parseProcStat(text) {
    let cpu;
    const perCpu = [];
    let start = 0;
    while (start < text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        if (!text.startsWith('cpu', start))
            break; // the cpu lines come first; stop at "intr"
        const line = text.slice(start, end);
        const fields = line.split(/\s+/);
        if (fields[0] === 'cpu')
            cpu = ticksFromFields(fields, line);
        else
            perCpu.push(ticksFromFields(fields, line));
        start = end + 1;
    }
    if (!cpu)
        throw new Error(`/proc/stat: no aggregate "cpu" line in ${JSON.stringify(text.slice(0, 80))}`);
    return { cpu, perCpu };
}
/** Mean utilisation 0..1 between two readings of the same counters. */
function utilisationBetween(prev, next) {
    const dTotal = next.total - prev.total;
    if (dTotal <= 0)
        return 0; // no ticks elapsed (two reads in the same jiffy)
    const u = (next.busy - prev.busy) / dTotal;
    return u < 0 ? 0 : u > 1 ? 1 : u;
}
const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const ZERO = 0x30;
const NINE = 0x39;
/** "cpu" as bytes. */
const C = 0x63, P = 0x70, U = 0x75;
/**
 * parseProcStat on the raw bytes, for the per-tick read: no string for the text, no split, no
 * regular expression, only the CpuTicks it returns. Anything unexpected (a non-digit column)
 * falls back to parseProcStat on the text, which names the bad value.
 */
function parseProcStatBytes(buf, n, perCpuWanted = true) {
    let cpu;
    const perCpu = [];
    // Columns 1..8 of the current line: user nice system idle iowait irq softirq steal.
    const col = [0, 0, 0, 0, 0, 0, 0, 0];
    let at = 0;
    while (at + 3 <= n && buf[at] === C && buf[at + 1] === P && buf[at + 2] === U) {
        const aggregate = buf[at + 3] === SPACE || buf[at + 3] === TAB;
        let i = at + 3;
        while (i < n && buf[i] !== SPACE && buf[i] !== TAB && buf[i] !== NEWLINE)
            i++; // the rest of "cpuN"
        col.fill(0);
        let k = 0;
        for (;;) {
            while (i < n && (buf[i] === SPACE || buf[i] === TAB))
                i++;
            if (i >= n || buf[i] === NEWLINE)
                break;
            let v = 0;
            const start = i;
            while (i < n && buf[i] >= ZERO && buf[i] <= NINE)
                v = v * 10 + (buf[i++] - ZERO);
            if (i === start || (i < n && buf[i] !== SPACE && buf[i] !== TAB && buf[i] !== NEWLINE)) {
                return parseProcStat(buf.toString('latin1', 0, n)); // throws with the column and value
            }
            if (k < 8)
                col[k] = v;
            k++;
        }
        const busy = col[0] + col[1] + col[2] + col[5] + col[6];
        const ticks = { busy, total: busy + col[3] + col[4] + col[7] };
        if (aggregate)
            cpu = ticks;
        else
            perCpu.push(ticks);
        at = i + 1;
        // The aggregate line comes first; without per-CPU figures the rest is not even scanned.
        if (aggregate && !perCpuWanted)
            break;
    }
    if (!cpu)
        return parseProcStat(buf.toString('latin1', 0, n)); // throws: no aggregate line
    return { cpu, perCpu };
}
/**
 * A reader that keeps /proc/stat open and re-reads it from offset 0 into a reused buffer:
 * one pread per tick, no open/close, no per-tick buffer allocation, and the cpu lines parsed
 * from the bytes (the text is never built).
 */
function createProcStatReader(path = '/proc/stat', opts = {}) {
    const perCpuWanted = opts.perCpu ?? true;
    let fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
    let buf = Buffer.allocUnsafe(64 * 1024);
    return {
        read() {
            let n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, 0, buf.length, 0);
            // Only the cpu lines are needed; grow only if they alone overflow the buffer (1000+ CPUs).
            while (n === buf.length && buf.indexOf('\nintr', 0, 'latin1') < 0) {
                buf = Buffer.allocUnsafe(buf.length * 2);
                n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, 0, buf.length, 0);
            }
            return parseProcStatBytes(buf, n, perCpuWanted);
        },
        close() {
            if (fd >= 0)
                (0,external_node_fs_namespaceObject.closeSync)(fd);
            fd = -1;
        },
    };
}

;// CONCATENATED MODULE: ./src/meter/rapl.ts
// RAPL energy counters through the powercap sysfs interface (Intel, and AMD Zen which
// exposes the same files). Only top-level package domains are read: "intel-rapl:0", not the
// "intel-rapl:0:0" core/uncore/dram subdomains (already inside the package figure), and only
// those whose name is "package-N" ("psys" on some laptops also contains the package).


const DEFAULT_POWERCAP_DIR = '/sys/class/powercap';
const TOP_LEVEL_DOMAIN = /^intel-rapl:\d+$/;
const PACKAGE_NAME = /^package-\d+$/;
function errCode(err) {
    return err?.code ?? err?.message ?? String(err);
}
function readCounterUj(fs, path) {
    const text = fs.readFileSync(path, 'utf8').trim();
    const value = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) {
        throw Object.assign(new Error(`${path} holds ${JSON.stringify(text)}, expected a microjoule count`), {
            code: 'EBADVALUE',
        });
    }
    return value;
}
/**
 * Finds the package domains and checks their counters can be read now.
 * status "absent": no powercap RAPL here (VMs, macOS); "unreadable": present but a read
 * failed, with the exact path and error code (EACCES since the 2020 PLATYPUS fix made
 * energy_uj root-only).
 */
function discoverRapl(opts = {}) {
    const baseDir = opts.baseDir ?? DEFAULT_POWERCAP_DIR;
    const fs = opts.fs ?? external_node_fs_namespaceObject;
    let entries;
    try {
        entries = fs.readdirSync(baseDir);
    }
    catch (err) {
        return { status: 'absent', reason: `${baseDir} not readable (${errCode(err)})`, domains: [] };
    }
    const candidates = entries
        .filter((e) => TOP_LEVEL_DOMAIN.test(e))
        .sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1]));
    if (candidates.length === 0)
        return { status: 'absent', reason: `no intel-rapl:N domains in ${baseDir}`, domains: [] };
    const domains = [];
    for (const entry of candidates) {
        const dir = (0,external_node_path_namespaceObject.join)(baseDir, entry);
        let name;
        const namePath = (0,external_node_path_namespaceObject.join)(dir, 'name');
        try {
            name = fs.readFileSync(namePath, 'utf8').trim();
        }
        catch (err) {
            return { status: 'unreadable', reason: `cannot read ${namePath} (${errCode(err)})`, domains };
        }
        if (!PACKAGE_NAME.test(name))
            continue;
        let maxEnergyRangeUj;
        const rangePath = (0,external_node_path_namespaceObject.join)(dir, 'max_energy_range_uj');
        const energyPath = (0,external_node_path_namespaceObject.join)(dir, 'energy_uj');
        try {
            maxEnergyRangeUj = readCounterUj(fs, rangePath);
        }
        catch (err) {
            return { status: 'unreadable', reason: `cannot read ${rangePath} (${errCode(err)})`, domains };
        }
        try {
            readCounterUj(fs, energyPath);
        }
        catch (err) {
            return { status: 'unreadable', reason: `cannot read ${energyPath} (${errCode(err)})`, domains };
        }
        domains.push({ name, dir, maxEnergyRangeUj });
    }
    if (domains.length === 0) {
        return { status: 'absent', reason: `no package-N domain among ${candidates.join(', ')} in ${baseDir}`, domains };
    }
    return { status: 'ok', domains };
}
/** Reads energy_uj of each domain, in the given order. */
function createRaplReader(domains, fs = external_node_fs_namespaceObject) {
    const paths = domains.map((d) => (0,external_node_path_namespaceObject.join)(d.dir, 'energy_uj'));
    return () => paths.map((p) => readCounterUj(fs, p));
}
/** Energy between two readings of one counter, undoing one wrap past maxEnergyRangeUj. */
function raplDeltaUj(prevUj, nextUj, maxEnergyRangeUj) {
    const d = nextUj - prevUj;
    return d >= 0 ? d : d + maxEnergyRangeUj;
}

;// CONCATENATED MODULE: ./src/meter/os-cpus.ts
// CPU utilisation where there is no /proc/stat (macOS, Windows): os.cpus() gives each logical
// CPU's cumulative times in ms since boot, so, as with /proc/stat, the sampler stores the
// counters and utilisation over any interval is a delta, exact across a starved gap.

/** Sums os.cpus() times into busy (user+nice+sys+irq) and total (busy+idle), ms. */
function ticksFromOsCpus(list) {
    if (!Array.isArray(list) || list.length === 0)
        throw new Error('os.cpus() returned no CPUs');
    const perCpu = [];
    let busy = 0;
    let total = 0;
    for (const [i, c] of list.entries()) {
        const t = c?.times;
        const parts = t ? [t.user, t.nice, t.sys, t.irq, t.idle] : [];
        if (parts.length !== 5 || !parts.every((x) => Number.isFinite(x) && x >= 0)) {
            throw new Error(`os.cpus()[${i}].times is ${JSON.stringify(t)}; expected non-negative user, nice, sys, idle, irq ms`);
        }
        const b = t.user + t.nice + t.sys + t.irq;
        perCpu.push({ busy: b, total: b + t.idle });
        busy += b;
        total += b + t.idle;
    }
    return { cpu: { busy, total }, perCpu };
}
function createOsCpusReader(read = external_node_os_namespaceObject.cpus) {
    return { read: () => ticksFromOsCpus(read()) };
}

;// CONCATENATED MODULE: ./src/meter/powermetrics.ts
// macOS on Apple silicon: CPU and GPU power from powermetrics, when `sudo -n` works (as on
// GitHub's macOS runners). The parser is pure and streams: text goes in as it arrives and
// each complete sample adds its power × its own elapsed time to running energy totals, so
// the sampler records cumulative joules and nothing is counted twice or lost between ticks.


const POWERMETRICS_PATH = '/usr/bin/powermetrics';
const HEADER = /^\*\*\* Sampled system activity \(.*\) \(([\d.]+)\s*ms elapsed\) \*\*\*\s*$/;
const POWER = /^(CPU|GPU) Power:\s*([\d.]+)\s*(mW|W)\s*$/;
/** Parses complete samples of powermetrics' text output. */
function parsePowermetricsText(text) {
    const acc = createPowermetricsAccumulator();
    acc.push(text);
    acc.flush();
    return acc.samples();
}
function createPowermetricsAccumulator(keep = true) {
    let rest = '';
    let current = null;
    let cpuJ = 0;
    let gpuJ = 0;
    let counted = 0;
    const done = [];
    const close = () => {
        if (!current)
            return;
        if (current.cpuW !== null) {
            cpuJ += current.cpuW * (current.elapsedMs / 1000);
            gpuJ += (current.gpuW ?? 0) * (current.elapsedMs / 1000);
            counted++;
        }
        if (keep)
            done.push(current);
        current = null;
    };
    const line = (raw) => {
        const l = raw.trim();
        const h = HEADER.exec(l);
        if (h) {
            close();
            current = { elapsedMs: Number(h[1]), cpuW: null, gpuW: null };
            return;
        }
        if (!current)
            return;
        const p = POWER.exec(l);
        if (!p)
            return;
        const w = Number(p[2]) / (p[3] === 'mW' ? 1000 : 1);
        if (p[1] === 'CPU' && current.cpuW === null)
            current.cpuW = w;
        // The cpu_power sampler prints GPU Power among the processor lines, and the gpu_power
        // sampler again in its own section: the first is taken, as both describe the same interval.
        if (p[1] === 'GPU' && current.gpuW === null)
            current.gpuW = w;
    };
    return {
        push(chunk) {
            const text = rest + chunk;
            const lines = text.split('\n');
            rest = lines.pop() ?? '';
            for (const l of lines)
                line(l);
        },
        flush() {
            if (rest)
                line(rest);
            rest = '';
            close();
        },
        totals: () => (counted > 0 ? { cpuJ, gpuJ } : null),
        samples: () => [...done],
    };
}
/** `sudo -n powermetrics` can run without a password prompt (GitHub's macOS runners). */
function canRunPowermetrics(run = external_node_child_process_namespaceObject.spawnSync, exists = external_node_fs_namespaceObject.existsSync) {
    if (!exists(POWERMETRICS_PATH))
        return { ok: false, reason: `${POWERMETRICS_PATH} is not there` };
    const r = run('sudo', ['-n', 'true'], { timeout: 2000, stdio: 'ignore' });
    if (r.error)
        return { ok: false, reason: `sudo could not run (${r.error.message})` };
    if (r.status !== 0)
        return { ok: false, reason: 'sudo -n needs a password here, so powermetrics cannot run' };
    return { ok: true };
}
function startPowermetrics(intervalMs, spawnFn = external_node_child_process_namespaceObject.spawn) {
    const acc = createPowermetricsAccumulator(false);
    let failure = null;
    let stopped = false;
    const child = spawnFn('sudo', ['-n', POWERMETRICS_PATH, '--samplers', 'cpu_power,gpu_power', '-i', String(intervalMs)], {
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk) => acc.push(chunk));
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk) => {
        if (stderr.length < 500)
            stderr += chunk;
    });
    child.on('error', (err) => {
        failure = `powermetrics could not start: ${err.message}`;
    });
    child.on('exit', (code, signal) => {
        acc.flush();
        if (!stopped)
            failure =
                `powermetrics exited ` +
                    `(${signal ?? `code ${code}`})${stderr.trim() ? `: ${stderr.trim().split('\n')[0]}` : ''}`;
    });
    // The sampler must be able to exit while powermetrics still runs.
    child.unref();
    child.stdout?.unref?.();
    child.stderr?.unref?.();
    return {
        totals: () => acc.totals(),
        failure: () => failure,
        stop() {
            stopped = true;
            try {
                child.kill('SIGTERM'); // sudo relays it to powermetrics
            }
            catch {
                /* already gone */
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/meter/sample-format.ts
// The sampler's JSON-lines file: one header, then one line per tick, then an end line on a
// clean stop. Lines are kept short (216,000 of them for 6 h at 100 ms) and every field
// carries its unit in its name. Bump SAMPLE_FORMAT_VERSION on any breaking change; readers
// refuse newer versions.
const SAMPLE_FORMAT_VERSION = 1;

;// CONCATENATED MODULE: ./src/meter/scope.ts
const METER_SCOPES = ['auto', 'machine', 'container'];
const METER_SCOPE_ACCEPTED = 'auto (container when the job runs in one, default), machine (/proc/stat, every process on the machine), ' +
    "container (this cgroup's CPU time only)";
function isMeterScope(text) {
    return METER_SCOPES.includes(text);
}
/** Validates a scope given as text; the error names the option, the value and what is accepted. */
function parseMeterScope(text, name) {
    const t = text.trim();
    if (isMeterScope(t))
        return t;
    throw new Error(`${name}: ${JSON.stringify(text)} is not a meter scope; accepted: ${METER_SCOPE_ACCEPTED}`);
}
function cgroupWords(c) {
    const a = c.allowance;
    const allowance = a
        ? `, ${+a.cpus.toFixed(2)} CPU${a.cpus === 1 ? '' : 's'} allowed ` +
            `(${a.source === 'quota' ? 'CPU quota' : a.source === 'cpuset' ? 'cpuset' : 'no quota or cpuset: every CPU'})`
        : '';
    return `cgroup v${c.version} ${c.path}${allowance}`;
}
function decideScope(requested, detection, cgroup) {
    if (requested === 'machine')
        return { requested, used: 'machine', reason: 'meter-scope machine: /proc/stat, every process on the machine' };
    const signs = detection.reasons.join(', ');
    if (requested === 'container') {
        if (cgroup.status === 'ok')
            return { requested, used: 'container', reason: `meter-scope container: ${cgroupWords(cgroup)}` };
        return {
            requested,
            used: 'machine',
            reason: `meter-scope container was asked for, but the cgroup CPU counter is unusable ` +
                `(${cgroup.reason ?? cgroup.status}); /proc/stat counts every process on the machine`,
        };
    }
    if (!detection.inContainer)
        return { requested, used: 'machine', reason: 'auto: no sign of a container, so /proc/stat (the whole machine)' };
    if (cgroup.status === 'ok')
        return { requested, used: 'container', reason: `auto: in a container (${signs}); ${cgroupWords(cgroup)}` };
    return {
        requested,
        used: 'machine',
        reason: `auto: in a container (${signs}), but its cgroup CPU counter is unusable ` +
            `(${cgroup.reason ?? cgroup.status}); /proc/stat counts the whole host, other tenants included`,
    };
}

;// CONCATENATED MODULE: ./src/units/parse.ts
// The one grammar for quantities users type, as action inputs or CLI options. Strict on
// purpose: a budget of "20 tonnes" or "10" (10 what?) is refused rather than guessed, so a
// gate never passes or fails on a misread number. The grammar, for every quantity:
//   - a plain decimal number: "436", "1.185", ".5" (no sign, no exponent, no thousands separator);
//   - then, where the quantity has units, one optional space and a unit spelled exactly as
//     listed (case matters: "mg" is a milligram, "Mg" would be a megagram);
//   - blanks around the whole value are ignored.
// A bare number is refused where a unit is expected, unless the caller names the unit it
// stands for (`bareUnit`): the sampling interval's historical bare milliseconds.
// Each parser returns null when the text is not of the accepted form; checkQuantity adds the
// range and words the problem, so the CLI and the action refuse a value with the same words.
const NUMBER = String.raw `(\d+(?:\.\d+)?|\.\d+)`;
function parseWithUnits(text, units, suffix = '', bareUnit) {
    const trimmed = text.trim();
    const unitAlternatives = Object.keys(units)
        .sort((a, b) => b.length - a.length)
        .join('|');
    const unitPart = `(${unitAlternatives})${suffix}`;
    const match = new RegExp(`^${NUMBER}(?: ?${unitPart})${bareUnit === undefined ? '' : '?'}$`, '').exec(trimmed);
    if (!match)
        return null;
    const value = Number(match[1]);
    if (!Number.isFinite(value))
        return null;
    return value * units[match[2] ?? bareUnit];
}
const MASS_UNITS_G = { mg: 1e-3, g: 1, kg: 1e3, t: 1e6 };
// "CO2e" in the common spellings; case-insensitive only in the suffix, since "Mg" (megagram)
// and "mg" differ.
const CO2E_SUFFIX = '(?:[ ]?(?:[Cc][Oo]2|[Cc][Oo]₂)(?:[Ee]|[Ee][Qq])?)?';
/** "20g", "20 g", "0.02 kg", "20 gCO2e", "500 mg", "0.5 kgCO2e" → grams. */
function parseMassG(text) {
    return parseWithUnits(text, MASS_UNITS_G, CO2E_SUFFIX);
}
const MASS_ACCEPTED = '20g, 20 g, 0.02 kg, 20 gCO2e, 500 mg, 0.5 kgCO2e';
const ENERGY_UNITS_WH = { mWh: 1e-3, Wh: 1, kWh: 1e3 };
/** "50 Wh", "50Wh", "0.05 kWh", "500 mWh" → Wh. */
function parseEnergyWh(text) {
    return parseWithUnits(text, ENERGY_UNITS_WH);
}
const ENERGY_ACCEPTED = '50 Wh, 50Wh, 0.05 kWh, 500 mWh';
/** "10%", "10 %", "2.5%" → percent. The "%" is required. */
function parsePercent(text) {
    return parseWithUnits(text, { '%': 1 });
}
const PERCENT_ACCEPTED = '10%, 10 %, 2.5%';
const DURATION_UNITS_MS = { ms: 1, s: 1000, m: 60_000, min: 60_000 };
/** "500ms", "1s", "1.5 s", "2m", "2min" → milliseconds; "250" only with a `bareUnit`. */
function parseDurationMs(text, options = {}) {
    return parseWithUnits(text, DURATION_UNITS_MS, '', options.bareUnit);
}
/** A plain decimal number ("436", "0.5", ".5"); no sign, no exponent, no unit. */
function parsePlainNumber(text) {
    const trimmed = text.trim();
    if (!new RegExp(`^${NUMBER}$`).test(trimmed))
        return null;
    const value = Number(trimmed);
    return Number.isFinite(value) ? value : null;
}
// YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts.
const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);
/** "true"/"True"/"TRUE" → true, "false"/"False"/"FALSE" → false, anything else → null. */
function parseBoolean(text) {
    const trimmed = text.trim();
    if (TRUE_WORDS.has(trimmed))
        return true;
    if (FALSE_WORDS.has(trimmed))
        return false;
    return null;
}
const BOOLEAN_ACCEPTED = 'true, false (or True, TRUE, False, FALSE)';
/** Parses `text` by `rule` and checks its range; the problem reads after the quoted value. */
function checkQuantity(rule, text) {
    const value = rule.parse(text);
    const refuse = (problem) => ({ ok: false, problem, accepted: rule.accepted });
    if (value === null)
        return refuse(`is not ${rule.noun}`);
    if (rule.above !== undefined && !(value > rule.above)) {
        return refuse(rule.aboveProblem ?? `must be greater than ${rule.above}`);
    }
    if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max)) {
        return refuse('is out of range');
    }
    return { ok: true, value: rule.round ? Math.round(value) : value };
}
/** `<label>: "<value>" <problem>. Accepted: <accepted>.` — the CLI's form of an input error. */
function quantityMessage(label, text, problem, accepted) {
    return `${label}: ${JSON.stringify(text)} ${problem}. Accepted: ${accepted}.`;
}
/** checkQuantity for callers that throw: the value, or an Error naming `label`, the value and the accepted forms. */
function expectQuantity(rule, text, label) {
    const checked = checkQuantity(rule, text);
    if (!checked.ok)
        throw new Error(quantityMessage(label, text, checked.problem, checked.accepted));
    return checked.value;
}

;// CONCATENATED MODULE: ./src/meter/duration.ts
// The sampling interval's bounds and its rule, shared by the CLI's --interval, the action's
// sample-interval and the sampler process. Range 100 ms–60 s: faster costs CPU for no accuracy
// gain; slower misses the shape of short jobs. A bare number means milliseconds ("250"),
// because the sampler's own flag is --interval-ms and the CLI has always read it so.

const MIN_INTERVAL_MS = 100;
const MAX_INTERVAL_MS = 60_000;
const RANGE_TEXT = '100ms–60s';
/** --interval / sample-interval: the text as users write it → whole milliseconds. */
const SAMPLE_INTERVAL_RULE = {
    noun: 'a duration',
    parse: (text) => parseDurationMs(text, { bareUnit: 'ms' }),
    min: MIN_INTERVAL_MS,
    max: MAX_INTERVAL_MS,
    accepted: '500ms, 1s, 1.5s, 30s, 1m, 1min, or bare milliseconds such as 250 (from 100ms to 60s)',
    // The sampler takes whole milliseconds: rounded after the range check, so "99.6ms" is refused.
    round: true,
};
/** Checks the 100 ms–60 s range of an interval the program itself holds; returns it rounded to whole ms. */
function validateIntervalMs(intervalMs, label = '--interval') {
    if (!Number.isFinite(intervalMs) || intervalMs < MIN_INTERVAL_MS || intervalMs > MAX_INTERVAL_MS) {
        throw new Error(`${label}: ${intervalMs}ms is outside the accepted range ${RANGE_TEXT} (bare numbers are milliseconds)`);
    }
    return Math.round(intervalMs);
}

;// CONCATENATED MODULE: ./src/meter/sampler.ts
// The background sampler: every interval it appends one JSON line of cumulative counters
// (CPU ticks, RAPL energy, memory in use, latest GPU readings) to a file. Runs in-process
// (the CLI) or as its own process (sampler-entry.ts, left running across Action steps).
// Kept cheap: on Linux no systeminformation, no child per tick, one pread of /proc/stat.












/**
 * How often a reading kept only for the record is taken: memory in use always, and the whole
 * machine's CPU ticks when the container's cgroup counter is the one metered.
 */
const MEMORY_EVERY_MS = 10_000;
/** /proc/stat on Linux; os.cpus() times elsewhere (macOS, Windows: no /proc). */
async function defaultCpuReader(platform = process.platform, opts = { perCpu: true }) {
    if (platform === 'linux') {
        const r = createProcStatReader('/proc/stat', { perCpu: opts.perCpu });
        return { source: 'proc-stat', read: () => r.read(), close: () => r.close() };
    }
    // macOS, Windows: cumulative os.cpus() times, the same delta arithmetic as /proc/stat.
    const r = createOsCpusReader();
    return { source: 'os-cpus', read: () => r.read() };
}
/** Decides the scope and opens the cgroup counter when it is the container's. */
function cgroupReaderFor(scope, opts = {}) {
    const platform = opts.platform ?? process.platform;
    if (platform !== 'linux') {
        return {
            header: { requested: scope, used: 'machine', reason: `no cgroups on ${platform}: the whole machine is metered` },
        };
    }
    const hostCpus = opts.hostCpus ?? Math.max(1, (0,external_node_os_namespaceObject.cpus)().length);
    let info;
    try {
        info =
            scope === 'machine'
                ? { status: 'absent', reason: 'not looked for' }
                : discoverCgroup({ fsRoot: opts.fsRoot, hostCpus, dir: opts.dir });
    }
    catch (err) {
        info = { status: 'unreadable', reason: err.message };
    }
    // A cgroup given by path is the container by definition; otherwise look for the signs.
    const detection = opts.dir
        ? { inContainer: true, reasons: [`cgroup ${opts.dir} given`] }
        : detectContainer(containerSignals(opts.fsRoot, opts.env));
    const decision = decideScope(scope, detection, info);
    if (decision.used !== 'container' || info.status !== 'ok' || !info.usageFile || !info.allowance)
        return { header: decision };
    let reader;
    try {
        reader = createCgroupUsageReader(info.usageFile);
    }
    catch (err) {
        return {
            header: {
                ...decision,
                used: 'machine',
                reason: `${decision.reason}; but ${info.usageFile} could not be opened (${err.message}), ` +
                    'so the whole machine is metered',
            },
        };
    }
    return {
        header: {
            ...decision,
            cgroup: {
                version: info.version ?? 2,
                path: info.path ?? '/',
                usageFile: info.usageFile,
                quotaCpus: info.quotaCpus ?? null,
                cpusetCpus: info.cpusetCpus ?? null,
                allowanceCpus: info.allowance.cpus,
                allowanceSource: info.allowance.source,
                memoryLimitB: info.memoryLimitB ?? null,
            },
        },
        read: () => reader.read(),
        close: () => reader.close(),
    };
}
function defaultPowermetricsReader(intervalMs) {
    if (process.platform !== 'darwin')
        return { header: { status: 'absent', reason: `powermetrics is macOS-only (platform ${process.platform})` } };
    if (process.arch !== 'arm64')
        return { header: { status: 'absent', reason: 'powermetrics CPU power is read on Apple silicon only' } };
    const can = canRunPowermetrics();
    if (!can.ok)
        return { header: { status: 'absent', reason: can.reason } };
    const stream = startPowermetrics(intervalMs);
    return { header: { status: 'ok' }, totals: stream.totals, failure: stream.failure, stop: stream.stop };
}
function defaultRaplReader() {
    if (process.platform !== 'linux')
        return {
            header: { status: 'absent', reason: `RAPL powercap is Linux-only (platform ${process.platform})`, domains: [] },
        };
    const header = discoverRapl();
    return header.status === 'ok' ? { header, read: createRaplReader(header.domains) } : { header };
}
async function defaultGpuReader(intervalMs) {
    const { header } = await queryGpus();
    if (header.status !== 'ok')
        return { header };
    const stream = startGpuStream({ intervalMs });
    return { header, latest: stream.latest, failure: stream.failure, stop: stream.stop };
}
const defaultReaders = {
    now: Date.now,
    cpu: (opts) => defaultCpuReader(process.platform, opts),
    memory: createMemoryReader(),
    rapl: defaultRaplReader,
    gpu: defaultGpuReader,
    cgroup: (scope) => cgroupReaderFor(scope),
    powermetrics: defaultPowermetricsReader,
};
// Built by hand rather than JSON.stringify of an object: one string per tick, short keys.
function sampleLine(t, cpu, perCpu, rapl, mem, gpus, cgUsec, pm) {
    let s = `{"type":"sample","t":${t}`;
    if (cgUsec !== null)
        s += `,"cg":${cgUsec}`;
    if (pm)
        s += `,"pm":{"cpuJ":${Math.round(pm.cpuJ * 1000) / 1000},"gpuJ":${Math.round(pm.gpuJ * 1000) / 1000}}`;
    if (cpu.cpu)
        s += `,"cpu":{"busy":${cpu.cpu.busy},"total":${cpu.cpu.total}}`;
    if (perCpu && cpu.perCpu && cpu.perCpu.length) {
        s += ',"perCpu":[';
        for (let i = 0; i < cpu.perCpu.length; i++)
            s += `${i ? ',' : ''}[${cpu.perCpu[i].busy},${cpu.perCpu[i].total}]`;
        s += ']';
    }
    if (cpu.util !== undefined)
        s += `,"util":${Math.round(cpu.util * 10000) / 10000}`;
    if (rapl)
        s += `,"rapl":[${rapl.join(',')}]`;
    if (mem)
        s += `,"mem":{"usedB":${mem.usedB}}`;
    if (gpus && gpus.length) {
        s += ',"gpu":[';
        for (let i = 0; i < gpus.length; i++) {
            const g = gpus[i];
            s += `${i ? ',' : ''}{"i":${g.index},"w":${g.powerW},"util":${g.utilisationPct}}`;
        }
        s += ']';
    }
    return s + '}\n';
}
function createSampleWriter(outFile, flushEveryMs) {
    // Opened synchronously so a bad path fails the caller at once, not later in a timer.
    const fd = (0,external_node_fs_namespaceObject.openSync)(outFile, 'a');
    const writeNow = (text) => {
        try {
            (0,external_node_fs_namespaceObject.writeSync)(fd, text);
        }
        catch {
            // Disk full or file gone: a missed line must not take the job down with it.
        }
    };
    // Sample lines may be held and written together (flushEveryMs): a write per tick is a good
    // part of a tick's cost. Header, warn and end lines flush at once.
    let pending = '';
    let flushedAt = -Infinity;
    const flush = () => {
        if (pending)
            writeNow(pending);
        pending = '';
    };
    return {
        write(line) {
            flush();
            writeNow(line);
        },
        writeSample(t, line) {
            if (flushEveryMs <= 0)
                return writeNow(line);
            pending += line;
            if (t - flushedAt >= flushEveryMs) {
                flushedAt = t;
                flush();
            }
        },
        close() {
            try {
                (0,external_node_fs_namespaceObject.closeSync)(fd);
            }
            catch {
                /* already closed */
            }
        },
    };
}
function absentReaders(scope) {
    return {
        cpu: null,
        rapl: { header: { status: 'absent', domains: [] } },
        gpu: { header: { status: 'absent' } },
        cgroup: { header: { requested: scope, used: 'machine', reason: 'not decided' } },
        pm: { header: { status: 'absent' } },
    };
}
/** Opens every reader into `into`; a reader that throws is recorded as such, never fatal. */
async function openReaders(readers, into, o) {
    try {
        into.cpu = await readers.cpu({ perCpu: o.perCpu });
    }
    catch (err) {
        o.warnOnce('cpu', `CPU reader unavailable: ${err.message}`);
    }
    try {
        into.rapl = readers.rapl();
    }
    catch (err) {
        into.rapl = { header: { status: 'unreadable', reason: err.message, domains: [] } };
    }
    try {
        into.gpu = await readers.gpu(o.intervalMs);
    }
    catch (err) {
        into.gpu = { header: { status: 'error', reason: err.message } };
    }
    try {
        into.cgroup = readers.cgroup(o.scope);
    }
    catch (err) {
        const reason = `the cgroup could not be read (${err.message}), so the whole machine is metered`;
        into.cgroup = { header: { requested: o.scope, used: 'machine', reason } };
    }
    try {
        into.pm = readers.powermetrics(o.intervalMs);
    }
    catch (err) {
        into.pm = { header: { status: 'error', reason: err.message } };
    }
}
function headerRecord(open, readers, intervalMs) {
    let memTotalB = (0,external_node_os_namespaceObject.totalmem)();
    try {
        memTotalB = readers.memory().totalB;
    }
    catch {
        /* os.totalmem is good enough for the header */
    }
    return {
        type: 'header',
        v: SAMPLE_FORMAT_VERSION,
        startedAt: new Date(readers.now()).toISOString(),
        intervalMs,
        pid: process.pid,
        platform: process.platform,
        cpuSource: open.cpu?.source ?? 'proc-stat',
        memTotalB,
        rapl: open.rapl.header,
        gpus: open.gpu.header,
        scope: open.cgroup.header,
        ...(process.platform === 'darwin' || open.pm.header.status === 'ok' ? { powermetrics: open.pm.header } : {}),
    };
}
/** Releases every reader (GPU and powermetrics streams, cgroup and CPU files). */
function closeReaders(open) {
    open.gpu.stop?.();
    open.pm.stop?.();
    open.cgroup.close?.();
    open.cpu?.close?.();
}
function warnOnce(run, key, message) {
    if (run.warned.has(key))
        return;
    run.warned.add(key);
    run.out.write(JSON.stringify({ type: 'warn', t: run.readers.now(), message }) + '\n');
}
/** True (and noted) when a reading kept for the record is due: memoryEveryMs after the last, or on the last sample. */
function recordDue(run, which, t, last) {
    if (!last && t - run.recordReadAt[which] < run.memoryEveryMs)
        return false;
    run.recordReadAt[which] = t;
    return true;
}
// Memory in use goes into no estimate (memory energy is per installed GB), so it is read at
// most every memoryEveryMs, and on the last sample, rather than each tick.
function readMemory(run, t, last) {
    if (!recordDue(run, 'memory', t, last))
        return null;
    try {
        return run.readers.memory();
    }
    catch (err) {
        warnOnce(run, 'mem', `memory reader failed: ${err.message}`);
        return null;
    }
}
// Called every tick: positional values into one string, no object or closure per tick.
function finishSample(run, t, c, last) {
    const { rapl, gpu, cgroup, pm: pmReader } = run.open;
    let raplUj = null;
    if (rapl.read) {
        try {
            raplUj = rapl.read();
        }
        catch (err) {
            warnOnce(run, 'rapl', `RAPL read failed: ${err.message}`);
        }
    }
    const mem = readMemory(run, t, last);
    const gpus = gpu.latest ? gpu.latest() : null;
    const gpuFailure = gpu.failure?.();
    if (gpuFailure)
        warnOnce(run, 'gpu', `GPU readings stopped: ${gpuFailure}`);
    let cgUsec = null;
    if (cgroup.read) {
        try {
            cgUsec = cgroup.read();
        }
        catch (err) {
            warnOnce(run, 'cgroup', `cgroup CPU counter read failed: ${err.message}`);
        }
    }
    const pm = pmReader.totals ? pmReader.totals() : null;
    const pmFailure = pmReader.failure?.();
    if (pmFailure)
        warnOnce(run, 'powermetrics', `powermetrics readings stopped: ${pmFailure}`);
    run.out.writeSample(t, sampleLine(t, c, run.perCpu, raplUj, mem, gpus, cgUsec, pm));
}
// In the container scope only the cgroup counter is priced (energy.ts), so the machine's
// /proc/stat, whose read is a good part of a tick's cost, is kept for the record at the
// memory reading's pace rather than each tick.
function wantsMachineCpu(run, t, last) {
    return !run.open.cgroup.read || recordDue(run, 'machineCpu', t, last);
}
// Synchronous where the CPU reader is (Linux): no promise per tick.
function takeSample(run, last = false, t = run.readers.now()) {
    let c = {};
    try {
        c = run.open.cpu && wantsMachineCpu(run, t, last) ? run.open.cpu.read() : {};
    }
    catch (err) {
        warnOnce(run, 'cpu', `CPU reader failed: ${err.message}`);
    }
    if (!(c instanceof Promise))
        return finishSample(run, t, c, last);
    return c.then((reading) => finishSample(run, t, reading, last), (err) => {
        warnOnce(run, 'cpu', `CPU reader failed: ${err.message}`);
        finishSample(run, t, {}, last);
    });
}
/** How far from its wall-clock boundary (either side) a tick may fall before the interval is re-aligned, ms. */
function maxDriftMs(intervalMs) {
    return Math.min(100, intervalMs / 10);
}
// The first tick waits for the next multiple of the interval on the wall clock; then one
// setInterval keeps time, which costs less each tick than arming a new timer (about 0.08 ms
// of CPU a tick on a 2-vCPU VM). setInterval drifts by each tick's lateness, so a tick that
// finds itself more than maxDriftMs from its boundary re-aligns. A late tick skips rather than
// bunches: the counters are cumulative, so nothing is lost.
function schedule(run) {
    const t = run.readers.now();
    const next = (Math.floor(t / run.intervalMs) + 1) * run.intervalMs;
    run.timer = setTimeout(() => {
        run.timer = setInterval(() => tick(run), run.intervalMs);
        tick(run);
    }, next - t);
}
function tick(run) {
    // An asynchronous reader (os.cpus, not Linux) still busy: this tick is skipped.
    if (run.stopped || run.ticking)
        return;
    if (run.stopFile && consumeStopFile(run.stopFile)) {
        void run.handle.stop('stop-file');
        return;
    }
    const t = run.readers.now();
    // Distance to the nearest boundary: the wall clock may read a hair before it, not only after.
    const phaseMs = t - Math.floor(t / run.intervalMs) * run.intervalMs;
    const drifted = Math.min(phaseMs, run.intervalMs - phaseMs) > maxDriftMs(run.intervalMs);
    if (drifted && run.timer) {
        clearInterval(run.timer);
        run.timer = null;
    }
    const pending = takeSample(run, false, t);
    if (!pending) {
        if (!run.timer)
            schedule(run);
        return;
    }
    run.ticking = pending.finally(() => {
        run.ticking = null;
        if (!run.stopped && !run.timer)
            schedule(run);
    });
}
async function startRun(run, scope) {
    const warn = (key, message) => warnOnce(run, key, message);
    await openReaders(run.readers, run.open, { perCpu: run.perCpu, intervalMs: run.intervalMs, scope, warnOnce: warn });
    run.out.write(JSON.stringify(headerRecord(run.open, run.readers, run.intervalMs)) + '\n');
    if (run.stopped)
        return;
    await takeSample(run);
    if (!run.stopped)
        schedule(run);
}
async function stopRun(run, reason) {
    // clearTimeout clears the first one-shot timer and the interval alike.
    if (run.timer)
        clearTimeout(run.timer);
    run.timer = null;
    await run.init.catch(() => undefined);
    if (run.ticking)
        await run.ticking;
    // A last sample so the final interval ends when metering ends, not up to a tick earlier.
    try {
        await takeSample(run, true);
    }
    catch {
        /* a failed last read still ends the file cleanly */
    }
    run.out.write(JSON.stringify({ type: 'end', t: run.readers.now(), reason }) + '\n');
    closeReaders(run.open);
    run.out.close();
}
function startSampler(opts) {
    const intervalMs = validateIntervalMs(opts.intervalMs, 'sampler intervalMs');
    const scope = opts.scope ?? 'auto';
    let resolveDone;
    const done = new Promise((r) => (resolveDone = r));
    const run = {
        intervalMs,
        readers: { ...defaultReaders, ...opts.readers },
        stopFile: opts.stopFile === false ? null : (opts.stopFile ?? `${opts.outFile}.stop`),
        perCpu: opts.perCpu ?? true,
        memoryEveryMs: opts.memoryEveryMs ?? MEMORY_EVERY_MS,
        out: createSampleWriter(opts.outFile, opts.flushEveryMs ?? 0),
        open: absentReaders(scope),
        timer: null,
        stopped: null,
        ticking: null,
        init: Promise.resolve(),
        warned: new Set(),
        recordReadAt: { memory: -Infinity, machineCpu: -Infinity },
        handle: {
            stop(reason = 'stop') {
                if (!run.stopped)
                    run.stopped = stopRun(run, reason).then(() => resolveDone(reason));
                return run.stopped;
            },
            done,
        },
    };
    run.init = startRun(run, scope);
    return run.handle;
}
/** True when the stop file exists; it is removed (the parent may remove it too). */
function consumeStopFile(stopFile) {
    if (!(0,external_node_fs_namespaceObject.existsSync)(stopFile))
        return false;
    try {
        (0,external_node_fs_namespaceObject.rmSync)(stopFile, { force: true });
    }
    catch {
        /* the parent may remove it too */
    }
    return true;
}

;// CONCATENATED MODULE: ./src/meter/sampler-args.ts
// Command line of the background sampler process, kept apart from sampler-entry.ts (which
// starts sampling on import) so it can be tested.


const USAGE = 'usage: sampler --out <file> --interval-ms <100..60000> [--pid-file <file>] [--no-per-cpu] ' +
    '[--scope auto|machine|container]';
function parseSamplerArgs(argv) {
    let outFile;
    let intervalMs = 1000;
    let pidFile;
    let perCpu = true;
    let scope = 'auto';
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const value = () => {
            const v = argv[++i];
            if (v === undefined)
                throw new Error(`${a} needs a value; ${USAGE}`);
            return v;
        };
        if (a === '--out')
            outFile = value();
        else if (a === '--interval-ms') {
            const v = value();
            if (!/^\d+$/.test(v))
                throw new Error(`--interval-ms: ${JSON.stringify(v)} is not a whole number of milliseconds; ${USAGE}`);
            intervalMs = validateIntervalMs(Number(v), '--interval-ms');
        }
        else if (a === '--pid-file')
            pidFile = value();
        else if (a === '--no-per-cpu')
            perCpu = false;
        else if (a === '--scope')
            scope = parseMeterScope(value(), '--scope');
        else
            throw new Error(`unknown argument ${JSON.stringify(a)}; ${USAGE}`);
    }
    if (!outFile)
        throw new Error(`--out is required; ${USAGE}`);
    return { outFile, intervalMs, pidFile, perCpu, scope };
}

;// CONCATENATED MODULE: ./src/meter/sampler-entry.ts
// Entry of the background sampler process (bundled to dist/sampler/index.js).
//   node dist/sampler/index.js --out <file> --interval-ms <n> [--pid-file <file>] [--no-per-cpu]
//     [--scope auto|machine|container]
// Stops cleanly, writing the end line, on SIGTERM/SIGINT or when <out>.stop appears (Windows
// cannot send SIGTERM to a detached process). Must not import systeminformation on Linux
// nor machine.ts: every megabyte and millisecond here is paid for the whole job.
 // first: it must run before the other modules grow the heap



function main() {
    let args;
    try {
        args = parseSamplerArgs(process.argv.slice(2));
    }
    catch (err) {
        process.stderr.write(`carbon-action sampler: ${err.message}\n`);
        process.exit(2);
    }
    const sampler = startSampler({
        outFile: args.outFile,
        intervalMs: args.intervalMs,
        perCpu: args.perCpu,
        scope: args.scope,
    });
    if (args.pidFile)
        (0,external_node_fs_namespaceObject.writeFileSync)(args.pidFile, `${process.pid}\n`);
    const onSignal = () => {
        void sampler.stop('signal');
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    // A closed terminal must not end metering: the sampler outlives the step that started it.
    process.on('SIGHUP', () => undefined);
    process.on('uncaughtException', (err) => {
        process.stderr.write(`carbon-action sampler: ${err.stack ?? err.message}\n`);
        void sampler.stop('error').finally(() => process.exit(1));
    });
    void sampler.done.then(() => process.exit(0));
}
main();

