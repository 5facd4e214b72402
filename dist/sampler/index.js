import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
    const availableB = fieldB(text, 'MemAvailable') ?? (fieldB(text, 'MemFree') ?? 0) + (fieldB(text, 'Buffers') ?? 0) + (fieldB(text, 'Cached') ?? 0);
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
        name: parts.slice(1, 2 + extra).join(',').trim(),
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
            return { header: { status: 'absent', reason: `${command} listed no GPUs${first ? `: ${first}` : ''}` }, readings };
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
            failed = `${command} exited (${signal ?? `code ${code}`})${stderrTail ? `: ${stderrTail.trim().split('\n')[0]}` : ''}`;
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
/**
 * A reader that keeps /proc/stat open and re-reads it from offset 0 into a reused buffer:
 * one pread per tick, no open/close, no per-tick buffer allocation.
 */
function createProcStatReader(path = '/proc/stat') {
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
            const intrAt = buf.indexOf('\nintr', 0, 'latin1');
            return parseProcStat(buf.toString('latin1', 0, intrAt >= 0 && intrAt < n ? intrAt : n));
        },
        close() {
            if (fd >= 0)
                (0,external_node_fs_namespaceObject.closeSync)(fd);
            fd = -1;
        },
    };
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
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
    const candidates = entries.filter((e) => TOP_LEVEL_DOMAIN.test(e)).sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1]));
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

;// CONCATENATED MODULE: ./src/meter/sample-format.ts
// The sampler's JSON-lines file: one header, then one line per tick, then an end line on a
// clean stop. Lines are kept short (216,000 of them for 6 h at 100 ms) and every field
// carries its unit in its name. Bump SAMPLE_FORMAT_VERSION on any breaking change; readers
// refuse newer versions.
const SAMPLE_FORMAT_VERSION = 1;

;// CONCATENATED MODULE: ./src/meter/duration.ts
// The sampling interval as users write it. Accepted: "<number><unit>" with unit ms, s or m
// ("500ms", "1s", "1.5s", "2m"), or a bare number meaning milliseconds ("250"), because the
// sampler's own flag is --interval-ms. Range 100 ms–60 s: faster costs CPU for no accuracy
// gain; slower misses the shape of short jobs.
const MIN_INTERVAL_MS = 100;
const MAX_INTERVAL_MS = 60_000;
const RANGE_TEXT = '100ms–60s';
const UNIT_MS = { ms: 1, s: 1000, m: 60_000 };
/** Parses a duration to milliseconds; `label` names the option in the error. */
function parseDuration(text, label = '--interval') {
    const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(ms|s|m)?\s*$/i.exec(text);
    if (!m) {
        throw new Error(`${label}: ${JSON.stringify(text)} is not a duration; use e.g. 500ms, 1s, 2m (${RANGE_TEXT})`);
    }
    const unit = (m[2] ?? 'ms').toLowerCase();
    return Number(m[1]) * UNIT_MS[unit];
}
/** Checks the 100 ms–60 s range; returns the value rounded to whole milliseconds. */
function validateIntervalMs(intervalMs, label = '--interval') {
    if (!Number.isFinite(intervalMs) || intervalMs < MIN_INTERVAL_MS || intervalMs > MAX_INTERVAL_MS) {
        throw new Error(`${label}: ${intervalMs}ms is outside the accepted range ${RANGE_TEXT} (bare numbers are milliseconds)`);
    }
    return Math.round(intervalMs);
}
/** parseDuration then validateIntervalMs. */
function parseIntervalMs(text, label = '--interval') {
    return validateIntervalMs(parseDuration(text, label), label);
}

;// CONCATENATED MODULE: ./src/meter/sampler.ts
// The background sampler: every interval it appends one JSON line of cumulative counters
// (CPU ticks, RAPL energy, memory in use, latest GPU readings) to a file. Runs in-process
// (the CLI) or as its own process (sampler-entry.ts, left running across Action steps).
// Kept cheap: on Linux no systeminformation, no child per tick, one pread of /proc/stat.








async function defaultCpuReader() {
    if (process.platform === 'linux') {
        const r = createProcStatReader();
        return { source: 'proc-stat', read: () => r.read(), close: () => r.close() };
    }
    // Loaded only here so Linux never pays for systeminformation.
    const si = (await __nccwpck_require__.e(/* import() */ 754).then(__nccwpck_require__.t.bind(__nccwpck_require__, 754, 23))).default;
    await si.currentLoad(); // primes its since-last-call baseline
    return {
        source: 'systeminformation',
        read: async () => ({ util: Math.min(1, Math.max(0, (await si.currentLoad()).currentLoad / 100)) }),
    };
}
function defaultRaplReader() {
    if (process.platform !== 'linux')
        return { header: { status: 'absent', reason: `RAPL powercap is Linux-only (platform ${process.platform})`, domains: [] } };
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
    cpu: defaultCpuReader,
    memory: createMemoryReader(),
    rapl: defaultRaplReader,
    gpu: defaultGpuReader,
};
// Built by hand rather than JSON.stringify of an object: one string per tick, short keys.
function sampleLine(t, cpu, perCpu, rapl, mem, gpus) {
    let s = `{"type":"sample","t":${t}`;
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
function startSampler(opts) {
    const intervalMs = validateIntervalMs(opts.intervalMs, 'sampler intervalMs');
    const readers = { ...defaultReaders, ...opts.readers };
    const stopFile = opts.stopFile === false ? null : (opts.stopFile ?? `${opts.outFile}.stop`);
    const perCpu = opts.perCpu ?? true;
    const now = readers.now;
    // Opened synchronously so a bad path fails the caller at once, not later in a timer.
    const fd = (0,external_node_fs_namespaceObject.openSync)(opts.outFile, 'a');
    const write = (line) => {
        try {
            (0,external_node_fs_namespaceObject.writeSync)(fd, line);
        }
        catch {
            // Disk full or file gone: a missed line must not take the job down with it.
        }
    };
    let cpu = null;
    let rapl = { header: { status: 'absent', domains: [] } };
    let gpu = { header: { status: 'absent' } };
    let timer = null;
    let stopped = null;
    let ticking = null;
    const warned = new Set();
    let resolveDone;
    const done = new Promise((r) => (resolveDone = r));
    const warnOnce = (key, message) => {
        if (warned.has(key))
            return;
        warned.add(key);
        write(JSON.stringify({ type: 'warn', t: now(), message }) + '\n');
    };
    const takeSample = async () => {
        const t = now();
        let c = {};
        try {
            c = cpu ? await cpu.read() : {};
        }
        catch (err) {
            warnOnce('cpu', `CPU reader failed: ${err.message}`);
        }
        let raplUj = null;
        if (rapl.read) {
            try {
                raplUj = rapl.read();
            }
            catch (err) {
                warnOnce('rapl', `RAPL read failed: ${err.message}`);
            }
        }
        let mem = null;
        try {
            mem = readers.memory();
        }
        catch (err) {
            warnOnce('mem', `memory reader failed: ${err.message}`);
        }
        const gpus = gpu.latest ? gpu.latest() : null;
        const gpuFailure = gpu.failure?.();
        if (gpuFailure)
            warnOnce('gpu', `GPU readings stopped: ${gpuFailure}`);
        write(sampleLine(t, c, perCpu, raplUj, mem, gpus));
    };
    const schedule = () => {
        const t = now();
        // Next multiple of the interval on the wall clock: no drift, and a late tick skips
        // rather than bunches (the counters are cumulative, so nothing is lost).
        const next = (Math.floor(t / intervalMs) + 1) * intervalMs;
        timer = setTimeout(tick, next - t);
    };
    const tick = () => {
        timer = null;
        if (stopped)
            return;
        if (stopFile && (0,external_node_fs_namespaceObject.existsSync)(stopFile)) {
            try {
                (0,external_node_fs_namespaceObject.rmSync)(stopFile, { force: true });
            }
            catch {
                /* the parent may remove it too */
            }
            void handle.stop('stop-file');
            return;
        }
        ticking = takeSample().finally(() => {
            ticking = null;
            if (!stopped)
                schedule();
        });
    };
    const init = (async () => {
        try {
            cpu = await readers.cpu();
        }
        catch (err) {
            warnOnce('cpu', `CPU reader unavailable: ${err.message}`);
        }
        try {
            rapl = readers.rapl();
        }
        catch (err) {
            rapl = { header: { status: 'unreadable', reason: err.message, domains: [] } };
        }
        try {
            gpu = await readers.gpu(intervalMs);
        }
        catch (err) {
            gpu = { header: { status: 'error', reason: err.message } };
        }
        let memTotalB = (0,external_node_os_namespaceObject.totalmem)();
        try {
            memTotalB = readers.memory().totalB;
        }
        catch {
            /* os.totalmem is good enough for the header */
        }
        const header = {
            type: 'header',
            v: SAMPLE_FORMAT_VERSION,
            startedAt: new Date(now()).toISOString(),
            intervalMs,
            pid: process.pid,
            platform: process.platform,
            cpuSource: cpu?.source ?? 'proc-stat',
            memTotalB,
            rapl: rapl.header,
            gpus: gpu.header,
        };
        write(JSON.stringify(header) + '\n');
        if (stopped)
            return;
        await takeSample();
        if (!stopped)
            schedule();
    })();
    const handle = {
        stop(reason = 'stop') {
            if (stopped)
                return stopped;
            stopped = (async () => {
                if (timer)
                    clearTimeout(timer);
                timer = null;
                await init.catch(() => undefined);
                if (ticking)
                    await ticking;
                // A last sample so the final interval ends when metering ends, not up to a tick earlier.
                await takeSample().catch(() => undefined);
                write(JSON.stringify({ type: 'end', t: now(), reason }) + '\n');
                gpu.stop?.();
                cpu?.close?.();
                try {
                    (0,external_node_fs_namespaceObject.closeSync)(fd);
                }
                catch {
                    /* already closed */
                }
                resolveDone(reason);
            })();
            return stopped;
        },
        done,
    };
    return handle;
}

;// CONCATENATED MODULE: ./src/meter/sampler-args.ts
// Command line of the background sampler process, kept apart from sampler-entry.ts (which
// starts sampling on import) so it can be tested.

const USAGE = 'usage: sampler --out <file> --interval-ms <100..60000> [--pid-file <file>] [--no-per-cpu]';
function parseSamplerArgs(argv) {
    let outFile;
    let intervalMs = 1000;
    let pidFile;
    let perCpu = true;
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
        else
            throw new Error(`unknown argument ${JSON.stringify(a)}; ${USAGE}`);
    }
    if (!outFile)
        throw new Error(`--out is required; ${USAGE}`);
    return { outFile, intervalMs, pidFile, perCpu };
}

;// CONCATENATED MODULE: ./src/meter/sampler-entry.ts
// Entry of the background sampler process (bundled to dist/sampler/index.js).
//   node dist/sampler/index.js --out <file> --interval-ms <n> [--pid-file <file>] [--no-per-cpu]
// Stops cleanly, writing the end line, on SIGTERM/SIGINT or when <out>.stop appears (Windows
// cannot send SIGTERM to a detached process). Must not import systeminformation on Linux
// nor machine.ts: every megabyte and millisecond here is paid for the whole job.



function main() {
    let args;
    try {
        args = parseSamplerArgs(process.argv.slice(2));
    }
    catch (err) {
        process.stderr.write(`carbon-action sampler: ${err.message}\n`);
        process.exit(2);
    }
    const sampler = startSampler({ outFile: args.outFile, intervalMs: args.intervalMs, perCpu: args.perCpu });
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

