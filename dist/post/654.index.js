export const id = 654;
export const ids = [654];
export const modules = {

/***/ 2654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPublish: () => (/* binding */ runPublish)
});

// UNUSED EXPORTS: workflowRunAnchor

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/github/client.ts + 25 modules
var github_client = __webpack_require__(2842);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/markdown.ts + 2 modules
var markdown = __webpack_require__(2554);
// EXTERNAL MODULE: ./src/schema/report.ts
var schema_report = __webpack_require__(6437);
;// CONCATENATED MODULE: ./src/report/untrusted-report.ts
// A report JSON that came from somewhere we do not control: the `report` input of the action
// reads a file downloaded from a pull request's artifact, and the PR may come from a fork.
// Nothing of it is passed on as it was: the report is rebuilt field by field from checked
// values (numbers finite and bounded, strings one line and capped, enumerations from their
// lists, arrays capped), and unknown fields are dropped. Renderers escape on top of this.


/** Bigger files are refused before they are parsed (a real report is 20–60 kB). */
const UNTRUSTED_REPORT_MAX_BYTES = 2 * 1024 * 1024;
const TEXT_MAX = 500;
const NAME_MAX = 200;
const MAX_STEPS = 500;
const MAX_TIMELINE_POINTS = 1000;
const MAX_LIST = 20;
/** Larger figures than any CI job could produce (a kWh-scale job is 1e3 Wh; a day is 86,400 s). */
const MAX_FIGURE = 1e9;
class UntrustedReportError extends Error {
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
class Reader {
    warnings;
    constructor(warnings) {
        this.warnings = warnings;
    }
    fail(path, problem) {
        throw new UntrustedReportError(`${path} ${problem}`);
    }
    obj(v, path) {
        if (!isObj(v))
            this.fail(path, 'is missing or not an object');
        return v;
    }
    num(v, path, min = 0, max = MAX_FIGURE) {
        if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
            this.fail(path, `must be a number from ${min} to ${max}, got ${describe(v)}`);
        return v;
    }
    int(v, path, min = 0, max = MAX_FIGURE) {
        const n = this.num(v, path, min, max);
        if (!Number.isInteger(n))
            this.fail(path, `must be a whole number, got ${describe(v)}`);
        return n;
    }
    /** One line, control and invisible characters removed, capped. */
    str(v, path, max = TEXT_MAX) {
        if (typeof v !== 'string')
            this.fail(path, `must be a string, got ${describe(v)}`);
        return (0,report_escape/* truncate */.xv)((0,report_escape/* collapseWhitespace */.DK)(v), max);
    }
    bool(v, path) {
        if (typeof v !== 'boolean')
            this.fail(path, `must be true or false, got ${describe(v)}`);
        return v;
    }
    oneOf(v, path, allowed) {
        if (!allowed.includes(v))
            this.fail(path, `must be one of ${allowed.join(', ')}, got ${describe(v)}`);
        return v;
    }
    date(v, path) {
        const s = this.str(v, path, 40);
        if (Number.isNaN(Date.parse(s)))
            this.fail(path, `must be a date, got ${describe(v)}`);
        return s;
    }
    /** Optional values: absent is fine, present and wrong is dropped with a warning. */
    optional(v, path, read) {
        if (v === undefined || v === null)
            return undefined;
        try {
            return read(v);
        }
        catch (err) {
            if (!(err instanceof UntrustedReportError))
                throw err;
            this.warnings.push(`${err.message}; left out`);
            return undefined;
        }
    }
    /** Keeps the readable items of an array, at most `max`; unreadable ones are counted in one warning. */
    list(v, path, max, read) {
        if (v === undefined)
            return [];
        if (!Array.isArray(v))
            this.fail(path, 'must be an array');
        const out = [];
        let bad = 0;
        for (const [i, item] of v.slice(0, max).entries()) {
            try {
                out.push(read(item, `${path}[${i}]`));
            }
            catch (err) {
                if (!(err instanceof UntrustedReportError))
                    throw err;
                bad++;
            }
        }
        if (bad > 0)
            this.warnings.push(`${path}: ${bad} unreadable item(s) left out`);
        if (v.length > max)
            this.warnings.push(`${path}: ${v.length - max} item(s) beyond the first ${max} left out`);
        return out;
    }
}
function describe(v) {
    if (typeof v === 'string')
        return JSON.stringify((0,report_escape/* truncate */.xv)((0,report_escape/* collapseWhitespace */.DK)(v), 40));
    if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined)
        return String(v);
    return Array.isArray(v) ? 'an array' : 'an object';
}
const DECIDED_BY = ['input', 'metadata', 'github-hosted-default', 'world-average'];
const GPU_METHODS = ['nvidia-smi-energy', 'nvidia-smi-power', 'powermetrics', 'none'];
const CPU_METHODS = ['rapl', 'powermetrics', 'model'];
const PROVIDERS = ['azure', 'aws', 'gcp'];
function readContext(r, v) {
    const c = r.obj(v, 'context');
    const out = {};
    const text = (key, max = NAME_MAX) => {
        const value = r.optional(c[key], `context.${key}`, (x) => r.str(x, `context.${key}`, max));
        if (value)
            out[key] = value;
    };
    for (const key of [
        'repository',
        'workflow',
        'job',
        'matrix',
        'event',
        'ref',
        'branch',
        'baseBranch',
        'runner',
    ])
        text(key);
    text('runId', 30);
    text('runAttempt', 10);
    const sha = r.optional(c.sha, 'context.sha', (x) => r.str(x, 'context.sha', 64));
    if (sha && /^[0-9a-f]{7,64}$/i.test(sha))
        out.sha = sha;
    const pr = r.optional(c.pullRequest, 'context.pullRequest', (x) => r.int(x, 'context.pullRequest', 1, 1e12));
    if (pr !== undefined)
        out.pullRequest = pr;
    return out;
}
function readStep(r, v, path) {
    const s = r.obj(v, path);
    return {
        number: r.int(s.number, `${path}.number`, 0, 1e6),
        name: r.str(s.name, `${path}.name`, NAME_MAX),
        startedAt: r.date(s.startedAt, `${path}.startedAt`),
        completedAt: r.date(s.completedAt, `${path}.completedAt`),
        durationS: r.num(s.durationS, `${path}.durationS`),
        energyWh: r.num(s.energyWh, `${path}.energyWh`),
        co2eG: r.num(s.co2eG, `${path}.co2eG`),
    };
}
/**
 * A clean Report from untrusted JSON text, and what was left out of it. Throws
 * UntrustedReportError naming the first field that makes it unusable.
 */
function readUntrustedReport(text) {
    if (Buffer.byteLength(text, 'utf8') > UNTRUSTED_REPORT_MAX_BYTES) {
        throw new UntrustedReportError(`the file is larger than ${UNTRUSTED_REPORT_MAX_BYTES / 1024 / 1024} MiB; a carbon-action report is well under 100 kB`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new UntrustedReportError(`the file is not JSON (${err.message.slice(0, 120)})`);
    }
    const warnings = [];
    const r = new Reader(warnings);
    const o = r.obj(value, 'the report');
    if (o.schemaVersion !== schema_report/* REPORT_SCHEMA_VERSION */.W) {
        r.fail('schemaVersion', `must be ${schema_report/* REPORT_SCHEMA_VERSION */.W} (a carbon-action report of this version), got ${describe(o.schemaVersion)}`);
    }
    const tool = r.obj(o.tool, 'tool');
    if (tool.name !== 'carbon-action')
        r.fail('tool.name', `must be "carbon-action", got ${describe(tool.name)}`);
    const energy = r.obj(o.energyWh, 'energyWh');
    const power = r.obj(o.powerW, 'powerW');
    const methods = r.obj(o.methods, 'methods');
    const cpu = r.obj(methods.cpu, 'methods.cpu');
    const memory = r.obj(methods.memory, 'methods.memory');
    const gpu = r.obj(methods.gpu, 'methods.gpu');
    const machine = r.obj(o.machine, 'machine');
    const pue = r.obj(o.pue, 'pue');
    const intensity = r.obj(o.intensity, 'intensity');
    const co2e = r.obj(o.co2eG, 'co2eG');
    const embodied = r.obj(o.embodied, 'embodied');
    const sci = r.obj(o.sci, 'sci');
    const samples = r.obj(o.samples, 'samples');
    const report = {
        schemaVersion: schema_report/* REPORT_SCHEMA_VERSION */.W,
        tool: { name: 'carbon-action', version: r.str(tool.version, 'tool.version', 40) },
        kind: r.oneOf(o.kind, 'kind', ['cli', 'action']),
        startedAt: r.date(o.startedAt, 'startedAt'),
        endedAt: r.date(o.endedAt, 'endedAt'),
        durationS: r.num(o.durationS, 'durationS'),
        energyWh: {
            total: r.num(energy.total, 'energyWh.total'),
            cpu: r.num(energy.cpu, 'energyWh.cpu'),
            memory: r.num(energy.memory, 'energyWh.memory'),
            gpu: r.num(energy.gpu, 'energyWh.gpu'),
            ...optionalField(r, energy.cpuRange, 'energyWh.cpuRange', 'cpuRange', (v) => {
                if (!Array.isArray(v) || v.length !== 2)
                    r.fail('energyWh.cpuRange', 'must be [low, high]');
                const pair = v;
                const [low, high] = [r.num(pair[0], 'energyWh.cpuRange[0]'), r.num(pair[1], 'energyWh.cpuRange[1]')];
                if (low > high)
                    r.fail('energyWh.cpuRange', 'must have low ≤ high');
                return [low, high];
            }),
        },
        powerW: { mean: r.num(power.mean, 'powerW.mean'), peak: r.num(power.peak, 'powerW.peak') },
        methods: {
            cpu: {
                method: r.oneOf(cpu.method, 'methods.cpu.method', CPU_METHODS),
                detail: r.str(cpu.detail, 'methods.cpu.detail'),
                ...optionalText(r, cpu.raplUnavailableReason, 'methods.cpu.raplUnavailableReason', 'raplUnavailableReason'),
                ...optionalField(r, cpu.band, 'methods.cpu.band', 'band', (v) => {
                    const x = r.obj(v, 'methods.cpu.band');
                    return {
                        low: r.num(x.low, 'methods.cpu.band.low', 0, 100),
                        high: r.num(x.high, 'methods.cpu.band.high', 0, 100),
                        coverage: r.num(x.coverage, 'methods.cpu.band.coverage', 0, 1),
                        basis: r.str(x.basis, 'methods.cpu.band.basis'),
                    };
                }),
                ...optionalField(r, cpu.scope, 'methods.cpu.scope', 'scope', (v) => {
                    const x = r.obj(v, 'methods.cpu.scope');
                    return {
                        used: r.oneOf(x.used, 'methods.cpu.scope.used', ['machine', 'container']),
                        reason: r.str(x.reason, 'methods.cpu.scope.reason'),
                    };
                }),
            },
            memory: {
                method: 'coefficient',
                wPerGb: r.num(memory.wPerGb, 'methods.memory.wPerGb', 0, 100),
                detail: r.str(memory.detail, 'methods.memory.detail'),
            },
            gpu: {
                method: r.oneOf(gpu.method, 'methods.gpu.method', GPU_METHODS),
                detail: r.str(gpu.detail, 'methods.gpu.detail'),
            },
        },
        machine: {
            os: r.str(machine.os, 'machine.os', 20),
            arch: r.str(machine.arch, 'machine.arch', 20),
            cpuModel: r.str(machine.cpuModel, 'machine.cpuModel', NAME_MAX),
            sockets: r.int(machine.sockets, 'machine.sockets', 0, 64),
            physicalCores: r.int(machine.physicalCores, 'machine.physicalCores', 0, 1e5),
            threads: r.int(machine.threads, 'machine.threads', 0, 1e5),
            memoryGb: r.num(machine.memoryGb, 'machine.memoryGb', 0, 1e6),
            virtualized: r.bool(machine.virtualized, 'machine.virtualized'),
            cloudProvider: machine.cloudProvider === null ? null : r.oneOf(machine.cloudProvider, 'machine.cloudProvider', PROVIDERS),
            githubHosted: r.bool(machine.githubHosted, 'machine.githubHosted'),
            ...optionalText(r, machine.instanceType, 'machine.instanceType', 'instanceType'),
            ...optionalField(r, machine.cpuId, 'machine.cpuId', 'cpuId', (v) => {
                const x = r.obj(v, 'machine.cpuId');
                const out = {};
                if (x.vendorId !== undefined)
                    out.vendorId = r.str(x.vendorId, 'machine.cpuId.vendorId', 40);
                for (const k of ['family', 'model', 'stepping', 'implementer', 'part'])
                    if (x[k] !== undefined)
                        out[k] = r.int(x[k], `machine.cpuId.${k}`, 0, 1e6);
                return out;
            }),
            gpus: r.list(machine.gpus, 'machine.gpus', 16, (g, path) => {
                const x = r.obj(g, path);
                const memoryMiB = r.optional(x.memoryMiB, `${path}.memoryMiB`, (m) => r.num(m, `${path}.memoryMiB`));
                return {
                    index: r.int(x.index, `${path}.index`, 0, 1024),
                    name: r.str(x.name, `${path}.name`, NAME_MAX),
                    ...(memoryMiB === undefined ? {} : { memoryMiB }),
                };
            }),
        },
        pue: { value: r.num(pue.value, 'pue.value', 1, 3), source: r.str(pue.source, 'pue.source') },
        intensity: {
            gPerKWh: r.num(intensity.gPerKWh, 'intensity.gPerKWh', 0, 2000),
            source: r.str(intensity.source, 'intensity.source'),
            year: intensity.year === null ? null : r.int(intensity.year, 'intensity.year', 1990, 2100),
            region: intensity.region === null ? null : r.str(intensity.region, 'intensity.region', NAME_MAX),
            zone: intensity.zone === null || intensity.zone === undefined
                ? null
                : r.str(intensity.zone, 'intensity.zone', NAME_MAX),
            decidedBy: r.oneOf(intensity.decidedBy, 'intensity.decidedBy', DECIDED_BY),
            figure: r.oneOf(intensity.figure, 'intensity.figure', ['yearly', 'override', 'live']),
            boundary: r.oneOf(intensity.boundary, 'intensity.boundary', [
                'lifecycle',
                'operational',
                'user-defined',
            ]),
            ...optionalText(r, intensity.assumption, 'intensity.assumption', 'assumption'),
        },
        co2eG: {
            total: r.num(co2e.total, 'co2eG.total'),
            operational: r.num(co2e.operational, 'co2eG.operational'),
            embodied: r.num(co2e.embodied, 'co2eG.embodied'),
        },
        includeEmbodied: r.bool(o.includeEmbodied, 'includeEmbodied'),
        embodied: {
            hostKgCo2e: r.num(embodied.hostKgCo2e, 'embodied.hostKgCo2e'),
            lifespanYears: r.num(embodied.lifespanYears, 'embodied.lifespanYears', 0, 100),
            timeShare: r.num(embodied.timeShare, 'embodied.timeShare', 0, 1),
            resourceShare: r.num(embodied.resourceShare, 'embodied.resourceShare', 0, 1),
            source: r.str(embodied.source, 'embodied.source'),
        },
        sci: { gPerRun: r.num(sci.gPerRun, 'sci.gPerRun'), functionalUnit: 'run' },
        equivalents: r.list(o.equivalents, 'equivalents', 10, (e, path) => {
            const x = r.obj(e, path);
            return {
                kind: r.str(x.kind, `${path}.kind`, 60),
                value: r.num(x.value, `${path}.value`),
                unit: r.str(x.unit, `${path}.unit`, 60),
                text: r.str(x.text, `${path}.text`),
            };
        }),
        greenerRegions: r.list(o.greenerRegions, 'greenerRegions', 10, (g, path) => {
            const x = r.obj(g, path);
            return {
                region: r.str(x.region, `${path}.region`, NAME_MAX),
                gPerKWh: r.num(x.gPerKWh, `${path}.gPerKWh`, 0, 2000),
                co2eG: r.num(x.co2eG, `${path}.co2eG`),
            };
        }),
        samples: {
            count: r.int(samples.count, 'samples.count'),
            intervalS: r.num(samples.intervalS, 'samples.intervalS', 0, 3600),
            tornLines: r.int(samples.tornLines ?? 0, 'samples.tornLines'),
            firstAt: samples.firstAt === null || samples.firstAt === undefined ? null : r.date(samples.firstAt, 'samples.firstAt'),
            lastAt: samples.lastAt === null || samples.lastAt === undefined ? null : r.date(samples.lastAt, 'samples.lastAt'),
            gapS: r.num(samples.gapS ?? 0, 'samples.gapS'),
            timeline: r.list(samples.timeline, 'samples.timeline', MAX_TIMELINE_POINTS, (p, path) => {
                const x = r.obj(p, path);
                return { tS: r.num(x.tS, `${path}.tS`), powerW: r.num(x.powerW, `${path}.powerW`, 0, 1e6) };
            }),
            endedEarly: samples.endedEarly === true,
        },
        warnings: r.list(o.warnings, 'warnings', MAX_LIST, (w, path) => r.str(w, path)),
    };
    const command = r.optional(o.command, 'command', (v) => r.list(v, 'command', 50, (a, path) => r.str(a, path, NAME_MAX)));
    if (command)
        report.command = command;
    if (typeof o.exitCode === 'number' || o.exitCode === null)
        report.exitCode = o.exitCode === null ? null : r.int(o.exitCode, 'exitCode', -1e6, 1e6);
    const steps = r.optional(o.steps, 'steps', (v) => r.list(v, 'steps', MAX_STEPS, (s, path) => readStep(r, s, path)));
    if (steps)
        report.steps = steps;
    const context = r.optional(o.context, 'context', (v) => readContext(r, v));
    if (context)
        report.context = context;
    const work = r.optional(o.work, 'work', (v) => readWork(r, v));
    if (work)
        report.work = work;
    return { report, warnings };
}
/** The hardware-neutral work account (like-for-like comparison); all or nothing. */
function readWork(r, v) {
    const w = r.obj(v, 'work');
    const numbers = (x, path, length, max = MAX_FIGURE) => {
        if (!Array.isArray(x) || x.length !== length)
            r.fail(path, `must be an array of ${length} numbers`);
        return x.map((n, i) => r.num(n, `${path}[${i}]`, 0, max));
    };
    const mc = r.obj(w.machineClass, 'work.machineClass');
    const pricing = r.obj(w.pricing, 'work.pricing');
    return {
        cpuSeconds: r.num(w.cpuSeconds, 'work.cpuSeconds'),
        utilisationHistogramS: numbers(w.utilisationHistogramS, 'work.utilisationHistogramS', 10),
        utilisationHistogramBusyS: numbers(w.utilisationHistogramBusyS, 'work.utilisationHistogramBusyS', 10),
        memoryGbS: r.num(w.memoryGbS, 'work.memoryGbS'),
        machineClass: {
            cpuModel: r.str(mc.cpuModel, 'work.machineClass.cpuModel', NAME_MAX),
            vcpus: r.int(mc.vcpus, 'work.machineClass.vcpus', 0, 1e5),
        },
        pricing: {
            cpuCurveW: numbers(pricing.cpuCurveW, 'work.pricing.cpuCurveW', 11, 1e6),
            memoryWPerGb: r.num(pricing.memoryWPerGb, 'work.pricing.memoryWPerGb', 0, 100),
        },
    };
}
function optionalField(r, v, path, key, read) {
    const value = r.optional(v, path, read);
    return value === undefined ? {} : { [key]: value };
}
function optionalText(r, v, path, key) {
    const text = r.optional(v, path, (x) => r.str(x, path));
    return text ? { [key]: text } : {};
}

// EXTERNAL MODULE: ./src/action/gate.ts
var action_gate = __webpack_require__(243);
// EXTERNAL MODULE: ./src/action/context.ts
var action_context = __webpack_require__(645);
// EXTERNAL MODULE: ./src/action/post-impl.ts + 418 modules
var post_impl = __webpack_require__(5333);
// EXTERNAL MODULE: ./src/action/local-outputs.ts
var local_outputs = __webpack_require__(6802);
;// CONCATENATED MODULE: ./src/action/publish.ts
// Publish mode (`report: <path>`): nothing is metered. The report was written by another
// run, typically a fork's pull request run whose token could not comment; a `workflow_run`
// workflow downloads it and hands it here, with the base repository's token. The file is
// the fork's to write, so:
// - it is rebuilt field by field (src/report/untrusted-report.ts) and escaped on output;
// - the repository and the token are this run's (GITHUB_REPOSITORY, the github-token input);
// - what the event is (push or pull request), which commit and which branch come from the
//   workflow_run payload GitHub wrote, not from the file;
// - the PR number is the file's, but it is used only when that PR's head is the commit the
//   workflow run built, and the PR's base branch is read from the API;
// - budgets are this workflow's inputs; history is written only for push runs of this
//   repository's own branches.












function workflowRunAnchor(payload) {
    const wr = payload?.workflow_run;
    if (!wr || typeof wr !== 'object')
        return null;
    if (typeof wr.id !== 'number' || typeof wr.event !== 'string' || typeof wr.head_sha !== 'string')
        return null;
    const headRepo = wr.head_repository?.full_name;
    return {
        id: wr.id,
        runAttempt: typeof wr.run_attempt === 'number' ? wr.run_attempt : 1,
        name: typeof wr.name === 'string' ? wr.name : null,
        event: wr.event,
        headSha: wr.head_sha,
        headBranch: typeof wr.head_branch === 'string' ? wr.head_branch : null,
        headRepository: typeof headRepo === 'string' ? headRepo : null,
    };
}
const OS_NAMES = { linux: 'Linux', win32: 'Windows', darwin: 'macOS' };
async function checkPullRequest(client, owner, repo, number, headSha) {
    try {
        const { data } = await client.rest.pulls.get({ owner, repo, pull_number: number });
        if (data.head.sha !== headSha) {
            return {
                ok: false,
                reason: `the report names PR #${number}, whose head is ${data.head.sha.slice(0, 7)}, not ${headSha.slice(0, 7)}, the commit the workflow run built`,
            };
        }
        return { ok: true, baseBranch: data.base.ref };
    }
    catch (err) {
        const status = (0,errors/* statusOf */.c2)(err);
        return {
            ok: false,
            reason: `could not read PR #${number} of ${owner}/${repo} (${status ?? err.message})`,
        };
    }
}
/**
 * The check run that shows the budgets on the PR's commit (a failed step of a workflow_run run shows on the default
 * branch only).
 */
async function budgetCheckRun(client, owner, repo, headSha, gate, headline) {
    if (gate.budgets.length === 0)
        return;
    const conclusion = !gate.exceeded ? 'success' : gate.mode === 'fail' ? 'failure' : 'neutral';
    const lines = (0,action_gate/* gateMessages */.k)(gate).map((m) => `- ${(0,report_escape/* escapeMarkdown */.FV)(m.message, { maxLength: 500 })}`);
    try {
        await client.rest.checks.create({
            owner,
            repo,
            name: 'carbon-action budget',
            head_sha: headSha,
            status: 'completed',
            conclusion,
            output: {
                title: gate.exceeded ? 'Carbon budget exceeded' : 'Carbon budgets met',
                summary: [headline, '', ...lines].join('\n').slice(0, 60_000),
            },
        });
    }
    catch (err) {
        const status = (0,errors/* statusOf */.c2)(err);
        core/* warning */.$e(`carbon-action: the budget check run was not created on ${headSha.slice(0, 7)} (${status ?? err.message})${status === 403 ? '; grant checks: write to show budgets on the PR' : ''}. The step's own result still applies the budgets.`);
    }
}
/**
 * Publishes a report written elsewhere. Input errors and budgets fail the step; an unusable
 * file or a refused PR number is a warning that names the cause, and nothing is posted.
 */
async function runPublish(env, inputs) {
    const path = inputs.reportPath;
    let size;
    try {
        size = (0,external_node_fs_.statSync)(path).size;
    }
    catch (err) {
        core/* warning */.$e(`carbon-action: report: cannot read ${JSON.stringify(path)} (${err.code ?? err.message}); nothing to publish. Did the artifact download?`);
        return;
    }
    if (size > UNTRUSTED_REPORT_MAX_BYTES) {
        core/* warning */.$e(`carbon-action: report: ${JSON.stringify(path)} is ${size} bytes, over the ${UNTRUSTED_REPORT_MAX_BYTES}-byte limit; not read.`);
        return;
    }
    let report;
    let leftOut;
    try {
        ({ report, warnings: leftOut } = readUntrustedReport((0,external_node_fs_.readFileSync)(path, 'utf8')));
    }
    catch (err) {
        core/* warning */.$e(`carbon-action: report: ${JSON.stringify(path)} is not a usable carbon-action report: ${err.message}; nothing published.`);
        return;
    }
    const payload = (0,action_context/* readEventPayload */.N5)(env);
    const anchor = workflowRunAnchor(payload);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '/').split('/');
    const notes = [
        `Published from a report file${anchor ? ` of workflow run ${anchor.id}` : ''}: measured there, not on this runner.`,
    ];
    if (leftOut.length > 0)
        notes.push(`Left out of the report file: ${leftOut.slice(0, 5).join('; ')}${leftOut.length > 5 ? ` … and ${leftOut.length - 5} more` : ''}.`);
    const client = inputs.githubToken
        ? (0,github_client/* createGitHubClient */.LX)({ token: inputs.githubToken, baseUrl: env.GITHUB_API_URL })
        : undefined;
    // What kind of run measured this, from GitHub's payload when there is one, else this run's own event.
    const event = anchor ? anchor.event : (env.GITHUB_EVENT_NAME ?? '');
    const isPr = (0,action_context/* isPullRequestEvent */.T5)(event);
    const c = report.context ?? {};
    const context = {
        ...c,
        repository: env.GITHUB_REPOSITORY,
        workflow: anchor?.name ?? c.workflow ?? env.GITHUB_WORKFLOW,
        event,
        runId: anchor ? String(anchor.id) : c.runId,
        runAttempt: anchor ? String(anchor.runAttempt) : c.runAttempt,
        sha: anchor ? anchor.headSha : c.sha,
    };
    delete context.pullRequest;
    delete context.baseBranch;
    if (isPr) {
        const ownPr = payload.pull_request;
        if (!anchor && typeof ownPr?.number === 'number') {
            // The report came from this very run (an earlier job): its own event says which PR.
            context.pullRequest = ownPr.number;
            if (typeof ownPr.base?.ref === 'string')
                context.baseBranch = ownPr.base.ref;
        }
        else if (anchor && c.pullRequest && client) {
            const checked = await checkPullRequest(client, owner, repo, c.pullRequest, anchor.headSha);
            if (checked.ok) {
                context.pullRequest = c.pullRequest;
                context.baseBranch = checked.baseBranch;
            }
            else {
                notes.push(`No PR comment: ${checked.reason}.`);
                core/* warning */.$e(`carbon-action: report: ${checked.reason}; no PR comment.`);
            }
        }
        else if (anchor && !c.pullRequest) {
            notes.push('No PR comment: the report names no pull request (was it measured in a pull_request run?).');
        }
    }
    else {
        context.branch = anchor ? (anchor.headBranch ?? undefined) : c.branch;
    }
    report.context = Object.fromEntries(Object.entries(context).filter(([, v]) => v !== undefined && v !== ''));
    // The PR run's identity, for history keys and the comment's marker and section.
    const ctxEnv = {
        ...env,
        GITHUB_EVENT_NAME: isPr ? 'pull_request' : 'push',
        GITHUB_WORKFLOW: report.context?.workflow || 'workflow',
        GITHUB_JOB: c.job || 'job',
        GITHUB_RUN_ID: report.context?.runId || '0',
        GITHUB_RUN_ATTEMPT: report.context?.runAttempt || '1',
        RUNNER_OS: OS_NAMES[report.machine.os] ?? report.machine.os,
    };
    const ctx = {
        env: ctxEnv,
        inputs: { ...inputs, matrix: c.matrix ?? inputs.matrix, jobName: undefined },
        payload: {},
        notes,
    };
    const local = (0,local_outputs/* createLocalOutputs */.g)({ reportPath: (0,post_impl/* reportFilePath */.KL)(ctxEnv), summaryPath: env.GITHUB_STEP_SUMMARY });
    let gate = (0,action_gate/* evaluateGate */.D)({ report, inputs });
    local.write({ report, gate, notes });
    try {
        const store = (0,post_impl/* historyStore */.O4)(ctx);
        const comparison = await (0,post_impl/* compare */.UD)(report, store, ctx, client);
        gate = (0,action_gate/* evaluateGate */.D)({ report, comparison, inputs });
        local.write({ report, comparison, gate, notes });
        // History: push runs of this repository only, never a fork's branch.
        const ownPush = !isPr && (!anchor || anchor.headRepository === env.GITHUB_REPOSITORY);
        if (ownPush) {
            await (0,post_impl/* saveHistory */.QX)(report, store, ctx);
            if (inputs.historyBranch)
                await (0,post_impl/* appendHistoryBranch */.$A)(report, client, ctx);
        }
        else if (!isPr) {
            notes.push('Not added to the history: the run was not a push to this repository.');
        }
        if (inputs.comment && report.context?.pullRequest)
            await (0,post_impl/* postComment */.Gy)(report, comparison, gate, client, ctx);
        local.write({ report, comparison, gate, notes });
        const headline = `${(0,format/* formatMassG */.bc)(report.co2eG.total)} CO2e, ${(0,format/* formatEnergyWh */.jD)(report.energyWh.total)}${(0,markdown/* verdictText */.nt)(comparison) ? `: ${(0,markdown/* verdictText */.nt)(comparison)}` : ''}.`;
        if (client && anchor && report.context?.pullRequest)
            await budgetCheckRun(client, owner, repo, anchor.headSha, gate, headline);
    }
    catch (err) {
        core/* warning */.$e(`carbon-action: ${err.message}; the summary and JSON report hold the totals.`);
    }
    (0,post_impl/* applyGate */.ei)(gate);
}


/***/ })

};
