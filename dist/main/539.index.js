export const id = 539;
export const ids = [539];
export const modules = {

/***/ 3539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPublish: () => (/* binding */ runPublish)
});

// UNUSED EXPORTS: publishedNames, workflowRunAnchor

// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(8592);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
;// CONCATENATED MODULE: ./src/github/errors.ts

// Octokit throws RequestError (status, message) for HTTP failures and plain errors for
// network failures and timeouts; these turn either into words for a warning.
function statusOf(err) {
    const s = err?.status;
    // AbortError is given status 500 by Octokit; it is a timeout, not a server answer.
    if (err?.name === 'AbortError')
        return undefined;
    return typeof s === 'number' ? s : undefined;
}
function describeApiError(err) {
    // An API may echo the request's token in its message: redacted before anyone escapes it.
    if (!(err instanceof Error))
        return (0,secrets/* redactSecrets */.fp)(String(err));
    const status = statusOf(err);
    // Drop the " - https://docs.github.com/..." suffix Octokit appends; keep the message.
    const message = err.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
    return (0,secrets/* redactSecrets */.fp)(status !== undefined ? `HTTP ${status}: ${message}` : message);
}
/**
 * A 403 or 429 that is GitHub's rate limit (primary or secondary), not a missing permission:
 * its message says so, or it carries retry-after or an exhausted x-ratelimit-remaining.
 */
function isRateLimit(err) {
    const status = statusOf(err);
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

;// CONCATENATED MODULE: ./src/carbon/setting-name.ts
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
    ? `set by ${settingName('region', kind === 'cli' ? 'cli' : 'action')}`
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
        `    x-axis "Time (min)" ${formatPlainNumber(firstMin, 2)} --> ` +
            `${formatPlainNumber(Math.max(lastMin, firstMin + 0.01), 2)}`,
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

;// CONCATENATED MODULE: ./src/units/convert.ts
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
    const figures = `${formatMassG(report.co2eG.total)} CO2e, ${formatEnergyWh(report.energyWh.total)} ` +
        `in ${formatDurationS(report.durationS)}`;
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
    lines.push(metricRow('CO2e', c.co2eG, formatMassG));
    lines.push(metricRow('Energy', c.energyWh, formatEnergyWh));
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
        lines.push(`| CPU-seconds | ${formatDurationS(m.current)} | ${formatDurationS(m.baseMedian)} | ` +
            `${changeText(m, formatDurationS)} | ${formatDurationS(m.baseMin)} – ${formatDurationS(m.baseMax)} |`);
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
    const co2eG = (wh) => co2eGFromWh(wh * report.pue.value, report.intensity.gPerKWh);
    const lines = ['| Step | Duration | Energy | CO2e | Share |', '|---|---:|---:|---:|---:|'];
    for (const s of shown) {
        lines.push(`| ${esc(s.name, 100)} | ${formatDurationS(s.durationS)} | ${formatEnergyWh(s.energyWh)} | ` +
            `${formatMassG(s.co2eG)} | ${share(s.energyWh)} |`);
    }
    if (other) {
        lines.push(`| _other steps (${other.count})_ | ${formatDurationS(other.durationS)} | ${formatEnergyWh(other.energyWh)} | ` +
            `${formatMassG(other.co2eG)} | ${share(other.energyWh)} |`);
    }
    lines.push(`| _${OUTSIDE_STEPS_LABEL}_ | ${formatDurationS(outside.durationS)} | ${formatEnergyWh(outside.energyWh)} | ` +
        `${formatMassG(co2eG(outside.energyWh))} | ${share(outside.energyWh)} |`);
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
        lines.push(`Power draw: steady at ${formatPowerW(report.powerW.mean)} ` +
            `(within ${STEADY_POWER_MAX_SPREAD * 100} % of its mean throughout, so no chart).`);
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
    const m = methodTexts(report);
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
        d(decidedByText(i.decidedBy, report.kind)), `- **Grid intensity**: ${d(m.intensity)}`, `- **PUE**: ${d(m.pue)}`, `- **Operational CO2e**: ${d(m.operationalFormula)}`, `- **Embodied**: ${d(m.embodiedRule)}`, `- **SCI**: ${formatMassG(report.sci.gPerRun)} CO2e per run`, `- **Samples**: ${d(m.samples)}`);
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

// EXTERNAL MODULE: ./src/schema/fields.ts
var fields = __webpack_require__(7722);
// EXTERNAL MODULE: ./src/schema/report.ts
var report = __webpack_require__(6437);
;// CONCATENATED MODULE: ./src/schema/read-report.ts
// The one way to read a report that came from a file, a history line or an artifact: through
// the schema, with one message format everywhere. History, baseline, `report`, the fork publish
// mode, the dashboard and the export all call checkReport and only add where the value came from.


/** Why a report from a newer carbon-action is refused, in the same words everywhere. */
function newerSchemaReason(version) {
    return (`schemaVersion ${version} is newer than this carbon-action reads (${report/* REPORT_SCHEMA_VERSION */.WI}): upgrade ` +
        `carbon-action`);
}
/** Reads `value` as a report, or says why it is not one. */
function read_report_checkReport(value) {
    // valibot takes an array for an object.
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { ok: false, reason: `the report ${fields/* NOT_AN_OBJECT */.qB}` };
    const version = value?.schemaVersion;
    if (typeof version === 'number' && Number.isInteger(version) && version > report/* REPORT_SCHEMA_VERSION */.WI)
        return { ok: false, reason: newerSchemaReason(version), newer: version };
    const { result, leftOut } = (0,fields/* parseCollecting */.KR)(report/* ReportSchema */.M9, value);
    if (result.success)
        return { ok: true, report: result.output, leftOut };
    return { ok: false, reason: (0,fields/* issueText */.v4)(result.issues[0]) };
}
/** Why `value` is not a report, or null when it is one. */
function whyNotAReport(value) {
    const checked = read_report_checkReport(value);
    return checked.ok ? null : checked.reason;
}

;// CONCATENATED MODULE: ./src/report/untrusted-report.ts
// A report JSON that came from somewhere we do not control: the `report` input of the action
// reads a file downloaded from a pull request's artifact, and the PR may come from a fork.
// Nothing of it is passed on as it was: the schema (src/schema/report.ts) rebuilds it field by
// field from checked values (numbers finite and bounded, strings one line and capped,
// enumerations from their lists, lists capped) and drops unknown fields. Renderers escape on top.

/** Bigger files are refused before they are parsed (a real report is 20–60 kB). */
const UNTRUSTED_REPORT_MAX_BYTES = 2 * 1024 * 1024;
class UntrustedReportError extends Error {
}
/**
 * A clean Report from untrusted JSON text, and what was left out of it. Throws
 * UntrustedReportError naming the first field that makes it unusable.
 */
function readUntrustedReport(text) {
    if (Buffer.byteLength(text, 'utf8') > UNTRUSTED_REPORT_MAX_BYTES) {
        throw new UntrustedReportError(`the file is larger than ${UNTRUSTED_REPORT_MAX_BYTES / 1024 / 1024} MiB; a carbon-action report is well ` +
            `under 100 kB`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new UntrustedReportError(`the file is not JSON (${err.message.slice(0, 120)})`);
    }
    const checked = read_report_checkReport(value);
    if (!checked.ok)
        throw new UntrustedReportError(checked.reason);
    return { report: checked.report, warnings: checked.leftOut };
}

;// CONCATENATED MODULE: ./src/pipeline/run-context.ts
// Where a run happens, from the runner's environment and the event payload: recorded in every report the CLI or the
// action writes inside GitHub Actions, so the action's `report` input can publish it later.


function run_context_readEventPayload(env) {
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
function run_context_runBranches(env, payload) {
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
    const name = (text) => (text === undefined ? undefined : storedName(text));
    const { branch, baseBranch } = run_context_runBranches(env, payload);
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

;// CONCATENATED MODULE: ./src/action/gate.ts
// The budget gate: absolute budgets against this run, the relative one against the base
// branch's median. Pure; the lead turns `exceeded && mode === 'fail'` into core.setFailed.
// max-increase judges the like-for-like figure (the comparison has already made the base runs
// comparable across hardware) and never fires on noise: a run inside the base runs' own
// min–max spread passes whatever its distance from the median.

function evaluateGate(args) {
    const { report, comparison, inputs } = args;
    const budgets = [];
    const status = (actual, limit) => (actual > limit ? 'exceeded' : 'pass');
    const absolute = (kind, limitText, limit, actual) => ({
        kind,
        limitText,
        limit,
        actual,
        status: status(actual, limit),
    });
    if (inputs.budget)
        budgets.push(absolute('co2e', inputs.budget.text, inputs.budget.co2eG, report.co2eG.total));
    if (inputs.energyBudget) {
        const { text, energyWh } = inputs.energyBudget;
        budgets.push(absolute('energy', text, energyWh, report.energyWh.total));
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
                message: `${NAMES[b.kind]} met: ${actual}${vsBase} is above ${limit}, ` + `but ${b.note ?? 'within noise'} ${source}`,
            };
        }
        return {
            level: 'notice',
            message: `${NAMES[b.kind]} met: ${actual}${vsBase} ≤ ${limit}${b.note ? ` (${b.note})` : ''} ${source}`,
        };
    });
}

;// CONCATENATED MODULE: ./src/action/apply-gate.ts
// gate, the post step's last verb: each budget's verdict as an annotation, and the step failed only for a budget the
// user set with fail-on-budget (the default).


function gate(result) {
    for (const m of gateMessages(result)) {
        if (m.level === 'error')
            log/* error */.z3(m.message);
        else if (m.level === 'warning')
            log/* warning */.$e(m.message);
        else
            log/* notice */.lm(m.message);
    }
    if (result.exceeded && result.mode === 'fail') {
        const exceeded = result.budgets.filter((b) => b.status === 'exceeded').map((b) => b.kind);
        log/* setFailed */.C1(`carbon-action: budget exceeded (${exceeded.join(', ')}).`);
    }
}

;// CONCATENATED MODULE: ./src/baseline/store.ts
const NO_BASELINE_YET = 'no baseline yet';

// EXTERNAL MODULE: ./src/data-files.ts
var data_files = __webpack_require__(7129);
;// CONCATENATED MODULE: ./src/meter/cpu-name.ts

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
function cpu_name_baseClockMhzFromName(raw) {
    const m = /(?:^|[\s@])(\d+(?:\.\d+)?)\s*GHz\b/i.exec(raw);
    const mhz = m ? Math.round(Number(m[1]) * 1000) : 0;
    return mhz > 0 ? mhz : null;
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
    const n = normaliseCpuName(raw).toLowerCase();
    const family = familyLabel(n);
    return { family, eraYear: ERA_YEAR[family] ?? null, vendor: vendorOf(n) };
}
/**
 * The CPU model family a name belongs to: vendor and model number without the suffix letters,
 * so 8534P and 8534PN, 9654 and 9654P, E5640 and L5640 are one group; "v2" stays (another die).
 */
function cpu_name_cpuGroup(raw) {
    const n = normaliseCpuName(raw)
        .toLowerCase()
        .replace(/\bxeon-d\b/, 'xeon d');
    const vendor = cpu_name_cpuFamilyFromName(raw).vendor;
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
    const memoryGb = spec.memoryGb ?? threads * DEFAULT_HOST_GB_PER_THREAD;
    const fam = cpuFamilyFromName(spec.cpu);
    const [lo, hi] = model.eraYearRange;
    // Unknown era: assume the newest the model knows, since an unnamed CPU today is recent.
    const eraYear = Math.min(hi, Math.max(lo, spec.releaseYear ?? fam.eraYear ?? hi));
    const vendor = spec.vendor ?? fam.vendor;
    const physicalCores = cores ?? Math.max(sockets, Math.round(threads / 2));
    const neutralMhz = model.baseClock?.neutralMhz;
    const clock = neutralMhz
        ? { lnBaseClock: Math.log((spec.baseClockMhz ?? baseClockMhzFromName(spec.cpu) ?? neutralMhz) / neutralMhz) }
        : {};
    return {
        inputs: { chips: sockets, tdpW, threads, cores: physicalCores, eraYear, vendor, ...clock },
        family: spec.microarchitecture ?? fam.family,
        cpuModel: cpuGroup(spec.cpu),
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
    return loadDataJson('power-model.json');
}
/** Whole-server wall power curve for a server, from the committed model and TDP table. */
function predictServerPowerW(spec) {
    return predictWithModel(loadPowerModel(), loadCpuTdpTable(), spec);
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
        joules += powerAtUtilisationW(cpuCurveW, mean) * seconds;
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
    const same = usable.filter((r) => sameClass(machineClassOf(r), cls));
    const c = { current, cls, clsText: classText(cls), branch: baseBranch, same, maxRuns };
    if (same.length >= MIN_SAME_CLASS_RUNS)
        return sameClassComparison(c, same.slice(-maxRuns), 0, '');
    const currentWork = readWorkAccount(current.work);
    return (currentWork && repricedComparison(c, usable, currentWork)) || asRecordedComparison(c, usable, !!currentWork);
}
function basisOf(c, mode, runs, notRepriceable, note) {
    return {
        mode,
        machineClass: c.clsText,
        sameClassRuns: c.same.length,
        notRepriceable,
        noiseKnown: runs >= MIN_RUNS_FOR_NOISE,
        note,
    };
}
function sameClassComparison(c, chosen, notRepriceable, leftOut) {
    const runs = chosen.map(asRecorded);
    const note = `Compared with ${plural(runs.length, `${c.branch} run`)} on the same machine class (${c.clsText}).` + leftOut;
    return { runs, basis: basisOf(c, 'same-machine-class', runs.length, notRepriceable, note) };
}
/** The latest runs that can be priced on this machine; null when none can. */
function repricedComparison(c, usable, currentWork) {
    const priceable = usable.filter((r) => readWorkAccount(r.work) !== null || sameClass(machineClassOf(r), c.cls));
    if (priceable.length === 0)
        return null;
    const notRepriceable = usable.length - priceable.length;
    const leftOut = notRepriceable > 0
        ? ` ${plural(notRepriceable, 'older run')} on other hardware (` +
            `${otherClassesText(usable.filter((r) => !priceable.includes(r)), c.cls)}) had no utilisation histogram and could not be re-priced, ` +
            `so ${notRepriceable === 1 ? 'it was' : 'they were'} left out.`
        : '';
    const chosen = priceable.slice(-c.maxRuns);
    if (chosen.every((r) => sameClass(machineClassOf(r), c.cls)))
        return sameClassComparison(c, chosen, notRepriceable, leftOut);
    const runs = chosen.map((r) => repriceRun(r, c.current, currentWork) ?? asRecorded(r));
    const others = chosen.filter((r) => !sameClass(machineClassOf(r), c.cls));
    // Re-pricing always uses the model's curve: say so when this run's own CPU energy was measured.
    const rapl = c.current.methods?.cpu?.method === 'rapl'
        ? " This run's CPU energy was measured (RAPL); the re-priced runs use the power model's curve for this machine."
        : '';
    const note = `${others.length} of the ${plural(runs.length, `${c.branch} run`)} ran on other hardware ` +
        `(${otherClassesText(others, c.cls)}): each run's work (CPU utilisation histogram, memory GB-s) ` +
        `was re-priced on this machine (${c.clsText}).${leftOut}${rapl}`;
    return { runs, basis: basisOf(c, 'repriced', runs.length, notRepriceable, note) };
}
/** Honestly labelled: the latest runs as recorded. */
function asRecordedComparison(c, usable, hasWork) {
    const runs = usable.slice(-c.maxRuns).map(asRecorded);
    const why = hasWork
        ? `ran on other hardware (${otherClassesText(usable, c.cls)}) and have no utilisation histogram ` +
            `(recorded by an older carbon-action), so they could not be re-priced on this machine (${c.clsText})`
        : `could not be re-priced: this run has no utilisation record`;
    const note = `Not like for like: the ${c.branch} runs ${why}; compared as recorded.`;
    return { runs, basis: basisOf(c, 'as-recorded', runs.length, usable.length - c.same.length, note) };
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
    if (!Number.isInteger(maxRuns) || maxRuns < 1) {
        throw new Error(`maxRuns must be a whole number ≥ 1, got ${maxRuns}`);
    }
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

;// CONCATENATED MODULE: ./src/baseline/history-file.ts

// A history file is JSON Lines, one Report per line, oldest first: the same format the
// dashboard and the export read (src/history/read-history.ts), so a `history-path`
// directory can be charted as it is. Reading is defensive: torn or invalid lines are
// skipped, lines from a newer schema are refused by name; only a file with no usable
// line at all is a failure.
const MAX_WARNINGS = 5;
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
        const checked = read_report_checkReport(value);
        if (checked.ok)
            entries.push(checked.report);
        else {
            if (checked.newer !== undefined) {
                newer++;
                newerWhy ||= checked.reason;
            }
            problems.push(`${source} line ${i + 1}: ${checked.reason}, skipped`);
        }
    });
    const warnings = problems.length > MAX_WARNINGS
        ? [...problems.slice(0, MAX_WARNINGS), `… and ${problems.length - MAX_WARNINGS} more`]
        : problems;
    if (entries.length === 0 && problems.length > 0) {
        const reason = newer === problems.length
            ? `history ${source}: ${newerWhy}`
            : `history ${source} has no usable entry (${problems.length} line(s) unreadable; first: ${problems[0]})`;
        return { ok: false, reason, entries: [] };
    }
    return { ok: true, entries, source, warnings };
}
function serialiseHistory(entries) {
    return entries.map((e) => JSON.stringify(e)).join('\n') + (entries.length ? '\n' : '');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/branch-name.ts
var branch_name = __webpack_require__(3311);
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
    const ok = (0,branch_name/* isBranchName */.Q)(branch);
    return ok
        ? null
        : `history-branch must be a branch name of letters, digits, ".", "_", "-" and "/" (as git allows), got ` +
            `${JSON.stringify(branch)}`;
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
        : `history file path must be a relative path inside the branch (no "..", no leading "/"), got ` +
            `${JSON.stringify(path)}`;
}
const refName = (branch) => `heads/${branch}`;
const utf8Base64 = (text) => Buffer.from(text, 'utf8').toString('base64');
function failure(err, what) {
    const status = statusOf(err);
    let reason = `${what}: ${describeApiError(err)}`;
    if (status === 403)
        reason += '. The job needs `permissions: contents: write` to commit to the history branch.';
    return { ok: false, reason, ...(status !== undefined ? { status } : {}) };
}
class HistoryBranchError extends Error {
}
/** Appends one line to `path` on `branch`, creating the branch (orphan) or the file when missing. */
async function appendToHistoryBranch(args) {
    const checked = checkAppendArgs(args);
    if ('reason' in checked)
        return { ok: false, reason: checked.reason };
    const retry = { ...DEFAULT_HISTORY_BRANCH_RETRY, ...args.retry };
    const sleep = args.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const random = args.random ?? Math.random;
    const a = openAppender(args, checked.line);
    try {
        for (let attempt = 1; attempt <= retry.attempts; attempt++) {
            if (attempt > 1)
                await sleep(jitteredBackoffMs(retry.baseDelayMs, attempt - 1, random));
            a.stage = `read branch ${a.where}`;
            const head = await getHeadSha(a.client, a.owner, a.repo, a.branch, a.request);
            const commitSha = head === null ? await createBranch(a) : await appendCommit(a, head);
            if (commitSha !== null)
                return { ok: true, commitSha, created: head === null, attempts: attempt };
        }
        return {
            ok: false,
            reason: `could not append to ${a.path} on ${a.where}: the branch kept moving under ${retry.attempts} attempts ` +
                `(other jobs appending at once)`,
        };
    }
    catch (err) {
        if (err instanceof HistoryBranchError)
            return { ok: false, reason: err.message };
        return failure(err, `could not ${a.stage}`);
    }
}
/** The line to append, or why the arguments cannot be used. */
function checkAppendArgs(args) {
    const { branch, path } = args;
    if (typeof args.event !== 'string' || isPullRequestEventName(args.event)) {
        return {
            reason: `the history branch is written by push runs only, not on ${JSON.stringify(args.event)} events (a pull ` +
                `request's code is not merged yet)`,
        };
    }
    const bad = checkBranch(branch) ?? checkPath(path);
    if (bad)
        return { reason: bad };
    const line = typeof args.line === 'string' ? args.line.replace(/\r?\n$/, '') : '';
    if (line.trim() === '' || /[\r\n]/.test(line))
        return {
            reason: `history line must be one non-empty line of JSON, got ${JSON.stringify(String(args.line).slice(0, 80))}`,
        };
    try {
        JSON.parse(line);
    }
    catch (err) {
        return { reason: `history line is not JSON (${err.message}): ${JSON.stringify(line.slice(0, 80))}` };
    }
    const { attempts } = { ...DEFAULT_HISTORY_BRANCH_RETRY, ...args.retry };
    if (!Number.isInteger(attempts) || attempts < 1 || attempts > MAX_ATTEMPTS)
        return {
            reason: `retry.attempts must be a whole number from 1 to ${MAX_ATTEMPTS}, got ${JSON.stringify(attempts)}`,
        };
    return { line };
}
function openAppender(args, line) {
    const { client, owner, repo, branch, path } = args;
    const where = `${owner}/${repo}@${branch}`;
    return {
        args,
        client,
        owner,
        repo,
        branch,
        path,
        line,
        where,
        message: args.commitMessage ?? `carbon-action: append run to ${path}`,
        maxFileBytes: args.maxFileBytes ?? DEFAULT_HISTORY_MAX_FILE_BYTES,
        request: { signal: AbortSignal.timeout(args.timeoutMs ?? DEFAULT_TIMEOUT_MS) },
        stage: `read branch ${where}`,
    };
}
/** No branch yet: an orphan commit holding just this file, so no code ever lands on it. Null: created meanwhile. */
async function createBranch(a) {
    a.stage = `create branch ${a.where}`;
    const text = `${a.line}\n`;
    const commitSha = await commitFile(a, utf8Base64(text), text, { parents: [] });
    try {
        const { owner, repo, request } = a;
        await a.client.rest.git.createRef({ owner, repo, ref: `refs/${refName(a.branch)}`, sha: commitSha, request });
        return commitSha;
    }
    catch (err) {
        if (statusOf(err) === 422)
            return null; // another job created it first: append to theirs
        throw err;
    }
}
/** The file on `head` plus our line, committed and the branch moved to it. Null: the branch moved first. */
async function appendCommit(a, head) {
    const { owner, repo, request } = a;
    a.stage = `read ${a.path} on ${a.where}`;
    const commit = await a.client.rest.git.getCommit({ owner, repo, commit_sha: head, request });
    const existing = (await readFileAt(a.client, owner, repo, a.path, head, request)) ?? Buffer.alloc(0);
    if (existing.length > a.maxFileBytes) {
        throw new HistoryBranchError(`${a.path} on ${a.where} is over ${Math.round(a.maxFileBytes / 1024 / 1024)} MB; start a new file (another ` +
            `path) or prune the branch`);
    }
    // Keep every byte already there (as bytes: no re-decoding); add a newline only when the last line lacks one.
    const lacksNewline = existing.length > 0 && existing[existing.length - 1] !== 0x0a;
    const appended = Buffer.concat([existing, Buffer.from(`${lacksNewline ? '\n' : ''}${a.line}\n`, 'utf8')]);
    a.stage = `commit to ${a.where}`;
    const baseTree = commit.data.tree.sha;
    const next = await commitFile(a, appended.toString('base64'), appended.toString('utf8'), {
        baseTree,
        parents: [head],
    });
    a.stage = `move ${a.where} to the new commit`;
    try {
        await a.client.rest.git.updateRef({ owner, repo, ref: refName(a.branch), sha: next, force: false, request });
        return next;
    }
    catch (err) {
        // 422 "Update is not a fast forward": another job appended first. Our commit is left
        // dangling (GitHub collects it); start over from the new head.
        if (statusOf(err) === 422 || statusOf(err) === 409)
            return null;
        throw err;
    }
}
/** A commit of the history file (and the files derived from it) on `baseTree`; its sha. */
async function commitFile(a, contentBase64, historyText, on) {
    const { owner, repo, request } = a;
    const blob = await a.client.rest.git.createBlob({ owner, repo, content: contentBase64, encoding: 'base64', request });
    const derived = await derivedEntries(a, historyText);
    const tree = await a.client.rest.git.createTree({
        owner,
        repo,
        ...(on.baseTree ? { base_tree: on.baseTree } : {}),
        tree: [{ path: a.path, mode: '100644', type: 'blob', sha: blob.data.sha }, ...derived],
        request,
    });
    const commit = await a.client.rest.git.createCommit({
        owner,
        repo,
        message: a.message,
        tree: tree.data.sha,
        parents: on.parents,
        request,
    });
    return commit.data.sha;
}
/** The files derived from the history (alsoWrite), as blobs for the same tree. */
async function derivedEntries(a, historyText) {
    const entries = [];
    for (const file of a.args.alsoWrite?.(historyText) ?? []) {
        a.stage = `write ${file.path} on ${a.where}`;
        const { owner, repo, request } = a;
        const content = utf8Base64(file.content);
        const blob = await a.client.rest.git.createBlob({ owner, repo, content, encoding: 'base64', request });
        entries.push({ path: file.path, mode: '100644', type: 'blob', sha: blob.data.sha });
    }
    return entries;
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
        if (statusOf(err) === 404)
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
        if (statusOf(err) === 404)
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
// Who this job is: built once per step from the runner's environment and the event payload, then passed down, so
// that the history key, the comment's marker and section, the report file's name and the API calls all name the
// same job. Publish mode builds one from the report it publishes instead (publish-mode.ts).
// Its names (workflow, job, matrix, branches) are in the form a report stores them: one line, capped (storedName).
// A run that reads its baseline from stored reports, or a published report's identity, then names the same job as
// the live run did: a name with a line break, or over the cap, used to match nothing.



/** Every pull_request* event (reviews and review comments too): the code is not merged yet. */
const isPullRequestEvent = isPullRequestEventName;
function context_jobIdentity(env, payload, labels) {
    const pr = payload.pull_request;
    const identity = {
        ...repositoryParts(env),
        ...storedNames({
            workflow: env.GITHUB_WORKFLOW,
            job: env.GITHUB_JOB,
            reportedJob: labels.jobName,
            matrix: labels.matrix,
            ...runBranches(env, payload),
        }),
        runId: env.GITHUB_RUN_ID || undefined,
        attempt: Number(env.GITHUB_RUN_ATTEMPT) || 1,
        event: env.GITHUB_EVENT_NAME ?? '',
        pullRequest: typeof pr?.number === 'number' ? pr.number : undefined,
        os: env.RUNNER_OS || process.platform,
        isFork: isForkPullRequest(payload),
    };
    return identity;
}
/** Owner and repository from GITHUB_REPOSITORY ("owner/repo"); '' for what is unset. */
function repositoryParts(env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
    return { owner, repo };
}
/**
 * The identity's names as reports store them, with the defaults for what is unset or blank: the one place a live or
 * published name becomes the name that history keys, comment markers and baseline matching use.
 */
function storedNames(raw) {
    const stored = (name) => (0,report/* storedName */.Rs)(name ?? '') || undefined;
    const job = stored(raw.job) ?? 'job';
    return {
        workflow: stored(raw.workflow) ?? 'workflow',
        job,
        reportedJob: stored(raw.reportedJob) ?? job,
        matrix: stored(raw.matrix) ?? null,
        branch: stored(raw.branch),
        baseBranch: stored(raw.baseBranch),
    };
}
/** True for a PR from a fork, false for one from the same repository, undefined when unknown. */
function isForkPullRequest(payload) {
    const head = payload.pull_request?.head?.repo?.full_name;
    const base = payload.pull_request?.base?.repo?.full_name;
    if (!head || !base)
        return undefined;
    return head !== base;
}
/** "owner/repo", as GITHUB_REPOSITORY gave it. */
const repositoryName = (id) => (id.owner || id.repo ? `${id.owner}/${id.repo}` : '');

;// CONCATENATED MODULE: ./src/action/compare.ts
// compare, the post step's fifth verb: this run against the same job's earlier runs on the base branch (a pull
// request) or on its own branch (a push), from the history store, else from the history branch.





async function compare(post, report, client) {
    const branch = baselineBranch(post);
    if (!branch)
        return { available: false, reason: 'the base branch is unknown' };
    let loaded = await post.store.load(branch);
    // The cache forgets a quiet branch after 7 days; the history branch does not.
    const historyBranch = post.inputs.historyBranch;
    if (!loaded.ok && historyBranch && client) {
        const fromBranch = await loadFromHistoryBranch(client, post, historyBranch, branch);
        if (typeof fromBranch !== 'string' && fromBranch.length > 0) {
            post.notes.push(`Baseline from the ${historyBranch} branch (the cache had none: ${loaded.reason}).`);
            loaded = { ok: true, entries: fromBranch, source: `${historyBranch} branch`, warnings: [] };
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
/** Push runs compare with their own branch's earlier runs; PRs with their base branch. */
function baselineBranch(post) {
    return isPullRequestEvent(post.identity.event) ? post.identity.baseBranch : post.identity.branch;
}
/** The same workflow, job and matrix leg on `branch`, from a history branch's JSON lines; else why not. */
async function loadFromHistoryBranch(client, post, historyBranch, branch) {
    // The identity's names are in the form reports store them (context.ts), so they compare as they are.
    const { owner, repo, workflow, reportedJob, matrix } = post.identity;
    const path = historyBranchPath(workflow);
    const read = await readHistoryBranchFile({ client, owner, repo, branch: historyBranch, path });
    if (!read.ok)
        return read.reason;
    if (!read.found)
        return `no ${path} on ${historyBranch} yet`;
    const parsed = parseHistoryText(read.text, `${historyBranch}:${path}`);
    if (!parsed.ok)
        return parsed.reason;
    return parsed.entries.filter((e) => e.context?.branch === branch &&
        e.context?.workflow === workflow &&
        e.context?.job === reportedJob &&
        (e.context?.matrix ?? null) === matrix);
}

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(1691);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
function releaseLogCaptures() {
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

;// CONCATENATED MODULE: ./src/percent-encode.ts
// Percent-encoding for identifiers built from names users control (cache keys, comment
// markers): letters, digits and . _ / = + - stay as they are, everything else is escaped as
// RFC 3986 does, so two different names never encode alike and no name can close an HTML
// comment or split a key.
const SAFE_CHAR = /^[A-Za-z0-9._/=+-]$/;
/** One character (one code point), encoded. */
const percentEncodeChar = (ch) => SAFE_CHAR.test(ch)
    ? ch
    : // encodeURIComponent leaves !'()*~ alone; they are escaped too, to keep the safe set small.
        encodeURIComponent(ch).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const percentEncode = (text) => Array.from(text, percentEncodeChar).join('');

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
/** Percent-encodes a key part and caps its length; the same input always gives the same part. */
function encodeKeyPart(raw, maxChars = MAX_PART_CHARS) {
    const pieces = Array.from(raw, percentEncodeChar);
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
// One outage costs one timeout per step, not one per call; and a branch is loaded once
// (compare and save both need it).
function markDown(store, reason) {
    store.down = reason;
    return reason;
}
const downReason = (store) => `the Actions cache service could not be reached earlier in this step (${store.down}); not tried again`;
const unreachableAfterTimeout = (store) => markDown(store, `the Actions cache service could not be reached (no answer within ${store.seconds})`);
function unavailable(store) {
    if (store.cache.isFeatureAvailable())
        return null;
    return ('the Actions cache is not available here ' +
        '(ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset: not running in GitHub Actions?)');
}
function createCacheHistoryStore(opts) {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_CACHE_TIMEOUT_MS;
    // The cache version hashes the path string, so it must be the same on every runner that
    // shares a history: RUNNER_TEMP differs between self-hosted layouts, the OS temp dir doesn't.
    const dir = opts.dir ?? (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'carbon-action-history');
    const store = {
        opts,
        cache: opts.cache ?? defaultCacheApi,
        timeoutMs,
        dir,
        file: (0,external_node_path_.join)(dir, HISTORY_FILE_NAME),
        seconds: `${Math.round(timeoutMs / 100) / 10} s`,
        down: null,
        loaded: new Map(),
    };
    return {
        async load(branch) {
            const known = store.loaded.get(branch);
            if (known)
                return known;
            if (store.down)
                return { ok: false, reason: downReason(store), entries: [] };
            const result = await loadOnce(store, branch);
            store.loaded.set(branch, result);
            return result;
        },
        save: (branch, entries) => save(store, branch, entries),
    };
}
async function save(store, branch, entries) {
    if (store.down)
        return { ok: false, reason: downReason(store) };
    try {
        const why = unavailable(store);
        if (why)
            return { ok: false, reason: why };
        const key = historySaveKey(store.opts.scope, branch, store.opts.runId, store.opts.attempt);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(store.file), { recursive: true });
        await (0,promises_.writeFile)(store.file, serialiseHistory(entries), 'utf8');
        const { value: timed, log } = await withActionsLogCapture(() => withTimeout(store.cache.saveCache([store.file], key), store.timeoutMs));
        if (!timed.done)
            return { ok: false, reason: unreachableAfterTimeout(store) };
        if (timed.value === -1) {
            const failure = failureFrom(log, 'save') ?? 'the cache service returned no entry';
            return { ok: false, reason: `could not save history to the Actions cache under ${key}: ${failure}` };
        }
        return { ok: true, target: `Actions cache key ${key}` };
    }
    catch (err) {
        return { ok: false, reason: `could not save history to the Actions cache: ${err.message}` };
    }
}
async function loadOnce(store, branch) {
    try {
        const why = unavailable(store);
        if (why)
            return { ok: false, reason: why, entries: [] };
        const prefix = historyKeyPrefix(store.opts.scope, branch);
        // A file left by an earlier load in this job must not pass for this branch's history.
        await (0,promises_.rm)(store.file, { force: true });
        await (0,promises_.mkdir)(store.dir, { recursive: true });
        // The primary key matches exactly (never, by design); the restore key by prefix, newest first.
        const { value: timed, log } = await withActionsLogCapture(() => withTimeout(store.cache.restoreCache([store.file], prefix, [prefix]), store.timeoutMs));
        if (!timed.done)
            return { ok: false, reason: unreachableAfterTimeout(store), entries: [] };
        const matchedKey = timed.value;
        if (!matchedKey)
            return { ok: false, reason: whyNothingRestored(store, log, prefix), entries: [] };
        return await readRestored(store, matchedKey);
    }
    catch (err) {
        return {
            ok: false,
            reason: `could not load history from the Actions cache: ${err.message}`,
            entries: [],
        };
    }
}
/** No entry restored: the service was out, the restore failed, or there is no history yet. */
function whyNothingRestored(store, log, prefix) {
    const failure = failureFrom(log, 'restore');
    if (failure && UNREACHABLE.test(failure))
        return markDown(store, `the Actions cache service could not be reached: ${failure}`);
    if (failure)
        return `could not restore history from the Actions cache: ${failure}`;
    return `${NO_BASELINE_YET} (no cache entry for ${prefix}*)`;
}
async function readRestored(store, matchedKey) {
    let text;
    try {
        text = await (0,promises_.readFile)(store.file, 'utf8');
    }
    catch (err) {
        return {
            ok: false,
            reason: `cache entry ${matchedKey} restored but ${store.file} could not be read: ${err.message}`,
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
function createGitHubClient(opts) {
    if (typeof opts.token !== 'string' || opts.token.trim() === '') {
        throw new Error('GitHub client: a token is required (the github-token input, default ${{ github.token }})');
    }
    const retries = opts.retries ?? DEFAULT_RETRIES;
    const retryDelayMs = opts.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
    const maxWaitS = opts.maxRateLimitWaitS ?? DEFAULT_MAX_RATE_LIMIT_WAIT_S;
    const warn = opts.onWarning ?? (() => undefined);
    const baseFetch = utils/* defaults */.NT.request?.fetch ?? globalThis.fetch;
    const onRateLimit = rateLimitHandler(maxWaitS, warn);
    const client = (0,github/* getOctokit */.Q)(opts.token, {
        baseUrl: (opts.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        userAgent: 'carbon-action',
        // Not `request.retries`: plugin-retry reads it as "retry this request", whatever the status.
        request: { fetch: fetchWithTimeout(baseFetch, opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS) },
        retry: { retries, retryAfterBaseValue: retryDelayMs },
        throttle: {
            enabled: opts.throttle ?? true,
            retryAfterBaseValue: retryDelayMs,
            onRateLimit,
            onSecondaryRateLimit: onRateLimit,
        },
        log: {
            debug: () => undefined,
            info: () => undefined,
            warn: (m) => warn(m),
            error: (m) => warn(m),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    copyRequestOptionsPerCall(client);
    return client;
}
/** Retries a rate-limited call once when GitHub asks to wait at most `maxWaitS`; otherwise says why it gives up. */
function rateLimitHandler(maxWaitS, warn) {
    return (retryAfterS, _options, _octokit, retryCount) => {
        const retryIt = retryCount < 1 && retryAfterS <= maxWaitS;
        if (!retryIt)
            warn(`GitHub API rate limit: retry-after ${retryAfterS} s is more than carbon-action waits (${maxWaitS} s); ` +
                'giving up on this call');
        return retryIt;
    };
}
/**
 * plugin-retry (8.1.1, wrap-request.js) writes `retryCount` into `options.request`, and @octokit/endpoint's mergeDeep
 * hands every call the client's own default `request` object when the call passes none: without a copy per call, a
 * failed call leaves retryCount 3 and every later call waits 16 + 4 units instead of 1 + 4. Registered after the
 * plugins, this hook runs outside them; before-after-hook binds one options object for the whole chain, so the copy
 * is made in place.
 */
function copyRequestOptionsPerCall(client) {
    client.hook.wrap('request', (request, options) => {
        options.request = { ...options.request };
        return request(options);
    });
}

// EXTERNAL MODULE: ./src/action/inputs.ts + 4 modules
var inputs = __webpack_require__(9751);
;// CONCATENATED MODULE: ./src/action/missing-data.ts
// A run that could not be metered at all (the main step could not start, no samples file,
// a samples file that cannot be read). With a budget set this is loud: an annotation always,
// the summary when it can be written, and a failed step only with fail-on-missing-data: true.
// Default false: the cause is the runner's environment, not the code the budget guards, and
// carbon-action must not break a pipeline for reasons of its own (README, "Inputs").
// Through the one sanitiser and the secret redaction, like every other message of the action.



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
        message =
            `carbon-action: the budget (${budgets.join(', ')}) could not be checked: this job was not metered: ` +
                `${reason}. Failing the step because fail-on-missing-data is true.`;
        sinks.setFailed(message);
    }
    else {
        message =
            `carbon-action: the budget (${budgets.join(', ')}) was NOT checked: this job was not metered: ` +
                `${reason}. The step passes; set fail-on-missing-data: true to fail it instead.`;
        sinks.warning(message);
    }
    if (sinks.summaryPath) {
        try {
            writeFileSync(sinks.summaryPath, `## carbon-action\n\n> [!WARNING]\n> ` +
                `${escapeMarkdown(message.replace(/^carbon-action: /, ''), { maxLength: 2000 })}\n`);
        }
        catch {
            // The annotation above already says it all.
        }
    }
    return message;
}

// EXTERNAL MODULE: ./src/action/region-input.ts + 2 modules
var region_input = __webpack_require__(3094);
// EXTERNAL MODULE: ./src/action/state.ts
var state = __webpack_require__(3175);
;// CONCATENATED MODULE: ./src/action/post-context.ts
// What every verb of the post step is handed: the inputs, the job's identity, the history store and the notes
// gathered for the summary and the comment. Built once by openPost (the post step) or by publish mode.











function historyScope(identity) {
    return { os: identity.os, workflow: identity.workflow, job: identity.job, matrix: identity.matrix };
}
function historyStore(identity, inputs) {
    const scope = historyScope(identity);
    if (inputs.historyPath)
        return createDirHistoryStore({ dir: inputs.historyPath, scope });
    return createCacheHistoryStore({ scope, runId: identity.runId || '0', attempt: String(identity.attempt) });
}
function postContext(env, inputs, identity, payload) {
    const history = isPullRequestEvent(identity.event) ? { write: false } : { write: true };
    return { env, inputs, identity, payload, notes: [], store: historyStore(identity, inputs), history };
}
/** The post step's context and sampler, or undefined when there is nothing to report (and the user has been told). */
function openPost(env) {
    if (core.getState(STATE.inputsInvalid) === 'true')
        return; // main already failed the step and said why
    if (core.getState(STATE.publishMode) === 'true')
        return; // main published the given report; nothing was metered
    const parsed = parseInputs((name) => core.getInput(name), { eventName: env.GITHUB_EVENT_NAME ?? '' }, { validateRegion: validateRegionInput });
    if (!parsed.ok) {
        core.setFailed(parsed.errors.join('\n'));
        return;
    }
    const { inputs } = parsed;
    rememberSecret(inputs.githubToken);
    rememberSecret(inputs.electricityMapsToken);
    const payload = readEventPayload(env);
    const post = postContext(env, inputs, jobIdentity(env, payload, { matrix: inputs.matrix, jobName: inputs.jobName }), payload);
    const samplesFile = core.getState(STATE.samplesFile);
    if (!samplesFile) {
        const reason = core.getState(STATE.notMeteredReason);
        reportMissingData(inputs, reason
            ? `the main step could not start metering: ${reason}`
            : 'the main step did not start metering (see its warning)');
        return;
    }
    return { post, sampler: { pid: Number(core.getState(STATE.samplerPid)), samplesFile } };
}
/** The API client for this step's token (a PostContext, or publish mode's inputs and env); undefined without one. */
function gitHubClient(step) {
    const token = step.inputs.githubToken;
    return token ? createGitHubClient({ token, baseUrl: step.env.GITHUB_API_URL }) : undefined;
}

;// CONCATENATED MODULE: ./src/github/comments.ts


// One sticky comment per PR and workflow job: found by a hidden marker on its first line,
// created the first time, edited afterwards. Never throws: failures come back typed, and
// a fork PR's read-only token is flagged so the caller can point to the workflow_run pattern.
const DEFAULT_COMMENT_TIMEOUT_MS = 20_000;
/**
 * marker + body, at most `maxChars` characters. A body rendered with its marker line first (renderComment's) is the
 * whole comment already. An over-long body is cut at a line break, an open code fence is closed, and a visible note
 * says what happened.
 */
function composeCommentBody(marker, rendered, maxChars = COMMENT_MAX_CHARS) {
    const full = rendered.startsWith(`${marker}\n`) ? rendered : `${marker}\n${rendered}`;
    if (full.length <= maxChars)
        return { text: full, truncated: false };
    const body = full.slice(marker.length + 1);
    const note = (dropped) => `\n\n> [!NOTE]\n> carbon-action cut this comment short: ${dropped.toLocaleString('en-US')} characters did not ` +
        `fit GitHub's ${maxChars.toLocaleString('en-US')}-character limit. The full report is in the job summary and ` +
        `the JSON report.`;
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
    const unusable = whyArgsUnusable(issueNumber, marker);
    if (unusable)
        return { action: 'failed', reason: unusable, forkReadOnly: false };
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
function whyArgsUnusable(issueNumber, marker) {
    if (!Number.isInteger(issueNumber) || issueNumber < 1)
        return `PR number must be a whole number ≥ 1, got ${JSON.stringify(issueNumber)}`;
    if (!marker.startsWith('<!--') || !marker.endsWith('-->'))
        return `marker must be an HTML comment, got ${JSON.stringify(marker)}`;
    return undefined;
}
/**
 * A failed comment call as a typed result. A 403 "Resource not accessible by integration" is
 * a read-only token: a fork PR (answer: the workflow_run pattern) or missing permissions.
 */
function commentFailure(err, what, isFork) {
    const status = statusOf(err);
    const detail = describeApiError(err);
    const notAccessible = status === 403 && /Resource not accessible by integration/i.test(detail);
    let reason = `${what}: ${detail}`;
    if (notAccessible) {
        reason +=
            isFork === true
                ? '. Pull requests from forks get a read-only token; ' +
                    'post the comment from a workflow_run workflow instead (see the README).'
                : isFork === false
                    ? '. Grant the job `permissions: pull-requests: write`.'
                    : '. Either the PR comes from a fork (read-only token: post from a workflow_run workflow, see the README) ' +
                        'or the job needs `permissions: pull-requests: write`.';
    }
    return {
        action: 'failed',
        ...(status !== undefined ? { status } : {}),
        reason,
        forkReadOnly: notAccessible && isFork !== false,
    };
}

// EXTERNAL MODULE: ./src/names.ts
var names = __webpack_require__(6455);
;// CONCATENATED MODULE: ./src/report/comment-marker.ts
// The job comment's hidden marker: the first line by which a later run finds its own sticky comment among the PR's
// comments. Pure; the GitHub adapter (src/github/comments.ts) does the finding and writing.


// Marker values are percent-encoded outside a safe set, so a workflow or job name can
// neither close the HTML comment ("-->") nor make two jobs' markers equal.
const encodeMarkerValue = (v) => percentEncode(v).replace(/--/g, '-%2D');
/** `<!-- carbon-action:v1 workflow=<w> job=<j>[ matrix=<m>] -->` */
function stickyMarker(ids) {
    // Bounded: a 10k-character workflow name must not make a 10 KB marker.
    const matrix = ids.matrix ? ` matrix=${encodeMarkerValue((0,names/* boundName */.a)(ids.matrix))}` : '';
    return (`<!-- carbon-action:v1 workflow=${encodeMarkerValue((0,names/* boundName */.a)(ids.workflow))} ` +
        `job=${encodeMarkerValue((0,names/* boundName */.a)(ids.job))}${matrix} -->`);
}

;// CONCATENATED MODULE: ./src/report/run-comment-format.ts
// The run comment's format: one PR comment per workflow run, whose first line is a hidden marker, and in which every
// job of the run (a matrix) owns a delimited section holding its own data as a hidden JSON payload. Pure; the GitHub
// adapter (src/github/run-comment.ts) reads and writes it, run-comment-render.ts draws the visible table.
// Marker values are encoded as the job comment's are (safe set kept, "--" broken).

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
    return `<!-- carbon-action:v1 run-comment workflow=${encodeMarkerValue(workflow)} -->`;
}
// Inside an HTML comment the payload may contain neither "--" nor "<"/">" (which could
// close it or open markup). JSON never has "--", "<" or ">" outside strings, and inside
// strings the \u escapes read back as the same characters. The payload is one line, but
// JSON.stringify leaves U+2028 and U+2029 raw, and SECTION_RE's "." stops at them: a step
// or job name holding one made the section unreadable, and the comment was not posted.
const encodePayload = (payload) => (JSON.stringify(payload ?? null) ?? 'null')
    .replace(/--/g, '-\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
const SECTION_RE = /^<!-- carbon-action:section job=(\S+) run=(\S+) attempt=(\d+) -->\n<!-- carbon-action:payload (.*) -->\n[\s\S]*?^<!-- carbon-action:section-end job=\1 -->$/gm;
/**
 * One job's section: start marker, hidden payload line, `visible` Markdown (its escaped,
 * folded detail), end marker. `visible` must come from escaped text so it cannot forge markers.
 */
function sectionBlock(section, visible) {
    const job = encodeMarkerValue(section.jobKey);
    const run = encodeMarkerValue(section.runId);
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

;// CONCATENATED MODULE: ./src/github/run-comment.ts





const DEFAULT_RUN_COMMENT_RETRY = {
    attempts: 8,
    baseDelayMs: 200,
    settleMs: 800,
    maxTotalMs: 15_000,
};
const DEFAULT_RUN_COMMENT_TIMEOUT_MS = 30_000;
const run_comment_MAX_ATTEMPTS = 50;
class RunCommentError extends Error {
}
const failed = (reason) => ({ action: 'failed', reason, forkReadOnly: false });
const isGone = (err) => statusOf(err) === 404;
async function upsertRunComment(args) {
    const bad = invalidArgs(args);
    if (bad)
        return failed(bad);
    const w = openWriter(args);
    let lastProblem = '';
    let rounds = 0;
    const startedAt = Date.now();
    try {
        for (let attempt = 1; attempt <= w.retry.attempts; attempt++) {
            if (attempt > 1) {
                const wait = jitteredBackoffMs(w.retry.baseDelayMs, attempt - 1, w.random);
                if (Date.now() - startedAt + wait > w.retry.maxTotalMs)
                    break;
                await w.sleep(wait);
            }
            rounds = attempt;
            const round = await writeRound(w, attempt);
            if ('result' in round)
                return round.result;
            lastProblem = round.retry;
        }
        const seconds = Math.round((Date.now() - startedAt) / 100) / 10;
        return failed(`this job's section of the run comment on ${w.where} was still missing after ${rounds} attempt(s) in ` +
            `${seconds} s (${lastProblem}); too many jobs were writing at once`);
    }
    catch (err) {
        if (err instanceof RunCommentError)
            return failed(`could not write the run comment on ${w.where}: ${err.message}`);
        return commentFailure(err, `could not ${w.stage} on ${w.where}`, args.isFork);
    }
}
/** Why the arguments cannot be used, or null. */
function invalidArgs(args) {
    const { issueNumber, section } = args;
    if (!Number.isInteger(issueNumber) || issueNumber < 1)
        return `PR number must be a whole number ≥ 1, got ${JSON.stringify(issueNumber)}`;
    if (typeof args.workflow !== 'string' || args.workflow.trim() === '')
        return `workflow must be a non-empty name, got ${JSON.stringify(args.workflow)}`;
    if (typeof section?.jobKey !== 'string' || section.jobKey.trim() === '')
        return `section.jobKey must be a non-empty string, got ${JSON.stringify(section?.jobKey)}`;
    if (typeof section.runId !== 'string' || section.runId.trim() === '')
        return `section.runId must be a non-empty string, got ${JSON.stringify(section.runId)}`;
    if (!Number.isInteger(section.attempt) || section.attempt < 1)
        return `section.attempt must be a whole number ≥ 1, got ${JSON.stringify(section.attempt)}`;
    const { attempts } = { ...DEFAULT_RUN_COMMENT_RETRY, ...args.retry };
    if (!Number.isInteger(attempts) || attempts < 1 || attempts > run_comment_MAX_ATTEMPTS)
        return `retry.attempts must be a whole number from 1 to ${run_comment_MAX_ATTEMPTS}, got ${JSON.stringify(attempts)}`;
    return null;
}
function openWriter(args) {
    const { client, owner, repo, issueNumber, section } = args;
    return {
        args,
        client,
        owner,
        repo,
        issueNumber,
        marker: runCommentMarker(args.workflow),
        mine: { ...section, payload: JSON.parse(encodePayload(section.payload)) },
        where: `${owner}/${repo}#${issueNumber}`,
        request: { signal: AbortSignal.timeout(args.timeoutMs ?? DEFAULT_RUN_COMMENT_TIMEOUT_MS) },
        retry: { ...DEFAULT_RUN_COMMENT_RETRY, ...args.retry },
        sleep: args.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        random: args.random ?? Math.random,
        stage: 'list the PR comments',
    };
}
/** Read → replace this job's section in the latest body → write → fold duplicates → wait → read back. */
async function writeRound(w, attempt) {
    const found = await findOrCreate(w);
    let target = found[0];
    let sections = parseRunCommentSections(target.body ?? '');
    for (const newer of found.slice(1))
        sections = mergeSections(sections, parseRunCommentSections(newer.body ?? ''));
    if (standing(w, sections) === 'newer') {
        return {
            result: failed(`a newer run of job ${JSON.stringify(w.mine.jobKey)} already reported in the run comment on ${w.where}; its ` +
                `section was left as is`),
        };
    }
    const body = compose(w, mergeSections(sections, [w.mine]));
    if (body !== target.body) {
        const updated = await updateBody(w, target.id, body);
        // Deleted by another job folding duplicates: start over.
        if (!updated)
            return { retry: 'the run comment was deleted while being updated' };
        target = updated;
    }
    await deleteDuplicates(w, found.slice(1));
    // A job that read before our write may still write its stale body: let it land, then look.
    await w.sleep(w.retry.settleMs * (1 + w.random()));
    return readBack(w, target, attempt);
}
/** The run comments on the PR, oldest first; one created with this section alone when there is none. */
async function findOrCreate(w) {
    w.stage = 'list the PR comments';
    let found = await listRunComments(w);
    if (found.length > 0)
        return found;
    w.stage = 'create the run comment';
    const { owner, repo, request } = w;
    const res = await w.client.rest.issues.createComment({
        owner,
        repo,
        issue_number: w.issueNumber,
        body: compose(w, [w.mine]),
        request,
    });
    w.createdId = res.data.id;
    // Two jobs may create at the same moment: look again and fold any duplicates.
    w.stage = 'list the PR comments';
    found = await listRunComments(w);
    return found.length > 0 ? found : [{ id: res.data.id, body: res.data.body, html_url: res.data.html_url }];
}
async function listRunComments(w) {
    const { client, owner, repo, request } = w;
    const all = await client.paginate(client.rest.issues.listComments, {
        owner,
        repo,
        issue_number: w.issueNumber,
        per_page: 100,
        request,
    });
    return all.filter((c) => (c.body ?? '').trimStart().startsWith(w.marker)).sort((a, b) => a.id - b.id);
}
/** The comment after the update; null when it was deleted meanwhile. */
async function updateBody(w, commentId, body) {
    w.stage = 'update the run comment';
    const { owner, repo, request } = w;
    try {
        const res = await w.client.rest.issues.updateComment({ owner, repo, comment_id: commentId, body, request });
        return { id: res.data.id, body: res.data.body, html_url: res.data.html_url };
    }
    catch (err) {
        if (!isGone(err))
            throw err;
        return null;
    }
}
async function deleteDuplicates(w, extras) {
    const { owner, repo, request } = w;
    for (const extra of extras) {
        w.stage = 'delete a duplicate run comment';
        try {
            await w.client.rest.issues.deleteComment({ owner, repo, comment_id: extra.id, request });
        }
        catch (err) {
            if (!isGone(err))
                throw err; // already deleted by another job
        }
    }
}
/** Whether our section is there and current after the write: the round's verdict. */
async function readBack(w, target, attempt) {
    w.stage = 'read back the run comment';
    const { owner, repo, request } = w;
    const action = (id) => (w.createdId === id ? 'created' : 'updated');
    let check;
    try {
        check = (await w.client.rest.issues.getComment({ owner, repo, comment_id: target.id, request })).data;
    }
    catch (err) {
        if (isGone(err))
            return { retry: 'the run comment was deleted before it could be checked' };
        // Our write landed; only the check that nobody overwrote it is missing. A slow or
        // failing read-back is not a failed write.
        const status = statusOf(err);
        if (status !== undefined && status < 500)
            throw err;
        const unverified = describeApiError(err);
        return {
            result: { action: action(target.id), id: target.id, url: target.html_url, attempts: attempt, unverified },
        };
    }
    const now = standing(w, parseRunCommentSections(check.body ?? ''));
    if (now === 'current') {
        const url = check.html_url ?? target.html_url;
        return { result: { action: action(check.id), id: check.id, url, attempts: attempt } };
    }
    if (now === 'newer') {
        return {
            result: failed(`a newer run of job ${JSON.stringify(w.mine.jobKey)} reported in the run comment on ${w.where} meanwhile; ` +
                `its section was left as is`),
        };
    }
    return { retry: 'another job overwrote the comment without this section' };
}
/** The whole comment for `sections`, checked: every section present, within GitHub's size limit. */
function compose(w, sections) {
    let rendered;
    try {
        rendered = w.args.render(sections);
    }
    catch (err) {
        throw new RunCommentError(`the renderer failed: ${err?.message ?? String(err)}`);
    }
    const text = `${w.marker}\n${rendered}`;
    const written = new Set(parseRunCommentSections(text).map((s) => s.jobKey));
    const dropped = sections.filter((s) => !written.has(s.jobKey)).map((s) => s.jobKey);
    if (dropped.length > 0)
        throw new RunCommentError(`the renderer left out the section(s) of ${dropped.map((d) => JSON.stringify(d)).join(', ')}`);
    if (text.length > COMMENT_MAX_CHARS) {
        throw new RunCommentError(`the comment for ${sections.length} jobs needs ${text.length.toLocaleString('en-US')} characters, more than ` +
            `GitHub's ${COMMENT_MAX_CHARS.toLocaleString('en-US')}; use one comment per job for a matrix this large`);
    }
    return text;
}
/** Which of our own run is there now: 'current', 'newer' (a later run owns the section), or 'missing'. */
function standing(w, sections) {
    const s = sections.find((x) => x.jobKey === w.mine.jobKey);
    if (!s)
        return 'missing';
    const order = compareRuns(s, w.mine);
    return order === 0 ? 'current' : order > 0 ? 'newer' : 'missing';
}

// EXTERNAL MODULE: ./node_modules/valibot/dist/index.mjs
var dist = __webpack_require__(7934);
;// CONCATENATED MODULE: ./src/schema/run-comment-payload.ts
// The hidden JSON payload each job stores in its section of the run comment
// (src/report/run-comment-render.ts builds it, src/github/run-comment.ts carries it). It is read
// back from a comment anyone with write access could edit, so the schema checks every field: the
// figures a row needs must be there, and anything else that is wrong falls back to "not known"
// (null, none, an empty list) rather than losing the job's row.


const RUN_COMMENT_PAYLOAD_VERSION = 1;
const finite = () => dist/* custom */.IeY((x) => typeof x === 'number' && Number.isFinite(x), 'must be a finite number');
const finiteOrNull = () => dist/* fallback */.NpB(dist/* nullable */.mee(finite()), null);
const textOrNull = () => dist/* fallback */.NpB(dist/* nullable */.mee(dist/* string */.YjP()), null);
const BUDGET_KINDS = ['co2e', 'energy', 'max-increase'];
const stepRowEntries = { name: dist/* string */.YjP(), durationS: finite(), energyWh: finite(), co2eG: finite() };
const StepRowSchema = (0,fields/* obj */.WL)(stepRowEntries);
/** The part of an energy comparison the verdict needs, kept short: a payload per job rides in the comment. */
const EnergyChangeSchema = (0,fields/* obj */.WL)({
    baseMedian: finite(),
    deltaAbs: finite(),
    deltaPercent: finiteOrNull(),
    withinNoise: dist/* fallback */.NpB(dist/* boolean */.zMY(), false),
});
/** How the base runs were made comparable, and the CPU-seconds change; absent from older payloads. */
const likeForLikeEntries = {
    basis: dist/* fallback */.NpB(dist/* optional */.lqM(dist/* picklist */.KIO(['same-machine-class', 'repriced', 'as-recorded'])), undefined),
    noiseKnown: dist/* fallback */.NpB(dist/* optional */.lqM(dist/* boolean */.zMY()), undefined),
    cpuSecondsDeltaPercent: dist/* fallback */.NpB(dist/* optional */.lqM(dist/* nullable */.mee(finite())), undefined),
};
const LikeForLikeTagSchema = (0,fields/* obj */.WL)(likeForLikeEntries);
const Co2eChangeSchema = (0,fields/* obj */.WL)({
    baseBranch: dist/* string */.YjP(),
    runs: finite(),
    current: finite(),
    baseMedian: finite(),
    baseMin: finite(),
    baseMax: finite(),
    deltaAbs: finite(),
    deltaPercent: finiteOrNull(),
    withinNoise: dist/* fallback */.NpB(dist/* boolean */.zMY(), false),
    ...likeForLikeEntries,
});
const BudgetSchema = (0,fields/* obj */.WL)({
    status: dist/* fallback */.NpB(dist/* picklist */.KIO(['pass', 'exceeded', 'skipped', 'none']), 'none'),
    mode: dist/* fallback */.NpB(dist/* picklist */.KIO(['fail', 'warn']), 'fail'),
    exceeded: dist/* fallback */.NpB((0,fields/* list */.p_)('budget.exceeded', dist/* picklist */.KIO(BUDGET_KINDS), BUDGET_KINDS.length), []),
});
const RunCommentPayloadSchema = (0,fields/* obj */.WL)({
    v: dist/* literal */.euz(RUN_COMMENT_PAYLOAD_VERSION),
    /** Display name: job plus matrix values. */
    job: dist/* string */.YjP(),
    /** RUNNER_NAME, when known. */
    runner: textOrNull(),
    /** e.g. "4 vCPU AMD EPYC 7763". */
    machine: textOrNull(),
    durationS: finite(),
    energyWh: finite(),
    co2eG: finite(),
    intensityGPerKWh: finite(),
    region: textOrNull(),
    pue: finite(),
    cpuMethod: dist/* fallback */.NpB(dist/* picklist */.KIO(['rapl', 'powermetrics', 'model']), 'model'),
    /** CO2e against this job's own base-branch median; null without a baseline. */
    co2eChange: dist/* fallback */.NpB(dist/* nullable */.mee(Co2eChangeSchema), null),
    /** Energy against the same base runs, for the verdict; null without a baseline (absent in older payloads). */
    energyChange: dist/* fallback */.NpB(dist/* optional */.lqM(dist/* nullable */.mee(EnergyChangeSchema)), null),
    budget: dist/* fallback */.NpB(BudgetSchema, () => ({ status: 'none', mode: 'fail', exceeded: [] })),
    steps: dist/* fallback */.NpB((0,fields/* list */.p_)('steps', StepRowSchema, 100), []),
    otherSteps: dist/* fallback */.NpB(dist/* nullable */.mee((0,fields/* obj */.WL)({ ...stepRowEntries, count: finite() })), null),
    sha: textOrNull(),
});
/** A payload read back from a comment, checked by the schema; null when it is not one this version reads. */
function readRunCommentPayload(x) {
    const read = dist/* safeParse */.xLC(RunCommentPayloadSchema, x, { abortEarly: true });
    return read.success ? read.output : null;
}

;// CONCATENATED MODULE: ./src/report/run-comment-render.ts
// The run comment: one PR comment for every job of a workflow (format: run-comment-format.ts).
// Each job stores its row as a hidden JSON payload in its own section; the table here is
// rebuilt from all payloads on every write, so other jobs' rows come from their own data.
// Payloads are read back from a comment anyone with write access could edit: every field
// is checked, every string escaped, every number formatted.






/** Steps kept in a payload (by energy); the rest are summed into otherSteps. */
const RUN_COMMENT_PAYLOAD_STEPS = 10;
const NAME_MAX = 100;
// The payload's types and reader are the schema's (src/schema/run-comment-payload.ts).

// ---------------------------------------------------------------- payload
// Six significant figures: enough to sum rows without visible drift, short in the comment.
const sig = (n) => (Number.isFinite(n) ? Number(n.toPrecision(6)) : 0);
const stepRow = (s) => ({
    name: s.name.slice(0, NAME_MAX),
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
        runner: c.runner ? c.runner.slice(0, NAME_MAX) : null,
        machine: report.machine ? `${report.machine.threads} vCPU ${report.machine.cpuModel}`.slice(0, NAME_MAX) : null,
        durationS: sig(report.durationS),
        energyWh: sig(report.energyWh.total),
        co2eG: sig(report.co2eG.total),
        intensityGPerKWh: sig(report.intensity.gPerKWh),
        region: report.intensity.region,
        pue: sig(report.pue.value),
        cpuMethod: report.methods.cpu.method,
        co2eChange: m && comparison?.available
            ? {
                baseBranch: comparison.baseBranch.slice(0, NAME_MAX),
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
    const base = run_comment_render_esc(p.co2eChange.baseBranch, 60);
    return `${changeText(p.co2eChange, formatMassG)} vs ${base}${likeForLikeCell(p.co2eChange)}`;
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
    return (`| ${job} | ${runner} | ${formatDurationS(p.durationS)} | ${formatEnergyWh(p.energyWh)} | ` +
        `${formatMassG(p.co2eG)} | ${changeCell(p)} | ${budgetCell(p)} |`);
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
    return (`| ${label} | | ${formatDurationS(sum((p) => p.durationS))} | **${formatEnergyWh(sum((p) => p.energyWh))}** | ` +
        `**${formatMassG(sum((p) => p.co2eG))}** | ${change} | ${budget} |`);
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
    const row = (name, s) => `| ${name} | ${formatDurationS(s.durationS)} | ${formatEnergyWh(s.energyWh)} | ` +
        `${formatMassG(s.co2eG)} | ${share(s.energyWh)} |`;
    const lines = [
        '| Step | Duration | Energy | CO2e | Share |',
        '|---|---:|---:|---:|---:|',
        ...shown.map((s) => row(run_comment_render_esc(s.name, NAME_MAX), s)),
    ];
    if (rest.length > 0) {
        const t = rest.reduce((a, s) => ({ durationS: a.durationS + s.durationS, energyWh: a.energyWh + s.energyWh, co2eG: a.co2eG + s.co2eG }), { durationS: 0, energyWh: 0, co2eG: 0 });
        lines.push(row(`_other steps (${restCount})_`, t));
    }
    lines.push(row(`_${OUTSIDE_STEPS_LABEL}_`, { ...outside, co2eG: co2eGFromWh(outside.energyWh * p.pue, p.intensityGPerKWh) }));
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
    const commit = p.sha ? `; commit ${run_comment_render_esc(p.sha.slice(0, 7), 7)}` : '';
    const method = `${cpu}; grid ${formatIntensityGPerKWh(p.intensityGPerKWh)}${region}; PUE ${run_comment_render_esc(p.pue)}${commit}.`;
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
    const figures = `${formatMassG(sum((p) => p.co2eG))} CO2e, ${formatEnergyWh(sum((p) => p.energyWh))}`;
    return `🌱 Carbon footprint of ${where}: ${figures} ${span}${verdict ? ` — ${verdict}` : ''}.`;
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
    const budget = (opts.maxChars ?? COMMENT_MAX_CHARS) - runCommentMarker(opts.workflow).length - 1;
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
        head.push('', `_Rows in italics (${earlier}) come from an earlier run; ` +
            'they are not in the total and stay until that job runs again._');
    const foot = '<sub>carbon-action · one comment for the whole workflow: each job rewrites only its own section, ' +
        'and this table is rebuilt from all of them.</sub>';
    const compose = (blocks) => [...head, '', ...blocks, '', foot].join('\n') + '\n';
    const lone = rows.length === 1 && !rows[0].earlier && rows[0].payload ? rows[0] : null;
    if (lone && opts.loneJob && lone.section.jobKey === opts.loneJob.jobKey) {
        const frame = compose([sectionBlock(lone.section, '')]).length + 1;
        const detail = opts.loneJob.detail(budget - frame);
        if (detail !== null) {
            const body = compose([sectionBlock(lone.section, detail)]);
            if (body.length <= budget)
                return body;
        }
    }
    let body = '';
    for (const level of LADDER) {
        body = compose(rows.map((r) => sectionBlock(level.keepPayloadSteps ? r.section : withoutSteps(r.section, r.payload), stepDetail(r, level.topSteps, rows.length === 1))));
        if (body.length <= budget)
            return body;
    }
    return body;
}
/** The render function upsertRunComment takes. */
function runCommentRenderer(opts) {
    return (sections) => renderRunCommentBody(sections, opts);
}

;// CONCATENATED MODULE: ./src/action/publish-comment.ts
// The comment half of publish: one sticky comment per job (comment-scope: job), or this job's section of one
// comment per workflow run (comment-scope: run). Rendered once, marker line included; a failure is a warning.







const WORKFLOW_RUN_DOCS = 'https://github.com/carbon-action/carbon-action#fork-pull-requests-the-workflow_run-pattern';
async function postComment(results, client, post) {
    const prNumber = post.identity.pullRequest;
    if (!prNumber) {
        log/* info */.pq('carbon-action: not a pull request, so no comment.');
        return;
    }
    if (!client) {
        log/* warning */.$e('carbon-action: no github-token, so no PR comment.');
        return;
    }
    if (post.inputs.commentScope === 'run')
        await postRunComment(results, client, post, prNumber);
    else
        await postJobComment(results, client, post, prNumber);
}
async function postJobComment(results, client, post, prNumber) {
    const { owner, repo, workflow, job, matrix, isFork } = post.identity;
    const marker = stickyMarker({ workflow, job, matrix });
    const { report, comparison, gate } = results;
    const body = renderComment({ report, comparison, gate, marker, notes: post.notes });
    const result = await upsertStickyComment({ client, owner, repo, issueNumber: prNumber, marker, body, isFork });
    if (result.action === 'failed')
        warnNotPosted(result);
    else
        log/* info */.pq(`carbon-action: PR comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
}
/** One comment per workflow run: this job rewrites only its own section. */
async function postRunComment(results, client, post, prNumber) {
    const { owner, repo, job, matrix, runId, attempt, isFork } = post.identity;
    const displayName = post.jobDisplayName;
    // Bounded names: markers stay short however long the workflow or job name is.
    const workflow = (0,names/* boundName */.a)(post.identity.workflow);
    // Matrix legs share GITHUB_JOB: the matrix label, else the API's display name, tells them apart.
    const jobKey = (0,names/* boundName */.a)([job, matrix ?? (displayName && displayName !== job ? displayName : '')].filter(Boolean).join(' '));
    // Row name: the job-name input, else "job (matrix label)", else the API's display name.
    const jobName = post.inputs.jobName ?? (matrix || !displayName ? undefined : (0,names/* boundName */.a)(displayName));
    const { report, comparison, gate } = results;
    const result = await upsertRunComment({
        client,
        owner,
        repo,
        issueNumber: prNumber,
        workflow,
        section: {
            jobKey,
            runId: runId || '0',
            attempt,
            payload: buildRunCommentPayload({ report, comparison, gate, jobName }),
        },
        render: runCommentRenderer({
            workflow,
            loneJob: {
                jobKey,
                detail: (maxChars) => renderJobDetail({ report, comparison, gate, notes: post.notes }, maxChars),
            },
        }),
        isFork,
    });
    if (result.action === 'failed') {
        warnNotPosted(result);
        return;
    }
    const url = result.url ? `: ${result.url}` : '';
    const unverified = result.unverified ? ` (not read back to check for concurrent writers: ${result.unverified})` : '';
    log/* info */.pq(`carbon-action: run comment ${result.action} (section "${jobKey}")${url}${unverified}`);
}
function warnNotPosted(result) {
    const hint = result.forkReadOnly ? ` Fork PRs get a read-only token: see ${WORKFLOW_RUN_DOCS}` : '';
    log/* warning */.$e(`carbon-action: PR comment not posted: ${result.reason}${hint}`);
}

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
    // Slimmed before the schema reads it: the timeline and steps are most of a report's numbers, the dashboard uses
    // neither, and the schema leaves out a bad item or a bad steps list rather than the run.
    const checked = checkReport(opts.slim ? slimValue(value) : value);
    if (checked.ok) {
        into.reports.push(checked.report);
    }
    else if (checked.newer !== undefined) {
        into.refused.push({
            path: file,
            line,
            reason: `history line ${line} of ${basename(file)}: ${checked.reason}`,
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
const MS_PER_WEEK = 7 * MS_PER_DAY;
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
    const day = Math.floor(ms / MS_PER_DAY);
    // 1970-01-01 was a Thursday: day 0 → weekday 3 counting from Monday.
    const weekday = (day + 3) % 7;
    return (day - weekday) * MS_PER_DAY;
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
        chartPoints: downsampleLttb(acc.points, downsample_MAX_CHART_POINTS),
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
    out.push(`<svg class="trend" viewBox="0 0 ${W} ${H}" role="img" ` +
        `aria-label="${(0,report_escape/* escapeHtml */.ZD)(`CO2e per run for ${label}, ${shown}`)}" xmlns="http://www.w3.org/2000/svg">`);
    // Grid: 0, half and top of the y range.
    for (const f of [0, 0.5, 1]) {
        const y = num(sy(yTop * f));
        out.push(`<line class="gridline" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}"/>`);
        out.push(`<text class="axis" x="${PAD.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">` +
            `${(0,report_escape/* escapeHtml */.ZD)(formatMassG(yTop * f))}</text>`);
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
        const tip = `${new Date(p.x).toISOString().slice(0, 16).replace('T', ' ')} UTC · ${formatMassG(p.y)}` +
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
            `${(0,report_escape/* escapeHtml */.ZD)(formatMassG(yTop * f))}</text>`);
    }
    weeks.forEach((b, i) => {
        const bh = (b.co2eG / yTop) * plotH;
        const x = left + i * slot + slot * 0.15;
        const tip = `week of ${isoDate(b.weekStartMs)}: ${b.runs} run${b.runs === 1 ? '' : 's'}, ${formatMassG(b.co2eG)}`;
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
    const spanDays = (t.lastMs - t.firstMs) / MS_PER_DAY;
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
    const lastEnd = d.weekly[d.weekly.length - 1].weekStartMs + 6 * MS_PER_DAY;
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
    parts.push(`<p>Operational CO2e of all runs: <strong>${(0,report_escape/* escapeHtml */.ZD)(formatMassG(g.actualCo2eG))}</strong>. ` +
        'With each run moved to the greenest region its own report lists ' +
        `(${render_int.format(g.runsMoved)} of ${render_int.format(d.totals.runs)} runs; the others stay as they are): ` +
        `<strong>${(0,report_escape/* escapeHtml */.ZD)(formatMassG(g.co2eG))}</strong> (${oneDecimal.format(saving)} % less).</p>`);
    if (d.regions.length) {
        parts.push('<div class="table-wrap"><table class="regions"><thead><tr><th>Region</th>' +
            '<th class="n">Runs listing it</th><th class="n">Actual</th><th class="n">Had they run there</th>' +
            '<th class="n">Change</th></tr></thead><tbody>');
        for (const r of d.regions) {
            const change = r.actualCo2eG > 0 ? formatPercent((r.co2eG / r.actualCo2eG - 1) * 100) : '–';
            parts.push(`<tr><td>${(0,report_escape/* escapeHtml */.ZD)(r.region)}</td><td class="n">${render_int.format(r.runs)}</td>` +
                `<td class="n">${(0,report_escape/* escapeHtml */.ZD)(formatMassG(r.actualCo2eG))}</td>` +
                `<td class="n">${(0,report_escape/* escapeHtml */.ZD)(formatMassG(r.co2eG))}</td><td class="n">${change}</td></tr>`);
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
            `<p>${render_int.format(repo.runs)} runs · ${(0,report_escape/* escapeHtml */.ZD)(formatMassG(repo.co2eG))} CO2e · ` +
            `${(0,report_escape/* escapeHtml */.ZD)(formatEnergyWh(repo.energyWh))} · ` +
            (repo.seriesProjected === 0
                ? 'not enough history to project'
                : `about <strong>${(0,report_escape/* escapeHtml */.ZD)(formatMassG(repo.co2eGPerMonth))} CO2e per month</strong> at the current rate`) +
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
    const spanDays = (s.lastMs - s.firstMs) / MS_PER_DAY;
    const projection = !p.enoughHistory
        ? `Not enough history to project: ${render_int.format(s.runs)} run${s.runs === 1 ? '' : 's'} over ` +
            `${spanDays < 1 ? 'less than a day' : `${oneDecimal.format(spanDays)} days`}; ` +
            `a projection needs ${MIN_PROJECTION_RUNS} runs or ${MIN_PROJECTION_DAYS / 7} weeks.`
        : p.runsInWindow === 0
            ? `No run in the last ${PROJECTION_WINDOW_DAYS} days: nothing projected.`
            : `At the current rate (${oneDecimal.format(s.runsPerWeek)} runs a week), this job emits about ` +
                `<strong>${(0,report_escape/* escapeHtml */.ZD)(formatMassG(p.co2eGPerMonth))} CO2e per month</strong>.`;
    const last = s.last;
    return [
        `<article class="series" data-runs="${s.runs}">`,
        `<h3><span class="wf">${(0,report_escape/* escapeHtml */.ZD)(k.workflow)}</span> <span class="sep">›</span> ${(0,report_escape/* escapeHtml */.ZD)(k.job)}` +
            `${k.matrix ? ` <span class="matrix">${(0,report_escape/* escapeHtml */.ZD)(k.matrix)}</span>` : ''}</h3>`,
        '<dl class="facts">',
        `<div><dt>Last run</dt><dd>${isoDate(last.x)}</dd></div>`,
        `<div><dt>Last CO2e</dt><dd>${(0,report_escape/* escapeHtml */.ZD)(formatMassG(last.y))}</dd></div>`,
        `<div><dt>Last energy</dt><dd>${(0,report_escape/* escapeHtml */.ZD)(formatEnergyWh(last.energyWh))}</dd></div>`,
        `<div><dt>Last branch</dt><dd class="branch" title="${(0,report_escape/* escapeHtml */.ZD)(last.branch)}">` +
            `${last.branch ? (0,report_escape/* escapeHtml */.ZD)(last.branch) : '–'}</dd></div>`,
        `<div><dt>Runs / week</dt><dd>${p.enoughHistory ? oneDecimal.format(s.runsPerWeek) : '–'}</dd></div>`,
        `<div><dt>All runs</dt><dd>${render_int.format(s.runs)} · ${(0,report_escape/* escapeHtml */.ZD)(formatMassG(s.co2eG))}</dd></div>`,
        '</dl>',
        svg_trendChart(s.chartPoints, label, s.runs),
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
        `<li>Trend charts plot CO2e per run; a job with more than ${downsample_MAX_CHART_POINTS} runs shows ${downsample_MAX_CHART_POINTS} ` +
            "of its real runs chosen to keep the line's shape (largest-triangle-three-buckets).</li>",
        '<li>Weeks start on Monday, UTC. The weekly chart shows up to 26 weeks ending with the week of the last run, ' +
            'not of today, so an old history is not a blank chart.</li>',
        '</ul></section>',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/carbon/data.ts
var data = __webpack_require__(61);
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
    const km = co2eG / equivalentsData().carDriving.gCo2PerKm;
    const r = inReadableUnit(km, CAR_UNITS);
    if (!r)
        return null;
    const text = `driving ${formatCount(r.value, 2)} ${r.name} in an average petrol car`;
    return { kind: 'car-distance', value: r.value, unit: r.unit, text };
}
function smartphoneCharges(co2eG) {
    const charges = co2eG / equivalentsData().smartphoneCharge.gCo2PerCharge;
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
    const hours = co2eG / equivalentsData().tvHour.gCo2PerHour;
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
    const days = facilityEnergyWh / equivalentsData().householdDay.whPerDay;
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

;// CONCATENATED MODULE: ./src/history/slim-report.ts
/**
 * A report as a history line keeps it: no timeline and no steps. Every append re-uploads the
 * whole history file, and the dashboard reads only the totals; the job's own report keeps both.
 */
function slimReport(r) {
    return slim_report_slimValue(r);
}
/**
 * The same slimming on a value not yet checked (a line read back from history, before the schema
 * reads it): anything that is not an object, or has no object `samples`, is left as it is there.
 */
function slim_report_slimValue(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return value;
    const { steps: _steps, ...rest } = value;
    const samples = rest.samples;
    // A report read back from an old or hand-edited file may lack samples.
    if (typeof samples === 'object' && samples !== null && !Array.isArray(samples))
        rest.samples = { ...samples, timeline: [] };
    return rest;
}

;// CONCATENATED MODULE: ./src/action/publish-history.ts
// The history half of publish: this run joins its branch's history in the store (cache or directory) and, with the
// history-branch input, as one JSON line on that branch (and the dashboard page rebuilt in the same commit).







async function saveHistory(report, post) {
    const branch = post.identity.branch;
    if (!branch)
        return;
    const loaded = await post.store.load(branch);
    const entries = appendToHistory(loaded.ok ? loaded.entries : [], report);
    const saved = await post.store.save(branch, entries);
    if (!saved.ok) {
        post.notes.push(`This run was not added to the history: ${saved.reason}`);
        log/* warning */.$e(`carbon-action: history not saved: ${saved.reason}`);
    }
}
/** Push runs append to the history branch; with `dashboard`, the page is rebuilt in the same commit. */
async function appendHistoryBranch(report, client, post) {
    const branch = post.inputs.historyBranch;
    if (!client) {
        log/* warning */.$e('carbon-action: history-branch needs the github-token input (with contents: write).');
        return;
    }
    const { owner, repo, workflow, event } = post.identity;
    const path = historyBranchPath(workflow);
    const dashboardPath = path.replace(/^history\//, 'dashboard/').replace(/\.jsonl$/, '/index.html');
    const result = await appendToHistoryBranch({
        client,
        owner,
        repo,
        branch,
        path,
        line: JSON.stringify(slimReport(report)),
        event,
        alsoWrite: post.inputs.dashboard
            ? (historyText) => {
                const parsed = parseHistoryText(historyText, `${branch}:${path}`);
                const reports = parsed.ok ? parsed.entries : [report];
                const title = `carbon-action: ${repositoryName(post.identity)} · ${workflow}`;
                return [
                    { path: dashboardPath, content: render_buildDashboard(reports, { generatedAt: new Date().toISOString(), title }) },
                ];
            }
            : undefined,
    });
    if (!result.ok) {
        post.notes.push(`This run was not appended to the ${branch} branch: ${result.reason}`);
        log/* warning */.$e(`carbon-action: history branch not updated: ${result.reason}`);
    }
    else {
        const rebuilt = post.inputs.dashboard ? ` and rebuilt ${dashboardPath}` : '';
        log/* info */.pq(`carbon-action: appended this run to ${branch}:${path}${rebuilt} (${result.commitSha.slice(0, 7)})`);
    }
}

;// CONCATENATED MODULE: ./src/action/publish-results.ts


async function publish(post, results, client) {
    if (post.history.write) {
        await saveHistory(results.report, post);
        if (post.inputs.historyBranch)
            await appendHistoryBranch(results.report, client, post);
    }
    else if (post.history.note) {
        post.notes.push(post.history.note);
    }
    if (post.inputs.comment)
        await postComment(results, client, post);
}

;// CONCATENATED MODULE: ./src/action/local-outputs.ts
// writeLocalOutputs, the post step's verb that needs no network: the JSON report, the job
// summary and the step outputs. Each is written on its own, so a full or read-only disk under
// RUNNER_TEMP still leaves the summary (often on another filesystem), the outputs and the
// budget gate. The report is written whole (temp file + rename) or not at all. A problem is
// warned about once per step, however many times the results are rewritten.
// Through the one sanitiser and the secret redaction, like every other message of the action.





function createLocalOutputs(opts) {
    const warn = opts.warn ?? ((m) => log/* warning */.$e(m));
    const setOutput = opts.setOutput ?? ((name, value) => log/* setOutput */.uH(name, value));
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
                const why = `${(0,fs_safe/* describeFsError */.TQ)(err, 'write the JSON report', opts.reportPath)}; ` +
                    'the summary, outputs and budget gate do not depend on it';
                warnOnce(why);
                // Once, however many times the results are rewritten (it was repeated on each rewrite).
                const note = `The JSON report was not written: ${why}.`;
                if (!localNotes.includes(note))
                    localNotes.push(note);
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
                    warnOnce(`${(0,fs_safe/* describeFsError */.TQ)(err, 'write the job summary', opts.summaryPath)}; ` +
                        'the totals are in the outputs and the log');
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
                    warnOnce(`${(0,fs_safe/* describeFsError */.TQ)(err, 'set the step outputs in', process.env.GITHUB_OUTPUT ?? 'GITHUB_OUTPUT')}; ` +
                        'the summary and the budget gate still apply');
                }
            }
            return { reportWritten, summaryWritten, outputsFailed };
        },
    };
}

;// CONCATENATED MODULE: ./src/action/write-local-outputs.ts
// writeLocalOutputs, the post step's third verb: the JSON report, the job summary and the step outputs, written before
// any network call so that a network failure loses nothing, and written again whenever the comparison or the notes
// change. The budget gate is re-evaluated with each comparison, so it can be applied whatever happens after.





function reportFilePath(env, identity) {
    const dir = (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'carbon-action');
    const job = (0,names/* safeFileComponent */.zT)(identity.job);
    return (0,external_node_path_.join)(dir, `report-${job}-${identity.runId || 'local'}-${identity.attempt}.json`);
}
function writeLocalOutputs(post, report) {
    const local = createLocalOutputs({
        reportPath: reportFilePath(post.env, post.identity),
        summaryPath: post.env.GITHUB_STEP_SUMMARY,
    });
    let comparison;
    let gate = evaluateGate({ report, inputs: post.inputs });
    const write = () => void local.write({ report, comparison, gate, notes: post.notes });
    write();
    return {
        report,
        get comparison() {
            return comparison;
        },
        get gate() {
            return gate;
        },
        compared(c) {
            comparison = c;
            gate = evaluateGate({ report, comparison, inputs: post.inputs });
            write();
        },
        write,
    };
}

;// CONCATENATED MODULE: ./src/action/publish-mode.ts
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
// Through the one sanitiser and the secret redaction, like every other message of the action.















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
                reason: `the report names PR #${number}, whose head is ${data.head.sha.slice(0, 7)}, not ` +
                    `${headSha.slice(0, 7)}, the commit the workflow run built`,
            };
        }
        return { ok: true, baseBranch: data.base.ref };
    }
    catch (err) {
        const status = statusOf(err);
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
        const status = statusOf(err);
        log/* warning */.$e(`carbon-action: the budget check run was not created on ${headSha.slice(0, 7)} ` +
            `(${status ?? err.message})` +
            (status === 403 ? '; grant checks: write to show budgets on the PR' : '') +
            ". The step's own result still applies the budgets.");
    }
}
/**
 * Publishes a report written elsewhere. Input errors and budgets fail the step; an unusable
 * file or a refused PR number is a warning that names the cause, and nothing is posted.
 */
async function runPublish(env, inputs) {
    const read = readReportFile(inputs.reportPath);
    if (!read)
        return;
    const { report, leftOut } = read;
    const payload = run_context_readEventPayload(env);
    const anchor = workflowRunAnchor(payload);
    // The repository and the token are this run's.
    const { owner, repo } = repositoryParts(env);
    const notes = [
        `Published from a report file${anchor ? ` of workflow run ${anchor.id}` : ''}: measured there, not on this runner.`,
    ];
    if (leftOut.length > 0)
        notes.push(`Left out of the report file: ` +
            `${leftOut.slice(0, 5).join('; ')}${leftOut.length > 5 ? ` … and ${leftOut.length - 5} more` : ''}.`);
    const client = gitHubClient({ inputs, env });
    // What kind of run measured this, from GitHub's payload when there is one, else this run's own event.
    const event = anchor ? anchor.event : (env.GITHUB_EVENT_NAME ?? '');
    const isPr = isPullRequestEvent(event);
    await trustContext(report, { env, payload, anchor, event, client, owner, repo, notes });
    const post = postContext(env, { ...inputs, jobName: undefined }, publishedIdentity(report, inputs, isPr, { owner, repo }), {});
    post.notes.push(...notes);
    // History: push runs of this repository only, never a fork's branch.
    const ownPush = !isPr && (!anchor || anchor.headRepository === env.GITHUB_REPOSITORY);
    if (!ownPush) {
        const note = isPr ? undefined : 'Not added to the history: the run was not a push to this repository.';
        post.history = { write: false, note };
    }
    const results = writeLocalOutputs(post, report);
    try {
        results.compared(await compare(post, report, client));
        await publish(post, results, client);
        results.write();
        const { comparison } = results;
        const headline = `${formatMassG(report.co2eG.total)} CO2e, ` +
            `${formatEnergyWh(report.energyWh.total)}${verdictText(comparison) ? `: ${verdictText(comparison)}` : ''}.`;
        if (client && anchor && report.context?.pullRequest)
            await budgetCheckRun(client, owner, repo, anchor.headSha, results.gate, headline);
    }
    catch (err) {
        log/* warning */.$e(`carbon-action: ${err.message}; the summary and JSON report hold the totals.`);
    }
    gate(results.gate);
}
/** The report file, rebuilt field by field; undefined (with a warning that says why) when it cannot be used. */
function readReportFile(path) {
    let size;
    try {
        size = (0,external_node_fs_.statSync)(path).size;
    }
    catch (err) {
        log/* warning */.$e(`carbon-action: report: cannot read ${JSON.stringify(path)} ` +
            `(${err.code ?? err.message}); ` +
            'nothing to publish. Did the artifact download?');
        return;
    }
    if (size > UNTRUSTED_REPORT_MAX_BYTES) {
        log/* warning */.$e(`carbon-action: report: ${JSON.stringify(path)} is ${size} bytes, ` +
            `over the ${UNTRUSTED_REPORT_MAX_BYTES}-byte limit; not read.`);
        return;
    }
    try {
        const { report, warnings: leftOut } = readUntrustedReport((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return { report, leftOut };
    }
    catch (err) {
        log/* warning */.$e(`carbon-action: report: ${JSON.stringify(path)} is not a usable carbon-action report: ` +
            `${err.message}; nothing published.`);
        return;
    }
}
/**
 * The report's context rewritten from what this run can trust: the repository, event, run and commit from GitHub's
 * workflow_run payload; the PR number only when that PR's head is the commit the run built.
 */
async function trustContext(report, t) {
    const { env, anchor, event } = t;
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
    if (isPullRequestEvent(event))
        await trustPullRequest(context, c, t);
    else
        context.branch = anchor ? (anchor.headBranch ?? undefined) : c.branch;
    report.context = Object.fromEntries(Object.entries(context).filter(([, v]) => v !== undefined && v !== ''));
}
async function trustPullRequest(context, claimed, t) {
    const { anchor, client, notes } = t;
    const ownPr = t.payload.pull_request;
    if (!anchor && typeof ownPr?.number === 'number') {
        // The report came from this very run (an earlier job): its own event says which PR.
        context.pullRequest = ownPr.number;
        if (typeof ownPr.base?.ref === 'string')
            context.baseBranch = ownPr.base.ref;
    }
    else if (anchor && claimed.pullRequest && client) {
        const checked = await checkPullRequest(client, t.owner, t.repo, claimed.pullRequest, anchor.headSha);
        if (checked.ok) {
            context.pullRequest = claimed.pullRequest;
            context.baseBranch = checked.baseBranch;
        }
        else {
            notes.push(`No PR comment: ${checked.reason}.`);
            log/* warning */.$e(`carbon-action: report: ${checked.reason}; no PR comment.`);
        }
    }
    else if (anchor && !claimed.pullRequest) {
        notes.push('No PR comment: the report names no pull request (was it measured in a pull_request run?).');
    }
}
/**
 * The names a published report's job goes by, as the live run that measured it named them. The report names the job
 * by the job-name input when there was one, and then keeps GITHUB_JOB as jobId, which history is keyed by (reports
 * from before jobId have only the name: their cache history key then misses a live run's).
 */
function publishedNames(c, matrixInput) {
    return storedNames({
        workflow: c.workflow,
        job: c.jobId || c.job,
        reportedJob: c.job,
        matrix: c.matrix || matrixInput,
        branch: c.branch,
        baseBranch: c.baseBranch,
    });
}
/** The PR run's identity, from the report as rebuilt above: for history keys and the comment's marker and section. */
function publishedIdentity(report, inputs, isPr, repository) {
    const c = report.context ?? {};
    return {
        ...repository,
        ...publishedNames(c, inputs.matrix),
        runId: c.runId || '0',
        attempt: Number(c.runAttempt) || 1,
        event: isPr ? 'pull_request' : 'push',
        pullRequest: c.pullRequest,
        os: OS_NAMES[report.machine.os] ?? report.machine.os,
    };
}


/***/ })

};
