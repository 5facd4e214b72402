#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 546:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const cp = __nccwpck_require__(5317);
const parse = __nccwpck_require__(7877);
const enoent = __nccwpck_require__(6469);

function spawn(command, args, options) {
    // Parse the arguments
    const parsed = parse(command, args, options);

    // Spawn the child process
    const spawned = cp.spawn(parsed.command, parsed.args, parsed.options);

    // Hook into child process "exit" event to emit an error if the command
    // does not exists, see: https://github.com/IndigoUnited/node-cross-spawn/issues/16
    enoent.hookChildProcess(spawned, parsed);

    return spawned;
}

function spawnSync(command, args, options) {
    // Parse the arguments
    const parsed = parse(command, args, options);

    // Spawn the child process
    const result = cp.spawnSync(parsed.command, parsed.args, parsed.options);

    // Analyze if the command does not exist, see: https://github.com/IndigoUnited/node-cross-spawn/issues/16
    result.error = result.error || enoent.verifyENOENTSync(result.status, parsed);

    return result;
}

module.exports = spawn;
module.exports.spawn = spawn;
module.exports.sync = spawnSync;

module.exports._parse = parse;
module.exports._enoent = enoent;


/***/ }),

/***/ 6469:
/***/ ((module) => {



const isWin = process.platform === 'win32';

function notFoundError(original, syscall) {
    return Object.assign(new Error(`${syscall} ${original.command} ENOENT`), {
        code: 'ENOENT',
        errno: 'ENOENT',
        syscall: `${syscall} ${original.command}`,
        path: original.command,
        spawnargs: original.args,
    });
}

function hookChildProcess(cp, parsed) {
    if (!isWin) {
        return;
    }

    const originalEmit = cp.emit;

    cp.emit = function (name, arg1) {
        // If emitting "exit" event and exit code is 1, we need to check if
        // the command exists and emit an "error" instead
        // See https://github.com/IndigoUnited/node-cross-spawn/issues/16
        if (name === 'exit') {
            const err = verifyENOENT(arg1, parsed);

            if (err) {
                return originalEmit.call(cp, 'error', err);
            }
        }

        return originalEmit.apply(cp, arguments); // eslint-disable-line prefer-rest-params
    };
}

function verifyENOENT(status, parsed) {
    if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, 'spawn');
    }

    return null;
}

function verifyENOENTSync(status, parsed) {
    if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, 'spawnSync');
    }

    return null;
}

module.exports = {
    hookChildProcess,
    verifyENOENT,
    verifyENOENTSync,
    notFoundError,
};


/***/ }),

/***/ 7877:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const path = __nccwpck_require__(6928);
const resolveCommand = __nccwpck_require__(4866);
const escape = __nccwpck_require__(2164);
const readShebang = __nccwpck_require__(599);

const isWin = process.platform === 'win32';
const isExecutableRegExp = /\.(?:com|exe)$/i;
const isCmdShimRegExp = /node_modules[\\/].bin[\\/][^\\/]+\.cmd$/i;

function detectShebang(parsed) {
    parsed.file = resolveCommand(parsed);

    const shebang = parsed.file && readShebang(parsed.file);

    if (shebang) {
        parsed.args.unshift(parsed.file);
        parsed.command = shebang;

        return resolveCommand(parsed);
    }

    return parsed.file;
}

function parseNonShell(parsed) {
    if (!isWin) {
        return parsed;
    }

    // Detect & add support for shebangs
    const commandFile = detectShebang(parsed);

    // We don't need a shell if the command filename is an executable
    const needsShell = !isExecutableRegExp.test(commandFile);

    // If a shell is required, use cmd.exe and take care of escaping everything correctly
    // Note that `forceShell` is an hidden option used only in tests
    if (parsed.options.forceShell || needsShell) {
        // Need to double escape meta chars if the command is a cmd-shim located in `node_modules/.bin/`
        // The cmd-shim simply calls execute the package bin file with NodeJS, proxying any argument
        // Because the escape of metachars with ^ gets interpreted when the cmd.exe is first called,
        // we need to double escape them
        const needsDoubleEscapeMetaChars = isCmdShimRegExp.test(commandFile);

        // Normalize posix paths into OS compatible paths (e.g.: foo/bar -> foo\bar)
        // This is necessary otherwise it will always fail with ENOENT in those cases
        parsed.command = path.normalize(parsed.command);

        // Escape command & arguments
        parsed.command = escape.command(parsed.command);
        parsed.args = parsed.args.map((arg) => escape.argument(arg, needsDoubleEscapeMetaChars));

        const shellCommand = [parsed.command].concat(parsed.args).join(' ');

        parsed.args = ['/d', '/s', '/c', `"${shellCommand}"`];
        parsed.command = process.env.comspec || 'cmd.exe';
        parsed.options.windowsVerbatimArguments = true; // Tell node's spawn that the arguments are already escaped
    }

    return parsed;
}

function parse(command, args, options) {
    // Normalize arguments, similar to nodejs
    if (args && !Array.isArray(args)) {
        options = args;
        args = null;
    }

    args = args ? args.slice(0) : []; // Clone array to avoid changing the original
    options = Object.assign({}, options); // Clone object to avoid changing the original

    // Build our parsed object
    const parsed = {
        command,
        args,
        options,
        file: undefined,
        original: {
            command,
            args,
        },
    };

    // Delegate further parsing to shell or non-shell
    return options.shell ? parsed : parseNonShell(parsed);
}

module.exports = parse;


/***/ }),

/***/ 2164:
/***/ ((module) => {



// See http://www.robvanderwoude.com/escapechars.php
const metaCharsRegExp = /([()\][%!^"`<>&|;, *?])/g;

function escapeCommand(arg) {
    // Escape meta chars
    arg = arg.replace(metaCharsRegExp, '^$1');

    return arg;
}

function escapeArgument(arg, doubleEscapeMetaChars) {
    // Convert to string
    arg = `${arg}`;

    // Algorithm below is based on https://qntm.org/cmd
    // It's slightly altered to disable JS backtracking to avoid hanging on specially crafted input
    // Please see https://github.com/moxystudio/node-cross-spawn/pull/160 for more information

    // Sequence of backslashes followed by a double quote:
    // double up all the backslashes and escape the double quote
    arg = arg.replace(/(?=(\\+?)?)\1"/g, '$1$1\\"');

    // Sequence of backslashes followed by the end of the string
    // (which will become a double quote later):
    // double up all the backslashes
    arg = arg.replace(/(?=(\\+?)?)\1$/, '$1$1');

    // All other backslashes occur literally

    // Quote the whole thing:
    arg = `"${arg}"`;

    // Escape meta chars
    arg = arg.replace(metaCharsRegExp, '^$1');

    // Double escape meta chars if necessary
    if (doubleEscapeMetaChars) {
        arg = arg.replace(metaCharsRegExp, '^$1');
    }

    return arg;
}

module.exports.command = escapeCommand;
module.exports.argument = escapeArgument;


/***/ }),

/***/ 599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const fs = __nccwpck_require__(9896);
const shebangCommand = __nccwpck_require__(9152);

function readShebang(command) {
    // Read the first 150 bytes from the file
    const size = 150;
    const buffer = Buffer.alloc(size);

    let fd;

    try {
        fd = fs.openSync(command, 'r');
        fs.readSync(fd, buffer, 0, size, 0);
        fs.closeSync(fd);
    } catch (e) { /* Empty */ }

    // Attempt to extract shebang (null is returned if not a shebang)
    return shebangCommand(buffer.toString());
}

module.exports = readShebang;


/***/ }),

/***/ 4866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const path = __nccwpck_require__(6928);
const which = __nccwpck_require__(6848);
const getPathKey = __nccwpck_require__(6689);

function resolveCommandAttempt(parsed, withoutPathExt) {
    const env = parsed.options.env || process.env;
    const cwd = process.cwd();
    const hasCustomCwd = parsed.options.cwd != null;
    // Worker threads do not have process.chdir()
    const shouldSwitchCwd = hasCustomCwd && process.chdir !== undefined && !process.chdir.disabled;

    // If a custom `cwd` was specified, we need to change the process cwd
    // because `which` will do stat calls but does not support a custom cwd
    if (shouldSwitchCwd) {
        try {
            process.chdir(parsed.options.cwd);
        } catch (err) {
            /* Empty */
        }
    }

    let resolved;

    try {
        resolved = which.sync(parsed.command, {
            path: env[getPathKey({ env })],
            pathExt: withoutPathExt ? path.delimiter : undefined,
        });
    } catch (e) {
        /* Empty */
    } finally {
        if (shouldSwitchCwd) {
            process.chdir(cwd);
        }
    }

    // If we successfully resolved, ensure that an absolute path is returned
    // Note that when a custom `cwd` was used, we need to resolve to an absolute path based on it
    if (resolved) {
        resolved = path.resolve(hasCustomCwd ? parsed.options.cwd : '', resolved);
    }

    return resolved;
}

function resolveCommand(parsed) {
    return resolveCommandAttempt(parsed) || resolveCommandAttempt(parsed, true);
}

module.exports = resolveCommand;


/***/ }),

/***/ 2940:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var fs = __nccwpck_require__(9896)
var core
if (process.platform === 'win32' || global.TESTING_WINDOWS) {
  core = __nccwpck_require__(9225)
} else {
  core = __nccwpck_require__(1025)
}

module.exports = isexe
isexe.sync = sync

function isexe (path, options, cb) {
  if (typeof options === 'function') {
    cb = options
    options = {}
  }

  if (!cb) {
    if (typeof Promise !== 'function') {
      throw new TypeError('callback not provided')
    }

    return new Promise(function (resolve, reject) {
      isexe(path, options || {}, function (er, is) {
        if (er) {
          reject(er)
        } else {
          resolve(is)
        }
      })
    })
  }

  core(path, options || {}, function (er, is) {
    // ignore EACCES because that just means we aren't allowed to run it
    if (er) {
      if (er.code === 'EACCES' || options && options.ignoreErrors) {
        er = null
        is = false
      }
    }
    cb(er, is)
  })
}

function sync (path, options) {
  // my kingdom for a filtered catch
  try {
    return core.sync(path, options || {})
  } catch (er) {
    if (options && options.ignoreErrors || er.code === 'EACCES') {
      return false
    } else {
      throw er
    }
  }
}


/***/ }),

/***/ 1025:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = isexe
isexe.sync = sync

var fs = __nccwpck_require__(9896)

function isexe (path, options, cb) {
  fs.stat(path, function (er, stat) {
    cb(er, er ? false : checkStat(stat, options))
  })
}

function sync (path, options) {
  return checkStat(fs.statSync(path), options)
}

function checkStat (stat, options) {
  return stat.isFile() && checkMode(stat, options)
}

function checkMode (stat, options) {
  var mod = stat.mode
  var uid = stat.uid
  var gid = stat.gid

  var myUid = options.uid !== undefined ?
    options.uid : process.getuid && process.getuid()
  var myGid = options.gid !== undefined ?
    options.gid : process.getgid && process.getgid()

  var u = parseInt('100', 8)
  var g = parseInt('010', 8)
  var o = parseInt('001', 8)
  var ug = u | g

  var ret = (mod & o) ||
    (mod & g) && gid === myGid ||
    (mod & u) && uid === myUid ||
    (mod & ug) && myUid === 0

  return ret
}


/***/ }),

/***/ 9225:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = isexe
isexe.sync = sync

var fs = __nccwpck_require__(9896)

function checkPathExt (path, options) {
  var pathext = options.pathExt !== undefined ?
    options.pathExt : process.env.PATHEXT

  if (!pathext) {
    return true
  }

  pathext = pathext.split(';')
  if (pathext.indexOf('') !== -1) {
    return true
  }
  for (var i = 0; i < pathext.length; i++) {
    var p = pathext[i].toLowerCase()
    if (p && path.substr(-p.length).toLowerCase() === p) {
      return true
    }
  }
  return false
}

function checkStat (stat, path, options) {
  if (!stat.isSymbolicLink() && !stat.isFile()) {
    return false
  }
  return checkPathExt(path, options)
}

function isexe (path, options, cb) {
  fs.stat(path, function (er, stat) {
    cb(er, er ? false : checkStat(stat, path, options))
  })
}

function sync (path, options) {
  return checkStat(fs.statSync(path), path, options)
}


/***/ }),

/***/ 6689:
/***/ ((module) => {



const pathKey = (options = {}) => {
	const environment = options.env || process.env;
	const platform = options.platform || process.platform;

	if (platform !== 'win32') {
		return 'PATH';
	}

	return Object.keys(environment).reverse().find(key => key.toUpperCase() === 'PATH') || 'Path';
};

module.exports = pathKey;
// TODO: Remove this for the next major release
module.exports["default"] = pathKey;


/***/ }),

/***/ 9152:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const shebangRegex = __nccwpck_require__(7334);

module.exports = (string = '') => {
	const match = string.match(shebangRegex);

	if (!match) {
		return null;
	}

	const [path, argument] = match[0].replace(/#! ?/, '').split(' ');
	const binary = path.split('/').pop();

	if (binary === 'env') {
		return argument;
	}

	return argument ? `${binary} ${argument}` : binary;
};


/***/ }),

/***/ 7334:
/***/ ((module) => {


module.exports = /^#!(.*)/;


/***/ }),

/***/ 6848:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const isWindows = process.platform === 'win32' ||
    process.env.OSTYPE === 'cygwin' ||
    process.env.OSTYPE === 'msys'

const path = __nccwpck_require__(6928)
const COLON = isWindows ? ';' : ':'
const isexe = __nccwpck_require__(2940)

const getNotFoundError = (cmd) =>
  Object.assign(new Error(`not found: ${cmd}`), { code: 'ENOENT' })

const getPathInfo = (cmd, opt) => {
  const colon = opt.colon || COLON

  // If it has a slash, then we don't bother searching the pathenv.
  // just check the file itself, and that's it.
  const pathEnv = cmd.match(/\//) || isWindows && cmd.match(/\\/) ? ['']
    : (
      [
        // windows always checks the cwd first
        ...(isWindows ? [process.cwd()] : []),
        ...(opt.path || process.env.PATH ||
          /* istanbul ignore next: very unusual */ '').split(colon),
      ]
    )
  const pathExtExe = isWindows
    ? opt.pathExt || process.env.PATHEXT || '.EXE;.CMD;.BAT;.COM'
    : ''
  const pathExt = isWindows ? pathExtExe.split(colon) : ['']

  if (isWindows) {
    if (cmd.indexOf('.') !== -1 && pathExt[0] !== '')
      pathExt.unshift('')
  }

  return {
    pathEnv,
    pathExt,
    pathExtExe,
  }
}

const which = (cmd, opt, cb) => {
  if (typeof opt === 'function') {
    cb = opt
    opt = {}
  }
  if (!opt)
    opt = {}

  const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt)
  const found = []

  const step = i => new Promise((resolve, reject) => {
    if (i === pathEnv.length)
      return opt.all && found.length ? resolve(found)
        : reject(getNotFoundError(cmd))

    const ppRaw = pathEnv[i]
    const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw

    const pCmd = path.join(pathPart, cmd)
    const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd
      : pCmd

    resolve(subStep(p, i, 0))
  })

  const subStep = (p, i, ii) => new Promise((resolve, reject) => {
    if (ii === pathExt.length)
      return resolve(step(i + 1))
    const ext = pathExt[ii]
    isexe(p + ext, { pathExt: pathExtExe }, (er, is) => {
      if (!er && is) {
        if (opt.all)
          found.push(p + ext)
        else
          return resolve(p + ext)
      }
      return resolve(subStep(p, i, ii + 1))
    })
  })

  return cb ? step(0).then(res => cb(null, res), cb) : step(0)
}

const whichSync = (cmd, opt) => {
  opt = opt || {}

  const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt)
  const found = []

  for (let i = 0; i < pathEnv.length; i ++) {
    const ppRaw = pathEnv[i]
    const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw

    const pCmd = path.join(pathPart, cmd)
    const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd
      : pCmd

    for (let j = 0; j < pathExt.length; j ++) {
      const cur = p + pathExt[j]
      try {
        const is = isexe.sync(cur, { pathExt: pathExtExe })
        if (is) {
          if (opt.all)
            found.push(cur)
          else
            return cur
        }
      } catch (ex) {}
    }
  }

  if (opt.all && found.length)
    return found

  if (opt.nothrow)
    return null

  throw getNotFoundError(cmd)
}

module.exports = which
which.sync = whichSync


/***/ }),

/***/ 61:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ns: () => (/* binding */ countryCodes),
/* harmony export */   QL: () => (/* binding */ co2jsVersion),
/* harmony export */   SV: () => (/* binding */ equivalentsData),
/* harmony export */   Vo: () => (/* binding */ pueData),
/* harmony export */   WY: () => (/* binding */ zonesData),
/* harmony export */   YI: () => (/* binding */ regionsData),
/* harmony export */   i7: () => (/* binding */ gcpGoogleData),
/* harmony export */   it: () => (/* binding */ embodiedData),
/* harmony export */   lA: () => (/* binding */ countriesData),
/* harmony export */   xq: () => (/* binding */ PROVIDERS)
/* harmony export */ });
/* harmony import */ var _data_files__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4425);
// Typed access to the emissions data files (derived by scripts/derive-carbon-data.ts).

const PROVIDERS = ['azure', 'aws', 'gcp'];
const regionsData = () => (0,_data_files__WEBPACK_IMPORTED_MODULE_0__/* .loadDataJson */ .ZJ)('regions.json').regions;
const zonesData = () => (0,_data_files__WEBPACK_IMPORTED_MODULE_0__/* .loadDataJson */ .ZJ)('grid-intensity-zones.json');
const countriesData = () => (0,_data_files__WEBPACK_IMPORTED_MODULE_0__/* .loadDataJson */ .ZJ)('grid-intensity-countries.json');
const countryCodes = () => (0,_data_files__WEBPACK_IMPORTED_MODULE_0__/* .loadDataJson */ .ZJ)('country-codes.json').alpha3ToAlpha2;
const gcpGoogleData = () => (0,_data_files__WEBPACK_IMPORTED_MODULE_0__/* .loadDataJson */ .ZJ)('gcp-region-carbon-2024.json');
const pueData = () => (0,_data_files__WEBPACK_IMPORTED_MODULE_0__/* .loadDataJson */ .ZJ)('pue.json');
const embodiedData = () => (0,_data_files__WEBPACK_IMPORTED_MODULE_0__/* .loadDataJson */ .ZJ)('embodied.json');
const equivalentsData = () => (0,_data_files__WEBPACK_IMPORTED_MODULE_0__/* .loadDataJson */ .ZJ)('equivalents.json');
/** @tgwf/co2 version the zone and country figures were taken from, read from the attribution. */
function co2jsVersion() {
    return /CO2\.js (\S+)/.exec(zonesData().attribution)?.[1]?.replace(/,$/, '') ?? 'unknown';
}


/***/ }),

/***/ 9434:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z: () => (/* binding */ pickEquivalents)
});

// EXTERNAL MODULE: ./src/carbon/data.ts
var data = __nccwpck_require__(61);
;// CONCATENATED MODULE: ./src/carbon/format.ts
// Human text for counts in equivalents (masses are formatted by report/format.ts).
/**
 * Thousands separators, at most `sig` significant figures: 12345 → "12,000" (sig 2). Written by hand rather
 * than with toLocaleString: the first Intl call loads ICU's number data, 20–30 ms of CPU, which a `measure`
 * run paid at its very end whenever its CO2e was large enough for an equivalent to be shown.
 */
function formatCount(value, sig = 3) {
    if (value === 0)
        return '0';
    const rounded = Number(value.toPrecision(sig));
    // Outside this range String() switches to exponent notation; no equivalent reaches it.
    if (Math.abs(rounded) >= 1e21 || Math.abs(rounded) < 1e-6)
        return String(rounded);
    const [whole, fraction] = String(rounded).split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
    return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

;// CONCATENATED MODULE: ./src/carbon/equivalents.ts


const S_PER_DAY = 86_400;
/** Beyond "1/100,000 of a smartphone charge" a comparison stops meaning anything. */
const MAX_FRACTION_DENOMINATOR = 100_000;
const sig2 = (v) => Number(v.toPrecision(2));
/**
 * The amount in the largest unit (largest first) where it reads ≥ 1, else in the smallest unit when it reads ≥ 0.1
 * there; null below that, as smaller would not be honest to show.
 */
function inReadableUnit(amount, units) {
    for (const [i, unit] of units.entries()) {
        const value = amount / unit.size;
        if (value >= 1 || (i === units.length - 1 && value >= 0.1)) {
            const v = sig2(value);
            return { value: v, name: v === 1 ? unit.singular : unit.plural, unit: unit.plural };
        }
    }
    return null;
}
const CAR_UNITS = [
    { plural: 'km', singular: 'km', size: 1 },
    { plural: 'm', singular: 'm', size: 1e-3 },
    { plural: 'cm', singular: 'cm', size: 1e-5 },
    { plural: 'mm', singular: 'mm', size: 1e-6 },
];
function carDistance(co2eG) {
    const km = co2eG / (0,data/* equivalentsData */.SV)().carDriving.gCo2PerKm;
    const r = inReadableUnit(km, CAR_UNITS);
    if (!r)
        return null;
    const text = `driving ${formatCount(r.value, 2)} ${r.name} in an average petrol car`;
    return { kind: 'car-distance', value: r.value, unit: r.unit, text };
}
function smartphoneCharges(co2eG) {
    const charges = co2eG / (0,data/* equivalentsData */.SV)().smartphoneCharge.gCo2PerCharge;
    const equivalent = (value, text) => ({
        kind: 'smartphone-charges',
        value,
        unit: 'charges',
        text,
    });
    const v = sig2(charges);
    if (charges >= 0.95)
        return equivalent(v, `charging a smartphone ${formatCount(v, 2)} time${v === 1 ? '' : 's'}`);
    if (charges >= 0.1)
        return equivalent(v, `${Math.round(v * 100)} % of one smartphone charge`);
    const denominator = 1 / charges;
    if (!Number.isFinite(denominator) || denominator > MAX_FRACTION_DENOMINATOR)
        return null;
    return equivalent(v, `1/${formatCount(sig2(denominator), 2)} of one smartphone charge`);
}
const TV_UNITS = [
    { plural: 'hours', singular: 'hour', size: 1 },
    { plural: 'minutes', singular: 'minute', size: 1 / 60 },
    { plural: 'seconds', singular: 'second', size: 1 / 3600 },
];
function tvTime(co2eG) {
    const hours = co2eG / (0,data/* equivalentsData */.SV)().tvHour.gCo2PerHour;
    const r = inReadableUnit(hours, TV_UNITS);
    if (!r)
        return null;
    const text = `watching a 32-inch LCD TV for ${formatCount(r.value, 2)} ${r.name}`;
    return { kind: 'tv-time', value: r.value, unit: r.unit, text };
}
const HOUSEHOLD_UNITS = [
    { plural: 'days', singular: 'day', size: S_PER_DAY },
    { plural: 'hours', singular: 'hour', size: 3600 },
    { plural: 'minutes', singular: 'minute', size: 60 },
    { plural: 'seconds', singular: 'second', size: 1 },
];
function householdElectricity(facilityEnergyWh) {
    const days = facilityEnergyWh / (0,data/* equivalentsData */.SV)().householdDay.whPerDay;
    const r = inReadableUnit(days * S_PER_DAY, HOUSEHOLD_UNITS);
    if (!r)
        return null;
    const text = `the electricity an average US household uses in ${formatCount(r.value, 2)} ${r.name}`;
    return { kind: 'household-electricity', value: r.value, unit: r.unit, text };
}
const MAX_EQUIVALENTS = 3;
/**
 * Up to three equivalents. Each is dropped when its honest phrasing would need a number below
 * ~0.1 of its smallest sensible unit, so tiny runs get fewer, never silly, comparisons; whole
 * quantities ("driving 2.3 km") are preferred over fractions ("1/2,200 of a charge").
 */
function pickEquivalents(co2eG, facilityEnergyWh) {
    if (!(co2eG > 0))
        return [];
    const candidates = [
        carDistance(co2eG),
        smartphoneCharges(co2eG),
        tvTime(co2eG),
        householdElectricity(facilityEnergyWh),
    ].filter((e) => e !== null);
    const whole = candidates.filter((e) => e.value >= 1);
    const fractional = candidates.filter((e) => e.value < 1);
    return [...whole, ...fractional].slice(0, MAX_EQUIVALENTS);
}


/***/ }),

/***/ 8737:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  r1: () => (/* reexport */ CARBON_INTENSITY_RULE),
  q_: () => (/* reexport */ PUE_RULE),
  mP: () => (/* reexport */ computeEmissions),
  cf: () => (/* reexport */ parseRegion),
  yK: () => (/* reexport */ resolveIntensity)
});

// UNUSED EXPORTS: ACCEPTED_FORMS, CarbonInputError, GITHUB_HOSTED_AZURE_REGIONS, GITHUB_HOSTED_REGION_LABEL, RegionError, closestRegionNames, computeEmbodied, fetchLiveIntensity, findCloudRegion, greenerRegions, knownRegionNames, pickEquivalents, probeCloudMetadata, validateCarbonIntensity, validatePue

// EXTERNAL MODULE: ./src/carbon/data.ts
var carbon_data = __nccwpck_require__(61);
;// CONCATENATED MODULE: ./src/carbon/errors.ts
// Typed refusals: the CLI and the action's input validation catch these and show .message.
/** A region string carbon-action cannot resolve; the message lists the closest valid names. */
class RegionError extends Error {
    input;
    closest;
    constructor(message, input, closest) {
        super(message);
        this.input = input;
        this.closest = closest;
        this.name = 'RegionError';
    }
}
/** A numeric option outside what carbon-action accepts. */
class CarbonInputError extends Error {
    option;
    value;
    accepted;
    constructor(option, value, accepted) {
        super(`${option} must be ${accepted}; got ${JSON.stringify(String(value))}`);
        this.option = option;
        this.value = value;
        this.accepted = accepted;
        this.name = 'CarbonInputError';
    }
}

;// CONCATENATED MODULE: ./src/carbon/levenshtein.ts
/** Edit distance (insert, delete, substitute each cost 1). */
function levenshtein(a, b) {
    if (a === b)
        return 0;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}

;// CONCATENATED MODULE: ./src/carbon/region.ts
// Parses the user's region string (CLI --region, action input `region`) into a place with
// a grid figure. Synchronous and throwing RegionError, so input validation can call it.



const ACCEPTED_FORMS = 'Accepted forms: azure:<region>, aws:<region>, gcp:<region>, zone:<zone>, country:<ISO code>';
let index;
let validNames;
function buildIndex() {
    if (index)
        return index;
    const map = new Map();
    for (const r of (0,carbon_data/* regionsData */.YI)())
        map.set(r.id.toLowerCase(), { kind: 'cloud', id: r.id, provider: r.provider, cloudRegion: r });
    for (const zone of Object.keys((0,carbon_data/* zonesData */.WY)().zones))
        map.set(`zone:${zone.toLowerCase()}`, { kind: 'zone', id: `zone:${zone}`, zone });
    const codes = (0,carbon_data/* countryCodes */.Ns)();
    for (const alpha3 of Object.keys((0,carbon_data/* countriesData */.lA)().countries)) {
        const alpha2 = codes[alpha3];
        const parsed = { kind: 'country', id: `country:${alpha2}`, alpha2, alpha3 };
        map.set(`country:${alpha2.toLowerCase()}`, parsed);
        map.set(`country:${alpha3.toLowerCase()}`, parsed);
    }
    validNames = [...new Set([...map.values()].map((p) => p.id))];
    return (index = map);
}
/** Every canonical region name carbon-action accepts ("azure:eastus2", "zone:SE-SE3", "country:FR"). */
function knownRegionNames() {
    buildIndex();
    return validNames;
}
/** The `count` accepted names nearest to `text`, preferring names of the same kind (prefix). */
function closestRegionNames(text, count = 3) {
    const lower = text.trim().toLowerCase();
    const colon = lower.indexOf(':');
    const prefix = colon >= 0 ? lower.slice(0, colon + 1) : '';
    const rest = colon >= 0 ? lower.slice(colon + 1) : lower;
    let pool = knownRegionNames();
    if (prefix && pool.some((n) => n.toLowerCase().startsWith(prefix))) {
        pool = pool.filter((n) => n.toLowerCase().startsWith(prefix));
    }
    const scored = pool.map((name) => {
        const n = name.toLowerCase();
        const nRest = n.slice(n.indexOf(':') + 1);
        // Without a usable prefix, compare against the part after the colon too ("eastus2" → azure:eastus2).
        const d = prefix ? levenshtein(lower, n) : Math.min(levenshtein(lower, n), levenshtein(rest, nRest));
        return { name, d };
    });
    scored.sort((a, b) => a.d - b.d || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return scored.slice(0, count).map((s) => s.name);
}
/** Parses "azure:eastus2", "zone:SE-SE3", "country:FR"/"country:FRA" (any case). Throws RegionError. */
function parseRegion(text, option = 'region') {
    if (typeof text !== 'string' || text.trim() === '') {
        throw new RegionError(`${option} is empty. ${ACCEPTED_FORMS}`, String(text), []);
    }
    const key = text.trim().toLowerCase();
    const found = buildIndex().get(key);
    if (found)
        return found;
    const closest = closestRegionNames(text);
    throw new RegionError(`${option} "${text.trim()}" is not known; closest: ${closest.join(', ')}. ${ACCEPTED_FORMS}`, text, closest);
}
/** Looks up a provider's own region name as a metadata service reports it (e.g. "eastus2", "us-east-1"). */
function findCloudRegion(provider, region) {
    const id = `${provider}:${region.trim().toLowerCase()}`;
    return (0,carbon_data/* regionsData */.YI)().find((r) => r.id === id);
}

// EXTERNAL MODULE: ./src/schema/report.ts
var report = __nccwpck_require__(6437);
// EXTERNAL MODULE: ./src/units/parse.ts
var parse = __nccwpck_require__(5912);
;// CONCATENATED MODULE: ./src/carbon/validate.ts
// Refusals for the numeric options, with the option name, the value and the accepted range.



/** --carbon-intensity / carbon-intensity as users type it, g CO2e per kWh. */
const CARBON_INTENSITY_RULE = {
    noun: 'a number',
    parse: parse/* parsePlainNumber */.rp,
    min: 0,
    max: report/* MAX_INTENSITY_G_PER_KWH */.eq,
    accepted: `a number of g CO2e per kWh from 0 to ${report/* MAX_INTENSITY_G_PER_KWH */.eq}, e.g. 436`,
};
/** --pue / pue as users type it. */
const PUE_RULE = {
    noun: 'a number',
    parse: parse/* parsePlainNumber */.rp,
    min: report/* MIN_PUE */.EU,
    max: report/* MAX_PUE */.wj,
    accepted: `a number from ${report/* MIN_PUE */.EU} to ${report/* MAX_PUE */.wj} (facility energy ÷ IT energy), e.g. 1.185`,
};
function toNumber(option, value, accepted) {
    if (typeof value === 'number')
        return value;
    // The one number grammar users type (units/parse.ts): Number('') would be 0.
    const parsed = typeof value === 'string' ? (0,parse/* parsePlainNumber */.rp)(value) : null;
    if (parsed === null)
        throw new CarbonInputError(option, value, accepted);
    return parsed;
}
/** --carbon-intensity / carbon-intensity input, g CO2e per kWh; `option` names it in the refusal. */
function validateCarbonIntensity(value, option = 'carbon-intensity') {
    const accepted = `a number of g CO2e/kWh from 0 to ${report/* MAX_INTENSITY_G_PER_KWH */.eq}`;
    const gPerKWh = toNumber(option, value, accepted);
    if (!Number.isFinite(gPerKWh) || gPerKWh < 0 || gPerKWh > report/* MAX_INTENSITY_G_PER_KWH */.eq) {
        throw new CarbonInputError(option, value, accepted);
    }
    return gPerKWh;
}
/** --pue / pue input: facility energy ÷ IT energy. */
function validatePue(value, option = 'pue') {
    const accepted = `a number from ${report/* MIN_PUE */.EU} to ${report/* MAX_PUE */.wj} (facility energy ÷ IT energy)`;
    const pue = toNumber(option, value, accepted);
    if (!Number.isFinite(pue) || pue < report/* MIN_PUE */.EU || pue > report/* MAX_PUE */.wj)
        throw new CarbonInputError(option, value, accepted);
    return pue;
}

// EXTERNAL MODULE: ./src/carbon/intensity-figures.ts
var intensity_figures = __nccwpck_require__(7496);
;// CONCATENATED MODULE: ./src/carbon/live.ts
// Optional live grid intensity from the Electricity Maps API. Any failure falls back to the
// yearly figure with a warning that says why; the token never appears in any message.

const DEFAULT_ELECTRICITY_MAPS_URL = 'https://api.electricitymap.org';
const DEFAULT_LIVE_TIMEOUT_MS = 3000;
function redact(text, token) {
    return token ? text.split(token).join('***') : text;
}
async function fetchLiveIntensity(opts) {
    const f = opts.fetchImpl ?? fetch;
    const timeoutMs = Math.min(Math.max(opts.timeoutMs ?? DEFAULT_LIVE_TIMEOUT_MS, 0), DEFAULT_LIVE_TIMEOUT_MS);
    const base = (opts.baseUrl ?? DEFAULT_ELECTRICITY_MAPS_URL).replace(/\/+$/, '');
    const url = `${base}/v3/carbon-intensity/latest?zone=${encodeURIComponent(opts.zone)}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
        const res = await f(url, { headers: { 'auth-token': opts.token }, signal: controller.signal });
        if (res.status === 401)
            return { ok: false, reason: 'the Electricity Maps API refused the token (HTTP 401)' };
        if (res.status === 403)
            return { ok: false, reason: `zone ${opts.zone} is not in the token's Electricity Maps plan (HTTP 403)` };
        if (!res.ok)
            return { ok: false, reason: `the Electricity Maps API answered HTTP ${res.status}` };
        let body;
        try {
            body = await res.json();
        }
        catch {
            if (controller.signal.aborted)
                return { ok: false, reason: `the Electricity Maps API did not answer within ${timeoutMs} ms` };
            return { ok: false, reason: 'the Electricity Maps API answered with something that is not JSON' };
        }
        const value = body?.carbonIntensity;
        if (typeof value !== 'number' || !Number.isFinite(value)) {
            return { ok: false, reason: 'the Electricity Maps API answer has no numeric carbonIntensity' };
        }
        if (value < 0 || value > report/* MAX_INTENSITY_G_PER_KWH */.eq) {
            return { ok: false, reason: `the Electricity Maps API gave an implausible carbonIntensity of ${value} g/kWh` };
        }
        const datetime = body.datetime;
        const dt = typeof datetime === 'string' ? datetime : null;
        const parsed = dt ? new Date(dt) : null;
        const year = parsed && !Number.isNaN(parsed.getTime()) ? parsed.getUTCFullYear() : null;
        return { ok: true, gPerKWh: value, datetime: dt, year };
    }
    catch (err) {
        if (controller.signal.aborted)
            return { ok: false, reason: `the Electricity Maps API did not answer within ${timeoutMs} ms` };
        return {
            ok: false,
            reason: redact(`the Electricity Maps API could not be reached (${err.message})`, opts.token),
        };
    }
    finally {
        clearTimeout(timer);
    }
}

;// CONCATENATED MODULE: ./src/carbon/metadata.ts

const DEFAULT_AZURE_IMDS_URL = 'http://169.254.169.254';
const DEFAULT_AWS_IMDS_URL = 'http://169.254.169.254';
const DEFAULT_GCP_METADATA_URL = 'http://metadata.google.internal';
const DEFAULT_METADATA_TIMEOUT_MS = 1000;
const trimBase = (url) => url.replace(/\/+$/, '');
const REGION_TEXT = /^[a-z0-9][a-z0-9-]{1,40}$/;
const INSTANCE_TYPE_TEXT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;
const instanceTypeOf = (v) => typeof v === 'string' && INSTANCE_TYPE_TEXT.test(v.trim()) ? v.trim() : undefined;
const withInstanceType = (answer, t) => t ? { ...answer, instanceType: t } : answer;
/** An answer worth keeping: a region, an instance type, or both. */
const answerOrNull = (provider, region, instanceType) => (region || instanceType ? withInstanceType({ provider, region }, instanceType) : null);
async function probeAzure(base, f, signal) {
    const res = await f(`${trimBase(base)}/metadata/instance?api-version=2021-02-01`, {
        headers: { Metadata: 'true' },
        signal,
    });
    if (!res.ok)
        return null;
    const body = (await res.json());
    const location = body?.compute?.location;
    const region = typeof location === 'string' && REGION_TEXT.test(location.toLowerCase()) ? location.toLowerCase() : null;
    return answerOrNull('azure', region, instanceTypeOf(body?.compute?.vmSize));
}
async function probeAws(base, f, signal) {
    const tokenRes = await f(`${trimBase(base)}/latest/api/token`, {
        method: 'PUT',
        headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '21600' },
        signal,
    });
    if (!tokenRes.ok)
        return null;
    const token = (await tokenRes.text()).trim();
    if (!token)
        return null;
    const get = async (path) => {
        const res = await f(`${trimBase(base)}/latest/meta-data/${path}`, {
            headers: { 'X-aws-ec2-metadata-token': token },
            signal,
        });
        return res.ok ? (await res.text()).trim() : null;
    };
    // Both at once, inside the same deadline; a failed instance-type request costs only that figure.
    const [regionText, typeText] = await Promise.all([get('placement/region'), get('instance-type').catch(() => null)]);
    const region = regionText && REGION_TEXT.test(regionText.toLowerCase()) ? regionText.toLowerCase() : null;
    return answerOrNull('aws', region, instanceTypeOf(typeText));
}
async function probeGcp(base, f, signal) {
    const get = async (path) => {
        const res = await f(`${trimBase(base)}/computeMetadata/v1/instance/${path}`, {
            headers: { 'Metadata-Flavor': 'Google' },
            signal,
        });
        return res.ok ? (await res.text()).trim() : null;
    };
    const [zoneText, typeText] = await Promise.all([get('zone'), get('machine-type').catch(() => null)]);
    // "projects/123/zones/europe-west1-b" → zone "europe-west1-b" → region "europe-west1"
    const m = zoneText ? /^projects\/[^/]+\/zones\/([a-z0-9-]+)-[a-z]$/.exec(zoneText.toLowerCase()) : null;
    // "projects/123/machineTypes/n2-standard-4" → "n2-standard-4"
    const t = typeText ? /^projects\/[^/]+\/machineTypes\/([^/]+)$/.exec(typeText) : null;
    return answerOrNull('gcp', m ? m[1] : null, instanceTypeOf(t?.[1]));
}
const providerName = { azure: 'Azure IMDS', aws: 'AWS IMDS', gcp: 'GCP metadata' };
/**
 * Asks Azure, AWS and GCP metadata in parallel, for the region and the instance type (Azure
 * vmSize, AWS instance-type, GCP machine-type); resolves on the first known region, when all
 * have failed, or at the deadline.
 */
async function probeCloudMetadata(opts = {}) {
    const f = opts.fetchImpl ?? fetch;
    const timeoutMs = Math.min(Math.max(opts.timeoutMs ?? DEFAULT_METADATA_TIMEOUT_MS, 0), DEFAULT_METADATA_TIMEOUT_MS);
    const controller = new AbortController();
    const warnings = [];
    let instance = null;
    const probes = [
        ['azure', probeAzure(opts.azureUrl ?? DEFAULT_AZURE_IMDS_URL, f, controller.signal)],
        ['aws', probeAws(opts.awsUrl ?? DEFAULT_AWS_IMDS_URL, f, controller.signal)],
        ['gcp', probeGcp(opts.gcpUrl ?? DEFAULT_GCP_METADATA_URL, f, controller.signal)],
    ];
    let timer;
    try {
        return await new Promise((resolve) => {
            let pending = probes.length;
            const finishOne = () => {
                if (--pending === 0)
                    resolve({ found: null, instance, warnings });
            };
            timer = setTimeout(() => resolve({ found: null, instance, warnings }), timeoutMs);
            for (const [provider, probe] of probes) {
                probe.then((answer) => {
                    if (answer?.instanceType)
                        instance ??= { provider: answer.provider, instanceType: answer.instanceType };
                    if (answer && answer.region !== null) {
                        const region = answer.region;
                        const known = findCloudRegion(answer.provider, region);
                        if (known)
                            return resolve({ found: { ...answer, region, id: known.id }, instance, warnings });
                        warnings.push(`${providerName[provider]} reports region "${answer.region}", which carbon-action's region table ` +
                            `does not know; ignoring it. Set region: to pin one.`);
                    }
                    finishOne();
                }, 
                // Refused, unreachable, aborted or garbage: not this cloud.
                () => finishOne());
            }
        });
    }
    finally {
        clearTimeout(timer);
        controller.abort();
    }
}

// EXTERNAL MODULE: ./src/carbon/setting-name.ts
var setting_name = __nccwpck_require__(9557);
;// CONCATENATED MODULE: ./src/carbon/pue.ts


/** The provider's published PUE, the user's value, or 1.0 with a note when neither is known. */
function resolvePue(provider, userPue, caller = 'action') {
    if (userPue !== undefined)
        return { value: userPue, source: `user input (${(0,setting_name/* optionLabel */.ed)('pue', caller)})` };
    const data = (0,carbon_data/* pueData */.Vo)();
    if (provider)
        return { value: data[provider].value, source: data[provider].source };
    // The data file's note says what is missing; how to supply it depends on who is reading.
    return {
        value: data.unknown.value,
        source: `${data.unknown.source} Set ${(0,setting_name/* settingName */.QX)('pue', caller)} for a better figure.`,
    };
}

;// CONCATENATED MODULE: ./src/carbon/resolve.ts







function placeFromParsed(parsed, decidedBy) {
    switch (parsed.kind) {
        case 'cloud':
            return {
                region: parsed.id,
                zone: parsed.cloudRegion.zone,
                provider: parsed.provider,
                providerRegion: parsed.cloudRegion.region,
                decidedBy,
                figure: (0,intensity_figures/* zoneFigure */.ZZ)(parsed.cloudRegion.zone),
            };
        case 'zone':
            return {
                region: parsed.id,
                zone: parsed.zone,
                provider: null,
                providerRegion: null,
                decidedBy,
                figure: (0,intensity_figures/* zoneFigure */.ZZ)(parsed.zone),
            };
        case 'country':
            return {
                region: parsed.id,
                zone: null,
                provider: null,
                providerRegion: null,
                decidedBy,
                figure: (0,intensity_figures/* countryFigure */.TB)(parsed.alpha3),
            };
    }
}
function githubHostedPlace(caller) {
    const figure = (0,intensity_figures/* githubHostedFigure */.rR)();
    return {
        region: intensity_figures/* GITHUB_HOSTED_REGION_LABEL */.kp,
        zone: null,
        provider: 'azure',
        providerRegion: null,
        decidedBy: 'github-hosted-default',
        figure,
        assumption: 'GitHub does not say which Azure region runs a hosted job, so this is the mean of the six US Azure regions ' +
            `GitHub's Actions IP ranges have included (${figure.gPerKWh.toFixed(0)} g/kWh). ` +
            `Pin the real one with ${(0,setting_name/* settingExample */.TE)('region', 'azure:<region>', caller)} ` +
            `(e.g. ${(0,setting_name/* settingExample */.TE)('region', 'azure:eastus2', caller)}).`,
    };
}
function worldPlace(caller) {
    const figure = (0,intensity_figures/* worldFigure */.Bf)();
    return {
        region: null,
        zone: null,
        provider: null,
        providerRegion: null,
        decidedBy: 'world-average',
        figure,
        assumption: `No region known: using the world average (${figure.gPerKWh} g/kWh, Ember); ` +
            `set ${(0,setting_name/* settingName */.QX)('region', caller)} for a meaningful figure.`,
    };
}
const truthy = (v) => v !== undefined && ['1', 'true', 'yes'].includes(v.trim().toLowerCase());
async function decidePlace(opts, env, warnings) {
    if (opts.region !== undefined && opts.region.trim() !== '')
        return placeFromParsed(parseRegion(opts.region), 'input');
    const caller = opts.caller ?? 'action';
    if (!truthy(env.CARBON_ACTION_NO_METADATA)) {
        const probe = await probeCloudMetadata({
            azureUrl: opts.metadata?.azureUrl ?? env.CARBON_ACTION_AZURE_IMDS_URL,
            awsUrl: opts.metadata?.awsUrl ?? env.CARBON_ACTION_AWS_IMDS_URL,
            gcpUrl: opts.metadata?.gcpUrl ?? env.CARBON_ACTION_GCP_METADATA_URL,
            timeoutMs: opts.metadata?.timeoutMs,
            fetchImpl: opts.fetchImpl,
        });
        warnings.push(...probe.warnings);
        const instance = probe.instance ? { instance: probe.instance } : {};
        if (probe.found)
            return { ...placeFromParsed(parseRegion(probe.found.id), 'metadata'), ...instance };
        if (opts.machine.githubHosted)
            return { ...githubHostedPlace(caller), ...instance };
        return { ...worldPlace(caller), ...instance };
    }
    if (opts.machine.githubHosted)
        return githubHostedPlace(caller);
    return worldPlace(caller);
}
async function resolveIntensity(opts) {
    const env = opts.env ?? process.env;
    const warnings = [];
    // Refuse bad input before any network work.
    const userPue = opts.pue !== undefined ? validatePue(opts.pue) : undefined;
    const override = opts.carbonIntensityGPerKWh !== undefined ? validateCarbonIntensity(opts.carbonIntensityGPerKWh) : undefined;
    if (opts.gridSource !== undefined && opts.gridSource !== 'electricity-maps' && opts.gridSource !== 'google') {
        throw new Error(`grid-source must be electricity-maps or google; got "${String(opts.gridSource)}"`);
    }
    const place = await decidePlace(opts, env, warnings);
    const intensity = override !== undefined ? overrideIntensity(place, override) : await figureIntensity(opts, env, place, warnings);
    const pue = resolvePue(place.provider ?? opts.machine.cloudProvider, userPue, opts.caller ?? 'action');
    return {
        intensity,
        pue,
        provider: place.provider,
        warnings,
        ...(place.instance ? { instance: place.instance } : {}),
    };
}
const placeFields = (place) => ({
    region: place.region,
    zone: place.zone,
    decidedBy: place.decidedBy,
});
function overrideIntensity(place, gPerKWh) {
    return {
        ...placeFields(place),
        gPerKWh,
        source: 'user override (carbon-intensity)',
        year: null,
        figure: 'override',
        boundary: 'user-defined',
        assumption: `Carbon intensity set by the user (${gPerKWh} g/kWh); the region only sets PUE and the greener-region ` +
            "comparison. The boundary is whatever the user's source uses.",
    };
}
/** Google's own yearly figure for a GCP region when asked for; null (with a warning) when there is none. */
function googleFigureFor(place, warnings) {
    const google = place.provider === 'gcp' && place.providerRegion ? (0,intensity_figures/* googleFigure */.k6)(place.providerRegion) : undefined;
    if (google)
        return google;
    warnings.push(place.provider === 'gcp'
        ? `grid-source google: Google publishes no figure for ${place.region}; ` +
            'using Electricity Maps (lifecycle) instead.'
        : `grid-source google applies only to GCP regions; ${place.region ?? 'this run'} is not one, ` +
            'so Electricity Maps/Ember (lifecycle) figures are used.');
    return null;
}
/** The place's yearly figure (Google's when asked for), then the live one when a token allows it. */
async function figureIntensity(opts, env, place, warnings) {
    const google = opts.gridSource === 'google' ? googleFigureFor(place, warnings) : null;
    const figure = google ?? place.figure;
    const intensity = {
        ...placeFields(place),
        gPerKWh: figure.gPerKWh,
        source: figure.source,
        year: figure.year,
        figure: 'yearly',
        boundary: figure.boundary,
    };
    if (place.assumption)
        intensity.assumption = place.assumption;
    const token = opts.electricityMapsToken ?? env.ELECTRICITY_MAPS_TOKEN;
    if (!token)
        return intensity;
    const yearText = `the ${figure.year ?? 'latest'} yearly figure`;
    if (google) {
        warnings.push("Live intensity not fetched: grid-source google asks for Google's yearly figures.");
        return intensity;
    }
    if (!place.zone) {
        warnings.push(`Live intensity not fetched: ${place.region ?? 'the world average'} is not a single Electricity Maps zone; ` +
            `using ${yearText}.`);
        return intensity;
    }
    return liveIntensity(opts, env, { intensity, zone: place.zone, token, yearText }, warnings);
}
async function liveIntensity(opts, env, at, warnings) {
    const live = await fetchLiveIntensity({
        zone: at.zone,
        token: at.token,
        baseUrl: opts.liveUrl ?? env.CARBON_ACTION_ELECTRICITY_MAPS_URL,
        timeoutMs: opts.liveTimeoutMs,
        fetchImpl: opts.fetchImpl,
    });
    if (!live.ok) {
        warnings.push(`Live intensity unavailable (${live.reason}); using ${at.yearText} for ${at.zone}.`);
        return at.intensity;
    }
    return {
        ...at.intensity,
        gPerKWh: live.gPerKWh,
        source: `Electricity Maps live API, latest for zone ${at.zone}${live.datetime ? ` at ${live.datetime}` : ''}`,
        year: live.year,
        figure: 'live',
        boundary: 'lifecycle',
    };
}

// EXTERNAL MODULE: ./src/units/convert.ts
var convert = __nccwpck_require__(1476);
;// CONCATENATED MODULE: ./src/carbon/embodied.ts



const S_PER_HOUR = 3600;
function computeEmbodied(input) {
    const { durationS, vmThreads, hostThreads } = input;
    if (!Number.isFinite(durationS) || durationS < 0)
        throw new CarbonInputError('durationS', durationS, 'a finite number of seconds ≥ 0');
    if (!Number.isFinite(vmThreads) || vmThreads <= 0)
        throw new CarbonInputError('vmThreads', vmThreads, 'a number of threads > 0');
    if (!Number.isFinite(hostThreads) || hostThreads <= 0)
        throw new CarbonInputError('hostThreads', hostThreads, 'a number of threads > 0');
    const data = (0,carbon_data/* embodiedData */.it)();
    const lifespanS = data.lifespanYears * data.hoursPerYear * S_PER_HOUR;
    const timeShare = durationS / lifespanS;
    // A VM cannot reserve more than the whole host; equal counts mean bare metal.
    const capped = vmThreads > hostThreads;
    const resourceShare = capped ? 1 : vmThreads / hostThreads;
    const embodiedG = (0,convert/* kgToG */.LK)(data.hostKgCo2e) * timeShare * resourceShare;
    return {
        embodiedG,
        info: {
            hostKgCo2e: data.hostKgCo2e,
            lifespanYears: data.lifespanYears,
            timeShare,
            resourceShare,
            source: `${data.source}; resource share ${Math.min(vmThreads, hostThreads)}/${hostThreads} threads` +
                (capped
                    ? ` (the VM reports ${vmThreads} threads, more than the host's ${hostThreads}; share capped at 1)`
                    : ''),
        },
    };
}

// EXTERNAL MODULE: ./src/carbon/equivalents.ts + 1 modules
var equivalents = __nccwpck_require__(9434);
;// CONCATENATED MODULE: ./src/carbon/greener.ts


function candidates(intensity, provider) {
    if (provider) {
        // Keep one boundary: Google's operational figures are compared only with Google's own.
        if (provider === 'gcp' && intensity.boundary === 'operational' && intensity.figure !== 'override') {
            return Object.entries((0,carbon_data/* gcpGoogleData */.i7)().regions).map(([r, v]) => ({ region: `gcp:${r}`, gPerKWh: v.gPerKWh }));
        }
        const zones = (0,carbon_data/* zonesData */.WY)().zones;
        return (0,carbon_data/* regionsData */.YI)()
            .filter((r) => r.provider === provider)
            .map((r) => ({ region: r.id, gPerKWh: zones[r.zone].gPerKWh }));
    }
    const hosting = new Set((0,carbon_data/* regionsData */.YI)().map((r) => r.countryIso2));
    return Object.values((0,carbon_data/* countriesData */.lA)().countries)
        .filter((c) => hosting.has(c.alpha2))
        .map((c) => ({ region: `country:${c.alpha2}`, gPerKWh: c.gPerKWh }));
}
function greenerRegions(input) {
    const current = input.intensity.gPerKWh;
    const facilityWh = input.energyWh * input.pue.value;
    return candidates(input.intensity, input.provider)
        .filter((c) => c.gPerKWh < current && c.region !== input.intensity.region)
        .sort((a, b) => a.gPerKWh - b.gPerKWh || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0))
        .slice(0, input.count ?? 3)
        .map((c) => ({ region: c.region, gPerKWh: c.gPerKWh, co2eG: (0,convert/* co2eGFromWh */.M7)(facilityWh, c.gPerKWh) }));
}

;// CONCATENATED MODULE: ./src/carbon/emissions.ts





function computeEmissions(input) {
    if (!Number.isFinite(input.energyWh) || input.energyWh < 0) {
        throw new CarbonInputError('energyWh', input.energyWh, 'a finite energy in Wh ≥ 0');
    }
    const facilityEnergyWh = input.energyWh * input.pue.value;
    const operational = (0,convert/* co2eGFromWh */.M7)(facilityEnergyWh, input.intensity.gPerKWh);
    const { embodiedG, info } = computeEmbodied(input);
    const total = operational + (input.includeEmbodied ? embodiedG : 0);
    const greener = greenerRegions({
        energyWh: input.energyWh,
        pue: input.pue,
        intensity: input.intensity,
        provider: input.provider,
    });
    return {
        co2eG: { total, operational, embodied: embodiedG },
        embodied: info,
        // SCI = (E × I) + M per functional unit, always including M whatever includeEmbodied says.
        sci: { gPerRun: operational + embodiedG, functionalUnit: 'run' },
        equivalents: (0,equivalents/* pickEquivalents */.z)(total, facilityEnergyWh),
        greenerRegions: greener,
    };
}

;// CONCATENATED MODULE: ./src/carbon/index.ts
// Emissions: region → grid intensity and PUE (resolveIntensity, async, I/O at the edge),
// then pure maths (computeEmissions).













/***/ }),

/***/ 7496:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bf: () => (/* binding */ worldFigure),
/* harmony export */   TB: () => (/* binding */ countryFigure),
/* harmony export */   ZZ: () => (/* binding */ zoneFigure),
/* harmony export */   k6: () => (/* binding */ googleFigure),
/* harmony export */   kp: () => (/* binding */ GITHUB_HOSTED_REGION_LABEL),
/* harmony export */   rR: () => (/* binding */ githubHostedFigure)
/* harmony export */ });
/* unused harmony export GITHUB_HOSTED_AZURE_REGIONS */
/* harmony import */ var _data__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(61);
// Yearly grid figures for a zone, a country, the world, and GitHub's hosted-runner default.

function zoneFigure(zone) {
    const z = (0,_data__WEBPACK_IMPORTED_MODULE_0__/* .zonesData */ .WY)().zones[zone];
    if (!z)
        throw new Error(`carbon-action: no Electricity Maps figure for zone ${zone}`);
    return {
        gPerKWh: z.gPerKWh,
        year: z.year,
        source: `Electricity Maps ${z.year} yearly average for zone ${zone} (${z.name}) via @tgwf/co2 ` +
            `${(0,_data__WEBPACK_IMPORTED_MODULE_0__/* .co2jsVersion */ .QL)()}, ODbL`,
        boundary: 'lifecycle',
    };
}
function countryFigure(alpha3) {
    const data = (0,_data__WEBPACK_IMPORTED_MODULE_0__/* .countriesData */ .lA)();
    const c = data.countries[alpha3];
    if (!c)
        throw new Error(`carbon-action: no Ember figure for country ${alpha3}`);
    return {
        gPerKWh: c.gPerKWh,
        year: data.year,
        source: `Ember yearly average for ${c.name} (latest year Ember had; CO2.js does not record it) via @tgwf/co2 ` +
            `${(0,_data__WEBPACK_IMPORTED_MODULE_0__/* .co2jsVersion */ .QL)()}, CC BY-SA 4.0`,
        boundary: 'lifecycle',
    };
}
function worldFigure() {
    const data = (0,_data__WEBPACK_IMPORTED_MODULE_0__/* .countriesData */ .lA)();
    return {
        gPerKWh: data.worldGPerKWh,
        year: data.year,
        source: `Ember world average via @tgwf/co2 ${(0,_data__WEBPACK_IMPORTED_MODULE_0__/* .co2jsVersion */ .QL)()}, CC BY-SA 4.0`,
        boundary: 'lifecycle',
    };
}
/** Google's own 2024 location-based figure for a GCP region, or undefined when Google lists none. */
function googleFigure(gcpRegion) {
    const data = (0,_data__WEBPACK_IMPORTED_MODULE_0__/* .gcpGoogleData */ .i7)();
    const r = data.regions[gcpRegion];
    if (!r)
        return undefined;
    return {
        gPerKWh: r.gPerKWh,
        year: data.year,
        source: `Google Cloud ${data.year} grid carbon intensity for gcp:${gcpRegion} (${r.location}; location-based, ` +
            `operational), GoogleCloudPlatform/region-carbon-info, Apache-2.0`,
        boundary: 'operational',
    };
}
/**
 * Azure regions that GitHub's published IP ranges for Actions have included. GitHub does not say
 * where a hosted job runs; these six are where its runners have been seen, so their mean is the
 * least-wrong single figure. All other US Azure regions are left out on purpose: no evidence puts
 * runners there, and including them would only dilute the figure towards unrelated grids.
 */
const GITHUB_HOSTED_AZURE_REGIONS = [
    'eastus',
    'eastus2',
    'westus2',
    'westus3',
    'centralus',
    'southcentralus',
];
const GITHUB_HOSTED_REGION_LABEL = 'azure:github-hosted-us';
function githubHostedFigure() {
    const regions = (0,_data__WEBPACK_IMPORTED_MODULE_0__/* .regionsData */ .YI)();
    const figures = GITHUB_HOSTED_AZURE_REGIONS.map((name) => {
        const r = regions.find((x) => x.id === `azure:${name}`);
        if (!r)
            throw new Error(`carbon-action: region table lacks azure:${name}`);
        return { id: r.id, zone: r.zone, ...zoneFigure(r.zone) };
    });
    const mean = figures.reduce((sum, f) => sum + f.gPerKWh, 0) / figures.length;
    const years = [...new Set(figures.map((f) => f.year))];
    const each = figures.map((f) => `${f.id} ${f.gPerKWh} (${f.zone})`).join(', ');
    return {
        gPerKWh: mean,
        year: years.length === 1 ? years[0] : Math.min(...figures.map((f) => f.year ?? Infinity)),
        source: `mean of Electricity Maps ${years.join('/')} yearly averages via @tgwf/co2 ${(0,_data__WEBPACK_IMPORTED_MODULE_0__/* .co2jsVersion */ .QL)()} (ODbL) ` +
            `for ${each}`,
        boundary: 'lifecycle',
    };
}


/***/ }),

/***/ 9557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QX: () => (/* binding */ settingName),
/* harmony export */   TE: () => (/* binding */ settingExample),
/* harmony export */   ed: () => (/* binding */ optionLabel)
/* harmony export */ });
// One message, two callers: the CLI is configured by flags (--region), the action by inputs
// (region:). Shared carbon and report text names the setting the way its reader sets it.
/** "--pue" for the CLI, "the pue input" for the action. */
function settingName(setting, caller) {
    return caller === 'cli' ? `--${setting}` : `the ${setting} input`;
}
/** How to write a setting with a value: "--region azure:eastus2" or "region: azure:eastus2". */
function settingExample(setting, value, caller) {
    return caller === 'cli' ? `--${setting} ${value}` : `${setting}: ${value}`;
}
/** The name an error message gives an option: "--pue" for the CLI, "pue" (the input's name) for the action. */
function optionLabel(setting, caller) {
    return caller === 'cli' ? `--${setting}` : setting;
}


/***/ }),

/***/ 3754:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  V: () => (/* binding */ registerDashboardCommand)
});

// UNUSED EXPORTS: DEFAULT_DASHBOARD_DIR

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/history/read-history.ts + 2 modules
var read_history = __nccwpck_require__(9437);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(2011);
// EXTERNAL MODULE: ./src/units/convert.ts
var convert = __nccwpck_require__(1476);
;// CONCATENATED MODULE: ./src/dashboard/downsample.ts
// Largest-Triangle-Three-Buckets (Steinarsson 2013): keeps at most `threshold` of the
// series' own points, chosen so that the line keeps its peaks and dips. Picking real runs
// (rather than bucket means) keeps every plotted circle a run someone can look up.
const MAX_CHART_POINTS = 200;
function downsampleLttb(points, threshold = MAX_CHART_POINTS) {
    if (!Number.isInteger(threshold) || threshold < 3) {
        throw new Error(`downsample threshold ${threshold} is not an integer ≥ 3`);
    }
    if (points.length <= threshold)
        return points.slice();
    const out = [points[0]];
    const bucketSize = (points.length - 2) / (threshold - 2);
    let a = 0;
    for (let i = 0; i < threshold - 2; i++) {
        // Average of the next bucket: the third corner of the triangle.
        const nextStart = Math.floor((i + 1) * bucketSize) + 1;
        const nextEnd = Math.min(Math.floor((i + 2) * bucketSize) + 1, points.length);
        let avgX = 0;
        let avgY = 0;
        for (let j = nextStart; j < nextEnd; j++) {
            avgX += points[j].x;
            avgY += points[j].y;
        }
        const nextCount = nextEnd - nextStart;
        avgX /= nextCount;
        avgY /= nextCount;
        const start = Math.floor(i * bucketSize) + 1;
        const end = Math.floor((i + 1) * bucketSize) + 1;
        const pa = points[a];
        let best = start;
        let bestArea = -1;
        for (let j = start; j < end; j++) {
            const area = Math.abs((pa.x - avgX) * (points[j].y - pa.y) - (pa.x - points[j].x) * (avgY - pa.y));
            if (area > bestArea) {
                bestArea = area;
                best = j;
            }
        }
        out.push(points[best]);
        a = best;
    }
    out.push(points[points.length - 1]);
    return out;
}

;// CONCATENATED MODULE: ./src/dashboard/projection.ts
// Monthly projection at the current run rate, per series (repository/workflow/job/matrix).
//
//   window      = the last 28 days before `now`, or the series' whole span if it is shorter
//                 (its first run ever → now), never shorter than 1 day
//   runs/month  = runs in window ÷ window days × 30.4375   (365.25 / 12 days per month)
//   CO2e/month  = runs/month × mean CO2e per run in the window
//
// So a workflow that ran 56 times in the last 28 days at 20 g each projects to
// 56 / 28 × 30.4375 × 20 g = 1,217.5 g ≈ 1.2 kg per month. It is a run-rate figure, not a
// forecast: a series with no run in the last 28 days projects to 0. A series with fewer than
// 10 runs over less than 14 days is not projected at all (enoughHistory false).

// Too little history projects nonsense (one run became "7 runs a week"): a series is
// projected only once it has MIN_PROJECTION_RUNS runs or spans MIN_PROJECTION_DAYS days.
const MIN_PROJECTION_RUNS = 10;
const MIN_PROJECTION_DAYS = 14;
const PROJECTION_WINDOW_DAYS = 28;
const DAYS_PER_MONTH = 365.25 / 12;
const MIN_WINDOW_DAYS = 1;
function monthlyProjection(runs, nowMs) {
    const windowStartMs = nowMs - PROJECTION_WINDOW_DAYS * convert/* MS_PER_DAY */.ec;
    let runsInWindow = 0;
    let sumCo2eG = 0;
    let firstMs = Infinity;
    let lastMs = -Infinity;
    let runCount = 0;
    for (const r of runs) {
        runCount++;
        if (r.atMs < firstMs)
            firstMs = r.atMs;
        if (r.atMs > lastMs)
            lastMs = r.atMs;
        if (r.atMs < windowStartMs || r.atMs > nowMs)
            continue;
        runsInWindow++;
        sumCo2eG += r.co2eG;
    }
    const enoughHistory = runCount >= MIN_PROJECTION_RUNS || (lastMs - firstMs) / convert/* MS_PER_DAY */.ec >= MIN_PROJECTION_DAYS;
    if (runsInWindow === 0 || !enoughHistory) {
        return {
            enoughHistory,
            runsInWindow,
            windowDays: PROJECTION_WINDOW_DAYS,
            runsPerMonth: 0,
            meanCo2eGPerRun: 0,
            co2eGPerMonth: 0,
        };
    }
    const windowDays = Math.max(MIN_WINDOW_DAYS, (nowMs - Math.max(firstMs, windowStartMs)) / convert/* MS_PER_DAY */.ec);
    const runsPerMonth = (runsInWindow / windowDays) * DAYS_PER_MONTH;
    const meanCo2eGPerRun = sumCo2eG / runsInWindow;
    return {
        enoughHistory,
        runsInWindow,
        windowDays,
        runsPerMonth,
        meanCo2eGPerRun,
        co2eGPerMonth: runsPerMonth * meanCo2eGPerRun,
    };
}

;// CONCATENATED MODULE: ./src/dashboard/aggregate.ts



// One pass over the reports builds everything the page shows; the renderer only formats.
const MS_PER_WEEK = 7 * convert/* MS_PER_DAY */.ec;
const WEEKS_SHOWN = 26;
const REGIONS_SHOWN = 3;
function seriesLabels(r) {
    const c = r.context ?? {};
    const cli = r.kind === 'cli';
    return {
        repository: str(c.repository) || (cli ? '(local runs)' : '(unknown repository)'),
        workflow: str(c.workflow) || (cli ? 'carbon-action measure' : '(unknown workflow)'),
        job: str(c.job) || (Array.isArray(r.command) && r.command.length ? r.command.join(' ').slice(0, 80) : '(unknown job)'),
        matrix: str(c.matrix),
    };
}
const str = (v) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
/** Monday 00:00 UTC of the week holding `ms`. */
function weekStartMs(ms) {
    const day = Math.floor(ms / convert/* MS_PER_DAY */.ec);
    // 1970-01-01 was a Thursday: day 0 → weekday 3 counting from Monday.
    const weekday = (day + 3) % 7;
    return (day - weekday) * convert/* MS_PER_DAY */.ec;
}
function addToSeries(series, r, atMs) {
    const key = seriesLabels(r);
    const id = `${key.repository}\u0000${key.workflow}\u0000${key.job}\u0000${key.matrix}`;
    let acc = series.get(id);
    if (!acc)
        series.set(id, (acc = { key, points: [], energyWh: 0, co2eG: 0 }));
    acc.points.push({
        x: atMs,
        y: r.co2eG.total,
        energyWh: r.energyWh.total,
        durationS: r.durationS,
        branch: str(r.context?.branch),
        sha: str(r.context?.sha),
    });
    acc.energyWh += r.energyWh.total;
    acc.co2eG += r.co2eG.total;
}
function addToTotals(t, r, atMs) {
    t.energyWh += r.energyWh.total;
    t.co2eG += r.co2eG.total;
    t.co2eGOperational += r.co2eG.operational;
    t.facilityEnergyWh += r.energyWh.total * (r.pue?.value ?? 1);
    t.durationS += r.durationS;
    if (atMs < t.firstMs)
        t.firstMs = atMs;
    if (atMs > t.lastMs)
        t.lastMs = atMs;
}
function addToWeek(weeks, r, atMs) {
    const wk = weekStartMs(atMs);
    let bucket = weeks.get(wk);
    if (!bucket)
        weeks.set(wk, (bucket = { weekStartMs: wk, runs: 0, co2eG: 0 }));
    bucket.runs++;
    bucket.co2eG += r.co2eG.total;
}
/** The run moved to its greenest listed region, and every listed region's hypothetical CO2e. */
function addGreenerRegions(a, r) {
    const greener = Array.isArray(r.greenerRegions) ? r.greenerRegions : [];
    const operational = r.co2eG.operational;
    const first = greener[0];
    if (first && Number.isFinite(first.co2eG)) {
        a.greenestOption.co2eG += first.co2eG;
        a.greenestOption.runsMoved++;
    }
    else {
        a.greenestOption.co2eG += operational;
    }
    a.greenestOption.actualCo2eG += operational;
    for (const g of greener) {
        if (!g || typeof g.region !== 'string' || !Number.isFinite(g.co2eG))
            continue;
        let ra = a.regions.get(g.region);
        if (!ra)
            a.regions.set(g.region, (ra = { region: g.region, runs: 0, co2eG: 0, actualCo2eG: 0 }));
        ra.runs++;
        ra.co2eG += g.co2eG;
        ra.actualCo2eG += operational;
    }
}
function accumulate(reports) {
    const a = {
        series: new Map(),
        regions: new Map(),
        weeks: new Map(),
        totals: {
            energyWh: 0,
            co2eG: 0,
            co2eGOperational: 0,
            facilityEnergyWh: 0,
            durationS: 0,
            firstMs: Infinity,
            lastMs: -Infinity,
        },
        greenestOption: { co2eG: 0, actualCo2eG: 0, runsMoved: 0 },
    };
    for (const r of reports) {
        const atMs = Date.parse(r.startedAt);
        addToSeries(a.series, r, atMs);
        addToTotals(a.totals, r, atMs);
        addToWeek(a.weeks, r, atMs);
        addGreenerRegions(a, r);
    }
    return a;
}
function summariseSeries(acc, nowMs) {
    acc.points.sort((a, b) => a.x - b.x);
    const projection = monthlyProjection(acc.points.map((p) => ({ atMs: p.x, co2eG: p.y })), nowMs);
    return {
        key: acc.key,
        runs: acc.points.length,
        energyWh: acc.energyWh,
        co2eG: acc.co2eG,
        firstMs: acc.points[0].x,
        lastMs: acc.points[acc.points.length - 1].x,
        last: acc.points[acc.points.length - 1],
        chartPoints: downsampleLttb(acc.points, MAX_CHART_POINTS),
        runsPerWeek: projection.enoughHistory && projection.runsInWindow ? (projection.runsInWindow / projection.windowDays) * 7 : 0,
        projection,
    };
}
/** Series grouped by repository: repositories by name, their series by projected CO2e, highest first. */
function summariseRepos(series, nowMs) {
    const repoMap = new Map();
    for (const acc of series) {
        const summary = summariseSeries(acc, nowMs);
        const name = acc.key.repository;
        let repo = repoMap.get(name);
        if (!repo) {
            repo = { repository: name, runs: 0, energyWh: 0, co2eG: 0, co2eGPerMonth: 0, seriesProjected: 0, series: [] };
            repoMap.set(name, repo);
        }
        repo.series.push(summary);
        repo.runs += summary.runs;
        repo.energyWh += summary.energyWh;
        repo.co2eG += summary.co2eG;
        repo.co2eGPerMonth += summary.projection.co2eGPerMonth;
        if (summary.projection.enoughHistory)
            repo.seriesProjected++;
    }
    const repos = [...repoMap.values()].sort((a, b) => compareText(a.repository, b.repository));
    for (const repo of repos) {
        repo.series.sort((a, b) => b.projection.co2eGPerMonth - a.projection.co2eGPerMonth ||
            compareText(a.key.workflow, b.key.workflow) ||
            compareText(a.key.job, b.key.job) ||
            compareText(a.key.matrix, b.key.matrix));
    }
    return repos;
}
/** Up to WEEKS_SHOWN weeks ending with the week of the last run; a history that stopped months ago still shows. */
function weeklyBuckets(weeks, firstMs, lastMs) {
    const weekly = [];
    const lastWeek = weekStartMs(lastMs);
    const weeksSpanned = Math.round((lastWeek - weekStartMs(firstMs)) / MS_PER_WEEK) + 1;
    for (let i = Math.min(WEEKS_SHOWN, weeksSpanned) - 1; i >= 0; i--) {
        const wk = lastWeek - i * MS_PER_WEEK;
        weekly.push(weeks.get(wk) ?? { weekStartMs: wk, runs: 0, co2eG: 0 });
    }
    return weekly;
}
function aggregate(reports, nowMsIn) {
    const a = accumulate(reports);
    const { firstMs, lastMs } = a.totals;
    // "Now" never lies before the newest run (a clock behind the history's).
    const nowMs = reports.length ? Math.max(nowMsIn, lastMs) : nowMsIn;
    const repos = summariseRepos(a.series.values(), nowMs);
    // Regions listed for the most runs first, then the lowest hypothetical total.
    const regions = [...a.regions.values()]
        .sort((x, y) => y.runs - x.runs || ratio(x) - ratio(y) || compareText(x.region, y.region))
        .slice(0, REGIONS_SHOWN);
    return {
        nowMs,
        totals: {
            runs: reports.length,
            repositories: repos.length,
            series: a.series.size,
            ...a.totals,
            firstMs: reports.length ? firstMs : NaN,
            lastMs: reports.length ? lastMs : NaN,
            co2eGPerMonth: repos.reduce((s, r) => s + r.co2eGPerMonth, 0),
            seriesProjected: repos.reduce((s, r) => s + r.seriesProjected, 0),
        },
        repos,
        weekly: reports.length ? weeklyBuckets(a.weeks, firstMs, lastMs) : [],
        greenestOption: a.greenestOption,
        regions,
    };
}
const ratio = (r) => (r.actualCo2eG > 0 ? r.co2eG / r.actualCo2eG : Infinity);
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);


// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
;// CONCATENATED MODULE: ./src/dashboard/html.ts
// The dashboard shows repository, workflow, job, matrix and branch names that anyone who
// can push a branch or open a PR chooses; everything untrusted goes through escapeHtml.


;// CONCATENATED MODULE: ./src/dashboard/svg.ts


// Charts are plain inline SVG: no library, no script, nothing fetched. Every plotted run
// is a <circle data-value="<g CO2e>"> with a <title>, so hovering names the run and a
// browser test can count the points.
// Sized near the on-screen size of a card (≈ 400 px) so that 10 px text stays 10 px.
const W = 400;
const H = 130;
const PAD = { left: 46, right: 8, top: 8, bottom: 20 };
const num = (n) => (Math.round(n * 10) / 10).toString();
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);
/** CO2e per run over time for one series; points are already downsampled. */
function trendChart(points, label, totalRuns) {
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const minX = points[0].x;
    const maxX = points[points.length - 1].x;
    const maxY = Math.max(...points.map((p) => p.y)) || 1;
    const yTop = niceCeil(maxY);
    const sx = (x) => maxX === minX ? PAD.left + plotW / 2 : PAD.left + ((x - minX) / (maxX - minX)) * plotW;
    const sy = (y) => PAD.top + plotH - (y / yTop) * plotH;
    const out = [];
    const shown = points.length < totalRuns ? `${points.length} of ${totalRuns} runs shown (downsampled)` : `${totalRuns} runs`;
    out.push(`<svg class="trend" viewBox="0 0 ${W} ${H}" role="img" ` +
        `aria-label="${(0,report_escape/* escapeHtml */.ZD)(`CO2e per run for ${label}, ${shown}`)}" xmlns="http://www.w3.org/2000/svg">`);
    // Grid: 0, half and top of the y range.
    for (const f of [0, 0.5, 1]) {
        const y = num(sy(yTop * f));
        out.push(`<line class="gridline" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}"/>`);
        out.push(`<text class="axis" x="${PAD.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">` +
            `${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatMassG */.bc)(yTop * f))}</text>`);
    }
    out.push(`<text class="axis" x="${PAD.left}" y="${H - 6}">${isoDate(minX)}</text>`);
    if (maxX !== minX)
        out.push(`<text class="axis" x="${W - PAD.right}" y="${H - 6}" text-anchor="end">${isoDate(maxX)}</text>`);
    if (points.length > 1) {
        const d = points.map((p, i) => `${i ? 'L' : 'M'}${num(sx(p.x))} ${num(sy(p.y))}`).join('');
        out.push(`<path class="line" d="${d}"/>`);
    }
    const r = points.length > 60 ? 2 : 3; // dense series: smaller dots stay readable
    for (const p of points) {
        const tip = `${new Date(p.x).toISOString().slice(0, 16).replace('T', ' ')} UTC · ${(0,format/* formatMassG */.bc)(p.y)}` +
            `${p.branch ? ` · ${p.branch}` : ''}${p.sha ? ` · ${p.sha.slice(0, 7)}` : ''}`;
        out.push(`<circle cx="${num(sx(p.x))}" cy="${num(sy(p.y))}" r="${r}" data-value="${p.y}" ` +
            `data-at="${new Date(p.x).toISOString()}"><title>${(0,report_escape/* escapeHtml */.ZD)(tip)}</title></circle>`);
    }
    out.push('</svg>');
    return out.join('');
}
/**
 * CO2e per week across everything, oldest week first. "narrow" draws the same bars in a
 * 400-unit viewBox for phone screens, where the 1200-unit one would shrink 10 px text to 3 px;
 * the stylesheet shows one or the other.
 */
function weeklyChart(weeks, variant = 'wide') {
    const w = variant === 'wide' ? 1200 : 400;
    const h = 180;
    const left = 56;
    const bottom = 22;
    const top = 10;
    const plotW = w - left - 8;
    const plotH = h - top - bottom;
    const maxY = Math.max(...weeks.map((b) => b.co2eG)) || 1;
    const yTop = niceCeil(maxY);
    const slot = plotW / weeks.length;
    const lastWeek = isoDate(weeks[weeks.length - 1].weekStartMs);
    const out = [
        `<svg class="weekly ${variant}" viewBox="0 0 ${w} ${h}" role="img" ` +
            `aria-label="CO2e per week, ${weeks.length} weeks to the week of ${lastWeek}" ` +
            'xmlns="http://www.w3.org/2000/svg">',
    ];
    for (const f of [0, 0.5, 1]) {
        const y = num(top + plotH - f * plotH);
        out.push(`<line class="gridline" x1="${left}" x2="${w - 8}" y1="${y}" y2="${y}"/>`);
        out.push(`<text class="axis" x="${left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">` +
            `${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatMassG */.bc)(yTop * f))}</text>`);
    }
    weeks.forEach((b, i) => {
        const bh = (b.co2eG / yTop) * plotH;
        const x = left + i * slot + slot * 0.15;
        const tip = `week of ${isoDate(b.weekStartMs)}: ${b.runs} run${b.runs === 1 ? '' : 's'}, ${(0,format/* formatMassG */.bc)(b.co2eG)}`;
        out.push(`<rect class="bar" x="${num(x)}" y="${num(top + plotH - bh)}" width="${num(slot * 0.7)}" height="${num(bh)}" ` +
            `data-week="${isoDate(b.weekStartMs)}" data-runs="${b.runs}" data-co2e-g="${b.co2eG}">` +
            `<title>${(0,report_escape/* escapeHtml */.ZD)(tip)}</title></rect>`);
    });
    out.push(`<text class="axis" x="${left}" y="${h - 5}">${isoDate(weeks[0].weekStartMs)}</text>`);
    out.push(`<text class="axis" x="${w - 8}" y="${h - 5}" text-anchor="end">week of ${lastWeek}</text>`);
    out.push('</svg>');
    return out.join('');
}
/** 1, 2, 2.5 or 5 × 10^k at or above v: round axis tops. */
function niceCeil(v) {
    if (!(v > 0))
        return 1;
    const p = 10 ** Math.floor(Math.log10(v));
    for (const m of [1, 2, 2.5, 5, 10])
        if (m * p >= v)
            return m * p;
    return 10 * p;
}

;// CONCATENATED MODULE: ./src/dashboard/style.ts
// All styling inline in the page (no stylesheet request, works from file://). Light and
// dark follow the reader's system setting.
const DASHBOARD_CSS = `
:root{--bg:#f6f7f9;--fg:#1b1f24;--muted:#5b6570;--card:#fff;--line:#e3e6ea;--accent:#1a7f4b;--accent-soft:#e7f4ec;--chart:#1a7f4b;--bar:#7cbf98;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#0f1216;--fg:#e6e9ed;--muted:#9aa4ae;--card:#171b21;--line:#2a3038;--accent:#4cc487;--accent-soft:#173325;--chart:#4cc487;--bar:#2f7d55}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font-size:15px;line-height:1.45}
header.top{padding:28px 32px 12px;max-width:1280px;margin:0 auto}
h1{margin:0;font-size:26px;letter-spacing:-.01em}
h2{font-size:18px;margin:0 0 10px}
h3{font-size:15px;margin:0 0 8px;overflow-wrap:anywhere}
.sub,.muted,.note,.axis{color:var(--muted)}
.sub{margin:4px 0 0}
main{max-width:1280px;margin:0 auto;padding:8px 32px 40px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:12px;margin:12px 0 16px}
.card,.panel,.series{background:var(--card);border:1px solid var(--line);border-radius:10px}
.card{padding:14px 16px}
.card .label{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.card .value{font-size:26px;font-weight:650;margin:4px 0 2px;font-variant-numeric:tabular-nums}
.card .note{font-size:13px}
.card.accent{background:var(--accent-soft);border-color:transparent}
.card.accent .value{color:var(--accent)}
.panel{padding:16px 18px;margin:0 0 16px}
.panel p{margin:6px 0}
.rule{font-size:13px}
.equivalents{margin:0;padding-left:20px}
table{border-collapse:collapse;width:100%;font-size:14px;margin:8px 0}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line)}
th{font-weight:600;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.repo{margin:28px 0 0}
.repo-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 16px;margin-bottom:10px}
.repo-head h2{margin:0;overflow-wrap:anywhere}
.repo-head p{margin:0;color:var(--muted)}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(380px,1fr));gap:12px}
.series{padding:14px 16px}
.series .wf{color:var(--muted);font-weight:500}
.series .sep{color:var(--muted)}
.matrix{display:inline-block;font-size:12px;font-weight:500;background:var(--bg);border:1px solid var(--line);border-radius:999px;padding:0 8px;margin-left:4px}
.facts{display:grid;grid-template-columns:repeat(3,1fr);gap:6px 12px;margin:0 0 8px}
.facts div{min-width:0}
.facts dt{font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.facts dd{margin:0;font-variant-numeric:tabular-nums;overflow-wrap:anywhere}
.branch{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
svg{display:block;width:100%;height:auto}
svg .gridline{stroke:var(--line);stroke-width:1}
svg .axis{font-size:10px;fill:var(--muted)}
svg .line{fill:none;stroke:var(--chart);stroke-width:1.6;stroke-linejoin:round;opacity:.6}
svg.trend{margin-top:4px}
svg circle{fill:var(--chart)}
svg circle:hover{r:5}
svg .bar{fill:var(--bar)}
svg .bar:hover{fill:var(--accent)}
.projection{margin:8px 0 0;font-size:14px}
.empty{background:var(--card);border:1px dashed var(--line);border-radius:10px;padding:40px;text-align:center}
.notes{margin-top:28px}
.notes ul{margin:0;padding-left:20px;font-size:13px;color:var(--muted)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}
.table-wrap{overflow-x:auto;max-width:100%}
svg.weekly.narrow{display:none}
.period{font-size:13px;margin:-4px 0 6px}
@media (max-width:600px){header.top,main{padding-left:14px;padding-right:14px}.grid{grid-template-columns:1fr}svg.weekly.wide{display:none}svg.weekly.narrow{display:block}.panel{padding:12px}table{font-size:13px}th,td{padding:5px 4px}th{font-size:11px;letter-spacing:0;text-transform:none}table.regions td:first-child{overflow-wrap:anywhere;word-break:break-word}td.n{white-space:nowrap}.facts{grid-template-columns:repeat(2,1fr)}.card .value{font-size:22px}}
`.trim();

;// CONCATENATED MODULE: ./src/dashboard/render.ts








const DEFAULT_TITLE = 'CI carbon dashboard';
const render_int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
/** The whole self-contained page: inline CSS and SVG, no script, nothing fetched. */
function buildDashboard(reports, opts) {
    const nowMs = Date.parse(opts.generatedAt);
    if (Number.isNaN(nowMs))
        throw new Error(`dashboard generatedAt ${JSON.stringify(opts.generatedAt)} is not an ISO date`);
    const title = opts.title?.trim() || DEFAULT_TITLE;
    const data = aggregate(reports, nowMs);
    const body = data.totals.runs === 0 ? emptyPage() : fullPage(data, opts);
    return [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        // Nothing may be fetched: not even a favicon request from file://.
        '<meta http-equiv="Content-Security-Policy" ' +
            `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
        '<link rel="icon" href="data:,">',
        `<title>${(0,report_escape/* escapeHtml */.ZD)(title)}</title>`,
        `<style>${DASHBOARD_CSS}</style>`,
        '</head>',
        '<body>',
        '<header class="top">',
        `<h1>${(0,report_escape/* escapeHtml */.ZD)(title)}</h1>`,
        `<p class="sub">Energy and CO2e of CI runs measured by carbon-action · generated ${(0,report_escape/* escapeHtml */.ZD)(new Date(nowMs).toISOString().slice(0, 16).replace('T', ' '))} UTC</p>`,
        '</header>',
        '<main>',
        body,
        '</main>',
        '</body>',
        '</html>',
        '',
    ].join('\n');
}
function emptyPage() {
    return ('<section class="empty"><h2>No runs yet</h2><p>This history holds no carbon-action report. ' +
        "Once carbon-action has measured a run and saved its report (the action's history branch, or " +
        '<code>carbon-action measure --json</code>), build this page again.</p></section>');
}
function fullPage(d, opts) {
    const t = d.totals;
    const spanDays = (t.lastMs - t.firstMs) / convert/* MS_PER_DAY */.ec;
    const parts = [];
    parts.push('<section class="cards" aria-label="Totals">');
    parts.push(card('Runs', render_int.format(t.runs), `${t.repositories} repositor${t.repositories === 1 ? 'y' : 'ies'} · ${t.series} job${t.series === 1 ? '' : 's'}`));
    parts.push(card('CO2e', (0,format/* formatMassG */.bc)(t.co2eG), `operational ${(0,format/* formatMassG */.bc)(t.co2eGOperational)}`));
    parts.push(card('Energy (IT, before PUE)', (0,format/* formatEnergyWh */.jD)(t.energyWh), `metered time ${(0,format/* formatDurationS */.De)(t.durationS)}`));
    parts.push(card('Time span', spanDays >= 1 ? `${render_int.format(spanDays)} days` : '< 1 day', `${isoDate(t.firstMs)} → ${isoDate(t.lastMs)}`));
    if (t.seriesProjected === 0) {
        parts.push(card('Projected per month', 'not enough history', `to project: a job needs ${MIN_PROJECTION_RUNS} runs or ${MIN_PROJECTION_DAYS / 7} weeks`, 'accent'));
    }
    else {
        const some = t.seriesProjected < t.series
            ? ` (${t.seriesProjected} of ${t.series} jobs; the others have too little history)`
            : '';
        parts.push(card('Projected per month', (0,format/* formatMassG */.bc)(t.co2eGPerMonth), `CO2e at the current run rate${some}`, 'accent'));
    }
    parts.push('</section>');
    const equivalents = safeEquivalents(opts, t.co2eG, t.facilityEnergyWh);
    if (equivalents.length) {
        parts.push('<section class="panel"><h2>All these runs together are about</h2><ul class="equivalents">');
        for (const e of equivalents)
            parts.push(`<li>${(0,report_escape/* escapeHtml */.ZD)(e.text)}</li>`);
        parts.push('</ul></section>');
    }
    parts.push(`<section class="panel"><h2>CO2e per week</h2><p class="muted period">${(0,report_escape/* escapeHtml */.ZD)(weeklyPeriod(d))}</p>` +
        `${weeklyChart(d.weekly)}${weeklyChart(d.weekly, 'narrow')}</section>`);
    parts.push(regionsPanel(d));
    for (const repo of d.repos)
        parts.push(repoSection(repo));
    parts.push(methodNotes());
    return parts.join('\n');
}
/** "26 weeks, 2024-10-07 → 2025-04-06, ending with the week of the last run (2025-04-06)". */
function weeklyPeriod(d) {
    const first = d.weekly[0].weekStartMs;
    const lastEnd = d.weekly[d.weekly.length - 1].weekStartMs + 6 * convert/* MS_PER_DAY */.ec;
    const n = d.weekly.length;
    return (`${n} week${n === 1 ? '' : 's'}, ${isoDate(first)} → ${isoDate(lastEnd)}, ` +
        `ending with the week of the last run (${isoDate(d.totals.lastMs)})`);
}
function card(label, value, note, cls = '') {
    return (`<div class="card ${cls}"><div class="label">${(0,report_escape/* escapeHtml */.ZD)(label)}</div>` +
        `<div class="value">${(0,report_escape/* escapeHtml */.ZD)(value)}</div><div class="note">${(0,report_escape/* escapeHtml */.ZD)(note)}</div></div>`);
}
function safeEquivalents(opts, co2eG, facilityEnergyWh) {
    if (!opts.equivalentsFor)
        return [];
    try {
        return opts.equivalentsFor(co2eG, facilityEnergyWh).filter((e) => e && typeof e.text === 'string' && e.text);
    }
    catch {
        return []; // Equivalents are decoration; never lose the page over them.
    }
}
function regionsPanel(d) {
    const g = d.greenestOption;
    const parts = ['<section class="panel"><h2>Had these runs been elsewhere</h2>'];
    if (g.runsMoved === 0) {
        parts.push('<p class="muted">No report lists a greener region: the runs were already in the lowest-intensity region ' +
            'their reports compare with, or their reports carry no comparison.</p></section>');
        return parts.join('');
    }
    const saving = g.actualCo2eG > 0 ? (1 - g.co2eG / g.actualCo2eG) * 100 : 0;
    parts.push(`<p>Operational CO2e of all runs: <strong>${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatMassG */.bc)(g.actualCo2eG))}</strong>. ` +
        'With each run moved to the greenest region its own report lists ' +
        `(${render_int.format(g.runsMoved)} of ${render_int.format(d.totals.runs)} runs; the others stay as they are): ` +
        `<strong>${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatMassG */.bc)(g.co2eG))}</strong> (${oneDecimal.format(saving)} % less).</p>`);
    if (d.regions.length) {
        parts.push('<div class="table-wrap"><table class="regions"><thead><tr><th>Region</th>' +
            '<th class="n">Runs listing it</th><th class="n">Actual</th><th class="n">Had they run there</th>' +
            '<th class="n">Change</th></tr></thead><tbody>');
        for (const r of d.regions) {
            const change = r.actualCo2eG > 0 ? (0,format/* formatPercent */.l9)((r.co2eG / r.actualCo2eG - 1) * 100) : '–';
            parts.push(`<tr><td>${(0,report_escape/* escapeHtml */.ZD)(r.region)}</td><td class="n">${render_int.format(r.runs)}</td>` +
                `<td class="n">${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatMassG */.bc)(r.actualCo2eG))}</td>` +
                `<td class="n">${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatMassG */.bc)(r.co2eG))}</td><td class="n">${change}</td></tr>`);
        }
        parts.push('</tbody></table></div>');
    }
    parts.push('<p class="muted rule">Rule: each report lists up to three regions with a lower grid intensity than its own ' +
        "(same provider, or countries off-cloud), computed with the run's own energy and PUE. " +
        `The table shows the ${REGIONS_SHOWN} regions listed for the most runs and compares, over those runs only, ` +
        'their actual operational CO2e with the listed figure. ' +
        'Embodied carbon does not move with the region and is left out.</p></section>');
    return parts.join('');
}
function repoSection(repo) {
    const parts = [
        `<section class="repo"><div class="repo-head"><h2>${(0,report_escape/* escapeHtml */.ZD)(repo.repository)}</h2>` +
            `<p>${render_int.format(repo.runs)} runs · ${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatMassG */.bc)(repo.co2eG))} CO2e · ` +
            `${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatEnergyWh */.jD)(repo.energyWh))} · ` +
            (repo.seriesProjected === 0
                ? 'not enough history to project'
                : `about <strong>${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatMassG */.bc)(repo.co2eGPerMonth))} CO2e per month</strong> at the current rate`) +
            '</p></div>',
        '<div class="grid">',
    ];
    for (const s of repo.series)
        parts.push(seriesCard(s));
    parts.push('</div></section>');
    return parts.join('\n');
}
function seriesCard(s) {
    const k = s.key;
    const label = `${k.workflow} › ${k.job}${k.matrix ? ` (${k.matrix})` : ''}`;
    const p = s.projection;
    const spanDays = (s.lastMs - s.firstMs) / convert/* MS_PER_DAY */.ec;
    const projection = !p.enoughHistory
        ? `Not enough history to project: ${render_int.format(s.runs)} run${s.runs === 1 ? '' : 's'} over ` +
            `${spanDays < 1 ? 'less than a day' : `${oneDecimal.format(spanDays)} days`}; ` +
            `a projection needs ${MIN_PROJECTION_RUNS} runs or ${MIN_PROJECTION_DAYS / 7} weeks.`
        : p.runsInWindow === 0
            ? `No run in the last ${PROJECTION_WINDOW_DAYS} days: nothing projected.`
            : `At the current rate (${oneDecimal.format(s.runsPerWeek)} runs a week), this job emits about ` +
                `<strong>${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatMassG */.bc)(p.co2eGPerMonth))} CO2e per month</strong>.`;
    const last = s.last;
    return [
        `<article class="series" data-runs="${s.runs}">`,
        `<h3><span class="wf">${(0,report_escape/* escapeHtml */.ZD)(k.workflow)}</span> <span class="sep">›</span> ${(0,report_escape/* escapeHtml */.ZD)(k.job)}` +
            `${k.matrix ? ` <span class="matrix">${(0,report_escape/* escapeHtml */.ZD)(k.matrix)}</span>` : ''}</h3>`,
        '<dl class="facts">',
        `<div><dt>Last run</dt><dd>${isoDate(last.x)}</dd></div>`,
        `<div><dt>Last CO2e</dt><dd>${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatMassG */.bc)(last.y))}</dd></div>`,
        `<div><dt>Last energy</dt><dd>${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatEnergyWh */.jD)(last.energyWh))}</dd></div>`,
        `<div><dt>Last branch</dt><dd class="branch" title="${(0,report_escape/* escapeHtml */.ZD)(last.branch)}">` +
            `${last.branch ? (0,report_escape/* escapeHtml */.ZD)(last.branch) : '–'}</dd></div>`,
        `<div><dt>Runs / week</dt><dd>${p.enoughHistory ? oneDecimal.format(s.runsPerWeek) : '–'}</dd></div>`,
        `<div><dt>All runs</dt><dd>${render_int.format(s.runs)} · ${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatMassG */.bc)(s.co2eG))}</dd></div>`,
        '</dl>',
        trendChart(s.chartPoints, label, s.runs),
        `<p class="projection">${projection}</p>`,
        '</article>',
    ].join('');
}
function methodNotes() {
    return [
        '<section class="panel notes"><h2>How these figures are made</h2><ul>',
        '<li>Every figure is summed from the reports carbon-action wrote for each run: IT energy (before PUE) and ' +
            'CO2e = energy × PUE × grid intensity (+ embodied carbon where a report includes it), as each report records ' +
            'its method, region and sources.</li>',
        `<li>Monthly projection, per job: runs in the last ${PROJECTION_WINDOW_DAYS} days (or since the job's first ` +
            `run, if that is more recent; at least ${MIN_WINDOW_DAYS} day) ÷ those days × ${DAYS_PER_MONTH} days a month ` +
            `× the mean CO2e of those runs. A job with no run in the last ${PROJECTION_WINDOW_DAYS} days projects to ` +
            `zero. A job with fewer than ${MIN_PROJECTION_RUNS} runs spanning less than ${MIN_PROJECTION_DAYS} days is ` +
            'not projected ("not enough history"). Repository and total projections are sums over the jobs projected.</li>',
        "<li>Runs a week: the same window's runs ÷ its days × 7.</li>",
        `<li>Trend charts plot CO2e per run; a job with more than ${MAX_CHART_POINTS} runs shows ${MAX_CHART_POINTS} ` +
            "of its real runs chosen to keep the line's shape (largest-triangle-three-buckets).</li>",
        '<li>Weeks start on Monday, UTC. The weekly chart shows up to 26 weeks ending with the week of the last run, ' +
            'not of today, so an old history is not a blank chart.</li>',
        '</ul></section>',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/carbon/equivalents.ts + 1 modules
var equivalents = __nccwpck_require__(9434);
;// CONCATENATED MODULE: ./src/dashboard/equivalents.ts

// The dashboard's totals get the same equivalents, from the same constants
// (data/equivalents.json), as each run's report: carbon/equivalents.ts is the one rule.
// Equivalents are decoration: if the data file cannot be read, the page shows none.
/** The equivalents function for the dashboard, or undefined when the data file is unusable. */
function equivalentsFromDataFile() {
    try {
        (0,equivalents/* pickEquivalents */.z)(1, 1);
        return (co2eG, facilityEnergyWh) => (0,equivalents/* pickEquivalents */.z)(co2eG, facilityEnergyWh);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/dashboard/index.ts








/** Reads the histories, renders the page and writes <outDir>/index.html. */
async function writeDashboard(paths, outDir, opts = {}) {
    const read = await (0,read_history/* readHistories */.X_)(paths, { slim: true });
    (0,read_history/* assertSomeRuns */.dS)(read, paths);
    const html = buildDashboard(read.reports, {
        generatedAt: opts.generatedAt ?? new Date().toISOString(),
        title: opts.title,
        equivalentsFor: opts.equivalentsFor ?? equivalentsFromDataFile(),
    });
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const path = (0,external_node_path_.join)(outDir, 'index.html');
    await (0,promises_.writeFile)(path, html, 'utf8');
    return { path, read, bytes: Buffer.byteLength(html) };
}

// EXTERNAL MODULE: ./src/history/cli-support.ts
var cli_support = __nccwpck_require__(5944);
;// CONCATENATED MODULE: ./src/cli/dashboard-command.ts


const DEFAULT_DASHBOARD_DIR = 'carbon-dashboard';
function registerDashboardCommand(program, io = cli_support/* processIo */.Wr) {
    program
        .command('dashboard')
        .description('build a self-contained static HTML dashboard (<out>/index.html) from carbon-action histories')
        .option('--history <paths...>', `where the reports are: ${cli_support/* HISTORY_ACCEPTS */.t}`)
        .option('--out <dir>', 'directory to write index.html into', DEFAULT_DASHBOARD_DIR)
        .option('--title <text>', 'page title')
        .action(async (opts) => {
        // --history is checked first, as it always was: a bare `dashboard` names the input it needs most.
        if (opts.history?.length && !opts.out) {
            (0,cli_support/* usageError */.Wp)('dashboard', '--out needs a directory to write index.html into', io);
            return;
        }
        await (0,cli_support/* runOnHistory */.t2)('dashboard', opts.history, io, async (paths) => {
            const written = await writeDashboard(paths, opts.out, { title: opts.title });
            return { read: written.read, destination: written.path };
        });
    });
}


/***/ }),

/***/ 2657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $: () => (/* binding */ registerExportCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/history/read-history.ts + 2 modules
var read_history = __nccwpck_require__(9437);
;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/utils/get.js
// Lodash implementation of `get`

const charCodeOfDot = ".".charCodeAt(0);
const reEscapeChar = /\\(\\)?/g;
const rePropName = RegExp(
  // Match anything that isn't a dot or bracket.
  "[^.[\\]]+" +
    "|" +
    // Or match property names within brackets.
    "\\[(?:" +
    // Match a non-string expression.
    "([^\"'][^[]*)" +
    "|" +
    // Or match strings (supports escaping characters).
    "([\"'])((?:(?!\\2)[^\\\\]|\\\\.)*?)\\2" +
    ")\\]" +
    "|" +
    // Or match "" as the space between consecutive dots or empty brackets.
    "(?=(?:\\.|\\[\\])(?:\\.|\\[\\]|$))",
  "g",
);
const reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
const reIsPlainProp = /^\w*$/;

const getTag = function (value) {
  // if (!value) value === undefined ? "[object Undefined]" : "[object Null]";
  return Object.prototype.toString.call(value);
};

const isSymbol = function (value) {
  const type = typeof value;
  return (
    type === "symbol" ||
    (type === "object" && value && getTag(value) === "[object Symbol]")
  );
};

const isKey = function (value, object) {
  if (Array.isArray(value)) {
    return false;
  }
  const type = typeof value;
  if (
    type === "number" ||
    type === "symbol" ||
    type === "boolean" ||
    !value ||
    isSymbol(value)
  ) {
    return true;
  }
  return (
    reIsPlainProp.test(value) ||
    !reIsDeepProp.test(value) ||
    (object != null && value in Object(object))
  );
};

const stringToPath = function (string) {
  const result = [];
  if (string.charCodeAt(0) === charCodeOfDot) {
    result.push("");
  }
  string.replace(rePropName, function (match, expression, quote, subString) {
    let key = match;
    if (quote) {
      key = subString.replace(reEscapeChar, "$1");
    } else if (expression) {
      key = expression.trim();
    }
    result.push(key);
  });
  return result;
};

const castPath = function (value, object) {
  if (Array.isArray(value)) {
    return value;
  } else {
    return isKey(value, object) ? [value] : stringToPath(value);
  }
};

const toKey = function (value) {
  if (typeof value === "string" || isSymbol(value)) return value;
  const result = `${value}`;
  return result == "0" && 1 / value == -Infinity ? "-0" : result;
};

const get = function (object, path) {
  path = castPath(path, object);
  let index = 0;
  const length = path.length;
  while (object != null && index < length) {
    object = object[toKey(path[index++])];
  }
  return index && index === length ? object : undefined;
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/utils/is_object.js
const is_object = function (obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/api/normalize_columns.js
const normalize_columns = function (columns) {
  if (columns === undefined || columns === null) {
    return [undefined, undefined];
  }
  if (typeof columns !== "object") {
    return [Error('Invalid option "columns": expect an array or an object')];
  }
  if (!Array.isArray(columns)) {
    const newcolumns = [];
    for (const k in columns) {
      newcolumns.push({
        key: k,
        header: columns[k],
      });
    }
    columns = newcolumns;
  } else {
    const newcolumns = [];
    for (const column of columns) {
      if (typeof column === "string") {
        newcolumns.push({
          key: column,
          header: column,
        });
      } else if (
        typeof column === "object" &&
        column !== null &&
        !Array.isArray(column)
      ) {
        if (!column.key) {
          return [
            Error('Invalid column definition: property "key" is required'),
          ];
        }
        if (column.header === undefined) {
          column.header = column.key;
        }
        newcolumns.push(column);
      } else {
        return [
          Error("Invalid column definition: expect a string or an object"),
        ];
      }
    }
    columns = newcolumns;
  }
  return [undefined, columns];
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/api/CsvError.js
class CsvError extends Error {
  constructor(code, message, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ");
    super(message);
    if (Error.captureStackTrace !== undefined) {
      Error.captureStackTrace(this, CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value)
          ? value.toString()
          : value == null
            ? value
            : JSON.parse(JSON.stringify(value));
      }
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/utils/underscore.js
const underscore = function (str) {
  return str.replace(/([A-Z])/g, function (_, match) {
    return "_" + match.toLowerCase();
  });
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/api/normalize_options.js




const normalize_options = function (opts) {
  const options = {};
  // Merge with user options
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  // Normalize option `bom`
  if (
    options.bom === undefined ||
    options.bom === null ||
    options.bom === false
  ) {
    options.bom = false;
  } else if (options.bom !== true) {
    return [
      new CsvError("CSV_OPTION_BOOLEAN_INVALID_TYPE", [
        "option `bom` is optional and must be a boolean value,",
        `got ${JSON.stringify(options.bom)}`,
      ]),
    ];
  }
  // Normalize option `delimiter`
  if (options.delimiter === undefined || options.delimiter === null) {
    options.delimiter = ",";
  } else if (Buffer.isBuffer(options.delimiter)) {
    options.delimiter = options.delimiter.toString();
  } else if (typeof options.delimiter !== "string") {
    return [
      new CsvError("CSV_OPTION_DELIMITER_INVALID_TYPE", [
        "option `delimiter` must be a buffer or a string,",
        `got ${JSON.stringify(options.delimiter)}`,
      ]),
    ];
  }
  // Normalize option `quote`
  if (options.quote === undefined || options.quote === null) {
    options.quote = '"';
  } else if (options.quote === true) {
    options.quote = '"';
  } else if (options.quote === false) {
    options.quote = "";
  } else if (Buffer.isBuffer(options.quote)) {
    options.quote = options.quote.toString();
  } else if (typeof options.quote !== "string") {
    return [
      new CsvError("CSV_OPTION_QUOTE_INVALID_TYPE", [
        "option `quote` must be a boolean, a buffer or a string,",
        `got ${JSON.stringify(options.quote)}`,
      ]),
    ];
  }
  // Normalize option `quoted`
  if (options.quoted === undefined || options.quoted === null) {
    options.quoted = false;
  } else {
    // todo
  }
  // Normalize option `escape_formulas`
  if (
    options.escape_formulas === undefined ||
    options.escape_formulas === null
  ) {
    options.escape_formulas = false;
  } else if (typeof options.escape_formulas !== "boolean") {
    return [
      new CsvError("CSV_OPTION_ESCAPE_FORMULAS_INVALID_TYPE", [
        "option `escape_formulas` must be a boolean,",
        `got ${JSON.stringify(options.escape_formulas)}`,
      ]),
    ];
  }
  // Normalize option `quoted_empty`
  if (options.quoted_empty === undefined || options.quoted_empty === null) {
    options.quoted_empty = undefined;
  } else {
    // todo
  }
  // Normalize option `quoted_match`
  if (
    options.quoted_match === undefined ||
    options.quoted_match === null ||
    options.quoted_match === false
  ) {
    options.quoted_match = null;
  } else if (!Array.isArray(options.quoted_match)) {
    options.quoted_match = [options.quoted_match];
  }
  if (options.quoted_match) {
    for (const quoted_match of options.quoted_match) {
      const isString = typeof quoted_match === "string";
      const isRegExp = quoted_match instanceof RegExp;
      if (!isString && !isRegExp) {
        return [
          new CsvError("CSV_OPTION_QUOTED_MATCH", [
            "option `quoted_match` must be a string or a regex,",
            `got ${JSON.stringify(options.quoted_match)}`,
          ]),
        ];
      }
    }
  }
  // Normalize option `quoted_string`
  if (options.quoted_string === undefined || options.quoted_string === null) {
    options.quoted_string = false;
  } else {
    // todo
  }
  // Normalize option `eof`
  if (options.eof === undefined || options.eof === null) {
    options.eof = true;
  } else {
    // todo
  }
  // Normalize option `escape`
  if (options.escape === undefined || options.escape === null) {
    options.escape = '"';
  } else if (Buffer.isBuffer(options.escape)) {
    options.escape = options.escape.toString();
  } else if (typeof options.escape !== "string") {
    return [
      Error(
        `Invalid Option: escape must be a buffer or a string, got ${JSON.stringify(options.escape)}`,
      ),
    ];
  }
  if (options.escape.length > 1) {
    return [
      Error(
        `Invalid Option: escape must be one character, got ${options.escape.length} characters`,
      ),
    ];
  }
  // Normalize option `header`
  if (
    options.header === undefined ||
    options.header === null ||
    options.header === false
  ) {
    options.header = false;
  } else if (options.header !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_HEADER",
      [
        "option `header` is expected to be a boolean,",
        `got ${JSON.stringify(options.header)}`,
      ],
      options,
    );
  }
  // Normalize option `headers_as_comment`
  if (
    options.header_as_comment === undefined ||
    options.header_as_comment === null ||
    options.header_as_comment === false
  ) {
    options.header_as_comment = false;
  } else if (options.header_as_comment === true) {
    options.header_as_comment = "#";
  } else if (Buffer.isBuffer(options.header_as_comment)) {
    options.header_as_comment = options.header_as_comment.toString();
  } else if (typeof options.header_as_comment !== "string") {
    throw new CsvError(
      "CSV_INVALID_OPTION_HEADER_AS_COMMENT",
      [
        "option `header_as_comment` must be a boolean, a string or a buffer,",
        `got ${JSON.stringify(options.header_as_comment)}`,
      ],
      options,
    );
  }
  // if (options.header_as_comment && !options.comment?.length) {
  //   throw new CsvError(
  //     "CSV_INVALID_OPTION_COMMENT",
  //     [
  //       "option `comment` must be a non empty string or buffer when using `header_as_comment`,",
  //       `got ${JSON.stringify(options.comment)}`,
  //     ],
  //     options,
  //   );
  // }
  // Header is always enabled with `header_as_comment`
  // if (options.header_as_comment === true) {
  //   options.header = true;
  // }
  // Normalize option `columns`
  const [errColumns, columns] = normalize_columns(options.columns);
  if (errColumns !== undefined) return [errColumns];
  options.columns = columns;
  // Normalize option `quoted`
  if (options.quoted === undefined || options.quoted === null) {
    options.quoted = false;
  } else {
    // todo
  }
  // Normalize option `cast`
  if (options.cast === undefined || options.cast === null) {
    options.cast = {};
  } else {
    // todo
  }
  // Normalize option cast.bigint
  if (options.cast.bigint === undefined || options.cast.bigint === null) {
    // Cast boolean to string by default
    options.cast.bigint = (value) => "" + value;
  }
  // Normalize option cast.boolean
  if (options.cast.boolean === undefined || options.cast.boolean === null) {
    // Cast boolean to string by default
    options.cast.boolean = (value) => (value ? "1" : "");
  }
  // Normalize option cast.date
  if (options.cast.date === undefined || options.cast.date === null) {
    // Cast date to timestamp string by default
    options.cast.date = (value) => "" + value.getTime();
  }
  // Normalize option cast.number
  if (options.cast.number === undefined || options.cast.number === null) {
    // Cast number to string using native casting by default
    options.cast.number = (value) => "" + value;
  }
  // Normalize option cast.object
  if (options.cast.object === undefined || options.cast.object === null) {
    // Stringify object as JSON by default
    options.cast.object = (value) => JSON.stringify(value);
  }
  // Normalize option cast.string
  if (options.cast.string === undefined || options.cast.string === null) {
    // Leave string untouched
    options.cast.string = function (value) {
      return value;
    };
  }
  // Normalize option `on_record`
  if (
    options.on_record !== undefined &&
    typeof options.on_record !== "function"
  ) {
    return [Error(`Invalid Option: "on_record" must be a function.`)];
  }
  // Normalize option `quote_record_delimiter`
  if (
    options.quote_record_delimiter === undefined ||
    options.quote_record_delimiter === null
  ) {
    options.quote_record_delimiter = !options.record_delimiter;
  } else if (typeof options.quote_record_delimiter !== "boolean") {
    return [
      new CsvError("CSV_OPTION_QUOTE_RECORD_DELIMITER_INVALID_TYPE", [
        "option `quote_record_delimiter` must be a boolean,",
        `got ${JSON.stringify(options.quote_record_delimiter)}`,
      ]),
    ];
  }
  // Normalize option `record_delimiter`
  if (
    options.record_delimiter === undefined ||
    options.record_delimiter === null
  ) {
    options.record_delimiter = "\n";
  } else if (Buffer.isBuffer(options.record_delimiter)) {
    options.record_delimiter = options.record_delimiter.toString();
  } else if (typeof options.record_delimiter !== "string") {
    return [
      Error(
        `Invalid Option: record_delimiter must be a buffer or a string, got ${JSON.stringify(options.record_delimiter)}`,
      ),
    ];
  }
  switch (options.record_delimiter) {
    case "unix":
      options.record_delimiter = "\n";
      break;
    case "mac":
      options.record_delimiter = "\r";
      break;
    case "windows":
      options.record_delimiter = "\r\n";
      break;
    case "ascii":
      options.record_delimiter = "\u001e";
      break;
    case "unicode":
      options.record_delimiter = "\u2028";
      break;
  }
  return [undefined, options];
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/api/index.js




const bom_utf8 = Buffer.from([239, 187, 191]);
// True when appending `separator` after `value` would let `parse` find
// `separator` starting inside `value`. Besides the field containing the whole
// separator, this also covers boundary fusion: a field whose tail is a
// non-empty prefix of a multi-character separator merges with the appended
// separator (eg value "a:" + delimiter "::" => "a:::", matched at offset 1).
// Such fields must be quoted to round-trip, like RFC 4180 fields containing the
// delimiter, generalized to multi-character delimiters and record delimiters.
const emits_separator = function (value, separators) {
  return separators.some(
    (separator) =>
      separator.length !== 0 &&
      (value.indexOf(separator) !== -1 ||
        (separator.length > 1 &&
          (value + separator).indexOf(separator) < value.length)),
  );
};
// True when `value` matches one of the `quoted_match` patterns. The regexps
// come from the user and the same objects are reused for every field, so the
// test must not depend on their state: `RegExp.prototype.test` advances
// `lastIndex` on a global or sticky regexp, which would make a match in one
// field move where the next field starts matching. `String.prototype.search`
// searches from the start and restores `lastIndex`, and is equivalent to
// `test` for the stateless regexps.
const matches_quoted_match = function (value, quoted_match) {
  if (!quoted_match) return false;
  return quoted_match.some((pattern) =>
    typeof pattern === "string"
      ? value.indexOf(pattern) !== -1
      : value.search(pattern) !== -1,
  );
};

const stringifier = function (options, state, info) {
  return {
    options: options,
    state: state,
    info: info,
    __transform: function (chunk, push) {
      // Chunk validation
      if (!Array.isArray(chunk) && typeof chunk !== "object") {
        return Error(
          `Invalid Record: expect an array or an object, got ${JSON.stringify(chunk)}`,
        );
      }
      // Detect columns from the first record
      if (this.info.records === 0) {
        if (Array.isArray(chunk)) {
          if (
            this.options.header === true &&
            this.options.columns === undefined
          ) {
            return Error(
              "Undiscoverable Columns: header option requires column option or object records",
            );
          }
        } else if (this.options.columns === undefined) {
          const [err, columns] = normalize_columns(Object.keys(chunk));
          if (err) return;
          this.options.columns = columns;
        }
      }
      // Emit the header
      if (this.info.records === 0) {
        this.bom(push);
        const err = this.headers(push);
        if (err) return err;
      }
      // Emit and stringify the record if an object or an array
      try {
        // this.emit('record', chunk, this.info.records);
        if (this.options.on_record) {
          this.options.on_record(chunk, this.info.records);
        }
      } catch (err) {
        return err;
      }
      // Convert the record into a string
      let err, chunk_string;
      if (this.options.eof) {
        [err, chunk_string] = this.stringify(chunk);
        if (err) return err;
        if (chunk_string === undefined) {
          return;
        } else {
          chunk_string = chunk_string + this.options.record_delimiter;
        }
      } else {
        [err, chunk_string] = this.stringify(chunk);
        if (err) return err;
        if (chunk_string === undefined) {
          return;
        } else {
          if (this.options.header || this.info.records) {
            chunk_string = this.options.record_delimiter + chunk_string;
          }
        }
      }
      // Emit the csv
      this.info.records++;
      push(chunk_string);
    },
    stringify: function (chunk, chunkIsHeader = false) {
      if (typeof chunk !== "object") {
        return [undefined, chunk];
      }
      const { columns } = this.options;
      const record = [];
      // Record is an array
      if (Array.isArray(chunk)) {
        // We are getting an array but the user has specified output columns. In
        // this case, we respect the columns indexes
        const length = columns
          ? Math.min(chunk.length, columns.length)
          : chunk.length;
        // Cast record elements
        for (let i = 0; i < length; i++) {
          const field = chunk[i];
          const [err, value] = this.__cast(field, {
            index: i,
            column: i,
            records: this.info.records,
            header: chunkIsHeader,
          });
          if (err) return [err];
          record[i] = [value, field];
        }
        // Record is a literal object
        // `columns` is always defined: it is either provided or discovered.
      } else {
        for (let i = 0; i < columns.length; i++) {
          const field = get(chunk, columns[i].key);
          const [err, value] = this.__cast(field, {
            index: i,
            column: columns[i].key,
            records: this.info.records,
            header: chunkIsHeader,
          });
          if (err) return [err];
          record[i] = [value, field];
        }
      }
      let csvrecord = "";
      for (let i = 0; i < record.length; i++) {
        let options, err;

        let [value, field] = record[i];
        if (typeof value === "string") {
          options = this.options;
        } else if (is_object(value)) {
          // Value is considerered as a mix of a value and options
          options = { ...value };
          value = options.value;
          delete options.value;
          if (
            typeof value !== "string" &&
            value !== undefined &&
            value !== null
          ) {
            if (err)
              return [
                Error(
                  `Invalid Casting Value: returned value must return a string, null or undefined, got ${JSON.stringify(value)}`,
                ),
              ];
          }
          // Merge global options with the ones returned by cast
          options = { ...this.options, ...options };
          [err, options] = normalize_options(options);
          if (err !== undefined) {
            return [err];
          }
        } else if (value === undefined || value === null) {
          options = this.options;
        } else {
          return [
            Error(
              `Invalid Casting Value: returned value must return a string, an object, null or undefined, got ${JSON.stringify(value)}`,
            ),
          ];
        }
        const {
          delimiter,
          escape,
          quote,
          quoted,
          quoted_empty,
          quoted_string,
          quoted_match,
          record_delimiter,
          quote_record_delimiter,
          escape_formulas,
        } = options;
        if ("" === value && "" === field) {
          const quotedMatch = matches_quoted_match(value, quoted_match);
          const shouldQuote =
            quotedMatch ||
            true === quoted_empty ||
            (true === quoted_string && false !== quoted_empty);
          if (shouldQuote === true) {
            value = quote + value + quote;
          }
          csvrecord += value;
        } else if (value) {
          if (typeof value !== "string") {
            return [
              Error(
                `Formatter must return a string, null or undefined, got ${JSON.stringify(value)}`,
              ),
            ];
          }
          const containsdelimiter = emits_separator(value, [delimiter]);
          const containsQuote = quote !== "" && value.indexOf(quote) >= 0;
          const containsEscape = value.indexOf(escape) >= 0 && escape !== quote;
          // Testing `\n` and `\r` covers the three sequences `parse` discovers
          const containsRecordDelimiter = emits_separator(value, [
            record_delimiter,
            ...(quote_record_delimiter === false ? [] : ["\n", "\r"]),
          ]);
          const quotedString = quoted_string && typeof field === "string";
          const quotedMatch = matches_quoted_match(value, quoted_match);
          // See https://github.com/adaltas/node-csv/pull/387
          // More about CSV injection or formula injection, when websites embed
          // untrusted input inside CSV files:
          // https://owasp.org/www-community/attacks/CSV_Injection
          // http://georgemauer.net/2017/10/07/csv-injection.html
          // Apple Numbers unicode normalization is empirical from testing
          if (escape_formulas) {
            switch (value[0]) {
              case "-":
                if (typeof field === "number" || typeof field === "bigint") {
                  break;
                }
                value = `'${value}`;
                break;
              case "=":
              case "+":
              case "@":
              case "\t":
              case "\r":
              case "\uFF1D": // Unicode '='
              case "\uFF0B": // Unicode '+'
              case "\uFF0D": // Unicode '-'
              case "\uFF20": // Unicode '@'
                value = `'${value}`;
                break;
            }
          }
          const shouldQuote =
            containsQuote === true ||
            containsdelimiter ||
            containsRecordDelimiter ||
            quoted ||
            quotedString ||
            quotedMatch;
          if (shouldQuote === true && containsEscape === true) {
            value = value.replaceAll(escape, () => escape + escape);
          }
          if (containsQuote === true) {
            value = value.replaceAll(quote, () => escape + quote);
          }
          if (shouldQuote === true) {
            value = quote + value + quote;
          }
          csvrecord += value;
        } else if (
          quoted_empty === true ||
          (field === "" && quoted_string === true && quoted_empty !== false)
        ) {
          csvrecord += quote + quote;
        }
        if (i !== record.length - 1) {
          csvrecord += delimiter;
        }
      }
      return [undefined, csvrecord];
    },
    bom: function (push) {
      if (this.options.bom !== true) {
        return;
      }
      push(bom_utf8);
    },
    headers: function (push) {
      if (this.options.header === false) {
        return;
      }
      if (this.options.columns === undefined) {
        return;
      }
      let err;
      let headers = this.options.columns.map((column) => column.header);
      if (this.options.eof) {
        [err, headers] = this.stringify(headers, true);
        headers += this.options.record_delimiter;
      } else {
        [err, headers] = this.stringify(headers, true);
      }
      if (err) return err;
      if (this.options.header_as_comment) {
        headers = this.options.header_as_comment + " " + headers;
      }
      push(headers);
    },
    __cast: function (value, context) {
      const type = typeof value;
      try {
        if (type === "string") {
          // Fine for 99% of the cases
          return [undefined, this.options.cast.string(value, context)];
        } else if (type === "bigint") {
          return [undefined, this.options.cast.bigint(value, context)];
        } else if (type === "number") {
          return [undefined, this.options.cast.number(value, context)];
        } else if (type === "boolean") {
          return [undefined, this.options.cast.boolean(value, context)];
        } else if (value instanceof Date) {
          return [undefined, this.options.cast.date(value, context)];
        } else if (type === "object" && value !== null) {
          return [undefined, this.options.cast.object(value, context)];
        } else if (value === null && this.options.cast.null !== undefined) {
          return [undefined, this.options.cast.null(value, context)];
        } else if (
          value === undefined &&
          this.options.cast.undefined !== undefined
        ) {
          return [undefined, this.options.cast.undefined(value, context)];
        } else {
          return [undefined, value];
        }
      } catch (err) {
        return [err];
      }
    },
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/sync.js
/*
CSV Stringify

Please look at the [Sync API](https://csv.js.org/stringify/api/sync/) for
additional information.
*/




const stringify = function (records, opts = {}) {
  const data = [];
  const [err, options] = normalize_options(opts);
  if (err !== undefined) throw err;
  const state = {
    stop: false,
  };
  // Information
  const info = {
    records: 0,
  };
  const api = stringifier(options, state, info);
  for (const record of records) {
    const err = api.__transform(record, function (record) {
      data.push(record);
    });
    if (err !== undefined) throw err;
  }
  if (data.length === 0) {
    api.bom((d) => {
      data.push(d);
    });
    const err = api.headers((headers) => {
      data.push(headers);
    });
    if (err !== undefined) throw err;
  }
  return data.join("");
};



// EXTERNAL MODULE: ./src/units/convert.ts
var convert = __nccwpck_require__(1476);
// EXTERNAL MODULE: ./src/data-files.ts + 1 modules
var data_files = __nccwpck_require__(4425);
;// CONCATENATED MODULE: ./src/export/location.ts

const CLOUD_PROVIDERS = new Set(['azure', 'aws', 'gcp']);
const UNKNOWN = {
    cloudProvider: null,
    cloudRegion: null,
    countryName: null,
    countryIso3: null,
    latitude: null,
    longitude: null,
};
function regionLocation(region, tables) {
    // Histories are read defensively: a hand-edited or foreign line may carry a non-string region.
    if (typeof region !== 'string' || !region)
        return UNKNOWN;
    const colon = region.indexOf(':');
    if (colon < 0)
        return UNKNOWN;
    const kind = region.slice(0, colon).toLowerCase();
    const name = region.slice(colon + 1);
    const country = (iso2) => {
        const c = tables.countries.get(iso2.toUpperCase());
        return { countryName: c?.name ?? null, countryIso3: c?.iso3 ?? null };
    };
    if (CLOUD_PROVIDERS.has(kind)) {
        const place = tables.cloudRegions.get(`${kind}:${name}`);
        if (!place)
            return { ...UNKNOWN, cloudProvider: kind, cloudRegion: name };
        return {
            cloudProvider: kind,
            cloudRegion: name,
            ...country(place.countryIso2),
            latitude: place.latitude,
            longitude: place.longitude,
        };
    }
    // Electricity Maps zone ids start with the country's alpha-2 code ("SE-SE3", "US-CAL-CISO", "FR").
    if (kind === 'zone')
        return { ...UNKNOWN, ...country(name.split('-')[0]) };
    if (kind === 'country')
        return { ...UNKNOWN, ...country(name) };
    return UNKNOWN;
}
let defaultTables;
/** The tables from data/regions.json and data/grid-intensity-countries.json; empty if absent. */
function loadLocationTables() {
    if (defaultTables)
        return defaultTables;
    const tables = { cloudRegions: new Map(), countries: new Map() };
    try {
        const regions = (0,data_files/* loadDataJson */.ZJ)('regions.json').regions;
        for (const r of regions)
            tables.cloudRegions.set(r.id, { countryIso2: r.countryIso2, latitude: r.latitude, longitude: r.longitude });
    }
    catch {
        // Without the table the cloud columns still come from the region name.
    }
    try {
        const countries = (0,data_files/* loadDataJson */.ZJ)('grid-intensity-countries.json').countries;
        for (const [iso3, c] of Object.entries(countries))
            tables.countries.set(c.alpha2.toUpperCase(), { iso3, name: c.name });
    }
    catch {
        // Country columns stay empty.
    }
    return (defaultTables = tables);
}

;// CONCATENATED MODULE: ./src/export/codecarbon-csv.ts



// CodeCarbon's emissions.csv, column for column (codecarbon/output_methods/emissions_data.py,
// EmissionsData, CodeCarbon 3.x order as written by its FileOutput), so tools that read
// CodeCarbon output read carbon-action's history. CodeCarbon's units: duration s,
// emissions kg CO2e, emissions_rate kg/s, *_power W, *_energy and energy_consumed kWh,
// ram_total_size GB. What carbon-action does not know stays empty, never invented.
const CODECARBON_COLUMNS = [
    'timestamp',
    'project_name',
    'run_id',
    'experiment_id',
    'duration',
    'emissions',
    'emissions_rate',
    'cpu_power',
    'gpu_power',
    'ram_power',
    'cpu_energy',
    'gpu_energy',
    'ram_energy',
    'energy_consumed',
    'water_consumed',
    'country_name',
    'country_iso_code',
    'region',
    'cloud_provider',
    'cloud_region',
    'os',
    'python_version',
    'codecarbon_version',
    'cpu_count',
    'cpu_model',
    'gpu_count',
    'gpu_model',
    'longitude',
    'latitude',
    'ram_total_size',
    'tracking_mode',
    'cpu_utilization_percent',
    'gpu_utilization_percent',
    'ram_utilization_percent',
    'ram_used_gb',
    'on_cloud',
    'pue',
    'wue',
];
/**
 * CodeCarbon writes datetime.now().strftime("%Y-%m-%dT%H:%M:%S") when the run stops; we write the run's end, in UTC.
 */
function codecarbonTimestamp(r) {
    let endMs = Date.parse(r.endedAt);
    if (Number.isNaN(endMs))
        endMs = Date.parse(r.startedAt) + r.durationS * 1000;
    return new Date(endMs).toISOString().slice(0, 19);
}
/** Mean power over the run, W, from energy in Wh; unknown for a zero-length run. */
const meanPowerW = (energyWh, durationS) => durationS > 0 ? (0,convert/* whToJoules */.jP)(energyWh) / durationS : null;
const codecarbon_csv_text = (v) => (typeof v === 'string' && v !== '' ? v : null);
const finite = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** "2 x NVIDIA A100, 1 x NVIDIA T4", CodeCarbon's "<count> x <name>" form. */
function gpuModel(gpus) {
    if (!gpus.length)
        return null;
    const counts = new Map();
    for (const g of gpus)
        counts.set(g.name, (counts.get(g.name) ?? 0) + 1);
    return [...counts].map(([name, n]) => `${n} x ${name}`).join(', ');
}
function codecarbonRow(r, tables) {
    const c = r.context ?? {};
    const m = r.machine;
    const gpus = Array.isArray(m?.gpus) ? m.gpus : [];
    const loc = regionLocation(r.intensity.region, tables);
    const cloudProvider = loc.cloudProvider ?? m?.cloudProvider ?? null;
    const emissionsKg = (0,convert/* gToKg */.pO)(r.co2eG.total);
    const experiment = [c.workflow, c.job, c.matrix].filter((s) => typeof s === 'string' && s !== '').join(' / ');
    return {
        timestamp: codecarbonTimestamp(r),
        project_name: codecarbon_csv_text(c.repository) ?? codecarbon_csv_text(c.workflow) ?? 'carbon-action',
        run_id: codecarbon_csv_text(c.runId) ? (codecarbon_csv_text(c.runAttempt) ? `${c.runId}-${c.runAttempt}` : c.runId) : null,
        // CodeCarbon's experiment groups runs of the same thing: here the workflow/job/matrix.
        experiment_id: experiment || null,
        duration: r.durationS,
        emissions: emissionsKg,
        emissions_rate: r.durationS > 0 ? emissionsKg / r.durationS : null,
        cpu_power: meanPowerW(r.energyWh.cpu, r.durationS),
        gpu_power: meanPowerW(r.energyWh.gpu, r.durationS),
        ram_power: meanPowerW(r.energyWh.memory, r.durationS),
        cpu_energy: (0,convert/* whToKWh */.LY)(r.energyWh.cpu),
        gpu_energy: (0,convert/* whToKWh */.LY)(r.energyWh.gpu),
        ram_energy: (0,convert/* whToKWh */.LY)(r.energyWh.memory),
        energy_consumed: (0,convert/* whToKWh */.LY)(r.energyWh.total),
        water_consumed: null,
        country_name: loc.countryName,
        country_iso_code: loc.countryIso3,
        region: null, // CodeCarbon's sub-national region name ("madrid"); the cloud region goes in cloud_region
        cloud_provider: cloudProvider,
        cloud_region: loc.cloudRegion,
        os: codecarbon_csv_text(m?.os),
        python_version: null,
        codecarbon_version: null,
        cpu_count: finite(m?.threads),
        cpu_model: codecarbon_csv_text(m?.cpuModel),
        gpu_count: m ? gpus.length : null,
        gpu_model: gpuModel(gpus),
        longitude: loc.longitude,
        latitude: loc.latitude,
        ram_total_size: finite(m?.memoryGb),
        tracking_mode: 'machine',
        cpu_utilization_percent: null,
        gpu_utilization_percent: null,
        ram_utilization_percent: null,
        ram_used_gb: null,
        on_cloud: cloudProvider ? 'Y' : 'N',
        pue: r.pue.value,
        wue: null,
    };
}
function toCodecarbonCsv(reports, tables = loadLocationTables()) {
    return stringify(reports.map((r) => codecarbonRow(r, tables)), { header: true, columns: [...CODECARBON_COLUMNS] });
}

;// CONCATENATED MODULE: ./src/export/csv.ts

// carbon-action's own flat CSV: one row per run, every column named with its unit.
const CSV_COLUMNS = [
    'timestamp',
    'repository',
    'workflow',
    'job',
    'matrix',
    'branch',
    'sha',
    'run_id',
    'duration_s',
    'energy_wh_total',
    'energy_wh_cpu',
    'energy_wh_memory',
    'energy_wh_gpu',
    'co2e_g_total',
    'co2e_g_operational',
    'co2e_g_embodied',
    'intensity_g_per_kwh',
    'intensity_source',
    'intensity_year',
    'region',
    'decided_by',
    'pue',
];
function csvRow(r) {
    const c = r.context ?? {};
    return {
        timestamp: r.startedAt,
        repository: c.repository ?? null,
        workflow: c.workflow ?? null,
        job: c.job ?? null,
        matrix: c.matrix ?? null,
        branch: c.branch ?? null,
        sha: c.sha ?? null,
        run_id: c.runId ? (c.runAttempt ? `${c.runId}-${c.runAttempt}` : c.runId) : null,
        duration_s: r.durationS,
        energy_wh_total: r.energyWh.total,
        energy_wh_cpu: r.energyWh.cpu,
        energy_wh_memory: r.energyWh.memory,
        energy_wh_gpu: r.energyWh.gpu,
        co2e_g_total: r.co2eG.total,
        co2e_g_operational: r.co2eG.operational,
        co2e_g_embodied: r.co2eG.embodied,
        intensity_g_per_kwh: r.intensity.gPerKWh,
        intensity_source: r.intensity.source ?? null,
        intensity_year: r.intensity.year ?? null,
        region: r.intensity.region ?? null,
        decided_by: r.intensity.decidedBy ?? null,
        pue: r.pue.value,
    };
}
function toCsv(reports) {
    return stringify(reports.map(csvRow), { header: true, columns: [...CSV_COLUMNS] });
}

;// CONCATENATED MODULE: ./src/export/index.ts






const EXPORT_FORMATS = ['codecarbon-csv', 'csv', 'json'];
function isExportFormat(v) {
    return typeof v === 'string' && EXPORT_FORMATS.includes(v);
}
/** Reports oldest first, rendered in the chosen format. */
function exportReports(reports, format) {
    const sorted = sortByStart(reports);
    switch (format) {
        case 'codecarbon-csv':
            return toCodecarbonCsv(sorted);
        case 'csv':
            return toCsv(sorted);
        case 'json':
            return `${JSON.stringify(sorted, null, 2)}\n`;
    }
}
function sortByStart(reports) {
    // Stable: runs with the same start keep their order in the history.
    return reports
        .map((r, i) => ({ r, i, t: Date.parse(r.startedAt) }))
        .sort((a, b) => a.t - b.t || a.i - b.i)
        .map((x) => x.r);
}
async function runExport(paths, format, outPath) {
    const read = await (0,read_history/* readHistories */.X_)(paths);
    (0,read_history/* assertSomeRuns */.dS)(read, paths);
    const text = exportReports(read.reports, format);
    if (outPath)
        await (0,promises_.writeFile)(outPath, text, 'utf8');
    return { text, read, path: outPath ?? null };
}

// EXTERNAL MODULE: ./src/history/cli-support.ts
var cli_support = __nccwpck_require__(5944);
;// CONCATENATED MODULE: ./src/cli/export-command.ts


function registerExportCommand(program, io = cli_support/* processIo */.Wr) {
    program
        .command('export')
        .description('export carbon-action histories as CodeCarbon-compatible CSV, flat CSV or JSON')
        .option('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
        .option('--history <paths...>', `where the reports are: ${cli_support/* HISTORY_ACCEPTS */.t}`)
        .option('--out <file>', 'file to write (default: standard output)')
        .action(async (opts) => {
        const format = opts.format;
        if (format === undefined) {
            (0,cli_support/* usageError */.Wp)('export', `--format is required: one of ${EXPORT_FORMATS.join(', ')}`, io);
            return;
        }
        if (!isExportFormat(format)) {
            (0,cli_support/* usageError */.Wp)('export', `--format ${JSON.stringify(format)} is not supported; use one of ${EXPORT_FORMATS.join(', ')}`, io);
            return;
        }
        await (0,cli_support/* runOnHistory */.t2)('export', opts.history, io, async (paths) => {
            const result = await runExport(paths, format, opts.out);
            if (!result.path)
                io.stdout(result.text);
            return { read: result.read, destination: `${result.path ?? 'standard output'} (${format})` };
        });
    });
}


/***/ }),

/***/ 7549:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ guardWorkflowCommands)
/* harmony export */ });
/* harmony import */ var _log_sanitise__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9260);
// Inside a GitHub Actions job the runner reads every line the CLI prints as a possible workflow command, and the CLI
// prints text it did not choose: file paths, the command line, option values in Commander's own errors, Node's error
// messages. Rather than trust every such message to be cleaned, the CLI's stdout and stderr are guarded once at
// start-up: no line they carry can start with "::". The measured command inherits the file descriptors, not these
// streams, so its own output is its own.

/** Wraps `stream.write` so that each string written through it goes through neutraliseCommandLines. */
function guardWorkflowCommands(stream) {
    const write = stream.write.bind(stream);
    // Only strings are rewritten: the CLI writes nothing else, and a Buffer cut mid-character would not decode. Each
    // chunk's start counts as a line start (see neutraliseCommandLines): the measured command shares the descriptor.
    stream.write = ((chunk, ...rest) => typeof chunk === 'string' ? write((0,_log_sanitise__WEBPACK_IMPORTED_MODULE_0__/* .neutraliseCommandLines */ .fi)(chunk), ...rest) : write(chunk, ...rest));
}


/***/ }),

/***/ 486:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ buildProgram),
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _meter_idle_gc__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5601);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8179);
/* harmony import */ var _version__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(311);
/* harmony import */ var _dashboard_command__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3754);
/* harmony import */ var _export_command__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2657);
/* harmony import */ var _guard_output__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(7549);
/* harmony import */ var _measure__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1363);
/* harmony import */ var _measure_options__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(7293);
/* harmony import */ var _power_model_command__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(1915);
/* harmony import */ var _regions_command__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(1940);
/* harmony import */ var _report_command__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(8906);
// The carbon-action command line: thin glue over the pipeline. Usage errors exit 2.
 // first: it must run before the other modules grow the heap










function buildProgram() {
    const program = new commander__WEBPACK_IMPORTED_MODULE_1__/* .Command */ .uB('carbon-action')
        .description('Meter the energy and CO2e of a command or a CI job, with the method behind every figure.')
        .version((0,_version__WEBPACK_IMPORTED_MODULE_2__/* .toolVersion */ .f)(), '-V, --version')
        .showSuggestionAfterError()
        .enablePositionalOptions()
        .exitOverride();
    registerMeasureCommand(program);
    (0,_power_model_command__WEBPACK_IMPORTED_MODULE_8__/* .registerPowerModelCommand */ .Xc)(program);
    (0,_report_command__WEBPACK_IMPORTED_MODULE_10__/* .registerReportCommand */ .t)(program);
    (0,_dashboard_command__WEBPACK_IMPORTED_MODULE_3__/* .registerDashboardCommand */ .V)(program);
    (0,_export_command__WEBPACK_IMPORTED_MODULE_4__/* .registerExportCommand */ .$)(program);
    (0,_regions_command__WEBPACK_IMPORTED_MODULE_9__/* .registerRegionsCommand */ .W)(program);
    return program;
}
/** `carbon-action measure [options] -- <command> [args…]`. */
function registerMeasureCommand(program) {
    program
        .command('measure')
        .description('run a command while metering the machine, then print its energy and CO2e')
        .usage('[options] -- <command> [args…]')
        .argument('[command...]', 'the command to run, after --')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$('--interval <duration>', 'sampling interval, 100ms–60s: 500ms, 1.5s, 1min, or bare ms (250)')
        .default(1000, '1s')
        .argParser(_measure_options__WEBPACK_IMPORTED_MODULE_7__/* .parseIntervalOption */ .a_))
        .option('--json <file>', 'also write the JSON report to this file')
        .option('--samples <file>', 'keep the raw samples (JSON lines) in this file')
        .option('--region <region>', 'azure:<region>, aws:<region>, gcp:<region>, zone:<zone> or country:<ISO code>', _measure_options__WEBPACK_IMPORTED_MODULE_7__/* .parseRegionOption */ .Lz)
        .option('--carbon-intensity <gPerKWh>', 'grid intensity override, gCO2e/kWh (0–2000)', _measure_options__WEBPACK_IMPORTED_MODULE_7__/* .parseIntensityOption */ ._W)
        .option('--pue <pue>', 'power usage effectiveness override (1–3)', _measure_options__WEBPACK_IMPORTED_MODULE_7__/* .parsePueOption */ .ne)
        .option('--grid-source <source>', 'yearly grid figures: electricity-maps (lifecycle, default) or google (GCP regions, operational)', _measure_options__WEBPACK_IMPORTED_MODULE_7__/* .parseGridSourceOption */ .yq)
        .option('--memory-model <model>', "memory W/GB: measured (fitted to SPECpower, default) or ccf (Cloud Carbon Footprint's 0.392)", _measure_options__WEBPACK_IMPORTED_MODULE_7__/* .parseMemoryModelOption */ .x8)
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$('--electricity-maps-token <token>', 'Electricity Maps API token for live intensity').env('ELECTRICITY_MAPS_TOKEN'))
        .option('--include-embodied', 'add embodied emissions to the total', false)
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_1__/* .Option */ .c$('--scope <scope>', "CPU counter to meter: auto (the container's cgroup when in one), machine, container")
        .default('auto')
        .argParser(_measure_options__WEBPACK_IMPORTED_MODULE_7__/* .parseScopeOption */ .l0))
        .option('-q, --quiet', 'print no report (use with --json)', false)
        .passThroughOptions()
        .action(async (command, o) => {
        if (command.length === 0) {
            throw new commander__WEBPACK_IMPORTED_MODULE_1__/* .CommanderError */ .b7(2, 'carbon-action.noCommand', 'error: measure: no command given after "--"; usage: carbon-action measure [options] -- <command> [args…]');
        }
        const opts = measureOptionsFrom(o);
        const result = await (0,_measure__WEBPACK_IMPORTED_MODULE_6__/* .measure */ .xP)(command, opts);
        process.exitCode = result.exitCode;
    });
}
/** Commander's parsed options, already validated by the option parsers, as MeasureOptions. */
function measureOptionsFrom(o) {
    return {
        intervalMs: o.interval,
        jsonFile: o.json,
        samplesFile: o.samples,
        region: o.region,
        carbonIntensityGPerKWh: o.carbonIntensity,
        pue: o.pue,
        gridSource: o.gridSource,
        memoryModel: o.memoryModel,
        electricityMapsToken: o.electricityMapsToken || undefined,
        includeEmbodied: Boolean(o.includeEmbodied),
        quiet: Boolean(o.quiet),
        scope: o.scope,
    };
}
async function main(argv) {
    const program = buildProgram();
    try {
        await program.parseAsync(argv);
    }
    catch (err) {
        if (err instanceof commander__WEBPACK_IMPORTED_MODULE_1__/* .CommanderError */ .b7) {
            if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
                process.exitCode = 0;
                return;
            }
            // Commander prints its own errors; ours (carbon-action.*) are printed here.
            if (err.code.startsWith('carbon-action.'))
                process.stderr.write(err.message + '\n');
            process.exitCode = 2;
            return;
        }
        process.stderr.write(`carbon-action: ${err.message}\n`);
        process.exitCode = 1;
    }
}
// Before anything is printed: no line of the CLI's own output may read as a workflow command.
(0,_guard_output__WEBPACK_IMPORTED_MODULE_5__/* .guardWorkflowCommands */ .J)(process.stdout);
(0,_guard_output__WEBPACK_IMPORTED_MODULE_5__/* .guardWorkflowCommands */ .J)(process.stderr);
await main(process.argv);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7293:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lz: () => (/* binding */ parseRegionOption),
/* harmony export */   _W: () => (/* binding */ parseIntensityOption),
/* harmony export */   a_: () => (/* binding */ parseIntervalOption),
/* harmony export */   l0: () => (/* binding */ parseScopeOption),
/* harmony export */   ne: () => (/* binding */ parsePueOption),
/* harmony export */   x8: () => (/* binding */ parseMemoryModelOption),
/* harmony export */   yq: () => (/* binding */ parseGridSourceOption)
/* harmony export */ });
/* unused harmony export commanderParser */
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8179);
/* harmony import */ var _carbon__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8737);
/* harmony import */ var _meter_duration__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9485);
/* harmony import */ var _meter_scope__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7873);
/* harmony import */ var _units_parse__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5912);
// Validation of `measure` options: each bad value is refused with one line that names the
// option, the value and what is accepted, before the command starts.





/** Wraps a validator so commander reports its message as an invalid option value. */
function commanderParser(validate) {
    return (text) => {
        try {
            return validate(text);
        }
        catch (err) {
            throw new commander__WEBPACK_IMPORTED_MODULE_0__/* .InvalidArgumentError */ .Di(err.message);
        }
    };
}
// Quantities go through the grammar the action's inputs use (units/parse.ts), so both accept the same forms.
const parseIntervalOption = commanderParser((text) => (0,_units_parse__WEBPACK_IMPORTED_MODULE_3__/* .expectQuantity */ .VS)(_meter_duration__WEBPACK_IMPORTED_MODULE_2__/* .SAMPLE_INTERVAL_RULE */ .qE, text, '--interval'));
const parseRegionOption = commanderParser((text) => {
    try {
        (0,_carbon__WEBPACK_IMPORTED_MODULE_1__/* .parseRegion */ .cf)(text, '--region');
    }
    catch (err) {
        throw new Error(`${err.message} (carbon-action regions lists every known region)`, { cause: err });
    }
    return text.trim();
});
const parseIntensityOption = commanderParser((text) => (0,_units_parse__WEBPACK_IMPORTED_MODULE_3__/* .expectQuantity */ .VS)(_carbon__WEBPACK_IMPORTED_MODULE_1__/* .CARBON_INTENSITY_RULE */ .r1, text, '--carbon-intensity'));
const parsePueOption = commanderParser((text) => (0,_units_parse__WEBPACK_IMPORTED_MODULE_3__/* .expectQuantity */ .VS)(_carbon__WEBPACK_IMPORTED_MODULE_1__/* .PUE_RULE */ .q_, text, '--pue'));
const parseScopeOption = commanderParser((text) => (0,_meter_scope__WEBPACK_IMPORTED_MODULE_4__/* .parseMeterScope */ .Bb)(text, '--scope'));
const parseGridSourceOption = commanderParser((text) => {
    if (text === 'electricity-maps' || text === 'google')
        return text;
    throw new Error(`--grid-source: "${text}" is not a grid data source; accepted: electricity-maps, google`);
});
const parseMemoryModelOption = commanderParser((text) => {
    if (text === 'measured' || text === 'ccf')
        return text;
    throw new Error(`--memory-model: "${text}" is not a memory model; accepted: measured (fitted to SPECpower, default), ` +
        "ccf (Cloud Carbon Footprint's 0.392 W/GB)");
});


/***/ }),

/***/ 1363:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xP: () => (/* binding */ measure)
});

// UNUSED EXPORTS: exitCodeFor, runCommand

// EXTERNAL MODULE: ./node_modules/cross-spawn/index.js
var cross_spawn = __nccwpck_require__(546);
var cross_spawn_default = /*#__PURE__*/__nccwpck_require__.n(cross_spawn);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/schema/report.ts
var report = __nccwpck_require__(6437);
;// CONCATENATED MODULE: ./src/pipeline/run-context.ts
// Where a run happens, from the runner's environment and the event payload: recorded in every report the CLI or the
// action writes inside GitHub Actions, so the action's `report` input can publish it later.


function readEventPayload(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
/** The branch the run built (a PR's head) and, for a PR, the branch it merges into: raw, as the runner gives them. */
function runBranches(env, payload) {
    const pr = payload.pull_request;
    return {
        branch: env.GITHUB_HEAD_REF || pr?.head?.ref || env.GITHUB_REF_NAME,
        baseBranch: env.GITHUB_BASE_REF || pr?.base?.ref || undefined,
    };
}
function runContext(env, payload, labels) {
    const pr = payload.pull_request;
    // Names as the schema stores them, so this run's report (in memory, in its file, in the history) names its job
    // exactly as the action's JobIdentity does (src/action/context.ts).
    const name = (text) => (text === undefined ? undefined : (0,report/* storedName */.Rs)(text));
    const { branch, baseBranch } = runBranches(env, payload);
    const ctx = {
        repository: env.GITHUB_REPOSITORY,
        workflow: name(env.GITHUB_WORKFLOW),
        job: name(labels.jobName || env.GITHUB_JOB),
        // A live run keys its history by GITHUB_JOB; publish mode needs it when `job` is the job-name input.
        jobId: labels.jobName ? name(env.GITHUB_JOB) : undefined,
        matrix: name(labels.matrix),
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        event: env.GITHUB_EVENT_NAME,
        ref: env.GITHUB_REF,
        branch: name(branch),
        baseBranch: name(baseBranch),
        sha: pr?.head?.sha || env.GITHUB_SHA,
        pullRequest: typeof pr?.number === 'number' ? pr.number : undefined,
        runner: env.RUNNER_NAME,
    };
    return Object.fromEntries(Object.entries(ctx).filter(([, v]) => v !== undefined && v !== ''));
}

// EXTERNAL MODULE: ./src/meter/machine.ts
var machine = __nccwpck_require__(4768);
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
function cgroupDir(mount, path, fsRoot, exists = external_node_fs_.existsSync) {
    const base = (0,external_node_path_.join)(fsRoot, mount.mountPoint);
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
        const dir = rel === '/' ? base : (0,external_node_path_.join)(base, rel);
        if (exists(dir))
            return dir;
    }
    return base;
}
const readText = (p) => {
    try {
        return (0,external_node_fs_.readFileSync)(p, 'utf8');
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
        const up = external_node_path_.posix.dirname(d);
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
    const cgroupText = readText((0,external_node_path_.join)(fsRoot, 'proc/self/cgroup'));
    const mountText = readText((0,external_node_path_.join)(fsRoot, 'proc/self/mountinfo'));
    if (opts.dir) {
        return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(opts.dir, 'cpuacct.usage'))
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
        (readText((0,external_node_path_.join)(fsRoot, v2Mount.mountPoint, 'cgroup.controllers')) ??
            readText((0,external_node_path_.join)(v2Dir, 'cgroup.controllers')) ??
            '')
            .split(/\s+/)
            .includes('cpu');
    if (v2Dir && (v2HasCpu || !(v1Cpuacct && v1CpuacctMount))) {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(v2Dir, 'cpu.stat')))
            return { status: 'unreadable', reason: `no cpu.stat in ${v2Dir}` };
        return describeV2(v2Dir, (0,external_node_path_.join)(fsRoot, v2Mount.mountPoint), v2.path, opts.hostCpus);
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
        parse((0,external_node_fs_.readFileSync)(usageFile, 'utf8'));
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
    const quotaCpus = tightestQuota(dir, mountDir, (d) => parsedOr(readText((0,external_node_path_.join)(d, 'cpu.max')), parseCpuMax, undefined));
    const cpusetCpus = parsedOr(readText((0,external_node_path_.join)(dir, 'cpuset.cpus.effective')), parseCpuListSize, null);
    const usageFile = (0,external_node_path_.join)(dir, 'cpu.stat');
    const unreadable = unreadableCounter(usageFile, parseCpuStatUsageUsec, 2, path);
    if (unreadable)
        return unreadable;
    const memoryLimitB = readMemoryLimit((0,external_node_path_.join)(dir, 'memory.max'));
    return okInfo({ version: 2, path, usageFile, memoryLimitB }, quotaCpus, cpusetCpus, hostCpus);
}
function describeV1(dir, path, hostCpus, fsRoot, mounts, members) {
    const usageFile = (0,external_node_path_.join)(dir, 'cpuacct.usage');
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
        quotaCpus = tightestQuota(cpuDir, cpuMount ? (0,external_node_path_.join)(fsRoot, cpuMount.mountPoint) : cpuDir, (d) => {
            const q = readText((0,external_node_path_.join)(d, 'cpu.cfs_quota_us'));
            const p = readText((0,external_node_path_.join)(d, 'cpu.cfs_period_us'));
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
        const t = readText((0,external_node_path_.join)(cpusetDir, 'cpuset.effective_cpus')) ?? readText((0,external_node_path_.join)(cpusetDir, 'cpuset.cpus'));
        cpusetCpus = parsedOr(t, parseCpuListSize, null);
    }
    const memoryDir = find('memory');
    const memoryLimitB = memoryDir ? readMemoryLimit((0,external_node_path_.join)(memoryDir, 'memory.limit_in_bytes')) : null;
    return okInfo({ version: 1, path, usageFile, memoryLimitB }, quotaCpus, cpusetCpus, hostCpus);
}
function readMemoryLimit(file) {
    return parsedOr(readText(file), parseMemoryLimitB, null);
}
/** Gathers the container signals of this process (all reads tolerate absence). */
function containerSignals(fsRoot = '/', env = process.env) {
    const cgroupText = readText((0,external_node_path_.join)(fsRoot, 'proc/self/cgroup'));
    let paths;
    try {
        const members = cgroupText ? parseProcCgroup(cgroupText) : [];
        paths = [...members.filter((m) => m.id === '0'), ...members.filter((m) => m.id !== '0')].map((m) => m.path);
    }
    catch {
        paths = [];
    }
    return {
        dockerenv: (0,external_node_fs_.existsSync)((0,external_node_path_.join)(fsRoot, '.dockerenv')),
        containerenv: (0,external_node_fs_.existsSync)((0,external_node_path_.join)(fsRoot, 'run/.containerenv')),
        kubernetes: Boolean(env.KUBERNETES_SERVICE_HOST),
        cgroupPaths: [...new Set(paths)],
        pid1Comm: readText((0,external_node_path_.join)(fsRoot, 'proc/1/comm'))?.trim() ?? null,
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
    let fd = (0,external_node_fs_.openSync)(usageFile, 'r');
    const buf = Buffer.allocUnsafe(4096);
    return {
        read() {
            const n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, 0);
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
                (0,external_node_fs_.closeSync)(fd);
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
                fd = (0,external_node_fs_.openSync)(path, 'r');
            const n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, 0);
            return parseMeminfo(buf.toString('latin1', 0, n));
        };
    }
    return () => {
        const totalB = (0,external_node_os_.totalmem)();
        return { totalB, usedB: totalB - (0,external_node_os_.freemem)() };
    };
}

// EXTERNAL MODULE: ./src/meter/nvidia-smi.ts
var nvidia_smi = __nccwpck_require__(5076);
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
    let fd = (0,external_node_fs_.openSync)(path, 'r');
    let buf = Buffer.allocUnsafe(64 * 1024);
    return {
        read() {
            let n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, 0);
            // Only the cpu lines are needed; grow only if they alone overflow the buffer (1000+ CPUs).
            while (n === buf.length && buf.indexOf('\nintr', 0, 'latin1') < 0) {
                buf = Buffer.allocUnsafe(buf.length * 2);
                n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, 0);
            }
            return parseProcStatBytes(buf, n, perCpuWanted);
        },
        close() {
            if (fd >= 0)
                (0,external_node_fs_.closeSync)(fd);
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
    const fs = opts.fs ?? external_node_fs_;
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
        const dir = (0,external_node_path_.join)(baseDir, entry);
        let name;
        const namePath = (0,external_node_path_.join)(dir, 'name');
        try {
            name = fs.readFileSync(namePath, 'utf8').trim();
        }
        catch (err) {
            return { status: 'unreadable', reason: `cannot read ${namePath} (${errCode(err)})`, domains };
        }
        if (!PACKAGE_NAME.test(name))
            continue;
        let maxEnergyRangeUj;
        const rangePath = (0,external_node_path_.join)(dir, 'max_energy_range_uj');
        const energyPath = (0,external_node_path_.join)(dir, 'energy_uj');
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
function createRaplReader(domains, fs = external_node_fs_) {
    const paths = domains.map((d) => (0,external_node_path_.join)(d.dir, 'energy_uj'));
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
function createOsCpusReader(read = external_node_os_.cpus) {
    return { read: () => ticksFromOsCpus(read()) };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
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
function canRunPowermetrics(run = external_node_child_process_.spawnSync, exists = external_node_fs_.existsSync) {
    if (!exists(POWERMETRICS_PATH))
        return { ok: false, reason: `${POWERMETRICS_PATH} is not there` };
    const r = run('sudo', ['-n', 'true'], { timeout: 2000, stdio: 'ignore' });
    if (r.error)
        return { ok: false, reason: `sudo could not run (${r.error.message})` };
    if (r.status !== 0)
        return { ok: false, reason: 'sudo -n needs a password here, so powermetrics cannot run' };
    return { ok: true };
}
function startPowermetrics(intervalMs, spawnFn = external_node_child_process_.spawn) {
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

// EXTERNAL MODULE: ./src/meter/scope.ts
var meter_scope = __nccwpck_require__(7873);
// EXTERNAL MODULE: ./src/meter/duration.ts
var duration = __nccwpck_require__(9485);
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
    const hostCpus = opts.hostCpus ?? Math.max(1, (0,external_node_os_.cpus)().length);
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
    const decision = (0,meter_scope/* decideScope */.dp)(scope, detection, info);
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
    const { header } = await (0,nvidia_smi/* queryGpus */.OC)();
    if (header.status !== 'ok')
        return { header };
    const stream = (0,nvidia_smi/* startGpuStream */.Bp)({ intervalMs });
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
    const fd = (0,external_node_fs_.openSync)(outFile, 'a');
    const writeNow = (text) => {
        try {
            (0,external_node_fs_.writeSync)(fd, text);
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
                (0,external_node_fs_.closeSync)(fd);
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
    let memTotalB = (0,external_node_os_.totalmem)();
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
    const intervalMs = (0,duration/* validateIntervalMs */.e$)(opts.intervalMs, 'sampler intervalMs');
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
    if (!(0,external_node_fs_.existsSync)(stopFile))
        return false;
    try {
        (0,external_node_fs_.rmSync)(stopFile, { force: true });
    }
    catch {
        /* the parent may remove it too */
    }
    return true;
}

// EXTERNAL MODULE: ./src/carbon/index.ts + 11 modules
var carbon = __nccwpck_require__(8737);
// EXTERNAL MODULE: ./src/units/convert.ts
var convert = __nccwpck_require__(1476);
// EXTERNAL MODULE: ./src/meter/power-model.ts
var power_model = __nccwpck_require__(3460);
;// CONCATENATED MODULE: ./src/meter/power-timeline.ts

const TIMELINE_BUCKETS = 240; // resolution halves whenever the run outgrows them
const TIMELINE_POINTS = 120;
function createPowerTimeline() {
    const bucketJ = new Float64Array(TIMELINE_BUCKETS);
    const bucketMs = new Float64Array(TIMELINE_BUCKETS);
    const bucketCentreMs = new Float64Array(TIMELINE_BUCKETS); // Σ interval midpoint × duration, for the point's time
    let bucketWidthMs = 0;
    let bucketsUsed = 0;
    const halveResolution = () => {
        for (let i = 0; i < TIMELINE_BUCKETS / 2; i++) {
            bucketJ[i] = bucketJ[2 * i] + bucketJ[2 * i + 1];
            bucketMs[i] = bucketMs[2 * i] + bucketMs[2 * i + 1];
            bucketCentreMs[i] = bucketCentreMs[2 * i] + bucketCentreMs[2 * i + 1];
        }
        bucketJ.fill(0, TIMELINE_BUCKETS / 2);
        bucketMs.fill(0, TIMELINE_BUCKETS / 2);
        bucketCentreMs.fill(0, TIMELINE_BUCKETS / 2);
        bucketWidthMs *= 2;
        bucketsUsed = Math.ceil(bucketsUsed / 2);
    };
    return {
        add(offsetMs, energyJ, dtMs, widthMs) {
            if (bucketWidthMs === 0)
                bucketWidthMs = widthMs;
            let idx = Math.floor(offsetMs / bucketWidthMs);
            while (idx >= TIMELINE_BUCKETS) {
                halveResolution();
                idx = Math.floor(offsetMs / bucketWidthMs);
            }
            bucketJ[idx] += energyJ;
            bucketMs[idx] += dtMs;
            bucketCentreMs[idx] += offsetMs * dtMs;
            if (idx + 1 > bucketsUsed)
                bucketsUsed = idx + 1;
        },
        points: () => downsample(Array.from(bucketJ.subarray(0, bucketsUsed)), Array.from(bucketMs.subarray(0, bucketsUsed)), Array.from(bucketCentreMs.subarray(0, bucketsUsed))),
    };
}
/** At most TIMELINE_POINTS points, by merging neighbours; each sits at the time-weighted centre of what it averages. */
function downsample(e, d, c) {
    while (e.length > TIMELINE_POINTS) {
        for (let i = 0; i < e.length / 2; i++) {
            e[i] = e[2 * i] + (e[2 * i + 1] ?? 0);
            d[i] = d[2 * i] + (d[2 * i + 1] ?? 0);
            c[i] = c[2 * i] + (c[2 * i + 1] ?? 0);
        }
        e.length = d.length = c.length = Math.ceil(e.length / 2);
    }
    const timeline = [];
    for (let i = 0; i < e.length; i++) {
        if (d[i] > 0)
            timeline.push({ tS: (0,convert/* msToS */.PZ)(c[i] / d[i]), powerW: e[i] / (0,convert/* msToS */.PZ)(d[i]) });
    }
    return timeline;
}

;// CONCATENATED MODULE: ./src/meter/work.ts
const UTILISATION_BANDS = 10;
/**
 * Band of a utilisation 0..1: [0, 0.1) → 0 … [0.9, 1] → 9, the same segment powerAtUtilisationW interpolates on.
 */
function utilisationBand(utilisation) {
    const u = Math.min(1, Math.max(0, Number.isFinite(utilisation) ? utilisation : 0));
    return Math.min(UTILISATION_BANDS - 1, Math.floor(u * 10));
}
function createUtilisationHistogram() {
    const seconds = new Array(UTILISATION_BANDS).fill(0);
    const busyS = new Array(UTILISATION_BANDS).fill(0);
    return {
        add(utilisation, durationS) {
            if (!(durationS > 0))
                return;
            const u = Math.min(1, Math.max(0, Number.isFinite(utilisation) ? utilisation : 0));
            const k = utilisationBand(u);
            seconds[k] += durationS;
            busyS[k] += u * durationS;
        },
        result: () => ({ seconds: [...seconds], busyS: [...busyS] }),
    };
}
/**
 * cpuSeconds = vCPUs × Σ busyS (= Σ u × vCPUs × Δt; in container scope the allowance replaces vCPUs); memoryGbS =
 * memory GB × durationS.
 */
function workAccount(input) {
    const busyTotalS = input.histogram.busyS.reduce((a, b) => a + b, 0);
    return {
        cpuSeconds: busyTotalS * (input.utilisationOfCpus ?? input.vcpus),
        utilisationHistogramS: [...input.histogram.seconds],
        utilisationHistogramBusyS: [...input.histogram.busyS],
        memoryGbS: input.memoryGb * input.durationS,
        machineClass: { cpuModel: input.cpuModel, vcpus: input.vcpus },
        pricing: { cpuCurveW: [...input.cpuCurveW], memoryWPerGb: input.memoryWPerGb },
    };
}
const finiteNonNeg = (x) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const bands = (x, n) => Array.isArray(x) && x.length === n && x.every(finiteNonNeg);
/**
 * A history entry's work account, checked field by field (history files are repository
 * content anyone with write access could edit); null when absent or not one this version reads.
 */
function readWorkAccount(x) {
    const w = x;
    if (!w || typeof w !== 'object')
        return null;
    if (!finiteNonNeg(w.cpuSeconds) || !finiteNonNeg(w.memoryGbS))
        return null;
    if (!bands(w.utilisationHistogramS, UTILISATION_BANDS) || !bands(w.utilisationHistogramBusyS, UTILISATION_BANDS))
        return null;
    const c = w.machineClass;
    // A container's CPU allowance (cpu.max quota ÷ period) can be fractional: 1.5 CPUs is a class too.
    if (!c || typeof c.cpuModel !== 'string' || !finiteNonNeg(c.vcpus) || c.vcpus === 0)
        return null;
    const p = w.pricing;
    if (!p || !bands(p.cpuCurveW, 11) || !finiteNonNeg(p.memoryWPerGb))
        return null;
    return w;
}

;// CONCATENATED MODULE: ./src/meter/energy.ts






const CURVE_POINTS = 11;
const GAP_FACTOR = 3;
/** A generous per-package power ceiling, W, for judging whether a RAPL counter could wrap twice. */
const RAPL_PACKAGE_CEILING_W = 500;
const MAX_WARNINGS = 20;
function checkOptions(o) {
    if (!Array.isArray(o.cpuCurveW) ||
        o.cpuCurveW.length !== CURVE_POINTS ||
        !o.cpuCurveW.every((w) => Number.isFinite(w) && w >= 0)) {
        throw new Error(`energy: cpuCurveW ${JSON.stringify(o.cpuCurveW)} is not a power curve; ` +
            'expected 11 non-negative watt figures for 0, 10, …, 100 % utilisation');
    }
    for (const [name, v] of [
        ['memoryWPerGb', o.memoryWPerGb],
        ['memoryGb', o.memoryGb],
    ]) {
        if (!Number.isFinite(v) || v < 0)
            throw new Error(`energy: ${name} is ${v}; expected a non-negative number`);
    }
    for (const w of o.windows ?? []) {
        if (!Number.isFinite(w.startMs) || !Number.isFinite(w.endMs) || w.endMs < w.startMs) {
            throw new Error(`energy: window ${JSON.stringify(w)} is not a period; expected finite startMs ≤ endMs (epoch ms)`);
        }
    }
    if (o.intervalMs !== undefined && !(o.intervalMs > 0))
        throw new Error(`energy: intervalMs is ${o.intervalMs}; expected > 0`);
    if (o.containerCpus !== undefined && !(Number.isFinite(o.containerCpus) && o.containerCpus > 0)) {
        throw new Error(`energy: containerCpus is ${o.containerCpus}; expected a number of CPUs > 0`);
    }
}
/** GPU energy over one interval, J, per GPU matched by index. */
function gpuIntervalJ(prev, cur, dtS, used) {
    if (!cur || cur.length === 0)
        return 0;
    let j = 0;
    for (const c of cur) {
        const p = prev?.find((g) => g.i === c.i);
        if (p && typeof p.mj === 'number' && typeof c.mj === 'number' && c.mj >= p.mj) {
            j += (0,convert/* millijoulesToJoules */.lx)(c.mj - p.mj);
            used.energy = true;
            continue;
        }
        // Trapezoid between the two readings; with one side missing, the one that exists.
        const a = p && typeof p.w === 'number' ? p.w : null;
        const b = typeof c.w === 'number' ? c.w : null;
        const w = a !== null && b !== null ? (a + b) / 2 : (a ?? b);
        if (w !== null) {
            j += w * dtS;
            used.power = true;
        }
    }
    return j;
}
function newState(opts) {
    const windows = opts.windows ?? [];
    return {
        opts,
        windows,
        windowsJ: windows.map(() => 0),
        memoryW: opts.memoryWPerGb * opts.memoryGb,
        nominalMs: opts.intervalMs ?? 0,
        raplMaxUj: null,
        warnings: [],
        prev: null,
        firstT: null,
        count: 0,
        energyJ: { cpu: 0, memory: 0, gpu: 0 },
        durationMs: 0,
        gapMs: 0,
        peakW: 0,
        peakShortW: 0,
        util: { timeMs: 0, weighted: 0, peak: 0, last: 0 },
        intervals: { rapl: 0, model: 0, powermetrics: 0, backwards: 0 },
        gpuUsed: { energy: false, power: false, powermetrics: false },
        histogram: createUtilisationHistogram(),
        timeline: createPowerTimeline(),
        endReason: null,
    };
}
function warn(s, message) {
    if (s.warnings.length < MAX_WARNINGS && !s.warnings.includes(message))
        s.warnings.push(message);
}
/** The interval's CPU utilisation, 0..1, from whichever counter the samples carry; null without one. */
function intervalUtilisation(p, c, dtMs, containerCpus) {
    if (containerCpus) {
        if (typeof p.cg === 'number' && typeof c.cg === 'number' && c.cg >= p.cg && dtMs > 0) {
            return Math.min(1, Math.max(0, (c.cg - p.cg) / 1000 / (dtMs * containerCpus)));
        }
        return null;
    }
    if (p.cpu && c.cpu)
        return utilisationBetween(p.cpu, c.cpu);
    if (typeof c.util === 'number')
        return Math.min(1, Math.max(0, c.util)); // util is "since the previous sample"
    return null;
}
/** Adds the interval's utilisation to the mean, peak and histogram; returns the utilisation it is priced at. */
function recordUtilisation(s, u, dtMs) {
    if (u !== null) {
        s.util.weighted += u * dtMs;
        s.util.timeMs += dtMs;
        if (u > s.util.peak)
            s.util.peak = u;
        s.util.last = u;
    }
    // The same utilisation the model prices this interval at, so a histogram re-priced on this
    // curve gives back this energy.
    const priced = u ?? s.util.last;
    s.histogram.add(priced, (0,convert/* msToS */.PZ)(dtMs));
    return priced;
}
/** RAPL energy over the interval, J; warns when the gap is long enough for a counter to wrap twice. */
function raplIntervalJ(s, p, c, maxUj, dtS) {
    let uj = 0;
    for (let d = 0; d < maxUj.length; d++) {
        uj += raplDeltaUj(p[d], c[d], maxUj[d]);
        // Only one wrap per interval can be undone: a gap in which a busy package could use the
        // whole counter range may have wrapped twice and lost that energy silently.
        const rangeJ = (0,convert/* microjoulesToJoules */.G1)(maxUj[d]);
        if (dtS * RAPL_PACKAGE_CEILING_W >= rangeJ) {
            warn(s, `a ${dtS.toFixed(0)} s gap between samples is long enough for a RAPL counter (range ${rangeJ.toFixed(0)} J) ` +
                `to wrap more than once at up to ${RAPL_PACKAGE_CEILING_W} W; CPU energy over it may be undercounted`);
        }
    }
    return (0,convert/* microjoulesToJoules */.G1)(uj);
}
/** CPU energy over the interval, J: RAPL, else powermetrics, else the power curve at `pricedU`. */
function cpuIntervalJ(s, p, c, pricedU, dtS) {
    const maxUj = s.raplMaxUj;
    if (maxUj && p.rapl && c.rapl && p.rapl.length === maxUj.length && c.rapl.length === maxUj.length) {
        s.intervals.rapl++;
        return raplIntervalJ(s, p.rapl, c.rapl, maxUj, dtS);
    }
    if (p.pm && c.pm && c.pm.cpuJ >= p.pm.cpuJ) {
        // powermetrics' cumulative joules: each of its samples was power × its own elapsed time.
        s.intervals.powermetrics++;
        return c.pm.cpuJ - p.pm.cpuJ;
    }
    // No CPU data for this interval (a reader hiccup): carry the last utilisation forward.
    s.intervals.model++;
    return (0,power_model/* powerAtUtilisationW */.v3)(s.opts.cpuCurveW, pricedU) * dtS;
}
/** GPU energy over the interval, J: nvidia-smi per GPU, plus powermetrics' GPU joules on a Mac. */
function allGpusIntervalJ(s, p, c, dtS) {
    let j = gpuIntervalJ(p.gpu, c.gpu, dtS, s.gpuUsed);
    if (p.pm && c.pm && c.pm.gpuJ >= p.pm.gpuJ) {
        j += c.pm.gpuJ - p.pm.gpuJ;
        s.gpuUsed.powermetrics = true;
    }
    return j;
}
function integrateInterval(s, p, c) {
    const dtMs = c.t - p.t;
    const dtS = (0,convert/* msToS */.PZ)(dtMs);
    if (!s.nominalMs)
        s.nominalMs = dtMs;
    const pricedU = recordUtilisation(s, intervalUtilisation(p, c, dtMs, s.opts.containerCpus), dtMs);
    const intervalCpuJ = cpuIntervalJ(s, p, c, pricedU, dtS);
    const intervalMemJ = s.memoryW * dtS;
    const intervalGpuJ = allGpusIntervalJ(s, p, c, dtS);
    const intervalJ = intervalCpuJ + intervalMemJ + intervalGpuJ;
    s.energyJ.cpu += intervalCpuJ;
    s.energyJ.memory += intervalMemJ;
    s.energyJ.gpu += intervalGpuJ;
    s.durationMs += dtMs;
    if (dtMs > GAP_FACTOR * s.nominalMs)
        s.gapMs += dtMs;
    const powerW = intervalJ / dtS;
    // /proc/stat counts in 10 ms ticks: a few-ms interval (the first, or the one ending at the
    // stop sample) reads 0 % or 100 %, so peak comes from intervals of at least half the nominal.
    if (dtMs >= s.nominalMs / 2)
        s.peakW = Math.max(s.peakW, powerW);
    else
        s.peakShortW = Math.max(s.peakShortW, powerW);
    for (let k = 0; k < s.windows.length; k++) {
        const overlapMs = Math.min(c.t, s.windows[k].endMs) - Math.max(p.t, s.windows[k].startMs);
        if (overlapMs > 0)
            s.windowsJ[k] += (intervalJ * overlapMs) / dtMs; // power taken as even within the interval
    }
    s.timeline.add((p.t + c.t) / 2 - s.firstT, intervalJ, dtMs, s.nominalMs || dtMs);
}
function addRecord(s, record) {
    switch (record.type) {
        case 'header': {
            if (!s.opts.intervalMs)
                s.nominalMs = record.intervalMs;
            const raplOk = record.rapl.status === 'ok' && record.rapl.domains.length > 0;
            if (raplOk && s.opts.useRapl !== false && !s.opts.containerCpus)
                s.raplMaxUj = record.rapl.domains.map((d) => d.maxEnergyRangeUj);
            return;
        }
        case 'end':
            s.endReason = record.reason;
            return;
        case 'warn':
            warn(s, `sampler: ${record.message}`);
            return;
        case 'sample':
            if (s.prev && record.t <= s.prev.t) {
                s.intervals.backwards++; // clock stepped back or a duplicate line: no interval to integrate
                return;
            }
            s.count++;
            if (s.firstT === null)
                s.firstT = record.t;
            if (s.prev)
                integrateInterval(s, s.prev, record);
            s.prev = record;
            return;
    }
}
function warnAboutGaps(s) {
    const { rapl, model, powermetrics, backwards } = s.intervals;
    if (rapl > 0 && model > 0) {
        warn(s, `RAPL readings were missing on ${model} of ${rapl + model} intervals; the model was used for those`);
    }
    if (powermetrics > 0 && model > 0) {
        warn(s, `powermetrics readings were missing on ${model} of ${powermetrics + model} intervals; ` +
            'the model was used for those');
    }
    if (backwards > 0)
        warn(s, `${backwards} samples were out of time order and skipped`);
}
function samplesSummary(s) {
    const lastT = s.prev?.t ?? null;
    const endedEarly = s.opts.periodEndMs !== undefined
        ? lastT === null || lastT < s.opts.periodEndMs - GAP_FACTOR * (s.nominalMs || 1000)
        : s.endReason === null || s.endReason === 'error';
    return {
        count: s.count,
        intervalS: (0,convert/* msToS */.PZ)(s.nominalMs),
        tornLines: 0,
        firstAt: s.firstT === null ? null : new Date(s.firstT).toISOString(),
        lastAt: lastT === null ? null : new Date(lastT).toISOString(),
        gapS: (0,convert/* msToS */.PZ)(s.gapMs),
        timeline: s.timeline.points(),
        endedEarly,
    };
}
function gpuMethodOf(used) {
    if (used.energy)
        return 'nvidia-smi-energy';
    if (used.power)
        return 'nvidia-smi-power';
    return used.powermetrics ? 'powermetrics' : 'none';
}
function buildResult(s) {
    warnAboutGaps(s);
    const { cpu, memory, gpu } = s.energyJ;
    const totalJ = cpu + memory + gpu;
    const durationS = (0,convert/* msToS */.PZ)(s.durationMs);
    const meanW = durationS > 0 ? totalJ / durationS : 0;
    return {
        durationS,
        energyWh: { cpu: (0,convert/* joulesToWh */.fF)(cpu), memory: (0,convert/* joulesToWh */.fF)(memory), gpu: (0,convert/* joulesToWh */.fF)(gpu), total: (0,convert/* joulesToWh */.fF)(totalJ) },
        // Peak is never below the mean (equal-power intervals can differ from it by rounding).
        powerW: { mean: meanW, peak: Math.max(s.peakW > 0 ? s.peakW : s.peakShortW, meanW) },
        samples: samplesSummary(s),
        windowsEnergyWh: s.windowsJ.map(convert/* joulesToWh */.fF),
        cpuMethod: s.intervals.rapl > 0 ? 'rapl' : s.intervals.powermetrics > 0 ? 'powermetrics' : 'model',
        gpuMethod: gpuMethodOf(s.gpuUsed),
        cpuUtilisation: s.util.timeMs > 0 ? { mean: s.util.weighted / s.util.timeMs, peak: s.util.peak } : null,
        utilisationHistogram: s.histogram.result(),
        endReason: s.endReason,
        warnings: [...s.warnings],
    };
}
function createEnergyIntegrator(opts) {
    checkOptions(opts);
    const state = newState(opts);
    return {
        add: (record) => addRecord(state, record),
        result: () => buildResult(state),
    };
}

;// CONCATENATED MODULE: ./src/meter/samples-file.ts
// Streams the sampler's JSON-lines file back as records, chunk by chunk: 216,000 lines are
// never held in memory at once. A torn last line (the sampler died mid-write) and corrupt
// lines elsewhere are skipped and counted, never fatal.


/**
 * The longest line read. A real sample line is under 10 KB even with 256 CPUs and 8 GPUs;
 * without a cap, a 300 MB line with no newline was re-scanned at every chunk (quadratic:
 * 128 MB took 90 s).
 */
const MAX_LINE_CHARS = 256 * 1024;
const KNOWN_TYPES = new Set(['header', 'sample', 'end', 'warn']);
function isFiniteNumber(x) {
    return typeof x === 'number' && Number.isFinite(x);
}
/** Parses one line; 'corrupt' for anything that is not a well-formed record. */
function parseRecordLine(line) {
    let obj;
    try {
        obj = JSON.parse(line);
    }
    catch {
        return 'corrupt';
    }
    if (typeof obj !== 'object' || obj === null || typeof obj.type !== 'string')
        return 'corrupt';
    const rec = obj;
    if (!KNOWN_TYPES.has(rec.type))
        return 'unknown';
    switch (rec.type) {
        case 'sample': {
            if (!isFiniteNumber(rec.t))
                return 'corrupt';
            if (rec.cpu !== undefined && !(isFiniteNumber(rec.cpu.busy) && isFiniteNumber(rec.cpu.total)))
                return 'corrupt';
            if (rec.util !== undefined && !isFiniteNumber(rec.util))
                return 'corrupt';
            if (rec.cg !== undefined && !isFiniteNumber(rec.cg))
                return 'corrupt';
            if (rec.pm !== undefined &&
                !(typeof rec.pm === 'object' && rec.pm !== null && isFiniteNumber(rec.pm.cpuJ) && isFiniteNumber(rec.pm.gpuJ)))
                return 'corrupt';
            if (rec.rapl !== undefined && !(Array.isArray(rec.rapl) && rec.rapl.every(isFiniteNumber)))
                return 'corrupt';
            if (rec.gpu !== undefined && !Array.isArray(rec.gpu))
                return 'corrupt';
            return rec;
        }
        case 'header':
            if (!isFiniteNumber(rec.v) || !isFiniteNumber(rec.intervalMs))
                return 'corrupt';
            if (rec.v > SAMPLE_FORMAT_VERSION) {
                throw new Error(`samples file format v${rec.v} is newer than this carbon-action reads (v${SAMPLE_FORMAT_VERSION}); ` +
                    `upgrade carbon-action`);
            }
            return rec;
        case 'end':
        case 'warn':
            return isFiniteNumber(rec.t) ? rec : 'corrupt';
    }
}
/**
 * Yields the file's records in order. `stats` is filled in as reading proceeds and is
 * final once iteration ends.
 */
async function* readSampleRecords(path, stats) {
    const s = stats ?? { lines: 0, tornLines: 0, corruptLines: 0, unknownRecords: 0 };
    s.lines = s.tornLines = s.corruptLines = s.unknownRecords = 0;
    delete s.longLines;
    const overLong = () => {
        s.lines++;
        s.corruptLines++;
        s.longLines = (s.longLines ?? 0) + 1;
    };
    let rest = '';
    // Inside an over-long line: everything up to the next newline is dropped unread.
    let skipping = false;
    const stream = (0,external_node_fs_.createReadStream)(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
    for await (const chunk of stream) {
        let text;
        if (skipping) {
            const nl = chunk.indexOf('\n');
            if (nl < 0)
                continue;
            skipping = false;
            text = chunk.slice(nl + 1);
        }
        else {
            text = rest + chunk;
        }
        let start = 0;
        let nl;
        while ((nl = text.indexOf('\n', start)) >= 0) {
            const raw = text.slice(start, nl);
            start = nl + 1;
            if (raw.length > MAX_LINE_CHARS) {
                overLong();
                continue;
            }
            const line = raw.trim();
            if (!line)
                continue;
            s.lines++;
            const r = parseRecordLine(line);
            if (r === 'corrupt')
                s.corruptLines++;
            else if (r === 'unknown')
                s.unknownRecords++;
            else
                yield r;
        }
        rest = text.slice(start);
        if (rest.length > MAX_LINE_CHARS) {
            overLong();
            rest = '';
            skipping = true;
        }
    }
    const last = rest.trim();
    if (last) {
        s.lines++;
        const r = parseRecordLine(last);
        // A complete record that only lacks its newline is kept; anything else was cut short.
        if (r === 'corrupt')
            s.tornLines++;
        else if (r === 'unknown')
            s.unknownRecords++;
        else
            yield r;
    }
}
/** The file's header (its first record), or null when the file has none; reads no further. */
async function readSamplesHeader(path) {
    for await (const record of readSampleRecords(path)) {
        return record.type === 'header' ? record : null;
    }
    return null;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/pipeline/container-curve.ts
function containerCpuCurve(curve, allowanceCpus) {
    if (!(Number.isFinite(allowanceCpus) && allowanceCpus > 0)) {
        throw new Error(`container curve: allowanceCpus is ${allowanceCpus}; expected a number of CPUs > 0`);
    }
    // A quota above the VM's own CPUs cannot be used: the VM is the most a container can have.
    const cpus = Math.min(allowanceCpus, curve.vmThreads);
    const factor = cpus / curve.vmThreads;
    const shown = +cpus.toFixed(2);
    if (factor === 1)
        return curve; // a container allowed every CPU has the machine's share
    return {
        ...curve,
        vmCurveW: curve.vmCurveW.map((w) => w * factor),
        vmThreads: cpus,
        detail: `${curve.detail}; container share ${shown} of the machine's ${curve.vmThreads} CPUs`,
    };
}

// EXTERNAL MODULE: ./src/pipeline/cpu-curve.ts + 2 modules
var cpu_curve = __nccwpck_require__(8309);
;// CONCATENATED MODULE: ./src/pipeline/estimate.ts
// The pipeline from a sampler file to a Report: samples → energy → emissions.
// Used by the CLI's measure command and by the action's post step, so both produce the
// same figures from the same code.









/** The sampler's scope decision, from the file header; null for older files or no header. */
async function samplesScope(samplesFile) {
    return (await readSamplesHeader(samplesFile).catch(() => null))?.scope ?? null;
}
/** The container's CPU allowance when the sampler metered its cgroup; undefined in machine scope. */
const containerCpusOf = (scope) => scope?.used === 'container' ? scope.cgroup?.allowanceCpus : undefined;
/**
 * Memory charged: the container's memory limit in container scope when it has one (and it is lower), else the
 * machine's.
 */
function meteredMemoryGb(machine, scope) {
    const limitB = scope?.used === 'container' ? scope.cgroup?.memoryLimitB : null;
    if (typeof limitB === 'number' && limitB > 0 && (0,convert/* bytesToGb */.KS)(limitB) < machine.memoryGb)
        return { gb: (0,convert/* bytesToGb */.KS)(limitB), containerLimited: true };
    return { gb: machine.memoryGb, containerLimited: false };
}
/**
 * Streams a sampler file through the integrator; memory stays bounded whatever its length.
 * In container scope (from the header) `curve` must be the container's (estimate's `curve`).
 */
async function integrateSamplesFile(samplesFile, curve, machine, opts = {}) {
    const scope = await samplesScope(samplesFile);
    const integrator = createEnergyIntegrator({
        cpuCurveW: curve.vmCurveW,
        memoryWPerGb: curve.memoryWPerGb,
        memoryGb: meteredMemoryGb(machine, scope).gb,
        windows: opts.windows,
        periodEndMs: opts.periodEndMs,
        containerCpus: opts.containerCpus ?? containerCpusOf(scope),
    });
    const stats = { lines: 0, tornLines: 0, corruptLines: 0, unknownRecords: 0 };
    let header = null;
    for await (const record of readSampleRecords(samplesFile, stats)) {
        if (record.type === 'header' && !header)
            header = record;
        integrator.add(record);
    }
    const energy = integrator.result();
    energy.samples.tornLines = stats.tornLines;
    return { energy, stats, header };
}
async function estimate(input) {
    // Region first: the same metadata probe gives the instance type, which names the host; the
    // provider that answered is surer than the DMI guess.
    const resolved = await (0,carbon/* resolveIntensity */.yK)({ ...input.carbon, machine: input.machine, caller: input.kind });
    const machine = resolved.instance
        ? { ...input.machine, instanceType: resolved.instance.instanceType, cloudProvider: resolved.instance.provider }
        : input.machine;
    // The scope was decided by the sampler; in a container the curve is the container's share.
    const scope = await samplesScope(input.samplesFile);
    const containerCpus = containerCpusOf(scope);
    const machineCurve = (0,cpu_curve/* cpuCurveForMachine */.Y)(machine, input.memoryModel);
    const curve = containerCpus ? containerCpuCurve(machineCurve, containerCpus) : machineCurve;
    const { energy, stats, header } = await integrateSamplesFile(input.samplesFile, curve, machine, {
        windows: input.windows,
        periodEndMs: input.periodEndMs,
        containerCpus,
    });
    const emissions = (0,carbon/* computeEmissions */.mP)({
        energyWh: energy.energyWh.total,
        durationS: energy.durationS,
        intensity: resolved.intensity,
        pue: resolved.pue,
        provider: resolved.provider,
        includeEmbodied: input.includeEmbodied,
        vmThreads: curve.vmThreads,
        hostThreads: curve.hostThreads,
    });
    const warnings = [
        ...(input.warnings ?? []),
        ...samplingWarnings(energy, stats),
        ...energy.warnings,
        ...curve.warnings,
        ...resolved.warnings,
    ];
    const metered = { energy, header, machine, scope, containerCpus, curve };
    const report = buildReport(input, metered, resolved, emissions, warnings);
    return { report, windowsEnergyWh: energy.windowsEnergyWh, curve };
}
/** What the samples file says about its own completeness, as report warnings. */
function samplingWarnings(energy, stats) {
    const warnings = [];
    const count = energy.samples.count;
    if (count < 2) {
        warnings.push(`Only ${count} sample(s) were recorded: the run was shorter than one sampling interval, so energy is ` +
            `${count === 0 ? 'unknown (0)' : 'from a single reading'}.`);
    }
    if (stats.tornLines > 0)
        warnings.push(`${stats.tornLines} torn line(s) at the end of the samples file were skipped ` +
            '(the sampler was stopped mid-write).');
    if (stats.corruptLines > 0)
        warnings.push(`${stats.corruptLines} corrupt line(s) in the samples file were skipped.`);
    if (energy.samples.endedEarly)
        warnings.push('The sampler stopped before the end of the metered period: the figures cover only what it recorded.');
    if (energy.samples.gapS > 0)
        warnings.push(`The samples have gaps totalling ${energy.samples.gapS.toFixed(1)} s (the sampler was starved or suspended); ` +
            'energy over gaps is interpolated from the neighbouring samples.');
    return warnings;
}
function buildReport(input, m, resolved, emissions, warnings) {
    const { energy, curve } = m;
    const startedAt = energy.samples.firstAt ?? new Date().toISOString();
    return {
        schemaVersion: report/* REPORT_SCHEMA_VERSION */.WI,
        tool: { name: 'carbon-action', version: (0,version/* toolVersion */.f)() },
        kind: input.kind,
        startedAt,
        endedAt: energy.samples.lastAt ?? startedAt,
        durationS: energy.durationS,
        ...(input.command ? { command: input.command } : {}),
        ...(input.exitCode !== undefined ? { exitCode: input.exitCode } : {}),
        ...(input.signal ? { signal: input.signal } : {}),
        energyWh: energy.cpuMethod === 'model'
            ? { ...energy.energyWh, cpuRange: cpuRangeWh(energy.energyWh.cpu, curve) }
            : energy.energyWh,
        powerW: energy.powerW,
        methods: {
            cpu: cpuMethodInfo(m),
            memory: {
                method: 'coefficient',
                wPerGb: curve.memoryWPerGb,
                detail: memoryDetail(m.machine, m.scope, input.memoryModel),
            },
            gpu: gpuMethodInfo(energy, m.machine),
        },
        machine: m.machine,
        pue: resolved.pue,
        intensity: resolved.intensity,
        co2eG: emissions.co2eG,
        includeEmbodied: input.includeEmbodied,
        embodied: emissions.embodied,
        sci: emissions.sci,
        equivalents: emissions.equivalents,
        greenerRegions: emissions.greenerRegions,
        samples: energy.samples,
        ...(input.context ? { context: input.context } : {}),
        ...workOf(m),
        warnings: [...new Set(warnings)],
    };
}
function cpuMethodInfo(m) {
    const { energy, curve, header, scope, containerCpus } = m;
    return {
        ...(energy.cpuMethod === 'rapl'
            ? { method: 'rapl', detail: raplDetail(header) }
            : energy.cpuMethod === 'powermetrics'
                ? {
                    method: 'powermetrics',
                    detail: 'sudo -n powermetrics --samplers cpu_power,gpu_power: "CPU Power" × each sample\'s elapsed time',
                }
                : {
                    method: 'model',
                    detail: curve.detail,
                    band: bandOf(curve),
                    raplUnavailableReason: raplUnavailableReason(header, containerCpus !== undefined),
                }),
        ...(scope
            ? { scope: { used: containerCpus ? 'container' : 'machine', reason: scope.reason } }
            : {}),
    };
}
function gpuMethodInfo(energy, machine) {
    if (energy.gpuMethod === 'none') {
        return {
            method: 'none',
            detail: machine.gpus.length ? 'nvidia-smi gave no readings' : 'no NVIDIA GPU (no nvidia-smi)',
        };
    }
    return {
        method: energy.gpuMethod,
        detail: energy.gpuMethod === 'nvidia-smi-energy'
            ? 'nvidia-smi total energy counter, difference per interval'
            : energy.gpuMethod === 'powermetrics'
                ? 'powermetrics "GPU Power" × each sample\'s elapsed time'
                : 'nvidia-smi power.draw × interval (trapezoid)',
    };
}
/** The report's work account, when there is one. */
function workOf(m) {
    const { energy, machine, curve } = m;
    // Without a single interval of CPU data there is no work to account for.
    if (!energy.cpuUtilisation || !(machine.threads > 0))
        return {};
    return {
        work: workAccount({
            histogram: energy.utilisationHistogram,
            vcpus: machine.threads,
            // In container scope utilisation is of the container's CPU allowance, so that is its vCPU count.
            ...(m.containerCpus ? { utilisationOfCpus: curve.vmThreads } : {}),
            cpuModel: machine.cpuModel,
            memoryGb: meteredMemoryGb(machine, m.scope).gb,
            durationS: energy.durationS,
            cpuCurveW: curve.vmCurveW,
            memoryWPerGb: curve.memoryWPerGb,
        }),
    };
}
/**
 * The CPU energy's band: the modelled figure times the grouped-CV quantiles of measured ÷
 * predicted for the CPU's family (else vendor). Model error is shared by two runs on the
 * same machine class, so comparisons are not widened by it.
 */
function cpuRangeWh(cpuWh, curve) {
    return [cpuWh * curve.band.low, cpuWh * curve.band.high];
}
function bandOf(curve) {
    return { low: curve.band.low, high: curve.band.high, coverage: curve.band.coverage, basis: curve.band.basis };
}
/** Per-step energy and operational CO2e from the integrator's window energies. */
function stepEnergies(report, steps, windowsEnergyWh) {
    return steps.map((step, i) => {
        const energyWh = windowsEnergyWh[i] ?? 0;
        return {
            number: step.number,
            name: step.name,
            startedAt: new Date(step.startMs).toISOString(),
            completedAt: new Date(step.endMs).toISOString(),
            durationS: (step.endMs - step.startMs) / 1000,
            energyWh,
            co2eG: co2eGFromWh(energyWh * report.pue.value, report.intensity.gPerKWh),
        };
    });
}
function memoryDetail(machine, scope, memoryModel) {
    const m = meteredMemoryGb(machine, scope);
    const coefficient = memoryModel === 'ccf'
        ? "Cloud Carbon Footprint's coefficient (memory-model: ccf)"
        : 'fitted to SPECpower servers that differ only in memory';
    if (!m.containerLimited)
        return `× ${machine.memoryGb.toFixed(1)} GB, ${coefficient}`;
    return (`× ${m.gb.toFixed(1)} GB, the container's memory limit ` +
        `(the machine has ${machine.memoryGb.toFixed(1)} GB), ${coefficient}`);
}
function raplDetail(header) {
    const domains = header?.rapl.domains ?? [];
    return `RAPL package energy counters (${domains.map((d) => d.name).join(', ') || 'package'}), read from powercap`;
}
function raplUnavailableReason(header, containerScope = false) {
    if (!header)
        return 'the samples file has no header, so RAPL availability is unknown';
    const rapl = header.rapl;
    if (rapl.status === 'ok' && containerScope)
        return 'in container scope RAPL is not used: it counts the whole package, other tenants included';
    if (rapl.status === 'ok')
        return 'RAPL counters gave no usable readings';
    const why = rapl.reason ??
        (rapl.status === 'absent' ? 'no RAPL powercap interface on this machine' : 'RAPL counters could not be read');
    // On a Mac the question is powermetrics, not RAPL: say why it gave nothing.
    const pm = header.powermetrics;
    if (!pm)
        return why;
    const pmWhy = pm.status === 'ok' ? 'it gave no CPU Power readings (e.g. inside a VM)' : (pm.reason ?? pm.status);
    return `${why}; powermetrics not used: ${pmWhy}`;
}

// EXTERNAL MODULE: ./src/log-sanitise.ts
var log_sanitise = __nccwpck_require__(9260);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(5655);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __nccwpck_require__(8179);
;// CONCATENATED MODULE: ./src/cli/output-paths.ts
// Output paths are checked before the command starts: a build of an hour must not end in
// "cannot write --json". Opening for append creates nothing new that stays and truncates
// nothing, and it is the only check that holds for root, for whom access(2) says yes to all.


const REASONS = {
    ENOENT: 'its directory does not exist',
    ENOTDIR: 'a part of the path is not a directory',
    EISDIR: 'it is a directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
};
/** Throws a usage error (exit 2) naming the option and the path when it cannot be written. */
function checkWritable(option, path) {
    const existed = (0,external_node_fs_.existsSync)(path);
    try {
        (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(path, 'a'));
    }
    catch (err) {
        const code = err.code ?? '';
        const why = REASONS[code] ? `${REASONS[code]} (${code})` : err.message;
        throw new esm/* CommanderError */.b7(2, 'carbon-action.unwritable', `error: measure: ${option}: cannot write ${JSON.stringify(path)}: ${why}; nothing was run`);
    }
    if (!existed) {
        try {
            (0,external_node_fs_.unlinkSync)(path);
        }
        catch {
            /* it will be written anyway */
        }
    }
}

;// CONCATENATED MODULE: ./src/cli/measure.ts
// `carbon-action measure [options] -- <command> [args…]`: run a command while the sampler
// meters the machine, then print the report and exit with the command's exit code.
// cross-spawn: on Windows, `npm`, `yarn` and other commands are .cmd shims that Node's own
// spawn refuses without a shell; cross-spawn resolves and quotes them. On POSIX it is spawn.












/** Runs the command with inherited stdio, forwarding SIGINT/SIGTERM/SIGHUP to it. */
function runCommand(command) {
    return new Promise((resolve) => {
        const child = cross_spawn_default()(command[0], command.slice(1), { stdio: 'inherit' });
        const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'];
        const forward = (signal) => {
            if (child.exitCode === null && child.signalCode === null)
                child.kill(signal);
        };
        for (const s of forwarded)
            process.on(s, forward);
        const done = (outcome) => {
            for (const s of forwarded)
                process.off(s, forward);
            resolve(outcome);
        };
        child.once('error', (err) => done({ exitCode: null, signal: null, spawnError: err }));
        child.once('exit', (code, signal) => done({ exitCode: code, signal }));
    });
}
/** Shell convention: 128 + signal number for a command killed by a signal. */
function exitCodeFor(outcome) {
    if (outcome.spawnError)
        return outcome.spawnError.code === 'EACCES' ? 126 : 127;
    if (outcome.exitCode !== null)
        return outcome.exitCode;
    const signo = outcome.signal ? external_node_os_.constants.signals[outcome.signal] : undefined;
    return 128 + (signo ?? 1);
}
async function measure(command, opts, io = { stderr: process.stderr }) {
    if (opts.jsonFile)
        checkWritable('--json', opts.jsonFile);
    if (opts.samplesFile)
        checkWritable('--samples', opts.samplesFile);
    (0,machine/* cpuinfoOverride */.hk)(process.env); // a CARBON_ACTION_CPUINFO that cannot be read fails before the command runs, not after
    const workDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'carbon-action-'));
    const samplesFile = opts.samplesFile ?? (0,external_node_path_.join)(workDir, 'samples.jsonl');
    // The sampler appends: a file kept from an earlier run would join its samples to this run's.
    if (opts.samplesFile)
        (0,external_node_fs_.writeFileSync)(opts.samplesFile, '');
    const machinePromise = (0,machine/* describeMachine */.Fe)();
    // Awaited after the command; until then a rejection must not count as unhandled.
    machinePromise.catch(() => undefined);
    // Each tick kept cheap: no per-CPU ticks (no estimate uses them; the aggregate line alone is
    // parsed), and lines written every 10 s rather than each tick (this process reads the file
    // only after stopping the sampler, which writes what it holds).
    const sampler = startSampler({
        outFile: samplesFile,
        intervalMs: opts.intervalMs,
        stopFile: false,
        scope: opts.scope,
        perCpu: false,
        flushEveryMs: 10_000,
    });
    try {
        const outcome = await runCommand(command);
        await sampler.stop('stop');
        const exitCode = exitCodeFor(outcome);
        if (outcome.spawnError) {
            const why = outcome.spawnError.code === 'ENOENT' ? 'command not found' : outcome.spawnError.message;
            io.stderr.write(`carbon-action: cannot start "${(0,log_sanitise/* sanitiseLogLine */.h8)(command[0])}": ${(0,log_sanitise/* sanitiseLogLine */.h8)(why)}\n`);
            return { exitCode };
        }
        const machine = await machinePromise;
        const { report } = await estimate({
            samplesFile,
            machine,
            kind: 'cli',
            command,
            exitCode: outcome.exitCode,
            ...(outcome.signal ? { signal: outcome.signal } : {}),
            includeEmbodied: opts.includeEmbodied,
            memoryModel: opts.memoryModel,
            // Inside GitHub Actions the report says which run, job and PR it measured, so that the
            // action's `report` input can publish it from a workflow_run workflow.
            ...(process.env.GITHUB_ACTIONS === 'true'
                ? { context: runContext(process.env, readEventPayload(process.env), {}) }
                : {}),
            carbon: {
                region: opts.region,
                carbonIntensityGPerKWh: opts.carbonIntensityGPerKWh,
                pue: opts.pue,
                gridSource: opts.gridSource,
                electricityMapsToken: opts.electricityMapsToken,
            },
        });
        // The printed report first, so a JSON path that cannot be written loses nothing.
        if (!opts.quiet)
            io.stderr.write('\n' + (0,report_text/* renderText */.S)(report) + '\n');
        if (opts.jsonFile) {
            try {
                (0,external_node_fs_.writeFileSync)(opts.jsonFile, JSON.stringify(report, null, 2) + '\n');
                if (!opts.quiet)
                    io.stderr.write(`carbon-action: JSON report written to ${(0,log_sanitise/* sanitiseLogLine */.h8)(opts.jsonFile)}\n`);
            }
            catch (err) {
                io.stderr.write(`carbon-action: --json: cannot write ${(0,log_sanitise/* sanitiseLogLine */.h8)(opts.jsonFile)}: ${(0,log_sanitise/* sanitiseLogLine */.h8)(err.message)}\n`);
                // The command's own failure wins; a clean run still says the JSON it asked for is missing.
                return { exitCode: exitCode === 0 ? 1 : exitCode, report };
            }
        }
        return { exitCode, report };
    }
    finally {
        await sampler.stop('stop').catch(() => undefined);
        if (!opts.samplesFile)
            (0,external_node_fs_.rmSync)(workDir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 1915:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xc: () => (/* binding */ registerPowerModelCommand)
/* harmony export */ });
/* unused harmony exports powerModelReport, formatPowerModelTable, runBatch, parsePositiveInt, parsePositiveNumber, machineFromSpec, machinePowerReport, formatMachinePowerTable */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8179);
/* harmony import */ var _meter_machine__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4768);
/* harmony import */ var _meter_power_model__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3460);
/* harmony import */ var _pipeline_cpu_curve__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8309);
/* harmony import */ var _units_parse__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5912);






const round2 = (w) => Math.round(w * 100) / 100;
function powerModelReport(spec) {
    const curve = (0,_meter_power_model__WEBPACK_IMPORTED_MODULE_3__/* .predictServerPowerW */ .zm)(spec);
    return {
        watts: curve.wattsAtLoad.map(round2),
        cpu: spec.cpu,
        tdpW: curve.tdpW,
        tdpSource: curve.tdpSource,
        matchedName: curve.matchedName,
        profile: curve.profile,
    };
}
function formatPowerModelTable(report) {
    const lines = [
        report.profile,
        report.tdpSource === 'default' ? 'TDP not in the table: default used (see docs/methodology.md)' : '',
        'load   wall W',
    ];
    _meter_power_model__WEBPACK_IMPORTED_MODULE_3__/* .LOAD_LEVELS_PCT */ .rZ.forEach((pct, k) => lines.push(`${String(pct).padStart(3)} %  ${report.watts[k].toFixed(1).padStart(7)}`));
    return lines.filter((l, i) => i !== 1 || l).join('\n');
}
function optionalCount(obj, key) {
    const v = obj[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0)
        throw new Error(`${key} is ${JSON.stringify(v)}; expected a positive integer`);
    return v;
}
/**
 * One JSON line out per line in, in order; a bad line gives {"error": …} and the rest go on. Blank lines are skipped.
 */
function runBatch(lines) {
    const out = [];
    lines.forEach((line, i) => {
        if (!line.trim())
            return;
        try {
            let obj;
            try {
                obj = JSON.parse(line);
            }
            catch {
                throw new Error('not valid JSON');
            }
            if (!obj || typeof obj !== 'object' || Array.isArray(obj))
                throw new Error('expected a JSON object');
            const o = obj;
            if (typeof o.cpu !== 'string')
                throw new Error(`cpu is ${JSON.stringify(o.cpu)}; expected a CPU model name string`);
            let memoryGb;
            if (o.memoryGb !== undefined && o.memoryGb !== null) {
                if (typeof o.memoryGb !== 'number' || !(o.memoryGb > 0) || !Number.isFinite(o.memoryGb)) {
                    throw new Error(`memoryGb is ${JSON.stringify(o.memoryGb)}; expected a positive number`);
                }
                memoryGb = o.memoryGb;
            }
            const spec = {
                cpu: o.cpu,
                sockets: optionalCount(o, 'sockets'),
                cores: optionalCount(o, 'cores'),
                threads: optionalCount(o, 'threads'),
                memoryGb,
            };
            out.push(JSON.stringify({
                ...powerModelReport(spec),
                sockets: spec.sockets,
                cores: spec.cores,
                threads: spec.threads,
                memoryGb: spec.memoryGb,
            }));
        }
        catch (err) {
            out.push(JSON.stringify({ error: `line ${i + 1}: ${err.message}` }));
        }
    });
    return out;
}
/**
 * Commander parser: a positive whole number in plain digits, else a one-line error naming the option and value.
 * The one number grammar (units/parse.ts) with no decimals: Number() would take "1e3", "+4" and "0x10".
 */
function parsePositiveInt(option) {
    return (value) => {
        const n = /^\s*\d+\s*$/.test(value) ? (0,_units_parse__WEBPACK_IMPORTED_MODULE_5__/* .parsePlainNumber */ .rp)(value) : null;
        if (n === null || !Number.isSafeInteger(n) || n <= 0) {
            throw new commander__WEBPACK_IMPORTED_MODULE_1__/* .InvalidArgumentError */ .Di(`${option} is "${value}"; expected a positive integer in plain digits, e.g. 4`);
        }
        return n;
    };
}
/** Commander parser: a positive plain decimal number (the one grammar: no sign, exponent or hex), else an error. */
function parsePositiveNumber(option) {
    return (value) => {
        const n = (0,_units_parse__WEBPACK_IMPORTED_MODULE_5__/* .parsePlainNumber */ .rp)(value);
        if (n === null || n <= 0)
            throw new commander__WEBPACK_IMPORTED_MODULE_1__/* .InvalidArgumentError */ .Di(`${option} is "${value}"; expected a positive number in plain digits, e.g. 15.6`);
        return n;
    };
}
/** The MachineInfo `measure` would build on that machine; explicit options win over the cpuinfo file. */
function machineFromSpec(input) {
    const info = input.cpuinfoText !== undefined ? (0,_meter_machine__WEBPACK_IMPORTED_MODULE_2__/* .parseCpuInfo */ .mj)(input.cpuinfoText) : null;
    const threads = input.threads ?? info?.threads;
    if (threads === undefined)
        throw new Error('--threads is required (or --cpuinfo <file> to count them)');
    if (input.memoryGb === undefined)
        throw new Error('--memory-gb is required with --vm or --bare');
    const cpuModel = input.cpu ?? info?.modelName ?? 'unknown CPU';
    const arch = input.arch ?? (info?.cpuImplementer != null ? 'arm64' : 'x64');
    const cpuId = info ? (0,_meter_machine__WEBPACK_IMPORTED_MODULE_2__/* .cpuIdFromSummary */ .SK)(info) : undefined;
    return {
        os: /\bapple\b/i.test(cpuModel) ? 'darwin' : 'linux',
        arch,
        cpuModel,
        sockets: input.sockets ?? info?.sockets ?? 1,
        physicalCores: input.cores ?? (info && info.threads === threads ? info.physicalCores : threads),
        threads,
        memoryGb: input.memoryGb,
        virtualized: input.kind === 'vm',
        cloudProvider: input.provider ?? null,
        githubHosted: false,
        gpus: [],
        ...(input.instanceType ? { instanceType: input.instanceType } : {}),
        ...(cpuId ? { cpuId } : {}),
    };
}
/** The CPU curve and memory power `measure` would use on the machine described. */
function machinePowerReport(input) {
    const machine = machineFromSpec(input);
    const curve = (0,_pipeline_cpu_curve__WEBPACK_IMPORTED_MODULE_4__/* .cpuCurveForMachine */ .Y)(machine);
    return {
        cpuWatts: curve.vmCurveW,
        // The one memory coefficient the curve was split with, as measure charges it.
        memoryWatts: machine.memoryGb * curve.memoryWPerGb,
        host: { cpu: curve.host.cpu, sockets: curve.host.sockets, cores: curve.host.cores, threads: curve.host.threads },
        share: curve.vmThreads / curve.hostThreads,
        assumptions: curve.assumptions,
    };
}
function formatMachinePowerTable(r) {
    const lines = [
        `host: ${r.host.cpu}, ${r.host.sockets} socket${r.host.sockets > 1 ? 's' : ''}, ${r.host.cores} cores, ` +
            `${r.host.threads} threads; share ${r.share.toFixed(4)}`,
        ...r.assumptions.map((a) => `  - ${a}`),
        `memory: ${r.memoryWatts.toFixed(2)} W`,
        'load   CPU W',
    ];
    _meter_power_model__WEBPACK_IMPORTED_MODULE_3__/* .LOAD_LEVELS_PCT */ .rZ.forEach((pct, k) => lines.push(`${String(pct).padStart(3)} %  ${r.cpuWatts[k].toFixed(2).padStart(7)}`));
    return lines.join('\n');
}
function parseChoice(option, choices) {
    return (value) => {
        if (!choices.includes(value))
            throw new commander__WEBPACK_IMPORTED_MODULE_1__/* .InvalidArgumentError */ .Di(`${option} is "${value}"; expected ${choices.join(' or ')}`);
        return value;
    };
}
function readCpuinfoFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new Error(`--cpuinfo ${path}: cannot read it (${err.code ?? err.message})`, { cause: err });
    }
}
function registerPowerModelCommand(program) {
    program
        .command('power-model')
        .description('Print the SPECpower-fitted whole-server power curve (W at 0, 10 … 100 % load) for a CPU; with --vm or ' +
        '--bare, the CPU curve and memory power measure would use on that machine')
        .option('--vm', 'the machine is a VM: find its host and charge its share (cpuWatts, memoryWatts, host, share, assumptions)')
        .option('--bare', 'the machine is bare metal: it is the whole server')
        .option('--cpu <name>', 'CPU model name, as /proc/cpuinfo reports it')
        .option('--cpuinfo <file>', 'a captured /proc/cpuinfo, read as the machine would read it (with --vm/--bare)')
        .option('--sockets <n>', 'CPU sockets (chips)', parsePositiveInt('--sockets'))
        .option('--cores <n>', 'physical cores, all sockets', parsePositiveInt('--cores'))
        .option('--threads <n>', 'hardware threads, all sockets', parsePositiveInt('--threads'))
        .option('--memory-gb <n>', 'memory, GB', parsePositiveNumber('--memory-gb'))
        .option('--provider <provider>', 'cloud provider of the machine: azure, aws or gcp (with --vm/--bare)', parseChoice('--provider', ['azure', 'aws', 'gcp']))
        .option('--arch <arch>', 'CPU architecture: x64 or arm64 (with --vm/--bare)', parseChoice('--arch', ['x64', 'arm64']))
        .option('--instance-type <type>', 'instance type or VM size, as cloud metadata gives it (with --vm and --provider)')
        .option('--json', 'one JSON line instead of a table')
        .option('--batch <file>', 'JSON lines {"cpu","sockets","cores","threads","memoryGb"} in, one JSON line out each')
        .action((opts) => {
        try {
            if (opts.vm && opts.bare)
                throw new Error('--vm and --bare exclude each other; give one');
            if (opts.vm || opts.bare) {
                if (opts.batch)
                    throw new Error('--batch answers whole servers; it does not combine with --vm or --bare');
                const report = machinePowerReport({
                    kind: opts.vm ? 'vm' : 'bare',
                    cpu: opts.cpu,
                    cpuinfoText: opts.cpuinfo !== undefined ? readCpuinfoFile(opts.cpuinfo) : undefined,
                    threads: opts.threads,
                    cores: opts.cores,
                    sockets: opts.sockets,
                    memoryGb: opts.memoryGb,
                    provider: opts.provider,
                    arch: opts.arch,
                    instanceType: opts.instanceType,
                });
                process.stdout.write(`${opts.json ? JSON.stringify(report) : formatMachinePowerTable(report)}\n`);
                return;
            }
            if (opts.cpuinfo || opts.provider || opts.arch || opts.instanceType) {
                throw new Error('--cpuinfo, --provider, --arch and --instance-type describe a machine: add --vm or --bare');
            }
            if (opts.batch) {
                const lines = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(opts.batch, 'utf8').split('\n');
                for (const l of runBatch(lines))
                    process.stdout.write(`${l}\n`);
                return;
            }
            if (!opts.cpu)
                throw new Error('--cpu is required (or --batch <file>)');
            const report = powerModelReport({
                cpu: opts.cpu,
                sockets: opts.sockets,
                cores: opts.cores,
                threads: opts.threads,
                memoryGb: opts.memoryGb,
            });
            process.stdout.write(`${opts.json ? JSON.stringify(report) : formatPowerModelTable(report)}\n`);
        }
        catch (err) {
            process.stderr.write(`carbon-action power-model: ${err.message}\n`);
            process.exitCode = 2;
        }
    });
}


/***/ }),

/***/ 1940:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  W: () => (/* binding */ registerRegionsCommand)
});

// UNUSED EXPORTS: renderRegionTable

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __nccwpck_require__(8179);
// EXTERNAL MODULE: ./src/carbon/data.ts
var data = __nccwpck_require__(61);
// EXTERNAL MODULE: ./src/carbon/intensity-figures.ts
var intensity_figures = __nccwpck_require__(7496);
;// CONCATENATED MODULE: ./src/carbon/region-list.ts
// The table behind `carbon-action regions`: every cloud region carbon-action knows, with the
// grid zone it maps to and the yearly figure a run there gets by default.


function listRegions(provider) {
    if (provider !== undefined && !data/* PROVIDERS */.xq.includes(provider)) {
        throw new Error(`--provider: "${String(provider)}" is not a cloud provider; accepted: ${data/* PROVIDERS */.xq.join(', ')}`);
    }
    return (0,data/* regionsData */.YI)()
        .filter((r) => provider === undefined || r.provider === provider)
        .map((r) => {
        let figure;
        try {
            const f = (0,intensity_figures/* zoneFigure */.ZZ)(r.zone);
            figure = { gPerKWh: f.gPerKWh, year: f.year, source: f.source };
        }
        catch {
            figure = { gPerKWh: null, year: null, source: `no Electricity Maps figure for zone ${r.zone}` };
        }
        const g = r.provider === 'gcp' ? (0,intensity_figures/* googleFigure */.k6)(r.region) : undefined;
        return {
            id: r.id,
            provider: r.provider,
            location: r.displayName || r.city,
            zone: r.zone,
            ...figure,
            ...(g ? { google: { gPerKWh: g.gPerKWh, year: g.year, source: g.source } } : {}),
        };
    })
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/cli/regions-command.ts
// `carbon-action regions [--provider azure|aws|gcp] [--json]`: the valid region names, so a
// user can pick `--region` / `region:` without reading source files.



function renderRegionTable(rows) {
    const header = ['region', 'location', 'zone', 'g/kWh', 'year', 'google g/kWh'];
    const cells = rows.map((r) => [
        r.id,
        r.location,
        r.zone,
        r.gPerKWh === null ? '–' : String(r.gPerKWh),
        r.year === null ? '–' : String(r.year),
        r.google ? `${r.google.gPerKWh} (${r.google.year})` : '',
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
    const line = (c) => c
        .map((x, i) => (i === 3 || i === 4 ? x.padStart(widths[i]) : x.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const out = [line(header), ...cells.map(line)];
    out.push('', `${rows.length} region${rows.length === 1 ? '' : 's'}. g/kWh: Electricity Maps yearly average for the zone ` +
        `(lifecycle), via @tgwf/co2, ODbL.`, 'google g/kWh: Google Cloud region-carbon-info yearly figure (operational), used with --grid-source google.', 'Also accepted: zone:<Electricity Maps zone> and country:<ISO code>. --json gives each row with its full source.');
    return out.join('\n') + '\n';
}
function registerRegionsCommand(program) {
    program
        .command('regions')
        .description('list every known cloud region with its grid zone, yearly intensity and source')
        .addOption(new esm/* Option */.c$('--provider <provider>', 'only this cloud provider').choices([...data/* PROVIDERS */.xq]))
        .option('--json', 'print JSON (one object per region, with its source)', false)
        .action((o) => {
        const rows = listRegions(o.provider);
        process.stdout.write(o.json ? JSON.stringify(rows, null, 2) + '\n' : renderRegionTable(rows));
    });
}


/***/ }),

/***/ 8906:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t: () => (/* binding */ registerReportCommand)
});

// UNUSED EXPORTS: loadReportFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __nccwpck_require__(8179);
// EXTERNAL MODULE: ./src/report/shell-quote.ts
var shell_quote = __nccwpck_require__(881);
// EXTERNAL MODULE: ./src/report/describe.ts
var describe = __nccwpck_require__(313);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
// EXTERNAL MODULE: ./src/report/format.ts
var report_format = __nccwpck_require__(2011);
;// CONCATENATED MODULE: ./src/report/mermaid.ts
// Small Mermaid `xychart-beta` charts for the PR comment and job summary (GitHub renders
// ```mermaid fences). Every label goes through escapeMermaidLabel; numbers are plain.


const MAX_CHART_POINTS = 120;
const fence = (lines) => ['```mermaid', ...lines, '```'].join('\n');
/** Keeps at most `max` points, evenly spaced, always including the first and last. */
function thinPoints(points, max) {
    if (points.length <= max)
        return points;
    if (max <= 1)
        return points.slice(0, Math.max(0, max));
    const out = [];
    for (let i = 0; i < max; i++)
        out.push(points[Math.round((i * (points.length - 1)) / (max - 1))]);
    return out;
}
/** A round upper bound for the y-axis (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^n) so the chart doesn't clip the peak. */
function niceCeiling(value) {
    if (!Number.isFinite(value) || value <= 0)
        return 1;
    const exponent = Math.floor(Math.log10(value));
    const base = 10 ** exponent;
    for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])
        if (step * base >= value)
            return step * base;
    return 10 * base;
}
/** Power that moved less than this fraction of its mean (max − min) is "steady": a chart of it says nothing. */
const STEADY_POWER_MAX_SPREAD = 0.05;
/** True when the timeline's spread (max − min) is under STEADY_POWER_MAX_SPREAD of its mean. */
function isSteadyPower(timeline) {
    const powers = timeline.map((p) => p.powerW).filter((w) => Number.isFinite(w));
    if (powers.length < 2)
        return false;
    const meanW = powers.reduce((a, w) => a + w, 0) / powers.length;
    if (meanW <= 0)
        return false;
    return (Math.max(...powers) - Math.min(...powers)) / meanW < STEADY_POWER_MAX_SPREAD;
}
/**
 * Whole-machine power over time. The x-axis is numeric (minutes since the start of metering);
 * xychart-beta spreads the series evenly over it, which matches the evenly downsampled timeline.
 * Returns null when there are fewer than 2 points (nothing to draw).
 */
function powerChart(timeline, title = 'Power draw') {
    const points = thinPoints(timeline.filter((p) => Number.isFinite(p.tS) && Number.isFinite(p.powerW)), MAX_CHART_POINTS);
    if (points.length < 2)
        return null;
    const lastMin = points[points.length - 1].tS / 60;
    const firstMin = points[0].tS / 60;
    const peakW = Math.max(...points.map((p) => p.powerW));
    return fence([
        'xychart-beta',
        `    title "${(0,report_escape/* escapeMermaidLabel */.x2)(title)}"`,
        `    x-axis "Time (min)" ${(0,report_format/* formatPlainNumber */.Jr)(firstMin, 2)} --> ` +
            `${(0,report_format/* formatPlainNumber */.Jr)(Math.max(lastMin, firstMin + 0.01), 2)}`,
        `    y-axis "Power (W)" 0 --> ${(0,report_format/* formatPlainNumber */.Jr)(niceCeiling(peakW * 1.05), 3)}`,
        `    line [${points.map((p) => (0,report_format/* formatPlainNumber */.Jr)(Math.max(0, p.powerW), 2)).join(', ')}]`,
    ]);
}
/**
 * CO2e per run: the base branch's last runs (oldest first) as bars, then this run, with the
 * base median as a line, so a reviewer sees whether the change bends the curve.
 * Returns null without a trend.
 */
function trendChart(comparison, currentCo2eG) {
    if (!comparison.trend || comparison.trend.length === 0)
        return null;
    const base = thinPoints(comparison.trend, MAX_CHART_POINTS - 1);
    // Categories must be unique (a band scale merges duplicates), so each carries its index.
    const labels = base.map((run, i) => {
        const sha = typeof run.sha === 'string' ? run.sha.slice(0, 7) : '';
        return (0,report_escape/* escapeMermaidLabel */.x2)(sha ? `${i + 1} ${sha}` : `base ${i + 1}`, 20);
    });
    labels.push('this run');
    const valuesG = [...base.map((run) => run.co2eG), currentCo2eG].map((g) => (Number.isFinite(g) ? Math.max(0, g) : 0));
    const medianG = Number.isFinite(comparison.co2eG.baseMedian) ? comparison.co2eG.baseMedian : 0;
    // Sub-gram runs are charted in mg so the bars don't all round to 0.
    const inMg = Math.max(...valuesG, medianG) < 1;
    const unit = inMg ? 'mg' : 'g';
    const values = valuesG.map((g) => (inMg ? g * 1000 : g));
    const median = inMg ? medianG * 1000 : medianG;
    const top = niceCeiling(Math.max(...values, median) * 1.05);
    return fence([
        'xychart-beta',
        `    title "CO2e per run: ${(0,report_escape/* escapeMermaidLabel */.x2)(comparison.baseBranch, 40)} vs this run"`,
        `    x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
        `    y-axis "CO2e (${unit})" 0 --> ${(0,report_format/* formatPlainNumber */.Jr)(top, 4)}`,
        `    bar [${values.map((g) => (0,report_format/* formatPlainNumber */.Jr)(g, 3)).join(', ')}]`,
        `    line [${values.map(() => (0,report_format/* formatPlainNumber */.Jr)(median, 3)).join(', ')}]`,
    ]);
}

// EXTERNAL MODULE: ./src/units/convert.ts
var convert = __nccwpck_require__(1476);
;// CONCATENATED MODULE: ./src/report/markdown.ts
// Markdown for the job summary and the sticky PR comment. Every string that did not come
// from this file goes through escapeMarkdown; numbers go through format.ts.





/** GitHub's limit for an issue comment body (characters). */
const COMMENT_MAX_CHARS = 65_536;
/** Steps listed in the folded table before the rest is summed as "other steps". */
const DEFAULT_TOP_STEPS = 50;
const MAX_NOTES = 20;
const NOTE_MAX_LENGTH = 500;
const DETAIL_MAX_LENGTH = 500;
const esc = (text, maxLength) => (0,report_escape/* escapeMarkdown */.FV)(text, { maxLength });
// ---------------------------------------------------------------- headline and comparison
const UP = '🔺';
const DOWN = '🔻';
const NOISE = '〰️';
/** "🔺 +1.20 g (+12.0 %)", "🔻 −400 mg (−4.0 %)", or "〰️ within noise (+0.10 g, +1.0 %)". */
function changeText(metric, format) {
    const abs = (0,report_format/* formatSigned */.Gp)(metric.deltaAbs, format);
    const pct = metric.deltaPercent === null ? null : (0,report_format/* formatPercent */.l9)(metric.deltaPercent);
    if (metric.withinNoise)
        return `${NOISE} within noise (${pct === null ? abs : `${abs}, ${pct}`})`;
    const icon = metric.deltaAbs > 0 ? UP : metric.deltaAbs < 0 ? DOWN : '';
    return `${icon ? `${icon} ` : ''}${abs}${pct === null ? '' : ` (${pct})`}`;
}
/**
 * One verdict in words, on energy (CO2e also moves with the grid figure, which is not the
 * code's doing): "no significant change" inside the base runs' own range, else the change.
 * Plain text: it is what the notification e-mail shows.
 */
function verdictText(comparison) {
    if (!comparison)
        return null;
    if (!comparison.available) {
        const reason = comparison.reason && comparison.reason !== 'no baseline yet' ? ` (${esc(comparison.reason)})` : '';
        // "yet" only when nothing was saved; an outage is not the same as a first run.
        const yet = !comparison.reason || comparison.reason.startsWith('no baseline yet') ? ' yet' : '';
        return `no baseline${yet}${comparison.baseBranch ? ` for ${esc(comparison.baseBranch, 60)}` : ''}${reason}`;
    }
    const m = comparison.energyWh;
    const base = esc(comparison.baseBranch, 60);
    const change = m.deltaPercent === null ? (0,report_format/* formatSigned */.Gp)(m.deltaAbs, report_format/* formatEnergyWh */.jD) : (0,report_format/* formatPercent */.l9)(m.deltaPercent);
    const runs = `${comparison.runs} run${comparison.runs === 1 ? '' : 's'}`;
    // Under 3 base runs the spread says nothing about noise (see the comparison's basis note).
    if (comparison.basis && !comparison.basis.noiseKnown)
        return `${change} energy vs ${base}, noise not known yet (${runs})`;
    if (m.withinNoise)
        return `no significant change vs ${base} (energy inside the range of its last ${runs})`;
    return `${change} energy vs ${base}, outside the base range`;
}
/** The first visible line: where, how much, and the verdict, readable as plain text. */
function headlineLine(report, comparison) {
    const figures = `${(0,report_format/* formatMassG */.bc)(report.co2eG.total)} CO2e, ${(0,report_format/* formatEnergyWh */.jD)(report.energyWh.total)} ` +
        `in ${(0,report_format/* formatDurationS */.De)(report.durationS)}`;
    const verdict = verdictText(comparison);
    return `🌱 Carbon footprint${whereText(report)}: ${figures}${verdict ? ` — ${verdict}` : ''}.`;
}
function comparisonTable(comparison) {
    if (!comparison?.available)
        return [];
    const c = comparison;
    const lines = [];
    lines.push(`| | This run | ${esc(c.baseBranch, 60)} median | Change | ` +
        `${esc(c.baseBranch, 60)} range (${c.runs} run${c.runs === 1 ? '' : 's'}) |`);
    lines.push('|---|---:|---:|---|---|');
    const metricRow = (label, m, f) => `| ${label} | ${f(m.current)} | ${f(m.baseMedian)} | ${changeText(m, f)} | ${f(m.baseMin)} – ${f(m.baseMax)} |`;
    lines.push(metricRow('CO2e', c.co2eG, report_format/* formatMassG */.bc));
    lines.push(metricRow('Energy', c.energyWh, report_format/* formatEnergyWh */.jD));
    lines.push(...likeForLikeLines(c));
    return lines;
}
function worldAverageWarning(report) {
    if (report.intensity.decidedBy !== 'world-average')
        return [];
    const text = report.intensity.assumption ?? 'No region known: the world-average grid intensity was used.';
    return [`> [!WARNING]\n> ${esc(text, DETAIL_MAX_LENGTH)}`];
}
/** The CPU-seconds row (hardware-neutral work beside the energy) and how the base runs were made comparable. */
function likeForLikeLines(c) {
    const lines = [];
    if (c.cpuSeconds) {
        const m = c.cpuSeconds;
        lines.push(`| CPU-seconds | ${(0,report_format/* formatDurationS */.De)(m.current)} | ${(0,report_format/* formatDurationS */.De)(m.baseMedian)} | ` +
            `${changeText(m, report_format/* formatDurationS */.De)} | ${(0,report_format/* formatDurationS */.De)(m.baseMin)} – ${(0,report_format/* formatDurationS */.De)(m.baseMax)} |`);
    }
    if (c.basis) {
        const icon = c.basis.mode === 'as-recorded' ? '⚠️' : '⚖️';
        const noise = c.basis.noiseKnown
            ? ''
            : ` Noise not known yet: ${c.runs} base run${c.runs === 1 ? '' : 's'}, the spread needs 3.`;
        lines.push('', `${icon} ${esc(c.basis.note, DETAIL_MAX_LENGTH)}${noise}`);
    }
    return lines;
}
// ---------------------------------------------------------------- budgets
const BUDGET_LABELS = {
    co2e: 'CO2e per job',
    energy: 'Energy per job',
    'max-increase': 'Increase vs base median',
};
function budgetFigure(kind, value) {
    if (value === null)
        return '—';
    if (kind === 'co2e')
        return (0,report_format/* formatMassG */.bc)(value);
    if (kind === 'energy')
        return (0,report_format/* formatEnergyWh */.jD)(value);
    return (0,report_format/* formatPercent */.l9)(value);
}
function budgetStatus(b, mode) {
    const note = b.note ? `: ${esc(b.note)}` : '';
    if (b.status === 'pass')
        return `✅ pass${note}`;
    if (b.status === 'skipped')
        return `⏭️ skipped${note}`;
    return `${mode === 'warn' ? '⚠️ exceeded (warning only)' : '❌ exceeded'}${note}`;
}
function budgetSection(gate) {
    if (!gate || gate.budgets.length === 0)
        return [];
    const lines = ['#### Budgets', '', '| Budget | Limit | Actual | Status |', '|---|---:|---:|---|'];
    for (const b of gate.budgets) {
        const limit = b.kind === 'max-increase' ? `+${esc(b.limitText, 40)}` : esc(b.limitText, 40);
        lines.push(`| ${BUDGET_LABELS[b.kind]} | ${limit} | ${budgetFigure(b.kind, b.actual)} | ${budgetStatus(b, gate.mode)} |`);
    }
    if (gate.exceeded && gate.mode === 'warn')
        lines.push('', '_fail-on-budget is false: the job was not failed._');
    return lines;
}
// ---------------------------------------------------------------- steps
/** Steps sorted by energy (highest first); beyond `top`, summed into one "other steps" row. */
function topStepRows(steps, top) {
    const sorted = [...steps].sort((a, b) => b.energyWh - a.energyWh || a.number - b.number);
    const shown = sorted.slice(0, Math.max(0, top));
    const rest = sorted.slice(shown.length);
    if (rest.length === 0)
        return { shown, other: null };
    const other = { count: rest.length, durationS: 0, energyWh: 0, co2eG: 0 };
    for (const s of rest) {
        other.durationS += s.durationS;
        other.energyWh += s.energyWh;
        other.co2eG += s.co2eG;
    }
    return { shown, other };
}
/**
 * Metered energy and time that fell in no step: job set-up before the first step, post steps, the gaps between steps.
 */
function outsideSteps(steps, totalEnergyWh, totalDurationS) {
    const stepWh = steps.reduce((sum, s) => sum + s.energyWh, 0);
    const stepS = steps.reduce((sum, s) => sum + s.durationS, 0);
    // GitHub's whole-second step times can overshoot the metered period a little: never negative.
    return { energyWh: Math.max(0, totalEnergyWh - stepWh), durationS: Math.max(0, totalDurationS - stepS) };
}
const OUTSIDE_STEPS_LABEL = 'outside steps (set-up, post steps, time between steps)';
/** Rows shown before the rest is folded into "All steps". */
const VISIBLE_TOP_STEPS = 5;
function stepTable(report, top) {
    const steps = report.steps ?? [];
    const { shown, other } = topStepRows(steps, top);
    const outside = outsideSteps(steps, report.energyWh.total, report.durationS);
    const stepTotalWh = steps.reduce((sum, s) => sum + s.energyWh, 0);
    // Shares of everything metered, so that with the "outside steps" row they sum to 100 %.
    const denominatorWh = stepTotalWh + outside.energyWh;
    const share = (wh) => (denominatorWh > 0 ? (0,report_format/* formatShare */.T1)(wh / denominatorWh) : '—');
    const co2eG = (wh) => (0,convert/* co2eGFromWh */.M7)(wh * report.pue.value, report.intensity.gPerKWh);
    const lines = ['| Step | Duration | Energy | CO2e | Share |', '|---|---:|---:|---:|---:|'];
    for (const s of shown) {
        lines.push(`| ${esc(s.name, 100)} | ${(0,report_format/* formatDurationS */.De)(s.durationS)} | ${(0,report_format/* formatEnergyWh */.jD)(s.energyWh)} | ` +
            `${(0,report_format/* formatMassG */.bc)(s.co2eG)} | ${share(s.energyWh)} |`);
    }
    if (other) {
        lines.push(`| _other steps (${other.count})_ | ${(0,report_format/* formatDurationS */.De)(other.durationS)} | ${(0,report_format/* formatEnergyWh */.jD)(other.energyWh)} | ` +
            `${(0,report_format/* formatMassG */.bc)(other.co2eG)} | ${share(other.energyWh)} |`);
    }
    lines.push(`| _${OUTSIDE_STEPS_LABEL}_ | ${(0,report_format/* formatDurationS */.De)(outside.durationS)} | ${(0,report_format/* formatEnergyWh */.jD)(outside.energyWh)} | ` +
        `${(0,report_format/* formatMassG */.bc)(co2eG(outside.energyWh))} | ${share(outside.energyWh)} |`);
    return lines;
}
/** The top steps in view; every step (up to `top`) folded below when there are more. */
function stepSection(report, top, detailsOpen) {
    const steps = report.steps ?? [];
    if (steps.length === 0 || top <= 0)
        return [];
    const visible = Math.min(top, VISIBLE_TOP_STEPS);
    const title = steps.length > visible ? `#### Top ${visible} of ${steps.length} steps by energy` : '#### Steps by energy';
    const lines = [title, '', ...stepTable(report, visible)];
    if (steps.length > visible && top > visible) {
        const listed = Math.min(top, steps.length);
        const summary = listed < steps.length ? `Top ${listed} of ${steps.length} steps` : `All ${steps.length} steps`;
        lines.push('', `<details${detailsOpen ? ' open' : ''}><summary>${summary}</summary>`, '', ...stepTable(report, top), '', '</details>');
    }
    return lines;
}
// ---------------------------------------------------------------- equivalents, regions, charts
function equivalentsAndRegions(report) {
    const lines = [];
    if (report.equivalents.length > 0) {
        lines.push(`That is about ${report.equivalents.map((e) => esc(e.text)).join(', or ')}.`);
    }
    if (report.greenerRegions.length > 0) {
        if (lines.length > 0)
            lines.push('');
        const [best, ...others] = report.greenerRegions;
        lines.push(`💡 ${(0,describe/* capitalise */.sK)(esc((0,describe/* greenerRegionText */.Ws)(best, report.co2eG.operational)))}.`);
        for (const r of others)
            lines.push(`- ${esc((0,describe/* greenerRegionText */.Ws)(r, report.co2eG.operational))}`);
    }
    if (lines.length === 0)
        return [];
    const summary = report.greenerRegions.length > 0 ? 'Equivalents and greener regions' : 'Equivalents';
    return [`<details><summary>${summary}</summary>`, '', ...lines, '', '</details>'];
}
function chartSection(report, comparison, includeTimeline, includeTrend) {
    const charts = [];
    const names = [];
    const lines = [];
    if (isSteadyPower(report.samples.timeline)) {
        lines.push(`Power draw: steady at ${(0,report_format/* formatPowerW */.q_)(report.powerW.mean)} ` +
            `(within ${STEADY_POWER_MAX_SPREAD * 100} % of its mean throughout, so no chart).`);
    }
    else if (includeTimeline) {
        const chart = powerChart(report.samples.timeline, 'Whole-machine power draw');
        if (chart) {
            charts.push(`Power over time (mean ${(0,report_format/* formatPowerW */.q_)(report.powerW.mean)}, peak ${(0,report_format/* formatPowerW */.q_)(report.powerW.peak)}):`, '', chart);
            names.push('power over time');
        }
    }
    if (includeTrend && comparison?.available) {
        const chart = trendChart(comparison, report.co2eG.total);
        if (chart) {
            if (charts.length > 0)
                charts.push('');
            const repriced = comparison.basis?.mode === 'repriced' ? ', re-priced on this machine' : '';
            charts.push(`CO2e of the last ${comparison.trend.length} **${esc(comparison.baseBranch)}** run(s)${repriced} ` +
                'and this one (line: base median):', '', chart);
            names.push(`CO2e per run`);
        }
    }
    if (charts.length > 0) {
        if (lines.length > 0)
            lines.push('');
        lines.push(`<details><summary>Charts: ${names.join(', ')}</summary>`, '', ...charts, '', '</details>');
    }
    return lines;
}
// ---------------------------------------------------------------- method details and notes
function methodItems(report) {
    const d = (s) => esc(s, DETAIL_MAX_LENGTH);
    const m = (0,describe/* methodTexts */.aw)(report);
    const items = [`- **CPU**: ${d(m.cpu)}`];
    if (m.cpuScope)
        items.push(`  - Metered: ${d(m.cpuScope)}`);
    if (m.raplNotUsed)
        items.push(`  - RAPL not used: ${d(m.raplNotUsed)}`);
    if (m.cpuRange)
        items.push(`  - CPU energy range: ${d(m.cpuRange)}`);
    const i = report.intensity;
    items.push(`- **Memory**: ${d(m.memory)}`, `- **GPU**: ${d(m.gpu)}`, `- **Region**: ${i.region === null ? 'world average' : d(i.region)}` +
        `${i.zone && i.zone !== i.region ? ` (grid zone ${d(i.zone)})` : ''}, ` +
        d((0,describe/* decidedByText */.XZ)(i.decidedBy, report.kind)), `- **Grid intensity**: ${d(m.intensity)}`, `- **PUE**: ${d(m.pue)}`, `- **Operational CO2e**: ${d(m.operationalFormula)}`, `- **Embodied**: ${d(m.embodiedRule)}`, `- **SCI**: ${(0,report_format/* formatMassG */.bc)(report.sci.gPerRun)} CO2e per run`, `- **Samples**: ${d(m.samples)}`);
    if (i.assumption)
        items.push(`- ⚠️ **Assumption**: ${d(i.assumption)}`);
    return items;
}
function detailsSection(report, open) {
    return [
        `<details${open ? ' open' : ''}><summary>How this was estimated</summary>`,
        '',
        ...methodItems(report),
        '',
        '</details>',
    ];
}
function notesSection(report, notes, open) {
    const all = [...(notes ?? []), ...report.warnings];
    if (all.length === 0)
        return [];
    const shown = all.slice(0, MAX_NOTES).map((n) => `- ${esc(n, NOTE_MAX_LENGTH)}`);
    if (all.length > MAX_NOTES)
        shown.push(`- … and ${all.length - MAX_NOTES} more`);
    return [`<details${open ? ' open' : ''}><summary>Notes (${all.length})</summary>`, '', ...shown, '', '</details>'];
}
/** " of CI / test / node 20", or "" when the report has no context. */
function whereText(report) {
    const c = report.context ?? {};
    const parts = [c.workflow, c.job, c.matrix].filter((p) => typeof p === 'string' && p.length > 0);
    return parts.length > 0 ? ` of ${parts.map((p) => esc(p, 80)).join(' / ')}` : '';
}
function footerLine(report) {
    const c = report.context ?? {};
    const bits = [`carbon-action ${esc(report.tool.version, 40)}`];
    if (c.sha)
        bits.push(`commit ${esc(c.sha.slice(0, 7), 7)}`);
    if (c.runId)
        bits.push(`run ${esc(c.runId, 30)}${c.runAttempt && c.runAttempt !== '1' ? ` attempt ${esc(c.runAttempt, 10)}` : ''}`);
    if (report.machine)
        bits.push(`${esc(report.machine.threads)} vCPU ${esc(report.machine.cpuModel, 80)}`);
    return `<sub>${bits.join(' · ')}</sub>`;
}
// In view: the headline with its verdict, the comparison table, the budget table and the top
// steps. Everything else is folded, each in one <details> of its own.
// `bare`: without the headline and footer, for a lone job's section of the run comment, whose own headline and footer
// say the same.
function assemble(input, detail, detailsOpen, bare = false) {
    const { report, comparison, gate, notes } = input;
    const sections = [
        bare ? [] : [headlineLine(report, comparison)],
        comparisonTable(comparison),
        worldAverageWarning(report),
        budgetSection(gate),
        stepSection(report, detail.topSteps, detailsOpen),
        chartSection(report, comparison, detail.timeline, detail.trend),
        equivalentsAndRegions(report),
        detailsSection(report, detailsOpen),
        notesSection(report, notes, detailsOpen),
        bare ? [] : [footerLine(report)],
    ];
    const out = [];
    for (const s of sections) {
        if (s.length === 0)
            continue;
        if (out.length > 0)
            out.push('');
        out.push(...s);
    }
    return out;
}
/** Detail levels from richest to leanest: the timeline goes first, then steps beyond the top N, then the rest. */
function detailLadder(topSteps) {
    const ladder = [
        { timeline: true, trend: true, topSteps },
        { timeline: false, trend: true, topSteps },
    ];
    if (topSteps > DEFAULT_TOP_STEPS)
        ladder.push({ timeline: false, trend: true, topSteps: DEFAULT_TOP_STEPS });
    if (topSteps > VISIBLE_TOP_STEPS)
        ladder.push({ timeline: false, trend: true, topSteps: VISIBLE_TOP_STEPS });
    ladder.push({ timeline: false, trend: false, topSteps: Math.min(topSteps, 3) }, { timeline: false, trend: false, topSteps: 0 });
    return ladder;
}
/** Cuts at a line boundary (never mid-Markdown) and closes an open <details>. Last resort. */
function hardCap(body, maxChars) {
    const tail = '\n\n_(truncated to fit the comment size limit)_';
    const closer = '\n\n</details>';
    if (body.length <= maxChars)
        return body;
    let cut = body.slice(0, Math.max(0, maxChars - tail.length - closer.length));
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    const opened = (cut.match(/<details/g) ?? []).length;
    const closed = (cut.match(/<\/details>/g) ?? []).length;
    return cut + (opened > closed ? closer : '') + tail;
}
function renderWithinCap(input, prefix, detailsOpen, maxChars) {
    const top = input.topSteps ?? DEFAULT_TOP_STEPS;
    let body = '';
    for (const detail of detailLadder(top)) {
        body = [...prefix, ...assemble(input, detail, detailsOpen)].join('\n') + '\n';
        if (body.length <= maxChars)
            return body;
    }
    return hardCap(body, maxChars);
}
/** Markdown for $GITHUB_STEP_SUMMARY (method details expanded). */
function renderSummary(input) {
    return renderWithinCap(input, [], true, 1024 * 1024);
}
/**
 * The sticky PR comment: line 1 is the hidden marker, the body never exceeds `maxChars`
 * (65,536), dropping the timeline chart first, then steps beyond the top N.
 */
function renderComment(input) {
    const marker = input.marker.replace(/[\r\n]+/g, ' ');
    return renderWithinCap(input, [marker, ''], false, input.maxChars ?? COMMENT_MAX_CHARS);
}
/**
 * What the per-job comment shows below its headline (comparison, budgets, steps, charts, equivalents, method, notes):
 * a lone job's section of the run comment. The richest detail level that fits `maxChars`, or null when none does.
 */
function renderJobDetail(input, maxChars) {
    for (const detail of detailLadder(input.topSteps ?? DEFAULT_TOP_STEPS)) {
        const body = assemble(input, detail, false, true).join('\n');
        if (body.length <= maxChars)
            return body;
    }
    return null;
}

// EXTERNAL MODULE: ./src/schema/read-report.ts
var read_report = __nccwpck_require__(8878);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(5655);
;// CONCATENATED MODULE: ./src/cli/report-command.ts
// `carbon-action report <report.json>`: re-render a saved JSON report as text or Markdown.







/** A JSON Lines history (one report per line) given where one report is expected. */
function looksLikeHistory(path, text) {
    if ((0,external_node_path_.extname)(path).toLowerCase() === '.jsonl')
        return true;
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    if (lines.length < 2)
        return false;
    try {
        JSON.parse(lines[0]);
        return true;
    }
    catch {
        return false;
    }
}
function loadReportFile(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8').replace(/^\uFEFF/, '');
    }
    catch (err) {
        throw new Error(`report: cannot read ${path}: ${err.message}`, { cause: err });
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        if (looksLikeHistory(path, text)) {
            throw new esm/* CommanderError */.b7(2, 'carbon-action.historyGiven', `error: report: ${path} is a history (JSON Lines, one run per line); report takes one report file (measure ` +
                `--json, or the action's report.json). ` +
                `For a history use: carbon-action export --format csv --history ${(0,shell_quote/* shellQuoteWord */.R)(path)}, or carbon-action ` +
                `dashboard --history ${(0,shell_quote/* shellQuoteWord */.R)(path)}`);
        }
        throw new Error(`report: ${path} is not valid JSON (${err.message}); report takes one report file written by ` +
            `measure --json or by the action`, { cause: err });
    }
    const checked = (0,read_report/* checkReport */.pA)(parsed);
    if (!checked.ok)
        throw new Error(checked.newer !== undefined
            ? `report: ${path}: ${checked.reason}`
            : `report: ${path} is not a carbon-action report: ${checked.reason}`);
    return checked.report;
}
function registerReportCommand(program) {
    program
        .command('report')
        .description('render a saved JSON report as text or Markdown')
        .argument('<report.json>', 'a report written by measure --json or by the action')
        .addOption(new esm/* Option */.c$('--format <format>', 'output format').choices(['text', 'markdown']).default('text'))
        .action((file, o) => {
        const report = loadReportFile(file);
        process.stdout.write((o.format === 'markdown' ? renderSummary({ report }) : (0,report_text/* renderText */.S)(report)) + '\n');
    });
}


/***/ }),

/***/ 4425:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ZJ: () => (/* binding */ loadDataJson),
  Zl: () => (/* binding */ packageRoot)
});

// UNUSED EXPORTS: dataFilePath

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/data-files.ts



// data/ sits at the package root. From src/ (tests, tsx) it is one level up, from the
// bundles in dist/<entry>/ two levels up, so walk up until data/SOURCES.md is found.
// The files are read at run time rather than bundled so that ODbL and CC BY-SA data
// stay in their own files with their attribution.
let cachedRoot;
function packageRoot() {
    if (cachedRoot)
        return cachedRoot;
    let dir = (0,external_node_path_.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'data', 'SOURCES.md')))
            return (cachedRoot = dir);
        dir = (0,external_node_path_.dirname)(dir);
    }
    throw new Error(`carbon-action: cannot find its data/ folder above ${(0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)}`);
}
function dataFilePath(name) {
    return (0,external_node_path_.join)(packageRoot(), 'data', name);
}
const cache = new Map();
/** Reads and parses data/<name>.json once per process. */
function loadDataJson(name) {
    if (!cache.has(name)) {
        const path = dataFilePath(name);
        try {
            cache.set(name, JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')));
        }
        catch (err) {
            throw new Error(`carbon-action: data file ${path} could not be loaded: ${err.message}`, {
                cause: err,
            });
        }
    }
    return cache.get(name);
}


/***/ }),

/***/ 5944:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wp: () => (/* binding */ usageError),
/* harmony export */   Wr: () => (/* binding */ processIo),
/* harmony export */   t: () => (/* binding */ HISTORY_ACCEPTS),
/* harmony export */   t2: () => (/* binding */ runOnHistory)
/* harmony export */ });
/* unused harmony exports summariseRead, warnLeftOut, failCommand */
/* harmony import */ var _read_history__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9437);

const processIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
};
const HISTORY_ACCEPTS = 'one or more directories (searched for *.jsonl and *.json), .jsonl history files or .json reports';
/** "1,234 runs from 3 files (2 lines skipped)". */
function summariseRead(read) {
    const runs = `${read.reports.length.toLocaleString('en-US')} run${read.reports.length === 1 ? '' : 's'}`;
    const files = `${read.files} file${read.files === 1 ? '' : 's'}`;
    const left = [];
    if (read.skipped)
        left.push(`${read.skipped} line${read.skipped === 1 ? '' : 's'} skipped`);
    if (read.refused.length)
        left.push(`${read.refused.length} from a newer carbon-action refused`);
    return `${runs} from ${files}${left.length ? ` (${left.join(', ')})` : ''}`;
}
function warnLeftOut(command, read, io) {
    const line = (0,_read_history__WEBPACK_IMPORTED_MODULE_0__/* .describeLeftOut */ .l1)(read);
    if (line)
        io.stderr(`${command}: warning: ${line}\n`);
}
/** Reports a failure on stderr and sets the exit code; returns nothing to keep callers short. */
function failCommand(command, err, io) {
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`${command}: ${message}\n`);
    process.exitCode = err instanceof _read_history__WEBPACK_IMPORTED_MODULE_0__/* .HistoryPathError */ .qN ? 2 : 1;
}
function usageError(command, message, io) {
    io.stderr(`${command}: ${message}\n`);
    process.exitCode = 2;
}
/**
 * The history commands' common run once their own options are checked: --history is required, then the work runs,
 * what was left out is warned of, and the read is summarised as "<command>: <summary> → <destination>".
 */
async function runOnHistory(command, history, io, work) {
    if (!history?.length) {
        usageError(command, `--history is required: ${HISTORY_ACCEPTS}`, io);
        return;
    }
    try {
        const { read, destination } = await work(history);
        warnLeftOut(command, read, io);
        io.stderr(`${command}: ${summariseRead(read)} → ${destination}\n`);
    }
    catch (err) {
        failCommand(command, err, io);
    }
}


/***/ }),

/***/ 9437:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qN: () => (/* binding */ HistoryPathError),
  dS: () => (/* binding */ assertSomeRuns),
  l1: () => (/* binding */ describeLeftOut),
  X_: () => (/* binding */ readHistories)
});

// UNUSED EXPORTS: MAX_SKIPPED_DETAILS, NewerSchemaError, NoRunsError, listHistoryFiles

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
// EXTERNAL MODULE: ./src/schema/read-report.ts
var read_report = __nccwpck_require__(8878);
;// CONCATENATED MODULE: ./src/history/slim-report.ts
/**
 * A report as a history line keeps it: no timeline and no steps. Every append re-uploads the
 * whole history file, and the dashboard reads only the totals; the job's own report keeps both.
 */
function slimReport(r) {
    return slimValue(r);
}
/**
 * The same slimming on a value not yet checked (a line read back from history, before the schema
 * reads it): anything that is not an object, or has no object `samples`, is left as it is there.
 */
function slimValue(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return value;
    const { steps: _steps, ...rest } = value;
    const samples = rest.samples;
    // A report read back from an old or hand-edited file may lack samples.
    if (typeof samples === 'object' && samples !== null && !Array.isArray(samples))
        rest.samples = { ...samples, timeline: [] };
    return rest;
}

;// CONCATENATED MODULE: ./src/history/read-history.ts






const MAX_SKIPPED_DETAILS = 20;
class NewerSchemaError extends Error {
    refused;
    constructor(refused) {
        super(`${refused[0].reason}${refused.length > 1 ? ` (and ${refused.length - 1} more such lines)` : ''}`);
        this.refused = refused;
        this.name = 'NewerSchemaError';
    }
}
/** A --history path that does not exist or is not a history file: a usage error. */
class HistoryPathError extends Error {
    constructor(message) {
        super(message);
        this.name = 'HistoryPathError';
    }
}
/** Nothing usable in the given paths: the dashboard and the export stop rather than write an empty result. */
class NoRunsError extends Error {
    constructor(message) {
        super(message);
        this.name = 'NoRunsError';
    }
}
/**
 * Throws NoRunsError when not one run was read, saying why (no files, or every line unusable);
 * a read with some good runs passes, and its bad lines become a warning (describeLeftOut).
 */
function assertSomeRuns(read, paths) {
    if (read.reports.length > 0)
        return;
    const where = paths.map((p) => JSON.stringify(p)).join(', ');
    if (read.files === 0)
        throw new NoRunsError(`no run could be read: no .jsonl or .json file in ${where}`);
    const first = read.skippedLines[0];
    const why = first ? `; first: line ${first.line} of ${first.path}: ${first.reason}` : '';
    throw new NoRunsError(`no run could be read from ${read.files} file${read.files === 1 ? '' : 's'} in ${where}: ` +
        `${read.skipped} line${read.skipped === 1 ? '' : 's'} not a carbon-action report${why}`);
}
const HISTORY_EXTENSIONS = new Set(['.jsonl', '.json']);
/** Every history file under the given paths: directories are walked, files taken as given. */
async function listHistoryFiles(paths) {
    const files = [];
    for (const p of paths) {
        let info;
        try {
            info = await (0,promises_.stat)(p);
        }
        catch {
            throw new HistoryPathError(`history path ${JSON.stringify(p)} does not exist; give a directory, a .jsonl file or a .json report`);
        }
        if (info.isDirectory())
            files.push(...(await walk(p)));
        else if (HISTORY_EXTENSIONS.has((0,external_node_path_.extname)(p).toLowerCase()))
            files.push(p);
        else
            throw new HistoryPathError(`history path ${JSON.stringify(p)} is not a directory, a .jsonl file or a .json report`);
    }
    return [...new Set(files)];
}
async function walk(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const out = [];
    for (const e of entries) {
        // .git, node_modules and the like never hold histories and can be huge.
        if (e.name.startsWith('.') || e.name === 'node_modules')
            continue;
        const full = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory())
            out.push(...(await walk(full)));
        else if (e.isFile() && HISTORY_EXTENSIONS.has((0,external_node_path_.extname)(e.name).toLowerCase()))
            out.push(full);
    }
    return out;
}
async function readHistories(paths, opts = {}) {
    const files = await listHistoryFiles(paths);
    const result = { reports: [], skipped: 0, skippedLines: [], refused: [], files: files.length };
    for (const file of files) {
        if ((0,external_node_path_.extname)(file).toLowerCase() === '.jsonl')
            await readJsonLines(file, result, opts);
        else
            await readJsonFile(file, result, opts);
    }
    if (result.reports.length === 0 && result.refused.length > 0) {
        throw new NewerSchemaError(result.refused);
    }
    return result;
}
async function readJsonLines(file, into, opts) {
    const lines = (0,external_node_readline_namespaceObject.createInterface)({ input: (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let n = 0;
    for await (const raw of lines) {
        n++;
        const text = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
        if (text.trim() === '')
            continue;
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            skip(into, file, n, 'not valid JSON (a torn or partly written line)');
            continue;
        }
        accept(parsed, file, n, into, opts);
    }
}
async function readJsonFile(file, into, opts) {
    let parsed;
    try {
        parsed = JSON.parse((await (0,promises_.readFile)(file, 'utf8')).replace(/^\uFEFF/, ''));
    }
    catch {
        skip(into, file, 1, 'not valid JSON');
        return;
    }
    // An array is what `export --format json` writes; accept it back.
    if (Array.isArray(parsed))
        parsed.forEach((item, i) => accept(item, file, i + 1, into, opts));
    else
        accept(parsed, file, 1, into, opts);
}
function accept(value, file, line, into, opts) {
    // Slimmed before the schema reads it: the timeline and steps are most of a report's numbers, the dashboard uses
    // neither, and the schema leaves out a bad item or a bad steps list rather than the run.
    const checked = (0,read_report/* checkReport */.pA)(opts.slim ? slimValue(value) : value);
    if (checked.ok) {
        into.reports.push(checked.report);
    }
    else if (checked.newer !== undefined) {
        into.refused.push({
            path: file,
            line,
            reason: `history line ${line} of ${(0,external_node_path_.basename)(file)}: ${checked.reason}`,
        });
    }
    else {
        skip(into, file, line, checked.reason);
    }
}
function skip(into, path, line, reason) {
    into.skipped++;
    if (into.skippedLines.length < MAX_SKIPPED_DETAILS)
        into.skippedLines.push({ path, line, reason });
}
/** One line for stderr about what was left out, or null when nothing was. */
function describeLeftOut(read) {
    const parts = [];
    if (read.skipped > 0) {
        const first = read.skippedLines[0];
        parts.push(`${read.skipped} unreadable line${read.skipped === 1 ? '' : 's'} skipped (first: line ${first.line} of ` +
            `${first.path}: ${first.reason})`);
    }
    if (read.refused.length > 0) {
        parts.push(`${read.refused.length} line${read.refused.length === 1 ? '' : 's'} from a newer carbon-action refused ` +
            `(${read.refused[0].reason})`);
    }
    return parts.length ? parts.join('; ') : null;
}


/***/ }),

/***/ 9260:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fi: () => (/* binding */ neutraliseCommandLines),
/* harmony export */   h8: () => (/* binding */ sanitiseLogLine)
/* harmony export */ });
/* unused harmony export sanitiseAnnotation */
/* harmony import */ var _report_escape__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4031);
// The one sanitiser for untrusted text on its way to stdout or stderr. The runner reads any stdout line that starts
// with "::" as a workflow command, so a job name holding "\n::error::…" would issue one. Line breaks and other
// control characters become spaces, bidi and zero-width characters go, and a line that would still start with "::"
// (after blanks, which the runner skips) has them split to ": :". Annotations (core.warning/error) already escape CR
// and LF; their text goes through here too, keeping its line breaks, so that one rule covers every channel.

/** One line, safe to print raw. */
function sanitiseLogLine(text) {
    const line = (0,_report_escape__WEBPACK_IMPORTED_MODULE_0__/* .collapseWhitespace */ .DK)(String(text ?? ''));
    return line.replace(/^(\s*):(?=:)/, '$1: ');
}
/** Annotation text: line breaks kept (the toolkit escapes them), every other control character a space. */
function sanitiseAnnotation(text) {
    return String(text ?? '')
        .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
        .replace(/\r\n?/g, '\n')
        .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/g, ' ');
}
// The line breaks a reader of the log might split on: the runner splits on CR and LF; U+2028/U+2029 are counted too,
// as the e2e check (test/e2e/runner.ts) counts them, so that no viewer can be shown a forged command either.
const LINE_START_COMMAND = /(^|\r\n|[\r\n\u2028\u2029])([^\S\r\n\u2028\u2029]*):(?=:)/g;
/**
 * Multi-line text (a CLI report, a message quoting a path or a command line) with every line that would start with
 * "::" (after blanks, which the runner skips) split to ": :", line breaks kept. The text's own start counts as a line
 * start: a stream's chunks are guarded one by one, and another process writing to the same descriptor may have ended
 * the line in between.
 */
function neutraliseCommandLines(text) {
    return text.replace(LINE_START_COMMAND, '$1$2: ');
}


/***/ }),

/***/ 1723:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ cpuFamilyFromName),
/* harmony export */   ER: () => (/* binding */ cpuGroup),
/* harmony export */   TT: () => (/* binding */ loadCpuTdpTable),
/* harmony export */   _K: () => (/* binding */ baseClockMhzFromName),
/* harmony export */   dx: () => (/* binding */ coresPerChipFromName),
/* harmony export */   o8: () => (/* binding */ lookupTdpW),
/* harmony export */   wM: () => (/* binding */ normaliseCpuName)
/* harmony export */ });
/* harmony import */ var _data_files__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4425);

const SPELLED_CORE_COUNT = /^(dual|quad|six|eight|ten|twelve|sixteen)-core\s+/i;
/** Strips trademarks, frequency, core count, "CPU"/"Processor" and parenthesised notes. */
function normaliseCpuName(raw) {
    return (raw
        .replace(/\((r|tm|c)\)/gi, ' ')
        .replace(/[®™]/g, ' ')
        // "(Intel Turbo Boost Technology up to 3.0 GHz)", "(2.30GHz)", "(9M Cache, …)"
        .replace(/\([^)]*\)/g, ' ')
        // "@ 2.80GHz", "@2.50 GHz", "2.20 GHz", "2.0Ghz", "1066 MHz"
        .replace(/@?\s*\d+(\.\d+)?\s*[gm]hz\b/gi, ' ')
        .replace(/@/g, ' ')
        // "64-Core Processor", "80-Core"
        .replace(/\b\d+-core\b/gi, ' ')
        .replace(SPELLED_CORE_COUNT, '')
        .replace(/\b(cpu|processor)\b/gi, ' ')
        // "E5-2660V2" / "E3-1265Lv3" → "E5-2660 v2" / "E3-1265L v3"
        .replace(/\b([a-z]?\d-\d{4}[a-z]?)v(\d)\b/gi, '$1 v$2')
        .replace(/\b(v\d)\b/gi, (m) => m.toLowerCase())
        .replace(/[,;]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim());
}
function tokens(name) {
    return name.toLowerCase().split(' ').filter(Boolean);
}
const indexCache = new WeakMap();
function indexOf(table) {
    let index = indexCache.get(table);
    if (!index) {
        const entries = Object.entries(table.tdpW).map(([name, tdpW]) => ({ name, tdpW, tokens: tokens(name) }));
        const exact = new Map(entries.map((e) => [e.tokens.join(' '), e]));
        index = { exact, entries };
        indexCache.set(table, index);
    }
    return index;
}
function loadCpuTdpTable() {
    return (0,_data_files__WEBPACK_IMPORTED_MODULE_0__/* .loadDataJson */ .ZJ)('cpu-tdp.json');
}
/**
 * TDP per chip for a reported CPU name, or null when the table has no trustworthy match. Rule: normalise; exact
 * (case-insensitive) match; otherwise the table names whose every token occurs in the machine's name (CodeCarbon's
 * token-set ratio of 100), keeping only names of at least two tokens with a model number among them (so "AMD EPYC"
 * alone or a bare number never claims a CPU; a missing vendor word is inferred); the most specific (most tokens, then
 * longest) wins, ties broken alphabetically so the result is deterministic.
 */
function lookupTdpW(raw, table = loadCpuTdpTable()) {
    const wanted = tokens(normaliseCpuName(raw));
    if (wanted.length === 0)
        return null;
    const { exact, entries } = indexOf(table);
    const hit = exact.get(wanted.join(' '));
    if (hit)
        return { tdpW: hit.tdpW, matchedName: hit.name };
    // Some names omit the vendor ("Xeon L5420"): add it so the table's "Intel Xeon L5420" can match.
    const have = new Set([...wanted, ...(vendorOf(wanted.join(' ')) === 'other' ? [] : [vendorOf(wanted.join(' '))])]);
    let best = null;
    for (const e of entries) {
        if (e.tokens.length < 2 || !e.tokens.some((t) => /\d/.test(t)))
            continue;
        if (!e.tokens.every((t) => have.has(t)))
            continue;
        if (!best ||
            e.tokens.length > best.tokens.length ||
            (e.tokens.length === best.tokens.length &&
                (e.name.length > best.name.length || (e.name.length === best.name.length && e.name < best.name)))) {
            best = e;
        }
    }
    return best ? { tdpW: best.tdpW, matchedName: best.name } : null;
}
/** "Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz" → 2800 (MHz); null when the name gives no clock. */
function baseClockMhzFromName(raw) {
    const m = /(?:^|[\s@])(\d+(?:\.\d+)?)\s*GHz\b/i.exec(raw);
    const mhz = m ? Math.round(Number(m[1]) * 1000) : 0;
    return mhz > 0 ? mhz : null;
}
/** "AMD EPYC 7763 64-Core Processor" → 64; null when the name does not say. */
function coresPerChipFromName(raw) {
    const m = /\b(\d+)-core\b/i.exec(raw);
    if (m)
        return Number(m[1]);
    const spelled = SPELLED_CORE_COUNT.exec(raw.trim());
    if (spelled)
        return { dual: 2, quad: 4, six: 6, eight: 8, ten: 10, twelve: 12, sixteen: 16 }[spelled[1].toLowerCase()] ?? null;
    return null;
}
// Families of the SPECpower training data and what came after, with the year they
// reached servers. The power model only has offsets for families it was trained on.
const ERA_YEAR = {
    netburst: 2005,
    core: 2007,
    opteron: 2009,
    nehalem: 2009,
    sandybridge: 2012,
    ivybridge: 2013,
    haswell: 2014,
    broadwell: 2016,
    skylake: 2017,
    coffeelake: 2018,
    cascadelake: 2019,
    cooperlake: 2020,
    icelake: 2021,
    rocketlake: 2021,
    sapphirerapids: 2023,
    emeraldrapids: 2023,
    graniterapids: 2024,
    'epyc-gen1': 2017,
    'epyc-gen2': 2019,
    'epyc-gen3': 2021,
    'epyc-gen4': 2022,
    'epyc-gen5': 2024,
    // 2023+ SPECpower families (servers-2023plus.csv).
    icelaked: 2022,
    sierraforest: 2024,
    'xeon6-p': 2025,
    'ampere-altra': 2020,
    grace: 2023,
};
function vendorOf(n) {
    // Ampere's names say "Multi-Core", which the Intel rule below would take for "core".
    if (/\b(ampere|grace|nvidia|neoverse|graviton|cobalt)\b/.test(n))
        return 'other';
    if (/\b(amd|epyc|opteron|ryzen|threadripper|athlon|phenom)\b/.test(n))
        return 'amd';
    if (/\b(intel|xeon|core|pentium|celeron|atom)\b/.test(n))
        return 'intel';
    return 'other';
}
function familyLabel(n) {
    let m;
    if (/\bampere\b.*\baltra\b/.test(n))
        return 'ampere-altra';
    if (/\bgrace\b/.test(n))
        return 'grace';
    // Xeon 6 (2024–): 6xxxE Sierra Forest E-cores; 6xxxP/6xxxV P-cores (Granite Rapids, and the 6300P entry parts).
    if ((m = /\bxeon (?:gold |platinum )?6\d{3}([a-z]*)\b/.exec(n)) && /^(e|p|v)$/.test(m[1]))
        return m[1] === 'e' ? 'sierraforest' : 'xeon6-p';
    if (/\bxeon-?d\b|\bxeon d-\d{4}/.test(n) || /\bd-2[0-9]{3}[a-z]*\b/.test(n))
        return 'icelaked';
    if ((m = /\bepyc \d[0-9a-z]{2}(\d)[a-z]*\b/.exec(n))) {
        const gen = Number(m[1]);
        return gen >= 1 && gen <= 5 ? `epyc-gen${gen}` : 'unknown';
    }
    if (/\bopteron\b/.test(n))
        return 'opteron';
    if ((m = /\b(platinum|gold|silver|bronze) \d(\d)\d\d([a-z+]*)(?![\w])/.exec(n)) ||
        (m = /\bxeon ()[89](\d)\d\d([a-z+]*)(?![\w])/.exec(n))) {
        const gen = Number(m[2]);
        if (gen === 3 && /^h/.test(m[3]))
            return 'cooperlake';
        return ['unknown', 'skylake', 'cascadelake', 'icelake', 'sapphirerapids', 'emeraldrapids'][gen] ?? 'unknown';
    }
    if ((m = /\be[357]-\d{4}[a-z]*(?: v(\d))?\b/.exec(n))) {
        const v = m[1] ? Number(m[1]) : 1;
        if (/\be7-/.test(n) && v === 1)
            return 'nehalem'; // Westmere-EX
        return ['unknown', 'sandybridge', 'ivybridge', 'haswell', 'broadwell', 'skylake', 'skylake'][v] ?? 'unknown';
    }
    if ((m = /\be-2(\d)\d\d/.exec(n)))
        return { 1: 'coffeelake', 2: 'coffeelake', 3: 'rocketlake' }[m[1]] ?? 'unknown';
    if (/\bxeon\b/.test(n) || /^intel [xelw]\d{4}\b/.test(n)) {
        // Pre-2012 numbering: [XELW]?NNNN.
        if ((m = /\b[xelwe]?(\d)(\d)\d\d[a-z]*\b/.exec(n))) {
            const a = Number(m[1]);
            const b = Number(m[2]);
            if (a === 7 && b <= 1)
                return 'netburst';
            if ((a === 5 && b >= 5) || (a === 3 && b >= 4) || (a === 7 && b >= 5) || (a === 6 && b >= 5))
                return 'nehalem';
            if (a === 3 || a === 5 || a === 7)
                return 'core';
        }
    }
    return 'unknown';
}
/** Microarchitecture family, its server year and vendor, from the reported name alone. */
function cpuFamilyFromName(raw) {
    const n = normaliseCpuName(raw).toLowerCase();
    const family = familyLabel(n);
    return { family, eraYear: ERA_YEAR[family] ?? null, vendor: vendorOf(n) };
}
/**
 * The CPU model family a name belongs to: vendor and model number without the suffix letters,
 * so 8534P and 8534PN, 9654 and 9654P, E5640 and L5640 are one group; "v2" stays (another die).
 */
function cpuGroup(raw) {
    const n = normaliseCpuName(raw)
        .toLowerCase()
        .replace(/\bxeon-d\b/, 'xeon d');
    const vendor = cpuFamilyFromName(raw).vendor;
    let m;
    if ((m = /\bepyc (\d[0-9a-z]{2}\d)/.exec(n)))
        return `amd epyc ${m[1]}`;
    if ((m = /\bopteron (?:[a-z]+ )?(\d{3,4})/.exec(n)))
        return `amd opteron ${m[1]}`;
    if ((m = /\b(e[357])-(\d{4})[a-z]*(?: (v\d))?/.exec(n)))
        return `intel xeon ${m[1]}-${m[2]}${m[3] ? ` ${m[3]}` : ''}`;
    if ((m = /\be-(\d{4})/.exec(n)))
        return `intel xeon e-${m[1]}`;
    if ((m = /\bd-?\s?(\d{4})/.exec(n)) && /xeon/.test(n))
        return `intel xeon d-${m[1]}`;
    if ((m = /\bxeon (?:[a-z]+ )?[a-z]?(\d{4})/.exec(n)))
        return `intel xeon ${m[1]}`;
    if ((m = /\baltra(?: max)?.*?\b([mq]\d+-\d+)/.exec(n)))
        return `ampere ${m[1]}`;
    if (/\bgrace\b/.test(n))
        return 'nvidia grace';
    return `${vendor} ${n}`;
}


/***/ }),

/***/ 9485:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e$: () => (/* binding */ validateIntervalMs),
/* harmony export */   qE: () => (/* binding */ SAMPLE_INTERVAL_RULE)
/* harmony export */ });
/* unused harmony exports MIN_INTERVAL_MS, MAX_INTERVAL_MS */
/* harmony import */ var _units_parse__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5912);
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
    parse: (text) => (0,_units_parse__WEBPACK_IMPORTED_MODULE_0__/* .parseDurationMs */ .yi)(text, { bareUnit: 'ms' }),
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


/***/ }),

/***/ 5601:
/***/ (() => {


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


/***/ }),

/***/ 4768:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ describeMachine),
/* harmony export */   SK: () => (/* binding */ cpuIdFromSummary),
/* harmony export */   hk: () => (/* binding */ cpuinfoOverride),
/* harmony export */   mj: () => (/* binding */ parseCpuInfo)
/* harmony export */ });
/* unused harmony exports cloudFromDmi, readDmi, isGithubHosted */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _units_convert__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1476);
/* harmony import */ var _nvidia_smi__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5076);
// What machine this is: CPU model and topology, memory, virtualisation, cloud, GPUs.
// Linux reads /proc/cpuinfo and DMI directly; systeminformation (heavy) is loaded lazily,
// only where those are missing (macOS, Windows, CPU models /proc/cpuinfo does not name).
// Only the CLI and the post step call this: the sampler process must never import it.





/** "0x41" → 65, "85" → 85; null for anything else. */
function cpuinfoNumber(value) {
    if (value === undefined)
        return null;
    const v = value.trim();
    if (/^0x[0-9a-f]+$/i.test(v))
        return parseInt(v, 16);
    if (/^\d+$/.test(v))
        return Number(v);
    return null;
}
/** Parses /proc/cpuinfo text (x86 or ARM layout). */
function parseCpuInfo(text) {
    let modelName = null;
    let threads = 0;
    let hypervisor = false;
    let ids = null;
    const sockets = new Set();
    const cores = new Set();
    // Blocks are separated by blank lines, one per logical CPU.
    for (const block of text.split(/\n\s*\n/)) {
        const fields = new Map();
        for (const line of block.split('\n')) {
            const i = line.indexOf(':');
            if (i > 0)
                fields.set(line.slice(0, i).trim(), line.slice(i + 1).trim());
        }
        if (!fields.has('processor'))
            continue;
        threads++;
        modelName ??= fields.get('model name') || null;
        // The first CPU's identity stands for all (big.LITTLE ARM chips differ per core; the first is enough to name the
        // chip).
        ids ??= {
            vendorId: fields.get('vendor_id') || null,
            cpuFamily: cpuinfoNumber(fields.get('cpu family')),
            cpuModelNumber: cpuinfoNumber(fields.get('model')),
            stepping: cpuinfoNumber(fields.get('stepping')),
            cpuImplementer: cpuinfoNumber(fields.get('CPU implementer')),
            cpuPart: cpuinfoNumber(fields.get('CPU part')),
        };
        const flags = fields.get('flags') ?? fields.get('Features') ?? '';
        if (/(^|\s)hypervisor(\s|$)/.test(flags))
            hypervisor = true;
        const physicalId = fields.get('physical id');
        const coreId = fields.get('core id');
        if (physicalId !== undefined)
            sockets.add(physicalId);
        if (coreId !== undefined)
            cores.add(`${physicalId ?? '0'}:${coreId}`);
    }
    if (threads === 0)
        throw new Error(`/proc/cpuinfo: no "processor" entries in ${JSON.stringify(text.slice(0, 80))}`);
    return {
        modelName,
        sockets: sockets.size || 1,
        // Without core ids (ARM) every logical CPU is a core.
        physicalCores: cores.size || threads,
        threads,
        hypervisor,
        ...ids,
    };
}
// Azure writes this asset tag into every VM's chassis (and Hyper-V outside Azure does not).
const AZURE_ASSET_TAG = '7783-7084-3265-9085-8269-3286-77';
/** Best guess of the cloud from DMI strings; null when none matches. */
function cloudFromDmi(dmi) {
    const all = [dmi.sysVendor, dmi.boardVendor, dmi.productName, dmi.biosVendor, dmi.productVersion]
        .filter(Boolean)
        .join('|');
    if (dmi.chassisAssetTag === AZURE_ASSET_TAG || /Microsoft Corporation/i.test(all))
        return 'azure';
    if (/Amazon EC2|amazon/i.test(all))
        return 'aws';
    if (/Google/i.test(all))
        return 'gcp';
    return null;
}
function readDmi(dir = '/sys/class/dmi/id') {
    const read = (f) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, f), 'utf8').trim() || undefined;
        }
        catch {
            return undefined; // absent, or root-only (product_serial is; these are not)
        }
    };
    return {
        sysVendor: read('sys_vendor'),
        boardVendor: read('board_vendor'),
        chassisAssetTag: read('chassis_asset_tag'),
        productName: read('product_name'),
        biosVendor: read('bios_vendor'),
        productVersion: read('product_version'),
    };
}
/** GitHub-hosted runner: RUNNER_ENVIRONMENT says so, or (older runners) ImageOS is set inside Actions. */
function isGithubHosted(env) {
    if (env.RUNNER_ENVIRONMENT)
        return env.RUNNER_ENVIRONMENT === 'github-hosted';
    return Boolean(env.ImageOS) && env.GITHUB_ACTIONS === 'true';
}
/**
 * CARBON_ACTION_CPUINFO=<path>: read a captured /proc/cpuinfo instead of this machine's, to see
 * what carbon-action assumes on another runner (and for the cross-hardware end-to-end test).
 * A path that cannot be read is an error naming it: silently metering this machine instead
 * would pass off one machine's figures as another's.
 */
function cpuinfoOverride(env) {
    const path = env.CARBON_ACTION_CPUINFO;
    if (!path)
        return undefined;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new Error(`CARBON_ACTION_CPUINFO is ${JSON.stringify(path)}, which cannot be read ` +
            `(${err.code ?? err.message}); ` +
            'expected the path of a captured /proc/cpuinfo file, or unset it', { cause: err });
    }
    return path;
}
const loadSystemInformation = async () => (await __nccwpck_require__.e(/* import() */ 754).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2754, 23))).default;
async function describeMachine(opts = {}) {
    const platform = opts.platform ?? process.platform;
    const env = opts.env ?? process.env;
    const loadSi = opts.loadSi ?? loadSystemInformation;
    const gpuQuery = opts.gpuQuery ?? (() => (0,_nvidia_smi__WEBPACK_IMPORTED_MODULE_3__/* .queryGpus */ .OC)());
    let cpuModel = null;
    let sockets = 1;
    let physicalCores = 0;
    let threads = 0;
    let virtualized = false;
    let cloudProvider = null;
    let cpuId;
    if (platform === 'linux') {
        const cpuinfoPath = opts.cpuinfoPath ?? cpuinfoOverride(env) ?? '/proc/cpuinfo';
        try {
            const info = parseCpuInfo((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(cpuinfoPath, 'utf8'));
            ({ sockets, physicalCores, threads } = info);
            cpuModel = info.modelName;
            virtualized = info.hypervisor;
            cpuId = cpuIdFromSummary(info);
        }
        catch {
            /* fall through to systeminformation */
        }
        cloudProvider = cloudFromDmi(readDmi(opts.dmiDir));
    }
    if (cpuModel === null || threads === 0 || platform !== 'linux') {
        try {
            const si = await loadSi();
            const [c, s] = await Promise.all([si.cpu(), si.system()]);
            cpuModel ??= [c.manufacturer, c.brand].filter(Boolean).join(' ') || null;
            if (threads === 0) {
                threads = c.cores;
                physicalCores = c.physicalCores;
                sockets = c.processors || 1;
            }
            virtualized ||= s.virtual;
            cloudProvider ??= cloudFromDmi({ sysVendor: s.manufacturer, productName: s.model });
        }
        catch {
            /* keep what we have */
        }
    }
    const gpuResult = await gpuQuery().catch(() => null);
    const gpus = gpuResult?.header.status === 'ok'
        ? (gpuResult.header.gpus ?? []).map((g) => ({
            index: g.index,
            name: g.name,
            ...(g.memoryMiB !== undefined ? { memoryMiB: g.memoryMiB } : {}),
        }))
        : [];
    return {
        os: platform,
        arch: opts.arch ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.arch)(),
        cpuModel: cpuModel ?? 'unknown CPU',
        sockets,
        physicalCores: physicalCores || threads,
        threads,
        memoryGb: (0,_units_convert__WEBPACK_IMPORTED_MODULE_4__/* .bytesToGb */ .KS)(opts.totalMemB ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.totalmem)()),
        virtualized,
        cloudProvider,
        githubHosted: isGithubHosted(env),
        gpus,
        ...(cpuId ? { cpuId } : {}),
    };
}
/** The identity numbers /proc/cpuinfo printed, for MachineInfo.cpuId; undefined when it printed none. */
function cpuIdFromSummary(info) {
    const id = {
        ...(info.vendorId ? { vendorId: info.vendorId } : {}),
        ...(info.cpuFamily !== null ? { family: info.cpuFamily } : {}),
        ...(info.cpuModelNumber !== null ? { model: info.cpuModelNumber } : {}),
        ...(info.stepping !== null ? { stepping: info.stepping } : {}),
        ...(info.cpuImplementer !== null ? { implementer: info.cpuImplementer } : {}),
        ...(info.cpuPart !== null ? { part: info.cpuPart } : {}),
    };
    return Object.keys(id).length ? id : undefined;
}


/***/ }),

/***/ 5076:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ startGpuStream),
/* harmony export */   OC: () => (/* binding */ queryGpus)
/* harmony export */ });
/* unused harmony exports NVIDIA_SMI, GPU_QUERY_FIELDS, parseNvidiaSmiNumber, parseNvidiaSmiLine, parseNvidiaSmiCsv, queryArgs */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
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
    (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(file, args, { timeout: 15_000, windowsHide: true }, (err, stdout, stderr) => {
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
    const doSpawn = opts.spawn ?? ((c, a) => (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(c, a, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true }));
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


/***/ }),

/***/ 3460:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lm: () => (/* binding */ memoryWPerGb),
/* harmony export */   gP: () => (/* binding */ DEFAULT_HOST_GB_PER_THREAD),
/* harmony export */   rZ: () => (/* binding */ LOAD_LEVELS_PCT),
/* harmony export */   tt: () => (/* binding */ loadPowerModel),
/* harmony export */   v3: () => (/* binding */ powerAtUtilisationW),
/* harmony export */   x2: () => (/* binding */ vmCpuCurve),
/* harmony export */   yz: () => (/* binding */ cpuBand),
/* harmony export */   zm: () => (/* binding */ predictServerPowerW)
/* harmony export */ });
/* unused harmony exports CCF_MEMORY_W_PER_GB, MEMORY_MODELS, MODEL_OUTPUTS, MODEL_FEATURES, BASE_CLOCK_FEATURE, modelFeatures, baseLogCurve, curveFromOutputs, baseCurveFromInputs, nonDecreasing, KERNEL_COORDINATES, kernelCoordinates, squaredDistances, correctionFromDistances, kernelCorrection, curveFromInputs, resolveServer, predictWithModel, MIN_RISE_PER_TDP, withMinimumRise */
/* harmony import */ var _data_files__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4425);
/* harmony import */ var _cpu_name__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1723);


// Whole-server wall power at 0, 10 … 100 % load, fitted to SPECpower_ssj2008 results
// (docs/methodology.md, "CPU power model"): a log-linear base model for idle and full load
// (fitted on every result) and a load shape between them (fitted on results with full
// curves), each corrected by a kernel-weighted mean of the base model's log residuals at
// nearby training servers. Pure: the fitted coefficients, residuals and the TDP table come
// in as data; predictServerPowerW() loads the committed ones.
/** Cloud Carbon Footprint's memory coefficient, W per GB (0.000392 kWh per GB-hour): the `memory-model: ccf` option. */
const CCF_MEMORY_W_PER_GB = 0.392;
const MEMORY_MODELS = (/* unused pure expression or super */ null && (['measured', 'ccf']));
/**
 * THE memory coefficient, W per GB: the one figure that both splits memory out of a host
 * curve and charges a VM's own memory. `measured` is the fitted model's (SPECpower pairs
 * that differ only in memory); `ccf` is Cloud Carbon Footprint's 0.392.
 */
function memoryWPerGb(memoryModel = 'measured', model = loadPowerModel()) {
    return memoryModel === 'ccf' ? CCF_MEMORY_W_PER_GB : model.memoryWPerGb;
}
/**
 * Memory assumed per host hardware thread when the host's memory is unknown (cloud general-purpose VMs give 4 GB per
 * vCPU).
 */
const DEFAULT_HOST_GB_PER_THREAD = 4;
/** Load levels of the curve, percent. */
const LOAD_LEVELS_PCT = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
/**
 * The model's 13 fitted outputs: the 11 levels (idle and 100 % fitted on every result,
 * 10–90 % on results with full curves), then idle and 100 % fitted on the full-curve
 * results only: the ends the load shape between idle and full is measured against.
 */
const MODEL_OUTPUTS = 13;
const SHAPE_IDLE = 11;
const SHAPE_FULL = 12;
const MODEL_FEATURES = (/* unused pure expression or super */ null && ([
    'intercept',
    'lnChipsTdpW',
    'lnThreads',
    'lnChips',
    'era',
    'eraSquared',
    'amd',
    'amdEra',
    'arm',
    'lnCoresPerChip',
]));
/**
 * 1 for ARM parts: any vendor but Intel and AMD (CPU table ids arm, ampere, apple, nvidia, aws …; "other" from the
 * name rules).
 */
const isArm = (vendor) => (vendor === 'intel' || vendor === 'amd' ? 0 : 1);
/** The base-clock term's name: after MODEL_FEATURES, and after KERNEL_COORDINATES when it is a neighbour coordinate. */
const BASE_CLOCK_FEATURE = 'lnBaseClock';
/** Feature vector, in MODEL_FEATURES order (then lnBaseClock, when the inputs have it). era = (year − 2015) / 5. */
function modelFeatures(x) {
    const era = (x.eraYear - 2015) / 5;
    const amd = x.vendor === 'amd' ? 1 : 0;
    return [
        1,
        Math.log(x.chips * x.tdpW),
        Math.log(x.threads),
        Math.log(x.chips),
        era,
        era * era,
        amd,
        amd * era,
        isArm(x.vendor),
        Math.log(x.cores / x.chips),
        ...(x.lnBaseClock !== undefined ? [x.lnBaseClock] : []),
    ];
}
/** Whether output o is one of the load-shape outputs (10–90 %, and the full-curve idle and full). */
const isShapeOutput = (o) => o !== 0 && o !== 10;
/**
 * Base model, ln W of the CPU-and-platform part (everything but memory) per output: β·x + familyOffset. The shape
 * outputs see the era clamped to shapeEraYearMax.
 */
function baseLogCurve(model, x, family) {
    const f = modelFeatures(x);
    const shapeYear = model.shapeEraYearMax;
    const fShape = shapeYear !== undefined && x.eraYear > shapeYear ? modelFeatures({ ...x, eraYear: shapeYear }) : f;
    const offsets = model.familyOffsets[family];
    return model.coefficients.map((beta, k) => {
        const fk = isShapeOutput(k) ? fShape : f;
        let s = offsets ? offsets[k] : 0;
        for (let j = 0; j < beta.length; j++)
            s += beta[j] * fk[j];
        return s;
    });
}
/**
 * The 11-level CPU-and-platform curve from the 13 ln outputs: idle I and full F from the
 * outputs fitted on every result; in between, the load shape of the full-curve outputs,
 * s_k = (A_k − A_idle) / (A_full − A_idle), so W_k = I + (F − I)·s_k. Results with only
 * idle and 100 % thus move the ends without anything being invented in between.
 */
function curveFromOutputs(lnOutputs) {
    const a = lnOutputs.map((v) => Math.exp(v));
    const idle = a[0];
    const full = a[10];
    const span = a[SHAPE_FULL] - a[SHAPE_IDLE];
    const shape = LOAD_LEVELS_PCT.map((pct, k) => {
        if (k === 0)
            return 0;
        if (k === 10)
            return 1;
        if (!(span > 0))
            return pct / 100;
        return Math.min(1, Math.max(0, (a[k] - a[SHAPE_IDLE]) / span));
    });
    return nonDecreasing(nonDecreasing(shape).map((sk) => idle + (full - idle) * sk));
}
/** Base model, watts at each level: the curve from exp(β·x + familyOffset), plus memory. */
function baseCurveFromInputs(model, x, family, memoryGb) {
    const memoryW = memoryGb * model.memoryWPerGb;
    return curveFromOutputs(baseLogCurve(model, x, family)).map((w) => w + memoryW);
}
/**
 * The closest non-decreasing sequence in least squares (pool adjacent violators). Each load
 * level is fitted on its own, so for machines far outside SPECpower's range (a 2-thread VM
 * taken as a whole server) the levels can cross: more watts idle than busy. Power never
 * falls as load rises, so crossing levels are pooled to their mean.
 */
function nonDecreasing(values) {
    const blocks = [];
    for (const v of values) {
        blocks.push({ sum: v, n: 1 });
        while (blocks.length > 1) {
            const last = blocks[blocks.length - 1];
            const prev = blocks[blocks.length - 2];
            if (prev.sum / prev.n <= last.sum / last.n)
                break;
            prev.sum += last.sum;
            prev.n += last.n;
            blocks.pop();
        }
    }
    return blocks.flatMap((b) => new Array(b.n).fill(b.sum / b.n));
}
const KERNEL_COORDINATES = (/* unused pure expression or super */ null && ([
    'era',
    'lnTdpWPerChip',
    'lnThreadsPerChip',
    'lnChips',
    'amd',
    'arm',
    'lnMemoryGbPerThread',
]));
/** Unscaled neighbour coordinates, in KERNEL_COORDINATES order. era = (year − 2015) / 5. */
function kernelCoordinates(x, memoryGb) {
    return [
        (x.eraYear - 2015) / 5,
        Math.log(x.tdpW),
        Math.log(x.threads / x.chips),
        Math.log(x.chips),
        x.vendor === 'amd' ? 1 : 0,
        isArm(x.vendor),
        Math.log(memoryGb / x.threads),
        ...(x.lnBaseClock !== undefined ? [x.lnBaseClock] : []),
    ];
}
/**
 * Squared distances from unscaled coordinates to every (scaled) training point, over the kernel's own coordinates (the
 * first scales.length: a kernel without the base clock ignores it).
 */
function squaredDistances(kernel, coordinates) {
    const z = coordinates.slice(0, kernel.scales.length).map((c, j) => c / kernel.scales[j]);
    return kernel.points.map((p) => p.reduce((s, v, j) => s + (v - z[j]) ** 2, 0));
}
/**
 * ln-corrections per output and the weight share Σw / (Σw + λ) at idle, from squared
 * distances. A server without a level (null residual) does not vote on that level.
 */
function correctionFromDistances(squaredDist, lnResiduals, bandwidth, priorWeight) {
    const levels = lnResiduals[0]?.length ?? MODEL_OUTPUTS;
    const sum = new Array(levels).fill(0);
    const wSum = new Array(levels).fill(0);
    squaredDist.forEach((d2, i) => {
        const w = Math.exp(-d2 / (2 * bandwidth * bandwidth));
        if (w === 0)
            return;
        for (let k = 0; k < levels; k++) {
            const r = lnResiduals[i][k];
            if (r === null)
                continue;
            wSum[k] += w;
            sum[k] += w * r;
        }
    });
    const lnCorrection = sum.map((s, k) => (wSum[k] + priorWeight > 0 ? s / (wSum[k] + priorWeight) : 0));
    const d0 = (wSum[0] ?? 0) + priorWeight;
    return { lnCorrection, weight: d0 > 0 ? (wSum[0] ?? 0) / d0 : 0 };
}
/**
 * The neighbour correction for every output from squared distances: idle and full load at the kernel's h and λ, the
 * load shape at its own where the kernel has them. The weight share is idle's.
 */
function kernelCorrection(kernel, squaredDist) {
    const ends = correctionFromDistances(squaredDist, kernel.lnResiduals, kernel.bandwidth, kernel.priorWeight);
    if (!kernel.shape)
        return ends;
    const shape = correctionFromDistances(squaredDist, kernel.lnResiduals, kernel.shape.bandwidth, kernel.shape.priorWeight);
    return {
        lnCorrection: ends.lnCorrection.map((c, o) => (isShapeOutput(o) ? shape.lnCorrection[o] : c)),
        weight: ends.weight,
    };
}
/**
 * Watts at each level: exp(β·x + familyOffset + neighbour correction) + memory. The
 * correction scales only the CPU-and-platform part, so memory stays at memoryWPerGb, the
 * figure a VM's share subtracts.
 */
function curveFromInputs(model, x, family, memoryGb, cpuModel) {
    const memoryW = memoryGb * model.memoryWPerGb;
    const logs = baseLogCurve(model, x, family);
    const kernel = model.residualKernel;
    const own = cpuModel !== undefined ? model.cpuModelCorrection?.lnOffsets[cpuModel] : undefined;
    const cpuModelServers = own ? (model.cpuModelCorrection?.servers[cpuModel] ?? 0) : 0;
    // Without a kernel there is no neighbour correction: adding 0 leaves each (finite) log as it is.
    const c = kernel ? kernelCorrection(kernel, squaredDistances(kernel, kernelCoordinates(x, memoryGb))) : null;
    const ln = logs.map((s, k) => s + (c?.lnCorrection[k] ?? 0) + (own?.[k] ?? 0));
    return { watts: curveFromOutputs(ln).map((w) => w + memoryW), neighbourWeight: c?.weight ?? 0, cpuModelServers };
}
function checkPositive(name, value, integer) {
    if (value === undefined)
        return;
    if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
        throw new Error(`power model: ${name} is ${value}; expected a positive ${integer ? 'integer' : 'number'}`);
    }
}
const round1 = (w) => Math.round(w * 10) / 10;
/** Name → TDP (table or default), family, era and vendor; missing counts and memory filled in. */
function resolveServer(model, table, spec) {
    if (typeof spec.cpu !== 'string')
        throw new Error(`power model: cpu is ${String(spec.cpu)}; expected a CPU model name`);
    checkPositive('sockets', spec.sockets, true);
    checkPositive('cores', spec.cores, true);
    checkPositive('threads', spec.threads, true);
    checkPositive('memoryGb', spec.memoryGb, false);
    checkPositive('tdpW', spec.tdpW, false);
    checkPositive('releaseYear', spec.releaseYear, true);
    checkPositive('baseClockMhz', spec.baseClockMhz, false);
    const sockets = spec.sockets ?? 1;
    const nameCores = (0,_cpu_name__WEBPACK_IMPORTED_MODULE_1__/* .coresPerChipFromName */ .dx)(spec.cpu);
    const cores = spec.cores ?? (nameCores ? nameCores * sockets : spec.threads ? Math.max(1, Math.round(spec.threads / 2)) : null);
    const looked = spec.cpu.trim() ? (0,_cpu_name__WEBPACK_IMPORTED_MODULE_1__/* .lookupTdpW */ .o8)(spec.cpu, table) : null;
    const match = spec.tdpW !== undefined ? { tdpW: spec.tdpW, matchedName: spec.cpu.trim() || 'unknown CPU' } : looked;
    // Unknown CPU: TDP from its size at the SPECpower median W per core (or per thread).
    const tdpW = match?.tdpW ??
        (cores
            ? (model.defaults.tdpWPerCore * cores) / sockets
            : spec.threads
                ? (model.defaults.tdpWPerThread * spec.threads) / sockets
                : model.defaults.tdpW);
    const threads = spec.threads ?? (cores ? cores * 2 : Math.max(1, Math.round((tdpW * sockets) / model.defaults.tdpWPerThread)));
    const memoryGb = spec.memoryGb ?? threads * DEFAULT_HOST_GB_PER_THREAD;
    const fam = (0,_cpu_name__WEBPACK_IMPORTED_MODULE_1__/* .cpuFamilyFromName */ .C5)(spec.cpu);
    const [lo, hi] = model.eraYearRange;
    // Unknown era: assume the newest the model knows, since an unnamed CPU today is recent.
    const eraYear = Math.min(hi, Math.max(lo, spec.releaseYear ?? fam.eraYear ?? hi));
    const vendor = spec.vendor ?? fam.vendor;
    const physicalCores = cores ?? Math.max(sockets, Math.round(threads / 2));
    const neutralMhz = model.baseClock?.neutralMhz;
    const clock = neutralMhz
        ? { lnBaseClock: Math.log((spec.baseClockMhz ?? (0,_cpu_name__WEBPACK_IMPORTED_MODULE_1__/* .baseClockMhzFromName */ ._K)(spec.cpu) ?? neutralMhz) / neutralMhz) }
        : {};
    return {
        inputs: { chips: sockets, tdpW, threads, cores: physicalCores, eraYear, vendor, ...clock },
        family: spec.microarchitecture ?? fam.family,
        cpuModel: (0,_cpu_name__WEBPACK_IMPORTED_MODULE_1__/* .cpuGroup */ .ER)(spec.cpu),
        memoryGb,
        match,
    };
}
/** Predicts with explicit data (the derive script and tests use this; runtime uses predictServerPowerW). */
function predictWithModel(model, table, spec) {
    const { inputs, family, cpuModel, memoryGb, match } = resolveServer(model, table, spec);
    const { chips: sockets, tdpW, threads } = inputs;
    const fitted = curveFromInputs(model, inputs, family, memoryGb, cpuModel);
    const { neighbourWeight, cpuModelServers } = fitted;
    const memoryPartW = memoryGb * model.memoryWPerGb;
    const wattsAtLoad = withMinimumRise(fitted.watts.map((w) => w - memoryPartW), MIN_RISE_PER_TDP * inputs.chips * inputs.tdpW).map((w) => w + memoryPartW);
    const tdpSource = match ? 'table' : 'default';
    const label = match ? match.matchedName : spec.cpu.trim() || 'unknown CPU';
    const profile = `${model.name}, ${label} (${round1(tdpW)} W TDP, ${tdpSource}), ` +
        `${sockets} socket${sockets > 1 ? 's' : ''}, ${threads} threads, ${round1(memoryGb)} GB` +
        (cpuModelServers > 0 ? `, corrected by ${cpuModelServers} measured servers of this CPU model` : '');
    return {
        wattsAtLoad,
        tdpW,
        tdpSource,
        matchedName: match?.matchedName ?? null,
        profile,
        family,
        sockets,
        threads,
        memoryGb,
        memoryW: memoryGb * model.memoryWPerGb,
        neighbourWeight,
        cpuModelServers,
    };
}
/**
 * Of 517 SPECpower servers with full curves (2007–2022 and the EPYC 7763 set), the rise from
 * idle to 100 % load, (P100 − Pidle) ÷ (chips × TDP), is at least 0.48 in 99 % of them (5th
 * percentile 0.56, median 0.85). Small client chips lie outside the training range, where the
 * fit can return a curve that hardly rises; a flat curve would charge a busy job the same as
 * an idle one, so the rise is never allowed below this floor.
 */
const MIN_RISE_PER_TDP = 0.5;
/**
 * Keeps the full-load point, the fit's surest level (2023+ full-load error 10.9 % against 18.1 %
 * at idle), and stretches the curve below it so that it rises by at least minRiseW: each
 * level's distance below full load is scaled by minRiseW ÷ (full − idle). A flat curve takes
 * a linear shape. The rise is capped at 90 % of the full-load power so idle stays positive.
 */
function withMinimumRise(curveW, minRiseW) {
    const idle = curveW[0];
    const full = curveW[curveW.length - 1];
    const rise = Math.min(minRiseW, 0.9 * full);
    if (!(full - idle < rise))
        return curveW;
    if (full - idle <= 0)
        return curveW.map((_, k) => full - rise * (1 - k / (curveW.length - 1)));
    const stretch = rise / (full - idle);
    return curveW.map((w) => full - (full - w) * stretch);
}
function loadPowerModel() {
    return (0,_data_files__WEBPACK_IMPORTED_MODULE_0__/* .loadDataJson */ .ZJ)('power-model.json');
}
/** Whole-server wall power curve for a server, from the committed model and TDP table. */
function predictServerPowerW(spec) {
    return predictWithModel(loadPowerModel(), (0,_cpu_name__WEBPACK_IMPORTED_MODULE_1__/* .loadCpuTdpTable */ .TT)(), spec);
}
/** Piecewise-linear between the 11 points; utilisation (0..1) is clamped to [0, 1]. */
function powerAtUtilisationW(curve, utilisation) {
    if (curve.length !== LOAD_LEVELS_PCT.length) {
        throw new Error(`power model: curve has ${curve.length} points; expected ${LOAD_LEVELS_PCT.length} (0, 10 … 100 %)`);
    }
    if (Number.isNaN(utilisation))
        throw new Error('power model: utilisation is NaN; expected a number in [0, 1]');
    const u = Math.min(1, Math.max(0, utilisation)) * 10;
    const i = Math.min(9, Math.floor(u));
    return curve[i] + (curve[i + 1] - curve[i]) * (u - i);
}
/**
 * The VM's CPU power: (host curve − host memory power) × vmThreads / hostThreads.
 * Memory is metered apart at the same W/GB (memoryWPerGb()) for the VM's own memory, so
 * the host's is removed here; fans, PSU loss and disks stay in, shared in proportion to threads.
 */
function vmCpuCurve(host, hostMemoryGb, vmThreads, hostThreads, wPerGb = memoryWPerGb()) {
    checkPositive('vmThreads', vmThreads, true);
    checkPositive('hostThreads', hostThreads, true);
    if (!Number.isFinite(hostMemoryGb) || hostMemoryGb < 0) {
        throw new Error(`power model: hostMemoryGb is ${hostMemoryGb}; expected a number ≥ 0`);
    }
    if (vmThreads > hostThreads) {
        throw new Error(`power model: vmThreads is ${vmThreads}; expected at most hostThreads (${hostThreads})`);
    }
    const share = vmThreads / hostThreads;
    const hostMemoryW = hostMemoryGb * wPerGb;
    const cpuWattsAtLoad = host.wattsAtLoad.map((w) => Math.max(0, w - hostMemoryW) * share);
    const profile = share === 1 ? host.profile : `${host.profile}; VM share ${vmThreads}/${hostThreads} threads`;
    return { cpuWattsAtLoad, share, hostMemoryW, profile };
}
/**
 * The CPU energy's uncertainty band as factors on the modelled figure: grouped-CV quantiles
 * of measured ÷ predicted for the CPU's microarchitecture family when enough held-out
 * servers had it, else for its vendor, else for all CPUs. [1, 1] for a model without them.
 */
function cpuBand(model, family, vendor) {
    const u = model.uncertainty;
    if (!u)
        return { low: 1, high: 1, servers: 0, basis: 'none', coverage: 0 };
    const f = u.byFamily[family];
    if (f && f.servers >= u.minServers)
        return { ...f, basis: `family ${family}`, coverage: u.coverage };
    const v = u.byVendor[vendor];
    if (v && v.servers >= u.minServers)
        return { ...v, basis: `vendor ${vendor}`, coverage: u.coverage };
    return { ...u.all, basis: 'all CPUs', coverage: u.coverage };
}


/***/ }),

/***/ 7873:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ parseMeterScope),
/* harmony export */   dp: () => (/* binding */ decideScope)
/* harmony export */ });
/* unused harmony exports METER_SCOPES, METER_SCOPE_ACCEPTED, isMeterScope */
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


/***/ }),

/***/ 8309:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ cpuCurveForMachine)
});

// EXTERNAL MODULE: ./src/meter/cpu-name.ts
var cpu_name = __nccwpck_require__(1723);
// EXTERNAL MODULE: ./src/data-files.ts + 1 modules
var data_files = __nccwpck_require__(4425);
;// CONCATENATED MODULE: ./src/meter/cpu-table.ts


function loadCpuTable() {
    return (0,data_files/* loadDataJson */.ZJ)('cpu-table.json');
}
/**
 * Comparison key of a CPU name: normalised (trademarks, clock, "N-Core", "CPU"/"Processor"
 * gone), lower case, and the vendor words that machines print inconsistently ("Intel Xeon
 * Platinum 8370C" vs "Xeon Platinum 8370C"; "AMD EPYC" vs "EPYC") dropped.
 */
function cpuNameKey(raw) {
    return (0,cpu_name/* normaliseCpuName */.wM)(raw.replace(/\u2011/g, '-'))
        .toLowerCase()
        .replace(/\b(intel|amd)\b/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
const indexCache = new WeakMap();
function indexOf(table) {
    let index = indexCache.get(table);
    if (!index) {
        const exact = new Map();
        const entries = [];
        for (const record of table.cpus) {
            for (const name of [record.name, ...(record.aliases ?? [])]) {
                const key = cpuNameKey(name);
                if (!exact.has(key))
                    exact.set(key, record);
                entries.push({ tokens: key.split(' ').filter(Boolean), record, name });
            }
        }
        index = { exact, entries };
        indexCache.set(table, index);
    }
    return index;
}
/**
 * The record for a reported CPU name, or null. Exact key match first; otherwise the names
 * whose every token occurs in the reported one, keeping only names with a model number
 * (a digit) so that "AMD EPYC" alone never claims a CPU; the most tokens, then the longest
 * name, wins ("Apple M1 Pro" over "Apple M1" for "Apple M1 Pro (Virtual)").
 */
function lookupCpu(raw, table = loadCpuTable()) {
    if (!raw)
        return null;
    const key = cpuNameKey(raw);
    if (!key)
        return null;
    const { exact, entries } = indexOf(table);
    const hit = exact.get(key);
    if (hit)
        return hit;
    const have = new Set(key.split(' '));
    // "E5-2670 v3" is not an "E5-2670": a version the candidate lacks rules it out.
    const versions = [...have].filter((t) => /^v\d$/.test(t));
    let best = null;
    for (const e of entries) {
        if (!e.tokens.some((t) => /\d/.test(t)))
            continue;
        if (!e.tokens.every((t) => have.has(t)))
            continue;
        if (versions.some((v) => !e.tokens.includes(v)))
            continue;
        if (!best ||
            e.tokens.length > best.tokens.length ||
            (e.tokens.length === best.tokens.length && e.name.length > best.name.length))
            best = e;
    }
    return best?.record ?? null;
}
/** The record of an exact (key-equal) name; for names the table itself uses. */
function cpuByName(name, table = loadCpuTable()) {
    return indexOf(table).exact.get(cpuNameKey(name)) ?? null;
}
/** x86 `vendor_id` / `cpu family` / `model` / `stepping` → table entry (model-specific before family-wide). */
function x86Microarchitecture(vendorId, family, model, stepping, table = loadCpuTable()) {
    const vendor = vendorId === 'GenuineIntel' ? 'intel' : vendorId === 'AuthenticAMD' ? 'amd' : null;
    if (!vendor || family === null)
        return null;
    const candidates = table.x86Models.filter((m) => m.vendor === vendor && m.family === family);
    const exact = candidates.find((m) => m.model !== undefined &&
        m.model === model &&
        (m.steppingMin === undefined ||
            (stepping !== null && stepping >= m.steppingMin && stepping <= (m.steppingMax ?? m.steppingMin))));
    // A known model whose stepping is outside every listed range: take the model's first entry.
    return (exact ??
        candidates.find((m) => m.model !== undefined && m.model === model) ??
        candidates.find((m) => m.model === undefined) ??
        null);
}
/** ARM `CPU implementer` / `CPU part` (numbers, as parsed from "0x41" / "0xd0c") → core. */
function armCore(implementer, part, table = loadCpuTable()) {
    if (implementer === null || part === null)
        return null;
    return table.armParts.find((p) => p.implementer === implementer && p.part === part) ?? null;
}
/** The typical cloud host CPU of a microarchitecture, for a provider when known. */
function typicalCloudHost(microarchitecture, provider, table = loadCpuTable()) {
    const hosts = table.typicalCloudHosts[microarchitecture];
    if (!hosts)
        return null;
    const name = (provider && hosts[provider]) || hosts.default;
    return cpuByName(name, table);
}
/** Instance type / VM size → the host CPU (and host threads where a metal size shows them). */
function instanceTypeHost(provider, instanceType, table = loadCpuTable()) {
    const t = instanceType.trim();
    let entry;
    let family = '';
    if (provider === 'aws') {
        family = t.split('.')[0].toLowerCase();
        entry = table.instanceFamilies.aws[family];
    }
    else if (provider === 'gcp') {
        // GCP metadata gives "projects/123/machineTypes/n2-standard-4"; the CLI a bare "n2-standard-4".
        family = (t.split('/').pop() ?? '').split('-')[0].toLowerCase();
        entry = table.instanceFamilies.gcp[family];
    }
    else {
        const hit = table.instanceFamilies.azure.find((a) => new RegExp(a.pattern, 'i').test(t));
        if (hit) {
            entry = hit;
            family = hit.pattern;
        }
    }
    if (!entry)
        return null;
    const cpu = cpuByName(entry.cpu, table);
    if (!cpu)
        return null;
    return { cpu, family, ...(entry.hostThreads ? { hostThreads: entry.hostThreads } : {}) };
}
/**
 * Threads of the typical cloud host of a CPU: a metal size where one is listed, else chips ×
 * cores × threads per core, with the chips from the providers' lists for the microarchitecture,
 * else 2 for x86 (the usual cloud server) and 1 for Arm and Apple parts.
 */
function cloudHostThreads(cpu, table = loadCpuTable()) {
    if (cpu.cloudHostThreads) {
        return {
            threads: cpu.cloudHostThreads,
            sockets: cpu.cloudHostSockets ?? Math.max(1, Math.round(cpu.cloudHostThreads / (cpu.coresPerChip * cpu.threadsPerCore))),
            fromMetal: true,
        };
    }
    const sockets = table.cloudHostSockets[cpu.microarchitecture] ?? (cpu.arch === 'x64' ? 2 : 1);
    return { threads: sockets * cpu.coresPerChip * cpu.threadsPerCore, sockets, fromMetal: false };
}

// EXTERNAL MODULE: ./src/meter/power-model.ts
var power_model = __nccwpck_require__(3460);
;// CONCATENATED MODULE: ./src/meter/host.ts



// When nothing names the generation: AMD → the EPYC 7763 of GitHub's ubuntu-latest pool,
// Intel → Ice Lake (GitHub's other x64 pool, 8370C), Arm → Neoverse N1 (the most widespread
// Arm cloud core), Apple → M1 (GitHub's macOS runners).
const DEFAULT_GENERATION = {
    amd: 'epyc-gen3',
    intel: 'icelake',
    arm: 'neoverse-n1',
    apple: 'apple-m1',
};
/**
 * A VM by any sign: the hypervisor flag (or systeminformation's guess), a GitHub-hosted runner, or "(Virtual)" in the
 * CPU name (macOS guests).
 */
function isVirtualMachine(machine) {
    return machine.virtualized || machine.githubHosted === true || /\bvirtual\b/i.test(machine.cpuModel);
}
function providerOf(machine) {
    // GitHub-hosted runners are Azure VMs.
    return machine.cloudProvider ?? (machine.githubHosted ? 'azure' : null);
}
function vendorGuess(machine) {
    const n = machine.cpuModel.toLowerCase();
    if (/\bapple\b/.test(n))
        return 'apple';
    if (/\b(amd|epyc|ryzen|opteron)\b/.test(n) || machine.cpuId?.vendorId === 'AuthenticAMD')
        return 'amd';
    if (/\b(intel|xeon)\b/.test(n) || machine.cpuId?.vendorId === 'GenuineIntel')
        return 'intel';
    if (/\b(arm|neoverse|graviton|ampere|cobalt|axion)\b/.test(n) ||
        machine.cpuId?.implementer !== undefined ||
        /^(arm64|aarch64)$/.test(machine.arch ?? '')) {
        return machine.os === 'darwin' ? 'apple' : 'arm';
    }
    if (machine.os === 'darwin' && machine.arch === 'arm64')
        return 'apple';
    return null;
}
const hex = (n, width) => `0x${n.toString(16).padStart(width, '0')}`;
/** The microarchitecture the CPU id numbers give, with the words that explain it; null when they give none. */
function microarchFromCpuId(machine, table) {
    const id = machine.cpuId;
    if (!id)
        return null;
    if (id.family !== undefined) {
        const e = x86Microarchitecture(id.vendorId ?? null, id.family, id.model ?? null, id.stepping ?? null, table);
        if (e && table.typicalCloudHosts[e.microarchitecture]) {
            return {
                microarchitecture: e.microarchitecture,
                why: `${id.vendorId} cpu family ${id.family} model ${id.model ?? '?'} is ${e.microarchitecture}`,
            };
        }
    }
    if (id.implementer !== undefined && id.part !== undefined) {
        const e = armCore(id.implementer, id.part, table);
        if (e && table.typicalCloudHosts[e.microarchitecture]) {
            return {
                microarchitecture: e.microarchitecture,
                why: `CPU implementer ${hex(id.implementer, 2)} part ${hex(id.part, 3)} is ${e.core}`,
            };
        }
    }
    return null;
}
function fromRecord(record) {
    return {
        tdpW: record.tdpW,
        releaseYear: record.releaseYear,
        vendor: record.vendor,
        microarchitecture: record.microarchitecture,
    };
}
/**
 * The physical server a machine runs on. Bare metal: itself (with the CPU table's TDP, year
 * and microarchitecture when its name is known). VM: the host CPU from, in order, the
 * instance type, the CPU name, a core count in the name, the x86 family/model or ARM part
 * numbers, and last a typical cloud host of the vendor; the host's threads from a metal size
 * where the instance lists show one, else 2 x86 chips (1 Arm chip) at full core count;
 * DEFAULT_HOST_GB_PER_THREAD GB per host thread.
 */
function inferHost(machine, table = loadCpuTable()) {
    const sockets = Math.max(1, Math.round(machine.sockets || 1));
    const vmThreads = Math.max(1, Math.round(machine.threads || 1));
    const vmCores = Math.max(1, Math.round(machine.physicalCores || vmThreads));
    const nameRecord = lookupCpu(machine.cpuModel, table);
    if (!isVirtualMachine(machine))
        return bareMetalHost(machine, { sockets, vmCores, vmThreads }, nameRecord);
    const provider = providerOf(machine);
    const notes = [];
    let found = hostFromInstanceType(machine, provider, nameRecord, table, notes);
    if (!found && nameRecord)
        found = { record: nameRecord, identifiedBy: 'name' };
    if (!found) {
        const byCores = hostFromCoreCount(machine, sockets, vmCores, vmThreads);
        if (byCores)
            return byCores;
        found = hostFromCpuId(machine, provider, table, notes);
    }
    const { record, metalThreads, identifiedBy } = found ?? typicalHost(machine, provider, table, notes);
    const size = metalThreads
        ? {
            threads: metalThreads,
            sockets: record.cloudHostSockets ?? cloudHostThreads(record, table).sockets,
            fromMetal: true,
        }
        : cloudHostThreads(record, table);
    const cores = Math.min(size.threads, size.sockets * record.coresPerChip);
    const sizeWhy = size.fromMetal
        ? 'the size of its largest metal instance'
        : `${size.sockets} chip${size.sockets > 1 ? 's' : ''} × ${record.coresPerChip} cores × ` +
            `${record.threadsPerCore} thread${record.threadsPerCore > 1 ? 's' : ''}, the usual cloud host`;
    return finish(machine, { cpu: record.name, sockets: size.sockets, cores, threads: size.threads, ...fromRecord(record) }, vmThreads, record, identifiedBy, [
        ...notes,
        `VM on a ${size.sockets}-socket ${record.name} host of ${cores} cores / ${size.threads} threads (${sizeWhy})`,
    ]);
}
/** Bare metal: the machine is the whole server. */
function bareMetalHost(machine, counts, nameRecord) {
    const { sockets, vmCores, vmThreads } = counts;
    return {
        host: {
            cpu: machine.cpuModel,
            sockets,
            cores: vmCores,
            threads: vmThreads,
            memoryGb: machine.memoryGb > 0 ? machine.memoryGb : vmThreads * power_model/* DEFAULT_HOST_GB_PER_THREAD */.gP,
            ...(nameRecord ? fromRecord(nameRecord) : {}),
        },
        vmThreads,
        hostThreads: vmThreads,
        share: 1,
        identifiedBy: 'bare-metal',
        record: nameRecord,
        assumptions: [
            `bare metal: the machine is the whole server${nameRecord ? ` (${nameRecord.name} in the CPU table)` : ''}`,
        ],
    };
}
/** The instance type's listed host, unless what the VM reports of itself contradicts it (then a note says so). */
function hostFromInstanceType(machine, provider, nameRecord, table, notes) {
    if (!machine.instanceType || !provider)
        return null;
    const hit = instanceTypeHost(provider, machine.instanceType, table);
    if (!hit)
        return null;
    // Families such as GCP n1 span generations: numbers the VM itself reports beat the list.
    const fromId = !nameRecord ? microarchFromCpuId(machine, table) : null;
    const listed = `instance type ${machine.instanceType} is listed on ${hit.cpu.name}`;
    if (nameRecord && nameRecord !== hit.cpu) {
        notes.push(`${listed}, but the VM reports ${nameRecord.name}: the reported CPU is used`);
        return null;
    }
    if (fromId && fromId.microarchitecture !== hit.cpu.microarchitecture) {
        notes.push(`${listed} (${hit.cpu.microarchitecture}), but ${fromId.why}: the reported generation is used`);
        return null;
    }
    notes.push(`host CPU ${hit.cpu.name} from the ${provider} instance type ${machine.instanceType}`);
    return { record: hit.cpu, metalThreads: hit.hostThreads, identifiedBy: 'instance-type' };
}
/** A CPU the table lacks, whose name still carries its core count ("AMD EPYC 9654 96-Core Processor"). */
function hostFromCoreCount(machine, sockets, vmCores, vmThreads) {
    const coresPerChip = (0,cpu_name/* coresPerChipFromName */.dx)(machine.cpuModel);
    if (!coresPerChip || coresPerChip * sockets < vmCores)
        return null;
    const smt = vmThreads > vmCores;
    const cores = coresPerChip * sockets;
    const hostThreads = smt ? cores * 2 : cores;
    return finish(machine, { cpu: machine.cpuModel, sockets, cores, threads: hostThreads }, vmThreads, null, 'name-core-count', [
        `VM on a ${sockets}-socket host of ${cores} cores / ${hostThreads} threads (core count from the CPU name; ` +
            `${smt ? 'SMT seen in the VM' : 'no SMT seen in the VM'})`,
    ]);
}
/** A typical cloud host of the generation the x86 family/model or ARM part numbers name. */
function hostFromCpuId(machine, provider, table, notes) {
    const fromId = microarchFromCpuId(machine, table);
    if (!fromId)
        return null;
    const record = typicalCloudHost(fromId.microarchitecture, provider, table);
    if (!record)
        return null;
    notes.push(`the CPU name "${machine.cpuModel}" names no model; ${fromId.why}: ` +
        `assumed a typical cloud host of that generation, ${record.name}`);
    return { record, identifiedBy: 'cpu-id' };
}
const VENDOR_LABEL = {
    arm: 'Arm',
    amd: 'AMD',
    intel: 'Intel',
    apple: 'Apple',
};
/** Last resort: a typical cloud host of the vendor the name suggests (AMD when it suggests none). */
function typicalHost(machine, provider, table, notes) {
    const vendor = vendorGuess(machine);
    const generation = DEFAULT_GENERATION[vendor ?? 'amd'];
    const record = typicalCloudHost(generation, provider, table);
    if (!record)
        throw new Error(`host inference: the CPU table has no typical cloud host for ${generation}`);
    notes.push(vendor
        ? `the CPU name "${machine.cpuModel}" names no model or generation: ` +
            `assumed a typical ${VENDOR_LABEL[vendor]} cloud host, ${record.name}`
        : `the CPU "${machine.cpuModel}" is unknown: assumed a typical cloud host, ${record.name}`);
    return { record, identifiedBy: 'typical-host' };
}
function finish(machine, host, vmThreads, record, identifiedBy, notes) {
    let hostThreads = host.threads;
    if (vmThreads > hostThreads) {
        // A VM larger than the assumed host (a guess gone wrong): never give it more than the whole server.
        notes.push(`the VM has more threads (${vmThreads}) than the assumed host (${hostThreads}), ` +
            `so the host is taken to have ${vmThreads}`);
        hostThreads = vmThreads;
    }
    const memoryGb = hostThreads * power_model/* DEFAULT_HOST_GB_PER_THREAD */.gP;
    return {
        host: { ...host, threads: hostThreads, cores: Math.min(host.cores, hostThreads), memoryGb },
        vmThreads,
        hostThreads,
        share: vmThreads / hostThreads,
        identifiedBy,
        record,
        assumptions: [
            ...notes,
            `host memory ${memoryGb} GB (${power_model/* DEFAULT_HOST_GB_PER_THREAD */.gP} GB per host thread, assumed)`,
            `VM share ${vmThreads}/${hostThreads} of the host's non-memory power`,
        ],
    };
}
/** Host curve, host inference and the VM's CPU curve for a machine, in one call. */
function modelCpuCurveForMachine(machine, table = loadCpuTable()) {
    const inference = inferHost(machine, table);
    const host = (0,power_model/* predictServerPowerW */.zm)(inference.host);
    const vm = (0,power_model/* vmCpuCurve */.x2)(host, inference.host.memoryGb, inference.vmThreads, inference.hostThreads);
    return { host, inference, vm };
}

;// CONCATENATED MODULE: ./src/pipeline/cpu-curve.ts
// Chooses the CPU power curve for a machine: the SPECpower-fitted host curve, minus the
// host's memory power, scaled to the VM's share of the host's threads.



function cpuCurveForMachine(machine, memoryModel = 'measured') {
    const { host, inference } = modelCpuCurveForMachine(machine);
    const model = (0,power_model/* loadPowerModel */.tt)();
    // The one memory coefficient is in the host curve, splits it, and charges the VM's own
    // memory. With ccf the host's memory is re-priced at 0.392 W/GB in the curve and in the
    // split alike, so the VM's CPU share is the model's either way; only the memory charge moves.
    const memoryWPerGb = (0,power_model/* memoryWPerGb */.Lm)(memoryModel, model);
    const hostMemoryGb = inference.host.memoryGb;
    const hostCurve = {
        ...host,
        wattsAtLoad: host.wattsAtLoad.map((w) => w + (memoryWPerGb - model.memoryWPerGb) * hostMemoryGb),
    };
    const vm = (0,power_model/* vmCpuCurve */.x2)(hostCurve, hostMemoryGb, inference.vmThreads, inference.hostThreads, memoryWPerGb);
    const band = (0,power_model/* cpuBand */.yz)(model, host.family, inference.host.vendor ?? (0,cpu_name/* cpuFamilyFromName */.C5)(inference.host.cpu).vendor);
    const warnings = [];
    if (host.tdpSource === 'default') {
        warnings.push(`The CPU "${machine.cpuModel}" is not in the TDP table, so the power model used its default TDP per thread; ` +
            `CPU energy is less certain than usual.`);
    }
    return {
        vmCurveW: vm.cpuWattsAtLoad,
        hostCurveW: hostCurve.wattsAtLoad,
        vmThreads: inference.vmThreads,
        hostThreads: inference.hostThreads,
        memoryWPerGb,
        band,
        detail: `${vm.profile} (${inference.assumptions.join('; ')})`,
        host: {
            cpu: inference.host.cpu,
            sockets: inference.host.sockets,
            cores: inference.host.cores,
            threads: inference.host.threads,
        },
        assumptions: inference.assumptions,
        warnings,
    };
}


/***/ }),

/***/ 313:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ws: () => (/* binding */ greenerRegionText),
/* harmony export */   XZ: () => (/* binding */ decidedByText),
/* harmony export */   Yy: () => (/* binding */ regionText),
/* harmony export */   aw: () => (/* binding */ methodTexts),
/* harmony export */   sK: () => (/* binding */ capitalise)
/* harmony export */ });
/* unused harmony exports cpuMethodText, cpuRangeText, cpuScopeText, memoryMethodText, gpuMethodText, intensityText, pueText, operationalFormulaText, embodiedRuleText, samplesText */
/* harmony import */ var _carbon_setting_name__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9557);
/* harmony import */ var _format__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2011);
// The "How this was estimated" wording, shared by the CLI text, the job summary and the
// PR comment so the three never disagree. Returns plain, UNESCAPED text: callers escape
// for their medium (escapeMarkdown / sanitizeTerminalText).


function cpuMethodText(report) {
    const cpu = report.methods.cpu;
    if (cpu.method === 'rapl')
        return `RAPL energy counters (${cpu.detail})`;
    if (cpu.method === 'powermetrics')
        return `macOS powermetrics CPU power (${cpu.detail})`;
    return `power model from utilisation: ${cpu.detail}`;
}
/** The modelled CPU energy's band, or null (RAPL, or a report from before the band existed). */
function cpuRangeText(report) {
    const range = report.energyWh.cpuRange;
    const band = report.methods.cpu.band;
    if (!range || !band)
        return null;
    return (`${(0,_format__WEBPACK_IMPORTED_MODULE_0__/* .formatEnergyWh */ .jD)(range[0])} to ${(0,_format__WEBPACK_IMPORTED_MODULE_0__/* .formatEnergyWh */ .jD)(range[1])} ` +
        `(${Math.round(band.coverage * 100)} % band of the model's grouped cross-validation error, ${band.basis}; ` +
        'it cancels when comparing runs on the same machine class)');
}
/** Which CPU counter was metered and why (meter-scope); null for reports from before scopes. */
function cpuScopeText(report) {
    const scope = report.methods.cpu.scope;
    if (!scope)
        return null;
    return `${scope.used === 'container' ? "the container's cgroup" : 'the whole machine'}: ${scope.reason}`;
}
function memoryMethodText(report) {
    const memory = report.methods.memory;
    return `${memory.wPerGb} W per GB ${memory.detail}`;
}
const GPU_METHOD_WORDS = {
    'nvidia-smi-energy': 'nvidia-smi energy counter',
    'nvidia-smi-power': 'nvidia-smi power readings integrated over time',
    powermetrics: 'macOS powermetrics GPU power',
    none: 'no GPU metered',
};
function gpuMethodText(report) {
    const gpu = report.methods.gpu;
    return gpu.detail ? `${GPU_METHOD_WORDS[gpu.method]} (${gpu.detail})` : GPU_METHOD_WORDS[gpu.method];
}
const DECIDED_BY_WORDS = {
    metadata: "read from the cloud provider's metadata service",
    'github-hosted-default': 'assumed: GitHub-hosted runner, documented default (the runner does not say its region)',
    'world-average': 'unknown: no region given or detected, so the world average is used',
};
/** `kind` is the report's: a CLI report's region was set by --region, an action's by its input. */
const decidedByText = (decidedBy, kind = 'action') => decidedBy === 'input'
    ? `set by ${(0,_carbon_setting_name__WEBPACK_IMPORTED_MODULE_1__/* .settingName */ .QX)('region', kind === 'cli' ? 'cli' : 'action')}`
    : (DECIDED_BY_WORDS[decidedBy] ?? decidedBy);
function regionText(report) {
    const i = report.intensity;
    const where = i.region ?? 'world average';
    const zone = i.zone && i.zone !== i.region ? ` (grid zone ${i.zone})` : '';
    return `${where}${zone}, ${decidedByText(i.decidedBy, report.kind)}`;
}
const FIGURE_WORDS = { yearly: 'yearly average', override: 'user override', live: 'live value' };
const BOUNDARY_WORDS = {
    lifecycle: 'lifecycle (includes building and fuelling the power plants)',
    operational: 'operational (combustion at the power plant only)',
    'user-defined': "as defined by the user's own source",
};
function intensityText(report) {
    const i = report.intensity;
    const year = i.year === null ? '' : `, ${i.year}`;
    const figure = FIGURE_WORDS[i.figure] ?? i.figure;
    const boundary = BOUNDARY_WORDS[i.boundary] ?? i.boundary;
    return `${(0,_format__WEBPACK_IMPORTED_MODULE_0__/* .formatIntensityGPerKWh */ .vK)(i.gPerKWh)} (${figure}; ${i.source}${year}); boundary: ${boundary}`;
}
function pueText(report) {
    return `${report.pue.value} (${report.pue.source})`;
}
function operationalFormulaText(report) {
    return (`${(0,_format__WEBPACK_IMPORTED_MODULE_0__/* .formatEnergyWh */ .jD)(report.energyWh.total)} × PUE ${report.pue.value} × ` +
        `${(0,_format__WEBPACK_IMPORTED_MODULE_0__/* .formatIntensityGPerKWh */ .vK)(report.intensity.gPerKWh)} = ${(0,_format__WEBPACK_IMPORTED_MODULE_0__/* .formatMassG */ .bc)(report.co2eG.operational)}`);
}
function embodiedRuleText(report) {
    const e = report.embodied;
    const inTotal = report.includeEmbodied ? 'included in the total' : 'reported beside the total, not in it';
    return (`SCI M = TE × time share × resource share = ${e.hostKgCo2e} kg × ` +
        `(${(0,_format__WEBPACK_IMPORTED_MODULE_0__/* .formatDurationS */ .De)(report.durationS)} ÷ ${e.lifespanYears} years = ${e.timeShare.toExponential(2)}) × ` +
        `${round4(e.resourceShare)} = ${(0,_format__WEBPACK_IMPORTED_MODULE_0__/* .formatMassG */ .bc)(report.co2eG.embodied)}; ${inTotal} (${e.source})`);
}
const round4 = (n) => (Number.isFinite(n) ? String(Number(n.toFixed(4))) : 'n/a');
/** "had this run in azure:swedencentral (24 g/kWh), it would have emitted 0.3 g (−92.0 %)". */
function greenerRegionText(region, currentOperationalG) {
    const change = currentOperationalG > 0
        ? ` (${(0,_format__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(((region.co2eG - currentOperationalG) / currentOperationalG) * 100)})`
        : '';
    return (`had this run in ${region.region} (${(0,_format__WEBPACK_IMPORTED_MODULE_0__/* .formatIntensityGPerKWh */ .vK)(region.gPerKWh)}), ` +
        `it would have emitted ${(0,_format__WEBPACK_IMPORTED_MODULE_0__/* .formatMassG */ .bc)(region.co2eG)}${change}`);
}
function samplesText(report) {
    const s = report.samples;
    const parts = [`${s.count} samples every ${(0,_format__WEBPACK_IMPORTED_MODULE_0__/* .formatDurationS */ .De)(s.intervalS)}`];
    if (s.gapS > 0)
        parts.push(`${(0,_format__WEBPACK_IMPORTED_MODULE_0__/* .formatDurationS */ .De)(s.gapS)} of gaps`);
    if (s.tornLines > 0)
        parts.push(`${s.tornLines} torn line(s) skipped`);
    if (s.endedEarly)
        parts.push('the sampler stopped before the end');
    return parts.join(', ');
}
function methodTexts(report) {
    const cpu = report.methods.cpu;
    return {
        cpu: cpuMethodText(report),
        cpuRange: cpuRangeText(report),
        cpuScope: cpuScopeText(report),
        raplNotUsed: (cpu.method !== 'rapl' && cpu.raplUnavailableReason) || null,
        memory: memoryMethodText(report),
        gpu: gpuMethodText(report),
        intensity: intensityText(report),
        pue: pueText(report),
        operationalFormula: operationalFormulaText(report),
        embodiedRule: embodiedRuleText(report),
        samples: samplesText(report),
    };
}
const capitalise = (text) => (text ? text[0].toUpperCase() + text.slice(1) : text);


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DK: () => (/* reexport safe */ _schema_one_line__WEBPACK_IMPORTED_MODULE_0__.D),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   p_: () => (/* binding */ sanitizeTerminalText),
/* harmony export */   x2: () => (/* binding */ escapeMermaidLabel)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_LENGTH */
/* harmony import */ var _schema_one_line__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1082);
// Untrusted text (branch, step, job and workflow names, region labels, command lines,
// warnings that quote them) goes into Markdown that GitHub renders in a PR comment and
// a job summary. A branch name is attacker-chosen on a fork PR, so it must not be able
// to inject links, images, HTML, table cells, mentions, or close the hidden marker.

const DEFAULT_MAX_LENGTH = 200;
const ZERO_WIDTH_JOINER = '\u200D';
// Moved to the schema, which cleans strings as it reads a report; re-exported for the renderers.

// Characters with a meaning in CommonMark/GFM inline or block syntax. Backslash-escaped
// (CommonMark allows a backslash before any ASCII punctuation, and GFM tables honour
// "\|" inside cells). "&", "<", ">", '"' and "'" are entity-encoded instead, so that no
// HTML tag, comment opener "<!--" or closer "-->" survives.
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-!|~=^$:]/g;
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
const htmlEntity = (c) => HTML_ENTITIES[c];
/** Text made inert in HTML element content and in quoted attribute values. */
function escapeHtml(text) {
    return String(text ?? '').replace(/[&<>"']/g, htmlEntity);
}
/**
 * Makes untrusted text inert in Markdown and HTML: one line, at most `maxLength` code
 * points, Markdown punctuation backslash-escaped, HTML special characters entity-encoded,
 * and "@name" mentions broken with a zero-width joiner so nobody is pinged. Safe inside
 * table cells, link text, headings and `<summary>`.
 */
function escapeMarkdown(text, options = {}) {
    const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    const oneLine = (0,_schema_one_line__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .x)((0,_schema_one_line__WEBPACK_IMPORTED_MODULE_0__/* .collapseWhitespace */ .D)(String(text ?? '')), maxLength);
    return (oneLine
        .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
        .replace(/[&<>"']/g, htmlEntity)
        // "checkout@v4" and e-mail addresses never ping; "@name", "(@name" and "_@name" might.
        .replace(/(?<![\p{L}\p{N}])@(?=[\p{L}\p{N}_-])/gu, `@${ZERO_WIDTH_JOINER}`));
}
// Mermaid labels live inside double quotes in a fenced ```mermaid block: quotes, brackets,
// backticks (which could close the fence), "%%" comments, "<br>"-style HTML and line breaks
// are all replaced; what is left is letters, digits, spaces and harmless punctuation.
const MERMAID_UNSAFE = /[^\p{L}\p{N} .,:/_+\-()'%]/gu;
const MERMAID_MAX_LENGTH = 60;
/** Text safe for a quoted Mermaid title, axis title or category label. */
function escapeMermaidLabel(text, maxLength = MERMAID_MAX_LENGTH) {
    const cleaned = (0,_schema_one_line__WEBPACK_IMPORTED_MODULE_0__/* .collapseWhitespace */ .D)(String(text ?? ''))
        .replace(/["`]/g, "'")
        .replace(/[[{<]/g, '(')
        .replace(/[\]}>]/g, ')')
        .replace(MERMAID_UNSAFE, ' ')
        .replace(/%%+/g, '%')
        .replace(/ {2,}/g, ' ')
        .trim();
    return (0,_schema_one_line__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .x)(cleaned, maxLength);
}
/** Untrusted text for plain terminal output: one line, no control/escape sequences. */
function sanitizeTerminalText(text, maxLength = DEFAULT_MAX_LENGTH) {
    return (0,_schema_one_line__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .x)((0,_schema_one_line__WEBPACK_IMPORTED_MODULE_0__/* .collapseWhitespace */ .D)(String(text ?? '')), maxLength);
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   De: () => (/* binding */ formatDurationS),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   Jr: () => (/* binding */ formatPlainNumber),
/* harmony export */   T1: () => (/* binding */ formatShare),
/* harmony export */   bc: () => (/* binding */ formatMassG),
/* harmony export */   jD: () => (/* binding */ formatEnergyWh),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   q_: () => (/* binding */ formatPowerW),
/* harmony export */   vK: () => (/* binding */ formatIntensityGPerKWh)
/* harmony export */ });
/* unused harmony export MINUS */
// Human formatting of quantities for the CLI text, the job summary and the PR comment.
// Three significant figures everywhere: the estimates are not better than that, and a
// reader comparing two runs should not be misled by trailing digits.
/** U+2212: a real minus sign, which does not wrap or read as a hyphen. */
const MINUS = '\u2212';
const NOT_AVAILABLE = 'n/a';
const SIGNIFICANT_FIGURES = 3;
/**
 * Picks the largest unit in which the value is ≥ 1 (after rounding to 3 significant
 * figures, so 999.7 Wh reads "1.00 kWh", not "1.00e+3 Wh") and formats it there.
 * Scales are given smallest first.
 */
function formatScaled(value, scales, zeroText) {
    if (!Number.isFinite(value))
        return NOT_AVAILABLE;
    if (value === 0)
        return zeroText;
    const magnitude = Math.abs(value);
    const rounded = Number(magnitude.toPrecision(SIGNIFICANT_FIGURES));
    let scale = scales[0];
    for (const s of scales)
        if (rounded >= s.factor)
            scale = s;
    const digits = Number((magnitude / scale.factor).toPrecision(SIGNIFICANT_FIGURES));
    const text = trimExponent(digits);
    return `${value < 0 ? MINUS : ''}${text} ${scale.symbol}`;
}
/** toPrecision without exponent notation, keeping 3 significant figures ("1.00", "12.3", "456"). */
function trimExponent(n) {
    if (n >= 100)
        return n.toFixed(0);
    if (n >= 10)
        return n.toFixed(1);
    if (n >= 1)
        return n.toFixed(2);
    // Below the smallest scale: keep 3 significant digits after the leading zeros.
    const exponent = Math.floor(Math.log10(n));
    return n.toFixed(Math.min(20, SIGNIFICANT_FIGURES - 1 - exponent));
}
const SI_PREFIX_FACTORS = { µ: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6 };
/** The unit with each SI prefix, smallest first. */
const siScales = (unit, prefixes) => prefixes.map((prefix) => ({ factor: SI_PREFIX_FACTORS[prefix], symbol: `${prefix}${unit}` }));
const ENERGY_SCALES = siScales('Wh', ['µ', 'm', '', 'k', 'M']);
// A million grams reads as tonnes, not megagrams.
const MASS_SCALES = [...siScales('g', ['µ', 'm', '', 'k']), { factor: 1e6, symbol: 't' }];
const POWER_SCALES = siScales('W', ['m', '', 'k']);
/** "12.3 Wh", "1.23 kWh", "456 mWh". */
const formatEnergyWh = (energyWh) => formatScaled(energyWh, ENERGY_SCALES, '0 Wh');
/** "12.3 g", "1.23 kg", "450 mg" (CO2e mass). */
const formatMassG = (massG) => formatScaled(massG, MASS_SCALES, '0 g');
/** "12.3 W", "1.23 kW", "456 mW". */
const formatPowerW = (powerW) => formatScaled(powerW, POWER_SCALES, '0 W');
/** Grid intensity, whole grams: "436 g/kWh" (sources give it to the gram at best). */
function formatIntensityGPerKWh(gPerKWh) {
    if (!Number.isFinite(gPerKWh))
        return NOT_AVAILABLE;
    return `${Math.round(gPerKWh)} g/kWh`;
}
/** Prefixes "+" or "−" to a formatter's output for a signed change; zero gets no sign. */
function formatSigned(value, format) {
    if (!Number.isFinite(value))
        return NOT_AVAILABLE;
    const text = format(Math.abs(value));
    if (value > 0)
        return `+${text}`;
    if (value < 0)
        return `${MINUS}${text}`;
    return text;
}
/** "1 h 02 min", "3 min 05 s", "12.3 s", "450 ms". */
function formatDurationS(durationS) {
    if (!Number.isFinite(durationS) || durationS < 0)
        return NOT_AVAILABLE;
    if (durationS < 1) {
        const ms = Math.round(durationS * 1000);
        if (ms < 1000)
            return `${ms} ms`;
    }
    if (durationS < 60) {
        const tenths = Math.round(durationS * 10) / 10;
        if (tenths < 60)
            return `${tenths.toFixed(1)} s`;
    }
    const wholeS = Math.round(durationS);
    if (wholeS < 3600) {
        const min = Math.floor(wholeS / 60);
        return `${min} min ${pad2(wholeS % 60)} s`;
    }
    const wholeMin = Math.round(durationS / 60);
    return `${Math.floor(wholeMin / 60)} h ${pad2(wholeMin % 60)} min`;
}
const pad2 = (n) => String(n).padStart(2, '0');
/** Always signed, one decimal: "+12.0 %", "−4.0 %", "0.0 %". */
function formatPercent(percent) {
    if (!Number.isFinite(percent))
        return NOT_AVAILABLE;
    const rounded = Math.round(Math.abs(percent) * 10) / 10;
    if (rounded === 0)
        return '0.0 %';
    return `${percent > 0 ? '+' : MINUS}${rounded.toFixed(1)} %`;
}
/** A plain number for data (Mermaid series, tables): at most `decimals` places, no trailing zeros. */
function formatPlainNumber(value, decimals = 3) {
    if (!Number.isFinite(value))
        return '0';
    const fixed = value.toFixed(decimals);
    const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
    return trimmed === '-0' ? '0' : trimmed;
}
/** A share 0..1 as "12 %" (whole percent; "<1 %" for small non-zero shares). */
function formatShare(share) {
    if (!Number.isFinite(share))
        return NOT_AVAILABLE;
    const percent = share * 100;
    if (percent > 0 && percent < 0.5)
        return '<1 %';
    return `${Math.round(percent)} %`;
}


/***/ }),

/***/ 881:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ shellQuoteWord),
/* harmony export */   Z: () => (/* binding */ shellQuote)
/* harmony export */ });
// A command line as a POSIX shell would need it typed: words with spaces, quotes or shell
// metacharacters are single-quoted, so `bash -c 'kill -TERM $$'` reads back as it ran.
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
function shellQuoteWord(word) {
    if (word === '')
        return "''";
    if (SAFE_WORD.test(word))
        return word;
    // Inside single quotes nothing is special except the quote itself: close, escape, reopen.
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
function shellQuote(words) {
    return words.map(shellQuoteWord).join(' ');
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* unused harmony export wrapText */
/* harmony import */ var _shell_quote__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(881);
/* harmony import */ var _describe__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(313);
/* harmony import */ var _escape__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4031);
/* harmony import */ var _format__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2011);
// The CLI's readable report: the figures first, then how they were obtained, so a reader
// can judge them. Plain text, ≤ 80 columns (long lines wrap with a hanging indent).




const LABEL_WIDTH = 14;
/** Greedy word wrap; words longer than the line are kept whole (paths, URLs). A unit such
 * as "%" never starts a line on its own ("−93.5 %" stays together). */
function wrapText(text, width, indent, firstIndent = indent) {
    const words = text
        .split(' ')
        .filter((w) => w.length > 0)
        .reduce((acc, w) => {
        if (/^%/.test(w) && acc.length > 0)
            acc[acc.length - 1] += ' ' + w;
        else
            acc.push(w);
        return acc;
    }, []);
    const lines = [];
    let line = firstIndent;
    let lineHasWord = false;
    for (const word of words) {
        if (lineHasWord && line.length + 1 + word.length > width) {
            lines.push(line);
            line = indent + word;
        }
        else {
            line += (lineHasWord ? ' ' : '') + word;
        }
        lineHasWord = true;
    }
    lines.push(line);
    return lines;
}
function renderText(report, options = {}) {
    const width = options.width ?? 80;
    const out = [];
    const w = {
        out,
        bold: (s) => (options.color ? `\u001b[1m${s}\u001b[22m` : s),
        clean: (s) => (0,_escape__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeTerminalText */ .p_)(s, 500),
        row: (label, value, indent = '  ') => {
            const first = `${indent}${label.padEnd(LABEL_WIDTH)}`;
            out.push(...wrapText(value, width, ' '.repeat(first.length), first));
        },
        para: (text, indent = '  ', bullet = '- ') => {
            out.push(...wrapText(text, width, indent + ' '.repeat(bullet.length), indent + bullet));
        },
    };
    const yellow = (s) => (options.color ? `\u001b[33m${s}\u001b[39m` : s);
    const { bold, clean, para } = w;
    const m = (0,_describe__WEBPACK_IMPORTED_MODULE_0__/* .methodTexts */ .aw)(report);
    writeFigures(w, report, m);
    if (report.equivalents.length > 0) {
        out.push('');
        out.push(bold('That is about'));
        for (const e of report.equivalents)
            para(clean(e.text));
    }
    if (report.greenerRegions.length > 0) {
        out.push('');
        out.push(bold('Greener regions'));
        for (const r of report.greenerRegions) {
            para(`${(0,_describe__WEBPACK_IMPORTED_MODULE_0__/* .capitalise */ .sK)(clean((0,_describe__WEBPACK_IMPORTED_MODULE_0__/* .greenerRegionText */ .Ws)(r, report.co2eG.operational)))}.`);
        }
    }
    writeMethod(w, report, m);
    if (report.intensity.assumption) {
        out.push('');
        for (const line of wrapText(`ASSUMPTION: ${clean(report.intensity.assumption)}`, width, '  ', '! '))
            out.push(yellow(line));
    }
    if (report.warnings.length > 0) {
        out.push('');
        out.push(bold('Warnings'));
        for (const warning of report.warnings)
            para(clean(warning), '  ', '! ');
    }
    return out.join('\n') + '\n';
}
/** The heading, the command and its duration, the energy and the CO2e. */
function writeFigures({ out, bold, clean, row }, report, m) {
    out.push(bold(`carbon-action ${clean(report.tool.version)}: energy and CO2e estimate`));
    if (report.command && report.command.length > 0) {
        const exit = report.exitCode === undefined
            ? ''
            : report.exitCode === null
                ? ` (${report.signal ? `killed by ${clean(report.signal)}` : 'killed by a signal'})`
                : ` (exit ${clean(report.exitCode)})`;
        row('Command', `${clean((0,_shell_quote__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .Z)(report.command.map(String)))}${exit}`, '');
    }
    row('Duration', (0,_format__WEBPACK_IMPORTED_MODULE_2__/* .formatDurationS */ .De)(report.durationS), '');
    out.push('');
    out.push(bold('Energy (IT equipment, before PUE)'));
    row('CPU', (0,_format__WEBPACK_IMPORTED_MODULE_2__/* .formatEnergyWh */ .jD)(report.energyWh.cpu));
    row('Memory', (0,_format__WEBPACK_IMPORTED_MODULE_2__/* .formatEnergyWh */ .jD)(report.energyWh.memory));
    row('GPU', report.methods.gpu.method === 'none'
        ? `${(0,_format__WEBPACK_IMPORTED_MODULE_2__/* .formatEnergyWh */ .jD)(report.energyWh.gpu)} (no GPU metered)`
        : (0,_format__WEBPACK_IMPORTED_MODULE_2__/* .formatEnergyWh */ .jD)(report.energyWh.gpu));
    row('Total', (0,_format__WEBPACK_IMPORTED_MODULE_2__/* .formatEnergyWh */ .jD)(report.energyWh.total));
    row('Power', `mean ${(0,_format__WEBPACK_IMPORTED_MODULE_2__/* .formatPowerW */ .q_)(report.powerW.mean)}, peak ${(0,_format__WEBPACK_IMPORTED_MODULE_2__/* .formatPowerW */ .q_)(report.powerW.peak)}`);
    out.push('');
    out.push(bold('CO2e'));
    row('Operational', `${(0,_format__WEBPACK_IMPORTED_MODULE_2__/* .formatMassG */ .bc)(report.co2eG.operational)} (${clean(m.operationalFormula)})`);
    row('Embodied', `${(0,_format__WEBPACK_IMPORTED_MODULE_2__/* .formatMassG */ .bc)(report.co2eG.embodied)} (${report.includeEmbodied ? 'included in total' : 'not in total'})`);
    row('Total', (0,_format__WEBPACK_IMPORTED_MODULE_2__/* .formatMassG */ .bc)(report.co2eG.total));
    row('SCI', `${(0,_format__WEBPACK_IMPORTED_MODULE_2__/* .formatMassG */ .bc)(report.sci.gPerRun)} CO2e per run`);
}
/** How each figure was estimated, one labelled row a part. */
function writeMethod({ out, bold, clean, row }, report, m) {
    out.push('');
    out.push(bold('How this was estimated'));
    row('CPU', clean(m.cpu));
    if (m.cpuRange)
        row('CPU range', clean(m.cpuRange));
    if (m.cpuScope)
        row('Metered', clean(m.cpuScope));
    if (m.raplNotUsed)
        row('No RAPL', clean(m.raplNotUsed));
    row('Memory', clean(m.memory));
    row('GPU', clean(m.gpu));
    row('Region', clean((0,_describe__WEBPACK_IMPORTED_MODULE_0__/* .regionText */ .Yy)(report)));
    row('Intensity', clean(m.intensity));
    row('PUE', clean(m.pue));
    row('Embodied', clean(m.embodiedRule));
    row('Samples', clean(m.samples));
}


/***/ }),

/***/ 7722:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KR: () => (/* binding */ parseCollecting),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   U5: () => (/* binding */ droppable),
/* harmony export */   WL: () => (/* binding */ obj),
/* harmony export */   Wh: () => (/* binding */ int),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   fo: () => (/* binding */ NAME_MAX),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   ly: () => (/* binding */ listOrEmpty),
/* harmony export */   mR: () => (/* binding */ optionalText),
/* harmony export */   nL: () => (/* binding */ numbers),
/* harmony export */   p6: () => (/* binding */ date),
/* harmony export */   pV: () => (/* binding */ exactly),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   qB: () => (/* binding */ NOT_AN_OBJECT),
/* harmony export */   v4: () => (/* binding */ issueText),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* unused harmony exports MAX_FIGURE, TEXT_MAX, describeValue, pathText */
/* harmony import */ var valibot__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7934);
/* harmony import */ var _one_line__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1082);
// The building blocks of the report schema, each carrying the one message format every reader
// gives: "<path> must be <what is accepted>, got <the value>" (e.g. `co2eG.total must be a number
// from 0 to 1000000000, got "lots"`). Reports come from files and comments we do not control, so a
// block also cleans what it reads: strings are flattened to one capped line, lists are capped, and
// an optional part that is wrong is left out with a note rather than failing the whole report.


/** Larger figures than any CI job could produce (a kWh-scale job is 1e3 Wh; a day is 86,400 s). */
const MAX_FIGURE = 1e9;
const TEXT_MAX = 500;
const NAME_MAX = 200;
/** A value as a message quotes it: strings quoted and capped, objects and arrays named, not dumped. */
function describeValue(x) {
    if (typeof x === 'string')
        return JSON.stringify((0,_one_line__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .x)((0,_one_line__WEBPACK_IMPORTED_MODULE_0__/* .collapseWhitespace */ .D)(x), 40));
    if (typeof x === 'number' || typeof x === 'boolean' || x === null || x === undefined)
        return String(x);
    return Array.isArray(x) ? 'an array' : 'an object';
}
const says = (accepted) => (issue) => `must be ${accepted}, got ${describeValue(issue.input)}`;
/** `machine.gpus[0].name` from an issue's path; "" at the root. */
function pathText(issue) {
    let out = '';
    for (const item of issue.path ?? []) {
        const key = item.key;
        out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
    }
    return out;
}
/** The one message format: the path (or `subject` at the root), then what is wrong. */
function issueText(issue, subject = 'the report') {
    return `${pathText(issue) || subject} ${issue.message}`;
}
// Notes about optional parts left out, for the parse that is running. valibot's config is
// copied field by field and cannot carry them, and a parse is synchronous, so one slot is enough.
let leftOutSink = null;
/** Runs `schema` on `value`; also returns what optional parts were left out, and why. */
function parseCollecting(schema, value) {
    const outer = leftOutSink;
    const leftOut = [];
    leftOutSink = leftOut;
    try {
        return { result: valibot__WEBPACK_IMPORTED_MODULE_1__/* .safeParse */ .xLC(schema, value, { abortEarly: true }), leftOut };
    }
    finally {
        leftOutSink = outer;
    }
}
// Numbers are most of a report (a timeline alone has 240), so each is one check, not a pipe.
const num = (min = 0, max = MAX_FIGURE) => valibot__WEBPACK_IMPORTED_MODULE_1__/* .custom */ .IeY((x) => typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max, says(`a number from ${min} to ${max}`));
const int = (min = 0, max = MAX_FIGURE) => valibot__WEBPACK_IMPORTED_MODULE_1__/* .custom */ .IeY((x) => typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max, says(`a whole number from ${min} to ${max}`));
/** One line, control and invisible characters removed, capped at `max` characters. */
const text = (max = TEXT_MAX) => valibot__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(says('a string')), valibot__WEBPACK_IMPORTED_MODULE_1__/* .transform */ .pdi((s) => (0,_one_line__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .x)((0,_one_line__WEBPACK_IMPORTED_MODULE_0__/* .collapseWhitespace */ .D)(s), max)));
const date = () => {
    const m = says('an ISO date');
    return valibot__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(m), valibot__WEBPACK_IMPORTED_MODULE_1__/* .check */ .z6Y((s) => !Number.isNaN(Date.parse(s)), m), valibot__WEBPACK_IMPORTED_MODULE_1__/* .transform */ .pdi((s) => (0,_one_line__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .x)((0,_one_line__WEBPACK_IMPORTED_MODULE_0__/* .collapseWhitespace */ .D)(s), 40)));
};
const bool = () => valibot__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(says('true or false'));
const oneOf = (options) => valibot__WEBPACK_IMPORTED_MODULE_1__/* .picklist */ .KIO(options, says(`one of ${options.join(', ')}`));
const exactly = (value) => valibot__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(value, says(typeof value === 'string' ? JSON.stringify(value) : String(value)));
const NOT_AN_OBJECT = 'is missing or not an object';
/** What the schema at `entries[key]` says about a missing value (valibot reports a missing key on the parent). */
function missingMessage(entries, issue) {
    const key = issue.path?.[issue.path.length - 1]?.key;
    let schema = entries[String(key)];
    while (schema && schema.message === undefined && schema.wrapped)
        schema = schema.wrapped;
    if (schema?.type === 'object')
        return NOT_AN_OBJECT;
    if (typeof schema?.message === 'string')
        return schema.message;
    return typeof schema?.message === 'function'
        ? schema.message({ ...issue, input: undefined })
        : 'is missing';
}
const withoutUndefined = (o) => {
    for (const k of Object.keys(o))
        if (o[k] === undefined)
            delete o[k];
    return o;
};
/** An object with these fields; unknown fields are dropped, optional fields left out are absent, not undefined. */
const obj = (entries) => {
    const object = valibot__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc(entries, (issue) => issue.input === undefined ? missingMessage(entries, issue) : NOT_AN_OBJECT);
    // valibot's object takes an array for an object; a report part never is one.
    const notArray = valibot__WEBPACK_IMPORTED_MODULE_1__/* .custom */ .IeY((x) => typeof x === 'object' && x !== null && !Array.isArray(x), NOT_AN_OBJECT);
    // A left-out optional field comes back as undefined; only objects that have one need the sweep.
    const hasDroppable = Object.values(entries).some((e) => 'fallback' in e);
    return hasDroppable ? valibot__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(notArray, object, valibot__WEBPACK_IMPORTED_MODULE_1__/* .transform */ .pdi(withoutUndefined)) : valibot__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(notArray, object);
};
/**
 * An optional part: absent is fine; present and wrong, it is left out with a note naming `name`
 * (the part's path; "[]" stands for any item of a list), so one bad optional field never costs a report.
 */
const droppable = (name, schema) => valibot__WEBPACK_IMPORTED_MODULE_1__/* .fallback */ .NpB(valibot__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(schema), (dataset) => {
    const issue = dataset?.issues?.[0];
    if (issue) {
        const inner = pathText(issue);
        leftOutSink?.push(`${name}${inner === '' || inner.startsWith('[') ? inner : `.${inner}`} ${issue.message}; left out`);
    }
    return undefined;
});
/** Optional text: also left out when empty. */
const optionalText = (name, max = TEXT_MAX) => droppable(name, valibot__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(text(max), valibot__WEBPACK_IMPORTED_MODULE_1__/* .transform */ .pdi((s) => (s === '' ? undefined : s))));
const UNREADABLE = Symbol('unreadable');
/** A list whose unreadable items are left out (counted in one note), capped at `max` items. */
const list = (name, item, max) => valibot__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J(), says('an array')), valibot__WEBPACK_IMPORTED_MODULE_1__/* .transform */ .pdi((items) => {
    if (items.length > max)
        leftOutSink?.push(`${name}: ${items.length - max} item(s) beyond the first ${max} left out`);
    return items.slice(0, max);
}), valibot__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(valibot__WEBPACK_IMPORTED_MODULE_1__/* .fallback */ .NpB(item, () => UNREADABLE)), valibot__WEBPACK_IMPORTED_MODULE_1__/* .transform */ .pdi((items) => {
    const out = items.filter((x) => x !== UNREADABLE);
    if (out.length < items.length)
        leftOutSink?.push(`${name}: ${items.length - out.length} unreadable item(s) left out`);
    return out;
}));
/** A list, as `list`, that is empty when absent. */
const listOrEmpty = (name, item, max) => valibot__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(list(name, item, max), () => []);
/** Exactly `length` numbers from 0 to `max` (a histogram, a power curve). */
const numbers = (length, max = MAX_FIGURE) => valibot__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(num(0, max), () => `must be an array of ${length} numbers`), valibot__WEBPACK_IMPORTED_MODULE_1__/* .length */ .Bw9(length, () => `must be an array of ${length} numbers`));


/***/ }),

/***/ 1082:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ collapseWhitespace),
/* harmony export */   x: () => (/* binding */ truncate)
/* harmony export */ });
// Text from a file or a comment we did not write is shown one line at a time, so the schema
// flattens and caps strings as it reads them; the renderers escape on top of this.
const ELLIPSIS = '…';
/** At most `maxLength` characters (code points, so an emoji is never split), the last one an ellipsis when cut. */
function truncate(text, maxLength) {
    // A string has at least as many UTF-16 units as code points: short ones need no counting.
    if (text.length <= maxLength)
        return text;
    const chars = Array.from(text);
    if (chars.length <= maxLength)
        return text;
    return chars.slice(0, Math.max(0, maxLength - 1)).join('') + ELLIPSIS;
}
/**
 * Collapses line breaks, tabs and other control characters to single spaces, and drops
 * bidirectional overrides and zero-width characters that could disguise the text.
 */
function collapseWhitespace(text) {
    return text
        .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
        .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\s]+/g, ' ')
        .trim();
}


/***/ }),

/***/ 8878:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   pA: () => (/* binding */ checkReport)
/* harmony export */ });
/* unused harmony exports newerSchemaReason, whyNotAReport */
/* harmony import */ var _fields__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7722);
/* harmony import */ var _report__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6437);
// The one way to read a report that came from a file, a history line or an artifact: through
// the schema, with one message format everywhere. History, baseline, `report`, the fork publish
// mode, the dashboard and the export all call checkReport and only add where the value came from.


/** Why a report from a newer carbon-action is refused, in the same words everywhere. */
function newerSchemaReason(version) {
    return (`schemaVersion ${version} is newer than this carbon-action reads (${_report__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_SCHEMA_VERSION */ .WI}): upgrade ` +
        `carbon-action`);
}
/** Reads `value` as a report, or says why it is not one. */
function checkReport(value) {
    // valibot takes an array for an object.
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { ok: false, reason: `the report ${_fields__WEBPACK_IMPORTED_MODULE_0__/* .NOT_AN_OBJECT */ .qB}` };
    const version = value?.schemaVersion;
    if (typeof version === 'number' && Number.isInteger(version) && version > _report__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_SCHEMA_VERSION */ .WI)
        return { ok: false, reason: newerSchemaReason(version), newer: version };
    const { result, leftOut } = (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .parseCollecting */ .KR)(_report__WEBPACK_IMPORTED_MODULE_1__/* .ReportSchema */ .M9, value);
    if (result.success)
        return { ok: true, report: result.output, leftOut };
    return { ok: false, reason: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .issueText */ .v4)(result.issues[0]) };
}
/** Why `value` is not a report, or null when it is one. */
function whyNotAReport(value) {
    const checked = checkReport(value);
    return checked.ok ? null : checked.reason;
}


/***/ }),

/***/ 6437:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ MIN_PUE),
/* harmony export */   M9: () => (/* binding */ ReportSchema),
/* harmony export */   Rs: () => (/* binding */ storedName),
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   eq: () => (/* binding */ MAX_INTENSITY_G_PER_KWH),
/* harmony export */   wj: () => (/* binding */ MAX_PUE)
/* harmony export */ });
/* unused harmony exports REPORT_LIST_MAX, MethodsInfoSchema, GpuInfoSchema, CpuIdInfoSchema, MachineInfoSchema, IntensityInfoSchema, PueInfoSchema, EmbodiedInfoSchema, EquivalentSchema, GreenerRegionSchema, TimelinePointSchema, SamplesSummarySchema, StepEnergySchema, RunContextSchema, WorkAccountSchema, HistoryEntrySchema */
/* harmony import */ var valibot__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7934);
/* harmony import */ var _one_line__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1082);
/* harmony import */ var _fields__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7722);
// The report object is the spine of carbon-action: produced by the CLI and the action,
// stored in history, read by the comment, the dashboard and the export.
// Documented field by field in docs/report-schema.md; bump REPORT_SCHEMA_VERSION on any
// breaking change and keep readers refusing newer versions. The schema below is the source
// of truth: the types are inferred from it, and every reader checks a report through it
// (src/schema/read-report.ts).



const REPORT_SCHEMA_VERSION = 1;
/** Caps on lists: a real report has under 120 timeline points, a few dozen steps and warnings. */
const REPORT_LIST_MAX = { steps: 500, timeline: 1000, warnings: 20, command: 50, gpus: 16, perRun: 10 };
const CPU_METHODS = ['rapl', 'powermetrics', 'model'];
const GPU_METHODS = ['nvidia-smi-energy', 'nvidia-smi-power', 'powermetrics', 'none'];
const DECIDED_BY = [
    'input', // --region / region input
    'metadata', // cloud metadata service
    'github-hosted-default', // documented assumption for GitHub-hosted runners
    'world-average', // nothing known
];
const MethodsInfoSchema = (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({
    cpu: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({
        method: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(CPU_METHODS),
        /** Human-readable: which RAPL domains, or which model profile and VM share. */
        detail: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(),
        /**
         * Why RAPL was not used, when it was not (e.g. "permission denied on /sys/class/powercap/intel-rapl:0/energy_uj").
         */
        raplUnavailableReason: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .optionalText */ .mR)('methods.cpu.raplUnavailableReason'),
        /** Model only: the grouped-CV band behind energyWh.cpuRange, as factors on the modelled CPU energy. */
        band: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .droppable */ .U5)('methods.cpu.band', (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({ low: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(0, 100), high: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(0, 100), coverage: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(0, 1), basis: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)() })),
        /**
         * Which CPU counter utilisation came from (whole machine, or the container's cgroup) and why. Absent in older
         * reports.
         */
        scope: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .droppable */ .U5)('methods.cpu.scope', (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({ used: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['machine', 'container']), reason: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)() })),
    }),
    memory: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({ method: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .exactly */ .pV)('coefficient'), wPerGb: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(0, 100), detail: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)() }),
    gpu: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({ method: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(GPU_METHODS), detail: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)() }),
});
const GpuInfoSchema = (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({
    index: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0, 1024),
    name: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(_fields__WEBPACK_IMPORTED_MODULE_0__/* .NAME_MAX */ .fo),
    memoryMiB: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .droppable */ .U5)('machine.gpus[].memoryMiB', (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)()),
});
/** x86 vendor_id / cpu family / model / stepping, or ARM CPU implementer / CPU part; only those the machine printed. */
const CpuIdInfoSchema = (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({
    vendorId: valibot__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM((0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(40)),
    family: valibot__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM((0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0, 1e6)),
    model: valibot__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM((0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0, 1e6)),
    stepping: valibot__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM((0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0, 1e6)),
    implementer: valibot__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM((0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0, 1e6)),
    part: valibot__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM((0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0, 1e6)),
});
const MachineInfoSchema = (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({
    /** process.platform */
    os: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(20),
    arch: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(20),
    cpuModel: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(_fields__WEBPACK_IMPORTED_MODULE_0__/* .NAME_MAX */ .fo),
    sockets: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0, 64),
    physicalCores: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0, 1e5),
    /** Logical CPUs this machine (VM) sees. */
    threads: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0, 1e5),
    memoryGb: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(0, 1e6),
    virtualized: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(),
    /** Best guess from DMI / systeminformation; region resolution may refine it. */
    cloudProvider: valibot__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .mee((0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['azure', 'aws', 'gcp'])),
    githubHosted: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(),
    /**
     * Instance type / VM size from cloud metadata (Azure vmSize, AWS instance-type, GCP machine-type); absent when none
     * answered.
     */
    instanceType: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .optionalText */ .mR)('machine.instanceType'),
    /** CPU identity numbers from /proc/cpuinfo, read when the name is missing or anonymised (see src/meter/host.ts). */
    cpuId: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .droppable */ .U5)('machine.cpuId', CpuIdInfoSchema),
    gpus: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .listOrEmpty */ .ly)('machine.gpus', GpuInfoSchema, REPORT_LIST_MAX.gpus),
});
/**
 * Above this no real grid has been measured (coal-only grids are ~1,000–1,200 g/kWh); a larger value is a unit slip.
 * The one bound: the schema, the CLI's and the action's inputs and the live API's answer all use it.
 */
const MAX_INTENSITY_G_PER_KWH = 2000;
/** PUE is facility energy ÷ IT energy: at least 1, and above 3 it is surely a slip. */
const MIN_PUE = 1;
const MAX_PUE = 3;
const IntensityInfoSchema = (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({
    gPerKWh: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(0, MAX_INTENSITY_G_PER_KWH),
    /** e.g. "Electricity Maps yearly average via @tgwf/co2 0.19.0", "user override", "Electricity Maps live API". */
    source: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(),
    year: valibot__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .mee((0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(1990, 2100)),
    /** e.g. "azure:eastus2", "zone:SE-SE3", "country:FR"; null for the world average. */
    region: valibot__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .mee((0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(_fields__WEBPACK_IMPORTED_MODULE_0__/* .NAME_MAX */ .fo)),
    zone: valibot__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .mee((0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(_fields__WEBPACK_IMPORTED_MODULE_0__/* .NAME_MAX */ .fo)), null),
    decidedBy: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(DECIDED_BY),
    /** 'override' when --carbon-intensity was given; 'live' when the live API answered. */
    figure: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['yearly', 'override', 'live']),
    /** 'user-defined' when --carbon-intensity overrides the figure: its boundary is the user's source's. */
    boundary: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['lifecycle', 'operational', 'user-defined']),
    /** Present when the figure rests on an assumption the user should know about. */
    assumption: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .optionalText */ .mR)('intensity.assumption'),
});
const PueInfoSchema = (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({ value: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(MIN_PUE, MAX_PUE), source: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)() });
const EmbodiedInfoSchema = (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({
    /** Host manufacturing emissions (TE), kg CO2e. */
    hostKgCo2e: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(),
    lifespanYears: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(0, 100),
    timeShare: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(0, 1),
    resourceShare: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(0, 1),
    source: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(),
});
const EquivalentSchema = (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({ kind: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(60), value: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(), unit: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(60), text: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)() });
const GreenerRegionSchema = (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({
    region: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(_fields__WEBPACK_IMPORTED_MODULE_0__/* .NAME_MAX */ .fo),
    gPerKWh: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(0, MAX_INTENSITY_G_PER_KWH),
    co2eG: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(),
});
const TimelinePointSchema = (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({
    /** Seconds since the start of metering. */
    tS: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(),
    powerW: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(0, 1e6),
});
const SamplesSummarySchema = (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({
    count: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(),
    intervalS: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(0, 3600),
    tornLines: valibot__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM((0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(), 0),
    firstAt: valibot__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .mee((0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .date */ .p6)()), null),
    lastAt: valibot__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(valibot__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .mee((0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .date */ .p6)()), null),
    /** Gaps longer than 3 intervals, total seconds (a suspended or starved sampler). */
    gapS: valibot__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM((0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(), 0),
    /** Whole-machine power, downsampled to at most 120 points for charts. */
    timeline: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .listOrEmpty */ .ly)('samples.timeline', TimelinePointSchema, REPORT_LIST_MAX.timeline),
    /** True when the sampler stopped before the end of the metered period. */
    endedEarly: valibot__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM((0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(), false),
});
const StepEnergySchema = (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({
    number: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(0, 1e6),
    name: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(_fields__WEBPACK_IMPORTED_MODULE_0__/* .NAME_MAX */ .fo),
    startedAt: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .date */ .p6)(),
    completedAt: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .date */ .p6)(),
    durationS: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(),
    energyWh: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(),
    co2eG: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(),
});
const contextText = (key, max = _fields__WEBPACK_IMPORTED_MODULE_0__/* .NAME_MAX */ .fo) => (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .optionalText */ .mR)(`context.${key}`, max);
/**
 * A run name (workflow, job, branch, matrix) as a report stores it: one line, capped. The action's JobIdentity and
 * the report's context hold names in this form (src/action/context.ts, src/pipeline/run-context.ts), or a name with a
 * line break or over the cap would never match its stored self.
 */
const storedName = (name) => (0,_one_line__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .x)((0,_one_line__WEBPACK_IMPORTED_MODULE_2__/* .collapseWhitespace */ .D)(name), _fields__WEBPACK_IMPORTED_MODULE_0__/* .NAME_MAX */ .fo);
const RunContextSchema = (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({
    repository: contextText('repository'),
    workflow: contextText('workflow'),
    job: contextText('job'),
    /** GITHUB_JOB, the job's id, when `job` is the `job-name` input: history is keyed by the id. */
    jobId: contextText('jobId'),
    matrix: contextText('matrix'),
    runId: contextText('runId', 30),
    runAttempt: contextText('runAttempt', 10),
    event: contextText('event'),
    ref: contextText('ref'),
    branch: contextText('branch'),
    baseBranch: contextText('baseBranch'),
    sha: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .droppable */ .U5)('context.sha', valibot__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL((0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(64), 
    // Hex only, so a hash is safe in a link; 4 digits is git's shortest abbreviation.
    valibot__WEBPACK_IMPORTED_MODULE_1__/* .regex */ .yGV(/^[0-9a-f]{4,64}$/i, (i) => `must be a commit hash (4 to 64 hex digits), got ${JSON.stringify(i.input)}`))),
    pullRequest: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .droppable */ .U5)('context.pullRequest', (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(1, 1e12)),
    runner: contextText('runner'),
});
/**
 * A hardware-neutral account of the work (src/meter/work.ts), so runs on different machines
 * can be compared like with like (src/baseline/like-for-like.ts). Optional: reports from
 * before it was added have none.
 */
const WorkAccountSchema = (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({
    /** Σ utilisation × vCPUs × interval s: the CPU time the job kept busy, s. */
    cpuSeconds: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(),
    /** Seconds spent in each 10 % utilisation band: [0, 10 %), [10, 20 %) … [90, 100 %]; 10 numbers. */
    utilisationHistogramS: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .numbers */ .nL)(10),
    /** Σ utilisation × interval s within each band (so a band's mean utilisation is busyS ÷ seconds); 10 numbers. */
    utilisationHistogramBusyS: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .numbers */ .nL)(10),
    /** Memory GB × durationS. */
    memoryGbS: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(),
    /**
     * What machines this run can be compared with as they are: the same CPU model and vCPU count (in container scope, the
     * container's CPU allowance, which can be fractional).
     */
    machineClass: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({ cpuModel: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(_fields__WEBPACK_IMPORTED_MODULE_0__/* .NAME_MAX */ .fo), vcpus: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(0, 1e5) }),
    /** What re-pricing other runs on this machine needs: its CPU curve (W at 0, 10 … 100 %) and memory W/GB. */
    pricing: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({ cpuCurveW: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .numbers */ .nL)(11, 1e6), memoryWPerGb: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(0, 100) }),
});
const ReportSchema = (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({
    schemaVersion: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .exactly */ .pV)(REPORT_SCHEMA_VERSION),
    tool: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({ name: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .exactly */ .pV)('carbon-action'), version: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(40) }),
    kind: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['cli', 'action']),
    startedAt: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .date */ .p6)(),
    endedAt: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .date */ .p6)(),
    durationS: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(),
    command: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .droppable */ .U5)('command', (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)('command', (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(_fields__WEBPACK_IMPORTED_MODULE_0__/* .NAME_MAX */ .fo), REPORT_LIST_MAX.command)),
    // Windows exit codes are unsigned 32-bit (an access violation is 3221225477).
    exitCode: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .droppable */ .U5)('exitCode', valibot__WEBPACK_IMPORTED_MODULE_1__/* .nullable */ .mee((0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Wh)(-2147483648, 4294967295))),
    /** The signal that ended the command ("SIGTERM"), when exitCode is null because one did. */
    signal: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .optionalText */ .mR)('signal', 20),
    /** IT energy, before PUE. cpuRange (model only): the CPU energy's uncertainty band, [low, high] Wh. */
    energyWh: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({
        total: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(),
        cpu: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(),
        memory: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(),
        gpu: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(),
        cpuRange: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .droppable */ .U5)('energyWh.cpuRange', valibot__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_1__/* .strictTuple */ .CxQ([(0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(), (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)()], 'must be [low, high]'), valibot__WEBPACK_IMPORTED_MODULE_1__/* .check */ .z6Y(([low, high]) => low <= high, 'must have low ≤ high'))),
    }),
    powerW: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({ mean: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(), peak: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)() }),
    methods: MethodsInfoSchema,
    machine: MachineInfoSchema,
    pue: PueInfoSchema,
    intensity: IntensityInfoSchema,
    /** total = operational (+ embodied only when includeEmbodied). */
    co2eG: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({ total: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(), operational: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(), embodied: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)() }),
    includeEmbodied: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .bool */ .lc)(),
    embodied: EmbodiedInfoSchema,
    /** SCI score with one run as the functional unit. */
    sci: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .obj */ .WL)({ gPerRun: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(), functionalUnit: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .exactly */ .pV)('run') }),
    equivalents: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .listOrEmpty */ .ly)('equivalents', EquivalentSchema, REPORT_LIST_MAX.perRun),
    greenerRegions: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .listOrEmpty */ .ly)('greenerRegions', GreenerRegionSchema, REPORT_LIST_MAX.perRun),
    samples: SamplesSummarySchema,
    steps: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .droppable */ .U5)('steps', (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)('steps', StepEnergySchema, REPORT_LIST_MAX.steps)),
    context: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .droppable */ .U5)('context', RunContextSchema),
    /** Hardware-neutral account of the work; absent from reports written before it existed. */
    work: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .droppable */ .U5)('work', WorkAccountSchema),
    warnings: (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .listOrEmpty */ .ly)('warnings', (0,_fields__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(), REPORT_LIST_MAX.warnings),
});
/** A line of a history file is a report (JSON Lines, oldest first): the same schema, one name for the readers. */
const HistoryEntrySchema = (/* unused pure expression or super */ null && (ReportSchema));


/***/ }),

/***/ 1476:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ microjoulesToJoules),
/* harmony export */   KS: () => (/* binding */ bytesToGb),
/* harmony export */   LK: () => (/* binding */ kgToG),
/* harmony export */   LY: () => (/* binding */ whToKWh),
/* harmony export */   M7: () => (/* binding */ co2eGFromWh),
/* harmony export */   PZ: () => (/* binding */ msToS),
/* harmony export */   ec: () => (/* binding */ MS_PER_DAY),
/* harmony export */   fF: () => (/* binding */ joulesToWh),
/* harmony export */   jP: () => (/* binding */ whToJoules),
/* harmony export */   lx: () => (/* binding */ millijoulesToJoules),
/* harmony export */   pO: () => (/* binding */ gToKg)
/* harmony export */ });
/* unused harmony exports J_PER_WH, WH_PER_KWH, UJ_PER_J, MJ_PER_J, G_PER_KG, MS_PER_S, BYTES_PER_GB, BYTES_PER_GIB, kWhToWh */
// Quantities carry their unit in the name. Every conversion between units lives here,
// so a joule/kWh slip can only happen in one place, and that place is tested.
const J_PER_WH = 3600;
const WH_PER_KWH = 1000;
const UJ_PER_J = 1e6;
const MJ_PER_J = 1e3; // millijoules per joule
const G_PER_KG = 1000;
const MS_PER_S = 1000;
const MS_PER_DAY = 86_400_000;
const BYTES_PER_GB = 1e9; // decimal GB, as Cloud Carbon Footprint's W/GB coefficient uses
const BYTES_PER_GIB = (/* unused pure expression or super */ null && (1024 ** 3));
const joulesToWh = (energyJ) => energyJ / J_PER_WH;
const whToJoules = (energyWh) => energyWh * J_PER_WH;
const whToKWh = (energyWh) => energyWh / WH_PER_KWH;
const kWhToWh = (energyKWh) => energyKWh * WH_PER_KWH;
const microjoulesToJoules = (energyUj) => energyUj / UJ_PER_J;
const millijoulesToJoules = (energyMj) => energyMj / MJ_PER_J;
const gToKg = (massG) => massG / G_PER_KG;
const kgToG = (massKg) => massKg * G_PER_KG;
const msToS = (durationMs) => durationMs / MS_PER_S;
const bytesToGb = (bytes) => bytes / BYTES_PER_GB;
/** CO2e in grams from energy in Wh and an intensity in g/kWh. */
const co2eGFromWh = (energyWh, gPerKWh) => whToKWh(energyWh) * gPerKWh;


/***/ }),

/***/ 5912:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VS: () => (/* binding */ expectQuantity),
/* harmony export */   rp: () => (/* binding */ parsePlainNumber),
/* harmony export */   yi: () => (/* binding */ parseDurationMs)
/* harmony export */ });
/* unused harmony exports parseMassG, MASS_ACCEPTED, parseEnergyWh, ENERGY_ACCEPTED, parsePercent, PERCENT_ACCEPTED, parseBoolean, BOOLEAN_ACCEPTED, checkQuantity, quantityMessage */
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


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ toolVersion)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _data_files__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4425);



let version;
/** The version in package.json at the package root (dist/ ships beside it). */
function toolVersion() {
    if (!version) {
        try {
            version = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_data_files__WEBPACK_IMPORTED_MODULE_2__/* .packageRoot */ .Zl)(), 'package.json'), 'utf8')).version;
        }
        catch {
            version = '0.0.0-unknown';
        }
    }
    return version;
}


/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8909:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { Argument } = __nccwpck_require__(9154);
const { Command } = __nccwpck_require__(4348);
const { CommanderError, InvalidArgumentError } = __nccwpck_require__(1135);
const { Help } = __nccwpck_require__(9754);
const { Option } = __nccwpck_require__(5240);

exports.DM = new Command();

exports.gu = (name) => new Command(name);
exports.Ww = (flags, description) => new Option(flags, description);
exports.er = (name, description) => new Argument(name, description);

/**
 * Expose classes
 */

exports.uB = Command;
exports.c$ = Option;
exports.ef = Argument;
exports._V = Help;

exports.b7 = CommanderError;
exports.Di = InvalidArgumentError;
exports.a2 = InvalidArgumentError; // Deprecated


/***/ }),

/***/ 9154:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }

  /**
   * Return argument name.
   *
   * @return {string}
   */

  name() {
    return this._name;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }

  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

exports.Argument = Argument;
exports.humanReadableArgName = humanReadableArgName;


/***/ }),

/***/ 4348:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(8474).EventEmitter);
const childProcess = __nccwpck_require__(1421);
const path = __nccwpck_require__(6760);
const fs = __nccwpck_require__(3024);
const process = __nccwpck_require__(1708);

const { Argument, humanReadableArgName } = __nccwpck_require__(9154);
const { CommanderError } = __nccwpck_require__(1135);
const { Help, stripColor } = __nccwpck_require__(9754);
const { Option, DualOptions } = __nccwpck_require__(5240);
const { suggestSimilar } = __nccwpck_require__(5030);

class Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => process.stdout.write(str),
      writeErr: (str) => process.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        process.stdout.isTTY ? process.stdout.columns : undefined,
      getErrHelpWidth: () =>
        process.stderr.isTTY ? process.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
      stripColor: (str) => stripColor(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
  }

  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

    return this;
  }

  /**
   * @returns {Command[]}
   * @private
   */

  _getCommandAndAncestors() {
    const result = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }

  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */

  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);

    if (desc) return this;
    return cmd;
  }

  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */

  createCommand(name) {
    return new Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

    this._helpConfiguration = configuration;
    return this;
  }

  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureOutput(configuration) {
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }

  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }

  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }

  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */

  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }

    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();

    return this;
  }

  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */

  createArgument(name, description) {
    return new Argument(name, description);
  }

  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }

  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */

  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }

  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }

  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */

  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

    return this;
  }

  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }

  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
      }
      return this._helpCommand;
    }
    return null;
  }

  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */

  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }

  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */

  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
        }
      };
    }
    return this;
  }

  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */

  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    process.exit(exitCode);
  }

  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */

  action(fn) {
    const listener = (args) => {
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);

      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }

  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */

  createOption(flags, description) {
    return new Option(flags, description);
  }

  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */

  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }

  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */

  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }

    this._initOptionGroup(option);
    this.options.push(option);
  }

  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */

  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
      );
    }

    this._initCommandGroup(command);
    this.commands.push(command);
  }

  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);

    const oname = option.name();
    const name = option.attributeName();

    // store default value
    if (option.negate) {
      // --no-foo is special and defaults foo to true, unless a --foo option is already defined
      const positiveLongFlag = option.long.replace(/^--no-/, '--');
      if (!this._findOption(positiveLongFlag)) {
        this.setOptionValueWithSource(
          name,
          option.defaultValue === undefined ? true : option.defaultValue,
          'default',
        );
      }
    } else if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }

    return this;
  }

  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }

    return this.addOption(option);
  }

  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }

  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue,
    );
  }

  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }

  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }

  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }

  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }

  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }

  /**
   * @private
   */

  _checkForBrokenPassThrough() {
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }

  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */

  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }

  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */

  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }

  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */

  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, undefined);
  }

  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */

  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }

  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }

  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSourceWithGlobals(key) {
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (cmd.getOptionValueSource(key) !== undefined) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }

  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */

  _prepareUserArgs(argv, parseOptions) {
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (process.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = process.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = process.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (process.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

    return userArgs;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */

  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);

    return this;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */

  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);

    return this;
  }

  _prepareForParse() {
    if (this._savedState === null) {
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }

  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }

  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
    this.processedArgs = [];
  }

  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }

  /**
   * Execute a sub-command executable.
   *
   * @private
   */

  _executeSubCommand(subcommand, args) {
    args = args.slice();
    let launchWithNode = false; // Use node for source targets so do not need to get permissions correct, and on Windows.
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(path.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        fs.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    launchWithNode = sourceExt.includes(path.extname(executableFile));

    let proc;
    if (process.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(process.execArgv).concat(args);

        proc = childProcess.spawn(process.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(process.execArgv).concat(args);
      proc = childProcess.spawn(process.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        process.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        process.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
    this.runningCommand = proc;
  }

  /**
   * @private
   */

  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });

    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      'preSubcommand',
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }

  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */

  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }

  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */

  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }

  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCall(promise, fn) {
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
    return fn();
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }

    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== undefined) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }

  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */

  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };

    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();

      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
    );
  }

  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */

  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }

  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */

  _checkForMissingMandatoryOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }

  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }

  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }

  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */

  parseOptions(args) {
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
      dest.push(arg);
    }

    return { operands, unknown };
  }

  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }

    return this._optionValues;
  }

  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }

  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }

  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }

  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
            );
          });
      });
  }

  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }

  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */

  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;

    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }

  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */

  version(str, flags, description) {
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }

  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === undefined && argsDescription === undefined)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }

  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === undefined) return this._summary;
    this._summary = str;
    return this;
  }

  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */

  alias(alias) {
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }

    command._aliases.push(alias);
    return this;
  }

  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */

  aliases(aliases) {
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

    aliases.forEach((alias) => this.alias(alias));
    return this;
  }

  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  usage(str) {
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }

    this._usage = str;
    return this;
  }

  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  name(str) {
    if (str === undefined) return this._name;
    this._name = str;
    return this;
  }

  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */

  helpGroup(heading) {
    if (heading === undefined) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:);
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === undefined) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === undefined) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }

  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }

  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }

  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or require.main.filename, or __filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(require.main.filename);
   *
   * @param {string} filename
   * @return {Command}
   */

  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));

    return this;
  }

  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(__dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
    return this;
  }

  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */

  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }

  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */

  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }

  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
    );
  }

  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help' 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */

  helpOption(flags, description) {
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
    if (flags || description) this._initOptionGroup(this._helpOption);

    return this;
  }

  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
    }
    return this._helpOption;
  }

  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }

  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }

  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */

  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
      }
    });
    return this;
  }

  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */

  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-port=[host:]port
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null
    ) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // e.g. --inspect=localhost
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null
    ) {
      // e.g. --inspect=localhost:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    process.env.NO_COLOR ||
    process.env.FORCE_COLOR === '0' ||
    process.env.FORCE_COLOR === 'false'
  )
    return false;
  if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

exports.Command = Command;
exports.useColor = useColor; // exporting for tests


/***/ }),

/***/ 1135:
/***/ ((__unused_webpack_module, exports) => {

/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

exports.CommanderError = CommanderError;
exports.InvalidArgumentError = InvalidArgumentError;


/***/ }),

/***/ 9754:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { humanReadableArgName } = __nccwpck_require__(9154);

/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }

  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }

  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */

  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }

  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }

  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }

  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];

    const globalOptions = [];
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }

  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */

  visibleArguments(cmd) {
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }

  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandTerm(cmd) {
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }

  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */

  optionTerm(option) {
    return option.flags;
  }

  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */

  argumentTerm(argument) {
    return argument.name();
  }

  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
      );
    }, 0);
  }

  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
      );
    }, 0);
  }

  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandUsage(cmd) {
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.description();
  }

  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.summary() || cmd.description();
  }

  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */

  optionDescription(option) {
    const extraInfo = [];

    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }

    return option.description;
  }

  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */

  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }

  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];

    return [helper.styleTitle(heading), ...items, ''];
  }

  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }

  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */

  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
  }

  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return stripColor(str).length;
  }

  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }

  styleUsage(str) {
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }

  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }

  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }

  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
  }

  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;

    const rawLines = str.split(/\r\n|\n/);
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

/**
 * Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
 *
 * @param {string} str
 * @returns {string}
 * @package
 */

function stripColor(str) {
  // eslint-disable-next-line no-control-regex
  const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
  return str.replace(sgrPattern, '');
}

exports.Help = Help;
exports.stripColor = stripColor;


/***/ }),

/***/ 5240:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const { InvalidArgumentError } = __nccwpck_require__(1135);

class Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\w\.\.\.[>\]]$/.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */

  preset(arg) {
    this.presetArg = arg;
    return this;
  }

  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */

  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }

  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }

  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */

  env(name) {
    this.envVar = name;
    return this;
  }

  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */

  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }

  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */

  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Return option name.
   *
   * @return {string}
   */

  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }

  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }

  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */

  is(arg) {
    return this.short === arg || this.long === arg;
  }

  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */

  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }

  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);

    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

exports.Option = Option;
exports.DualOptions = DualOptions;


/***/ }),

/***/ 5030:
/***/ ((__unused_webpack_module, exports) => {

const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost = 1;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });

  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }

  if (similar.length > 1) {
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

exports.suggestSimilar = suggestSimilar;


/***/ }),

/***/ 8179:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Di: () => (/* binding */ InvalidArgumentError),
/* harmony export */   b7: () => (/* binding */ CommanderError),
/* harmony export */   c$: () => (/* binding */ Option),
/* harmony export */   uB: () => (/* binding */ Command)
/* harmony export */ });
/* unused harmony exports program, createCommand, createArgument, createOption, InvalidOptionArgumentError, Argument, Help */
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8909);


// wrapper to provide named exports for ESM.
const {
  /* program */ "DM": program,
  /* createCommand */ "gu": createCommand,
  /* createArgument */ "er": createArgument,
  /* createOption */ "Ww": createOption,
  /* CommanderError */ "b7": CommanderError,
  /* InvalidArgumentError */ "Di": InvalidArgumentError,
  /* InvalidOptionArgumentError */ "a2": InvalidOptionArgumentError, // deprecated old name
  /* Command */ "uB": Command,
  /* Argument */ "ef": Argument,
  /* Option */ "c$": Option,
  /* Help */ "_V": Help,
} = _index_js__WEBPACK_IMPORTED_MODULE_0__;


/***/ }),

/***/ 7934:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bw9: () => (/* binding */ length),
/* harmony export */   CxQ: () => (/* binding */ strictTuple),
/* harmony export */   FsL: () => (/* binding */ pipe),
/* harmony export */   IeY: () => (/* binding */ custom),
/* harmony export */   Ikc: () => (/* binding */ object),
/* harmony export */   KIO: () => (/* binding */ picklist),
/* harmony export */   L5J: () => (/* binding */ unknown),
/* harmony export */   NpB: () => (/* binding */ fallback),
/* harmony export */   YOg: () => (/* binding */ array),
/* harmony export */   YjP: () => (/* binding */ string),
/* harmony export */   euz: () => (/* binding */ literal),
/* harmony export */   lqM: () => (/* binding */ optional),
/* harmony export */   mee: () => (/* binding */ nullable),
/* harmony export */   pdi: () => (/* binding */ transform),
/* harmony export */   xLC: () => (/* binding */ safeParse),
/* harmony export */   yGV: () => (/* binding */ regex),
/* harmony export */   z6Y: () => (/* binding */ check),
/* harmony export */   zMY: () => (/* binding */ boolean)
/* harmony export */ });
/* unused harmony exports BASE64_REGEX, BIC_REGEX, CUID2_REGEX, DECIMAL_REGEX, DIGITS_REGEX, DOMAIN_REGEX, EMAIL_REGEX, EMOJI_REGEX, HEXADECIMAL_REGEX, HEX_COLOR_REGEX, IMEI_REGEX, IPV4_REGEX, IPV6_REGEX, IP_REGEX, ISO_DATE_REGEX, ISO_DATE_TIME_REGEX, ISO_DATE_TIME_SECOND_REGEX, ISO_TIMESTAMP_REGEX, ISO_TIME_REGEX, ISO_TIME_SECOND_REGEX, ISO_WEEK_REGEX, ISRC_REGEX, JWS_COMPACT_REGEX, KSUID_REGEX, MAC48_REGEX, MAC64_REGEX, MAC_REGEX, NANO_ID_REGEX, OCTAL_REGEX, RFC_EMAIL_REGEX, SLUG_REGEX, ULID_REGEX, UUID_REGEX, ValiError, _addIssue, _cloneDataset, _formatCase, _getByteCount, _getCodePointCount, _getGraphemeCount, _getLastMetadata, _getWordCount, _isLuhnAlgo, _isSameValueZero, _isValidObjectKey, _isValueMatch, _joinExpects, _standardSchema, _stringify, any, args, argsAsync, arrayAsync, assert, awaitAsync, base64, bic, bigint, blob, brand, bytes, cache, cacheAsync, checkAsync, checkItems, checkItemsAsync, codePoints, config, creditCard, cuid2, customAsync, date, decimal, deleteGlobalConfig, deleteGlobalMessage, deleteSchemaMessage, deleteSpecificMessage, description, digits, domain, email, emoji, empty, endsWith, entries, entriesFromList, entriesFromObjects, enum, enum_, everyItem, exactOptional, exactOptionalAsync, examples, excludes, fallbackAsync, file, filterItems, findItem, finite, flatten, flavor, forward, forwardAsync, function, function_, getDefault, getDefaults, getDefaultsAsync, getDescription, getDotPath, getExamples, getFallback, getFallbacks, getFallbacksAsync, getGlobalConfig, getGlobalMessage, getMetadata, getSchemaMessage, getSpecificMessage, getTitle, graphemes, gtValue, guard, hash, hexColor, hexadecimal, imei, includes, instance, integer, intersect, intersectAsync, ip, ipv4, ipv6, is, isOfKind, isOfType, isValiError, isbn, isoDate, isoDateTime, isoDateTimeSecond, isoTime, isoTimeSecond, isoTimestamp, isoWeek, isrc, jwsCompact, keyof, ksuid, lazy, lazyAsync, looseObject, looseObjectAsync, looseTuple, looseTupleAsync, ltValue, mac, mac48, mac64, map, mapAsync, mapItems, maxBytes, maxCodePoints, maxEntries, maxGraphemes, maxLength, maxSize, maxValue, maxWords, message, metadata, mimeType, minBytes, minCodePoints, minEntries, minGraphemes, minLength, minSize, minValue, minWords, multipleOf, nan, nanoid, never, nonEmpty, nonNullable, nonNullableAsync, nonNullish, nonNullishAsync, nonOptional, nonOptionalAsync, normalize, notBytes, notCodePoints, notEntries, notGraphemes, notLength, notSize, notValue, notValues, notWords, null, null_, nullableAsync, nullish, nullishAsync, number, objectAsync, objectWithRest, objectWithRestAsync, octal, omit, optionalAsync, parse, parseAsync, parseBoolean, parseJson, parser, parserAsync, partial, partialAsync, partialCheck, partialCheckAsync, pick, pipeAsync, promise, rawCheck, rawCheckAsync, rawTransform, rawTransformAsync, readonly, record, recordAsync, reduceItems, required, requiredAsync, returns, returnsAsync, rfcEmail, safeInteger, safeParseAsync, safeParser, safeParserAsync, set, setAsync, setGlobalConfig, setGlobalMessage, setSchemaMessage, setSpecificMessage, size, slug, someItem, sortItems, startsWith, strictObject, strictObjectAsync, strictTupleAsync, stringifyJson, summarize, symbol, title, toBigint, toBoolean, toCamelCase, toDate, toKebabCase, toLowerCase, toMaxValue, toMinValue, toNumber, toPascalCase, toSnakeCase, toString, toUpperCase, transformAsync, trim, trimEnd, trimStart, tuple, tupleAsync, tupleWithRest, tupleWithRestAsync, ulid, undefined, undefined_, undefinedable, undefinedableAsync, union, unionAsync, unwrap, url, uuid, value, values, variant, variantAsync, void, void_, words */
//#region src/storages/globalConfig/globalConfig.ts
let store$4;
const DEFAULT_CONFIG = {
	lang: void 0,
	message: void 0,
	abortEarly: void 0,
	abortPipeEarly: void 0
};
/**
* Sets the global configuration.
*
* @param config The configuration.
*/
function setGlobalConfig(config$1) {
	store$4 = {
		...store$4,
		...config$1
	};
}
/**
* Returns the global configuration.
*
* @param config The config to merge.
*
* @returns The configuration.
*/
/* @__NO_SIDE_EFFECTS__ */
function getGlobalConfig(config$1) {
	if (!config$1 && !store$4) return DEFAULT_CONFIG;
	return {
		lang: config$1?.lang ?? store$4?.lang,
		message: config$1?.message,
		abortEarly: config$1?.abortEarly ?? store$4?.abortEarly,
		abortPipeEarly: config$1?.abortPipeEarly ?? store$4?.abortPipeEarly
	};
}
/**
* Deletes the global configuration.
*/
function deleteGlobalConfig() {
	store$4 = void 0;
}

//#endregion
//#region src/storages/globalMessage/globalMessage.ts
let store$3;
/**
* Sets a global error message.
*
* @param message The error message.
* @param lang The language of the message.
*/
function setGlobalMessage(message$1, lang) {
	if (!store$3) store$3 = /* @__PURE__ */ new Map();
	store$3.set(lang, message$1);
}
/**
* Returns a global error message.
*
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getGlobalMessage(lang) {
	return store$3?.get(lang);
}
/**
* Deletes a global error message.
*
* @param lang The language of the message.
*/
function deleteGlobalMessage(lang) {
	store$3?.delete(lang);
}

//#endregion
//#region src/storages/schemaMessage/schemaMessage.ts
let store$2;
/**
* Sets a schema error message.
*
* @param message The error message.
* @param lang The language of the message.
*/
function setSchemaMessage(message$1, lang) {
	if (!store$2) store$2 = /* @__PURE__ */ new Map();
	store$2.set(lang, message$1);
}
/**
* Returns a schema error message.
*
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getSchemaMessage(lang) {
	return store$2?.get(lang);
}
/**
* Deletes a schema error message.
*
* @param lang The language of the message.
*/
function deleteSchemaMessage(lang) {
	store$2?.delete(lang);
}

//#endregion
//#region src/storages/specificMessage/specificMessage.ts
let store$1;
/**
* Sets a specific error message.
*
* @param reference The identifier reference.
* @param message The error message.
* @param lang The language of the message.
*/
function setSpecificMessage(reference, message$1, lang) {
	if (!store$1) store$1 = /* @__PURE__ */ new Map();
	if (!store$1.get(reference)) store$1.set(reference, /* @__PURE__ */ new Map());
	store$1.get(reference).set(lang, message$1);
}
/**
* Returns a specific error message.
*
* @param reference The identifier reference.
* @param lang The language of the message.
*
* @returns The error message.
*/
/* @__NO_SIDE_EFFECTS__ */
function getSpecificMessage(reference, lang) {
	return store$1?.get(reference)?.get(lang);
}
/**
* Deletes a specific error message.
*
* @param reference The identifier reference.
* @param lang The language of the message.
*/
function deleteSpecificMessage(reference, lang) {
	store$1?.get(reference)?.delete(lang);
}

//#endregion
//#region src/utils/_stringify/_stringify.ts
/**
* Stringifies an unknown input to a literal or type string.
*
* @param input The unknown input.
*
* @returns A literal or type string.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _stringify(input) {
	const type = typeof input;
	if (type === "string") return `"${input}"`;
	if (type === "number" || type === "bigint" || type === "boolean") return `${input}`;
	if (type === "object" || type === "function") return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
	return type;
}

//#endregion
//#region src/utils/_addIssue/_addIssue.ts
/**
* Adds an issue to the dataset.
*
* @param context The issue context.
* @param label The issue label.
* @param dataset The input dataset.
* @param config The configuration.
* @param other The optional props.
*
* @internal
*/
function _addIssue(context, label, dataset, config$1, other) {
	const input = other && "input" in other ? other.input : dataset.value;
	const expected = other?.expected ?? context.expects ?? null;
	const received = other?.received ?? /* @__PURE__ */ _stringify(input);
	const issue = {
		kind: context.kind,
		type: context.type,
		input,
		expected,
		received,
		message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
		requirement: context.requirement,
		path: other?.path,
		issues: other?.issues,
		lang: config$1.lang,
		abortEarly: config$1.abortEarly,
		abortPipeEarly: config$1.abortPipeEarly
	};
	const isSchema = context.kind === "schema";
	const message$1 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config$1.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
	if (message$1 !== void 0) issue.message = typeof message$1 === "function" ? message$1(issue) : message$1;
	if (isSchema) dataset.typed = false;
	if (dataset.issues) dataset.issues.push(issue);
	else dataset.issues = [issue];
}

//#endregion
//#region src/utils/_cloneDataset/_cloneDataset.ts
/**
* Creates a shallow copy of a dataset.
*
* Hint: The `value` is copied by reference, but the `issues` array, its issues
* and their `path` arrays are cloned to avoid reusing mutable dataset state
* across multiple runs. Mutating a returned object or array value can
* therefore affect later cache hits that reuse the same cached output.
*
* @param dataset The output dataset.
*
* @returns The copied output dataset.
*/
/* @__NO_SIDE_EFFECTS__ */
function _cloneDataset(dataset) {
	return {
		typed: dataset.typed,
		value: dataset.value,
		issues: dataset.issues?.map((issue) => ({
			...issue,
			path: issue.path && [...issue.path]
		}))
	};
}

//#endregion
//#region src/utils/_formatCase/_formatCase.ts
/**
* Splits a string into lowercase words and rejoins them with the given
* separator and capitalization rules.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries. Whether the first or subsequent words are
* capitalized is controlled by `capFirst` and `capRest`.
*
* Hint: Implemented in a single pass that emits directly to the result
* string to avoid an intermediate `string[]` allocation. ASCII chars are
* classified via char codes to skip `.toLowerCase()` and `.toUpperCase()`
* method calls in the common case.
*
* Hint: Digits are treated as a separate character class, so `item2Name`
* yields `item2` and `name` rather than `item`, `2` and `name`.
*
* @param input The input string.
* @param separator The string inserted between words.
* @param capFirst Whether to capitalize the first word.
* @param capRest Whether to capitalize subsequent words.
*
* @returns The formatted string.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _formatCase(input, separator, capFirst, capRest) {
	let result = "";
	let firstWord = true;
	let start = 0;
	let prev = 0;
	let prevPrev = 0;
	const flush = (end) => {
		if (end > start) {
			let word = input.slice(start, end).toLowerCase();
			if (firstWord ? capFirst : capRest) {
				const firstCode = word.charCodeAt(0);
				if (firstCode >= 97 && firstCode <= 122) word = String.fromCharCode(firstCode - 32) + word.slice(1);
				else {
					const charLen = firstCode >= 55296 && firstCode <= 56319 ? 2 : 1;
					word = word.slice(0, charLen).toUpperCase() + word.slice(charLen);
				}
			}
			result += firstWord ? word : separator + word;
			firstWord = false;
		}
	};
	for (let index = 0; index < input.length; index++) {
		const code = input.charCodeAt(index);
		let type;
		if (code === 32 || code === 9 || code === 10 || code === 11 || code === 12 || code === 13 || code === 45 || code === 95) {
			flush(index);
			start = index + 1;
			type = 0;
		} else if (code < 128) type = code >= 65 && code <= 90 ? 1 : code >= 97 && code <= 122 ? 2 : 3;
		else {
			const char = input[index];
			const charLower = char.toLowerCase();
			type = charLower === char.toUpperCase() ? 3 : char === charLower ? 2 : 1;
		}
		if (type === 1 && (prev === 2 || prev === 3) && index > start) {
			flush(index);
			start = index;
		} else if (type === 2 && prev === 1 && prevPrev === 1 && index - 1 > start) {
			flush(index - 1);
			start = index - 1;
		}
		prevPrev = prev;
		prev = type;
	}
	flush(input.length);
	return result;
}

//#endregion
//#region src/utils/_getByteCount/_getByteCount.ts
let textEncoder;
/**
* Returns the byte count of the input.
*
* @param input The input to be measured.
*
* @returns The byte count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getByteCount(input) {
	if (!textEncoder) textEncoder = new TextEncoder();
	return textEncoder.encode(input).length;
}

//#endregion
//#region src/utils/_getCodePointCount/_getCodePointCount.ts
/**
* Returns the code point count of the input.
*
* @param input The input to be measured.
*
* @returns The code point count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getCodePointCount(input) {
	let count = input.length;
	const lengthMinus1 = input.length - 1;
	for (let i = 0; i < lengthMinus1;) if (input.codePointAt(i) <= 65535) i++;
	else {
		i += 2;
		count--;
	}
	return count;
}

//#endregion
//#region src/utils/_getGraphemeCount/_getGraphemeCount.ts
let segmenter;
/**
* Returns the grapheme count of the input.
*
* @param input The input to be measured.
*
* @returns The grapheme count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getGraphemeCount(input) {
	if (!segmenter) segmenter = new Intl.Segmenter();
	const segments = segmenter.segment(input);
	let count = 0;
	for (const _ of segments) count++;
	return count;
}

//#endregion
//#region src/utils/_getLastMetadata/_getLastMetadata.ts
/**
* Returns the last top-level value of a given metadata type from a schema
* using a breadth-first search that starts with the last item in the pipeline.
*
* @param schema The schema to search.
* @param type The metadata type.
*
* @returns The value, if any.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getLastMetadata(schema, type) {
	if ("pipe" in schema) {
		const nestedSchemas = [];
		for (let index = schema.pipe.length - 1; index >= 0; index--) {
			const item = schema.pipe[index];
			if (item.kind === "schema" && "pipe" in item) nestedSchemas.push(item);
			else if (item.kind === "metadata" && item.type === type) return item[type];
		}
		for (const nestedSchema of nestedSchemas) {
			const result = /* @__PURE__ */ _getLastMetadata(nestedSchema, type);
			if (result !== void 0) return result;
		}
	}
}

//#endregion
//#region src/utils/_getWordCount/_getWordCount.ts
let store;
/**
* Returns the word count of the input.
*
* @param locales The locales to be used.
* @param input The input to be measured.
*
* @returns The word count.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _getWordCount(locales, input) {
	if (!store) store = /* @__PURE__ */ new Map();
	const key = String(locales);
	let segmenter$1 = store.get(key);
	if (!segmenter$1) {
		segmenter$1 = new Intl.Segmenter(locales, { granularity: "word" });
		store.set(key, segmenter$1);
	}
	const segments = segmenter$1.segment(input);
	let count = 0;
	for (const segment of segments) if (segment.isWordLike) count++;
	return count;
}

//#endregion
//#region src/utils/_isLuhnAlgo/_isLuhnAlgo.ts
/**
* Non-digit regex.
*/
const NON_DIGIT_REGEX = /\D/gu;
/**
* Checks whether a string with numbers corresponds to the luhn algorithm.
*
* @param input The input to be checked.
*
* @returns Whether input is valid.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isLuhnAlgo(input) {
	const number$1 = input.replace(NON_DIGIT_REGEX, "");
	let length$1 = number$1.length;
	let bit = 1;
	let sum = 0;
	while (length$1) {
		const value$1 = +number$1[--length$1];
		bit ^= 1;
		sum += bit ? [
			0,
			2,
			4,
			6,
			8,
			1,
			3,
			5,
			7,
			9
		][value$1] : value$1;
	}
	return sum % 10 === 0;
}

//#endregion
//#region src/utils/_isSameValueZero/_isSameValueZero.ts
/**
* Compares two values using the SameValueZero algorithm, which treats `NaN`
* as equal to itself unlike `===`.
*
* @param value1 The first value.
* @param value2 The second value.
*
* @returns Whether the values are equal.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isSameValueZero(value1, value2) {
	return value1 === value2 || Number.isNaN(value1) && Number.isNaN(value2);
}

//#endregion
//#region src/utils/_isValidObjectKey/_isValidObjectKey.ts
/**
* Disallows inherited object properties and prevents object prototype
* pollution by disallowing certain keys.
*
* @param object The object to check.
* @param key The key to check.
*
* @returns Whether the key is allowed.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isValidObjectKey(object$1, key) {
	return Object.prototype.hasOwnProperty.call(object$1, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
}

//#endregion
//#region src/utils/_isValueMatch/_isValueMatch.ts
/**
* Checks whether a value matches a value action requirement.
*
* @param requirement The value action requirement.
* @param value The value to check.
*
* @returns Whether the value matches the requirement.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isValueMatch(requirement, value$1) {
	return Number.isNaN(requirement) && Number.isNaN(value$1) || requirement <= value$1 && requirement >= value$1;
}

//#endregion
//#region src/utils/_joinExpects/_joinExpects.ts
/**
* Joins multiple `expects` values with the given separator.
*
* @param values The `expects` values.
* @param separator The separator.
*
* @returns The joined `expects` property.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _joinExpects(values$1, separator) {
	const list = [...new Set(values$1)];
	if (list.length > 1) return `(${list.join(` ${separator} `)})`;
	return list[0] ?? "never";
}

//#endregion
//#region src/utils/_standardSchema/_standardSchema.ts
/**
* Eagerly creates and attaches the Standard Schema properties of a schema.
*
* Hint: The contextual `this` type includes the standard properties that are
* attached before the schema is returned.
*
* @param schema The schema to attach standard properties to.
*
* @returns The schema with standard properties attached.
*
* @internal
*/
function _standardSchema(schema) {
	schema["~standard"] = {
		version: 1,
		vendor: "valibot",
		validate: (value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig())
	};
	return schema;
}

//#endregion
//#region src/utils/entriesFromList/entriesFromList.ts
/**
* Creates an object entries definition from a list of keys and a schema.
*
* @param list A list of keys.
* @param schema The schema of the keys.
*
* @returns The object entries.
*/
/* @__NO_SIDE_EFFECTS__ */
function entriesFromList(list, schema) {
	const entries$1 = {};
	for (const key of list) entries$1[key] = schema;
	return entries$1;
}

//#endregion
//#region src/utils/entriesFromObjects/entriesFromObjects.ts
/* @__NO_SIDE_EFFECTS__ */
function entriesFromObjects(schemas) {
	const entries$1 = {};
	for (const schema of schemas) Object.assign(entries$1, schema.entries);
	return entries$1;
}

//#endregion
//#region src/utils/getDotPath/getDotPath.ts
/* @__NO_SIDE_EFFECTS__ */
function getDotPath(issue) {
	if (issue.path) {
		let key = "";
		for (const item of issue.path) if (typeof item.key === "string" || typeof item.key === "number") if (key) key += `.${item.key}`;
		else key += item.key;
		else return null;
		return key;
	}
	return null;
}

//#endregion
//#region src/utils/isOfKind/isOfKind.ts
/**
* A generic type guard to check the kind of an object.
*
* @param kind The kind to check for.
* @param object The object to check.
*
* @returns Whether it matches.
*/
/* @__NO_SIDE_EFFECTS__ */
function isOfKind(kind, object$1) {
	return object$1.kind === kind;
}

//#endregion
//#region src/utils/isOfType/isOfType.ts
/**
* A generic type guard to check the type of an object.
*
* @param type The type to check for.
* @param object The object to check.
*
* @returns Whether it matches.
*/
/* @__NO_SIDE_EFFECTS__ */
function isOfType(type, object$1) {
	return object$1.type === type;
}

//#endregion
//#region src/utils/ValiError/ValiError.ts
/**
* A Valibot error with useful information.
*/
var ValiError = class extends Error {
	/**
	* Creates a Valibot error with useful information.
	*
	* @param issues The error issues.
	*/
	constructor(issues) {
		super(issues[0].message);
		this.name = "ValiError";
		this.issues = issues;
	}
};

//#endregion
//#region src/utils/isValiError/isValiError.ts
/**
* A type guard to check if an error is a ValiError.
*
* @param error The error to check.
*
* @returns Whether its a ValiError.
*/
/* @__NO_SIDE_EFFECTS__ */
function isValiError(error) {
	return error instanceof ValiError;
}

//#endregion
//#region src/actions/args/args.ts
/* @__NO_SIDE_EFFECTS__ */
function args(schema) {
	return {
		kind: "transformation",
		type: "args",
		reference: args,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = (...args_) => {
				const argsDataset = this.schema["~run"]({ value: args_ }, config$1);
				if (argsDataset.issues) throw new ValiError(argsDataset.issues);
				return func(...argsDataset.value);
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/args/argsAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function argsAsync(schema) {
	return {
		kind: "transformation",
		type: "args",
		reference: argsAsync,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = async (...args$1) => {
				const argsDataset = await schema["~run"]({ value: args$1 }, config$1);
				if (argsDataset.issues) throw new ValiError(argsDataset.issues);
				return func(...argsDataset.value);
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/await/awaitAsync.ts
/**
* Creates an await transformation action.
*
* @returns An await action.
*/
/* @__NO_SIDE_EFFECTS__ */
function awaitAsync() {
	return {
		kind: "transformation",
		type: "await",
		reference: awaitAsync,
		async: true,
		async "~run"(dataset) {
			dataset.value = await dataset.value;
			return dataset;
		}
	};
}

//#endregion
//#region src/regex.ts
/**
* [Base64](https://en.wikipedia.org/wiki/Base64) regex.
*/
const BASE64_REGEX = /^(?:[\da-z+/]{4})*(?:[\da-z+/]{2}==|[\da-z+/]{3}=)?$/iu;
/**
* [BIC](https://en.wikipedia.org/wiki/ISO_9362) regex.
*/
const BIC_REGEX = /^[A-Z]{6}(?!00)[\dA-Z]{2}(?:[\dA-Z]{3})?$/u;
/**
* [Cuid2](https://github.com/paralleldrive/cuid2) regex.
*/
const CUID2_REGEX = /^[a-z][\da-z]*$/u;
/**
* [Decimal](https://en.wikipedia.org/wiki/Decimal) regex.
*/
const DECIMAL_REGEX = /^[+-]?(?:\d*\.)?\d+$/u;
/**
* [Digits](https://en.wikipedia.org/wiki/Numerical_digit) regex.
*/
const DIGITS_REGEX = /^\d+$/u;
/**
* [Domain name](https://en.wikipedia.org/wiki/Domain_name) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
* ASCII-only validation. Internationalized domain names (IDNs) are not
* supported, including Punycode-encoded labels.
*/
const DOMAIN_REGEX = /^(?=.{1,253}$)(?:(?![Xx][Nn]--)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/u;
/**
* [Email address](https://en.wikipedia.org/wiki/Email_address) regex.
*
* Hint: We decided against the `i` flag to avoid matching non-ASCII characters.
*/
const EMAIL_REGEX = /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u;
/**
* Emoji regex from [emoji-regex-xs](https://github.com/slevithan/emoji-regex-xs) v1.0.0 (MIT license).
*
* Hint: We decided against the newer `/^\p{RGI_Emoji}+$/v` regex because it is
* not supported in older runtimes and does not match all emoji.
*/
const EMOJI_REGEX = /^(?:[\u{1F1E6}-\u{1F1FF}]{2}|\u{1F3F4}[\u{E0061}-\u{E007A}]{2}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,3}\u{E007F}|(?:\p{Emoji}\uFE0F\u20E3?|\p{Emoji_Modifier_Base}\p{Emoji_Modifier}?|(?![\p{Emoji_Modifier_Base}\u{1F1E6}-\u{1F1FF}])\p{Emoji_Presentation})(?:\u200D(?:\p{Emoji}\uFE0F\u20E3?|\p{Emoji_Modifier_Base}\p{Emoji_Modifier}?|(?![\p{Emoji_Modifier_Base}\u{1F1E6}-\u{1F1FF}])\p{Emoji_Presentation}))*)+$/u;
/**
* [Hexadecimal](https://en.wikipedia.org/wiki/Hexadecimal) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const HEXADECIMAL_REGEX = /^(?:0[hx])?[\da-fA-F]+$/u;
/**
* [Hex color](https://en.wikipedia.org/wiki/Web_colors#Hex_triplet) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const HEX_COLOR_REGEX = /^#(?:[\da-fA-F]{3,4}|[\da-fA-F]{6}|[\da-fA-F]{8})$/u;
/**
* [IMEI](https://en.wikipedia.org/wiki/International_Mobile_Equipment_Identity) regex.
*/
const IMEI_REGEX = /^\d{15}$|^\d{2}-\d{6}-\d{6}-\d$/u;
/**
* [IPv4](https://en.wikipedia.org/wiki/IPv4) regex.
*/
const IPV4_REGEX = /^(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])(?:\.(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])){3}$/u;
/**
* [IPv6](https://en.wikipedia.org/wiki/IPv6) regex.
*/
const IPV6_REGEX = /^(?:(?:[\da-f]{1,4}:){7}[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,7}:|(?:[\da-f]{1,4}:){1,6}:[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,5}(?::[\da-f]{1,4}){1,2}|(?:[\da-f]{1,4}:){1,4}(?::[\da-f]{1,4}){1,3}|(?:[\da-f]{1,4}:){1,3}(?::[\da-f]{1,4}){1,4}|(?:[\da-f]{1,4}:){1,2}(?::[\da-f]{1,4}){1,5}|[\da-f]{1,4}:(?::[\da-f]{1,4}){1,6}|:(?:(?::[\da-f]{1,4}){1,7}|:)|fe80:(?::[\da-f]{0,4}){0,4}%[\da-z]+|::(?:f{4}(?::0{1,4})?:)?(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d)|(?:[\da-f]{1,4}:){1,4}:(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d))$/iu;
/**
* [IP](https://en.wikipedia.org/wiki/IP_address) regex.
*/
const IP_REGEX = /^(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])(?:\.(?:(?:[1-9]|1\d|2[0-4])?\d|25[0-5])){3}$|^(?:(?:[\da-f]{1,4}:){7}[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,7}:|(?:[\da-f]{1,4}:){1,6}:[\da-f]{1,4}|(?:[\da-f]{1,4}:){1,5}(?::[\da-f]{1,4}){1,2}|(?:[\da-f]{1,4}:){1,4}(?::[\da-f]{1,4}){1,3}|(?:[\da-f]{1,4}:){1,3}(?::[\da-f]{1,4}){1,4}|(?:[\da-f]{1,4}:){1,2}(?::[\da-f]{1,4}){1,5}|[\da-f]{1,4}:(?::[\da-f]{1,4}){1,6}|:(?:(?::[\da-f]{1,4}){1,7}|:)|fe80:(?::[\da-f]{0,4}){0,4}%[\da-z]+|::(?:f{4}(?::0{1,4})?:)?(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d)|(?:[\da-f]{1,4}:){1,4}:(?:(?:25[0-5]|(?:2[0-4]|1?\d)?\d)\.){3}(?:25[0-5]|(?:2[0-4]|1?\d)?\d))$/iu;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date regex.
*/
const ISO_DATE_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date-time regex.
*/
const ISO_DATE_TIME_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3]):[0-5]\d$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date-time with seconds regex.
*/
const ISO_DATE_TIME_SECOND_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) time regex.
*/
const ISO_TIME_REGEX = /^(?:0\d|1\d|2[0-3]):[0-5]\d$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) time with seconds regex.
*/
const ISO_TIME_SECOND_REGEX = /^(?:0\d|1\d|2[0-3])(?::[0-5]\d){2}$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) timestamp regex. Allows a
* space as a date/time separator and an optional space before the UTC offset.
*/
const ISO_TIMESTAMP_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;
/**
* [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) week regex.
*/
const ISO_WEEK_REGEX = /^\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])$/u;
/**
* [JWS compact serialization](https://datatracker.ietf.org/doc/html/rfc7515#section-3.1)
* regex.
*
* Hint: Empty payload and signature segments are allowed because the
* Base64URL-encoded representation of an empty octet sequence is an empty
* string.
*/
const JWS_COMPACT_REGEX = /^(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)\.(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)?\.(?:[\w-]{2,3}|(?:[\w-]{4})+(?:[\w-]{2,3})?)?$/u;
/**
* [ISRC](https://en.wikipedia.org/wiki/International_Standard_Recording_Code) regex.
*/
const ISRC_REGEX = /^(?:[A-Z]{2}[A-Z\d]{3}\d{7}|[A-Z]{2}-[A-Z\d]{3}-\d{2}-\d{5})$/u;
/**
* [KSUID](https://github.com/segmentio/ksuid) regex.
*/
const KSUID_REGEX = /^[a-zA-Z0-9]{27}$/u;
/**
* [MAC](https://en.wikipedia.org/wiki/MAC_address) 48 bit regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const MAC48_REGEX = /^(?:[\da-fA-F]{2}:){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){2}[\da-fA-F]{4}$/u;
/**
* [MAC](https://en.wikipedia.org/wiki/MAC_address) 64 bit regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const MAC64_REGEX = /^(?:[\da-fA-F]{2}:){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){3}[\da-fA-F]{4}$|^(?:[\da-fA-F]{4}:){3}[\da-fA-F]{4}$/u;
/**
* [MAC](https://en.wikipedia.org/wiki/MAC_address) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
*/
const MAC_REGEX = /^(?:[\da-fA-F]{2}:){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){5}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){2}[\da-fA-F]{4}$|^(?:[\da-fA-F]{2}:){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{2}-){7}[\da-fA-F]{2}$|^(?:[\da-fA-F]{4}\.){3}[\da-fA-F]{4}$|^(?:[\da-fA-F]{4}:){3}[\da-fA-F]{4}$/u;
/**
* [Nano ID](https://github.com/ai/nanoid) regex.
*/
const NANO_ID_REGEX = /^[\w-]+$/u;
/**
* [Octal](https://en.wikipedia.org/wiki/Octal) regex.
*/
const OCTAL_REGEX = /^(?:0o)?[0-7]+$/u;
/**
* [RFC 5322 email address](https://datatracker.ietf.org/doc/html/rfc5322#section-3.4.1) regex.
*
* Hint: This regex was taken from the [HTML Living Standard Specification](https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address) and does not perfectly represent RFC 5322.
*/
const RFC_EMAIL_REGEX = /^[a-zA-Z0-9.!#$%&'*+\/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/**
* [Slug](https://en.wikipedia.org/wiki/Clean_URL#Slug) regex.
*/
const SLUG_REGEX = /^[\da-z]+(?:[-_][\da-z]+)*$/u;
/**
* [ULID](https://github.com/ulid/spec) regex.
*
* Hint: We decided against the `i` flag for better JSON Schema compatibility.
* Hint: The first character is restricted to `[0-7]` because the 48-bit
* timestamp cannot exceed 2^48-1, making the maximum valid ULID
* `7ZZZZZZZZZZZZZZZZZZZZZZZZZ` in Crockford's Base32 encoding.
*/
const ULID_REGEX = /^[0-7][\da-hjkmnp-tv-zA-HJKMNP-TV-Z]{25}$/u;
/**
* [UUID](https://en.wikipedia.org/wiki/Universally_unique_identifier) regex.
*/
const UUID_REGEX = /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/iu;

//#endregion
//#region src/actions/base64/base64.ts
/* @__NO_SIDE_EFFECTS__ */
function base64(message$1) {
	return {
		kind: "validation",
		type: "base64",
		reference: base64,
		async: false,
		expects: null,
		requirement: BASE64_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Base64", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/bic/bic.ts
/* @__NO_SIDE_EFFECTS__ */
function bic(message$1) {
	return {
		kind: "validation",
		type: "bic",
		reference: bic,
		async: false,
		expects: null,
		requirement: BIC_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "BIC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/brand/brand.ts
/**
* Creates a brand transformation action.
*
* @param name The brand name.
*
* @returns A brand action.
*/
/* @__NO_SIDE_EFFECTS__ */
function brand(name) {
	return {
		kind: "transformation",
		type: "brand",
		reference: brand,
		async: false,
		name,
		"~run"(dataset) {
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/bytes/bytes.ts
/* @__NO_SIDE_EFFECTS__ */
function bytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "bytes",
		reference: bytes,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 !== this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/check/check.ts
/* @__NO_SIDE_EFFECTS__ */
function check(requirement, message$1) {
	return {
		kind: "validation",
		type: "check",
		reference: check,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/check/checkAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function checkAsync(requirement, message$1) {
	return {
		kind: "validation",
		type: "check",
		reference: checkAsync,
		async: true,
		expects: null,
		requirement,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.typed && !await this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/checkItems/checkItems.ts
/* @__NO_SIDE_EFFECTS__ */
function checkItems(requirement, message$1) {
	return {
		kind: "validation",
		type: "check_items",
		reference: checkItems,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) for (let index = 0; index < dataset.value.length; index++) {
				const item = dataset.value[index];
				if (!this.requirement(item, index, dataset.value)) _addIssue(this, "item", dataset, config$1, {
					input: item,
					path: [{
						type: "array",
						origin: "value",
						input: dataset.value,
						key: index,
						value: item
					}]
				});
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/checkItems/checkItemsAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function checkItemsAsync(requirement, message$1) {
	return {
		kind: "validation",
		type: "check_items",
		reference: checkItemsAsync,
		async: true,
		expects: null,
		requirement,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.typed) {
				const requirementResults = await Promise.all(dataset.value.map(this.requirement));
				for (let index = 0; index < dataset.value.length; index++) if (!requirementResults[index]) {
					const item = dataset.value[index];
					_addIssue(this, "item", dataset, config$1, {
						input: item,
						path: [{
							type: "array",
							origin: "value",
							input: dataset.value,
							key: index,
							value: item
						}]
					});
				}
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/codePoints/codePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function codePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "code_points",
		reference: codePoints,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count !== this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/creditCard/creditCard.ts
/**
* Credit card regex.
*/
const CREDIT_CARD_REGEX = /^(?:\d{13,19}|\d{4}(?: \d{3,6}){2,4}|\d{4}(?:-\d{3,6}){2,4})$/u;
/**
* Sanitize regex.
*/
const SANITIZE_REGEX = /[- ]/gu;
/**
* Provider regex list.
*/
const PROVIDER_REGEX_LIST = (/* unused pure expression or super */ null && ([
	/^3[47]\d{13}$/u,
	/^3(?:0[0-5]|[68]\d)\d{11,13}$/u,
	/^6(?:011|5\d{2})\d{12,15}$/u,
	/^(?:2131|1800|35\d{3})\d{11}$/u,
	/^(?:5[1-5]\d{2}|222\d|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720)\d{12}$/u,
	/^(?:6[27]\d{14,17}|81\d{14,17})$/u,
	/^4\d{12}(?:\d{3,6})?$/u
]));
/* @__NO_SIDE_EFFECTS__ */
function creditCard(message$1) {
	return {
		kind: "validation",
		type: "credit_card",
		reference: creditCard,
		async: false,
		expects: null,
		requirement(input) {
			let sanitized;
			return CREDIT_CARD_REGEX.test(input) && (sanitized = input.replace(SANITIZE_REGEX, "")) && PROVIDER_REGEX_LIST.some((regex$1) => regex$1.test(sanitized)) && /* @__PURE__ */ _isLuhnAlgo(sanitized);
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "credit card", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/cuid2/cuid2.ts
/* @__NO_SIDE_EFFECTS__ */
function cuid2(message$1) {
	return {
		kind: "validation",
		type: "cuid2",
		reference: cuid2,
		async: false,
		expects: null,
		requirement: CUID2_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Cuid2", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/decimal/decimal.ts
/* @__NO_SIDE_EFFECTS__ */
function decimal(message$1) {
	return {
		kind: "validation",
		type: "decimal",
		reference: decimal,
		async: false,
		expects: null,
		requirement: DECIMAL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "decimal", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/description/description.ts
/**
* Creates a description metadata action.
*
* @param description_ The description text.
*
* @returns A description action.
*/
/* @__NO_SIDE_EFFECTS__ */
function description(description_) {
	return {
		kind: "metadata",
		type: "description",
		reference: description,
		description: description_
	};
}

//#endregion
//#region src/actions/digits/digits.ts
/* @__NO_SIDE_EFFECTS__ */
function digits(message$1) {
	return {
		kind: "validation",
		type: "digits",
		reference: digits,
		async: false,
		expects: null,
		requirement: DIGITS_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "digits", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/domain/domain.ts
/* @__NO_SIDE_EFFECTS__ */
function domain(message$1) {
	return {
		kind: "validation",
		type: "domain",
		reference: domain,
		expects: null,
		async: false,
		requirement: DOMAIN_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "domain", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/email/email.ts
/* @__NO_SIDE_EFFECTS__ */
function email(message$1) {
	return {
		kind: "validation",
		type: "email",
		reference: email,
		expects: null,
		async: false,
		requirement: EMAIL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "email", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/emoji/emoji.ts
/* @__NO_SIDE_EFFECTS__ */
function emoji(message$1) {
	return {
		kind: "validation",
		type: "emoji",
		reference: emoji,
		async: false,
		expects: null,
		requirement: EMOJI_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "emoji", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/empty/empty.ts
/* @__NO_SIDE_EFFECTS__ */
function empty(message$1) {
	return {
		kind: "validation",
		type: "empty",
		reference: empty,
		async: false,
		expects: "0",
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length > 0) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/endsWith/endsWith.ts
/* @__NO_SIDE_EFFECTS__ */
function endsWith(requirement, message$1) {
	return {
		kind: "validation",
		type: "ends_with",
		reference: endsWith,
		async: false,
		expects: `"${requirement}"`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.endsWith(this.requirement)) _addIssue(this, "end", dataset, config$1, { received: `"${dataset.value.slice(-this.requirement.length)}"` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/entries/entries.ts
/* @__NO_SIDE_EFFECTS__ */
function entries(requirement, message$1) {
	return {
		kind: "validation",
		type: "entries",
		reference: entries,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count !== this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/everyItem/everyItem.ts
/* @__NO_SIDE_EFFECTS__ */
function everyItem(requirement, message$1) {
	return {
		kind: "validation",
		type: "every_item",
		reference: everyItem,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.every(this.requirement)) _addIssue(this, "item", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/examples/examples.ts
/**
* Creates an examples metadata action.
*
* @param examples_ The examples.
*
* @returns An examples action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function examples(examples_) {
	return {
		kind: "metadata",
		type: "examples",
		reference: examples,
		examples: examples_
	};
}

//#endregion
//#region src/actions/excludes/excludes.ts
/* @__NO_SIDE_EFFECTS__ */
function excludes(requirement, message$1) {
	const received = /* @__PURE__ */ _stringify(requirement);
	return {
		kind: "validation",
		type: "excludes",
		reference: excludes,
		async: false,
		expects: `!${received}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.includes(this.requirement)) _addIssue(this, "content", dataset, config$1, { received });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/filterItems/filterItems.ts
/* @__NO_SIDE_EFFECTS__ */
function filterItems(operation) {
	return {
		kind: "transformation",
		type: "filter_items",
		reference: filterItems,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.filter(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/findItem/findItem.ts
/* @__NO_SIDE_EFFECTS__ */
function findItem(operation) {
	return {
		kind: "transformation",
		type: "find_item",
		reference: findItem,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.find(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/finite/finite.ts
/* @__NO_SIDE_EFFECTS__ */
function finite(message$1) {
	return {
		kind: "validation",
		type: "finite",
		reference: finite,
		async: false,
		expects: null,
		requirement: Number.isFinite,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "finite", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/flavor/flavor.ts
/**
* Creates a flavor transformation action.
*
* @param name The flavor name.
*
* @returns A flavor action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function flavor(name) {
	return {
		kind: "transformation",
		type: "flavor",
		reference: flavor,
		async: false,
		name,
		"~run"(dataset) {
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/graphemes/graphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function graphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "graphemes",
		reference: graphemes,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count !== this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/gtValue/gtValue.ts
/* @__NO_SIDE_EFFECTS__ */
function gtValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "gt_value",
		reference: gtValue,
		async: false,
		expects: `>${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value > this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/guard/guard.ts
/* @__NO_SIDE_EFFECTS__ */
function guard(requirement, message$1) {
	return {
		kind: "transformation",
		type: "guard",
		reference: guard,
		async: false,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) {
				_addIssue(this, "input", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/hash/hash.ts
/**
* Hash lengths object.
*/
const HASH_LENGTHS = {
	md4: 32,
	md5: 32,
	sha1: 40,
	sha256: 64,
	sha384: 96,
	sha512: 128,
	ripemd128: 32,
	ripemd160: 40,
	tiger128: 32,
	tiger160: 40,
	tiger192: 48,
	crc32: 8,
	crc32b: 8,
	adler32: 8
};
/* @__NO_SIDE_EFFECTS__ */
function hash(types, message$1) {
	return {
		kind: "validation",
		type: "hash",
		reference: hash,
		expects: null,
		async: false,
		requirement: RegExp(types.map((type) => `^[a-fA-F0-9]{${HASH_LENGTHS[type]}}$`).join("|"), "u"),
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hash", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/hexadecimal/hexadecimal.ts
/* @__NO_SIDE_EFFECTS__ */
function hexadecimal(message$1) {
	return {
		kind: "validation",
		type: "hexadecimal",
		reference: hexadecimal,
		async: false,
		expects: null,
		requirement: HEXADECIMAL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hexadecimal", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/hexColor/hexColor.ts
/* @__NO_SIDE_EFFECTS__ */
function hexColor(message$1) {
	return {
		kind: "validation",
		type: "hex_color",
		reference: hexColor,
		async: false,
		expects: null,
		requirement: HEX_COLOR_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "hex color", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/imei/imei.ts
/* @__NO_SIDE_EFFECTS__ */
function imei(message$1) {
	return {
		kind: "validation",
		type: "imei",
		reference: imei,
		async: false,
		expects: null,
		requirement(input) {
			return IMEI_REGEX.test(input) && /* @__PURE__ */ _isLuhnAlgo(input);
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "IMEI", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/includes/includes.ts
/* @__NO_SIDE_EFFECTS__ */
function includes(requirement, message$1) {
	const expects = /* @__PURE__ */ _stringify(requirement);
	return {
		kind: "validation",
		type: "includes",
		reference: includes,
		async: false,
		expects,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.includes(this.requirement)) _addIssue(this, "content", dataset, config$1, { received: `!${expects}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/integer/integer.ts
/* @__NO_SIDE_EFFECTS__ */
function integer(message$1) {
	return {
		kind: "validation",
		type: "integer",
		reference: integer,
		async: false,
		expects: null,
		requirement: Number.isInteger,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "integer", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ip/ip.ts
/* @__NO_SIDE_EFFECTS__ */
function ip(message$1) {
	return {
		kind: "validation",
		type: "ip",
		reference: ip,
		async: false,
		expects: null,
		requirement: IP_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IP", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ipv4/ipv4.ts
/* @__NO_SIDE_EFFECTS__ */
function ipv4(message$1) {
	return {
		kind: "validation",
		type: "ipv4",
		reference: ipv4,
		async: false,
		expects: null,
		requirement: IPV4_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IPv4", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ipv6/ipv6.ts
/* @__NO_SIDE_EFFECTS__ */
function ipv6(message$1) {
	return {
		kind: "validation",
		type: "ipv6",
		reference: ipv6,
		async: false,
		expects: null,
		requirement: IPV6_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "IPv6", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isbn/utils/_isIsbn10.ts
/**
* [Validates an ISBN-10](https://en.wikipedia.org/wiki/ISBN#ISBN-10_check_digits).
*
* @param input The input value.
*
* @returns `true` if the input is a valid ISBN-10, `false` otherwise.
*
* @internal
*/
function _isIsbn10(input) {
	const digits$1 = input.split("").map((c) => c === "X" ? 10 : parseInt(c));
	let sum = 0;
	for (let i = 0; i < 10; i++) sum += digits$1[i] * (10 - i);
	return sum % 11 === 0;
}

//#endregion
//#region src/actions/isbn/utils/_isIsbn13.ts
/**
* [Validates an ISBN-13](https://en.wikipedia.org/wiki/ISBN#ISBN-13_check_digit_calculation).
*
* @param input The input value.
*
* @returns `true` if the input is a valid ISBN-13, `false` otherwise.
*
* @internal
*/
function _isIsbn13(input) {
	const digits$1 = input.split("").map((c) => parseInt(c));
	let sum = 0;
	for (let i = 0; i < 13; i++) sum += digits$1[i] * (i % 2 === 0 ? 1 : 3);
	return sum % 10 === 0;
}

//#endregion
//#region src/actions/isbn/isbn.ts
/**
* ISBN separator regex.
*/
const ISBN_SEPARATOR_REGEX = /[- ]/gu;
/**
* ISBN-10 detection regex.
*/
const ISBN_10_DETECTION_REGEX = /^\d{9}[\dX]$/u;
/**
* ISBN-13 detection regex.
*/
const ISBN_13_DETECTION_REGEX = /^\d{13}$/u;
/* @__NO_SIDE_EFFECTS__ */
function isbn(message$1) {
	return {
		kind: "validation",
		type: "isbn",
		reference: isbn,
		async: false,
		expects: null,
		requirement(input) {
			const replacedInput = input.replace(ISBN_SEPARATOR_REGEX, "");
			if (ISBN_10_DETECTION_REGEX.test(replacedInput)) return _isIsbn10(replacedInput);
			else if (ISBN_13_DETECTION_REGEX.test(replacedInput)) return _isIsbn13(replacedInput);
			return false;
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "ISBN", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isrc/isrc.ts
/* @__NO_SIDE_EFFECTS__ */
function isrc(message$1) {
	return {
		kind: "validation",
		type: "isrc",
		reference: isrc,
		async: false,
		expects: null,
		requirement: ISRC_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "ISRC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoDate/isoDate.ts
/* @__NO_SIDE_EFFECTS__ */
function isoDate(message$1) {
	return {
		kind: "validation",
		type: "iso_date",
		reference: isoDate,
		async: false,
		expects: null,
		requirement: ISO_DATE_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoDateTime/isoDateTime.ts
/* @__NO_SIDE_EFFECTS__ */
function isoDateTime(message$1) {
	return {
		kind: "validation",
		type: "iso_date_time",
		reference: isoDateTime,
		async: false,
		expects: null,
		requirement: ISO_DATE_TIME_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date-time", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoDateTimeSecond/isoDateTimeSecond.ts
/* @__NO_SIDE_EFFECTS__ */
function isoDateTimeSecond(message$1) {
	return {
		kind: "validation",
		type: "iso_date_time_second",
		reference: isoDateTimeSecond,
		async: false,
		expects: null,
		requirement: ISO_DATE_TIME_SECOND_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "date-time-second", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoTime/isoTime.ts
/* @__NO_SIDE_EFFECTS__ */
function isoTime(message$1) {
	return {
		kind: "validation",
		type: "iso_time",
		reference: isoTime,
		async: false,
		expects: null,
		requirement: ISO_TIME_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "time", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoTimeSecond/isoTimeSecond.ts
/* @__NO_SIDE_EFFECTS__ */
function isoTimeSecond(message$1) {
	return {
		kind: "validation",
		type: "iso_time_second",
		reference: isoTimeSecond,
		async: false,
		expects: null,
		requirement: ISO_TIME_SECOND_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "time-second", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoTimestamp/isoTimestamp.ts
/* @__NO_SIDE_EFFECTS__ */
function isoTimestamp(message$1) {
	return {
		kind: "validation",
		type: "iso_timestamp",
		reference: isoTimestamp,
		async: false,
		expects: null,
		requirement: ISO_TIMESTAMP_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "timestamp", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/isoWeek/isoWeek.ts
/* @__NO_SIDE_EFFECTS__ */
function isoWeek(message$1) {
	return {
		kind: "validation",
		type: "iso_week",
		reference: isoWeek,
		async: false,
		expects: null,
		requirement: ISO_WEEK_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "week", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/jwsCompact/jwsCompact.ts
/* @__NO_SIDE_EFFECTS__ */
function jwsCompact(message$1) {
	return {
		kind: "validation",
		type: "jws_compact",
		reference: jwsCompact,
		async: false,
		expects: null,
		requirement: JWS_COMPACT_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "JWS compact", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ksuid/ksuid.ts
/* @__NO_SIDE_EFFECTS__ */
function ksuid(message$1) {
	return {
		kind: "validation",
		type: "ksuid",
		reference: ksuid,
		async: false,
		expects: null,
		requirement: KSUID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "KSUID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/length/length.ts
/* @__NO_SIDE_EFFECTS__ */
function length(requirement, message$1) {
	return {
		kind: "validation",
		type: "length",
		reference: length,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length !== this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ltValue/ltValue.ts
/* @__NO_SIDE_EFFECTS__ */
function ltValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "lt_value",
		reference: ltValue,
		async: false,
		expects: `<${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value < this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mac/mac.ts
/* @__NO_SIDE_EFFECTS__ */
function mac(message$1) {
	return {
		kind: "validation",
		type: "mac",
		reference: mac,
		async: false,
		expects: null,
		requirement: MAC_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "MAC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mac48/mac48.ts
/* @__NO_SIDE_EFFECTS__ */
function mac48(message$1) {
	return {
		kind: "validation",
		type: "mac48",
		reference: mac48,
		async: false,
		expects: null,
		requirement: MAC48_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "48-bit MAC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mac64/mac64.ts
/* @__NO_SIDE_EFFECTS__ */
function mac64(message$1) {
	return {
		kind: "validation",
		type: "mac64",
		reference: mac64,
		async: false,
		expects: null,
		requirement: MAC64_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "64-bit MAC", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/mapItems/mapItems.ts
/* @__NO_SIDE_EFFECTS__ */
function mapItems(operation) {
	return {
		kind: "transformation",
		type: "map_items",
		reference: mapItems,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.map(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxBytes/maxBytes.ts
/* @__NO_SIDE_EFFECTS__ */
function maxBytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_bytes",
		reference: maxBytes,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 > this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxCodePoints/maxCodePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function maxCodePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_code_points",
		reference: maxCodePoints,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count > this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxEntries/maxEntries.ts
/* @__NO_SIDE_EFFECTS__ */
function maxEntries(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_entries",
		reference: maxEntries,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count > this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxGraphemes/maxGraphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function maxGraphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_graphemes",
		reference: maxGraphemes,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count > this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxLength/maxLength.ts
/* @__NO_SIDE_EFFECTS__ */
function maxLength(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_length",
		reference: maxLength,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length > this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxSize/maxSize.ts
/* @__NO_SIDE_EFFECTS__ */
function maxSize(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_size",
		reference: maxSize,
		async: false,
		expects: `<=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size > this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxValue/maxValue.ts
/* @__NO_SIDE_EFFECTS__ */
function maxValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "max_value",
		reference: maxValue,
		async: false,
		expects: `<=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value <= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/maxWords/maxWords.ts
/* @__NO_SIDE_EFFECTS__ */
function maxWords(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "max_words",
		reference: maxWords,
		async: false,
		expects: `<=${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count > this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/metadata/metadata.ts
/**
* Creates a custom metadata action.
*
* @param metadata_ The metadata object.
*
* @returns A metadata action.
*/
/* @__NO_SIDE_EFFECTS__ */
function metadata(metadata_) {
	return {
		kind: "metadata",
		type: "metadata",
		reference: metadata,
		metadata: metadata_
	};
}

//#endregion
//#region src/actions/mimeType/mimeType.ts
/* @__NO_SIDE_EFFECTS__ */
function mimeType(requirement, message$1) {
	return {
		kind: "validation",
		type: "mime_type",
		reference: mimeType,
		async: false,
		expects: /* @__PURE__ */ _joinExpects(requirement.map((option) => `"${option}"`), "|"),
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.includes(dataset.value.type)) _addIssue(this, "MIME type", dataset, config$1, { received: `"${dataset.value.type}"` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minBytes/minBytes.ts
/* @__NO_SIDE_EFFECTS__ */
function minBytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_bytes",
		reference: minBytes,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 < this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minCodePoints/minCodePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function minCodePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_code_points",
		reference: minCodePoints,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count < this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minEntries/minEntries.ts
/* @__NO_SIDE_EFFECTS__ */
function minEntries(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_entries",
		reference: minEntries,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count < this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minGraphemes/minGraphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function minGraphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_graphemes",
		reference: minGraphemes,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count < this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minLength/minLength.ts
/* @__NO_SIDE_EFFECTS__ */
function minLength(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_length",
		reference: minLength,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length < this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minSize/minSize.ts
/* @__NO_SIDE_EFFECTS__ */
function minSize(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_size",
		reference: minSize,
		async: false,
		expects: `>=${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size < this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minValue/minValue.ts
/* @__NO_SIDE_EFFECTS__ */
function minValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "min_value",
		reference: minValue,
		async: false,
		expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !(dataset.value >= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/minWords/minWords.ts
/* @__NO_SIDE_EFFECTS__ */
function minWords(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "min_words",
		reference: minWords,
		async: false,
		expects: `>=${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count < this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/multipleOf/multipleOf.ts
/* @__NO_SIDE_EFFECTS__ */
function multipleOf(requirement, message$1) {
	return {
		kind: "validation",
		type: "multiple_of",
		reference: multipleOf,
		async: false,
		expects: `%${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value % this.requirement != 0) _addIssue(this, "multiple", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/nanoid/nanoid.ts
/* @__NO_SIDE_EFFECTS__ */
function nanoid(message$1) {
	return {
		kind: "validation",
		type: "nanoid",
		reference: nanoid,
		async: false,
		expects: null,
		requirement: NANO_ID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "Nano ID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/nonEmpty/nonEmpty.ts
/* @__NO_SIDE_EFFECTS__ */
function nonEmpty(message$1) {
	return {
		kind: "validation",
		type: "non_empty",
		reference: nonEmpty,
		async: false,
		expects: "!0",
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length === 0) _addIssue(this, "length", dataset, config$1, { received: "0" });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/normalize/normalize.ts
/* @__NO_SIDE_EFFECTS__ */
function normalize(form) {
	return {
		kind: "transformation",
		type: "normalize",
		reference: normalize,
		async: false,
		form,
		"~run"(dataset) {
			dataset.value = dataset.value.normalize(this.form);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notBytes/notBytes.ts
/* @__NO_SIDE_EFFECTS__ */
function notBytes(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_bytes",
		reference: notBytes,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const length$1 = /* @__PURE__ */ _getByteCount(dataset.value);
				if (length$1 === this.requirement) _addIssue(this, "bytes", dataset, config$1, { received: `${length$1}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notCodePoints/notCodePoints.ts
/* @__NO_SIDE_EFFECTS__ */
function notCodePoints(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_code_points",
		reference: notCodePoints,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getCodePointCount(dataset.value);
				if (count === this.requirement) _addIssue(this, "code points", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notEntries/notEntries.ts
/* @__NO_SIDE_EFFECTS__ */
function notEntries(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_entries",
		reference: notEntries,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!dataset.typed) return dataset;
			const count = Object.keys(dataset.value).length;
			if (dataset.typed && count === this.requirement) _addIssue(this, "entries", dataset, config$1, { received: `${count}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notGraphemes/notGraphemes.ts
/* @__NO_SIDE_EFFECTS__ */
function notGraphemes(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_graphemes",
		reference: notGraphemes,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getGraphemeCount(dataset.value);
				if (count === this.requirement) _addIssue(this, "graphemes", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notLength/notLength.ts
/* @__NO_SIDE_EFFECTS__ */
function notLength(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_length",
		reference: notLength,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.length === this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notSize/notSize.ts
/* @__NO_SIDE_EFFECTS__ */
function notSize(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_size",
		reference: notSize,
		async: false,
		expects: `!${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size === this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notValue/notValue.ts
/* @__NO_SIDE_EFFECTS__ */
function notValue(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_value",
		reference: notValue,
		async: false,
		expects: requirement instanceof Date ? `!${requirement.toJSON()}` : `!${/* @__PURE__ */ _stringify(requirement)}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && /* @__PURE__ */ _isValueMatch(this.requirement, dataset.value)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notValues/notValues.ts
/* @__NO_SIDE_EFFECTS__ */
function notValues(requirement, message$1) {
	return {
		kind: "validation",
		type: "not_values",
		reference: notValues,
		async: false,
		expects: `!${/* @__PURE__ */ _joinExpects(requirement.map((value$1) => value$1 instanceof Date ? value$1.toJSON() : /* @__PURE__ */ _stringify(value$1)), "|")}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && this.requirement.some((requirement$1) => /* @__PURE__ */ _isValueMatch(requirement$1, dataset.value))) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/notWords/notWords.ts
/* @__NO_SIDE_EFFECTS__ */
function notWords(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "not_words",
		reference: notWords,
		async: false,
		expects: `!${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count === this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/octal/octal.ts
/* @__NO_SIDE_EFFECTS__ */
function octal(message$1) {
	return {
		kind: "validation",
		type: "octal",
		reference: octal,
		async: false,
		expects: null,
		requirement: OCTAL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "octal", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/parseBoolean/parseBoolean.ts
const TRUTHY = (/* unused pure expression or super */ null && ([
	true,
	1,
	"true",
	"1",
	"yes",
	"y",
	"on",
	"enabled"
]));
const FALSY = (/* unused pure expression or super */ null && ([
	false,
	0,
	"false",
	"0",
	"no",
	"n",
	"off",
	"disabled"
]));
/* @__NO_SIDE_EFFECTS__ */
function parseBoolean(config$1, message$1) {
	const normalize$1 = (v) => typeof v === "string" ? v.toLowerCase() : v;
	const truthyRaw = config$1?.truthy ?? TRUTHY;
	const falsyRaw = config$1?.falsy ?? FALSY;
	const truthy = config$1?.truthy ? config$1.truthy.map(normalize$1) : TRUTHY;
	const falsy = config$1?.falsy ? config$1.falsy.map(normalize$1) : FALSY;
	return {
		kind: "transformation",
		type: "parse_boolean",
		reference: parseBoolean,
		expects: /* @__PURE__ */ _joinExpects([...truthyRaw, ...falsyRaw].map(_stringify), "|"),
		config: config$1,
		message: message$1,
		async: false,
		"~run"(dataset, config$2) {
			const input = normalize$1(dataset.value);
			if (truthy.includes(input)) dataset.value = true;
			else if (falsy.includes(input)) dataset.value = false;
			else {
				_addIssue(this, "boolean", dataset, config$2);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/parseJson/parseJson.ts
/* @__NO_SIDE_EFFECTS__ */
function parseJson(config$1, message$1) {
	return {
		kind: "transformation",
		type: "parse_json",
		reference: parseJson,
		config: config$1,
		message: message$1,
		async: false,
		"~run"(dataset, config$2) {
			try {
				dataset.value = JSON.parse(dataset.value, this.config?.reviver);
			} catch (error) {
				if (error instanceof Error) {
					_addIssue(this, "JSON", dataset, config$2, { received: `"${error.message}"` });
					dataset.typed = false;
				} else throw error;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/partialCheck/utils/_isPartiallyTyped/_isPartiallyTyped.ts
/**
* Checks if a dataset is partially typed.
*
* @param dataset The dataset to check.
* @param paths The paths to check.
*
* @returns Whether it is partially typed.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _isPartiallyTyped(dataset, paths) {
	if (dataset.issues) for (const path of paths) for (const issue of dataset.issues) {
		let typed = false;
		const bound = Math.min(path.length, issue.path?.length ?? 0);
		for (let index = 0; index < bound; index++) if (path[index] !== issue.path[index].key && (path[index] !== "$" || issue.path[index].type !== "array")) {
			typed = true;
			break;
		}
		if (!typed) return false;
	}
	return true;
}

//#endregion
//#region src/actions/partialCheck/partialCheck.ts
/* @__NO_SIDE_EFFECTS__ */
function partialCheck(paths, requirement, message$1) {
	return {
		kind: "validation",
		type: "partial_check",
		reference: partialCheck,
		async: false,
		expects: null,
		paths,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if ((dataset.typed || /* @__PURE__ */ _isPartiallyTyped(dataset, paths)) && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/partialCheck/partialCheckAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function partialCheckAsync(paths, requirement, message$1) {
	return {
		kind: "validation",
		type: "partial_check",
		reference: partialCheckAsync,
		async: true,
		expects: null,
		paths,
		requirement,
		message: message$1,
		async "~run"(dataset, config$1) {
			if ((dataset.typed || /* @__PURE__ */ _isPartiallyTyped(dataset, paths)) && !await this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawCheck/rawCheck.ts
/**
* Creates a raw check validation action.
*
* @param action The validation action.
*
* @returns A raw check action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawCheck(action) {
	return {
		kind: "validation",
		type: "raw_check",
		reference: rawCheck,
		async: false,
		expects: null,
		"~run"(dataset, config$1) {
			action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info)
			});
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawCheck/rawCheckAsync.ts
/**
* Creates a raw check validation action.
*
* @param action The validation action.
*
* @returns A raw check action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawCheckAsync(action) {
	return {
		kind: "validation",
		type: "raw_check",
		reference: rawCheckAsync,
		async: true,
		expects: null,
		async "~run"(dataset, config$1) {
			await action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info)
			});
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawTransform/rawTransform.ts
/**
* Creates a raw transformation action.
*
* @param action The transformation action.
*
* @returns A raw transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawTransform(action) {
	return {
		kind: "transformation",
		type: "raw_transform",
		reference: rawTransform,
		async: false,
		"~run"(dataset, config$1) {
			const output = action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info),
				NEVER: null
			});
			if (dataset.issues) dataset.typed = false;
			else dataset.value = output;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rawTransform/rawTransformAsync.ts
/**
* Creates a raw transformation action.
*
* @param action The transformation action.
*
* @returns A raw transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function rawTransformAsync(action) {
	return {
		kind: "transformation",
		type: "raw_transform",
		reference: rawTransformAsync,
		async: true,
		async "~run"(dataset, config$1) {
			const output = await action({
				dataset,
				config: config$1,
				addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info),
				NEVER: null
			});
			if (dataset.issues) dataset.typed = false;
			else dataset.value = output;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/readonly/readonly.ts
/* @__NO_SIDE_EFFECTS__ */
function readonly() {
	return {
		kind: "transformation",
		type: "readonly",
		reference: readonly,
		async: false,
		"~run"(dataset) {
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/reduceItems/reduceItems.ts
/* @__NO_SIDE_EFFECTS__ */
function reduceItems(operation, initial) {
	return {
		kind: "transformation",
		type: "reduce_items",
		reference: reduceItems,
		async: false,
		operation,
		initial,
		"~run"(dataset) {
			dataset.value = dataset.value.reduce(this.operation, this.initial);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/regex/regex.ts
/* @__NO_SIDE_EFFECTS__ */
function regex(requirement, message$1) {
	return {
		kind: "validation",
		type: "regex",
		reference: regex,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "format", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/returns/returns.ts
/* @__NO_SIDE_EFFECTS__ */
function returns(schema) {
	return {
		kind: "transformation",
		type: "returns",
		reference: returns,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = (...args_) => {
				const returnsDataset = this.schema["~run"]({ value: func(...args_) }, config$1);
				if (returnsDataset.issues) throw new ValiError(returnsDataset.issues);
				return returnsDataset.value;
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/returns/returnsAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function returnsAsync(schema) {
	return {
		kind: "transformation",
		type: "returns",
		reference: returnsAsync,
		async: false,
		schema,
		"~run"(dataset, config$1) {
			const func = dataset.value;
			dataset.value = async (...args_) => {
				const returnsDataset = await this.schema["~run"]({ value: await func(...args_) }, config$1);
				if (returnsDataset.issues) throw new ValiError(returnsDataset.issues);
				return returnsDataset.value;
			};
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/rfcEmail/rfcEmail.ts
/* @__NO_SIDE_EFFECTS__ */
function rfcEmail(message$1) {
	return {
		kind: "validation",
		type: "rfc_email",
		reference: rfcEmail,
		expects: null,
		async: false,
		requirement: RFC_EMAIL_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "email", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/safeInteger/safeInteger.ts
/* @__NO_SIDE_EFFECTS__ */
function safeInteger(message$1) {
	return {
		kind: "validation",
		type: "safe_integer",
		reference: safeInteger,
		async: false,
		expects: null,
		requirement: Number.isSafeInteger,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "safe integer", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/size/size.ts
/* @__NO_SIDE_EFFECTS__ */
function size(requirement, message$1) {
	return {
		kind: "validation",
		type: "size",
		reference: size,
		async: false,
		expects: `${requirement}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && dataset.value.size !== this.requirement) _addIssue(this, "size", dataset, config$1, { received: `${dataset.value.size}` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/slug/slug.ts
/* @__NO_SIDE_EFFECTS__ */
function slug(message$1) {
	return {
		kind: "validation",
		type: "slug",
		reference: slug,
		async: false,
		expects: null,
		requirement: SLUG_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "slug", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/someItem/someItem.ts
/* @__NO_SIDE_EFFECTS__ */
function someItem(requirement, message$1) {
	return {
		kind: "validation",
		type: "some_item",
		reference: someItem,
		async: false,
		expects: null,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.some(this.requirement)) _addIssue(this, "item", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/sortItems/sortItems.ts
/* @__NO_SIDE_EFFECTS__ */
function sortItems(operation) {
	return {
		kind: "transformation",
		type: "sort_items",
		reference: sortItems,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = dataset.value.sort(this.operation);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/startsWith/startsWith.ts
/* @__NO_SIDE_EFFECTS__ */
function startsWith(requirement, message$1) {
	return {
		kind: "validation",
		type: "starts_with",
		reference: startsWith,
		async: false,
		expects: `"${requirement}"`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !dataset.value.startsWith(this.requirement)) _addIssue(this, "start", dataset, config$1, { received: `"${dataset.value.slice(0, this.requirement.length)}"` });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/stringifyJson/stringifyJson.ts
/* @__NO_SIDE_EFFECTS__ */
function stringifyJson(config$1, message$1) {
	return {
		kind: "transformation",
		type: "stringify_json",
		reference: stringifyJson,
		message: message$1,
		config: config$1,
		async: false,
		"~run"(dataset, config$2) {
			try {
				const output = JSON.stringify(dataset.value, this.config?.replacer, this.config?.space);
				if (output === void 0) {
					_addIssue(this, "JSON", dataset, config$2);
					dataset.typed = false;
				} else dataset.value = output;
			} catch (error) {
				if (error instanceof Error) {
					_addIssue(this, "JSON", dataset, config$2, { received: `"${error.message}"` });
					dataset.typed = false;
				} else throw error;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/title/title.ts
/**
* Creates a title metadata action.
*
* @param title_ The title text.
*
* @returns A title action.
*/
/* @__NO_SIDE_EFFECTS__ */
function title(title_) {
	return {
		kind: "metadata",
		type: "title",
		reference: title,
		title: title_
	};
}

//#endregion
//#region src/actions/toBigint/toBigint.ts
/* @__NO_SIDE_EFFECTS__ */
function toBigint(message$1) {
	return {
		kind: "transformation",
		type: "to_bigint",
		reference: toBigint,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = BigInt(dataset.value);
			} catch {
				_addIssue(this, "bigint", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toBoolean/toBoolean.ts
/**
* Creates a to boolean transformation action.
*
* @returns A to boolean action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toBoolean() {
	return {
		kind: "transformation",
		type: "to_boolean",
		reference: toBoolean,
		async: false,
		"~run"(dataset) {
			dataset.value = Boolean(dataset.value);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toCamelCase/toCamelCase.ts
/**
* Creates a to camel case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` →
* `parseUrlValue`) and digits stay attached to the preceding token (e.g.
* `item2Name` → `item2Name`).
*
* @returns A to camel case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toCamelCase() {
	return {
		kind: "transformation",
		type: "to_camel_case",
		reference: toCamelCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "", false, true);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toDate/toDate.ts
/* @__NO_SIDE_EFFECTS__ */
function toDate(message$1) {
	return {
		kind: "transformation",
		type: "to_date",
		reference: toDate,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = new Date(dataset.value);
				if (isNaN(dataset.value)) {
					_addIssue(this, "date", dataset, config$1, { received: "\"Invalid Date\"" });
					dataset.typed = false;
				}
			} catch {
				_addIssue(this, "date", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toKebabCase/toKebabCase.ts
/**
* Creates a to kebab case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` →
* `parse-url-value`) and digits stay attached to the preceding token (e.g.
* `item2Name` → `item2-name`).
*
* @returns A to kebab case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toKebabCase() {
	return {
		kind: "transformation",
		type: "to_kebab_case",
		reference: toKebabCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "-", false, false);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toLowerCase/toLowerCase.ts
/**
* Creates a to lower case transformation action.
*
* @returns A to lower case action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toLowerCase() {
	return {
		kind: "transformation",
		type: "to_lower_case",
		reference: toLowerCase,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.toLowerCase();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toMaxValue/toMaxValue.ts
/**
* Creates a to max value transformation action.
*
* @param requirement The maximum value.
*
* @returns A to max value action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toMaxValue(requirement) {
	return {
		kind: "transformation",
		type: "to_max_value",
		reference: toMaxValue,
		async: false,
		requirement,
		"~run"(dataset) {
			dataset.value = dataset.value > this.requirement ? this.requirement : dataset.value;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toMinValue/toMinValue.ts
/**
* Creates a to min value transformation action.
*
* @param requirement The minimum value.
*
* @returns A to min value action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toMinValue(requirement) {
	return {
		kind: "transformation",
		type: "to_min_value",
		reference: toMinValue,
		async: false,
		requirement,
		"~run"(dataset) {
			dataset.value = dataset.value < this.requirement ? this.requirement : dataset.value;
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toNumber/toNumber.ts
/* @__NO_SIDE_EFFECTS__ */
function toNumber(message$1) {
	return {
		kind: "transformation",
		type: "to_number",
		reference: toNumber,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = Number(dataset.value);
				if (isNaN(dataset.value)) {
					_addIssue(this, "number", dataset, config$1);
					dataset.typed = false;
				}
			} catch {
				_addIssue(this, "number", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toPascalCase/toPascalCase.ts
/**
* Creates a to pascal case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` →
* `ParseUrlValue`) and digits stay attached to the preceding token (e.g.
* `item2Name` → `Item2Name`).
*
* @returns A to pascal case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toPascalCase() {
	return {
		kind: "transformation",
		type: "to_pascal_case",
		reference: toPascalCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "", true, true);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toSnakeCase/toSnakeCase.ts
/**
* Creates a to snake case transformation action.
*
* Words are separated by `_`, `-` and ASCII whitespace, as well as by case
* and acronym boundaries.
*
* Hint: Acronym runs are normalized to lowercase (e.g. `parseURLValue` →
* `parse_url_value`) and digits stay attached to the preceding token (e.g.
* `item2Name` → `item2_name`).
*
* @returns A to snake case action.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function toSnakeCase() {
	return {
		kind: "transformation",
		type: "to_snake_case",
		reference: toSnakeCase,
		async: false,
		"~run"(dataset) {
			dataset.value = /* @__PURE__ */ _formatCase(dataset.value, "_", false, false);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toString/toString.ts
/* @__NO_SIDE_EFFECTS__ */
function toString(message$1) {
	return {
		kind: "transformation",
		type: "to_string",
		reference: toString,
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			try {
				dataset.value = String(dataset.value);
			} catch {
				_addIssue(this, "string", dataset, config$1);
				dataset.typed = false;
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/toUpperCase/toUpperCase.ts
/**
* Creates a to upper case transformation action.
*
* @returns A to upper case action.
*/
/* @__NO_SIDE_EFFECTS__ */
function toUpperCase() {
	return {
		kind: "transformation",
		type: "to_upper_case",
		reference: toUpperCase,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.toUpperCase();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/transform/transform.ts
/**
* Creates a custom transformation action.
*
* @param operation The transformation operation.
*
* @returns A transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function transform(operation) {
	return {
		kind: "transformation",
		type: "transform",
		reference: transform,
		async: false,
		operation,
		"~run"(dataset) {
			dataset.value = this.operation(dataset.value);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/transform/transformAsync.ts
/**
* Creates a custom transformation action.
*
* @param operation The transformation operation.
*
* @returns A transform action.
*/
/* @__NO_SIDE_EFFECTS__ */
function transformAsync(operation) {
	return {
		kind: "transformation",
		type: "transform",
		reference: transformAsync,
		async: true,
		operation,
		async "~run"(dataset) {
			dataset.value = await this.operation(dataset.value);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/trim/trim.ts
/**
* Creates a trim transformation action.
*
* @returns A trim action.
*/
/* @__NO_SIDE_EFFECTS__ */
function trim() {
	return {
		kind: "transformation",
		type: "trim",
		reference: trim,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.trim();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/trimEnd/trimEnd.ts
/**
* Creates a trim end transformation action.
*
* @returns A trim end action.
*/
/* @__NO_SIDE_EFFECTS__ */
function trimEnd() {
	return {
		kind: "transformation",
		type: "trim_end",
		reference: trimEnd,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.trimEnd();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/trimStart/trimStart.ts
/**
* Creates a trim start transformation action.
*
* @returns A trim start action.
*/
/* @__NO_SIDE_EFFECTS__ */
function trimStart() {
	return {
		kind: "transformation",
		type: "trim_start",
		reference: trimStart,
		async: false,
		"~run"(dataset) {
			dataset.value = dataset.value.trimStart();
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/ulid/ulid.ts
/* @__NO_SIDE_EFFECTS__ */
function ulid(message$1) {
	return {
		kind: "validation",
		type: "ulid",
		reference: ulid,
		async: false,
		expects: null,
		requirement: ULID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "ULID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/url/url.ts
/* @__NO_SIDE_EFFECTS__ */
function url(message$1) {
	return {
		kind: "validation",
		type: "url",
		reference: url,
		async: false,
		expects: null,
		requirement(input) {
			try {
				if (URL.canParse) return URL.canParse(input);
				new URL(input);
				return true;
			} catch {
				return false;
			}
		},
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "URL", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/uuid/uuid.ts
/* @__NO_SIDE_EFFECTS__ */
function uuid(message$1) {
	return {
		kind: "validation",
		type: "uuid",
		reference: uuid,
		async: false,
		expects: null,
		requirement: UUID_REGEX,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "UUID", dataset, config$1);
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/value/value.ts
/* @__NO_SIDE_EFFECTS__ */
function value(requirement, message$1) {
	return {
		kind: "validation",
		type: "value",
		reference: value,
		async: false,
		expects: requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement),
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !/* @__PURE__ */ _isValueMatch(this.requirement, dataset.value)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/values/values.ts
/* @__NO_SIDE_EFFECTS__ */
function values(requirement, message$1) {
	return {
		kind: "validation",
		type: "values",
		reference: values,
		async: false,
		expects: `${/* @__PURE__ */ _joinExpects(requirement.map((value$1) => value$1 instanceof Date ? value$1.toJSON() : /* @__PURE__ */ _stringify(value$1)), "|")}`,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed && !this.requirement.some((requirement$1) => /* @__PURE__ */ _isValueMatch(requirement$1, dataset.value))) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
			return dataset;
		}
	};
}

//#endregion
//#region src/actions/words/words.ts
/* @__NO_SIDE_EFFECTS__ */
function words(locales, requirement, message$1) {
	return {
		kind: "validation",
		type: "words",
		reference: words,
		async: false,
		expects: `${requirement}`,
		locales,
		requirement,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.typed) {
				const count = /* @__PURE__ */ _getWordCount(this.locales, dataset.value);
				if (count !== this.requirement) _addIssue(this, "words", dataset, config$1, { received: `${count}` });
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/const.ts
const ABORT_EARLY_CONFIG = { abortEarly: true };

//#endregion
//#region src/methods/assert/assert.ts
/**
* Checks if the input matches the schema. As this is an assertion function, it
* can be used as a type guard.
*
* @param schema The schema to be used.
* @param input The input to be tested.
*/
function assert(schema, input) {
	const issues = schema["~run"]({ value: input }, ABORT_EARLY_CONFIG).issues;
	if (issues) throw new ValiError(issues);
}

//#endregion
//#region src/methods/cache/_LruCache.ts
/**
* Efficient LRU cache using Map iteration order.
*/
var _LruCache = class {
	constructor(config$1) {
		this.refCount = 0;
		this.maxSize = config$1?.maxSize ?? 1e3;
		this.maxAge = config$1?.maxAge ?? Infinity;
		this.hasMaxAge = isFinite(this.maxAge);
	}
	/**
	* Stringifies an unknown input to a cache key component.
	*
	* @param input The unknown input.
	*
	* @returns A cache key component.
	*/
	stringify(input) {
		const type = typeof input;
		if (type === "string") return `"${input}"`;
		if (type === "number" || type === "boolean") return `${input}`;
		if (type === "bigint") return `${input}n`;
		if (type === "object" || type === "function") {
			if (input) {
				this.refIds ?? (this.refIds = /* @__PURE__ */ new WeakMap());
				let id = this.refIds.get(input);
				if (!id) {
					id = ++this.refCount;
					this.refIds.set(input, id);
				}
				return `#${id}`;
			}
			return "null";
		}
		return type;
	}
	/**
	* Creates a cache key from input and config.
	*
	* @param input The input value.
	* @param config The parse configuration.
	*
	* @returns The cache key.
	*/
	key(input, config$1 = {}) {
		return `${this.stringify(input)}|${this.stringify(config$1.lang)}|${this.stringify(config$1.message)}|${this.stringify(config$1.abortEarly)}|${this.stringify(config$1.abortPipeEarly)}`;
	}
	/**
	* Gets a value from the cache by key.
	*
	* @param key The cache key.
	*
	* @returns The cached value.
	*/
	get(key) {
		if (!this.store) return void 0;
		const entry = this.store.get(key);
		if (!entry) return void 0;
		if (this.hasMaxAge && Date.now() - entry[1] > this.maxAge) {
			this.store.delete(key);
			return;
		}
		this.store.delete(key);
		this.store.set(key, entry);
		return entry[0];
	}
	/**
	* Sets a value in the cache by key.
	*
	* @param key The cache key.
	* @param value The cached value.
	*/
	set(key, value$1) {
		this.store ?? (this.store = /* @__PURE__ */ new Map());
		this.store.delete(key);
		const timestamp = this.hasMaxAge ? Date.now() : 0;
		this.store.set(key, [value$1, timestamp]);
		if (this.store.size > this.maxSize) this.store.delete(this.store.keys().next().value);
	}
	/**
	* Clears all entries from the cache.
	*/
	clear() {
		this.store?.clear();
	}
};

//#endregion
//#region src/methods/cache/cache.ts
/* @__NO_SIDE_EFFECTS__ */
function cache(schema, config$1) {
	return _standardSchema({
		...schema,
		cacheConfig: config$1,
		cache: new _LruCache(config$1),
		"~run"(dataset, runConfig) {
			const key = this.cache.key(dataset.value, runConfig);
			let outputDataset = this.cache.get(key);
			if (!outputDataset) this.cache.set(key, outputDataset = schema["~run"](dataset, runConfig));
			return /* @__PURE__ */ _cloneDataset(outputDataset);
		}
	});
}

//#endregion
//#region src/methods/cache/cacheAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function cacheAsync(schema, config$1) {
	let activeRuns;
	return _standardSchema({
		...schema,
		async: true,
		cacheConfig: config$1,
		cache: new _LruCache(config$1),
		async "~run"(dataset, runConfig) {
			const key = this.cache.key(dataset.value, runConfig);
			const cached = this.cache.get(key);
			if (cached) return /* @__PURE__ */ _cloneDataset(cached);
			let promise$1 = activeRuns?.get(key);
			if (!promise$1) {
				activeRuns ?? (activeRuns = /* @__PURE__ */ new Map());
				promise$1 = Promise.resolve(schema["~run"](dataset, runConfig));
				activeRuns.set(key, promise$1);
			}
			try {
				const outputDataset = await promise$1;
				this.cache.set(key, outputDataset);
				return /* @__PURE__ */ _cloneDataset(outputDataset);
			} finally {
				activeRuns?.delete(key);
			}
		}
	});
}

//#endregion
//#region src/methods/config/config.ts
/**
* Changes the local configuration of a schema.
*
* @param schema The schema to configure.
* @param config The parse configuration.
*
* @returns The configured schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function config(schema, config$1) {
	return _standardSchema({
		...schema,
		"~run"(dataset, config_) {
			return schema["~run"](dataset, {
				...config_,
				...config$1
			});
		}
	});
}

//#endregion
//#region src/methods/getFallback/getFallback.ts
/**
* Returns the fallback value of the schema.
*
* @param schema The schema to get it from.
* @param dataset The output dataset if available.
* @param config The config if available.
*
* @returns The fallback value.
*/
/* @__NO_SIDE_EFFECTS__ */
function getFallback(schema, dataset, config$1) {
	return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
}

//#endregion
//#region src/methods/fallback/fallback.ts
/**
* Returns a fallback value as output if the input does not match the schema.
*
* @param schema The schema to catch.
* @param fallback The fallback value.
*
* @returns The passed schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function fallback(schema, fallback$1) {
	return _standardSchema({
		...schema,
		fallback: fallback$1,
		"~run"(dataset, config$1) {
			const outputDataset = schema["~run"](dataset, config$1);
			return outputDataset.issues ? {
				typed: true,
				value: /* @__PURE__ */ getFallback(this, outputDataset, config$1)
			} : outputDataset;
		}
	});
}

//#endregion
//#region src/methods/fallback/fallbackAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function fallbackAsync(schema, fallback$1) {
	return _standardSchema({
		...schema,
		fallback: fallback$1,
		async: true,
		async "~run"(dataset, config$1) {
			const outputDataset = await schema["~run"](dataset, config$1);
			return outputDataset.issues ? {
				typed: true,
				value: await /* @__PURE__ */ getFallback(this, outputDataset, config$1)
			} : outputDataset;
		}
	});
}

//#endregion
//#region src/methods/flatten/flatten.ts
/* @__NO_SIDE_EFFECTS__ */
function flatten(issues) {
	const flatErrors = {};
	for (const issue of issues) if (issue.path) {
		const dotPath = /* @__PURE__ */ getDotPath(issue);
		if (dotPath) {
			if (!flatErrors.nested) flatErrors.nested = {};
			if (Object.prototype.hasOwnProperty.call(flatErrors.nested, dotPath)) flatErrors.nested[dotPath].push(issue.message);
			else flatErrors.nested[dotPath] = [issue.message];
		} else if (flatErrors.other) flatErrors.other.push(issue.message);
		else flatErrors.other = [issue.message];
	} else if (flatErrors.root) flatErrors.root.push(issue.message);
	else flatErrors.root = [issue.message];
	return flatErrors;
}

//#endregion
//#region src/methods/forward/forward.ts
/**
* Forwards the issues of the passed validation action.
*
* @param action The validation action.
* @param path The path to forward the issues to.
*
* @returns The modified action.
*/
/* @__NO_SIDE_EFFECTS__ */
function forward(action, path) {
	return {
		...action,
		"~run"(dataset, config$1) {
			const prevIssues = dataset.issues && [...dataset.issues];
			dataset = action["~run"](dataset, config$1);
			if (dataset.issues) {
				for (const issue of dataset.issues) if (!prevIssues?.includes(issue)) {
					let pathInput = dataset.value;
					for (const key of path) {
						const pathValue = pathInput[key];
						const pathItem = {
							type: "unknown",
							origin: "value",
							input: pathInput,
							key,
							value: pathValue
						};
						if (issue.path) issue.path.push(pathItem);
						else issue.path = [pathItem];
						if (!pathValue) break;
						pathInput = pathValue;
					}
				}
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/methods/forward/forwardAsync.ts
/**
* Forwards the issues of the passed validation action.
*
* @param action The validation action.
* @param path The path to forward the issues to.
*
* @returns The modified action.
*/
/* @__NO_SIDE_EFFECTS__ */
function forwardAsync(action, path) {
	return {
		...action,
		async: true,
		async "~run"(dataset, config$1) {
			const prevIssues = dataset.issues && [...dataset.issues];
			dataset = await action["~run"](dataset, config$1);
			if (dataset.issues) {
				for (const issue of dataset.issues) if (!prevIssues?.includes(issue)) {
					let pathInput = dataset.value;
					for (const key of path) {
						const pathValue = pathInput[key];
						const pathItem = {
							type: "unknown",
							origin: "value",
							input: pathInput,
							key,
							value: pathValue
						};
						if (issue.path) issue.path.push(pathItem);
						else issue.path = [pathItem];
						if (!pathValue) break;
						pathInput = pathValue;
					}
				}
			}
			return dataset;
		}
	};
}

//#endregion
//#region src/methods/getDefault/getDefault.ts
/**
* Returns the default value of the schema.
*
* @param schema The schema to get it from.
* @param dataset The input dataset if available.
* @param config The config if available.
*
* @returns The default value.
*/
/* @__NO_SIDE_EFFECTS__ */
function getDefault(schema, dataset, config$1) {
	return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
}

//#endregion
//#region src/methods/getDefaults/getDefaults.ts
/**
* Returns the default values of the schema.
*
* Hint: The difference to `getDefault` is that for object and tuple schemas
* this function recursively returns the default values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The default values.
*/
/* @__NO_SIDE_EFFECTS__ */
function getDefaults(schema) {
	if ("entries" in schema) {
		const object$1 = {};
		for (const key in schema.entries) object$1[key] = /* @__PURE__ */ getDefaults(schema.entries[key]);
		return object$1;
	}
	if ("items" in schema) return schema.items.map(getDefaults);
	return /* @__PURE__ */ getDefault(schema);
}

//#endregion
//#region src/methods/getDefaults/getDefaultsAsync.ts
/**
* Returns the default values of the schema.
*
* Hint: The difference to `getDefault` is that for object and tuple schemas
* this function recursively returns the default values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The default values.
*/
/* @__NO_SIDE_EFFECTS__ */
async function getDefaultsAsync(schema) {
	if ("entries" in schema) return Object.fromEntries(await Promise.all(Object.entries(schema.entries).map(async ([key, value$1]) => [key, await /* @__PURE__ */ getDefaultsAsync(value$1)])));
	if ("items" in schema) return Promise.all(schema.items.map(getDefaultsAsync));
	return /* @__PURE__ */ getDefault(schema);
}

//#endregion
//#region src/methods/getDescription/getDescription.ts
/**
* Returns the description of the schema.
*
* If multiple descriptions are defined, the last one of the highest level is
* returned. If no description is defined, `undefined` is returned.
*
* @param schema The schema to get the description from.
*
* @returns The description, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getDescription(schema) {
	return /* @__PURE__ */ _getLastMetadata(schema, "description");
}

//#endregion
//#region src/methods/getExamples/getExamples.ts
/**
* Returns the examples of a schema.
*
* If multiple examples are defined, it concatenates them using depth-first
* search. If no examples are defined, an empty array is returned.
*
* @param schema The schema to get the examples from.
*
* @returns The examples, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getExamples(schema) {
	const examples$1 = [];
	function depthFirstCollect(schema$1) {
		if ("pipe" in schema$1) {
			for (const item of schema$1.pipe) if (item.kind === "schema" && "pipe" in item) depthFirstCollect(item);
			else if (item.kind === "metadata" && item.type === "examples") for (const example of item.examples) examples$1.push(example);
		}
	}
	depthFirstCollect(schema);
	return examples$1;
}

//#endregion
//#region src/methods/getFallbacks/getFallbacks.ts
/**
* Returns the fallback values of the schema.
*
* Hint: The difference to `getFallback` is that for object and tuple schemas
* this function recursively returns the fallback values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The fallback values.
*/
/* @__NO_SIDE_EFFECTS__ */
function getFallbacks(schema) {
	if ("entries" in schema) {
		const object$1 = {};
		for (const key in schema.entries) object$1[key] = /* @__PURE__ */ getFallbacks(schema.entries[key]);
		return object$1;
	}
	if ("items" in schema) return schema.items.map(getFallbacks);
	return /* @__PURE__ */ getFallback(schema);
}

//#endregion
//#region src/methods/getFallbacks/getFallbacksAsync.ts
/**
* Returns the fallback values of the schema.
*
* Hint: The difference to `getFallback` is that for object and tuple schemas
* this function recursively returns the fallback values of the subschemas
* instead of `undefined`.
*
* @param schema The schema to get them from.
*
* @returns The fallback values.
*/
/* @__NO_SIDE_EFFECTS__ */
async function getFallbacksAsync(schema) {
	if ("entries" in schema) return Object.fromEntries(await Promise.all(Object.entries(schema.entries).map(async ([key, value$1]) => [key, await /* @__PURE__ */ getFallbacksAsync(value$1)])));
	if ("items" in schema) return Promise.all(schema.items.map(getFallbacksAsync));
	return /* @__PURE__ */ getFallback(schema);
}

//#endregion
//#region src/methods/getMetadata/getMetadata.ts
/**
* Returns the metadata of a schema.
*
* If multiple metadata are defined, it shallowly merges them using depth-first
* search. If no metadata is defined, an empty object is returned.
*
* @param schema Schema to get the metadata from.
*
* @returns The metadata, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getMetadata(schema) {
	const result = {};
	function depthFirstMerge(schema$1) {
		if ("pipe" in schema$1) {
			for (const item of schema$1.pipe) if (item.kind === "schema" && "pipe" in item) depthFirstMerge(item);
			else if (item.kind === "metadata" && item.type === "metadata") Object.assign(result, item.metadata);
		}
	}
	depthFirstMerge(schema);
	return result;
}

//#endregion
//#region src/methods/getTitle/getTitle.ts
/**
* Returns the title of the schema.
*
* If multiple titles are defined, the last one of the highest level is
* returned. If no title is defined, `undefined` is returned.
*
* @param schema The schema to get the title from.
*
* @returns The title, if any.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function getTitle(schema) {
	return /* @__PURE__ */ _getLastMetadata(schema, "title");
}

//#endregion
//#region src/methods/is/is.ts
/**
* Checks if the input matches the schema. By using a type predicate, this
* function can be used as a type guard.
*
* @param schema The schema to be used.
* @param input The input to be tested.
*
* @returns Whether the input matches the schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function is(schema, input) {
	return !schema["~run"]({ value: input }, ABORT_EARLY_CONFIG).issues;
}

//#endregion
//#region src/schemas/any/any.ts
/**
* Creates an any schema.
*
* Hint: This schema function exists only for completeness and is not
* recommended in practice. Instead, `unknown` should be used to accept
* unknown data.
*
* @returns An any schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function any() {
	return _standardSchema({
		kind: "schema",
		type: "any",
		reference: any,
		expects: "any",
		async: false,
		"~run"(dataset) {
			dataset.typed = true;
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/array/array.ts
/* @__NO_SIDE_EFFECTS__ */
function array(item, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "array",
		reference: array,
		expects: "Array",
		async: false,
		item,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < input.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.item["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/array/arrayAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function arrayAsync(item, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "array",
		reference: arrayAsync,
		expects: "Array",
		async: true,
		item,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(input.map((value$1) => this.item["~run"]({ value: value$1 }, config$1)));
				for (let key = 0; key < itemDatasets.length; key++) {
					const itemDataset = itemDatasets[key];
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: input[key]
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/bigint/bigint.ts
/* @__NO_SIDE_EFFECTS__ */
function bigint(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "bigint",
		reference: bigint,
		expects: "bigint",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "bigint") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/blob/blob.ts
/* @__NO_SIDE_EFFECTS__ */
function blob(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "blob",
		reference: blob,
		expects: "Blob",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof Blob) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/boolean/boolean.ts
/* @__NO_SIDE_EFFECTS__ */
function boolean(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "boolean",
		reference: boolean,
		expects: "boolean",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "boolean") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/custom/custom.ts
/* @__NO_SIDE_EFFECTS__ */
function custom(check$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "custom",
		reference: custom,
		expects: "unknown",
		async: false,
		check: check$1,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.check(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/custom/customAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function customAsync(check$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "custom",
		reference: customAsync,
		expects: "unknown",
		async: true,
		check: check$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (await this.check(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/date/date.ts
/* @__NO_SIDE_EFFECTS__ */
function date(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "date",
		reference: date,
		expects: "Date",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof Date) if (!isNaN(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1, { received: "\"Invalid Date\"" });
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/enum/enum.ts
/* @__NO_SIDE_EFFECTS__ */
function enum_(enum__, message$1) {
	const options = [];
	for (const key in enum__) if (`${+key}` !== key || typeof enum__[key] !== "string" || !Object.is(enum__[enum__[key]], +key)) options.push(enum__[key]);
	return _standardSchema({
		kind: "schema",
		type: "enum",
		reference: enum_,
		expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
		async: false,
		enum: enum__,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.options.includes(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/exactOptional/exactOptional.ts
/* @__NO_SIDE_EFFECTS__ */
function exactOptional(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "exact_optional",
		reference: exactOptional,
		expects: wrapped.expects,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/exactOptional/exactOptionalAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function exactOptionalAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "exact_optional",
		reference: exactOptionalAsync,
		expects: wrapped.expects,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/file/file.ts
/* @__NO_SIDE_EFFECTS__ */
function file(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "file",
		reference: file,
		expects: "File",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof File) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/function/function.ts
/* @__NO_SIDE_EFFECTS__ */
function function_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "function",
		reference: function_,
		expects: "Function",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "function") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/instance/instance.ts
/* @__NO_SIDE_EFFECTS__ */
function instance(class_, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "instance",
		reference: instance,
		expects: class_.name,
		async: false,
		class: class_,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof this.class) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/intersect/utils/_merge/_merge.ts
/**
* Merges two values into one single output.
*
* @param value1 First value.
* @param value2 Second value.
*
* @returns The merge dataset.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _merge(value1, value2) {
	if (typeof value1 === typeof value2) {
		if (/* @__PURE__ */ _isSameValueZero(value1, value2) || value1 instanceof Date && value2 instanceof Date && /* @__PURE__ */ _isSameValueZero(+value1, +value2)) return { value: value1 };
		if (value1 && value2 && value1.constructor === Object && value2.constructor === Object) {
			const nextValue = {
				...value1,
				...value2
			};
			for (const key in value2) if (Object.prototype.hasOwnProperty.call(value1, key) && Object.prototype.hasOwnProperty.call(value2, key)) {
				const dataset = /* @__PURE__ */ _merge(value1[key], value2[key]);
				if (dataset.issue) return dataset;
				nextValue[key] = dataset.value;
			}
			return { value: nextValue };
		}
		if (Array.isArray(value1) && Array.isArray(value2)) {
			if (value1.length === value2.length) {
				const nextValue = [...value1];
				for (let index = 0; index < value1.length; index++) {
					const dataset = /* @__PURE__ */ _merge(value1[index], value2[index]);
					if (dataset.issue) return dataset;
					nextValue[index] = dataset.value;
				}
				return { value: nextValue };
			}
		}
	}
	return { issue: true };
}

//#endregion
//#region src/schemas/intersect/intersect.ts
/* @__NO_SIDE_EFFECTS__ */
function intersect(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "intersect",
		reference: intersect,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "&"),
		async: false,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.options.length) {
				const input = dataset.value;
				let outputs;
				dataset.typed = true;
				for (const schema of this.options) {
					const optionDataset = schema["~run"]({ value: input }, config$1);
					if (optionDataset.issues) {
						if (dataset.issues) for (const issue of optionDataset.issues) dataset.issues.push(issue);
						else dataset.issues = optionDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!optionDataset.typed) dataset.typed = false;
					if (dataset.typed) if (outputs) outputs.push(optionDataset.value);
					else outputs = [optionDataset.value];
				}
				if (dataset.typed) {
					dataset.value = outputs[0];
					for (let index = 1; index < outputs.length; index++) {
						const mergeDataset = /* @__PURE__ */ _merge(dataset.value, outputs[index]);
						if (mergeDataset.issue) {
							_addIssue(this, "type", dataset, config$1, { received: "unknown" });
							break;
						}
						dataset.value = mergeDataset.value;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/intersect/intersectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function intersectAsync(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "intersect",
		reference: intersectAsync,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "&"),
		async: true,
		options,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (this.options.length) {
				const input = dataset.value;
				let outputs;
				dataset.typed = true;
				const optionDatasets = await Promise.all(this.options.map((schema) => schema["~run"]({ value: input }, config$1)));
				for (const optionDataset of optionDatasets) {
					if (optionDataset.issues) {
						if (dataset.issues) for (const issue of optionDataset.issues) dataset.issues.push(issue);
						else dataset.issues = optionDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!optionDataset.typed) dataset.typed = false;
					if (dataset.typed) if (outputs) outputs.push(optionDataset.value);
					else outputs = [optionDataset.value];
				}
				if (dataset.typed) {
					dataset.value = outputs[0];
					for (let index = 1; index < outputs.length; index++) {
						const mergeDataset = /* @__PURE__ */ _merge(dataset.value, outputs[index]);
						if (mergeDataset.issue) {
							_addIssue(this, "type", dataset, config$1, { received: "unknown" });
							break;
						}
						dataset.value = mergeDataset.value;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/lazy/lazy.ts
/**
* Creates a lazy schema.
*
* @param getter The schema getter.
*
* @returns A lazy schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function lazy(getter) {
	return _standardSchema({
		kind: "schema",
		type: "lazy",
		reference: lazy,
		expects: "unknown",
		async: false,
		getter,
		"~run"(dataset, config$1) {
			return this.getter(dataset.value)["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/lazy/lazyAsync.ts
/**
* Creates a lazy schema.
*
* @param getter The schema getter.
*
* @returns A lazy schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function lazyAsync(getter) {
	return _standardSchema({
		kind: "schema",
		type: "lazy",
		reference: lazyAsync,
		expects: "unknown",
		async: true,
		getter,
		async "~run"(dataset, config$1) {
			return (await this.getter(dataset.value))["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/literal/literal.ts
/* @__NO_SIDE_EFFECTS__ */
function literal(literal_, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "literal",
		reference: literal,
		expects: /* @__PURE__ */ _stringify(literal_),
		async: false,
		literal: literal_,
		message: message$1,
		"~run"(dataset, config$1) {
			if (/* @__PURE__ */ _isSameValueZero(dataset.value, this.literal)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseObject/looseObject.ts
/* @__NO_SIDE_EFFECTS__ */
function looseObject(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_object",
		reference: looseObject,
		expects: "Object",
		async: false,
		entries: entries$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) dataset.value[key] = input[key];
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseObject/looseObjectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function looseObjectAsync(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_object",
		reference: looseObjectAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const valueDatasets = await Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				}));
				for (const [key, value$1, valueSchema, valueDataset] of valueDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) dataset.value[key] = input[key];
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseTuple/looseTuple.ts
/* @__NO_SIDE_EFFECTS__ */
function looseTuple(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_tuple",
		reference: looseTuple,
		expects: "Array",
		async: false,
		items,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (let key = this.items.length; key < input.length; key++) dataset.value.push(input[key]);
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/looseTuple/looseTupleAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function looseTupleAsync(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "loose_tuple",
		reference: looseTupleAsync,
		expects: "Array",
		async: true,
		items,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				}));
				for (const [key, value$1, itemDataset] of itemDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (let key = this.items.length; key < input.length; key++) dataset.value.push(input[key]);
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/map/map.ts
/* @__NO_SIDE_EFFECTS__ */
function map(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "map",
		reference: map,
		expects: "Map",
		async: false,
		key,
		value: value$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Map) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Map();
				for (const [inputKey, inputValue] of input) {
					const keyDataset = this.key["~run"]({ value: inputKey }, config$1);
					if (keyDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "key",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of keyDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					const valueDataset = this.value["~run"]({ value: inputValue }, config$1);
					if (valueDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "value",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					dataset.value.set(keyDataset.value, valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/map/mapAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function mapAsync(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "map",
		reference: mapAsync,
		expects: "Map",
		async: true,
		key,
		value: value$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Map) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Map();
				const datasets = await Promise.all([...input].map(([inputKey, inputValue]) => Promise.all([
					inputKey,
					inputValue,
					this.key["~run"]({ value: inputKey }, config$1),
					this.value["~run"]({ value: inputValue }, config$1)
				])));
				for (const [inputKey, inputValue, keyDataset, valueDataset] of datasets) {
					if (keyDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "key",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of keyDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (valueDataset.issues) {
						const pathItem = {
							type: "map",
							origin: "value",
							input,
							key: inputKey,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					dataset.value.set(keyDataset.value, valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nan/nan.ts
/* @__NO_SIDE_EFFECTS__ */
function nan(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "nan",
		reference: nan,
		expects: "NaN",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (Number.isNaN(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/never/never.ts
/* @__NO_SIDE_EFFECTS__ */
function never(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "never",
		reference: never,
		expects: "never",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			_addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullable/nonNullable.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullable(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullable",
		reference: nonNullable,
		expects: "!null",
		async: false,
		wrapped,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value !== null) dataset = this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullable/nonNullableAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullableAsync(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullable",
		reference: nonNullableAsync,
		expects: "!null",
		async: true,
		wrapped,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.value !== null) dataset = await this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullish/nonNullish.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullish(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullish",
		reference: nonNullish,
		expects: "(!null & !undefined)",
		async: false,
		wrapped,
		message: message$1,
		"~run"(dataset, config$1) {
			if (!(dataset.value === null || dataset.value === void 0)) dataset = this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null || dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonNullish/nonNullishAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nonNullishAsync(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_nullish",
		reference: nonNullishAsync,
		expects: "(!null & !undefined)",
		async: true,
		wrapped,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (!(dataset.value === null || dataset.value === void 0)) dataset = await this.wrapped["~run"](dataset, config$1);
			if (dataset.value === null || dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonOptional/nonOptional.ts
/* @__NO_SIDE_EFFECTS__ */
function nonOptional(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_optional",
		reference: nonOptional,
		expects: "!undefined",
		async: false,
		wrapped,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value !== void 0) dataset = this.wrapped["~run"](dataset, config$1);
			if (dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nonOptional/nonOptionalAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nonOptionalAsync(wrapped, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "non_optional",
		reference: nonOptionalAsync,
		expects: "!undefined",
		async: true,
		wrapped,
		message: message$1,
		async "~run"(dataset, config$1) {
			if (dataset.value !== void 0) dataset = await this.wrapped["~run"](dataset, config$1);
			if (dataset.value === void 0) _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/null/null.ts
/* @__NO_SIDE_EFFECTS__ */
function null_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "null",
		reference: null_,
		expects: "null",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value === null) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/nullable/nullable.ts
/* @__NO_SIDE_EFFECTS__ */
function nullable(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullable",
		reference: nullable,
		expects: `(${wrapped.expects} | null)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === null) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/nullable/nullableAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nullableAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullable",
		reference: nullableAsync,
		expects: `(${wrapped.expects} | null)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === null) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/nullish/nullish.ts
/* @__NO_SIDE_EFFECTS__ */
function nullish(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullish",
		reference: nullish,
		expects: `(${wrapped.expects} | null | undefined)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === null || dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null || dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/nullish/nullishAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function nullishAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "nullish",
		reference: nullishAsync,
		expects: `(${wrapped.expects} | null | undefined)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === null || dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === null || dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/number/number.ts
/* @__NO_SIDE_EFFECTS__ */
function number(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "number",
		reference: number,
		expects: "number",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "number" && !isNaN(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/object/object.ts
/* @__NO_SIDE_EFFECTS__ */
function object(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object",
		reference: object,
		expects: "Object",
		async: false,
		entries: entries$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/object/objectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function objectAsync(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object",
		reference: objectAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const valueDatasets = await Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				}));
				for (const [key, value$1, valueSchema, valueDataset] of valueDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/objectWithRest/objectWithRest.ts
/* @__NO_SIDE_EFFECTS__ */
function objectWithRest(entries$1, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object_with_rest",
		reference: objectWithRest,
		expects: "Object",
		async: false,
		entries: entries$1,
		rest,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) {
						const valueDataset = this.rest["~run"]({ value: input[key] }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: input[key]
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/objectWithRest/objectWithRestAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function objectWithRestAsync(entries$1, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "object_with_rest",
		reference: objectWithRestAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		rest,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const [normalDatasets, restDatasets] = await Promise.all([Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				})), Promise.all(Object.entries(input).filter(([key]) => /* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)).map(async ([key, value$1]) => [
					key,
					value$1,
					await this.rest["~run"]({ value: value$1 }, config$1)
				]))]);
				for (const [key, value$1, valueSchema, valueDataset] of normalDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
				if (!dataset.issues || !config$1.abortEarly) for (const [key, value$1, valueDataset] of restDatasets) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/optional/optional.ts
/* @__NO_SIDE_EFFECTS__ */
function optional(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "optional",
		reference: optional,
		expects: `(${wrapped.expects} | undefined)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/optional/optionalAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function optionalAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "optional",
		reference: optionalAsync,
		expects: `(${wrapped.expects} | undefined)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/picklist/picklist.ts
/* @__NO_SIDE_EFFECTS__ */
function picklist(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "picklist",
		reference: picklist,
		expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
		async: false,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			if (this.options.includes(dataset.value)) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/promise/promise.ts
/* @__NO_SIDE_EFFECTS__ */
function promise(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "promise",
		reference: promise,
		expects: "Promise",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value instanceof Promise) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/record/record.ts
/* @__NO_SIDE_EFFECTS__ */
function record(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "record",
		reference: record,
		expects: "Object",
		async: false,
		key,
		value: value$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const entryKey in input) if (/* @__PURE__ */ _isValidObjectKey(input, entryKey)) {
					const entryValue = input[entryKey];
					const keyDataset = this.key["~run"]({ value: entryKey }, config$1);
					if (keyDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "key",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of keyDataset.issues) {
							issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					const valueDataset = this.value["~run"]({ value: entryValue }, config$1);
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/record/recordAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function recordAsync(key, value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "record",
		reference: recordAsync,
		expects: "Object",
		async: true,
		key,
		value: value$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const datasets = await Promise.all(Object.entries(input).filter(([key$1]) => /* @__PURE__ */ _isValidObjectKey(input, key$1)).map(([entryKey, entryValue]) => Promise.all([
					entryKey,
					entryValue,
					this.key["~run"]({ value: entryKey }, config$1),
					this.value["~run"]({ value: entryValue }, config$1)
				])));
				for (const [entryKey, entryValue, keyDataset, valueDataset] of datasets) {
					if (keyDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "key",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of keyDataset.issues) {
							issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = keyDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key: entryKey,
							value: entryValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
					if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/set/set.ts
/* @__NO_SIDE_EFFECTS__ */
function set(value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "set",
		reference: set,
		expects: "Set",
		async: false,
		value: value$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Set) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Set();
				for (const inputValue of input) {
					const valueDataset = this.value["~run"]({ value: inputValue }, config$1);
					if (valueDataset.issues) {
						const pathItem = {
							type: "set",
							origin: "value",
							input,
							key: null,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value.add(valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/set/setAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function setAsync(value$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "set",
		reference: setAsync,
		expects: "Set",
		async: true,
		value: value$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input instanceof Set) {
				dataset.typed = true;
				dataset.value = /* @__PURE__ */ new Set();
				const valueDatasets = await Promise.all([...input].map(async (inputValue) => [inputValue, await this.value["~run"]({ value: inputValue }, config$1)]));
				for (const [inputValue, valueDataset] of valueDatasets) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "set",
							origin: "value",
							input,
							key: null,
							value: inputValue
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value.add(valueDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictObject/strictObject.ts
/* @__NO_SIDE_EFFECTS__ */
function strictObject(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_object",
		reference: strictObject,
		expects: "Object",
		async: false,
		entries: entries$1,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				for (const key in this.entries) {
					const valueSchema = this.entries[key];
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
						const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
						if (valueDataset.issues) {
							const pathItem = {
								type: "object",
								origin: "value",
								input,
								key,
								value: value$1
							};
							for (const issue of valueDataset.issues) {
								if (issue.path) issue.path.unshift(pathItem);
								else issue.path = [pathItem];
								dataset.issues?.push(issue);
							}
							if (!dataset.issues) dataset.issues = valueDataset.issues;
							if (config$1.abortEarly) {
								dataset.typed = false;
								break;
							}
						}
						if (!valueDataset.typed) dataset.typed = false;
						dataset.value[key] = valueDataset.value;
					} else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
					else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
						_addIssue(this, "key", dataset, config$1, {
							input: void 0,
							expected: `"${key}"`,
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						if (config$1.abortEarly) break;
					}
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (!Object.prototype.hasOwnProperty.call(this.entries, key)) {
						_addIssue(this, "key", dataset, config$1, {
							input: key,
							expected: "never",
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						break;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictObject/strictObjectAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function strictObjectAsync(entries$1, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_object",
		reference: strictObjectAsync,
		expects: "Object",
		async: true,
		entries: entries$1,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				dataset.typed = true;
				dataset.value = {};
				const valueDatasets = await Promise.all(Object.entries(this.entries).map(async ([key, valueSchema]) => {
					if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
						const value$1 = key in input ? input[key] : await /* @__PURE__ */ getDefault(valueSchema);
						return [
							key,
							value$1,
							valueSchema,
							await valueSchema["~run"]({ value: value$1 }, config$1)
						];
					}
					return [
						key,
						input[key],
						valueSchema,
						null
					];
				}));
				for (const [key, value$1, valueSchema, valueDataset] of valueDatasets) if (valueDataset) {
					if (valueDataset.issues) {
						const pathItem = {
							type: "object",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of valueDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = valueDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!valueDataset.typed) dataset.typed = false;
					dataset.value[key] = valueDataset.value;
				} else if (valueSchema.fallback !== void 0) dataset.value[key] = await /* @__PURE__ */ getFallback(valueSchema);
				else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
					_addIssue(this, "key", dataset, config$1, {
						input: void 0,
						expected: `"${key}"`,
						path: [{
							type: "object",
							origin: "key",
							input,
							key,
							value: value$1
						}]
					});
					if (config$1.abortEarly) break;
				}
				if (!dataset.issues || !config$1.abortEarly) {
					for (const key in input) if (!Object.prototype.hasOwnProperty.call(this.entries, key)) {
						_addIssue(this, "key", dataset, config$1, {
							input: key,
							expected: "never",
							path: [{
								type: "object",
								origin: "key",
								input,
								key,
								value: input[key]
							}]
						});
						break;
					}
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictTuple/strictTuple.ts
/* @__NO_SIDE_EFFECTS__ */
function strictTuple(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_tuple",
		reference: strictTuple,
		expects: "Array",
		async: false,
		items,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!(dataset.issues && config$1.abortEarly) && this.items.length < input.length) _addIssue(this, "type", dataset, config$1, {
					input: input[this.items.length],
					expected: "never",
					path: [{
						type: "array",
						origin: "value",
						input,
						key: this.items.length,
						value: input[this.items.length]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/strictTuple/strictTupleAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function strictTupleAsync(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "strict_tuple",
		reference: strictTupleAsync,
		expects: "Array",
		async: true,
		items,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				}));
				for (const [key, value$1, itemDataset] of itemDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!(dataset.issues && config$1.abortEarly) && this.items.length < input.length) _addIssue(this, "type", dataset, config$1, {
					input: input[this.items.length],
					expected: "never",
					path: [{
						type: "array",
						origin: "value",
						input,
						key: this.items.length,
						value: input[this.items.length]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/string/string.ts
/* @__NO_SIDE_EFFECTS__ */
function string(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "string",
		reference: string,
		expects: "string",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "string") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/symbol/symbol.ts
/* @__NO_SIDE_EFFECTS__ */
function symbol(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "symbol",
		reference: symbol,
		expects: "symbol",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (typeof dataset.value === "symbol") dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tuple/tuple.ts
/* @__NO_SIDE_EFFECTS__ */
function tuple(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple",
		reference: tuple,
		expects: "Array",
		async: false,
		items,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tuple/tupleAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function tupleAsync(items, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple",
		reference: tupleAsync,
		expects: "Array",
		async: true,
		items,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const itemDatasets = await Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				}));
				for (const [key, value$1, itemDataset] of itemDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tupleWithRest/tupleWithRest.ts
/* @__NO_SIDE_EFFECTS__ */
function tupleWithRest(items, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple_with_rest",
		reference: tupleWithRest,
		expects: "Array",
		async: false,
		items,
		rest,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				for (let key = 0; key < this.items.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.items[key]["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (let key = this.items.length; key < input.length; key++) {
					const value$1 = input[key];
					const itemDataset = this.rest["~run"]({ value: value$1 }, config$1);
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/tupleWithRest/tupleWithRestAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function tupleWithRestAsync(items, rest, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "tuple_with_rest",
		reference: tupleWithRestAsync,
		expects: "Array",
		async: true,
		items,
		rest,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (Array.isArray(input)) {
				dataset.typed = true;
				dataset.value = [];
				const [normalDatasets, restDatasets] = await Promise.all([Promise.all(this.items.map(async (item, key) => {
					const value$1 = input[key];
					return [
						key,
						value$1,
						await item["~run"]({ value: value$1 }, config$1)
					];
				})), Promise.all(input.slice(this.items.length).map(async (value$1, key) => {
					return [
						key + this.items.length,
						value$1,
						await this.rest["~run"]({ value: value$1 }, config$1)
					];
				}))]);
				for (const [key, value$1, itemDataset] of normalDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
				if (!dataset.issues || !config$1.abortEarly) for (const [key, value$1, itemDataset] of restDatasets) {
					if (itemDataset.issues) {
						const pathItem = {
							type: "array",
							origin: "value",
							input,
							key,
							value: value$1
						};
						for (const issue of itemDataset.issues) {
							if (issue.path) issue.path.unshift(pathItem);
							else issue.path = [pathItem];
							dataset.issues?.push(issue);
						}
						if (!dataset.issues) dataset.issues = itemDataset.issues;
						if (config$1.abortEarly) {
							dataset.typed = false;
							break;
						}
					}
					if (!itemDataset.typed) dataset.typed = false;
					dataset.value.push(itemDataset.value);
				}
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/undefined/undefined.ts
/* @__NO_SIDE_EFFECTS__ */
function undefined_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "undefined",
		reference: undefined_,
		expects: "undefined",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/undefinedable/undefinedable.ts
/* @__NO_SIDE_EFFECTS__ */
function undefinedable(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "undefinedable",
		reference: undefinedable,
		expects: `(${wrapped.expects} | undefined)`,
		async: false,
		wrapped,
		default: default_,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/undefinedable/undefinedableAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function undefinedableAsync(wrapped, default_) {
	return _standardSchema({
		kind: "schema",
		type: "undefinedable",
		reference: undefinedableAsync,
		expects: `(${wrapped.expects} | undefined)`,
		async: true,
		wrapped,
		default: default_,
		async "~run"(dataset, config$1) {
			if (dataset.value === void 0) {
				if (this.default !== void 0) dataset.value = await /* @__PURE__ */ getDefault(this, dataset, config$1);
				if (dataset.value === void 0) {
					dataset.typed = true;
					return dataset;
				}
			}
			return this.wrapped["~run"](dataset, config$1);
		}
	});
}

//#endregion
//#region src/schemas/union/utils/_subIssues/_subIssues.ts
/**
* Returns the sub issues of the provided datasets for the union issue.
*
* @param datasets The datasets.
*
* @returns The sub issues.
*
* @internal
*/
/* @__NO_SIDE_EFFECTS__ */
function _subIssues(datasets) {
	let issues;
	if (datasets) for (const dataset of datasets) if (issues) for (const issue of dataset.issues) issues.push(issue);
	else issues = dataset.issues;
	return issues;
}

//#endregion
//#region src/schemas/union/union.ts
/* @__NO_SIDE_EFFECTS__ */
function union(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "union",
		reference: union,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "|"),
		async: false,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			let validDataset;
			let typedDatasets;
			let untypedDatasets;
			for (const schema of this.options) {
				const optionDataset = schema["~run"]({ value: dataset.value }, config$1);
				if (optionDataset.typed) if (optionDataset.issues) if (typedDatasets) typedDatasets.push(optionDataset);
				else typedDatasets = [optionDataset];
				else {
					validDataset = optionDataset;
					break;
				}
				else if (untypedDatasets) untypedDatasets.push(optionDataset);
				else untypedDatasets = [optionDataset];
			}
			if (validDataset) return validDataset;
			if (typedDatasets) {
				if (typedDatasets.length === 1) return typedDatasets[0];
				_addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
				dataset.typed = true;
			} else if (untypedDatasets?.length === 1) return untypedDatasets[0];
			else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/union/unionAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function unionAsync(options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "union",
		reference: unionAsync,
		expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "|"),
		async: true,
		options,
		message: message$1,
		async "~run"(dataset, config$1) {
			let validDataset;
			let typedDatasets;
			let untypedDatasets;
			for (const schema of this.options) {
				const optionDataset = await schema["~run"]({ value: dataset.value }, config$1);
				if (optionDataset.typed) if (optionDataset.issues) if (typedDatasets) typedDatasets.push(optionDataset);
				else typedDatasets = [optionDataset];
				else {
					validDataset = optionDataset;
					break;
				}
				else if (untypedDatasets) untypedDatasets.push(optionDataset);
				else untypedDatasets = [optionDataset];
			}
			if (validDataset) return validDataset;
			if (typedDatasets) {
				if (typedDatasets.length === 1) return typedDatasets[0];
				_addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
				dataset.typed = true;
			} else if (untypedDatasets?.length === 1) return untypedDatasets[0];
			else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/unknown/unknown.ts
/**
* Creates a unknown schema.
*
* @returns A unknown schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function unknown() {
	return _standardSchema({
		kind: "schema",
		type: "unknown",
		reference: unknown,
		expects: "unknown",
		async: false,
		"~run"(dataset) {
			dataset.typed = true;
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/variant/variant.ts
/* @__NO_SIDE_EFFECTS__ */
function variant(key, options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "variant",
		reference: variant,
		expects: "Object",
		async: false,
		key,
		options,
		message: message$1,
		"~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				let outputDataset;
				let maxDiscriminatorPriority = 0;
				let invalidDiscriminatorKey = this.key;
				let expectedDiscriminators = [];
				const parseOptions = (variant$1, allKeys) => {
					for (const schema of variant$1.options) {
						if (schema.type === "variant") parseOptions(schema, new Set(allKeys).add(schema.key));
						else {
							let keysAreValid = true;
							let currentPriority = 0;
							for (const currentKey of allKeys) {
								const discriminatorSchema = schema.entries[currentKey];
								if (currentKey in input ? discriminatorSchema["~run"]({
									typed: false,
									value: input[currentKey]
								}, ABORT_EARLY_CONFIG).issues : discriminatorSchema.type !== "exact_optional" && discriminatorSchema.type !== "optional" && discriminatorSchema.type !== "nullish") {
									keysAreValid = false;
									if (invalidDiscriminatorKey !== currentKey && (maxDiscriminatorPriority < currentPriority || maxDiscriminatorPriority === currentPriority && currentKey in input && !(invalidDiscriminatorKey in input))) {
										maxDiscriminatorPriority = currentPriority;
										invalidDiscriminatorKey = currentKey;
										expectedDiscriminators = [];
									}
									if (invalidDiscriminatorKey === currentKey) expectedDiscriminators.push(schema.entries[currentKey].expects);
									break;
								}
								currentPriority++;
							}
							if (keysAreValid) {
								const optionDataset = schema["~run"]({ value: input }, config$1);
								if (!outputDataset || !outputDataset.typed && optionDataset.typed) outputDataset = optionDataset;
							}
						}
						if (outputDataset && !outputDataset.issues) break;
					}
				};
				parseOptions(this, new Set([this.key]));
				if (outputDataset) return outputDataset;
				_addIssue(this, "type", dataset, config$1, {
					input: input[invalidDiscriminatorKey],
					expected: /* @__PURE__ */ _joinExpects(expectedDiscriminators, "|"),
					path: [{
						type: "object",
						origin: "value",
						input,
						key: invalidDiscriminatorKey,
						value: input[invalidDiscriminatorKey]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/variant/variantAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function variantAsync(key, options, message$1) {
	return _standardSchema({
		kind: "schema",
		type: "variant",
		reference: variantAsync,
		expects: "Object",
		async: true,
		key,
		options,
		message: message$1,
		async "~run"(dataset, config$1) {
			const input = dataset.value;
			if (input && typeof input === "object") {
				let outputDataset;
				let maxDiscriminatorPriority = 0;
				let invalidDiscriminatorKey = this.key;
				let expectedDiscriminators = [];
				const parseOptions = async (variant$1, allKeys) => {
					for (const schema of variant$1.options) {
						if (schema.type === "variant") await parseOptions(schema, new Set(allKeys).add(schema.key));
						else {
							let keysAreValid = true;
							let currentPriority = 0;
							for (const currentKey of allKeys) {
								const discriminatorSchema = schema.entries[currentKey];
								if (currentKey in input ? (await discriminatorSchema["~run"]({
									typed: false,
									value: input[currentKey]
								}, ABORT_EARLY_CONFIG)).issues : discriminatorSchema.type !== "exact_optional" && discriminatorSchema.type !== "optional" && discriminatorSchema.type !== "nullish") {
									keysAreValid = false;
									if (invalidDiscriminatorKey !== currentKey && (maxDiscriminatorPriority < currentPriority || maxDiscriminatorPriority === currentPriority && currentKey in input && !(invalidDiscriminatorKey in input))) {
										maxDiscriminatorPriority = currentPriority;
										invalidDiscriminatorKey = currentKey;
										expectedDiscriminators = [];
									}
									if (invalidDiscriminatorKey === currentKey) expectedDiscriminators.push(schema.entries[currentKey].expects);
									break;
								}
								currentPriority++;
							}
							if (keysAreValid) {
								const optionDataset = await schema["~run"]({ value: input }, config$1);
								if (!outputDataset || !outputDataset.typed && optionDataset.typed) outputDataset = optionDataset;
							}
						}
						if (outputDataset && !outputDataset.issues) break;
					}
				};
				await parseOptions(this, new Set([this.key]));
				if (outputDataset) return outputDataset;
				_addIssue(this, "type", dataset, config$1, {
					input: input[invalidDiscriminatorKey],
					expected: /* @__PURE__ */ _joinExpects(expectedDiscriminators, "|"),
					path: [{
						type: "object",
						origin: "value",
						input,
						key: invalidDiscriminatorKey,
						value: input[invalidDiscriminatorKey]
					}]
				});
			} else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/schemas/void/void.ts
/* @__NO_SIDE_EFFECTS__ */
function void_(message$1) {
	return _standardSchema({
		kind: "schema",
		type: "void",
		reference: void_,
		expects: "void",
		async: false,
		message: message$1,
		"~run"(dataset, config$1) {
			if (dataset.value === void 0) dataset.typed = true;
			else _addIssue(this, "type", dataset, config$1);
			return dataset;
		}
	});
}

//#endregion
//#region src/methods/keyof/keyof.ts
/* @__NO_SIDE_EFFECTS__ */
function keyof(schema, message$1) {
	return /* @__PURE__ */ picklist(Object.keys(schema.entries), message$1);
}

//#endregion
//#region src/methods/message/message.ts
/**
* Changes the local message configuration of a schema.
*
* @param schema The schema to configure.
* @param message_ The error message.
*
* @returns The configured schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function message(schema, message_) {
	return _standardSchema({
		...schema,
		"~run"(dataset, config$1) {
			return schema["~run"](dataset, {
				...config$1,
				message: message_
			});
		}
	});
}

//#endregion
//#region src/methods/omit/omit.ts
/**
* Creates a modified copy of an object schema that does not contain the
* selected entries.
*
* @param schema The schema to omit from.
* @param keys The selected entries.
*
* @returns An object schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function omit(schema, keys) {
	const entries$1 = { ...schema.entries };
	for (const key of keys) delete entries$1[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/parse/parse.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parsed input.
*/
function parse(schema, input, config$1) {
	const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	if (dataset.issues) throw new ValiError(dataset.issues);
	return dataset.value;
}

//#endregion
//#region src/methods/parse/parseAsync.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parsed input.
*/
async function parseAsync(schema, input, config$1) {
	const dataset = await schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	if (dataset.issues) throw new ValiError(dataset.issues);
	return dataset.value;
}

//#endregion
//#region src/methods/parser/parser.ts
/* @__NO_SIDE_EFFECTS__ */
function parser(schema, config$1) {
	const func = (input) => parse(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/parser/parserAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function parserAsync(schema, config$1) {
	const func = (input) => parseAsync(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/partial/partial.ts
/* @__NO_SIDE_EFFECTS__ */
function partial(schema, keys) {
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ optional(schema.entries[key]) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/partial/partialAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function partialAsync(schema, keys) {
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ optionalAsync(schema.entries[key]) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/pick/pick.ts
/**
* Creates a modified copy of an object schema that contains only the selected
* entries.
*
* @param schema The schema to pick from.
* @param keys The selected entries.
*
* @returns An object schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function pick(schema, keys) {
	const entries$1 = {};
	for (const key of keys) entries$1[key] = schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/pipe/pipe.ts
/* @__NO_SIDE_EFFECTS__ */
function pipe(...pipe$1) {
	return _standardSchema({
		...pipe$1[0],
		pipe: pipe$1,
		"~run"(dataset, config$1) {
			for (const item of pipe$1) if (item.kind !== "metadata") {
				if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
					dataset.typed = false;
					break;
				}
				if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = item["~run"](dataset, config$1);
			}
			return dataset;
		}
	});
}

//#endregion
//#region src/methods/pipe/pipeAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function pipeAsync(...pipe$1) {
	return _standardSchema({
		...pipe$1[0],
		pipe: pipe$1,
		async: true,
		async "~run"(dataset, config$1) {
			for (const item of pipe$1) if (item.kind !== "metadata") {
				if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
					dataset.typed = false;
					break;
				}
				if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = await item["~run"](dataset, config$1);
			}
			return dataset;
		}
	});
}

//#endregion
//#region src/methods/required/required.ts
/* @__NO_SIDE_EFFECTS__ */
function required(schema, arg2, arg3) {
	const keys = Array.isArray(arg2) ? arg2 : void 0;
	const message$1 = Array.isArray(arg2) ? arg3 : arg2;
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ nonOptional(schema.entries[key], message$1) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/required/requiredAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function requiredAsync(schema, arg2, arg3) {
	const keys = Array.isArray(arg2) ? arg2 : void 0;
	const message$1 = Array.isArray(arg2) ? arg3 : arg2;
	const entries$1 = {};
	for (const key in schema.entries) entries$1[key] = !keys || keys.includes(key) ? /* @__PURE__ */ nonOptionalAsync(schema.entries[key], message$1) : schema.entries[key];
	return _standardSchema({
		...schema,
		entries: entries$1
	});
}

//#endregion
//#region src/methods/safeParse/safeParse.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parse result.
*/
/* @__NO_SIDE_EFFECTS__ */
function safeParse(schema, input, config$1) {
	const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	return {
		typed: dataset.typed,
		success: !dataset.issues,
		output: dataset.value,
		issues: dataset.issues
	};
}

//#endregion
//#region src/methods/safeParse/safeParseAsync.ts
/**
* Parses an unknown input based on a schema.
*
* @param schema The schema to be used.
* @param input The input to be parsed.
* @param config The parse configuration.
*
* @returns The parse result.
*/
/* @__NO_SIDE_EFFECTS__ */
async function safeParseAsync(schema, input, config$1) {
	const dataset = await schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
	return {
		typed: dataset.typed,
		success: !dataset.issues,
		output: dataset.value,
		issues: dataset.issues
	};
}

//#endregion
//#region src/methods/safeParser/safeParser.ts
/* @__NO_SIDE_EFFECTS__ */
function safeParser(schema, config$1) {
	const func = (input) => /* @__PURE__ */ safeParse(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/safeParser/safeParserAsync.ts
/* @__NO_SIDE_EFFECTS__ */
function safeParserAsync(schema, config$1) {
	const func = (input) => /* @__PURE__ */ safeParseAsync(schema, input, config$1);
	func.schema = schema;
	func.config = config$1;
	return func;
}

//#endregion
//#region src/methods/summarize/summarize.ts
/**
* Summarize the error messages of issues in a pretty-printable multi-line string.
*
* @param issues The list of issues.
*
* @returns A summary of the issues.
*
* @beta
*/
/* @__NO_SIDE_EFFECTS__ */
function summarize(issues) {
	let summary = "";
	for (const issue of issues) {
		if (summary) summary += "\n";
		summary += `× ${issue.message}`;
		const dotPath = /* @__PURE__ */ getDotPath(issue);
		if (dotPath) summary += `\n  → at ${dotPath}`;
	}
	return summary;
}

//#endregion
//#region src/methods/unwrap/unwrap.ts
/**
* Unwraps the wrapped schema.
*
* @param schema The schema to be unwrapped.
*
* @returns The unwrapped schema.
*/
/* @__NO_SIDE_EFFECTS__ */
function unwrap(schema) {
	return schema.wrapped;
}

//#endregion


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
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
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
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__buildProgram = __webpack_exports__.T;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__buildProgram as buildProgram, __webpack_exports__main as main };
/******/ 
