export const id = 807;
export const ids = [807];
export const modules = {

/***/ 2807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPublish: () => (/* binding */ runPublish)
});

// UNUSED EXPORTS: workflowRunAnchor

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(5555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/client.ts




const DEFAULT_RETRIES = 2;
const DEFAULT_RETRY_DELAY_MS = 1000;
const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_RATE_LIMIT_WAIT_S = 5;
/** Adds a per-request timeout; an aborted request surfaces as an AbortError, which Octokit does not retry. */
function fetchWithTimeout(base, timeoutMs) {
    return async (url, init = {}) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        try {
            return await base(url, { ...init, signal });
        }
        catch (err) {
            if (signal.aborted) {
                const why = timeout.aborted
                    ? `timed out after ${timeoutMs} ms`
                    : 'was cancelled (the operation ran out of time)';
                const abort = new Error(`GitHub API request ${why}`);
                abort.name = 'AbortError';
                throw abort;
            }
            throw err;
        }
    };
}
function client_createGitHubClient(opts) {
    if (typeof opts.token !== 'string' || opts.token.trim() === '') {
        throw new Error('GitHub client: a token is required (the github-token input, default ${{ github.token }})');
    }
    const retries = opts.retries ?? DEFAULT_RETRIES;
    const retryDelayMs = opts.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
    const maxWaitS = opts.maxRateLimitWaitS ?? DEFAULT_MAX_RATE_LIMIT_WAIT_S;
    const warn = opts.onWarning ?? (() => undefined);
    const baseFetch = utils/* defaults */.NT.request?.fetch ?? globalThis.fetch;
    const rateLimitHandler = (retryAfterS, _options, _octokit, retryCount) => {
        const retryIt = retryCount < 1 && retryAfterS <= maxWaitS;
        if (!retryIt)
            warn(`GitHub API rate limit: retry-after ${retryAfterS} s is more than carbon-action waits (${maxWaitS} s); giving up on this call`);
        return retryIt;
    };
    const client = (0,github/* getOctokit */.Q)(opts.token, {
        baseUrl: (opts.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: 'carbon-action',
        // Not `request.retries`: plugin-retry reads it as "retry this request", whatever the status.
        request: { fetch: fetchWithTimeout(baseFetch, opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS) },
        retry: { retries, retryAfterBaseValue: retryDelayMs },
        throttle: {
            enabled: opts.throttle ?? true,
            retryAfterBaseValue: retryDelayMs,
            onRateLimit: rateLimitHandler,
            onSecondaryRateLimit: rateLimitHandler,
        },
        log: {
            debug: () => undefined,
            info: () => undefined,
            warn: (m) => warn(m),
            error: (m) => warn(m),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    // plugin-retry (8.1.1, wrap-request.js) writes `retryCount` into `options.request`, and
    // @octokit/endpoint's mergeDeep hands every call the client's own default `request` object
    // when the call passes none: without a copy per call, a failed call leaves retryCount 3 and
    // every later call waits 16 + 4 units instead of 1 + 4. Registered after the plugins, this
    // hook runs outside them; before-after-hook binds one options object for the whole chain,
    // so the copy is made in place.
    client.hook.wrap('request', (request, options) => {
        options.request = { ...options.request };
        return request(options);
    });
    return client;
}

// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
;// CONCATENATED MODULE: ./src/github/errors.ts

// Octokit throws RequestError (status, message) for HTTP failures and plain errors for
// network failures and timeouts; these turn either into words for a warning.
function errors_statusOf(err) {
    const s = err?.status;
    // AbortError is given status 500 by Octokit; it is a timeout, not a server answer.
    if (err?.name === 'AbortError')
        return undefined;
    return typeof s === 'number' ? s : undefined;
}
function errors_describeApiError(err) {
    // An API may echo the request's token in its message: redacted before anyone escapes it.
    if (!(err instanceof Error))
        return (0,secrets/* redactSecrets */.fp)(String(err));
    const status = errors_statusOf(err);
    // Drop the " - https://docs.github.com/..." suffix Octokit appends; keep the message.
    const message = err.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
    return (0,secrets/* redactSecrets */.fp)(status !== undefined ? `HTTP ${status}: ${message}` : message);
}
/**
 * A 403 or 429 that is GitHub's rate limit (primary or secondary), not a missing permission:
 * its message says so, or it carries retry-after or an exhausted x-ratelimit-remaining.
 */
function errors_isRateLimit(err) {
    const status = errors_statusOf(err);
    if (status !== 403 && status !== 429)
        return false;
    if (status === 429)
        return true;
    const headers = (err?.response?.headers ??
        {});
    return (/rate limit/i.test(err.message ?? '') ||
        headers['retry-after'] !== undefined ||
        headers['x-ratelimit-remaining'] === '0');
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
;// CONCATENATED MODULE: ./src/report/format.ts
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
const ENERGY_SCALES = [
    { factor: 1e-6, symbol: 'µWh' },
    { factor: 1e-3, symbol: 'mWh' },
    { factor: 1, symbol: 'Wh' },
    { factor: 1e3, symbol: 'kWh' },
    { factor: 1e6, symbol: 'MWh' },
];
const MASS_SCALES = [
    { factor: 1e-6, symbol: 'µg' },
    { factor: 1e-3, symbol: 'mg' },
    { factor: 1, symbol: 'g' },
    { factor: 1e3, symbol: 'kg' },
    { factor: 1e6, symbol: 't' },
];
const POWER_SCALES = [
    { factor: 1e-3, symbol: 'mW' },
    { factor: 1, symbol: 'W' },
    { factor: 1e3, symbol: 'kW' },
];
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

;// CONCATENATED MODULE: ./src/carbon/setting-name.ts
// One message, two callers: the CLI is configured by flags (--region), the action by inputs
// (region:). Shared carbon and report text names the setting the way its reader sets it.
/** "--pue" for the CLI, "the pue input" for the action. */
function setting_name_settingName(setting, caller) {
    return caller === 'cli' ? `--${setting}` : `the ${setting} input`;
}
/** How to write a setting with a value: "--region azure:eastus2" or "region: azure:eastus2". */
function setting_name_settingExample(setting, value, caller) {
    return caller === 'cli' ? `--${setting} ${value}` : `${setting}: ${value}`;
}
/** The name an error message gives an option: "--pue" for the CLI, "pue" (the input's name) for the action. */
function setting_name_optionLabel(setting, caller) {
    return caller === 'cli' ? `--${setting}` : setting;
}

;// CONCATENATED MODULE: ./src/report/describe.ts
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
    return (`${formatEnergyWh(range[0])} to ${formatEnergyWh(range[1])} ` +
        `(${Math.round(band.coverage * 100)} % band of the model's grouped cross-validation error, ${band.basis}; it cancels when comparing runs on the same machine class)`);
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
    ? `set by ${setting_name_settingName('region', kind === 'cli' ? 'cli' : 'action')}`
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
    return `${formatIntensityGPerKWh(i.gPerKWh)} (${figure}; ${i.source}${year}); boundary: ${boundary}`;
}
function pueText(report) {
    return `${report.pue.value} (${report.pue.source})`;
}
function operationalFormulaText(report) {
    return (`${formatEnergyWh(report.energyWh.total)} × PUE ${report.pue.value} × ` +
        `${formatIntensityGPerKWh(report.intensity.gPerKWh)} = ${formatMassG(report.co2eG.operational)}`);
}
function embodiedRuleText(report) {
    const e = report.embodied;
    const inTotal = report.includeEmbodied ? 'included in the total' : 'reported beside the total, not in it';
    return (`SCI M = TE × time share × resource share = ${e.hostKgCo2e} kg × ` +
        `(${formatDurationS(report.durationS)} ÷ ${e.lifespanYears} years = ${e.timeShare.toExponential(2)}) × ` +
        `${round4(e.resourceShare)} = ${formatMassG(report.co2eG.embodied)}; ${inTotal} (${e.source})`);
}
const round4 = (n) => (Number.isFinite(n) ? String(Number(n.toFixed(4))) : 'n/a');
/** "had this run in azure:swedencentral (24 g/kWh), it would have emitted 0.3 g (−92.0 %)". */
function greenerRegionText(region, currentOperationalG) {
    const change = currentOperationalG > 0
        ? ` (${formatPercent(((region.co2eG - currentOperationalG) / currentOperationalG) * 100)})`
        : '';
    return (`had this run in ${region.region} (${formatIntensityGPerKWh(region.gPerKWh)}), ` +
        `it would have emitted ${formatMassG(region.co2eG)}${change}`);
}
function samplesText(report) {
    const s = report.samples;
    const parts = [`${s.count} samples every ${formatDurationS(s.intervalS)}`];
    if (s.gapS > 0)
        parts.push(`${formatDurationS(s.gapS)} of gaps`);
    if (s.tornLines > 0)
        parts.push(`${s.tornLines} torn line(s) skipped`);
    if (s.endedEarly)
        parts.push('the sampler stopped before the end');
    return parts.join(', ');
}
const capitalise = (text) => (text ? text[0].toUpperCase() + text.slice(1) : text);

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
        `    x-axis "Time (min)" ${formatPlainNumber(firstMin, 2)} --> ${formatPlainNumber(Math.max(lastMin, firstMin + 0.01), 2)}`,
        `    y-axis "Power (W)" 0 --> ${formatPlainNumber(niceCeiling(peakW * 1.05), 3)}`,
        `    line [${points.map((p) => formatPlainNumber(Math.max(0, p.powerW), 2)).join(', ')}]`,
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
        `    y-axis "CO2e (${unit})" 0 --> ${formatPlainNumber(top, 4)}`,
        `    bar [${values.map((g) => formatPlainNumber(g, 3)).join(', ')}]`,
        `    line [${values.map(() => formatPlainNumber(median, 3)).join(', ')}]`,
    ]);
}

;// CONCATENATED MODULE: ./src/units.ts
// Quantities carry their unit in the name. Every conversion between units lives here,
// so a joule/kWh slip can only happen in one place, and that place is tested.
const J_PER_WH = 3600;
const WH_PER_KWH = 1000;
const UJ_PER_J = 1e6;
const MJ_PER_J = 1e3; // millijoules per joule
const G_PER_KG = 1000;
const MS_PER_S = 1000;
const BYTES_PER_GB = 1e9; // decimal GB, as Cloud Carbon Footprint's W/GB coefficient uses
const BYTES_PER_GIB = (/* unused pure expression or super */ null && (1024 ** 3));
const units_joulesToWh = (energyJ) => energyJ / J_PER_WH;
const whToJoules = (energyWh) => energyWh * J_PER_WH;
const whToKWh = (energyWh) => energyWh / WH_PER_KWH;
const kWhToWh = (energyKWh) => energyKWh * WH_PER_KWH;
const units_microjoulesToJoules = (energyUj) => energyUj / UJ_PER_J;
const units_millijoulesToJoules = (energyMj) => energyMj / MJ_PER_J;
const gToKg = (massG) => massG / G_PER_KG;
const units_kgToG = (massKg) => massKg * G_PER_KG;
const units_msToS = (durationMs) => durationMs / MS_PER_S;
const units_bytesToGb = (bytes) => bytes / BYTES_PER_GB;
/** CO2e in grams from energy in Wh and an intensity in g/kWh. */
const units_co2eGFromWh = (energyWh, gPerKWh) => whToKWh(energyWh) * gPerKWh;

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
    const abs = formatSigned(metric.deltaAbs, format);
    const pct = metric.deltaPercent === null ? null : formatPercent(metric.deltaPercent);
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
    const change = m.deltaPercent === null ? formatSigned(m.deltaAbs, formatEnergyWh) : formatPercent(m.deltaPercent);
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
    const figures = `${formatMassG(report.co2eG.total)} CO2e, ${formatEnergyWh(report.energyWh.total)} in ${formatDurationS(report.durationS)}`;
    const verdict = verdictText(comparison);
    return `🌱 Carbon footprint${whereText(report)}: ${figures}${verdict ? ` — ${verdict}` : ''}.`;
}
function comparisonTable(comparison) {
    if (!comparison?.available)
        return [];
    const c = comparison;
    const lines = [];
    lines.push(`| | This run | ${esc(c.baseBranch, 60)} median | Change | ${esc(c.baseBranch, 60)} range (${c.runs} run${c.runs === 1 ? '' : 's'}) |`);
    lines.push('|---|---:|---:|---|---|');
    const metricRow = (label, m, f) => `| ${label} | ${f(m.current)} | ${f(m.baseMedian)} | ${changeText(m, f)} | ${f(m.baseMin)} – ${f(m.baseMax)} |`;
    lines.push(metricRow('CO2e', c.co2eG, formatMassG));
    lines.push(metricRow('Energy', c.energyWh, formatEnergyWh));
    lines.push(...likeForLikeLines(c));
    return lines;
}
function worldAverageWarning(report) {
    if (report.intensity.decidedBy !== 'world-average')
        return [];
    return [
        `> [!WARNING]\n> ${esc(report.intensity.assumption ?? 'No region known: the world-average grid intensity was used.', DETAIL_MAX_LENGTH)}`,
    ];
}
/** The CPU-seconds row (hardware-neutral work beside the energy) and how the base runs were made comparable. */
function likeForLikeLines(c) {
    const lines = [];
    if (c.cpuSeconds) {
        const m = c.cpuSeconds;
        lines.push(`| CPU-seconds | ${formatDurationS(m.current)} | ${formatDurationS(m.baseMedian)} | ${changeText(m, formatDurationS)} | ${formatDurationS(m.baseMin)} – ${formatDurationS(m.baseMax)} |`);
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
        return formatMassG(value);
    if (kind === 'energy')
        return formatEnergyWh(value);
    return formatPercent(value);
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
    const share = (wh) => (denominatorWh > 0 ? formatShare(wh / denominatorWh) : '—');
    const co2eG = (wh) => units_co2eGFromWh(wh * report.pue.value, report.intensity.gPerKWh);
    const lines = ['| Step | Duration | Energy | CO2e | Share |', '|---|---:|---:|---:|---:|'];
    for (const s of shown) {
        lines.push(`| ${esc(s.name, 100)} | ${formatDurationS(s.durationS)} | ${formatEnergyWh(s.energyWh)} | ${formatMassG(s.co2eG)} | ${share(s.energyWh)} |`);
    }
    if (other) {
        lines.push(`| _other steps (${other.count})_ | ${formatDurationS(other.durationS)} | ${formatEnergyWh(other.energyWh)} | ${formatMassG(other.co2eG)} | ${share(other.energyWh)} |`);
    }
    lines.push(`| _${OUTSIDE_STEPS_LABEL}_ | ${formatDurationS(outside.durationS)} | ${formatEnergyWh(outside.energyWh)} | ${formatMassG(co2eG(outside.energyWh))} | ${share(outside.energyWh)} |`);
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
        lines.push(`💡 ${capitalise(esc(greenerRegionText(best, report.co2eG.operational)))}.`);
        for (const r of others)
            lines.push(`- ${esc(greenerRegionText(r, report.co2eG.operational))}`);
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
        lines.push(`Power draw: steady at ${formatPowerW(report.powerW.mean)} (within ${STEADY_POWER_MAX_SPREAD * 100} % of its mean throughout, so no chart).`);
    }
    else if (includeTimeline) {
        const chart = powerChart(report.samples.timeline, 'Whole-machine power draw');
        if (chart) {
            charts.push(`Power over time (mean ${formatPowerW(report.powerW.mean)}, peak ${formatPowerW(report.powerW.peak)}):`, '', chart);
            names.push('power over time');
        }
    }
    if (includeTrend && comparison?.available) {
        const chart = trendChart(comparison, report.co2eG.total);
        if (chart) {
            if (charts.length > 0)
                charts.push('');
            const repriced = comparison.basis?.mode === 'repriced' ? ', re-priced on this machine' : '';
            charts.push(`CO2e of the last ${comparison.trend.length} **${esc(comparison.baseBranch)}** run(s)${repriced} and this one (line: base median):`, '', chart);
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
    const items = [`- **CPU**: ${d(cpuMethodText(report))}`];
    const scopeText = cpuScopeText(report);
    if (scopeText)
        items.push(`  - Metered: ${d(scopeText)}`);
    if (report.methods.cpu.method !== 'rapl' && report.methods.cpu.raplUnavailableReason) {
        items.push(`  - RAPL not used: ${d(report.methods.cpu.raplUnavailableReason)}`);
    }
    const cpuRange = cpuRangeText(report);
    if (cpuRange)
        items.push(`  - CPU energy range: ${d(cpuRange)}`);
    const i = report.intensity;
    items.push(`- **Memory**: ${d(memoryMethodText(report))}`, `- **GPU**: ${d(gpuMethodText(report))}`, `- **Region**: ${i.region === null ? 'world average' : d(i.region)}${i.zone && i.zone !== i.region ? ` (grid zone ${d(i.zone)})` : ''}, ${d(decidedByText(i.decidedBy, report.kind))}`, `- **Grid intensity**: ${d(intensityText(report))}`, `- **PUE**: ${d(pueText(report))}`, `- **Operational CO2e**: ${d(operationalFormulaText(report))}`, `- **Embodied**: ${d(embodiedRuleText(report))}`, `- **SCI**: ${formatMassG(report.sci.gPerRun)} CO2e per run`, `- **Samples**: ${d(samplesText(report))}`);
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
function assemble(input, detail, detailsOpen) {
    const { report, comparison, gate, notes } = input;
    const sections = [
        [headlineLine(report, comparison)],
        comparisonTable(comparison),
        worldAverageWarning(report),
        budgetSection(gate),
        stepSection(report, detail.topSteps, detailsOpen),
        chartSection(report, comparison, detail.timeline, detail.trend),
        equivalentsAndRegions(report),
        detailsSection(report, detailsOpen),
        notesSection(report, notes, detailsOpen),
        [footerLine(report)],
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

;// CONCATENATED MODULE: ./src/schema/report.ts
// The report object is the spine of carbon-action: produced by the CLI and the action,
// stored in history, read by the comment, the dashboard and the export.
// Documented field by field in docs/report-schema.md; bump REPORT_SCHEMA_VERSION on any
// breaking change and keep readers refusing newer versions.
const report_REPORT_SCHEMA_VERSION = 1;

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
    if (o.schemaVersion !== report_REPORT_SCHEMA_VERSION) {
        r.fail('schemaVersion', `must be ${report_REPORT_SCHEMA_VERSION} (a carbon-action report of this version), got ${describe(o.schemaVersion)}`);
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
        schemaVersion: report_REPORT_SCHEMA_VERSION,
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

;// CONCATENATED MODULE: ./src/action/gate.ts
// The budget gate: absolute budgets against this run, the relative one against the base
// branch's median. Pure; the lead turns `exceeded && mode === 'fail'` into core.setFailed.
// max-increase judges the like-for-like figure (the comparison has already made the base runs
// comparable across hardware) and never fires on noise: a run inside the base runs' own
// min–max spread passes whatever its distance from the median.

function gate_evaluateGate(args) {
    const { report, comparison, inputs } = args;
    const budgets = [];
    const status = (actual, limit) => (actual > limit ? 'exceeded' : 'pass');
    if (inputs.budget) {
        const actual = report.co2eG.total;
        budgets.push({
            kind: 'co2e',
            limitText: inputs.budget.text,
            limit: inputs.budget.co2eG,
            actual,
            status: status(actual, inputs.budget.co2eG),
        });
    }
    if (inputs.energyBudget) {
        const actual = report.energyWh.total;
        budgets.push({
            kind: 'energy',
            limitText: inputs.energyBudget.text,
            limit: inputs.energyBudget.energyWh,
            actual,
            status: status(actual, inputs.energyBudget.energyWh),
        });
    }
    if (inputs.maxIncrease) {
        const base = {
            kind: 'max-increase',
            limitText: inputs.maxIncrease.text,
            limit: inputs.maxIncrease.percent,
        };
        if (!comparison || !comparison.available) {
            // An outage is not a first run: say which.
            const note = comparison?.reason && !comparison.reason.startsWith('no baseline yet')
                ? `no baseline: ${comparison.reason}`
                : 'no baseline yet';
            budgets.push({ ...base, actual: null, status: 'skipped', note });
        }
        else if (comparison.co2eG.deltaPercent === null) {
            budgets.push({ ...base, actual: null, status: 'skipped', note: 'base median is 0, so no percentage change' });
        }
        else {
            const actual = comparison.co2eG.deltaPercent;
            const over = status(actual, inputs.maxIncrease.percent) === 'exceeded';
            const noiseUnknown = comparison.basis && !comparison.basis.noiseKnown
                ? `noise not known yet (${comparison.runs} base run${comparison.runs === 1 ? '' : 's'})`
                : undefined;
            if (over && comparison.co2eG.withinNoise) {
                budgets.push({
                    ...base,
                    actual,
                    status: 'pass',
                    note: "inside the base runs' own spread (noise), so not a regression",
                });
            }
            else {
                budgets.push({
                    ...base,
                    actual,
                    status: over ? 'exceeded' : 'pass',
                    ...(noiseUnknown ? { note: noiseUnknown } : {}),
                });
            }
        }
    }
    return {
        budgets,
        exceeded: budgets.some((b) => b.status === 'exceeded'),
        mode: inputs.failOnBudget ? 'fail' : 'warn',
    };
}
const NAMES = { co2e: 'CO2e budget', energy: 'Energy budget', 'max-increase': 'CO2e increase limit' };
const INPUTS = { co2e: 'budget', energy: 'energy-budget', 'max-increase': 'max-increase' };
function figure(b, value) {
    if (b.kind === 'co2e')
        return formatMassG(value);
    if (b.kind === 'energy')
        return formatEnergyWh(value);
    return formatPercent(value);
}
/**
 * One message per budget: "CO2e budget exceeded: 23.4 g > 20.0 g (budget input "20 g")".
 * Exceeded budgets are errors in fail mode and warnings in warn mode; the rest are notices.
 */
function gateMessages(gate) {
    return gate.budgets.map((b) => {
        const source = `(${INPUTS[b.kind]} input ${JSON.stringify(b.limitText)})`;
        const vsBase = b.kind === 'max-increase' ? ' vs the base median' : '';
        if (b.status === 'skipped' || b.actual === null) {
            return { level: 'notice', message: `${NAMES[b.kind]} skipped: ${b.note ?? 'no figure to compare'} ${source}` };
        }
        const limit = figure(b, b.limit);
        const actual = figure(b, b.actual);
        if (b.status === 'exceeded') {
            const suffix = gate.mode === 'warn' ? ' [fail-on-budget is false: not failing the job]' : '';
            return {
                level: gate.mode === 'fail' ? 'error' : 'warning',
                message: `${NAMES[b.kind]} exceeded: ${actual}${vsBase} > ${limit} ${source}${suffix}`,
            };
        }
        if (b.actual > b.limit) {
            // Passed on the noise rule: say so rather than print a false "≤".
            return {
                level: 'notice',
                message: `${NAMES[b.kind]} met: ${actual}${vsBase} is above ${limit}, but ${b.note ?? 'within noise'} ${source}`,
            };
        }
        return {
            level: 'notice',
            message: `${NAMES[b.kind]} met: ${actual}${vsBase} ≤ ${limit}${b.note ? ` (${b.note})` : ''} ${source}`,
        };
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/github/backoff.ts
/** Jittered exponential wait for the n-th retry (n ≥ 1): base × min(2^(n−1), 8) × [0.5, 1.5). */
function jitteredBackoffMs(baseDelayMs, n, random) {
    return baseDelayMs * Math.min(2 ** (n - 1), 8) * (0.5 + random());
}

;// CONCATENATED MODULE: ./src/github/history-branch.ts



const DEFAULT_HISTORY_BRANCH_RETRY = { attempts: 6, baseDelayMs: 300 };
const DEFAULT_HISTORY_MAX_FILE_BYTES = 50 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_ATTEMPTS = 50;
/**
 * `history/<workflow>.jsonl`: a name made of [A-Za-z0-9._-] is kept as is; any other is
 * slugged and suffixed with a short hash of the name, so two workflows never share a file.
 */
function historyBranchPath(workflow) {
    if (/^[A-Za-z0-9._-]+$/.test(workflow) && !/^\.+$/.test(workflow))
        return `history/${workflow}.jsonl`;
    const slug = workflow
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '')
        .slice(0, 60) || 'workflow';
    const hash = (0,external_node_crypto_.createHash)('sha256').update(workflow, 'utf8').digest('hex').slice(0, 8);
    return `history/${slug}-${hash}.jsonl`;
}
/** Pull request events of every kind: their code is not yet merged, so they never write history. */
const isPullRequestEventName = (event) => /^pull_request/.test(event ?? '');
function checkBranch(branch) {
    const ok = typeof branch === 'string' &&
        /^[A-Za-z0-9._/-]+$/.test(branch) &&
        !/(^[-/.])|\/\/|\.\.|@\{|\/$|\.lock$|\/\.|\.$/.test(branch);
    return ok
        ? null
        : `history-branch must be a branch name of letters, digits, ".", "_", "-" and "/" (as git allows), got ${JSON.stringify(branch)}`;
}
function checkPath(path) {
    const ok = typeof path === 'string' &&
        path.length > 0 &&
        path.length <= 255 &&
        !path.startsWith('/') &&
        !path.endsWith('/') &&
        path.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..' && seg !== '.git') &&
        !/[\u0000-\u001F\\]/.test(path);
    return ok
        ? null
        : `history file path must be a relative path inside the branch (no "..", no leading "/"), got ${JSON.stringify(path)}`;
}
const refName = (branch) => `heads/${branch}`;
const utf8Base64 = (text) => Buffer.from(text, 'utf8').toString('base64');
function failure(err, what) {
    const status = errors_statusOf(err);
    let reason = `${what}: ${errors_describeApiError(err)}`;
    if (status === 403)
        reason += '. The job needs `permissions: contents: write` to commit to the history branch.';
    return { ok: false, reason, ...(status !== undefined ? { status } : {}) };
}
class HistoryBranchError extends Error {
}
/** Appends one line to `path` on `branch`, creating the branch (orphan) or the file when missing. */
async function appendToHistoryBranch(args) {
    const { client, owner, repo, branch, path } = args;
    if (typeof args.event !== 'string' || isPullRequestEventName(args.event)) {
        return {
            ok: false,
            reason: `the history branch is written by push runs only, not on ${JSON.stringify(args.event)} events (a pull request's code is not merged yet)`,
        };
    }
    const bad = checkBranch(branch) ?? checkPath(path);
    if (bad)
        return { ok: false, reason: bad };
    const line = typeof args.line === 'string' ? args.line.replace(/\r?\n$/, '') : '';
    if (line.trim() === '' || /[\r\n]/.test(line)) {
        return {
            ok: false,
            reason: `history line must be one non-empty line of JSON, got ${JSON.stringify(String(args.line).slice(0, 80))}`,
        };
    }
    try {
        JSON.parse(line);
    }
    catch (err) {
        return {
            ok: false,
            reason: `history line is not JSON (${err.message}): ${JSON.stringify(line.slice(0, 80))}`,
        };
    }
    const retry = { ...DEFAULT_HISTORY_BRANCH_RETRY, ...args.retry };
    if (!Number.isInteger(retry.attempts) || retry.attempts < 1 || retry.attempts > MAX_ATTEMPTS) {
        return {
            ok: false,
            reason: `retry.attempts must be a whole number from 1 to ${MAX_ATTEMPTS}, got ${JSON.stringify(retry.attempts)}`,
        };
    }
    const maxFileBytes = args.maxFileBytes ?? DEFAULT_HISTORY_MAX_FILE_BYTES;
    const sleep = args.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const random = args.random ?? Math.random;
    const signal = AbortSignal.timeout(args.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const request = { signal };
    const message = args.commitMessage ?? `carbon-action: append run to ${path}`;
    const where = `${owner}/${repo}@${branch}`;
    let stage = `read branch ${where}`;
    const derivedEntries = async (historyText) => {
        const entries = [];
        for (const file of args.alsoWrite?.(historyText) ?? []) {
            stage = `write ${file.path} on ${where}`;
            const blob = await client.rest.git.createBlob({
                owner,
                repo,
                content: utf8Base64(file.content),
                encoding: 'base64',
                request,
            });
            entries.push({ path: file.path, mode: '100644', type: 'blob', sha: blob.data.sha });
        }
        return entries;
    };
    try {
        for (let attempt = 1; attempt <= retry.attempts; attempt++) {
            if (attempt > 1)
                await sleep(jitteredBackoffMs(retry.baseDelayMs, attempt - 1, random));
            stage = `read branch ${where}`;
            const head = await getHeadSha(client, owner, repo, branch, request);
            if (head === null) {
                // No branch yet: an orphan commit holding just this file, so no code ever lands on it.
                stage = `create branch ${where}`;
                const blob = await client.rest.git.createBlob({
                    owner,
                    repo,
                    content: utf8Base64(`${line}\n`),
                    encoding: 'base64',
                    request,
                });
                const derived = await derivedEntries(`${line}\n`);
                const tree = await client.rest.git.createTree({
                    owner,
                    repo,
                    tree: [{ path, mode: '100644', type: 'blob', sha: blob.data.sha }, ...derived],
                    request,
                });
                const commit = await client.rest.git.createCommit({
                    owner,
                    repo,
                    message,
                    tree: tree.data.sha,
                    parents: [],
                    request,
                });
                try {
                    await client.rest.git.createRef({
                        owner,
                        repo,
                        ref: `refs/${refName(branch)}`,
                        sha: commit.data.sha,
                        request,
                    });
                    return { ok: true, commitSha: commit.data.sha, created: true, attempts: attempt };
                }
                catch (err) {
                    if (errors_statusOf(err) === 422)
                        continue; // another job created it first: append to theirs
                    throw err;
                }
            }
            stage = `read ${path} on ${where}`;
            const commit = await client.rest.git.getCommit({ owner, repo, commit_sha: head, request });
            const existing = (await readFileAt(client, owner, repo, path, head, request)) ?? Buffer.alloc(0);
            if (existing.length > maxFileBytes) {
                throw new HistoryBranchError(`${path} on ${where} is over ${Math.round(maxFileBytes / 1024 / 1024)} MB; start a new file (another path) or prune the branch`);
            }
            // Keep every byte already there (as bytes: no re-decoding); add a newline only when the last line lacks one.
            const lacksNewline = existing.length > 0 && existing[existing.length - 1] !== 0x0a;
            const appended = Buffer.concat([existing, Buffer.from(`${lacksNewline ? '\n' : ''}${line}\n`, 'utf8')]);
            stage = `commit to ${where}`;
            const blob = await client.rest.git.createBlob({
                owner,
                repo,
                content: appended.toString('base64'),
                encoding: 'base64',
                request,
            });
            const derived = await derivedEntries(appended.toString('utf8'));
            const tree = await client.rest.git.createTree({
                owner,
                repo,
                base_tree: commit.data.tree.sha,
                tree: [{ path, mode: '100644', type: 'blob', sha: blob.data.sha }, ...derived],
                request,
            });
            const next = await client.rest.git.createCommit({
                owner,
                repo,
                message,
                tree: tree.data.sha,
                parents: [head],
                request,
            });
            stage = `move ${where} to the new commit`;
            try {
                await client.rest.git.updateRef({
                    owner,
                    repo,
                    ref: refName(branch),
                    sha: next.data.sha,
                    force: false,
                    request,
                });
                return { ok: true, commitSha: next.data.sha, created: false, attempts: attempt };
            }
            catch (err) {
                // 422 "Update is not a fast forward": another job appended first. Our commit is left
                // dangling (GitHub collects it); start over from the new head.
                if (errors_statusOf(err) === 422 || errors_statusOf(err) === 409)
                    continue;
                throw err;
            }
        }
        return {
            ok: false,
            reason: `could not append to ${path} on ${where}: the branch kept moving under ${retry.attempts} attempts (other jobs appending at once)`,
        };
    }
    catch (err) {
        if (err instanceof HistoryBranchError)
            return { ok: false, reason: err.message };
        return failure(err, `could not ${stage}`);
    }
}
/** The JSON Lines text of `path` on `branch`; found: false (text "") when the branch or file does not exist. */
async function readHistoryBranchFile(args) {
    const { client, owner, repo, branch, path } = args;
    const bad = checkBranch(branch) ?? checkPath(path);
    if (bad)
        return { ok: false, reason: bad };
    const request = { signal: AbortSignal.timeout(args.timeoutMs ?? DEFAULT_TIMEOUT_MS) };
    try {
        const head = await getHeadSha(client, owner, repo, branch, request);
        if (head === null)
            return { ok: true, text: '', found: false, commitSha: null };
        const data = await readFileAt(client, owner, repo, path, head, request);
        return data === null
            ? { ok: true, text: '', found: false, commitSha: head }
            : { ok: true, text: data.toString('utf8'), found: true, commitSha: head };
    }
    catch (err) {
        const res = failure(err, `could not read ${path} on ${owner}/${repo}@${branch}`);
        if (res.status === 403)
            res.reason = res.reason.replace('contents: write', 'contents: read');
        return res;
    }
}
async function getHeadSha(client, owner, repo, branch, request) {
    try {
        const ref = await client.rest.git.getRef({ owner, repo, ref: refName(branch), request });
        return ref.data.object.sha;
    }
    catch (err) {
        if (errors_statusOf(err) === 404)
            return null;
        throw err;
    }
}
/** The file's bytes at a commit (null when absent): via the contents API, or the blob API beyond its 1 MB limit. */
async function readFileAt(client, owner, repo, path, commitSha, request) {
    let data;
    try {
        data = (await client.rest.repos.getContent({ owner, repo, path, ref: commitSha, request })).data;
    }
    catch (err) {
        if (errors_statusOf(err) === 404)
            return null;
        throw err;
    }
    const file = data;
    if (Array.isArray(data) || file.type !== 'file' || typeof file.sha !== 'string') {
        throw new HistoryBranchError(`${path} on the history branch is not a file (it is a ${Array.isArray(data) ? 'directory' : String(file.type)})`);
    }
    if (file.encoding === 'base64' && typeof file.content === 'string')
        return Buffer.from(file.content, 'base64');
    const blob = await client.rest.git.getBlob({ owner, repo, file_sha: file.sha, request });
    return Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8');
}

;// CONCATENATED MODULE: ./src/action/context.ts
// Where this job runs, from the runner's environment and the event payload.

function context_readEventPayload(env) {
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
function context_runContext(env, payload, labels) {
    const pr = payload.pull_request;
    const ctx = {
        repository: env.GITHUB_REPOSITORY,
        workflow: env.GITHUB_WORKFLOW,
        job: labels.jobName || env.GITHUB_JOB,
        matrix: labels.matrix || undefined,
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        event: env.GITHUB_EVENT_NAME,
        ref: env.GITHUB_REF,
        branch: env.GITHUB_HEAD_REF || pr?.head?.ref || env.GITHUB_REF_NAME,
        baseBranch: env.GITHUB_BASE_REF || pr?.base?.ref || undefined,
        sha: pr?.head?.sha || env.GITHUB_SHA,
        pullRequest: typeof pr?.number === 'number' ? pr.number : undefined,
        runner: env.RUNNER_NAME,
    };
    return Object.fromEntries(Object.entries(ctx).filter(([, v]) => v !== undefined && v !== ''));
}
/** Every pull_request* event (reviews and review comments too): the code is not merged yet. */

/** True for a PR from a fork, false for one from the same repository, undefined when unknown. */
function isForkPullRequest(payload) {
    const head = payload.pull_request?.head?.repo?.full_name;
    const base = payload.pull_request?.base?.repo?.full_name;
    if (!head || !base)
        return undefined;
    return head !== base;
}

// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(1691);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/baseline/actions-log-capture.ts
// @actions/cache never throws on a failed restore or save: it prints a warning or an error
// annotation and returns "nothing". To tell "no baseline yet" from "cache service down",
// and to keep a degraded cache from painting the user's run with red annotations that
// carbon-action then repeats as one warning, its output is teed while it runs: every
// line still reaches the log, but ::error:: and ::warning:: become plain lines.
// The stdout writer from before the first capture still running: a capture abandoned at the
// post step's deadline (its cache call never returns) must not swallow what comes after.
let uncaptured = null;
let active = 0;
/** Puts stdout back as it was before every capture still running (called at the deadline). */
function actions_log_capture_releaseLogCaptures() {
    if (uncaptured)
        process.stdout.write = uncaptured;
}
async function withActionsLogCapture(fn, opts = {}) {
    const log = { lines: [], problems: [] };
    const demote = opts.demoteAnnotations ?? true;
    const original = process.stdout.write;
    let pending = '';
    const patched = function (chunk, ...rest) {
        let text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
        pending += text;
        const parts = pending.split('\n');
        pending = parts.pop() ?? '';
        for (const line of parts) {
            log.lines.push(line);
            const m = /^::(error|warning)(?: [^:]*)?::(.*)$/.exec(line.replace(/\r$/, ''));
            if (m) {
                const message = m[2].replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
                log.problems.push(message);
                if (demote)
                    text = text.replace(line, `cache ${m[1]}: ${m[2]}`);
            }
        }
        return original.call(process.stdout, text, ...rest);
    };
    if (active++ === 0)
        uncaptured = original;
    process.stdout.write = patched;
    try {
        const value = await fn();
        return { value, log };
    }
    finally {
        // Only undo our own patch: a later patcher stays in place.
        if (process.stdout.write === patched)
            process.stdout.write = original;
        if (--active === 0)
            uncaptured = null;
        if (pending)
            log.lines.push(pending);
    }
}

;// CONCATENATED MODULE: ./src/baseline/history-file.ts

// A history file is JSON Lines, one Report per line, oldest first: the same format the
// dashboard and the export read (src/history/read-history.ts), so a `history-path`
// directory can be charted as it is. Reading is defensive: torn or invalid lines are
// skipped, lines from a newer schema are refused by name; only a file with no usable
// line at all is a failure.
const MAX_WARNINGS = 5;
/** Why `value` is not a usable history entry, or null when it is. */
function whyNotAnEntry(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'not a JSON object';
    const r = value;
    if (typeof r.schemaVersion !== 'number')
        return 'no numeric schemaVersion';
    if (r.schemaVersion > report_REPORT_SCHEMA_VERSION) {
        return `written by a newer carbon-action (schemaVersion ${r.schemaVersion}; this version reads up to ${report_REPORT_SCHEMA_VERSION}): upgrade carbon-action to compare with it`;
    }
    const finite = (o, k) => typeof o === 'object' && o !== null && Number.isFinite(o[k]);
    if (!finite(r.co2eG, 'total'))
        return 'co2eG.total is missing or not a finite number';
    if (!finite(r.energyWh, 'total'))
        return 'energyWh.total is missing or not a finite number';
    if (typeof r.endedAt !== 'string' || Number.isNaN(Date.parse(r.endedAt)))
        return 'endedAt is missing or not a date';
    return null;
}
function parseHistoryText(text, source) {
    const entries = [];
    const problems = [];
    let newer = 0;
    let newerWhy = '';
    const lines = text.split('\n');
    lines.forEach((line, i) => {
        if (line.trim() === '')
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            problems.push(`${source} line ${i + 1}: not valid JSON (torn write?), skipped`);
            return;
        }
        const why = whyNotAnEntry(value);
        if (why === null)
            entries.push(value);
        else {
            if (why.startsWith('written by a newer')) {
                newer++;
                newerWhy ||= why;
            }
            problems.push(`${source} line ${i + 1}: ${why}, skipped`);
        }
    });
    const warnings = problems.length > MAX_WARNINGS
        ? [...problems.slice(0, MAX_WARNINGS), `… and ${problems.length - MAX_WARNINGS} more`]
        : problems;
    if (entries.length === 0 && problems.length > 0) {
        const reason = newer === problems.length
            ? `history ${source} was ${newerWhy}`
            : `history ${source} has no usable entry (${problems.length} line(s) unreadable; first: ${problems[0]})`;
        return { ok: false, reason, entries: [] };
    }
    return { ok: true, entries, source, warnings };
}
function serialiseHistory(entries) {
    return entries.map((e) => JSON.stringify(e)).join('\n') + (entries.length ? '\n' : '');
}

;// CONCATENATED MODULE: ./src/baseline/history-key.ts

// Where a branch's history lives in the Actions cache.
//
// Key: carbon-action-v1~<os>~<workflow>~<job>~<matrix>~<branch>~<runId>-<attempt>
//
// Cache keys are immutable, so every run saves under its own key and loads by the prefix
// that ends after <branch>~; among prefix matches the cache service returns the newest.
// Scoping (GitHub's rules, not ours): a pull_request run can restore caches saved on its
// base branch and on the default branch; what a PR run saves is visible only to that PR.
//
// '~' separates the parts because it cannot appear inside an encoded part: every
// character other than A-Z a-z 0-9 . _ / = + - is percent-encoded (so '~', '%', ',' and spaces
// are too). With a plain '-' separator, workflow "ci" + job "build-x" and workflow
// "ci-build" + job "x" would share a key, and branch "main" would prefix-match "main-2".
// The service limits keys to 512 characters without commas: each part is capped at
// MAX_PART_CHARS (longer parts keep a readable head and a hash), which bounds the key.
const HISTORY_KEY_VERSION = 'carbon-action-v1';
const MAX_PART_CHARS = 64;
const MAX_CACHE_KEY_CHARS = 512;
const shortHash = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 16);
const encodeChar = (ch) => /^[A-Za-z0-9._/=+\-_]$/.test(ch)
    ? ch
    : encodeURIComponent(ch).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
/** Percent-encodes a key part and caps its length; the same input always gives the same part. */
function encodeKeyPart(raw, maxChars = MAX_PART_CHARS) {
    const pieces = Array.from(raw, encodeChar);
    const encoded = pieces.join('');
    if (encoded.length <= maxChars)
        return encoded;
    const hash = shortHash(raw);
    // A readable head of whole characters (never half an escape), then the hash of the whole.
    let head = '';
    for (const p of pieces) {
        if (head.length + p.length > maxChars - hash.length - 1)
            break;
        head += p;
    }
    return `${head}.${hash}`;
}
function checkScope(scope, branch) {
    for (const [name, value] of [
        ['os', scope.os],
        ['workflow', scope.workflow],
        ['job', scope.job],
        ['branch', branch],
    ]) {
        if (typeof value !== 'string' || value.trim() === '') {
            throw new Error(`history key: ${name} must be a non-empty string, got ${JSON.stringify(value)}`);
        }
    }
}
/** The restore prefix for one branch's history; ends with the separator so "main" never matches "main-2". */
function historyKeyPrefix(scope, branch) {
    checkScope(scope, branch);
    const parts = [scope.os, scope.workflow, scope.job, scope.matrix ?? '', branch].map((p) => encodeKeyPart(p));
    return `${HISTORY_KEY_VERSION}~${parts.join('~')}~`;
}
/** The unique key this run saves under. */
function historySaveKey(scope, branch, runId, attempt) {
    const suffix = `${encodeKeyPart(String(runId), 24)}-${encodeKeyPart(String(attempt), 8)}`;
    const key = historyKeyPrefix(scope, branch) + suffix;
    // 16 + 5×65 + 34 = 375 at most; the assertion guards future edits.
    if (key.length > MAX_CACHE_KEY_CHARS)
        throw new Error(`history key is ${key.length} characters, over the cache's ${MAX_CACHE_KEY_CHARS}`);
    return key;
}
/**
 * File name for a directory store: the key prefix with '/' encoded (it is legal in keys,
 * not in file names), short enough for any file system, ending in .jsonl.
 */
function historyFileName(scope, branch) {
    const base = historyKeyPrefix(scope, branch).slice(0, -1).replace(/\//g, '%2F');
    const name = base.length <= 180 ? base : `${base.slice(0, 160).replace(/%[0-9A-F]?$/, '')}.${shortHash(base)}`;
    return `${name}.jsonl`;
}

;// CONCATENATED MODULE: ./src/baseline/store.ts
const NO_BASELINE_YET = 'no baseline yet';

;// CONCATENATED MODULE: ./src/baseline/cache-store.ts








const DEFAULT_CACHE_TIMEOUT_MS = 20_000;
const HISTORY_FILE_NAME = 'history.jsonl';
const defaultCacheApi = {
    isFeatureAvailable: () => cache/* isFeatureAvailable */.w3(),
    restoreCache: (paths, primaryKey, restoreKeys) => cache/* restoreCache */.P3(paths, primaryKey, restoreKeys),
    saveCache: (paths, key) => cache/* saveCache */.Io(paths, key),
};
// The toolkit's words when the service itself is out, as opposed to a bad archive.
const UNREACHABLE = /ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|Unable to make request|unavailable|\b50[0234]\b/i;
async function withTimeout(promise, timeoutMs) {
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve({ done: false }), timeoutMs);
        timer.unref();
    });
    try {
        return await Promise.race([promise.then((value) => ({ done: true, value })), timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** The toolkit's own words for a failure, from its annotations or its "Failed to …" lines. */
function failureFrom(log, verb) {
    const failed = new RegExp(`^(?:cache (?:error|warning): )?Failed to ${verb}: (.*)$`);
    for (const p of log.problems) {
        const m = /^Failed to (?:restore|save): ([\s\S]*)$/.exec(p);
        if (m)
            return m[1].split('\n')[0];
    }
    for (const l of log.lines) {
        const m = failed.exec(l);
        if (m)
            return m[1].replace(/%0A.*$/, '');
        if (/^Cache (restore|save) skipped:/.test(l))
            return l;
    }
    return log.problems[0]?.split('\n')[0];
}
function createCacheHistoryStore(opts) {
    const cache = opts.cache ?? defaultCacheApi;
    const timeoutMs = opts.timeoutMs ?? DEFAULT_CACHE_TIMEOUT_MS;
    // The cache version hashes the path string, so it must be the same on every runner that
    // shares a history: RUNNER_TEMP differs between self-hosted layouts, the OS temp dir doesn't.
    const dir = opts.dir ?? (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'carbon-action-history');
    const file = (0,external_node_path_.join)(dir, HISTORY_FILE_NAME);
    const seconds = `${Math.round(timeoutMs / 100) / 10} s`;
    // One outage costs one timeout per step, not one per call; and a branch is loaded once
    // (compare and save both need it).
    let down = null;
    const loaded = new Map();
    const markDown = (reason) => {
        down = reason;
        return reason;
    };
    const downReason = () => `the Actions cache service could not be reached earlier in this step (${down}); not tried again`;
    const unavailable = () => cache.isFeatureAvailable()
        ? null
        : 'the Actions cache is not available here (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset: not running in GitHub Actions?)';
    return {
        async load(branch) {
            const known = loaded.get(branch);
            if (known)
                return known;
            if (down)
                return { ok: false, reason: downReason(), entries: [] };
            const result = await loadOnce(branch);
            loaded.set(branch, result);
            return result;
        },
        async save(branch, entries) {
            if (down)
                return { ok: false, reason: downReason() };
            try {
                const why = unavailable();
                if (why)
                    return { ok: false, reason: why };
                const key = historySaveKey(opts.scope, branch, opts.runId, opts.attempt);
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
                await (0,promises_.writeFile)(file, serialiseHistory(entries), 'utf8');
                const { value: timed, log } = await withActionsLogCapture(() => withTimeout(cache.saveCache([file], key), timeoutMs));
                if (!timed.done)
                    return {
                        ok: false,
                        reason: markDown(`the Actions cache service could not be reached (no answer within ${seconds})`),
                    };
                if (timed.value === -1) {
                    const failure = failureFrom(log, 'save') ?? 'the cache service returned no entry';
                    return { ok: false, reason: `could not save history to the Actions cache under ${key}: ${failure}` };
                }
                return { ok: true, target: `Actions cache key ${key}` };
            }
            catch (err) {
                return { ok: false, reason: `could not save history to the Actions cache: ${err.message}` };
            }
        },
    };
    async function loadOnce(branch) {
        try {
            const why = unavailable();
            if (why)
                return { ok: false, reason: why, entries: [] };
            const prefix = historyKeyPrefix(opts.scope, branch);
            // A file left by an earlier load in this job must not pass for this branch's history.
            await (0,promises_.rm)(file, { force: true });
            await (0,promises_.mkdir)(dir, { recursive: true });
            // The primary key matches exactly (never, by design); the restore key by prefix, newest first.
            const { value: timed, log } = await withActionsLogCapture(() => withTimeout(cache.restoreCache([file], prefix, [prefix]), timeoutMs));
            if (!timed.done)
                return {
                    ok: false,
                    reason: markDown(`the Actions cache service could not be reached (no answer within ${seconds})`),
                    entries: [],
                };
            const matchedKey = timed.value;
            if (!matchedKey) {
                const failure = failureFrom(log, 'restore');
                if (failure && UNREACHABLE.test(failure))
                    return {
                        ok: false,
                        reason: markDown(`the Actions cache service could not be reached: ${failure}`),
                        entries: [],
                    };
                if (failure)
                    return { ok: false, reason: `could not restore history from the Actions cache: ${failure}`, entries: [] };
                return { ok: false, reason: `${NO_BASELINE_YET} (no cache entry for ${prefix}*)`, entries: [] };
            }
            let text;
            try {
                text = await (0,promises_.readFile)(file, 'utf8');
            }
            catch (err) {
                return {
                    ok: false,
                    reason: `cache entry ${matchedKey} restored but ${file} could not be read: ${err.message}`,
                    entries: [],
                };
            }
            if (text.trim() === '')
                return {
                    ok: false,
                    reason: `${NO_BASELINE_YET} (cache entry ${matchedKey} holds an empty history)`,
                    entries: [],
                };
            return parseHistoryText(text, `cache entry ${matchedKey}`);
        }
        catch (err) {
            return {
                ok: false,
                reason: `could not load history from the Actions cache: ${err.message}`,
                entries: [],
            };
        }
    }
}

// EXTERNAL MODULE: ./src/fs-safe.ts
var fs_safe = __webpack_require__(9284);
;// CONCATENATED MODULE: ./src/baseline/dir-store.ts






// The `history-path` input: one JSON Lines file per branch in a directory that outlives
// the job (self-hosted runners with a persistent disk, a mounted volume). Writes go to a
// temporary file renamed over the old one, so a reader never sees half a history.
function createDirHistoryStore(opts) {
    const fileFor = (branch) => (0,external_node_path_.join)(opts.dir, historyFileName(opts.scope, branch));
    return {
        async load(branch) {
            let file;
            try {
                file = fileFor(branch);
            }
            catch (err) {
                return { ok: false, reason: err.message, entries: [] };
            }
            let text;
            try {
                text = await (0,promises_.readFile)(file, 'utf8');
            }
            catch (err) {
                const code = err.code;
                if (code === 'ENOENT')
                    return { ok: false, reason: `${NO_BASELINE_YET} (no ${file})`, entries: [] };
                return { ok: false, reason: `could not read history ${file}: ${err.message}`, entries: [] };
            }
            if (text.trim() === '')
                return { ok: false, reason: `${NO_BASELINE_YET} (${file} is empty)`, entries: [] };
            return parseHistoryText(text, file);
        },
        async save(branch, entries) {
            let file;
            try {
                file = fileFor(branch);
            }
            catch (err) {
                return { ok: false, reason: err.message };
            }
            const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
            try {
                // Not mkdir({ recursive }): it never returns for a path under /proc.
                await (0,fs_safe/* mkdirp */.Gu)(opts.dir);
                await (0,promises_.writeFile)(tmp, serialiseHistory(entries), 'utf8');
                await (0,promises_.rename)(tmp, file);
                return { ok: true, target: file };
            }
            catch (err) {
                await (0,promises_.rm)(tmp, { force: true }).catch(() => undefined);
                return { ok: false, reason: (0,fs_safe/* describeFsError */.TQ)(err, 'write history', file) };
            }
        },
    };
}

// EXTERNAL MODULE: ./src/data-files.ts
var data_files = __webpack_require__(7129);
;// CONCATENATED MODULE: ./src/meter/cpu-name.ts

const SPELLED_CORE_COUNT = /^(dual|quad|six|eight|ten|twelve|sixteen)-core\s+/i;
/** Strips trademarks, frequency, core count, "CPU"/"Processor" and parenthesised notes. */
function cpu_name_normaliseCpuName(raw) {
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
function cpu_name_loadCpuTdpTable() {
    return loadDataJson('cpu-tdp.json');
}
/**
 * TDP per chip for a reported CPU name, or null when the table has no trustworthy match. Rule: normalise; exact
 * (case-insensitive) match; otherwise the table names whose every token occurs in the machine's name (CodeCarbon's
 * token-set ratio of 100), keeping only names of at least two tokens with a model number among them (so "AMD EPYC"
 * alone or a bare number never claims a CPU; a missing vendor word is inferred); the most specific (most tokens, then
 * longest) wins, ties broken alphabetically so the result is deterministic.
 */
function cpu_name_lookupTdpW(raw, table = cpu_name_loadCpuTdpTable()) {
    const wanted = tokens(cpu_name_normaliseCpuName(raw));
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
/** "AMD EPYC 7763 64-Core Processor" → 64; null when the name does not say. */
function cpu_name_coresPerChipFromName(raw) {
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
function cpu_name_cpuFamilyFromName(raw) {
    const n = cpu_name_normaliseCpuName(raw).toLowerCase();
    const family = familyLabel(n);
    return { family, eraYear: ERA_YEAR[family] ?? null, vendor: vendorOf(n) };
}

;// CONCATENATED MODULE: ./src/meter/power-model.ts


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
function memoryWPerGb(memoryModel = 'measured', model = power_model_loadPowerModel()) {
    return memoryModel === 'ccf' ? CCF_MEMORY_W_PER_GB : model.memoryWPerGb;
}
/**
 * Memory assumed per host hardware thread when the host's memory is unknown (cloud general-purpose VMs give 4 GB per
 * vCPU).
 */
const power_model_DEFAULT_HOST_GB_PER_THREAD = 4;
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
 * 1 for ARM parts: any vendor but Intel and AMD (CPU table ids arm, ampere, apple, nvidia, aws …; "other" from the name
 * rules).
 */
const isArm = (vendor) => (vendor === 'intel' || vendor === 'amd' ? 0 : 1);
/** Feature vector, in MODEL_FEATURES order. era = (year − 2015) / 5. */
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
    ];
}
/** Base model, ln W of the CPU-and-platform part (everything but memory) per output: β·x + familyOffset. */
function baseLogCurve(model, x, family) {
    const f = modelFeatures(x);
    const offsets = model.familyOffsets[family];
    return model.coefficients.map((beta, k) => {
        let s = offsets ? offsets[k] : 0;
        for (let j = 0; j < f.length; j++)
            s += beta[j] * f[j];
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
    ];
}
/** Squared distances from unscaled coordinates to every (scaled) training point. */
function squaredDistances(kernel, coordinates) {
    const z = coordinates.map((c, j) => c / kernel.scales[j]);
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
 * Watts at each level: exp(β·x + familyOffset + neighbour correction) + memory. The
 * correction scales only the CPU-and-platform part, so memory stays at memoryWPerGb, the
 * figure a VM's share subtracts.
 */
function curveFromInputs(model, x, family, memoryGb) {
    const memoryW = memoryGb * model.memoryWPerGb;
    const logs = baseLogCurve(model, x, family);
    const kernel = model.residualKernel;
    if (!kernel)
        return { watts: curveFromOutputs(logs).map((w) => w + memoryW), neighbourWeight: 0 };
    const c = correctionFromDistances(squaredDistances(kernel, kernelCoordinates(x, memoryGb)), kernel.lnResiduals, kernel.bandwidth, kernel.priorWeight);
    return {
        watts: curveFromOutputs(logs.map((s, k) => s + c.lnCorrection[k])).map((w) => w + memoryW),
        neighbourWeight: c.weight,
    };
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
    const sockets = spec.sockets ?? 1;
    const nameCores = coresPerChipFromName(spec.cpu);
    const cores = spec.cores ?? (nameCores ? nameCores * sockets : spec.threads ? Math.max(1, Math.round(spec.threads / 2)) : null);
    const looked = spec.cpu.trim() ? lookupTdpW(spec.cpu, table) : null;
    const match = spec.tdpW !== undefined ? { tdpW: spec.tdpW, matchedName: spec.cpu.trim() || 'unknown CPU' } : looked;
    // Unknown CPU: TDP from its size at the SPECpower median W per core (or per thread).
    const tdpW = match?.tdpW ??
        (cores
            ? (model.defaults.tdpWPerCore * cores) / sockets
            : spec.threads
                ? (model.defaults.tdpWPerThread * spec.threads) / sockets
                : model.defaults.tdpW);
    const threads = spec.threads ?? (cores ? cores * 2 : Math.max(1, Math.round((tdpW * sockets) / model.defaults.tdpWPerThread)));
    const memoryGb = spec.memoryGb ?? threads * power_model_DEFAULT_HOST_GB_PER_THREAD;
    const fam = cpuFamilyFromName(spec.cpu);
    const [lo, hi] = model.eraYearRange;
    // Unknown era: assume the newest the model knows, since an unnamed CPU today is recent.
    const eraYear = Math.min(hi, Math.max(lo, spec.releaseYear ?? fam.eraYear ?? hi));
    const vendor = spec.vendor ?? fam.vendor;
    const physicalCores = cores ?? Math.max(sockets, Math.round(threads / 2));
    return {
        inputs: { chips: sockets, tdpW, threads, cores: physicalCores, eraYear, vendor },
        family: spec.microarchitecture ?? fam.family,
        memoryGb,
        match,
    };
}
/** Predicts with explicit data (the derive script and tests use this; runtime uses predictServerPowerW). */
function predictWithModel(model, table, spec) {
    const { inputs, family, memoryGb, match } = resolveServer(model, table, spec);
    const { chips: sockets, tdpW, threads } = inputs;
    const fitted = curveFromInputs(model, inputs, family, memoryGb);
    const { neighbourWeight } = fitted;
    const memoryPartW = memoryGb * model.memoryWPerGb;
    const wattsAtLoad = withMinimumRise(fitted.watts.map((w) => w - memoryPartW), MIN_RISE_PER_TDP * inputs.chips * inputs.tdpW).map((w) => w + memoryPartW);
    const tdpSource = match ? 'table' : 'default';
    const label = match ? match.matchedName : spec.cpu.trim() || 'unknown CPU';
    const profile = `${model.name}, ${label} (${round1(tdpW)} W TDP, ${tdpSource}), ` +
        `${sockets} socket${sockets > 1 ? 's' : ''}, ${threads} threads, ${round1(memoryGb)} GB`;
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
function power_model_loadPowerModel() {
    return loadDataJson('power-model.json');
}
/** Whole-server wall power curve for a server, from the committed model and TDP table. */
function power_model_predictServerPowerW(spec) {
    return predictWithModel(power_model_loadPowerModel(), loadCpuTdpTable(), spec);
}
/** Piecewise-linear between the 11 points; utilisation (0..1) is clamped to [0, 1]. */
function power_model_powerAtUtilisationW(curve, utilisation) {
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
function power_model_vmCpuCurve(host, hostMemoryGb, vmThreads, hostThreads, wPerGb = memoryWPerGb()) {
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
function power_model_cpuBand(model, family, vendor) {
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

;// CONCATENATED MODULE: ./src/meter/work.ts
const UTILISATION_BANDS = 10;
/** Band of a utilisation 0..1: [0, 0.1) → 0 … [0.9, 1] → 9, the same segment powerAtUtilisationW interpolates on. */
function utilisationBand(utilisation) {
    const u = Math.min(1, Math.max(0, Number.isFinite(utilisation) ? utilisation : 0));
    return Math.min(UTILISATION_BANDS - 1, Math.floor(u * 10));
}
function work_createUtilisationHistogram() {
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
function work_workAccount(input) {
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

;// CONCATENATED MODULE: ./src/baseline/like-for-like.ts
// Comparing like with like across hardware. GitHub's ubuntu-latest pool mixes AMD and Intel
// hosts whose modelled power differs many times over for the same work, so a base run on
// another machine says nothing about this run's code until its work is priced on this
// machine. Pure: plain data in, plain data out. Formulas: docs/methodology.md, "Comparison
// with the base branch".


/**
 * Base runs on this machine class needed before they are used as they are. Three is the
 * fewest whose median is a middle run rather than one of the extremes, and whose min–max
 * spread says something about the noise (the gate's "inside the spread" rule rests on it).
 */
const MIN_SAME_CLASS_RUNS = 3;
/** The base runs' spread is taken as the noise from this many runs on (the same reasoning). */
const MIN_RUNS_FOR_NOISE = 3;
/** The work account's class, else (older reports) the machine the report names. */
function machineClassOf(r) {
    const w = readWorkAccount(r.work);
    if (w)
        return w.machineClass;
    return { cpuModel: String(r.machine?.cpuModel ?? 'unknown CPU'), vcpus: Number(r.machine?.threads) || 0 };
}
const sameClass = (a, b) => a.cpuModel === b.cpuModel && a.vcpus === b.vcpus;
// Capped: a CPU name comes from a history file, which anyone with write access could have edited.
const classText = (c) => `${c.vcpus} vCPU ${c.cpuModel.slice(0, 100)}`;
/**
 * CPU energy, Wh, of `work` on a machine with this curve and vCPU count. Each band k holds
 * T_k seconds at mean utilisation m_k = busy_k ÷ T_k; on n' vCPUs the same CPU time is
 * m'_k = min(1, m_k × n ÷ n'), priced at P(m'_k) × T_k. With n = n' this is exact: the curve is
 * linear within a band, so P(mean) × T equals the sum of the intervals' own P(u) × Δt.
 */
function repriceCpuWh(work, cpuCurveW, vcpus) {
    if (!(vcpus > 0))
        throw new Error(`repriceCpuWh: vcpus is ${vcpus}; expected a positive number`);
    const scale = utilisationCpus(work) / vcpus;
    let joules = 0;
    for (let k = 0; k < work.utilisationHistogramS.length; k++) {
        const seconds = work.utilisationHistogramS[k];
        if (!(seconds > 0))
            continue;
        const mean = Math.min(1, (work.utilisationHistogramBusyS[k] / seconds) * scale);
        joules += power_model_powerAtUtilisationW(cpuCurveW, mean) * seconds;
    }
    return joules / 3600;
}
/**
 * The CPUs a run's utilisation is a fraction of: its vCPUs, or in container scope its CPU
 * allowance. cpuSeconds = that × Σ busyS, so it is recovered from the account itself.
 */
function utilisationCpus(work) {
    const busyS = work.utilisationHistogramBusyS.reduce((a, b) => a + b, 0);
    return busyS > 0 && work.cpuSeconds > 0 ? work.cpuSeconds / busyS : work.machineClass.vcpus;
}
/**
 * What `base`'s work would have cost on `current`'s machine, grid and PUE: CPU re-priced from
 * its histogram, memory = its GB-s × this run's W/GB, GPU energy as recorded (measured, not
 * modelled); CO2e = energy × this run's PUE × intensity, plus (when this run counts embodied)
 * this run's embodied share scaled by duration. null when `base` has no work account.
 */
function repriceRun(base, current, currentWork) {
    const w = readWorkAccount(base.work);
    if (!w)
        return null;
    const cpuWh = repriceCpuWh(w, currentWork.pricing.cpuCurveW, utilisationCpus(currentWork));
    const memoryWh = (w.memoryGbS * currentWork.pricing.memoryWPerGb) / 3600;
    const gpuWh = Number.isFinite(base.energyWh.gpu) ? base.energyWh.gpu : 0;
    const energyWh = cpuWh + memoryWh + gpuWh;
    const operationalG = (energyWh / 1000) * current.pue.value * current.intensity.gPerKWh;
    const embodiedG = current.includeEmbodied && current.durationS > 0 && Number.isFinite(base.durationS)
        ? (current.co2eG.embodied * base.durationS) / current.durationS
        : 0;
    return { report: base, energyWh, co2eG: operationalG + embodiedG, cpuSeconds: w.cpuSeconds, repriced: true };
}
const asRecorded = (r) => ({
    report: r,
    energyWh: r.energyWh.total,
    co2eG: r.co2eG.total,
    cpuSeconds: readWorkAccount(r.work)?.cpuSeconds ?? null,
    repriced: false,
});
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function otherClassesText(runs, current) {
    const names = [
        ...new Set(runs
            .map(machineClassOf)
            .filter((c) => !sameClass(c, current))
            .map(classText)),
    ];
    return names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
}
/**
 * The base runs to compare `current` with, made comparable: the latest ≤ maxRuns on its machine
 * class when there are at least MIN_SAME_CLASS_RUNS; otherwise the latest ≤ maxRuns that can be
 * priced on its machine (re-priced from their histograms; same-class runs without one as
 * recorded); otherwise, honestly labelled, the latest ≤ maxRuns as recorded.
 * `usable` is oldest first and holds at least one run.
 */
function likeForLike(current, usable, maxRuns, baseBranch) {
    const cls = machineClassOf(current);
    const clsText = classText(cls);
    const branch = baseBranch;
    const same = usable.filter((r) => sameClass(machineClassOf(r), cls));
    const basis = (mode, runs, notRepriceable, note) => ({
        mode,
        machineClass: clsText,
        sameClassRuns: same.length,
        notRepriceable,
        noiseKnown: runs >= MIN_RUNS_FOR_NOISE,
        note,
    });
    if (same.length >= MIN_SAME_CLASS_RUNS) {
        const runs = same.slice(-maxRuns).map(asRecorded);
        return {
            runs,
            basis: basis('same-machine-class', runs.length, 0, `Compared with ${plural(runs.length, `${branch} run`)} on the same machine class (${clsText}).`),
        };
    }
    const currentWork = readWorkAccount(current.work);
    if (currentWork) {
        const priceable = usable.filter((r) => readWorkAccount(r.work) !== null || sameClass(machineClassOf(r), cls));
        const notRepriceable = usable.length - priceable.length;
        const leftOut = notRepriceable > 0
            ? ` ${plural(notRepriceable, 'older run')} on other hardware (${otherClassesText(usable.filter((r) => !priceable.includes(r)), cls)}) had no utilisation histogram and could not be re-priced, so ${notRepriceable === 1 ? 'it was' : 'they were'} left out.`
            : '';
        if (priceable.length > 0) {
            const chosen = priceable.slice(-maxRuns);
            if (chosen.every((r) => sameClass(machineClassOf(r), cls))) {
                const runs = chosen.map(asRecorded);
                return {
                    runs,
                    basis: basis('same-machine-class', runs.length, notRepriceable, `Compared with ${plural(runs.length, `${branch} run`)} on the same machine class (${clsText}).${leftOut}`),
                };
            }
            const runs = chosen.map((r) => repriceRun(r, current, currentWork) ?? asRecorded(r));
            const others = chosen.filter((r) => !sameClass(machineClassOf(r), cls));
            // Re-pricing always uses the model's curve: say so when this run's own CPU energy was measured.
            const rapl = current.methods?.cpu?.method === 'rapl'
                ? " This run's CPU energy was measured (RAPL); the re-priced runs use the power model's curve for this machine."
                : '';
            return {
                runs,
                basis: basis('repriced', runs.length, notRepriceable, `${others.length} of the ${plural(runs.length, `${branch} run`)} ran on other hardware (${otherClassesText(others, cls)}): each run's work (CPU utilisation histogram, memory GB-s) was re-priced on this machine (${clsText}).${leftOut}${rapl}`),
            };
        }
    }
    const runs = usable.slice(-maxRuns).map(asRecorded);
    const why = currentWork
        ? `ran on other hardware (${otherClassesText(usable, cls)}) and have no utilisation histogram (recorded by an older carbon-action), so they could not be re-priced on this machine (${clsText})`
        : `could not be re-priced: this run has no utilisation record`;
    return {
        runs,
        basis: basis('as-recorded', runs.length, usable.length - same.length, `Not like for like: the ${branch} runs ${why}; compared as recorded.`),
    };
}

;// CONCATENATED MODULE: ./src/baseline/history.ts


// History upkeep and the base-branch comparison. Pure: plain data in, plain data out.
//
// The comparison takes the median of the base branch's last ≤ maxRuns runs, because one
// slow or noisy run (a cold cache, a busy host) would drag a mean but not a median.
// "Within noise" is defined by the base runs themselves: the current figure lies inside
// their own min–max spread (inclusive). With a single base run the spread is one point,
// so only an identical figure is "within noise": one run says nothing about variation.
// Base runs are first made comparable with this one across hardware (./like-for-like.ts):
// the same machine class when there are enough such runs, otherwise re-priced on this machine.
const HISTORY_MAX_ENTRIES = 50;
const COMPARE_MAX_RUNS = 5;
const runKey = (r) => r.context?.runId
    ? `${r.context.runId}/${r.context.runAttempt ?? ''}/${r.context.job ?? ''}/${r.context.matrix ?? ''}`
    : null;
const endedMs = (r) => {
    const t = Date.parse(r.endedAt);
    return Number.isNaN(t) ? -Infinity : t;
};
/** Oldest first by end time; entries without a usable time keep their relative order at the front. */
function sortByEnd(entries) {
    return entries
        .map((r, i) => ({ r, i }))
        .sort((a, b) => endedMs(a.r) - endedMs(b.r) || a.i - b.i)
        .map((x) => x.r);
}
/**
 * The history with `report` added, oldest first, at most `max` entries (the oldest drop
 * out). A report for the same run attempt replaces the earlier one (a re-saved post step).
 */
function appendToHistory(entries, report, max = HISTORY_MAX_ENTRIES) {
    if (!Number.isInteger(max) || max < 1)
        throw new Error(`history size must be a whole number ≥ 1, got ${max}`);
    const key = runKey(report);
    const kept = key === null ? entries : entries.filter((e) => runKey(e) !== key);
    const all = sortByEnd([...kept, report]);
    return all.slice(Math.max(0, all.length - max));
}
function median(values) {
    if (values.length === 0)
        throw new Error('median of no values');
    const s = [...values].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function compareMetric(current, base) {
    const baseMedian = median(base);
    const baseMin = Math.min(...base);
    const baseMax = Math.max(...base);
    const deltaAbs = current - baseMedian;
    return {
        current,
        baseMedian,
        baseMin,
        baseMax,
        deltaAbs,
        deltaPercent: baseMedian === 0 ? null : (deltaAbs / baseMedian) * 100,
        withinNoise: current >= baseMin && current <= baseMax,
    };
}
/** This run against the median of the base branch's latest runs, like for like (./like-for-like.ts). */
function compareWithBaseline(current, baseEntries, opts = {}) {
    const maxRuns = opts.maxRuns ?? COMPARE_MAX_RUNS;
    if (!Number.isInteger(maxRuns) || maxRuns < 1)
        throw new Error(`maxRuns must be a whole number ≥ 1, got ${maxRuns}`);
    const baseBranch = opts.baseBranch ?? current.context?.baseBranch ?? 'base';
    const currentKey = runKey(current);
    // The run being judged must not be part of its own baseline (push runs compare with their own branch).
    const usable = baseEntries.filter((e) => currentKey === null || runKey(e) !== currentKey);
    if (usable.length === 0)
        return { available: false, reason: NO_BASELINE_YET, baseBranch };
    const { runs: recent, basis } = likeForLike(current, sortByEnd(usable), maxRuns, baseBranch);
    const currentCpuS = current.work?.cpuSeconds;
    const baseCpuS = recent.map((r) => r.cpuSeconds);
    return {
        available: true,
        baseBranch,
        runs: recent.length,
        co2eG: compareMetric(current.co2eG.total, recent.map((r) => r.co2eG)),
        energyWh: compareMetric(current.energyWh.total, recent.map((r) => r.energyWh)),
        trend: recent.map((r) => ({
            at: r.report.endedAt,
            co2eG: r.co2eG,
            energyWh: r.energyWh,
            ...(r.report.context?.sha ? { sha: r.report.context.sha } : {}),
        })),
        basis,
        ...(typeof currentCpuS === 'number' && baseCpuS.every((c) => c !== null)
            ? { cpuSeconds: compareMetric(currentCpuS, baseCpuS) }
            : {}),
    };
}

// EXTERNAL MODULE: ./src/action/names.ts
var names = __webpack_require__(2814);
;// CONCATENATED MODULE: ./src/github/comments.ts


// One sticky comment per PR and workflow job: found by a hidden marker on its first line,
// created the first time, edited afterwards. Never throws: failures come back typed, and
// a fork PR's read-only token is flagged so the caller can point to the workflow_run pattern.
const GITHUB_COMMENT_MAX_CHARS = 65_536;
const DEFAULT_COMMENT_TIMEOUT_MS = 20_000;
// Marker values are percent-encoded outside a safe set, so a workflow or job name can
// neither close the HTML comment ("-->") nor make two jobs' markers equal.
const encodeMarkerValue = (v) => Array.from(v)
    .map((ch) => /^[A-Za-z0-9._/+=-]$/.test(ch)
    ? ch
    : encodeURIComponent(ch).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('')
    .replace(/--/g, '-%2D');
/** `<!-- carbon-action:v1 workflow=<w> job=<j>[ matrix=<m>] -->` */
function stickyMarker(ids) {
    // Bounded: a 10k-character workflow name must not make a 10 KB marker.
    const matrix = ids.matrix ? ` matrix=${encodeMarkerValue((0,names/* boundName */.a)(ids.matrix))}` : '';
    return `<!-- carbon-action:v1 workflow=${encodeMarkerValue((0,names/* boundName */.a)(ids.workflow))} job=${encodeMarkerValue((0,names/* boundName */.a)(ids.job))}${matrix} -->`;
}
/**
 * marker + body, at most `maxChars` characters. An over-long body is cut at a line break,
 * an open code fence is closed, and a visible note says what happened.
 */
function composeCommentBody(marker, body, maxChars = GITHUB_COMMENT_MAX_CHARS) {
    const full = `${marker}\n${body}`;
    if (full.length <= maxChars)
        return { text: full, truncated: false };
    const note = (dropped) => `\n\n> [!NOTE]\n> carbon-action cut this comment short: ${dropped.toLocaleString('en-US')} characters did not fit GitHub's ${maxChars.toLocaleString('en-US')}-character limit. The full report is in the job summary and the JSON report.`;
    // Reserve room for the note with the widest possible count, plus a closing fence.
    const room = maxChars - marker.length - 1 - note(full.length).length - '\n```'.length;
    let cut = body.slice(0, Math.max(0, room));
    const lastBreak = cut.lastIndexOf('\n');
    if (lastBreak > room / 2)
        cut = cut.slice(0, lastBreak);
    // Don't split a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    const fences = (cut.match(/^\s*```/gm) ?? []).length;
    if (fences % 2 === 1)
        cut += '\n```';
    const text = `${marker}\n${cut}${note(body.length - cut.length)}`;
    return { text, truncated: true };
}
async function upsertStickyComment(args) {
    const { client, owner, repo, issueNumber, marker } = args;
    if (!Number.isInteger(issueNumber) || issueNumber < 1) {
        return {
            action: 'failed',
            reason: `PR number must be a whole number ≥ 1, got ${JSON.stringify(issueNumber)}`,
            forkReadOnly: false,
        };
    }
    if (!marker.startsWith('<!--') || !marker.endsWith('-->')) {
        return {
            action: 'failed',
            reason: `marker must be an HTML comment, got ${JSON.stringify(marker)}`,
            forkReadOnly: false,
        };
    }
    const signal = AbortSignal.timeout(args.timeoutMs ?? DEFAULT_COMMENT_TIMEOUT_MS);
    const { text, truncated } = composeCommentBody(marker, args.body);
    let stage = 'list the PR comments';
    try {
        const comments = await client.paginate(client.rest.issues.listComments, {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100,
            request: { signal },
        });
        const mine = comments.find((c) => (c.body ?? '').trimStart().startsWith(marker));
        if (mine) {
            stage = 'update the sticky comment';
            const res = await client.rest.issues.updateComment({
                owner,
                repo,
                comment_id: mine.id,
                body: text,
                request: { signal },
            });
            return { action: 'updated', id: res.data.id, url: res.data.html_url, truncated };
        }
        stage = 'create the sticky comment';
        const res = await client.rest.issues.createComment({
            owner,
            repo,
            issue_number: issueNumber,
            body: text,
            request: { signal },
        });
        return { action: 'created', id: res.data.id, url: res.data.html_url, truncated };
    }
    catch (err) {
        return commentFailure(err, `could not ${stage} on ${owner}/${repo}#${issueNumber}`, args.isFork);
    }
}
/**
 * A failed comment call as a typed result. A 403 "Resource not accessible by integration" is
 * a read-only token: a fork PR (answer: the workflow_run pattern) or missing permissions.
 */
function commentFailure(err, what, isFork) {
    const status = errors_statusOf(err);
    const detail = errors_describeApiError(err);
    const notAccessible = status === 403 && /Resource not accessible by integration/i.test(detail);
    let reason = `${what}: ${detail}`;
    if (notAccessible) {
        reason +=
            isFork === true
                ? '. Pull requests from forks get a read-only token; post the comment from a workflow_run workflow instead (see the README).'
                : isFork === false
                    ? '. Grant the job `permissions: pull-requests: write`.'
                    : '. Either the PR comes from a fork (read-only token: post from a workflow_run workflow, see the README) or the job needs `permissions: pull-requests: write`.';
    }
    return {
        action: 'failed',
        ...(status !== undefined ? { status } : {}),
        reason,
        forkReadOnly: notAccessible && isFork !== false,
    };
}

;// CONCATENATED MODULE: ./src/github/jobs.ts

async function jobs_fetchJobSteps(args) {
    const { client, owner, repo, runId, attempt, runnerName, checkRunId } = args;
    for (const [name, v] of [
        ['run id', runId],
        ['run attempt', attempt],
    ]) {
        if (!Number.isInteger(v) || v < 1)
            return { ok: false, reason: `${name} must be a whole number ≥ 1, got ${JSON.stringify(v)}` };
    }
    if (checkRunId === undefined && !runnerName) {
        return { ok: false, reason: 'cannot tell which job is this one: neither a check run id nor RUNNER_NAME is known' };
    }
    const signal = AbortSignal.timeout(args.timeoutMs ?? 20_000);
    let jobs;
    try {
        jobs = await client.paginate(client.rest.actions.listJobsForWorkflowRunAttempt, {
            owner,
            repo,
            run_id: runId,
            attempt_number: attempt,
            per_page: 100,
            request: { signal },
        });
    }
    catch (err) {
        const status = statusOf(err);
        let reason = `could not list the jobs of run ${runId} attempt ${attempt}: ${describeApiError(err)}`;
        if (isRateLimit(err))
            reason +=
                ". GitHub's API rate limit was hit (not a permission problem): per-step energy is skipped for this run.";
        else if (status === 403)
            reason += '. Grant the job `permissions: actions: read` to get energy per step.';
        return { ok: false, reason, ...(status !== undefined ? { status } : {}) };
    }
    const found = checkRunId !== undefined
        ? jobs.find((j) => j.id === checkRunId)
        : jobs.find((j) => j.runner_name === runnerName && j.status === 'in_progress');
    if (!found) {
        const by = checkRunId !== undefined
            ? `check run id ${checkRunId}`
            : `runner ${JSON.stringify(runnerName)} with an in-progress job`;
        return { ok: false, reason: `none of the ${jobs.length} job(s) of run ${runId} attempt ${attempt} matches ${by}` };
    }
    return {
        ok: true,
        job: {
            id: found.id,
            name: found.name,
            runnerName: found.runner_name ?? null,
            steps: (found.steps ?? []).map((s) => ({
                number: s.number,
                name: s.name,
                status: s.status,
                conclusion: s.conclusion ?? null,
                startedAt: s.started_at ?? null,
                completedAt: s.completed_at ?? null,
            })),
        },
    };
}

;// CONCATENATED MODULE: ./src/github/run-comment.ts



const DEFAULT_RUN_COMMENT_RETRY = {
    attempts: 8,
    baseDelayMs: 200,
    settleMs: 800,
    maxTotalMs: 15_000,
};
const DEFAULT_RUN_COMMENT_TIMEOUT_MS = 30_000;
const run_comment_MAX_ATTEMPTS = 50;
// ---------------------------------------------------------------- format
/** Percent-encodes a marker value exactly as stickyMarker does (safe set kept, "--" broken). */
const encodeRunMarkerValue = encodeMarkerValue;
const decodeMarkerValue = (encoded) => {
    try {
        return decodeURIComponent(encoded);
    }
    catch {
        return encoded;
    }
};
/** `<!-- carbon-action:v1 run-comment workflow=<w> -->`, the comment's first line. */
function runCommentMarker(workflow) {
    return `<!-- carbon-action:v1 run-comment workflow=${encodeRunMarkerValue(workflow)} -->`;
}
// Inside an HTML comment the payload may contain neither "--" nor "<"/">" (which could
// close it or open markup). JSON never has "--", "<" or ">" outside strings, and inside
// strings the \u escapes read back as the same characters.
const encodePayload = (payload) => (JSON.stringify(payload ?? null) ?? 'null')
    .replace(/--/g, '-\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e');
const SECTION_RE = /^<!-- carbon-action:section job=(\S+) run=(\S+) attempt=(\d+) -->\n<!-- carbon-action:payload (.*) -->\n[\s\S]*?^<!-- carbon-action:section-end job=\1 -->$/gm;
/**
 * One job's section: start marker, hidden payload line, `visible` Markdown (its escaped,
 * folded detail), end marker. `visible` must come from escaped text so it cannot forge markers.
 */
function sectionBlock(section, visible) {
    const job = encodeRunMarkerValue(section.jobKey);
    const run = encodeRunMarkerValue(section.runId);
    return [
        `<!-- carbon-action:section job=${job} run=${run} attempt=${section.attempt} -->`,
        `<!-- carbon-action:payload ${encodePayload(section.payload)} -->`,
        visible.replace(/\r\n?/g, '\n').replace(/^\n+|\n+$/g, ''),
        `<!-- carbon-action:section-end job=${job} -->`,
    ]
        .filter((line, i) => i !== 2 || line !== '')
        .join('\n');
}
/** The sections found in a run comment's body, in order; a job seen twice keeps its newest run. */
function parseRunCommentSections(body) {
    const found = [];
    for (const m of body.replace(/\r\n?/g, '\n').matchAll(SECTION_RE)) {
        let payload;
        try {
            payload = JSON.parse(m[4]);
        }
        catch {
            payload = null;
        }
        found.push({ jobKey: decodeMarkerValue(m[1]), runId: decodeMarkerValue(m[2]), attempt: Number(m[3]), payload });
    }
    return mergeSections([], found);
}
/** Orders two runs of a job: numeric run ids by value, then the attempt. > 0 when a is newer. */
function compareRuns(a, b) {
    const numeric = /^\d+$/.test(a.runId) && /^\d+$/.test(b.runId);
    if (a.runId !== b.runId) {
        if (numeric)
            return BigInt(a.runId) > BigInt(b.runId) ? 1 : -1;
        return a.runId > b.runId ? 1 : -1;
    }
    return a.attempt - b.attempt;
}
/**
 * `base` with `incoming` merged in: per job, the newer run wins (a re-run or a later run
 * replaces, never appends); on a tie the incoming section wins. Order: base's, then new jobs.
 */
function mergeSections(base, incoming) {
    const out = [];
    const index = new Map();
    for (const s of [...base, ...incoming]) {
        const at = index.get(s.jobKey);
        if (at === undefined) {
            index.set(s.jobKey, out.length);
            out.push(s);
        }
        else if (compareRuns(s, out[at]) >= 0) {
            out[at] = s;
        }
    }
    return out;
}
class RunCommentError extends Error {
}
async function upsertRunComment(args) {
    const { client, owner, repo, issueNumber, section } = args;
    const fail = (reason) => ({ action: 'failed', reason, forkReadOnly: false });
    if (!Number.isInteger(issueNumber) || issueNumber < 1)
        return fail(`PR number must be a whole number ≥ 1, got ${JSON.stringify(issueNumber)}`);
    if (typeof args.workflow !== 'string' || args.workflow.trim() === '')
        return fail(`workflow must be a non-empty name, got ${JSON.stringify(args.workflow)}`);
    if (typeof section?.jobKey !== 'string' || section.jobKey.trim() === '')
        return fail(`section.jobKey must be a non-empty string, got ${JSON.stringify(section?.jobKey)}`);
    if (typeof section.runId !== 'string' || section.runId.trim() === '')
        return fail(`section.runId must be a non-empty string, got ${JSON.stringify(section.runId)}`);
    if (!Number.isInteger(section.attempt) || section.attempt < 1)
        return fail(`section.attempt must be a whole number ≥ 1, got ${JSON.stringify(section.attempt)}`);
    const retry = { ...DEFAULT_RUN_COMMENT_RETRY, ...args.retry };
    if (!Number.isInteger(retry.attempts) || retry.attempts < 1 || retry.attempts > run_comment_MAX_ATTEMPTS) {
        return fail(`retry.attempts must be a whole number from 1 to ${run_comment_MAX_ATTEMPTS}, got ${JSON.stringify(retry.attempts)}`);
    }
    const sleep = args.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const random = args.random ?? Math.random;
    const signal = AbortSignal.timeout(args.timeoutMs ?? DEFAULT_RUN_COMMENT_TIMEOUT_MS);
    const marker = runCommentMarker(args.workflow);
    const mine = { ...section, payload: JSON.parse(encodePayload(section.payload)) };
    const where = `${owner}/${repo}#${issueNumber}`;
    const listRunComments = async () => {
        const all = await client.paginate(client.rest.issues.listComments, {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100,
            request: { signal },
        });
        return all.filter((c) => (c.body ?? '').trimStart().startsWith(marker)).sort((a, b) => a.id - b.id);
    };
    const compose = (sections) => {
        let rendered;
        try {
            rendered = args.render(sections);
        }
        catch (err) {
            throw new RunCommentError(`the renderer failed: ${err?.message ?? String(err)}`);
        }
        const text = `${marker}\n${rendered}`;
        const written = new Set(parseRunCommentSections(text).map((s) => s.jobKey));
        const dropped = sections.filter((s) => !written.has(s.jobKey)).map((s) => s.jobKey);
        if (dropped.length > 0)
            throw new RunCommentError(`the renderer left out the section(s) of ${dropped.map((d) => JSON.stringify(d)).join(', ')}`);
        if (text.length > GITHUB_COMMENT_MAX_CHARS) {
            throw new RunCommentError(`the comment for ${sections.length} jobs needs ${text.length.toLocaleString('en-US')} characters, more than GitHub's ${GITHUB_COMMENT_MAX_CHARS.toLocaleString('en-US')}; use one comment per job for a matrix this large`);
        }
        return text;
    };
    /** Which of our own run is there now: 'current', 'newer' (a later run owns the section), or 'missing'. */
    const standing = (sections) => {
        const s = sections.find((x) => x.jobKey === mine.jobKey);
        if (!s)
            return 'missing';
        const order = compareRuns(s, mine);
        return order === 0 ? 'current' : order > 0 ? 'newer' : 'missing';
    };
    const isGone = (err) => errors_statusOf(err) === 404;
    let stage = 'list the PR comments';
    let createdId;
    let lastProblem = '';
    let rounds = 0;
    const startedAt = Date.now();
    try {
        for (let attempt = 1; attempt <= retry.attempts; attempt++) {
            if (attempt > 1) {
                const wait = jitteredBackoffMs(retry.baseDelayMs, attempt - 1, random);
                if (Date.now() - startedAt + wait > retry.maxTotalMs)
                    break;
                await sleep(wait);
            }
            rounds = attempt;
            stage = 'list the PR comments';
            let found = await listRunComments();
            let target;
            if (found.length === 0) {
                stage = 'create the run comment';
                const res = await client.rest.issues.createComment({
                    owner,
                    repo,
                    issue_number: issueNumber,
                    body: compose([mine]),
                    request: { signal },
                });
                createdId = res.data.id;
                // Two jobs may create at the same moment: look again and fold any duplicates.
                stage = 'list the PR comments';
                found = await listRunComments();
                if (found.length === 0)
                    found = [{ id: res.data.id, body: res.data.body, html_url: res.data.html_url }];
            }
            target = found[0];
            let sections = parseRunCommentSections(target.body ?? '');
            for (const newer of found.slice(1))
                sections = mergeSections(sections, parseRunCommentSections(newer.body ?? ''));
            if (standing(sections) === 'newer') {
                return fail(`a newer run of job ${JSON.stringify(mine.jobKey)} already reported in the run comment on ${where}; its section was left as is`);
            }
            sections = mergeSections(sections, [mine]);
            const body = compose(sections);
            if (body !== target.body) {
                stage = 'update the run comment';
                try {
                    const res = await client.rest.issues.updateComment({
                        owner,
                        repo,
                        comment_id: target.id,
                        body,
                        request: { signal },
                    });
                    target = { id: res.data.id, body: res.data.body, html_url: res.data.html_url };
                }
                catch (err) {
                    if (!isGone(err))
                        throw err;
                    lastProblem = 'the run comment was deleted while being updated';
                    continue; // deleted by another job folding duplicates: start over
                }
            }
            for (const extra of found.slice(1)) {
                stage = 'delete a duplicate run comment';
                try {
                    await client.rest.issues.deleteComment({ owner, repo, comment_id: extra.id, request: { signal } });
                }
                catch (err) {
                    if (!isGone(err))
                        throw err; // already deleted by another job
                }
            }
            // A job that read before our write may still write its stale body: let it land, then look.
            await sleep(retry.settleMs * (1 + random()));
            stage = 'read back the run comment';
            let check;
            try {
                check = (await client.rest.issues.getComment({ owner, repo, comment_id: target.id, request: { signal } })).data;
            }
            catch (err) {
                if (isGone(err)) {
                    lastProblem = 'the run comment was deleted before it could be checked';
                    continue;
                }
                // Our write landed; only the check that nobody overwrote it is missing. A slow or
                // failing read-back is not a failed write.
                const status = errors_statusOf(err);
                if (status === undefined || status >= 500) {
                    return {
                        action: createdId === target.id ? 'created' : 'updated',
                        id: target.id,
                        url: target.html_url,
                        attempts: attempt,
                        unverified: errors_describeApiError(err),
                    };
                }
                throw err;
            }
            const now = standing(parseRunCommentSections(check.body ?? ''));
            if (now === 'current')
                return {
                    action: createdId === check.id ? 'created' : 'updated',
                    id: check.id,
                    url: check.html_url ?? target.html_url,
                    attempts: attempt,
                };
            if (now === 'newer')
                return fail(`a newer run of job ${JSON.stringify(mine.jobKey)} reported in the run comment on ${where} meanwhile; its section was left as is`);
            lastProblem = 'another job overwrote the comment without this section';
        }
        return fail(`this job's section of the run comment on ${where} was still missing after ${rounds} attempt(s) in ${Math.round((Date.now() - startedAt) / 100) / 10} s (${lastProblem}); too many jobs were writing at once`);
    }
    catch (err) {
        if (err instanceof RunCommentError)
            return fail(`could not write the run comment on ${where}: ${err.message}`);
        return apiFailure(err, `could not ${stage} on ${where}`, args.isFork);
    }
}
const apiFailure = (err, what, isFork) => commentFailure(err, what, isFork);

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
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
function read_history_assertSomeRuns(read, paths) {
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
            info = await stat(p);
        }
        catch {
            throw new HistoryPathError(`history path ${JSON.stringify(p)} does not exist; give a directory, a .jsonl file or a .json report`);
        }
        if (info.isDirectory())
            files.push(...(await walk(p)));
        else if (HISTORY_EXTENSIONS.has(extname(p).toLowerCase()))
            files.push(p);
        else
            throw new HistoryPathError(`history path ${JSON.stringify(p)} is not a directory, a .jsonl file or a .json report`);
    }
    return [...new Set(files)];
}
async function walk(dir) {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const out = [];
    for (const e of entries) {
        // .git, node_modules and the like never hold histories and can be huge.
        if (e.name.startsWith('.') || e.name === 'node_modules')
            continue;
        const full = join(dir, e.name);
        if (e.isDirectory())
            out.push(...(await walk(full)));
        else if (e.isFile() && HISTORY_EXTENSIONS.has(extname(e.name).toLowerCase()))
            out.push(full);
    }
    return out;
}
async function read_history_readHistories(paths, opts = {}) {
    const files = await listHistoryFiles(paths);
    const result = { reports: [], skipped: 0, skippedLines: [], refused: [], files: files.length };
    for (const file of files) {
        if (extname(file).toLowerCase() === '.jsonl')
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
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
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
        parsed = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
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
    const checked = checkReport(value);
    if (checked.ok) {
        into.reports.push(opts.slim ? slimReport(checked.report) : checked.report);
    }
    else if (checked.newer !== undefined) {
        into.refused.push({
            path: file,
            line,
            reason: `history line ${line} of ${basename(file)} has schemaVersion ${checked.newer}; ` +
                `this carbon-action reads up to ${REPORT_SCHEMA_VERSION}: upgrade carbon-action`,
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
const isNum = (v) => typeof v === 'number' && Number.isFinite(v);
const read_history_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Checks the fields the dashboard and the export rely on; the rest is read defensively. */
function checkReport(value) {
    if (!read_history_isObj(value))
        return { ok: false, reason: 'not a JSON object' };
    const v = value.schemaVersion;
    if (!isNum(v) || !Number.isInteger(v) || v < 1)
        return { ok: false, reason: `schemaVersion ${JSON.stringify(v)} is not a positive integer` };
    if (v > REPORT_SCHEMA_VERSION)
        return { ok: false, reason: 'newer schema', newer: v };
    if (typeof value.startedAt !== 'string' || Number.isNaN(Date.parse(value.startedAt))) {
        return { ok: false, reason: `startedAt ${JSON.stringify(value.startedAt)} is not an ISO date` };
    }
    if (!isNum(value.durationS) || value.durationS < 0)
        return { ok: false, reason: 'durationS is missing or not a non-negative number' };
    const numericGroups = [
        ['energyWh', ['total', 'cpu', 'memory', 'gpu']],
        ['co2eG', ['total', 'operational', 'embodied']],
        ['intensity', ['gPerKWh']],
        ['pue', ['value']],
    ];
    for (const [group, keys] of numericGroups) {
        const g = value[group];
        if (!read_history_isObj(g))
            return { ok: false, reason: `${group} is missing` };
        for (const k of keys)
            if (!isNum(g[k]))
                return { ok: false, reason: `${group}.${k} is missing or not a number` };
    }
    if (value.context !== undefined && !read_history_isObj(value.context))
        return { ok: false, reason: 'context is not an object' };
    return { ok: true, report: value };
}
function slimReport(r) {
    const slim = { ...r };
    if (r.samples)
        slim.samples = { ...r.samples, timeline: [] };
    delete slim.steps;
    return slim;
}
/** One line for stderr about what was left out, or null when nothing was. */
function describeLeftOut(read) {
    const parts = [];
    if (read.skipped > 0) {
        const first = read.skippedLines[0];
        parts.push(`${read.skipped} unreadable line${read.skipped === 1 ? '' : 's'} skipped (first: line ${first.line} of ${first.path}: ${first.reason})`);
    }
    if (read.refused.length > 0) {
        parts.push(`${read.refused.length} line${read.refused.length === 1 ? '' : 's'} from a newer carbon-action refused (${read.refused[0].reason})`);
    }
    return parts.length ? parts.join('; ') : null;
}

;// CONCATENATED MODULE: ./src/dashboard/downsample.ts
// Largest-Triangle-Three-Buckets (Steinarsson 2013): keeps at most `threshold` of the
// series' own points, chosen so that the line keeps its peaks and dips. Picking real runs
// (rather than bucket means) keeps every plotted circle a run someone can look up.
const downsample_MAX_CHART_POINTS = 200;
function downsampleLttb(points, threshold = downsample_MAX_CHART_POINTS) {
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
const MS_PER_DAY = 86_400_000;
function monthlyProjection(runs, nowMs) {
    const windowStartMs = nowMs - PROJECTION_WINDOW_DAYS * MS_PER_DAY;
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
    const enoughHistory = runCount >= MIN_PROJECTION_RUNS || (lastMs - firstMs) / MS_PER_DAY >= MIN_PROJECTION_DAYS;
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
    const windowDays = Math.max(MIN_WINDOW_DAYS, (nowMs - Math.max(firstMs, windowStartMs)) / MS_PER_DAY);
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
const aggregate_MS_PER_DAY = 86_400_000;
const MS_PER_WEEK = 7 * aggregate_MS_PER_DAY;
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
    const day = Math.floor(ms / aggregate_MS_PER_DAY);
    // 1970-01-01 was a Thursday: day 0 → weekday 3 counting from Monday.
    const weekday = (day + 3) % 7;
    return (day - weekday) * aggregate_MS_PER_DAY;
}
function aggregate(reports, nowMsIn) {
    const series = new Map();
    const regionAcc = new Map();
    const weeks = new Map();
    let energyWh = 0;
    let co2eG = 0;
    let co2eGOperational = 0;
    let facilityEnergyWh = 0;
    let durationS = 0;
    let firstMs = Infinity;
    let lastMs = -Infinity;
    const greenestOption = { co2eG: 0, actualCo2eG: 0, runsMoved: 0 };
    for (const r of reports) {
        const atMs = Date.parse(r.startedAt);
        const key = seriesLabels(r);
        const id = `${key.repository}\u0000${key.workflow}\u0000${key.job}\u0000${key.matrix}`;
        let acc = series.get(id);
        if (!acc)
            series.set(id, (acc = { key, points: [], energyWh: 0, co2eG: 0 }));
        const point = {
            x: atMs,
            y: r.co2eG.total,
            energyWh: r.energyWh.total,
            durationS: r.durationS,
            branch: str(r.context?.branch),
            sha: str(r.context?.sha),
        };
        acc.points.push(point);
        acc.energyWh += r.energyWh.total;
        acc.co2eG += r.co2eG.total;
        energyWh += r.energyWh.total;
        co2eG += r.co2eG.total;
        co2eGOperational += r.co2eG.operational;
        facilityEnergyWh += r.energyWh.total * (r.pue?.value ?? 1);
        durationS += r.durationS;
        if (atMs < firstMs)
            firstMs = atMs;
        if (atMs > lastMs)
            lastMs = atMs;
        const wk = weekStartMs(atMs);
        let bucket = weeks.get(wk);
        if (!bucket)
            weeks.set(wk, (bucket = { weekStartMs: wk, runs: 0, co2eG: 0 }));
        bucket.runs++;
        bucket.co2eG += r.co2eG.total;
        const greener = Array.isArray(r.greenerRegions) ? r.greenerRegions : [];
        const operational = r.co2eG.operational;
        const first = greener[0];
        if (first && Number.isFinite(first.co2eG)) {
            greenestOption.co2eG += first.co2eG;
            greenestOption.runsMoved++;
        }
        else {
            greenestOption.co2eG += operational;
        }
        greenestOption.actualCo2eG += operational;
        for (const g of greener) {
            if (!g || typeof g.region !== 'string' || !Number.isFinite(g.co2eG))
                continue;
            let ra = regionAcc.get(g.region);
            if (!ra)
                regionAcc.set(g.region, (ra = { region: g.region, runs: 0, co2eG: 0, actualCo2eG: 0 }));
            ra.runs++;
            ra.co2eG += g.co2eG;
            ra.actualCo2eG += operational;
        }
    }
    // "Now" never lies before the newest run (a clock behind the history's).
    const nowMs = reports.length ? Math.max(nowMsIn, lastMs) : nowMsIn;
    const repoMap = new Map();
    for (const acc of series.values()) {
        acc.points.sort((a, b) => a.x - b.x);
        const projection = monthlyProjection(acc.points.map((p) => ({ atMs: p.x, co2eG: p.y })), nowMs);
        const summary = {
            key: acc.key,
            runs: acc.points.length,
            energyWh: acc.energyWh,
            co2eG: acc.co2eG,
            firstMs: acc.points[0].x,
            lastMs: acc.points[acc.points.length - 1].x,
            last: acc.points[acc.points.length - 1],
            chartPoints: downsampleLttb(acc.points, downsample_MAX_CHART_POINTS),
            runsPerWeek: projection.enoughHistory && projection.runsInWindow ? (projection.runsInWindow / projection.windowDays) * 7 : 0,
            projection,
        };
        let repo = repoMap.get(acc.key.repository);
        if (!repo) {
            repoMap.set(acc.key.repository, (repo = {
                repository: acc.key.repository,
                runs: 0,
                energyWh: 0,
                co2eG: 0,
                co2eGPerMonth: 0,
                seriesProjected: 0,
                series: [],
            }));
        }
        repo.series.push(summary);
        repo.runs += summary.runs;
        repo.energyWh += summary.energyWh;
        repo.co2eG += summary.co2eG;
        repo.co2eGPerMonth += projection.co2eGPerMonth;
        if (projection.enoughHistory)
            repo.seriesProjected++;
    }
    const repos = [...repoMap.values()].sort((a, b) => compareText(a.repository, b.repository));
    for (const repo of repos) {
        repo.series.sort((a, b) => b.projection.co2eGPerMonth - a.projection.co2eGPerMonth ||
            compareText(a.key.workflow, b.key.workflow) ||
            compareText(a.key.job, b.key.job) ||
            compareText(a.key.matrix, b.key.matrix));
    }
    const weekly = [];
    if (reports.length) {
        // The window ends at the last run: a history that stopped months ago still shows its weeks.
        const lastWeek = weekStartMs(lastMs);
        const weeksSpanned = Math.round((lastWeek - weekStartMs(firstMs)) / MS_PER_WEEK) + 1;
        for (let i = Math.min(WEEKS_SHOWN, weeksSpanned) - 1; i >= 0; i--) {
            const wk = lastWeek - i * MS_PER_WEEK;
            weekly.push(weeks.get(wk) ?? { weekStartMs: wk, runs: 0, co2eG: 0 });
        }
    }
    // Regions listed for the most runs first, then the lowest hypothetical total.
    const regions = [...regionAcc.values()]
        .sort((a, b) => b.runs - a.runs || ratio(a) - ratio(b) || compareText(a.region, b.region))
        .slice(0, REGIONS_SHOWN);
    return {
        nowMs,
        totals: {
            runs: reports.length,
            repositories: repos.length,
            series: series.size,
            energyWh,
            co2eG,
            co2eGOperational,
            facilityEnergyWh,
            durationS,
            firstMs: reports.length ? firstMs : NaN,
            lastMs: reports.length ? lastMs : NaN,
            co2eGPerMonth: repos.reduce((s, r) => s + r.co2eGPerMonth, 0),
            seriesProjected: repos.reduce((s, r) => s + r.seriesProjected, 0),
        },
        repos,
        weekly,
        greenestOption,
        regions,
    };
}
const ratio = (r) => (r.actualCo2eG > 0 ? r.co2eG / r.actualCo2eG : Infinity);
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);


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
function svg_trendChart(points, label, totalRuns) {
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
    out.push(`<svg class="trend" viewBox="0 0 ${W} ${H}" role="img" aria-label="${(0,report_escape/* escapeHtml */.ZD)(`CO2e per run for ${label}, ${shown}`)}" xmlns="http://www.w3.org/2000/svg">`);
    // Grid: 0, half and top of the y range.
    for (const f of [0, 0.5, 1]) {
        const y = num(sy(yTop * f));
        out.push(`<line class="gridline" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}"/>`);
        out.push(`<text class="axis" x="${PAD.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${(0,report_escape/* escapeHtml */.ZD)(formatMassG(yTop * f))}</text>`);
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
        const tip = `${new Date(p.x).toISOString().slice(0, 16).replace('T', ' ')} UTC · ${formatMassG(p.y)}${p.branch ? ` · ${p.branch}` : ''}${p.sha ? ` · ${p.sha.slice(0, 7)}` : ''}`;
        out.push(`<circle cx="${num(sx(p.x))}" cy="${num(sy(p.y))}" r="${r}" data-value="${p.y}" data-at="${new Date(p.x).toISOString()}"><title>${(0,report_escape/* escapeHtml */.ZD)(tip)}</title></circle>`);
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
    const out = [
        `<svg class="weekly ${variant}" viewBox="0 0 ${w} ${h}" role="img" aria-label="CO2e per week, ${weeks.length} weeks to the week of ${isoDate(weeks[weeks.length - 1].weekStartMs)}" xmlns="http://www.w3.org/2000/svg">`,
    ];
    for (const f of [0, 0.5, 1]) {
        const y = num(top + plotH - f * plotH);
        out.push(`<line class="gridline" x1="${left}" x2="${w - 8}" y1="${y}" y2="${y}"/>`);
        out.push(`<text class="axis" x="${left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${(0,report_escape/* escapeHtml */.ZD)(formatMassG(yTop * f))}</text>`);
    }
    weeks.forEach((b, i) => {
        const bh = (b.co2eG / yTop) * plotH;
        const x = left + i * slot + slot * 0.15;
        const tip = `week of ${isoDate(b.weekStartMs)}: ${b.runs} run${b.runs === 1 ? '' : 's'}, ${formatMassG(b.co2eG)}`;
        out.push(`<rect class="bar" x="${num(x)}" y="${num(top + plotH - bh)}" width="${num(slot * 0.7)}" height="${num(bh)}" data-week="${isoDate(b.weekStartMs)}" data-runs="${b.runs}" data-co2e-g="${b.co2eG}"><title>${(0,report_escape/* escapeHtml */.ZD)(tip)}</title></rect>`);
    });
    out.push(`<text class="axis" x="${left}" y="${h - 5}">${isoDate(weeks[0].weekStartMs)}</text>`);
    out.push(`<text class="axis" x="${w - 8}" y="${h - 5}" text-anchor="end">week of ${isoDate(weeks[weeks.length - 1].weekStartMs)}</text>`);
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
function render_buildDashboard(reports, opts) {
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
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
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
    return `<section class="empty"><h2>No runs yet</h2><p>This history holds no carbon-action report. Once carbon-action has measured a run and saved its report (the action's history branch, or <code>carbon-action measure --json</code>), build this page again.</p></section>`;
}
function fullPage(d, opts) {
    const t = d.totals;
    const spanDays = (t.lastMs - t.firstMs) / 86_400_000;
    const parts = [];
    parts.push('<section class="cards" aria-label="Totals">');
    parts.push(card('Runs', render_int.format(t.runs), `${t.repositories} repositor${t.repositories === 1 ? 'y' : 'ies'} · ${t.series} job${t.series === 1 ? '' : 's'}`));
    parts.push(card('CO2e', formatMassG(t.co2eG), `operational ${formatMassG(t.co2eGOperational)}`));
    parts.push(card('Energy (IT, before PUE)', formatEnergyWh(t.energyWh), `metered time ${formatDurationS(t.durationS)}`));
    parts.push(card('Time span', spanDays >= 1 ? `${render_int.format(spanDays)} days` : '< 1 day', `${isoDate(t.firstMs)} → ${isoDate(t.lastMs)}`));
    if (t.seriesProjected === 0) {
        parts.push(card('Projected per month', 'not enough history', `to project: a job needs ${MIN_PROJECTION_RUNS} runs or ${MIN_PROJECTION_DAYS / 7} weeks`, 'accent'));
    }
    else {
        const some = t.seriesProjected < t.series
            ? ` (${t.seriesProjected} of ${t.series} jobs; the others have too little history)`
            : '';
        parts.push(card('Projected per month', formatMassG(t.co2eGPerMonth), `CO2e at the current run rate${some}`, 'accent'));
    }
    parts.push('</section>');
    const equivalents = safeEquivalents(opts, t.co2eG, t.facilityEnergyWh);
    if (equivalents.length) {
        parts.push('<section class="panel"><h2>All these runs together are about</h2><ul class="equivalents">');
        for (const e of equivalents)
            parts.push(`<li>${(0,report_escape/* escapeHtml */.ZD)(e.text)}</li>`);
        parts.push('</ul></section>');
    }
    parts.push(`<section class="panel"><h2>CO2e per week</h2><p class="muted period">${(0,report_escape/* escapeHtml */.ZD)(weeklyPeriod(d))}</p>${weeklyChart(d.weekly)}${weeklyChart(d.weekly, 'narrow')}</section>`);
    parts.push(regionsPanel(d));
    for (const repo of d.repos)
        parts.push(repoSection(repo));
    parts.push(methodNotes());
    return parts.join('\n');
}
/** "26 weeks, 2024-10-07 → 2025-04-06, ending with the week of the last run (2025-04-06)". */
function weeklyPeriod(d) {
    const first = d.weekly[0].weekStartMs;
    const lastEnd = d.weekly[d.weekly.length - 1].weekStartMs + 6 * 86_400_000;
    const n = d.weekly.length;
    return `${n} week${n === 1 ? '' : 's'}, ${isoDate(first)} → ${isoDate(lastEnd)}, ending with the week of the last run (${isoDate(d.totals.lastMs)})`;
}
function card(label, value, note, cls = '') {
    return `<div class="card ${cls}"><div class="label">${(0,report_escape/* escapeHtml */.ZD)(label)}</div><div class="value">${(0,report_escape/* escapeHtml */.ZD)(value)}</div><div class="note">${(0,report_escape/* escapeHtml */.ZD)(note)}</div></div>`;
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
        parts.push('<p class="muted">No report lists a greener region: the runs were already in the lowest-intensity region their reports compare with, or their reports carry no comparison.</p></section>');
        return parts.join('');
    }
    const saving = g.actualCo2eG > 0 ? (1 - g.co2eG / g.actualCo2eG) * 100 : 0;
    parts.push(`<p>Operational CO2e of all runs: <strong>${(0,report_escape/* escapeHtml */.ZD)(formatMassG(g.actualCo2eG))}</strong>. With each run moved to the greenest region its own report lists (${render_int.format(g.runsMoved)} of ${render_int.format(d.totals.runs)} runs; the others stay as they are): <strong>${(0,report_escape/* escapeHtml */.ZD)(formatMassG(g.co2eG))}</strong> (${oneDecimal.format(saving)} % less).</p>`);
    if (d.regions.length) {
        parts.push('<div class="table-wrap"><table class="regions"><thead><tr><th>Region</th><th class="n">Runs listing it</th><th class="n">Actual</th><th class="n">Had they run there</th><th class="n">Change</th></tr></thead><tbody>');
        for (const r of d.regions) {
            const change = r.actualCo2eG > 0 ? formatPercent((r.co2eG / r.actualCo2eG - 1) * 100) : '–';
            parts.push(`<tr><td>${(0,report_escape/* escapeHtml */.ZD)(r.region)}</td><td class="n">${render_int.format(r.runs)}</td><td class="n">${(0,report_escape/* escapeHtml */.ZD)(formatMassG(r.actualCo2eG))}</td><td class="n">${(0,report_escape/* escapeHtml */.ZD)(formatMassG(r.co2eG))}</td><td class="n">${change}</td></tr>`);
        }
        parts.push('</tbody></table></div>');
    }
    parts.push(`<p class="muted rule">Rule: each report lists up to three regions with a lower grid intensity than its own (same provider, or countries off-cloud), computed with the run's own energy and PUE. The table shows the ${REGIONS_SHOWN} regions listed for the most runs and compares, over those runs only, their actual operational CO2e with the listed figure. Embodied carbon does not move with the region and is left out.</p></section>`);
    return parts.join('');
}
function repoSection(repo) {
    const parts = [
        `<section class="repo"><div class="repo-head"><h2>${(0,report_escape/* escapeHtml */.ZD)(repo.repository)}</h2><p>${render_int.format(repo.runs)} runs · ${(0,report_escape/* escapeHtml */.ZD)(formatMassG(repo.co2eG))} CO2e · ${(0,report_escape/* escapeHtml */.ZD)(formatEnergyWh(repo.energyWh))} · ${repo.seriesProjected === 0
            ? 'not enough history to project'
            : `about <strong>${(0,report_escape/* escapeHtml */.ZD)(formatMassG(repo.co2eGPerMonth))} CO2e per month</strong> at the current rate`}</p></div>`,
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
    const spanDays = (s.lastMs - s.firstMs) / 86_400_000;
    const projection = !p.enoughHistory
        ? `Not enough history to project: ${render_int.format(s.runs)} run${s.runs === 1 ? '' : 's'} over ${spanDays < 1 ? 'less than a day' : `${oneDecimal.format(spanDays)} days`}; a projection needs ${MIN_PROJECTION_RUNS} runs or ${MIN_PROJECTION_DAYS / 7} weeks.`
        : p.runsInWindow === 0
            ? `No run in the last ${PROJECTION_WINDOW_DAYS} days: nothing projected.`
            : `At the current rate (${oneDecimal.format(s.runsPerWeek)} runs a week), this job emits about <strong>${(0,report_escape/* escapeHtml */.ZD)(formatMassG(p.co2eGPerMonth))} CO2e per month</strong>.`;
    const last = s.last;
    return [
        `<article class="series" data-runs="${s.runs}">`,
        `<h3><span class="wf">${(0,report_escape/* escapeHtml */.ZD)(k.workflow)}</span> <span class="sep">›</span> ${(0,report_escape/* escapeHtml */.ZD)(k.job)}${k.matrix ? ` <span class="matrix">${(0,report_escape/* escapeHtml */.ZD)(k.matrix)}</span>` : ''}</h3>`,
        '<dl class="facts">',
        `<div><dt>Last run</dt><dd>${isoDate(last.x)}</dd></div>`,
        `<div><dt>Last CO2e</dt><dd>${(0,report_escape/* escapeHtml */.ZD)(formatMassG(last.y))}</dd></div>`,
        `<div><dt>Last energy</dt><dd>${(0,report_escape/* escapeHtml */.ZD)(formatEnergyWh(last.energyWh))}</dd></div>`,
        `<div><dt>Last branch</dt><dd class="branch" title="${(0,report_escape/* escapeHtml */.ZD)(last.branch)}">${last.branch ? (0,report_escape/* escapeHtml */.ZD)(last.branch) : '–'}</dd></div>`,
        `<div><dt>Runs / week</dt><dd>${p.enoughHistory ? oneDecimal.format(s.runsPerWeek) : '–'}</dd></div>`,
        `<div><dt>All runs</dt><dd>${render_int.format(s.runs)} · ${(0,report_escape/* escapeHtml */.ZD)(formatMassG(s.co2eG))}</dd></div>`,
        '</dl>',
        svg_trendChart(s.chartPoints, label, s.runs),
        `<p class="projection">${projection}</p>`,
        '</article>',
    ].join('');
}
function methodNotes() {
    return `<section class="panel notes"><h2>How these figures are made</h2><ul>
<li>Every figure is summed from the reports carbon-action wrote for each run: IT energy (before PUE) and CO2e = energy × PUE × grid intensity (+ embodied carbon where a report includes it), as each report records its method, region and sources.</li>
<li>Monthly projection, per job: runs in the last ${PROJECTION_WINDOW_DAYS} days (or since the job's first run, if that is more recent; at least ${MIN_WINDOW_DAYS} day) ÷ those days × ${DAYS_PER_MONTH} days a month × the mean CO2e of those runs. A job with no run in the last ${PROJECTION_WINDOW_DAYS} days projects to zero. A job with fewer than ${MIN_PROJECTION_RUNS} runs spanning less than ${MIN_PROJECTION_DAYS} days is not projected ("not enough history"). Repository and total projections are sums over the jobs projected.</li>
<li>Runs a week: the same window's runs ÷ its days × 7.</li>
<li>Trend charts plot CO2e per run; a job with more than ${downsample_MAX_CHART_POINTS} runs shows ${downsample_MAX_CHART_POINTS} of its real runs chosen to keep the line's shape (largest-triangle-three-buckets).</li>
<li>Weeks start on Monday, UTC. The weekly chart shows up to 26 weeks ending with the week of the last run, not of today, so an old history is not a blank chart.</li>
</ul></section>`;
}

// EXTERNAL MODULE: ./src/carbon/data.ts
var data = __webpack_require__(61);
;// CONCATENATED MODULE: ./src/carbon/equivalents.ts


const S_PER_DAY = 86_400;
/** Beyond "1/100,000 of a smartphone charge" a comparison stops meaning anything. */
const MAX_FRACTION_DENOMINATOR = 100_000;
const sig2 = (v) => Number(v.toPrecision(2));
function carDistance(co2eG) {
    const km = co2eG / equivalentsData().carDriving.gCo2PerKm;
    const units = [
        ['km', 1],
        ['m', 1e-3],
        ['cm', 1e-5],
        ['mm', 1e-6],
    ];
    for (const [unit, kmPerUnit] of units) {
        const value = km / kmPerUnit;
        if (value >= 1 || (unit === 'mm' && value >= 0.1)) {
            const v = sig2(value);
            return {
                kind: 'car-distance',
                value: v,
                unit,
                text: `driving ${formatCount(v, 2)} ${unit} in an average petrol car`,
            };
        }
    }
    return null;
}
function smartphoneCharges(co2eG) {
    const charges = co2eG / equivalentsData().smartphoneCharge.gCo2PerCharge;
    if (charges >= 0.95) {
        const v = sig2(charges);
        return {
            kind: 'smartphone-charges',
            value: v,
            unit: 'charges',
            text: `charging a smartphone ${formatCount(v, 2)} time${v === 1 ? '' : 's'}`,
        };
    }
    if (charges >= 0.1) {
        const v = sig2(charges);
        return {
            kind: 'smartphone-charges',
            value: v,
            unit: 'charges',
            text: `${Math.round(v * 100)} % of one smartphone charge`,
        };
    }
    const denominator = 1 / charges;
    if (!Number.isFinite(denominator) || denominator > MAX_FRACTION_DENOMINATOR)
        return null;
    const n = sig2(denominator);
    return {
        kind: 'smartphone-charges',
        value: sig2(charges),
        unit: 'charges',
        text: `1/${formatCount(n, 2)} of one smartphone charge`,
    };
}
function tvTime(co2eG) {
    const hours = co2eG / equivalentsData().tvHour.gCo2PerHour;
    const units = [
        ['hours', 'hour', 1],
        ['minutes', 'minute', 1 / 60],
        ['seconds', 'second', 1 / 3600],
    ];
    for (const [plural, singular, hoursPerUnit] of units) {
        const value = hours / hoursPerUnit;
        if (value >= 1 || (plural === 'seconds' && value >= 0.1)) {
            const v = sig2(value);
            return {
                kind: 'tv-time',
                value: v,
                unit: plural,
                text: `watching a 32-inch LCD TV for ${formatCount(v, 2)} ${v === 1 ? singular : plural}`,
            };
        }
    }
    return null;
}
function householdElectricity(facilityEnergyWh) {
    const days = facilityEnergyWh / equivalentsData().householdDay.whPerDay;
    const text = (v, unit) => `the electricity an average US household uses in ${formatCount(v, 2)} ${unit}`;
    if (days >= 1) {
        const v = sig2(days);
        return { kind: 'household-electricity', value: v, unit: 'days', text: text(v, v === 1 ? 'day' : 'days') };
    }
    const seconds = days * S_PER_DAY;
    const units = [
        ['hours', 'hour', 3600],
        ['minutes', 'minute', 60],
        ['seconds', 'second', 1],
    ];
    for (const [plural, singular, sPerUnit] of units) {
        const value = seconds / sPerUnit;
        if (value >= 1 || (plural === 'seconds' && value >= 0.1)) {
            const v = sig2(value);
            return { kind: 'household-electricity', value: v, unit: plural, text: text(v, v === 1 ? singular : plural) };
        }
    }
    return null;
}
const MAX_EQUIVALENTS = 3;
/**
 * Up to three equivalents. Each is dropped when its honest phrasing would need a number below
 * ~0.1 of its smallest sensible unit, so tiny runs get fewer, never silly, comparisons; whole
 * quantities ("driving 2.3 km") are preferred over fractions ("1/2,200 of a charge").
 */
function equivalents_pickEquivalents(co2eG, facilityEnergyWh) {
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

;// CONCATENATED MODULE: ./src/dashboard/equivalents.ts

// The dashboard's totals get the same equivalents, from the same constants
// (data/equivalents.json), as each run's report: carbon/equivalents.ts is the one rule.
// Equivalents are decoration: if the data file cannot be read, the page shows none.
/** The equivalents function for the dashboard, or undefined when the data file is unusable. */
function equivalents_equivalentsFromDataFile() {
    try {
        pickEquivalents(1, 1);
        return (co2eG, facilityEnergyWh) => pickEquivalents(co2eG, facilityEnergyWh);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/dashboard/index.ts








/** Reads the histories, renders the page and writes <outDir>/index.html. */
async function writeDashboard(paths, outDir, opts = {}) {
    const read = await readHistories(paths, { slim: true });
    assertSomeRuns(read, paths);
    const html = buildDashboard(read.reports, {
        generatedAt: opts.generatedAt ?? new Date().toISOString(),
        title: opts.title,
        equivalentsFor: opts.equivalentsFor ?? equivalentsFromDataFile(),
    });
    await mkdir(outDir, { recursive: true });
    const path = join(outDir, 'index.html');
    await writeFile(path, html, 'utf8');
    return { path, read, bytes: Buffer.byteLength(html) };
}

;// CONCATENATED MODULE: ./src/report/run-comment-render.ts
// The run comment: one PR comment for every job of a workflow (src/github/run-comment.ts).
// Each job stores its row as a hidden JSON payload in its own section; the table here is
// rebuilt from all payloads on every write, so other jobs' rows come from their own data.
// Payloads are read back from a comment anyone with write access could edit: every field
// is checked, every string escaped, every number formatted.






const RUN_COMMENT_PAYLOAD_VERSION = 1;
/** Steps kept in a payload (by energy); the rest are summed into otherSteps. */
const RUN_COMMENT_PAYLOAD_STEPS = 10;
const run_comment_render_NAME_MAX = 100;
// ---------------------------------------------------------------- payload
// Six significant figures: enough to sum rows without visible drift, short in the comment.
const sig = (n) => (Number.isFinite(n) ? Number(n.toPrecision(6)) : 0);
const stepRow = (s) => ({
    name: s.name.slice(0, run_comment_render_NAME_MAX),
    durationS: sig(s.durationS),
    energyWh: sig(s.energyWh),
    co2eG: sig(s.co2eG),
});
/** This job's row and step detail, as stored in its section of the run comment. */
function buildRunCommentPayload(input) {
    const { report, comparison, gate } = input;
    const c = report.context ?? {};
    const job = input.jobName ?? (c.matrix ? `${c.job ?? 'job'} (${c.matrix})` : (c.job ?? 'job'));
    const { shown, other } = topStepRows(report.steps ?? [], input.topSteps ?? RUN_COMMENT_PAYLOAD_STEPS);
    const exceeded = (gate?.budgets ?? []).filter((b) => b.status === 'exceeded').map((b) => b.kind);
    const budgets = gate?.budgets ?? [];
    const status = budgets.length === 0
        ? 'none'
        : exceeded.length > 0
            ? 'exceeded'
            : budgets.every((b) => b.status === 'skipped')
                ? 'skipped'
                : 'pass';
    const m = comparison?.available ? comparison.co2eG : null;
    return {
        v: RUN_COMMENT_PAYLOAD_VERSION,
        job: job.slice(0, 200),
        runner: c.runner ? c.runner.slice(0, run_comment_render_NAME_MAX) : null,
        machine: report.machine ? `${report.machine.threads} vCPU ${report.machine.cpuModel}`.slice(0, run_comment_render_NAME_MAX) : null,
        durationS: sig(report.durationS),
        energyWh: sig(report.energyWh.total),
        co2eG: sig(report.co2eG.total),
        intensityGPerKWh: sig(report.intensity.gPerKWh),
        region: report.intensity.region,
        pue: sig(report.pue.value),
        cpuMethod: report.methods.cpu.method,
        co2eChange: m && comparison?.available
            ? {
                baseBranch: comparison.baseBranch.slice(0, run_comment_render_NAME_MAX),
                runs: comparison.runs,
                current: sig(m.current),
                baseMedian: sig(m.baseMedian),
                baseMin: sig(m.baseMin),
                baseMax: sig(m.baseMax),
                deltaAbs: sig(m.deltaAbs),
                deltaPercent: m.deltaPercent === null ? null : sig(m.deltaPercent),
                withinNoise: m.withinNoise,
                ...(comparison.basis ? { basis: comparison.basis.mode, noiseKnown: comparison.basis.noiseKnown } : {}),
                ...(comparison.cpuSeconds
                    ? {
                        cpuSecondsDeltaPercent: comparison.cpuSeconds.deltaPercent === null ? null : sig(comparison.cpuSeconds.deltaPercent),
                    }
                    : {}),
            }
            : null,
        energyChange: comparison?.available
            ? {
                baseMedian: sig(comparison.energyWh.baseMedian),
                deltaAbs: sig(comparison.energyWh.deltaAbs),
                deltaPercent: comparison.energyWh.deltaPercent === null ? null : sig(comparison.energyWh.deltaPercent),
                withinNoise: comparison.energyWh.withinNoise,
            }
            : null,
        budget: { status, mode: gate?.mode ?? 'fail', exceeded },
        steps: shown.map(stepRow),
        otherSteps: other ? { count: other.count, ...stepRow({ name: 'other steps', ...other }) } : null,
        sha: c.sha ? c.sha.slice(0, 40) : null,
    };
}
const run_comment_render_isNum = (x) => typeof x === 'number' && Number.isFinite(x);
const isStr = (x) => typeof x === 'string';
const strOrNull = (x) => (isStr(x) ? x : null);
const BUDGET_KINDS = ['co2e', 'energy', 'max-increase'];
function run_comment_render_readStep(x) {
    const s = x;
    if (!s || !isStr(s.name) || !run_comment_render_isNum(s.durationS) || !run_comment_render_isNum(s.energyWh) || !run_comment_render_isNum(s.co2eG))
        return null;
    return { name: s.name, durationS: s.durationS, energyWh: s.energyWh, co2eG: s.co2eG };
}
/** A payload read back from a comment, checked field by field; null when it is not one this version reads. */
function readRunCommentPayload(x) {
    const p = x;
    if (!p || typeof p !== 'object' || p.v !== RUN_COMMENT_PAYLOAD_VERSION || !isStr(p.job))
        return null;
    if (![p.durationS, p.energyWh, p.co2eG, p.intensityGPerKWh, p.pue].every(run_comment_render_isNum))
        return null;
    const ch = p.co2eChange;
    const change = ch && isStr(ch.baseBranch) && [ch.runs, ch.current, ch.baseMedian, ch.baseMin, ch.baseMax, ch.deltaAbs].every(run_comment_render_isNum)
        ? {
            baseBranch: ch.baseBranch,
            runs: ch.runs,
            current: ch.current,
            baseMedian: ch.baseMedian,
            baseMin: ch.baseMin,
            baseMax: ch.baseMax,
            deltaAbs: ch.deltaAbs,
            deltaPercent: run_comment_render_isNum(ch.deltaPercent) ? ch.deltaPercent : null,
            withinNoise: ch.withinNoise === true,
            ...(ch.basis === 'same-machine-class' || ch.basis === 'repriced' || ch.basis === 'as-recorded'
                ? { basis: ch.basis }
                : {}),
            ...(typeof ch.noiseKnown === 'boolean' ? { noiseKnown: ch.noiseKnown } : {}),
            ...(run_comment_render_isNum(ch.cpuSecondsDeltaPercent) || ch.cpuSecondsDeltaPercent === null
                ? { cpuSecondsDeltaPercent: ch.cpuSecondsDeltaPercent }
                : {}),
        }
        : null;
    const b = (p.budget ?? {});
    const status = ['pass', 'exceeded', 'skipped', 'none'].includes(b.status)
        ? b.status
        : 'none';
    const exceeded = Array.isArray(b.exceeded)
        ? b.exceeded.filter((k) => BUDGET_KINDS.includes(k))
        : [];
    const e = p.energyChange;
    const energyChange = e && run_comment_render_isNum(e.baseMedian) && run_comment_render_isNum(e.deltaAbs)
        ? {
            baseMedian: e.baseMedian,
            deltaAbs: e.deltaAbs,
            deltaPercent: run_comment_render_isNum(e.deltaPercent) ? e.deltaPercent : null,
            withinNoise: e.withinNoise === true,
        }
        : null;
    const o = p.otherSteps;
    const otherStep = o ? run_comment_render_readStep(o) : null;
    return {
        v: RUN_COMMENT_PAYLOAD_VERSION,
        job: p.job,
        runner: strOrNull(p.runner),
        machine: strOrNull(p.machine),
        durationS: p.durationS,
        energyWh: p.energyWh,
        co2eG: p.co2eG,
        intensityGPerKWh: p.intensityGPerKWh,
        region: strOrNull(p.region),
        pue: p.pue,
        cpuMethod: p.cpuMethod === 'rapl' || p.cpuMethod === 'powermetrics' ? p.cpuMethod : 'model',
        co2eChange: change,
        energyChange,
        budget: { status, mode: b.mode === 'warn' ? 'warn' : 'fail', exceeded },
        steps: Array.isArray(p.steps) ? p.steps.map(run_comment_render_readStep).filter((s) => s !== null) : [],
        otherSteps: otherStep && o && run_comment_render_isNum(o.count) ? { ...otherStep, count: o.count } : null,
        sha: strOrNull(p.sha),
    };
}
// ---------------------------------------------------------------- rendering
const run_comment_render_esc = (text, maxLength) => (0,report_escape/* escapeMarkdown */.FV)(text, { maxLength });
function budgetCell(p) {
    const b = p.budget;
    if (b.status === 'none')
        return '—';
    if (b.status === 'pass')
        return '✅ pass';
    if (b.status === 'skipped')
        return '⏭️ skipped';
    const kinds = b.exceeded.join(', ');
    return b.mode === 'warn' ? `⚠️ exceeded: ${kinds} (warning only)` : `❌ exceeded: ${kinds}`;
}
function changeCell(p) {
    if (!p.co2eChange)
        return 'no baseline yet';
    return `${changeText(p.co2eChange, formatMassG)} vs ${run_comment_render_esc(p.co2eChange.baseBranch, 60)}${likeForLikeCell(p.co2eChange)}`;
}
const BASIS_TEXT = {
    'same-machine-class': 'same machine class',
    repriced: 're-priced on this machine',
    'as-recorded': 'not like for like: other hardware',
};
/** "<br>CPU-s +3.0 % · re-priced on this machine · noise not known yet", from what the payload holds. */
function likeForLikeCell(ch) {
    const bits = [];
    if (ch.cpuSecondsDeltaPercent !== undefined && ch.cpuSecondsDeltaPercent !== null)
        bits.push(`CPU-s ${formatPercent(ch.cpuSecondsDeltaPercent)}`);
    if (ch.basis)
        bits.push(BASIS_TEXT[ch.basis]);
    if (ch.noiseKnown === false)
        bits.push('noise not known yet');
    return bits.length > 0 ? `<br>${bits.join(' · ')}` : '';
}
function tableRow(r) {
    const p = r.payload;
    const name = run_comment_render_esc(p?.job ?? r.section.jobKey, 120);
    if (!p)
        return `| ${name} | — | — | — | — | section data unreadable | — |`;
    const job = r.earlier ? `_${name} (run ${run_comment_render_esc(r.section.runId, 30)})_` : name;
    const runner = [p.runner, p.machine]
        .filter((x) => !!x)
        .map((x) => run_comment_render_esc(x, 80))
        .join('<br>') || '—';
    return `| ${job} | ${runner} | ${formatDurationS(p.durationS)} | ${formatEnergyWh(p.energyWh)} | ${formatMassG(p.co2eG)} | ${changeCell(p)} | ${budgetCell(p)} |`;
}
function totalRow(rows, runId) {
    const current = rows.filter((r) => !r.earlier && r.payload).map((r) => r.payload);
    const sum = (f, ps = current) => ps.reduce((a, p) => a + f(p), 0);
    const withBase = current.filter((p) => p.co2eChange);
    let change = '—';
    if (withBase.length > 0) {
        const delta = sum((p) => p.co2eChange.deltaAbs, withBase);
        const base = sum((p) => p.co2eChange.baseMedian, withBase);
        const pct = base > 0 ? ` (${formatPercent((delta / base) * 100)})` : '';
        const of = withBase.length < current.length ? ` over ${withBase.length} of ${current.length} jobs` : '';
        change = `${formatSigned(delta, formatMassG)}${pct}${of}`;
    }
    const exceeded = current.filter((p) => p.budget.status === 'exceeded').length;
    const budgeted = current.filter((p) => p.budget.status !== 'none').length;
    const budget = budgeted === 0 ? '—' : exceeded > 0 ? `${exceeded} of ${budgeted} exceeded` : `✅ ${budgeted} pass`;
    const label = `**Total: ${current.length} job${current.length === 1 ? '' : 's'} of run ${run_comment_render_esc(runId, 30)}**`;
    return `| ${label} | | ${formatDurationS(sum((p) => p.durationS))} | **${formatEnergyWh(sum((p) => p.energyWh))}** | **${formatMassG(sum((p) => p.co2eG))}** | ${change} | ${budget} |`;
}
function run_comment_render_stepTable(p, topSteps) {
    const shown = p.steps.slice(0, topSteps);
    const rest = [...p.steps.slice(topSteps), ...(p.otherSteps ? [p.otherSteps] : [])];
    const restCount = p.steps.slice(topSteps).length + (p.otherSteps?.count ?? 0);
    const outside = outsideSteps([...p.steps, ...(p.otherSteps ? [p.otherSteps] : [])], p.energyWh, p.durationS);
    const stepsWh = [...p.steps, ...(p.otherSteps ? [p.otherSteps] : [])].reduce((a, s) => a + s.energyWh, 0);
    // Shares of everything metered: with the "outside steps" row they sum to 100 %.
    const denominatorWh = stepsWh + outside.energyWh;
    const share = (wh) => (denominatorWh > 0 ? formatShare(wh / denominatorWh) : '—');
    const row = (name, s) => `| ${name} | ${formatDurationS(s.durationS)} | ${formatEnergyWh(s.energyWh)} | ${formatMassG(s.co2eG)} | ${share(s.energyWh)} |`;
    const lines = [
        '| Step | Duration | Energy | CO2e | Share |',
        '|---|---:|---:|---:|---:|',
        ...shown.map((s) => row(run_comment_render_esc(s.name, run_comment_render_NAME_MAX), s)),
    ];
    if (rest.length > 0) {
        const t = rest.reduce((a, s) => ({ durationS: a.durationS + s.durationS, energyWh: a.energyWh + s.energyWh, co2eG: a.co2eG + s.co2eG }), { durationS: 0, energyWh: 0, co2eG: 0 });
        lines.push(row(`_other steps (${restCount})_`, t));
    }
    lines.push(row(`_${OUTSIDE_STEPS_LABEL}_`, { ...outside, co2eG: units_co2eGFromWh(outside.energyWh * p.pue, p.intensityGPerKWh) }));
    return lines;
}
/**
 * A job's steps: folded for each job of a matrix; for a lone job, the top 5 in view (as in a
 * per-job comment) and the rest folded.
 */
function stepDetail(r, topSteps, inView) {
    const p = r.payload;
    if (!p || topSteps <= 0 || (p.steps.length === 0 && !p.otherSteps))
        return '';
    const cpu = p.cpuMethod === 'rapl'
        ? 'CPU energy from RAPL counters'
        : p.cpuMethod === 'powermetrics'
            ? 'CPU power from macOS powermetrics'
            : 'CPU power from the SPECpower-fitted model';
    const region = p.region ? ` (${run_comment_render_esc(p.region, 60)})` : ' (world average)';
    const method = `${cpu}; grid ${formatIntensityGPerKWh(p.intensityGPerKWh)}${region}; PUE ${run_comment_render_esc(p.pue)}${p.sha ? `; commit ${run_comment_render_esc(p.sha.slice(0, 7), 7)}` : ''}.`;
    const stepCount = p.steps.length + (p.otherSteps?.count ?? 0);
    if (inView) {
        const visible = Math.min(topSteps, VISIBLE_TOP_STEPS);
        const title = stepCount > visible ? `#### Top ${visible} of ${stepCount} steps by energy` : '#### Steps by energy';
        const lines = [title, '', ...run_comment_render_stepTable(p, visible)];
        if (p.steps.length > visible && topSteps > visible) {
            const listed = Math.min(topSteps, p.steps.length);
            const summary = listed === stepCount ? `All ${stepCount} steps` : `Top ${listed} of ${stepCount} steps`;
            lines.push('', `<details><summary>${summary}</summary>`, '', ...run_comment_render_stepTable(p, topSteps), '', '</details>');
        }
        lines.push('', method);
        return lines.join('\n');
    }
    return [
        `<details><summary>${run_comment_render_esc(p.job, 120)}: steps by energy</summary>`,
        '',
        ...run_comment_render_stepTable(p, topSteps),
        '',
        method,
        '',
        '</details>',
    ].join('\n');
}
/** The run's verdict in words, as the per-job comment's: on energy, against each job's own base median. */
function runVerdict(current) {
    if (current.length === 0)
        return null;
    if (current.length === 1) {
        const p = current[0];
        const c = p.co2eChange;
        if (!c || !p.energyChange)
            return verdictText({ available: false, reason: 'no baseline yet' });
        const energy = { current: p.energyWh, baseMin: 0, baseMax: 0, ...p.energyChange };
        return verdictText({
            available: true,
            baseBranch: c.baseBranch,
            runs: c.runs,
            co2eG: c,
            energyWh: energy,
            trend: [],
        });
    }
    const withBase = current.filter((p) => p.co2eChange && p.energyChange);
    if (withBase.length === 0)
        return 'no baseline yet';
    const bases = [...new Set(withBase.map((p) => p.co2eChange.baseBranch))];
    const vs = bases.length === 1 ? ` vs ${run_comment_render_esc(bases[0], 60)}` : '';
    const outside = withBase.filter((p) => !p.energyChange.withinNoise);
    const of = `${withBase.length} job${withBase.length === 1 ? '' : 's'} with a baseline`;
    if (outside.length === 0)
        return `no significant change${vs} (energy inside the base range in all ${of})`;
    const deltaWh = outside.reduce((a, p) => a + p.energyChange.deltaAbs, 0);
    const baseWh = outside.reduce((a, p) => a + p.energyChange.baseMedian, 0);
    const change = baseWh > 0 ? formatPercent((deltaWh / baseWh) * 100) : formatSigned(deltaWh, formatEnergyWh);
    return `${change} energy${vs} in ${outside.length} of ${of}, outside the base range`;
}
/** The first visible line, plain text (the notification e-mail shows it as is). */
function runHeadline(rows, workflow) {
    const current = rows.filter((r) => !r.earlier && r.payload).map((r) => r.payload);
    const sum = (f) => current.reduce((a, p) => a + f(p), 0);
    const where = current.length === 1 ? `${run_comment_render_esc(workflow, 80)} / ${run_comment_render_esc(current[0].job, 120)}` : run_comment_render_esc(workflow, 80);
    const span = current.length === 1 ? `in ${formatDurationS(current[0].durationS)}` : `over ${current.length} jobs`;
    const verdict = runVerdict(current);
    return `🌱 Carbon footprint of ${where}: ${formatMassG(sum((p) => p.co2eG))} CO2e, ${formatEnergyWh(sum((p) => p.energyWh))} ${span}${verdict ? ` — ${verdict}` : ''}.`;
}
/** The payload with its step list folded into otherSteps: the leanest form, for very large matrices. */
function withoutSteps(section, p) {
    if (!p || (p.steps.length === 0 && !p.otherSteps))
        return section;
    const all = [...p.steps, ...(p.otherSteps ? [p.otherSteps] : [])];
    const count = p.steps.length + (p.otherSteps?.count ?? 0);
    const t = all.reduce((a, s) => ({ durationS: a.durationS + s.durationS, energyWh: a.energyWh + s.energyWh, co2eG: a.co2eG + s.co2eG }), { durationS: 0, energyWh: 0, co2eG: 0 });
    return { ...section, payload: { ...p, steps: [], otherSteps: { name: 'other steps', count, ...t } } };
}
/** Detail levels, richest first: fewer steps per job, then none shown, then none stored. */
const LADDER = [
    { topSteps: 10, keepPayloadSteps: true },
    { topSteps: 5, keepPayloadSteps: true },
    { topSteps: 3, keepPayloadSteps: true },
    { topSteps: 1, keepPayloadSteps: true },
    { topSteps: 0, keepPayloadSteps: true },
    { topSteps: 0, keepPayloadSteps: false },
];
/**
 * Everything below the marker line: the table (a row per job, a total over the newest
 * run), then each job's section with its folded step detail. Shrinks step detail until the
 * whole comment fits `maxChars`; if even the leanest form does not fit, returns it anyway
 * (upsertRunComment then reports the size).
 */
function renderRunCommentBody(sections, opts) {
    const budget = (opts.maxChars ?? GITHUB_COMMENT_MAX_CHARS) - runCommentMarker(opts.workflow).length - 1;
    const sorted = [...sections].sort((a, b) => (a.jobKey < b.jobKey ? -1 : a.jobKey > b.jobKey ? 1 : 0));
    const newest = sorted.reduce((n, s) => (!n || compareRuns({ ...s, attempt: 0 }, { ...n, attempt: 0 }) > 0 ? s : n), null);
    const newestRun = newest?.runId ?? '';
    const rows = sorted.map((section) => ({
        section,
        payload: readRunCommentPayload(section.payload),
        earlier: section.runId !== newestRun,
    }));
    const head = [
        runHeadline(rows, opts.workflow),
        '',
        '| Job | Runner | Duration | Energy | CO2e | CO2e vs base median | Budget |',
        '|---|---|---:|---:|---:|---|---|',
        ...rows.map(tableRow),
        // A lone job's row is its own total.
        ...(rows.length > 1 ? [totalRow(rows, newestRun)] : []),
    ];
    const earlier = rows.filter((r) => r.earlier).length;
    if (earlier > 0)
        head.push('', `_Rows in italics (${earlier}) come from an earlier run; they are not in the total and stay until that job runs again._`);
    const foot = `<sub>carbon-action · one comment for the whole workflow: each job rewrites only its own section, and this table is rebuilt from all of them.</sub>`;
    let body = '';
    for (const level of LADDER) {
        const blocks = rows.map((r) => sectionBlock(level.keepPayloadSteps ? r.section : withoutSteps(r.section, r.payload), stepDetail(r, level.topSteps, rows.length === 1)));
        body = [...head, '', ...blocks, '', foot].join('\n') + '\n';
        if (body.length <= budget)
            return body;
    }
    return body;
}
/** The render function upsertRunComment takes. */
function runCommentRenderer(opts) {
    return (sections) => renderRunCommentBody(sections, opts);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/meter/nvidia-smi.ts
// NVIDIA GPUs through nvidia-smi. One query at start lists the GPUs (ENOENT: no GPUs, not an
// error); during sampling ONE long-lived `nvidia-smi … -lms <interval>` child streams CSV lines
// and the latest reading per GPU is attached to each sample, so no process is forked per tick.
// nvidia-smi's --query-gpu offers no energy counter (NVML's nvmlDeviceGetTotalEnergyConsumption
// is not among its fields), so GPU energy is integrated from power.draw.

const NVIDIA_SMI = 'nvidia-smi';
const GPU_QUERY_FIELDS = (/* unused pure expression or super */ null && (['index', 'name', 'power.draw', 'utilization.gpu', 'memory.total']));
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
    execFile(file, args, { timeout: 15_000, windowsHide: true }, (err, stdout, stderr) => {
        if (err)
            reject(Object.assign(err, { stdout, stderr }));
        else
            resolve({ stdout, stderr });
    });
});
/** One-shot query: which GPUs are there. Never throws. */
async function nvidia_smi_queryGpus(opts = {}) {
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
    const doSpawn = opts.spawn ?? ((c, a) => spawn(c, a, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true }));
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

;// CONCATENATED MODULE: ./src/meter/machine.ts
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
            return readFileSync(join(dir, f), 'utf8').trim() || undefined;
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
        readFileSync(path, 'utf8');
    }
    catch (err) {
        throw new Error(`CARBON_ACTION_CPUINFO is ${JSON.stringify(path)}, which cannot be read (${err.code ?? err.message}); expected the path of a captured /proc/cpuinfo file, or unset it`, { cause: err });
    }
    return path;
}
const loadSystemInformation = async () => (await __webpack_require__.e(/* import() */ 754).then(__webpack_require__.t.bind(__webpack_require__, 2754, 23))).default;
async function machine_describeMachine(opts = {}) {
    const platform = opts.platform ?? process.platform;
    const env = opts.env ?? process.env;
    const loadSi = opts.loadSi ?? loadSystemInformation;
    const gpuQuery = opts.gpuQuery ?? (() => queryGpus());
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
            const info = parseCpuInfo(readFileSync(cpuinfoPath, 'utf8'));
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
        arch: opts.arch ?? osArch(),
        cpuModel: cpuModel ?? 'unknown CPU',
        sockets,
        physicalCores: physicalCores || threads,
        threads,
        memoryGb: bytesToGb(opts.totalMemB ?? totalmem()),
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

// EXTERNAL MODULE: ./src/carbon/region.ts + 1 modules
var region = __webpack_require__(1033);
// EXTERNAL MODULE: ./src/carbon/validate.ts
var validate = __webpack_require__(4459);
// EXTERNAL MODULE: ./src/carbon/errors.ts
var errors = __webpack_require__(4346);
;// CONCATENATED MODULE: ./src/carbon/intensity-figures.ts
// Yearly grid figures for a zone, a country, the world, and GitHub's hosted-runner default.

function intensity_figures_zoneFigure(zone) {
    const z = zonesData().zones[zone];
    if (!z)
        throw new Error(`carbon-action: no Electricity Maps figure for zone ${zone}`);
    return {
        gPerKWh: z.gPerKWh,
        year: z.year,
        source: `Electricity Maps ${z.year} yearly average for zone ${zone} (${z.name}) via @tgwf/co2 ${co2jsVersion()}, ODbL`,
        boundary: 'lifecycle',
    };
}
function intensity_figures_countryFigure(alpha3) {
    const data = countriesData();
    const c = data.countries[alpha3];
    if (!c)
        throw new Error(`carbon-action: no Ember figure for country ${alpha3}`);
    return {
        gPerKWh: c.gPerKWh,
        year: data.year,
        source: `Ember yearly average for ${c.name} (latest year Ember had; CO2.js does not record it) via @tgwf/co2 ${co2jsVersion()}, CC BY-SA 4.0`,
        boundary: 'lifecycle',
    };
}
function intensity_figures_worldFigure() {
    const data = countriesData();
    return {
        gPerKWh: data.worldGPerKWh,
        year: data.year,
        source: `Ember world average via @tgwf/co2 ${co2jsVersion()}, CC BY-SA 4.0`,
        boundary: 'lifecycle',
    };
}
/** Google's own 2024 location-based figure for a GCP region, or undefined when Google lists none. */
function intensity_figures_googleFigure(gcpRegion) {
    const data = gcpGoogleData();
    const r = data.regions[gcpRegion];
    if (!r)
        return undefined;
    return {
        gPerKWh: r.gPerKWh,
        year: data.year,
        source: `Google Cloud ${data.year} grid carbon intensity for gcp:${gcpRegion} (${r.location}; location-based, operational), GoogleCloudPlatform/region-carbon-info, Apache-2.0`,
        boundary: 'operational',
    };
}
/**
 * Azure regions that GitHub's published IP ranges for Actions have included. GitHub does not say
 * where a hosted job runs; these six are where its runners have been seen, so their mean is the
 * least-wrong single figure. All other US Azure regions are left out on purpose: no evidence puts
 * runners there, and including them would only dilute the figure towards unrelated grids.
 */
const GITHUB_HOSTED_AZURE_REGIONS = (/* unused pure expression or super */ null && ([
    'eastus',
    'eastus2',
    'westus2',
    'westus3',
    'centralus',
    'southcentralus',
]));
const intensity_figures_GITHUB_HOSTED_REGION_LABEL = 'azure:github-hosted-us';
function intensity_figures_githubHostedFigure() {
    const regions = regionsData();
    const figures = GITHUB_HOSTED_AZURE_REGIONS.map((name) => {
        const r = regions.find((x) => x.id === `azure:${name}`);
        if (!r)
            throw new Error(`carbon-action: region table lacks azure:${name}`);
        return { id: r.id, zone: r.zone, ...intensity_figures_zoneFigure(r.zone) };
    });
    const mean = figures.reduce((sum, f) => sum + f.gPerKWh, 0) / figures.length;
    const years = [...new Set(figures.map((f) => f.year))];
    return {
        gPerKWh: mean,
        year: years.length === 1 ? years[0] : Math.min(...figures.map((f) => f.year ?? Infinity)),
        source: `mean of Electricity Maps ${years.join('/')} yearly averages via @tgwf/co2 ${co2jsVersion()} (ODbL) for ${figures
            .map((f) => `${f.id} ${f.gPerKWh} (${f.zone})`)
            .join(', ')}`,
        boundary: 'lifecycle',
    };
}

;// CONCATENATED MODULE: ./src/carbon/live.ts
// Optional live grid intensity from the Electricity Maps API. Any failure falls back to the
// yearly figure with a warning that says why; the token never appears in any message.

const DEFAULT_ELECTRICITY_MAPS_URL = 'https://api.electricitymap.org';
const DEFAULT_LIVE_TIMEOUT_MS = 3000;
function redact(text, token) {
    return token ? text.split(token).join('***') : text;
}
async function live_fetchLiveIntensity(opts) {
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
        if (value < 0 || value > MAX_INTENSITY_G_PER_KWH) {
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
async function metadata_probeCloudMetadata(opts = {}) {
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
                        warnings.push(`${providerName[provider]} reports region "${answer.region}", which carbon-action's region table does not know; ignoring it. Set region: to pin one.`);
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

;// CONCATENATED MODULE: ./src/carbon/pue.ts


/** The provider's published PUE, the user's value, or 1.0 with a note when neither is known. */
function pue_resolvePue(provider, userPue, caller = 'action') {
    if (userPue !== undefined)
        return { value: userPue, source: `user input (${optionLabel('pue', caller)})` };
    const data = pueData();
    if (provider)
        return { value: data[provider].value, source: data[provider].source };
    // The data file's note says what is missing; how to supply it depends on who is reading.
    return {
        value: data.unknown.value,
        source: `${data.unknown.source} Set ${settingName('pue', caller)} for a better figure.`,
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
                figure: zoneFigure(parsed.cloudRegion.zone),
            };
        case 'zone':
            return {
                region: parsed.id,
                zone: parsed.zone,
                provider: null,
                providerRegion: null,
                decidedBy,
                figure: zoneFigure(parsed.zone),
            };
        case 'country':
            return {
                region: parsed.id,
                zone: null,
                provider: null,
                providerRegion: null,
                decidedBy,
                figure: countryFigure(parsed.alpha3),
            };
    }
}
function githubHostedPlace(caller) {
    const figure = githubHostedFigure();
    return {
        region: GITHUB_HOSTED_REGION_LABEL,
        zone: null,
        provider: 'azure',
        providerRegion: null,
        decidedBy: 'github-hosted-default',
        figure,
        assumption: `GitHub does not say which Azure region runs a hosted job, so this is the mean of the six US Azure regions GitHub's Actions IP ranges have included (${figure.gPerKWh.toFixed(0)} g/kWh). ` +
            `Pin the real one with ${settingExample('region', 'azure:<region>', caller)} (e.g. ${settingExample('region', 'azure:eastus2', caller)}).`,
    };
}
function worldPlace(caller) {
    const figure = worldFigure();
    return {
        region: null,
        zone: null,
        provider: null,
        providerRegion: null,
        decidedBy: 'world-average',
        figure,
        assumption: `No region known: using the world average (${figure.gPerKWh} g/kWh, Ember); set ${settingName('region', caller)} for a meaningful figure.`,
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
async function resolve_resolveIntensity(opts) {
    const env = opts.env ?? process.env;
    const warnings = [];
    // Refuse bad input before any network work.
    const userPue = opts.pue !== undefined ? validatePue(opts.pue) : undefined;
    const override = opts.carbonIntensityGPerKWh !== undefined ? validateCarbonIntensity(opts.carbonIntensityGPerKWh) : undefined;
    if (opts.gridSource !== undefined && opts.gridSource !== 'electricity-maps' && opts.gridSource !== 'google') {
        throw new Error(`grid-source must be electricity-maps or google; got "${String(opts.gridSource)}"`);
    }
    const place = await decidePlace(opts, env, warnings);
    const base = { region: place.region, zone: place.zone, decidedBy: place.decidedBy };
    let figure = place.figure;
    let intensity;
    if (override !== undefined) {
        intensity = {
            ...base,
            gPerKWh: override,
            source: 'user override (carbon-intensity)',
            year: null,
            figure: 'override',
            boundary: 'user-defined',
            assumption: `Carbon intensity set by the user (${override} g/kWh); the region only sets PUE and the greener-region comparison. The boundary is whatever the user's source uses.`,
        };
    }
    else {
        let usedGoogle = false;
        if (opts.gridSource === 'google') {
            const google = place.provider === 'gcp' && place.providerRegion ? googleFigure(place.providerRegion) : undefined;
            if (google) {
                figure = google;
                usedGoogle = true;
            }
            else {
                warnings.push(place.provider === 'gcp'
                    ? `grid-source google: Google publishes no figure for ${place.region}; using Electricity Maps (lifecycle) instead.`
                    : `grid-source google applies only to GCP regions; ${place.region ?? 'this run'} is not one, so Electricity Maps/Ember (lifecycle) figures are used.`);
            }
        }
        intensity = {
            ...base,
            gPerKWh: figure.gPerKWh,
            source: figure.source,
            year: figure.year,
            figure: 'yearly',
            boundary: figure.boundary,
        };
        if (place.assumption)
            intensity.assumption = place.assumption;
        const token = opts.electricityMapsToken ?? env.ELECTRICITY_MAPS_TOKEN;
        if (token) {
            const yearText = `the ${figure.year ?? 'latest'} yearly figure`;
            if (usedGoogle) {
                warnings.push("Live intensity not fetched: grid-source google asks for Google's yearly figures.");
            }
            else if (!place.zone) {
                warnings.push(`Live intensity not fetched: ${place.region ?? 'the world average'} is not a single Electricity Maps zone; using ${yearText}.`);
            }
            else {
                const live = await fetchLiveIntensity({
                    zone: place.zone,
                    token,
                    baseUrl: opts.liveUrl ?? env.CARBON_ACTION_ELECTRICITY_MAPS_URL,
                    timeoutMs: opts.liveTimeoutMs,
                    fetchImpl: opts.fetchImpl,
                });
                if (live.ok) {
                    intensity = {
                        ...intensity,
                        gPerKWh: live.gPerKWh,
                        source: `Electricity Maps live API, latest for zone ${place.zone}${live.datetime ? ` at ${live.datetime}` : ''}`,
                        year: live.year,
                        figure: 'live',
                        boundary: 'lifecycle',
                    };
                }
                else {
                    warnings.push(`Live intensity unavailable (${live.reason}); using ${yearText} for ${place.zone}.`);
                }
            }
        }
    }
    const pue = resolvePue(place.provider ?? opts.machine.cloudProvider, userPue, opts.caller ?? 'action');
    return {
        intensity,
        pue,
        provider: place.provider,
        warnings,
        ...(place.instance ? { instance: place.instance } : {}),
    };
}

;// CONCATENATED MODULE: ./src/carbon/embodied.ts



const S_PER_HOUR = 3600;
function embodied_computeEmbodied(input) {
    const { durationS, vmThreads, hostThreads } = input;
    if (!Number.isFinite(durationS) || durationS < 0)
        throw new CarbonInputError('durationS', durationS, 'a finite number of seconds ≥ 0');
    if (!Number.isFinite(vmThreads) || vmThreads <= 0)
        throw new CarbonInputError('vmThreads', vmThreads, 'a number of threads > 0');
    if (!Number.isFinite(hostThreads) || hostThreads <= 0)
        throw new CarbonInputError('hostThreads', hostThreads, 'a number of threads > 0');
    const data = embodiedData();
    const lifespanS = data.lifespanYears * data.hoursPerYear * S_PER_HOUR;
    const timeShare = durationS / lifespanS;
    // A VM cannot reserve more than the whole host; equal counts mean bare metal.
    const capped = vmThreads > hostThreads;
    const resourceShare = capped ? 1 : vmThreads / hostThreads;
    const embodiedG = kgToG(data.hostKgCo2e) * timeShare * resourceShare;
    return {
        embodiedG,
        info: {
            hostKgCo2e: data.hostKgCo2e,
            lifespanYears: data.lifespanYears,
            timeShare,
            resourceShare,
            source: `${data.source}; resource share ${Math.min(vmThreads, hostThreads)}/${hostThreads} threads${capped ? ` (the VM reports ${vmThreads} threads, more than the host's ${hostThreads}; share capped at 1)` : ''}`,
        },
    };
}

;// CONCATENATED MODULE: ./src/carbon/greener.ts


function candidates(intensity, provider) {
    if (provider) {
        // Keep one boundary: Google's operational figures are compared only with Google's own.
        if (provider === 'gcp' && intensity.boundary === 'operational' && intensity.figure !== 'override') {
            return Object.entries(gcpGoogleData().regions).map(([r, v]) => ({ region: `gcp:${r}`, gPerKWh: v.gPerKWh }));
        }
        const zones = zonesData().zones;
        return regionsData()
            .filter((r) => r.provider === provider)
            .map((r) => ({ region: r.id, gPerKWh: zones[r.zone].gPerKWh }));
    }
    const hosting = new Set(regionsData().map((r) => r.countryIso2));
    return Object.values(countriesData().countries)
        .filter((c) => hosting.has(c.alpha2))
        .map((c) => ({ region: `country:${c.alpha2}`, gPerKWh: c.gPerKWh }));
}
function greener_greenerRegions(input) {
    const current = input.intensity.gPerKWh;
    const facilityWh = input.energyWh * input.pue.value;
    return candidates(input.intensity, input.provider)
        .filter((c) => c.gPerKWh < current && c.region !== input.intensity.region)
        .sort((a, b) => a.gPerKWh - b.gPerKWh || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0))
        .slice(0, input.count ?? 3)
        .map((c) => ({ region: c.region, gPerKWh: c.gPerKWh, co2eG: co2eGFromWh(facilityWh, c.gPerKWh) }));
}

;// CONCATENATED MODULE: ./src/carbon/emissions.ts





function emissions_computeEmissions(input) {
    if (!Number.isFinite(input.energyWh) || input.energyWh < 0) {
        throw new CarbonInputError('energyWh', input.energyWh, 'a finite energy in Wh ≥ 0');
    }
    const facilityEnergyWh = input.energyWh * input.pue.value;
    const operational = co2eGFromWh(facilityEnergyWh, input.intensity.gPerKWh);
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
        equivalents: pickEquivalents(total, facilityEnergyWh),
        greenerRegions: greener,
    };
}

;// CONCATENATED MODULE: ./src/carbon/index.ts
// Emissions: region → grid intensity and PUE (resolveIntensity, async, I/O at the edge),
// then pure maths (computeEmissions).












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
function proc_stat_utilisationBetween(prev, next) {
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
    let fd = openSync(path, 'r');
    let buf = Buffer.allocUnsafe(64 * 1024);
    return {
        read() {
            let n = readSync(fd, buf, 0, buf.length, 0);
            // Only the cpu lines are needed; grow only if they alone overflow the buffer (1000+ CPUs).
            while (n === buf.length && buf.indexOf('\nintr', 0, 'latin1') < 0) {
                buf = Buffer.allocUnsafe(buf.length * 2);
                n = readSync(fd, buf, 0, buf.length, 0);
            }
            return parseProcStatBytes(buf, n, perCpuWanted);
        },
        close() {
            if (fd >= 0)
                closeSync(fd);
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
    const fs = opts.fs ?? nodeFs;
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
        const dir = join(baseDir, entry);
        let name;
        const namePath = join(dir, 'name');
        try {
            name = fs.readFileSync(namePath, 'utf8').trim();
        }
        catch (err) {
            return { status: 'unreadable', reason: `cannot read ${namePath} (${errCode(err)})`, domains };
        }
        if (!PACKAGE_NAME.test(name))
            continue;
        let maxEnergyRangeUj;
        const rangePath = join(dir, 'max_energy_range_uj');
        const energyPath = join(dir, 'energy_uj');
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
function createRaplReader(domains, fs = nodeFs) {
    const paths = domains.map((d) => join(d.dir, 'energy_uj'));
    return () => paths.map((p) => readCounterUj(fs, p));
}
/** Energy between two readings of one counter, undoing one wrap past maxEnergyRangeUj. */
function rapl_raplDeltaUj(prevUj, nextUj, maxEnergyRangeUj) {
    const d = nextUj - prevUj;
    return d >= 0 ? d : d + maxEnergyRangeUj;
}

;// CONCATENATED MODULE: ./src/meter/energy.ts





const CURVE_POINTS = 11;
const TIMELINE_BUCKETS = 240; // resolution halves whenever the run outgrows them
const TIMELINE_POINTS = 120;
const GAP_FACTOR = 3;
/** A generous per-package power ceiling, W, for judging whether a RAPL counter could wrap twice. */
const RAPL_PACKAGE_CEILING_W = 500;
const energy_MAX_WARNINGS = 20;
function checkOptions(o) {
    if (!Array.isArray(o.cpuCurveW) ||
        o.cpuCurveW.length !== CURVE_POINTS ||
        !o.cpuCurveW.every((w) => Number.isFinite(w) && w >= 0)) {
        throw new Error(`energy: cpuCurveW ${JSON.stringify(o.cpuCurveW)} is not a power curve; expected 11 non-negative watt figures for 0, 10, …, 100 % utilisation`);
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
            j += millijoulesToJoules(c.mj - p.mj);
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
function energy_createEnergyIntegrator(opts) {
    checkOptions(opts);
    const windows = opts.windows ?? [];
    const windowsJ = windows.map(() => 0);
    const memoryW = opts.memoryWPerGb * opts.memoryGb;
    let nominalMs = opts.intervalMs ?? 0;
    let raplMaxUj = null;
    let raplHeaderOk = false;
    const warnings = [];
    const warn = (m) => {
        if (warnings.length < energy_MAX_WARNINGS && !warnings.includes(m))
            warnings.push(m);
    };
    let prev = null;
    let firstT = null;
    let count = 0;
    let cpuJ = 0, memJ = 0, gpuJ = 0;
    let durationMs = 0, gapMs = 0, peakW = 0, peakShortW = 0;
    let utilTimeMs = 0, utilWeighted = 0, utilPeak = 0;
    let lastUtil = 0;
    let raplIntervals = 0, modelIntervals = 0, backwards = 0, pmIntervals = 0;
    const gpuUsed = { energy: false, power: false, powermetrics: false };
    const histogram = createUtilisationHistogram();
    let endReason = null;
    // Timeline: fixed buckets of width bucketMs from the first sample; when an interval falls
    // past the last bucket, neighbours are merged pairwise and the width doubles.
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
    const addToTimeline = (midMs, j, dtMs) => {
        if (bucketWidthMs === 0)
            bucketWidthMs = nominalMs || dtMs;
        let idx = Math.floor((midMs - firstT) / bucketWidthMs);
        while (idx >= TIMELINE_BUCKETS) {
            halveResolution();
            idx = Math.floor((midMs - firstT) / bucketWidthMs);
        }
        bucketJ[idx] += j;
        bucketMs[idx] += dtMs;
        bucketCentreMs[idx] += (midMs - firstT) * dtMs;
        if (idx + 1 > bucketsUsed)
            bucketsUsed = idx + 1;
    };
    const interval = (p, c) => {
        const dtMs = c.t - p.t;
        const dtS = msToS(dtMs);
        if (!nominalMs)
            nominalMs = dtMs;
        let u = null;
        if (opts.containerCpus) {
            if (typeof p.cg === 'number' && typeof c.cg === 'number' && c.cg >= p.cg && dtMs > 0) {
                u = Math.min(1, Math.max(0, (c.cg - p.cg) / 1000 / (dtMs * opts.containerCpus)));
            }
        }
        else if (p.cpu && c.cpu)
            u = utilisationBetween(p.cpu, c.cpu);
        else if (typeof c.util === 'number')
            u = Math.min(1, Math.max(0, c.util)); // util is "since the previous sample"
        if (u !== null) {
            utilWeighted += u * dtMs;
            utilTimeMs += dtMs;
            if (u > utilPeak)
                utilPeak = u;
            lastUtil = u;
        }
        // The same utilisation the model prices this interval at, so a histogram re-priced on this curve gives back this
        // energy.
        histogram.add(u ?? lastUtil, dtS);
        let intervalCpuJ;
        if (raplMaxUj && p.rapl && c.rapl && p.rapl.length === raplMaxUj.length && c.rapl.length === raplMaxUj.length) {
            let uj = 0;
            for (let d = 0; d < raplMaxUj.length; d++) {
                uj += raplDeltaUj(p.rapl[d], c.rapl[d], raplMaxUj[d]);
                // Only one wrap per interval can be undone: a gap in which a busy package could use the
                // whole counter range may have wrapped twice and lost that energy silently.
                if (dtS * RAPL_PACKAGE_CEILING_W >= microjoulesToJoules(raplMaxUj[d])) {
                    warn(`a ${dtS.toFixed(0)} s gap between samples is long enough for a RAPL counter (range ${microjoulesToJoules(raplMaxUj[d]).toFixed(0)} J) to wrap more than once at up to ${RAPL_PACKAGE_CEILING_W} W; CPU energy over it may be undercounted`);
                }
            }
            intervalCpuJ = microjoulesToJoules(uj);
            raplIntervals++;
        }
        else if (p.pm && c.pm && c.pm.cpuJ >= p.pm.cpuJ) {
            // powermetrics' cumulative joules: each of its samples was power × its own elapsed time.
            intervalCpuJ = c.pm.cpuJ - p.pm.cpuJ;
            pmIntervals++;
        }
        else {
            // No CPU data for this interval (a reader hiccup): carry the last utilisation forward.
            intervalCpuJ = powerAtUtilisationW(opts.cpuCurveW, u ?? lastUtil) * dtS;
            modelIntervals++;
        }
        const intervalMemJ = memoryW * dtS;
        let intervalGpuJ = gpuIntervalJ(p.gpu, c.gpu, dtS, gpuUsed);
        if (p.pm && c.pm && c.pm.gpuJ >= p.pm.gpuJ) {
            intervalGpuJ += c.pm.gpuJ - p.pm.gpuJ;
            gpuUsed.powermetrics = true;
        }
        const intervalJ = intervalCpuJ + intervalMemJ + intervalGpuJ;
        cpuJ += intervalCpuJ;
        memJ += intervalMemJ;
        gpuJ += intervalGpuJ;
        durationMs += dtMs;
        if (dtMs > GAP_FACTOR * nominalMs)
            gapMs += dtMs;
        const powerW = intervalJ / dtS;
        // /proc/stat counts in 10 ms ticks: a few-ms interval (the first, or the one ending at the
        // stop sample) reads 0 % or 100 %, so peak comes from intervals of at least half the nominal.
        if (dtMs >= nominalMs / 2)
            peakW = Math.max(peakW, powerW);
        else
            peakShortW = Math.max(peakShortW, powerW);
        for (let k = 0; k < windows.length; k++) {
            const overlapMs = Math.min(c.t, windows[k].endMs) - Math.max(p.t, windows[k].startMs);
            if (overlapMs > 0)
                windowsJ[k] += (intervalJ * overlapMs) / dtMs; // power taken as even within the interval
        }
        addToTimeline((p.t + c.t) / 2, intervalJ, dtMs);
    };
    return {
        add(record) {
            switch (record.type) {
                case 'header':
                    if (!opts.intervalMs)
                        nominalMs = record.intervalMs;
                    raplHeaderOk = record.rapl.status === 'ok' && record.rapl.domains.length > 0;
                    if (raplHeaderOk && opts.useRapl !== false && !opts.containerCpus)
                        raplMaxUj = record.rapl.domains.map((d) => d.maxEnergyRangeUj);
                    return;
                case 'end':
                    endReason = record.reason;
                    return;
                case 'warn':
                    warn(`sampler: ${record.message}`);
                    return;
                case 'sample':
                    if (prev && record.t <= prev.t) {
                        backwards++; // clock stepped back or a duplicate line: no interval to integrate
                        return;
                    }
                    count++;
                    if (firstT === null)
                        firstT = record.t;
                    if (prev)
                        interval(prev, record);
                    prev = record;
                    return;
            }
        },
        result() {
            if (raplIntervals > 0 && modelIntervals > 0) {
                warn(`RAPL readings were missing on ${modelIntervals} of ${raplIntervals + modelIntervals} intervals; the model was used for those`);
            }
            if (pmIntervals > 0 && modelIntervals > 0) {
                warn(`powermetrics readings were missing on ${modelIntervals} of ${pmIntervals + modelIntervals} intervals; the model was used for those`);
            }
            if (backwards > 0)
                warn(`${backwards} samples were out of time order and skipped`);
            // Downsample to at most 120 points by merging neighbours.
            const e = Array.from(bucketJ.subarray(0, bucketsUsed));
            const d = Array.from(bucketMs.subarray(0, bucketsUsed));
            const c = Array.from(bucketCentreMs.subarray(0, bucketsUsed));
            while (e.length > TIMELINE_POINTS) {
                for (let i = 0; i < e.length / 2; i++) {
                    e[i] = e[2 * i] + (e[2 * i + 1] ?? 0);
                    d[i] = d[2 * i] + (d[2 * i + 1] ?? 0);
                    c[i] = c[2 * i] + (c[2 * i + 1] ?? 0);
                }
                e.length = d.length = c.length = Math.ceil(e.length / 2);
            }
            // Each point sits at the time-weighted centre of the intervals it averages.
            const timeline = [];
            for (let i = 0; i < e.length; i++) {
                if (d[i] > 0)
                    timeline.push({ tS: msToS(c[i] / d[i]), powerW: e[i] / msToS(d[i]) });
            }
            const totalJ = cpuJ + memJ + gpuJ;
            const durationS = msToS(durationMs);
            const meanW = durationS > 0 ? totalJ / durationS : 0;
            const lastT = prev?.t ?? null;
            const endedEarly = opts.periodEndMs !== undefined
                ? lastT === null || lastT < opts.periodEndMs - GAP_FACTOR * (nominalMs || 1000)
                : endReason === null || endReason === 'error';
            return {
                durationS,
                energyWh: { cpu: joulesToWh(cpuJ), memory: joulesToWh(memJ), gpu: joulesToWh(gpuJ), total: joulesToWh(totalJ) },
                // Peak is never below the mean (equal-power intervals can differ from it by rounding).
                powerW: { mean: meanW, peak: Math.max(peakW > 0 ? peakW : peakShortW, meanW) },
                samples: {
                    count,
                    intervalS: msToS(nominalMs),
                    tornLines: 0,
                    firstAt: firstT === null ? null : new Date(firstT).toISOString(),
                    lastAt: lastT === null ? null : new Date(lastT).toISOString(),
                    gapS: msToS(gapMs),
                    timeline,
                    endedEarly,
                },
                windowsEnergyWh: windowsJ.map(joulesToWh),
                cpuMethod: raplIntervals > 0 ? 'rapl' : pmIntervals > 0 ? 'powermetrics' : 'model',
                gpuMethod: gpuUsed.energy
                    ? 'nvidia-smi-energy'
                    : gpuUsed.power
                        ? 'nvidia-smi-power'
                        : gpuUsed.powermetrics
                            ? 'powermetrics'
                            : 'none',
                cpuUtilisation: utilTimeMs > 0 ? { mean: utilWeighted / utilTimeMs, peak: utilPeak } : null,
                utilisationHistogram: histogram.result(),
                endReason,
                warnings: [...warnings],
            };
        },
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
const MAX_LINE_CHARS = (/* unused pure expression or super */ null && (256 * 1024));
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
                throw new Error(`samples file format v${rec.v} is newer than this carbon-action reads (v${SAMPLE_FORMAT_VERSION}); upgrade carbon-action`);
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
async function* samples_file_readSampleRecords(path, stats) {
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
    const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
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
async function samples_file_readSamplesHeader(path) {
    for await (const record of samples_file_readSampleRecords(path)) {
        return record.type === 'header' ? record : null;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/version.ts



let version;
/** The version in package.json at the package root (dist/ ships beside it). */
function version_toolVersion() {
    if (!version) {
        try {
            version = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version;
        }
        catch {
            version = '0.0.0-unknown';
        }
    }
    return version;
}

;// CONCATENATED MODULE: ./src/meter/cpu-table.ts


function cpu_table_loadCpuTable() {
    return loadDataJson('cpu-table.json');
}
/**
 * Comparison key of a CPU name: normalised (trademarks, clock, "N-Core", "CPU"/"Processor"
 * gone), lower case, and the vendor words that machines print inconsistently ("Intel Xeon
 * Platinum 8370C" vs "Xeon Platinum 8370C"; "AMD EPYC" vs "EPYC") dropped.
 */
function cpuNameKey(raw) {
    return normaliseCpuName(raw.replace(/\u2011/g, '-'))
        .toLowerCase()
        .replace(/\b(intel|amd)\b/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
const cpu_table_indexCache = new WeakMap();
function cpu_table_indexOf(table) {
    let index = cpu_table_indexCache.get(table);
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
        cpu_table_indexCache.set(table, index);
    }
    return index;
}
/**
 * The record for a reported CPU name, or null. Exact key match first; otherwise the names
 * whose every token occurs in the reported one, keeping only names with a model number
 * (a digit) so that "AMD EPYC" alone never claims a CPU; the most tokens, then the longest
 * name, wins ("Apple M1 Pro" over "Apple M1" for "Apple M1 Pro (Virtual)").
 */
function cpu_table_lookupCpu(raw, table = cpu_table_loadCpuTable()) {
    if (!raw)
        return null;
    const key = cpuNameKey(raw);
    if (!key)
        return null;
    const { exact, entries } = cpu_table_indexOf(table);
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
function cpuByName(name, table = cpu_table_loadCpuTable()) {
    return cpu_table_indexOf(table).exact.get(cpuNameKey(name)) ?? null;
}
/** x86 `vendor_id` / `cpu family` / `model` / `stepping` → table entry (model-specific before family-wide). */
function cpu_table_x86Microarchitecture(vendorId, family, model, stepping, table = cpu_table_loadCpuTable()) {
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
function cpu_table_armCore(implementer, part, table = cpu_table_loadCpuTable()) {
    if (implementer === null || part === null)
        return null;
    return table.armParts.find((p) => p.implementer === implementer && p.part === part) ?? null;
}
/** The typical cloud host CPU of a microarchitecture, for a provider when known. */
function cpu_table_typicalCloudHost(microarchitecture, provider, table = cpu_table_loadCpuTable()) {
    const hosts = table.typicalCloudHosts[microarchitecture];
    if (!hosts)
        return null;
    const name = (provider && hosts[provider]) || hosts.default;
    return cpuByName(name, table);
}
/** Instance type / VM size → the host CPU (and host threads where a metal size shows them). */
function cpu_table_instanceTypeHost(provider, instanceType, table = cpu_table_loadCpuTable()) {
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
function cpu_table_cloudHostThreads(cpu, table = cpu_table_loadCpuTable()) {
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
    if (!isVirtualMachine(machine)) {
        return {
            host: {
                cpu: machine.cpuModel,
                sockets,
                cores: vmCores,
                threads: vmThreads,
                memoryGb: machine.memoryGb > 0 ? machine.memoryGb : vmThreads * DEFAULT_HOST_GB_PER_THREAD,
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
    const provider = providerOf(machine);
    const notes = [];
    let record = null;
    let metalThreads;
    let identifiedBy = 'name';
    if (machine.instanceType && provider) {
        const hit = instanceTypeHost(provider, machine.instanceType, table);
        // Families such as GCP n1 span generations: numbers the VM itself reports beat the list.
        const fromId = hit && !nameRecord ? microarchFromCpuId(machine, table) : null;
        if (hit && nameRecord && nameRecord !== hit.cpu) {
            notes.push(`instance type ${machine.instanceType} is listed on ${hit.cpu.name}, but the VM reports ${nameRecord.name}: the reported CPU is used`);
        }
        else if (hit && fromId && fromId.microarchitecture !== hit.cpu.microarchitecture) {
            notes.push(`instance type ${machine.instanceType} is listed on ${hit.cpu.name} (${hit.cpu.microarchitecture}), but ${fromId.why}: the reported generation is used`);
        }
        else if (hit) {
            record = hit.cpu;
            metalThreads = hit.hostThreads;
            identifiedBy = 'instance-type';
            notes.push(`host CPU ${record.name} from the ${provider} instance type ${machine.instanceType}`);
        }
    }
    if (!record && nameRecord) {
        record = nameRecord;
        identifiedBy = 'name';
    }
    if (!record) {
        // A CPU the table lacks, whose name still carries its core count ("AMD EPYC 9654 96-Core Processor").
        const coresPerChip = coresPerChipFromName(machine.cpuModel);
        if (coresPerChip && coresPerChip * sockets >= vmCores) {
            const smt = vmThreads > vmCores;
            const cores = coresPerChip * sockets;
            const hostThreads = smt ? cores * 2 : cores;
            return finish(machine, { cpu: machine.cpuModel, sockets, cores, threads: hostThreads }, vmThreads, null, 'name-core-count', [
                `VM on a ${sockets}-socket host of ${cores} cores / ${hostThreads} threads (core count from the CPU name; ${smt ? 'SMT seen in the VM' : 'no SMT seen in the VM'})`,
            ]);
        }
        const fromId = microarchFromCpuId(machine, table);
        if (fromId) {
            record = typicalCloudHost(fromId.microarchitecture, provider, table);
            identifiedBy = 'cpu-id';
            if (record)
                notes.push(`the CPU name "${machine.cpuModel}" names no model; ${fromId.why}: assumed a typical cloud host of that generation, ${record.name}`);
        }
    }
    if (!record) {
        const vendor = vendorGuess(machine);
        const generation = DEFAULT_GENERATION[vendor ?? 'amd'];
        record = typicalCloudHost(generation, provider, table);
        identifiedBy = 'typical-host';
        if (!record)
            throw new Error(`host inference: the CPU table has no typical cloud host for ${generation}`);
        notes.push(vendor
            ? `the CPU name "${machine.cpuModel}" names no model or generation: assumed a typical ${vendor === 'arm' ? 'Arm' : vendor === 'amd' ? 'AMD' : vendor === 'intel' ? 'Intel' : 'Apple'} cloud host, ${record.name}`
            : `the CPU "${machine.cpuModel}" is unknown: assumed a typical cloud host, ${record.name}`);
    }
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
        : `${size.sockets} chip${size.sockets > 1 ? 's' : ''} × ${record.coresPerChip} cores × ${record.threadsPerCore} thread${record.threadsPerCore > 1 ? 's' : ''}, the usual cloud host`;
    return finish(machine, { cpu: record.name, sockets: size.sockets, cores, threads: size.threads, ...fromRecord(record) }, vmThreads, record, identifiedBy, [
        ...notes,
        `VM on a ${size.sockets}-socket ${record.name} host of ${cores} cores / ${size.threads} threads (${sizeWhy})`,
    ]);
}
function finish(machine, host, vmThreads, record, identifiedBy, notes) {
    let hostThreads = host.threads;
    if (vmThreads > hostThreads) {
        // A VM larger than the assumed host (a guess gone wrong): never give it more than the whole server.
        notes.push(`the VM has more threads (${vmThreads}) than the assumed host (${hostThreads}), so the host is taken to have ${vmThreads}`);
        hostThreads = vmThreads;
    }
    const memoryGb = hostThreads * DEFAULT_HOST_GB_PER_THREAD;
    return {
        host: { ...host, threads: hostThreads, cores: Math.min(host.cores, hostThreads), memoryGb },
        vmThreads,
        hostThreads,
        share: vmThreads / hostThreads,
        identifiedBy,
        record,
        assumptions: [
            ...notes,
            `host memory ${memoryGb} GB (${DEFAULT_HOST_GB_PER_THREAD} GB per host thread, assumed)`,
            `VM share ${vmThreads}/${hostThreads} of the host's non-memory power`,
        ],
    };
}
/** Host curve, host inference and the VM's CPU curve for a machine, in one call. */
function host_modelCpuCurveForMachine(machine, table = loadCpuTable()) {
    const inference = inferHost(machine, table);
    const host = predictServerPowerW(inference.host);
    const vm = vmCpuCurve(host, inference.host.memoryGb, inference.vmThreads, inference.hostThreads);
    return { host, inference, vm };
}

;// CONCATENATED MODULE: ./src/pipeline/cpu-curve.ts
// Chooses the CPU power curve for a machine: the SPECpower-fitted host curve, minus the
// host's memory power, scaled to the VM's share of the host's threads.



function cpu_curve_cpuCurveForMachine(machine, memoryModel = 'measured') {
    const { host, inference } = modelCpuCurveForMachine(machine);
    const model = loadPowerModel();
    // The one memory coefficient is in the host curve, splits it, and charges the VM's own
    // memory. With ccf the host's memory is re-priced at 0.392 W/GB in the curve and in the
    // split alike, so the VM's CPU share is the model's either way; only the memory charge moves.
    const memoryWPerGb = memoryCoefficient(memoryModel, model);
    const hostMemoryGb = inference.host.memoryGb;
    const hostCurve = {
        ...host,
        wattsAtLoad: host.wattsAtLoad.map((w) => w + (memoryWPerGb - model.memoryWPerGb) * hostMemoryGb),
    };
    const vm = vmCpuCurve(hostCurve, hostMemoryGb, inference.vmThreads, inference.hostThreads, memoryWPerGb);
    const band = cpuBand(model, host.family, inference.host.vendor ?? cpuFamilyFromName(inference.host.cpu).vendor);
    const warnings = [];
    if (host.tdpSource === 'default') {
        warnings.push(`The CPU "${machine.cpuModel}" is not in the TDP table, so the power model used its default TDP per thread; CPU energy is less certain than usual.`);
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
    if (typeof limitB === 'number' && limitB > 0 && bytesToGb(limitB) < machine.memoryGb)
        return { gb: bytesToGb(limitB), containerLimited: true };
    return { gb: machine.memoryGb, containerLimited: false };
}
/**
 * Streams a sampler file through the integrator; memory stays bounded whatever its length.
 * In container scope (from the header) `curve` must be the container's (estimate's `curve`).
 */
async function estimate_integrateSamplesFile(samplesFile, curve, machine, opts = {}) {
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
async function estimate_estimate(input) {
    // Region first: the same metadata probe gives the instance type, which names the host; the
    // provider that answered is surer than the DMI guess.
    const resolved = await resolveIntensity({ ...input.carbon, machine: input.machine, caller: input.kind });
    const machine = resolved.instance
        ? { ...input.machine, instanceType: resolved.instance.instanceType, cloudProvider: resolved.instance.provider }
        : input.machine;
    // The scope was decided by the sampler; in a container the curve is the container's share.
    const scope = await samplesScope(input.samplesFile);
    const containerCpus = containerCpusOf(scope);
    const machineCurve = cpuCurveForMachine(machine, input.memoryModel);
    const curve = containerCpus ? containerCpuCurve(machineCurve, containerCpus) : machineCurve;
    const { energy, stats, header } = await estimate_integrateSamplesFile(input.samplesFile, curve, machine, {
        windows: input.windows,
        periodEndMs: input.periodEndMs,
        containerCpus,
    });
    const emissions = computeEmissions({
        energyWh: energy.energyWh.total,
        durationS: energy.durationS,
        intensity: resolved.intensity,
        pue: resolved.pue,
        provider: resolved.provider,
        includeEmbodied: input.includeEmbodied,
        vmThreads: curve.vmThreads,
        hostThreads: curve.hostThreads,
    });
    const warnings = [...(input.warnings ?? [])];
    if (energy.samples.count < 2) {
        warnings.push(`Only ${energy.samples.count} sample(s) were recorded: the run was shorter than one sampling interval, so energy is ${energy.samples.count === 0 ? 'unknown (0)' : 'from a single reading'}.`);
    }
    if (stats.tornLines > 0)
        warnings.push(`${stats.tornLines} torn line(s) at the end of the samples file were skipped (the sampler was stopped mid-write).`);
    if (stats.corruptLines > 0)
        warnings.push(`${stats.corruptLines} corrupt line(s) in the samples file were skipped.`);
    if (energy.samples.endedEarly)
        warnings.push('The sampler stopped before the end of the metered period: the figures cover only what it recorded.');
    if (energy.samples.gapS > 0)
        warnings.push(`The samples have gaps totalling ${energy.samples.gapS.toFixed(1)} s (the sampler was starved or suspended); energy over gaps is interpolated from the neighbouring samples.`);
    warnings.push(...energy.warnings, ...curve.warnings, ...resolved.warnings);
    const startedAt = energy.samples.firstAt ?? new Date().toISOString();
    const endedAt = energy.samples.lastAt ?? startedAt;
    const report = {
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: { name: 'carbon-action', version: toolVersion() },
        kind: input.kind,
        startedAt,
        endedAt,
        durationS: energy.durationS,
        ...(input.command ? { command: input.command } : {}),
        ...(input.exitCode !== undefined ? { exitCode: input.exitCode } : {}),
        ...(input.signal ? { signal: input.signal } : {}),
        energyWh: energy.cpuMethod === 'model'
            ? { ...energy.energyWh, cpuRange: cpuRangeWh(energy.energyWh.cpu, curve) }
            : energy.energyWh,
        powerW: energy.powerW,
        methods: {
            cpu: {
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
            },
            memory: {
                method: 'coefficient',
                wPerGb: curve.memoryWPerGb,
                detail: memoryDetail(machine, scope, input.memoryModel),
            },
            gpu: energy.gpuMethod === 'none'
                ? {
                    method: 'none',
                    detail: machine.gpus.length ? 'nvidia-smi gave no readings' : 'no NVIDIA GPU (no nvidia-smi)',
                }
                : {
                    method: energy.gpuMethod,
                    detail: energy.gpuMethod === 'nvidia-smi-energy'
                        ? 'nvidia-smi total energy counter, difference per interval'
                        : energy.gpuMethod === 'powermetrics'
                            ? 'powermetrics "GPU Power" × each sample\'s elapsed time'
                            : 'nvidia-smi power.draw × interval (trapezoid)',
                },
        },
        machine,
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
        // Without a single interval of CPU data there is no work to account for.
        // In container scope utilisation is of the container's CPU allowance, so that is its vCPU count.
        ...(energy.cpuUtilisation && machine.threads > 0
            ? {
                work: workAccount({
                    histogram: energy.utilisationHistogram,
                    vcpus: machine.threads,
                    ...(containerCpus ? { utilisationOfCpus: curve.vmThreads } : {}),
                    cpuModel: machine.cpuModel,
                    memoryGb: meteredMemoryGb(machine, scope).gb,
                    durationS: energy.durationS,
                    cpuCurveW: curve.vmCurveW,
                    memoryWPerGb: curve.memoryWPerGb,
                }),
            }
            : {}),
        warnings: [...new Set(warnings)],
    };
    return { report, windowsEnergyWh: energy.windowsEnergyWh, curve };
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
function estimate_stepEnergies(report, steps, windowsEnergyWh) {
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
    return `× ${m.gb.toFixed(1)} GB, the container's memory limit (the machine has ${machine.memoryGb.toFixed(1)} GB), ${coefficient}`;
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
    return `${why}; powermetrics not used: ${pm.status === 'ok' ? 'it gave no CPU Power readings (e.g. inside a VM)' : (pm.reason ?? pm.status)}`;
}

// EXTERNAL MODULE: ./src/action/inputs.ts + 3 modules
var inputs = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/action/main-impl.ts + 1 modules
var main_impl = __webpack_require__(9909);
// EXTERNAL MODULE: ./src/action/state.ts
var state = __webpack_require__(3175);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/action/stop-sampler.ts
// Stops the detached sampler started by the main step: a stop file first (the only signal a
// detached process gets on Windows), then SIGTERM (not on Windows, where it is a hard kill),
// and waits for it to write its end line.


function isAlive(pid) {
    if (!Number.isInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
        return !isZombie(pid);
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/** An exited child nobody has reaped yet still answers kill(pid, 0). */
function isZombie(pid) {
    try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
    }
    catch {
        return false;
    }
}
async function stop_sampler_stopSampler(opts) {
    if (!isAlive(opts.pid))
        return { diedEarly: true, stopped: false };
    try {
        writeFileSync(`${opts.samplesFile}.stop`, '');
    }
    catch {
        // the signal below still stops it
    }
    let timeoutMs = opts.timeoutMs ?? 3000;
    if ((opts.platform ?? process.platform) === 'win32') {
        // A "SIGTERM" on Windows is TerminateProcess: no last sample, no end line. Give the stop
        // file one tick (plus the last sample's time) first; the kill below is the fallback.
        timeoutMs = Math.max(timeoutMs, (opts.intervalMs ?? 1000) + 2000);
    }
    else {
        try {
            process.kill(opts.pid, 'SIGTERM');
        }
        catch {
            // already gone
        }
    }
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (!isAlive(opts.pid))
            return { diedEarly: false, stopped: true };
        await sleep(25);
    }
    try {
        process.kill(opts.pid, 'SIGKILL');
    }
    catch {
        // ignore
    }
    return { diedEarly: false, stopped: false };
}

;// CONCATENATED MODULE: ./src/action/local-outputs.ts
// writeLocalOutputs, the post step's verb that needs no network: the JSON report, the job
// summary and the step outputs. Each is written on its own, so a full or read-only disk under
// RUNNER_TEMP still leaves the summary (often on another filesystem), the outputs and the
// budget gate. The report is written whole (temp file + rename) or not at all. A problem is
// warned about once per step, however many times the results are rewritten.





function local_outputs_createLocalOutputs(opts) {
    const warn = opts.warn ?? ((m) => lib_core/* warning */.$e(m));
    const setOutput = opts.setOutput ?? ((name, value) => lib_core/* setOutput */.uH(name, value));
    const warned = new Set();
    const warnOnce = (message) => {
        if (warned.has(message))
            return;
        warned.add(message);
        warn(`carbon-action: ${message}`);
    };
    // Notes shown in the summary about what could not be written, once each.
    const localNotes = [];
    return {
        write({ report, comparison, gate, notes }) {
            let reportWritten = false;
            try {
                (0,fs_safe/* writeFileAtomicSync */.Q3)(opts.reportPath, JSON.stringify(report, null, 2) + '\n');
                reportWritten = true;
            }
            catch (err) {
                const why = `${(0,fs_safe/* describeFsError */.TQ)(err, 'write the JSON report', opts.reportPath)}; the summary, outputs and budget gate do not depend on it`;
                warnOnce(why);
                if (!localNotes.includes(why))
                    localNotes.push(`The JSON report was not written: ${why}.`);
            }
            let summaryWritten = false;
            if (opts.summaryPath) {
                try {
                    const summary = renderSummary({
                        report,
                        comparison,
                        gate,
                        notes: [...notes, ...localNotes].map(secrets/* redactSecrets */.fp),
                    });
                    (0,external_node_fs_.writeFileSync)(opts.summaryPath, summary + '\n');
                    summaryWritten = true;
                }
                catch (err) {
                    warnOnce(`${(0,fs_safe/* describeFsError */.TQ)(err, 'write the job summary', opts.summaryPath)}; the totals are in the outputs and the log`);
                }
            }
            const values = [
                ['energy-wh', report.energyWh.total.toFixed(6)],
                ['co2e-g', report.co2eG.total.toFixed(6)],
                // Never the path of a file that is not there.
                ['report-path', reportWritten ? opts.reportPath : ''],
                ['baseline-co2e-g', comparison?.available ? comparison.co2eG.baseMedian.toFixed(6) : ''],
                [
                    'delta-percent',
                    comparison?.available && comparison.co2eG.deltaPercent !== null
                        ? comparison.co2eG.deltaPercent.toFixed(2)
                        : '',
                ],
                ['budget-exceeded', String(gate.exceeded)],
            ];
            const outputsFailed = [];
            for (const [name, value] of values) {
                try {
                    setOutput(name, value);
                }
                catch (err) {
                    outputsFailed.push(name);
                    warnOnce(`${(0,fs_safe/* describeFsError */.TQ)(err, 'set the step outputs in', process.env.GITHUB_OUTPUT ?? 'GITHUB_OUTPUT')}; the summary and the budget gate still apply`);
                }
            }
            return { reportWritten, summaryWritten, outputsFailed };
        },
    };
}

;// CONCATENATED MODULE: ./src/action/missing-data.ts
// A run that could not be metered at all (the main step could not start, no samples file,
// a samples file that cannot be read). With a budget set this is loud: an annotation always,
// the summary when it can be written, and a failed step only with fail-on-missing-data: true.
// Default false: the cause is the runner's environment, not the code the budget guards, and
// carbon-action must not break a pipeline for reasons of its own (README, "Inputs").



const defaultSinks = () => ({
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
    setFailed: (m) => core.setFailed(m),
    summaryPath: process.env.GITHUB_STEP_SUMMARY,
});
function budgetsSet(inputs) {
    return [
        inputs.budget && 'budget',
        inputs.energyBudget && 'energy-budget',
        inputs.maxIncrease && 'max-increase',
    ].filter((x) => !!x);
}
/** Returns the message given to the user. `reason` says why nothing was metered. */
function missing_data_reportMissingData(inputs, reason, sinks = defaultSinks()) {
    const budgets = budgetsSet(inputs);
    let message;
    if (budgets.length === 0) {
        message = `carbon-action: this job was not metered: ${reason}. Nothing to report.`;
        sinks.warning(message);
    }
    else if (inputs.failOnMissingData) {
        message = `carbon-action: the budget (${budgets.join(', ')}) could not be checked: this job was not metered: ${reason}. Failing the step because fail-on-missing-data is true.`;
        sinks.setFailed(message);
    }
    else {
        message = `carbon-action: the budget (${budgets.join(', ')}) was NOT checked: this job was not metered: ${reason}. The step passes; set fail-on-missing-data: true to fail it instead.`;
        sinks.warning(message);
    }
    if (sinks.summaryPath) {
        try {
            writeFileSync(sinks.summaryPath, `## carbon-action\n\n> [!WARNING]\n> ${escapeMarkdown(message.replace(/^carbon-action: /, ''), { maxLength: 2000 })}\n`);
        }
        catch {
            // The annotation above already says it all.
        }
    }
    return message;
}

;// CONCATENATED MODULE: ./src/action/post-impl.ts
// The post step: stop the sampler, estimate, then write everything that needs no network
// (JSON report, job summary, outputs) before any GitHub or cache call, so a network failure
// loses nothing. Network results (per-step energy, baseline, comment) are folded in after,
// each failure a warning. Only a budget the user set, or a wrong input, fails the job.































const WORKFLOW_RUN_DOCS = 'https://github.com/carbon-action/carbon-action#fork-pull-requests-the-workflow_run-pattern';
async function runPost(env = process.env) {
    if (core.getState(STATE.inputsInvalid) === 'true')
        return; // main already failed the step and said why
    if (core.getState(STATE.publishMode) === 'true')
        return; // main published the given report; nothing was metered
    const parsed = parseInputs((name) => core.getInput(name), { eventName: env.GITHUB_EVENT_NAME ?? '' }, { validateRegion: validateRegionInput });
    if (!parsed.ok) {
        core.setFailed(parsed.errors.join('\n'));
        return;
    }
    const ctx = { env, inputs: parsed.inputs, payload: readEventPayload(env), notes: [] };
    rememberSecret(ctx.inputs.githubToken);
    rememberSecret(ctx.inputs.electricityMapsToken);
    const deadline = createDeadline(ctx.inputs.timeoutMs);
    const samplesFile = core.getState(STATE.samplesFile);
    if (!samplesFile) {
        reportMissingData(ctx.inputs, 'the main step did not start metering (see its warning)');
        return;
    }
    const nowMs = Date.now();
    const stopped = await stopSampler({
        pid: Number(core.getState(STATE.samplerPid)),
        samplesFile,
        intervalMs: ctx.inputs.sampleIntervalMs,
    });
    const samplerWarnings = stopped.diedEarly
        ? [
            'The sampler was not running when the job ended (killed or crashed): this report covers only what it recorded before it stopped.',
        ]
        : [];
    if (!existsSync(samplesFile)) {
        reportMissingData(ctx.inputs, `no samples were recorded (${samplesFile} is missing)`);
        return;
    }
    for (const w of samplerWarnings)
        core.warning(`carbon-action: ${w}`);
    const machine = await describeMachine();
    const context = runContext(env, ctx.payload, { matrix: ctx.inputs.matrix, jobName: ctx.inputs.jobName });
    let estimated;
    try {
        estimated = await estimate({
            samplesFile,
            machine,
            kind: 'action',
            includeEmbodied: ctx.inputs.includeEmbodied,
            memoryModel: ctx.inputs.memoryModel,
            periodEndMs: nowMs,
            context,
            warnings: samplerWarnings,
            carbon: {
                region: ctx.inputs.region,
                carbonIntensityGPerKWh: ctx.inputs.carbonIntensityGPerKWh,
                pue: ctx.inputs.pue,
                gridSource: ctx.inputs.gridSource,
                electricityMapsToken: ctx.inputs.electricityMapsToken,
                env,
            },
        });
    }
    catch (err) {
        reportMissingData(ctx.inputs, `the samples could not be read: ${err.message}`);
        return;
    }
    const { report, curve } = estimated;
    // Fewer than two samples make no interval: an estimate of 0 Wh would pass any budget, so the
    // gate would fail open. That is missing data, said as such.
    if (report.samples.count < 2) {
        const unreadable = report.samples.tornLines > 0 ? `, ${report.samples.tornLines} unreadable lines` : '';
        reportMissingData(ctx.inputs, `the samples file holds ${report.samples.count} usable sample${report.samples.count === 1 ? '' : 's'}${unreadable}`);
        return;
    }
    // Phase 1: nothing below needs the network; each local write stands alone.
    const local = createLocalOutputs({ reportPath: reportFilePath(env), summaryPath: env.GITHUB_STEP_SUMMARY });
    let comparison;
    let gate = evaluateGate({ report, comparison, inputs: ctx.inputs });
    const writeLocalResults = () => void local.write({ report, comparison, gate, notes: ctx.notes });
    writeLocalResults();
    // Phase 2: network, each failure a note and a warning, never a crash, all within the deadline.
    const network = async () => {
        const client = ctx.inputs.githubToken
            ? createGitHubClient({ token: ctx.inputs.githubToken, baseUrl: env.GITHUB_API_URL })
            : undefined;
        if (client)
            await addSteps(report, client, ctx, samplesFile, curve, machine, nowMs);
        else
            ctx.notes.push('Per-step energy needs the github-token input.');
        warnUnlabelledMatrixLeg(ctx);
        const store = historyStore(ctx);
        comparison = await compare(report, store, ctx, client);
        gate = evaluateGate({ report, comparison, inputs: ctx.inputs });
        writeLocalResults();
        if (!isPullRequestEvent(env.GITHUB_EVENT_NAME)) {
            await saveHistory(report, store, ctx);
            if (ctx.inputs.historyBranch)
                await appendHistoryBranch(report, client, ctx);
        }
        if (ctx.inputs.comment)
            await postComment(report, comparison, gate, client, ctx);
    };
    try {
        const raced = await deadline.race(network());
        if (!raced.done) {
            releaseLogCaptures(); // an abandoned cache call must not swallow the lines below
            const message = `the post step reached its ${formatTimeout(deadline.timeoutMs)} deadline (timeout input) before the network work was done; what was left is skipped. The totals, summary, outputs and budget gate are not affected.`;
            ctx.notes.push(`Stopped at the ${formatTimeout(deadline.timeoutMs)} deadline (timeout input): per-step energy, baseline, history or comment may be missing.`);
            core.warning(`carbon-action: ${message}`);
        }
    }
    catch (err) {
        core.warning(`carbon-action: ${err.message}; the summary and JSON report hold the totals.`);
    }
    // Notes added by the history and comment calls (or the deadline) belong in the summary too.
    writeLocalResults();
    applyGate(gate);
}
function reportFilePath(env) {
    const dir = (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'carbon-action');
    const job = (0,names/* safeFileComponent */.zT)(env.GITHUB_JOB || 'job');
    return (0,external_node_path_.join)(dir, `report-${job}-${env.GITHUB_RUN_ID || 'local'}-${env.GITHUB_RUN_ATTEMPT || '1'}.json`);
}
async function addSteps(report, client, ctx, samplesFile, curve, machine, nowMs) {
    const [owner, repo] = (ctx.env.GITHUB_REPOSITORY ?? '/').split('/');
    const runId = Number(ctx.env.GITHUB_RUN_ID);
    if (!owner || !repo || !Number.isFinite(runId)) {
        ctx.notes.push('Per-step energy unavailable: GITHUB_REPOSITORY or GITHUB_RUN_ID is not set.');
        return;
    }
    const result = await fetchJobSteps({
        client,
        owner,
        repo,
        runId,
        attempt: Number(ctx.env.GITHUB_RUN_ATTEMPT || 1),
        runnerName: ctx.env.RUNNER_NAME,
        checkRunId: ctx.inputs.checkRunId,
    });
    if (!result.ok) {
        ctx.notes.push(`Per-step energy unavailable (totals only): ${result.reason}`);
        core.warning(`carbon-action: per-step energy unavailable: ${result.reason}`);
        return;
    }
    ctx.jobDisplayName = result.job.name;
    const windows = stepWindows(result.job.steps, nowMs);
    const { energy } = await integrateSamplesFile(samplesFile, curve, machine, { windows });
    report.steps = stepEnergies(report, windows, energy.windowsEnergyWh);
}
function historyScope(ctx) {
    return {
        os: ctx.env.RUNNER_OS || process.platform,
        workflow: ctx.env.GITHUB_WORKFLOW || 'workflow',
        job: ctx.env.GITHUB_JOB || 'job',
        matrix: ctx.inputs.matrix ?? null,
    };
}
function historyStore(ctx) {
    const scope = historyScope(ctx);
    if (ctx.inputs.historyPath)
        return createDirHistoryStore({ dir: ctx.inputs.historyPath, scope });
    return createCacheHistoryStore({
        scope,
        runId: ctx.env.GITHUB_RUN_ID || '0',
        attempt: ctx.env.GITHUB_RUN_ATTEMPT || '1',
    });
}
/** Push runs compare with their own branch's earlier runs; PRs with their base branch. */
function baselineBranch(report, ctx) {
    return isPullRequestEventName(ctx.env.GITHUB_EVENT_NAME) ? report.context?.baseBranch : report.context?.branch;
}
/**
 * Matrix legs share GITHUB_JOB; without a `matrix` label they would share one comment and one
 * history. The jobs API's display name ("test (ubuntu-latest, 20)") gives a leg away.
 */
function warnUnlabelledMatrixLeg(ctx) {
    const name = ctx.jobDisplayName;
    if (ctx.inputs.matrix || !name || name === ctx.env.GITHUB_JOB || !/\(.+\)\s*$/.test(name))
        return;
    const message = `This job ("${name}") looks like a matrix leg, but the matrix input is empty: its legs share one history and one comment. Set matrix: \${{ matrix.<key> }} (see the README).`;
    ctx.notes.push(message);
    core.warning(`carbon-action: ${message}`);
}
/** The same workflow, job and matrix leg on `branch`, from a history branch's JSON lines. */
async function loadFromHistoryBranch(client, ctx, branch) {
    const [owner, repo] = (ctx.env.GITHUB_REPOSITORY ?? '/').split('/');
    const historyBranch = ctx.inputs.historyBranch;
    const path = historyBranchPath(ctx.env.GITHUB_WORKFLOW || 'workflow');
    const read = await readHistoryBranchFile({ client, owner, repo, branch: historyBranch, path });
    if (!read.ok)
        return read.reason;
    if (!read.found)
        return `no ${path} on ${historyBranch} yet`;
    const parsed = parseHistoryText(read.text, `${historyBranch}:${path}`);
    if (!parsed.ok)
        return parsed.reason;
    const scope = historyScope(ctx);
    return parsed.entries.filter((e) => e.context?.branch === branch &&
        e.context?.workflow === ctx.env.GITHUB_WORKFLOW &&
        e.context?.job === (ctx.inputs.jobName || ctx.env.GITHUB_JOB) &&
        (e.context?.matrix ?? null) === (scope.matrix ?? null));
}
async function compare(report, store, ctx, client) {
    const branch = baselineBranch(report, ctx);
    if (!branch)
        return { available: false, reason: 'the base branch is unknown' };
    let loaded = await store.load(branch);
    // The cache forgets a quiet branch after 7 days; the history branch does not.
    if (!loaded.ok && ctx.inputs.historyBranch && client) {
        const fromBranch = await loadFromHistoryBranch(client, ctx, branch);
        if (typeof fromBranch !== 'string' && fromBranch.length > 0) {
            ctx.notes.push(`Baseline from the ${ctx.inputs.historyBranch} branch (the cache had none: ${loaded.reason}).`);
            loaded = { ok: true, entries: fromBranch, source: `${ctx.inputs.historyBranch} branch`, warnings: [] };
        }
    }
    if (!loaded.ok) {
        if (!/no baseline yet/i.test(loaded.reason))
            log/* warning */.$e(`carbon-action: baseline unavailable: ${loaded.reason}`);
        return { available: false, reason: loaded.reason, baseBranch: branch };
    }
    for (const w of loaded.warnings)
        log/* warning */.$e(`carbon-action: history: ${w}`);
    // A re-run must not compare with itself: an earlier attempt of this run is the same commit.
    const runId = report.context?.runId;
    const others = runId === undefined ? loaded.entries : loaded.entries.filter((e) => e.context?.runId !== runId);
    return compareWithBaseline(report, others, { baseBranch: branch });
}
async function saveHistory(report, store, ctx) {
    const branch = report.context?.branch;
    if (!branch)
        return;
    const loaded = await store.load(branch);
    const entries = appendToHistory(loaded.ok ? loaded.entries : [], report);
    const saved = await store.save(branch, entries);
    if (!saved.ok) {
        ctx.notes.push(`This run was not added to the history: ${saved.reason}`);
        log/* warning */.$e(`carbon-action: history not saved: ${saved.reason}`);
    }
}
async function postComment(report, comparison, gate, client, ctx) {
    const prNumber = report.context?.pullRequest;
    if (!prNumber) {
        log/* info */.pq('carbon-action: not a pull request, so no comment.');
        return;
    }
    if (!client) {
        log/* warning */.$e('carbon-action: no github-token, so no PR comment.');
        return;
    }
    const [owner, repo] = (ctx.env.GITHUB_REPOSITORY ?? '/').split('/');
    if (ctx.inputs.commentScope === 'run') {
        await postRunComment(report, comparison, gate, client, ctx, owner, repo, prNumber);
        return;
    }
    const marker = stickyMarker({
        workflow: ctx.env.GITHUB_WORKFLOW || 'workflow',
        job: ctx.env.GITHUB_JOB || 'job',
        matrix: ctx.inputs.matrix,
    });
    const body = renderComment({ report, comparison, gate, marker, notes: ctx.notes });
    const result = await upsertStickyComment({
        client,
        owner,
        repo,
        issueNumber: prNumber,
        marker,
        body: stripMarker(body, marker),
        isFork: isForkPullRequest(ctx.payload),
    });
    if (result.action === 'failed') {
        const hint = result.forkReadOnly ? ` Fork PRs get a read-only token: see ${WORKFLOW_RUN_DOCS}` : '';
        log/* warning */.$e(`carbon-action: PR comment not posted: ${result.reason}${hint}`);
    }
    else {
        log/* info */.pq(`carbon-action: PR comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
    }
}
/** One comment per workflow run: this job rewrites only its own section. */
async function postRunComment(report, comparison, gate, client, ctx, owner, repo, prNumber) {
    // Bounded names: markers stay short however long the workflow or job name is.
    const workflow = (0,names/* boundName */.a)(ctx.env.GITHUB_WORKFLOW || 'workflow');
    // Matrix legs share GITHUB_JOB: the matrix label, else the API's display name, tells them apart.
    const jobKey = (0,names/* boundName */.a)([
        ctx.env.GITHUB_JOB || 'job',
        ctx.inputs.matrix ?? (ctx.jobDisplayName && ctx.jobDisplayName !== ctx.env.GITHUB_JOB ? ctx.jobDisplayName : ''),
    ]
        .filter(Boolean)
        .join(' '));
    const result = await upsertRunComment({
        client,
        owner,
        repo,
        issueNumber: prNumber,
        workflow,
        section: {
            jobKey,
            runId: ctx.env.GITHUB_RUN_ID || '0',
            attempt: Number(ctx.env.GITHUB_RUN_ATTEMPT) || 1,
            // Row name: the job-name input, else "job (matrix label)", else the API's display name.
            payload: buildRunCommentPayload({
                report,
                comparison,
                gate,
                jobName: ctx.inputs.jobName ?? (ctx.inputs.matrix || !ctx.jobDisplayName ? undefined : (0,names/* boundName */.a)(ctx.jobDisplayName)),
            }),
        },
        render: runCommentRenderer({ workflow }),
        isFork: isForkPullRequest(ctx.payload),
    });
    if (result.action === 'failed') {
        const hint = result.forkReadOnly ? ` Fork PRs get a read-only token: see ${WORKFLOW_RUN_DOCS}` : '';
        log/* warning */.$e(`carbon-action: PR comment not posted: ${result.reason}${hint}`);
    }
    else {
        log/* info */.pq(`carbon-action: run comment ${result.action} (section "${jobKey}")${result.url ? `: ${result.url}` : ''}${result.unverified ? ` (not read back to check for concurrent writers: ${result.unverified})` : ''}`);
    }
}
/** Push runs append to the history branch; with `dashboard`, the page is rebuilt in the same commit. */
async function appendHistoryBranch(report, client, ctx) {
    const branch = ctx.inputs.historyBranch;
    if (!client) {
        log/* warning */.$e('carbon-action: history-branch needs the github-token input (with contents: write).');
        return;
    }
    const [owner, repo] = (ctx.env.GITHUB_REPOSITORY ?? '/').split('/');
    const path = historyBranchPath(ctx.env.GITHUB_WORKFLOW || 'workflow');
    // Every append re-uploads the file: the timeline and steps stay in the job's own report.
    const { steps: _steps, ...slim } = { ...report, samples: { ...report.samples, timeline: [] } };
    const dashboardPath = path.replace(/^history\//, 'dashboard/').replace(/\.jsonl$/, '/index.html');
    const result = await appendToHistoryBranch({
        client,
        owner,
        repo,
        branch,
        path,
        line: JSON.stringify(slim),
        event: ctx.env.GITHUB_EVENT_NAME ?? '',
        alsoWrite: ctx.inputs.dashboard
            ? (historyText) => {
                const parsed = parseHistoryText(historyText, `${branch}:${path}`);
                const reports = parsed.ok ? parsed.entries : [report];
                const title = `carbon-action: ${ctx.env.GITHUB_REPOSITORY ?? ''} · ${ctx.env.GITHUB_WORKFLOW ?? ''}`;
                return [
                    { path: dashboardPath, content: render_buildDashboard(reports, { generatedAt: new Date().toISOString(), title }) },
                ];
            }
            : undefined,
    });
    if (!result.ok) {
        ctx.notes.push(`This run was not appended to the ${branch} branch: ${result.reason}`);
        log/* warning */.$e(`carbon-action: history branch not updated: ${result.reason}`);
    }
    else {
        log/* info */.pq(`carbon-action: appended this run to ${branch}:${path}${ctx.inputs.dashboard ? ` and rebuilt ${dashboardPath}` : ''} (${result.commitSha.slice(0, 7)})`);
    }
}
function stripMarker(body, marker) {
    return body.startsWith(marker) ? body.slice(marker.length).replace(/^\n/, '') : body;
}
function applyGate(gate) {
    for (const m of gateMessages(gate)) {
        if (m.level === 'error')
            log/* error */.z3(m.message);
        else if (m.level === 'warning')
            log/* warning */.$e(m.message);
        else
            log/* notice */.lm(m.message);
    }
    if (gate.exceeded && gate.mode === 'fail') {
        log/* setFailed */.C1(`carbon-action: budget exceeded (${gate.budgets
            .filter((b) => b.status === 'exceeded')
            .map((b) => b.kind)
            .join(', ')}).`);
    }
}

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
        const status = errors_statusOf(err);
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
    const lines = gateMessages(gate).map((m) => `- ${(0,report_escape/* escapeMarkdown */.FV)(m.message, { maxLength: 500 })}`);
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
        const status = errors_statusOf(err);
        lib_core/* warning */.$e(`carbon-action: the budget check run was not created on ${headSha.slice(0, 7)} (${status ?? err.message})${status === 403 ? '; grant checks: write to show budgets on the PR' : ''}. The step's own result still applies the budgets.`);
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
        lib_core/* warning */.$e(`carbon-action: report: cannot read ${JSON.stringify(path)} (${err.code ?? err.message}); nothing to publish. Did the artifact download?`);
        return;
    }
    if (size > UNTRUSTED_REPORT_MAX_BYTES) {
        lib_core/* warning */.$e(`carbon-action: report: ${JSON.stringify(path)} is ${size} bytes, over the ${UNTRUSTED_REPORT_MAX_BYTES}-byte limit; not read.`);
        return;
    }
    let report;
    let leftOut;
    try {
        ({ report, warnings: leftOut } = readUntrustedReport((0,external_node_fs_.readFileSync)(path, 'utf8')));
    }
    catch (err) {
        lib_core/* warning */.$e(`carbon-action: report: ${JSON.stringify(path)} is not a usable carbon-action report: ${err.message}; nothing published.`);
        return;
    }
    const payload = context_readEventPayload(env);
    const anchor = workflowRunAnchor(payload);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '/').split('/');
    const notes = [
        `Published from a report file${anchor ? ` of workflow run ${anchor.id}` : ''}: measured there, not on this runner.`,
    ];
    if (leftOut.length > 0)
        notes.push(`Left out of the report file: ${leftOut.slice(0, 5).join('; ')}${leftOut.length > 5 ? ` … and ${leftOut.length - 5} more` : ''}.`);
    const client = inputs.githubToken
        ? client_createGitHubClient({ token: inputs.githubToken, baseUrl: env.GITHUB_API_URL })
        : undefined;
    // What kind of run measured this, from GitHub's payload when there is one, else this run's own event.
    const event = anchor ? anchor.event : (env.GITHUB_EVENT_NAME ?? '');
    const isPr = isPullRequestEventName(event);
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
                lib_core/* warning */.$e(`carbon-action: report: ${checked.reason}; no PR comment.`);
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
    const local = local_outputs_createLocalOutputs({ reportPath: reportFilePath(ctxEnv), summaryPath: env.GITHUB_STEP_SUMMARY });
    let gate = gate_evaluateGate({ report, inputs });
    local.write({ report, gate, notes });
    try {
        const store = historyStore(ctx);
        const comparison = await compare(report, store, ctx, client);
        gate = gate_evaluateGate({ report, comparison, inputs });
        local.write({ report, comparison, gate, notes });
        // History: push runs of this repository only, never a fork's branch.
        const ownPush = !isPr && (!anchor || anchor.headRepository === env.GITHUB_REPOSITORY);
        if (ownPush) {
            await saveHistory(report, store, ctx);
            if (inputs.historyBranch)
                await appendHistoryBranch(report, client, ctx);
        }
        else if (!isPr) {
            notes.push('Not added to the history: the run was not a push to this repository.');
        }
        if (inputs.comment && report.context?.pullRequest)
            await postComment(report, comparison, gate, client, ctx);
        local.write({ report, comparison, gate, notes });
        const headline = `${formatMassG(report.co2eG.total)} CO2e, ${formatEnergyWh(report.energyWh.total)}${verdictText(comparison) ? `: ${verdictText(comparison)}` : ''}.`;
        if (client && anchor && report.context?.pullRequest)
            await budgetCheckRun(client, owner, repo, anchor.headSha, gate, headline);
    }
    catch (err) {
        lib_core/* warning */.$e(`carbon-action: ${err.message}; the summary and JSON report hold the totals.`);
    }
    applyGate(gate);
}


/***/ })

};
