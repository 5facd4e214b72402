// Validation of the action's inputs. Pure: `get` is core.getInput in production, a map in
// tests. Every problem is collected (a user fixing a workflow wants them all at once), and
// each message names the input, the value and what is accepted. Secrets are never quoted.
// Quantities go through the grammar the CLI's options use (units/parse.ts).

import { BRANCH_NAME_ACCEPTED, isBranchName } from '../branch-name';
import { CARBON_INTENSITY_RULE, PUE_RULE } from '../carbon/validate';
import { MAX_INTERVAL_MS, MIN_INTERVAL_MS, SAMPLE_INTERVAL_RULE } from '../meter/duration';
import { isMeterScope, METER_SCOPE_ACCEPTED, type MeterScope } from '../meter/scope';
import { redactValues } from '../secrets';
import {
  BOOLEAN_ACCEPTED,
  checkQuantity,
  ENERGY_ACCEPTED,
  MASS_ACCEPTED,
  PERCENT_ACCEPTED,
  parseBoolean,
  parseDurationMs,
  parseEnergyWh,
  parseMassG,
  parsePercent,
  parsePlainNumber,
  type QuantityRule,
} from '../units/parse';

// The same bounds the CLI enforces, from the modules that own them.
export const SAMPLE_INTERVAL_MIN_MS = MIN_INTERVAL_MS;
export const SAMPLE_INTERVAL_MAX_MS = MAX_INTERVAL_MS;
export const DEFAULT_SAMPLE_INTERVAL_MS = 1000;
/** The post step's overall deadline (input `timeout`). */
export const DEFAULT_TIMEOUT_MS = 60_000;
export const TIMEOUT_MIN_MS = 10_000;
export const TIMEOUT_MAX_MS = 30 * 60_000;
/** Free-text labels longer than this are refused (they end up in cache keys and comments). */
export const LABEL_MAX_LENGTH = 200;

export interface ActionInputs {
  /** Secret: never log it. '' when unset. */
  githubToken: string;
  budget?: { co2eG: number; text: string };
  energyBudget?: { energyWh: number; text: string };
  maxIncrease?: { percent: number; text: string };
  failOnBudget: boolean;
  /** Validated region text as the user wrote it (trimmed), e.g. "azure:eastus2". */
  region?: string;
  carbonIntensityGPerKWh?: number;
  pue?: number;
  includeEmbodied: boolean;
  sampleIntervalMs: number;
  /** The interval as written, for display ("1s" when defaulted). */
  sampleIntervalText: string;
  /** Which CPU counter to meter: auto (the container's cgroup when in one), machine, container. */
  meterScope: MeterScope;
  comment: boolean;
  /** 'run' (default): one comment per workflow run, a section per job; 'job': one sticky comment per job. */
  commentScope: 'job' | 'run';
  historyPath?: string;
  /** Branch that keeps an append-only JSON Lines history, written by push runs. */
  historyBranch?: string;
  /** Regenerate the static dashboard on the history branch on push runs. */
  dashboard: boolean;
  /** Yearly grid figures: Electricity Maps (lifecycle) or Google's own (GCP regions, operational). */
  gridSource?: 'electricity-maps' | 'google';
  /** Memory power: the fitted SPECpower coefficient (default) or Cloud Carbon Footprint's 0.392 W/GB. */
  memoryModel?: 'measured' | 'ccf';
  /** Secret: never log it. */
  electricityMapsToken?: string;
  matrix?: string;
  checkRunId?: number;
  jobName?: string;
  /** Fail the step when a budget is set but the run could not be metered at all. */
  failOnMissingData: boolean;
  /** The post step's overall deadline, ms. */
  timeoutMs: number;
  /** Publish mode: a report JSON to compare, comment on and gate, instead of metering this job. */
  reportPath?: string;
}

export interface ParseInputsOptions {
  /** The carbon module's region check: returns an error message, or null when valid. */
  validateRegion?: (text: string) => string | null;
}

export type ParseInputsResult = { ok: true; inputs: ActionInputs } | { ok: false; errors: string[] };

const COMMENT_DEFAULT_EVENTS = new Set(['pull_request', 'pull_request_target']);

// The action-only quantities; the interval, PUE and intensity rules live with their bounds.
const BUDGET_RULE: QuantityRule = { noun: 'a CO2e amount', parse: parseMassG, above: 0, accepted: MASS_ACCEPTED };
const ENERGY_BUDGET_RULE: QuantityRule = {
  noun: 'an energy amount',
  parse: parseEnergyWh,
  above: 0,
  accepted: ENERGY_ACCEPTED,
};
const MAX_INCREASE_RULE: QuantityRule = {
  noun: 'a percentage',
  parse: parsePercent,
  above: 0,
  aboveProblem: 'must be greater than 0 %',
  accepted: PERCENT_ACCEPTED,
};
const TIMEOUT_RULE: QuantityRule = {
  noun: 'a duration',
  parse: (text) => parseDurationMs(text),
  min: TIMEOUT_MIN_MS,
  max: TIMEOUT_MAX_MS,
  accepted: '60s, 90s, 2m (from 10s to 30m)',
  round: true,
};

/** The value as shown in an error: secrets redacted, JSON-quoted (blanks and quotes visible), short. */
function shown(value: string, secrets: string[]): string {
  const safe = redactValues(value, secrets);
  const short = safe.length > 80 ? `${safe.slice(0, 79)}…` : safe;
  return JSON.stringify(short);
}

// Fallback when no validator is injected: the shapes parseRegion accepts, not the table.
const REGION_SHAPE = /^(azure|aws|gcp|zone|country):[A-Za-z0-9][A-Za-z0-9_-]*$/i;
const REGION_ACCEPTED = 'azure:<region>, aws:<region>, gcp:<region>, zone:<zone>, country:<ISO code>';

/** Reads trimmed inputs and collects refusals; every reader below takes one. */
interface InputReader {
  raw(name: string): string;
  fail(name: string, value: string, problem: string, accepted: string): void;
  /** Values at least 4 characters long that must never be quoted. */
  secrets: string[];
  errors: string[];
}

function createReader(get: (name: string) => string): InputReader {
  const raw = (name: string): string => (get(name) ?? '').trim();
  // Secrets: kept as given, never validated in a way that could quote them, and redacted
  // from every message in case one was pasted into another input.
  const secrets = [raw('github-token'), raw('electricity-maps-token')].filter((s) => s.length >= 4);
  const errors: string[] = [];
  const fail = (name: string, value: string, problem: string, accepted: string): void => {
    errors.push(`Input "${name}": ${shown(value, secrets)} ${problem}. Accepted: ${accepted}.`);
  };
  return { raw, fail, secrets, errors };
}

/** The input by the quantity grammar; undefined when unset or refused. */
function readQuantity(r: InputReader, name: string, rule: QuantityRule): { value: number; text: string } | undefined {
  const text = r.raw(name);
  if (!text) return undefined;
  const checked = checkQuantity(rule, text);
  if (checked.ok) return { value: checked.value, text };
  r.fail(name, text, checked.problem, checked.accepted);
  return undefined;
}

function readBoolean(r: InputReader, name: string, fallback: boolean): boolean {
  const text = r.raw(name);
  if (!text) return fallback;
  const value = parseBoolean(text);
  if (value !== null) return value;
  r.fail(name, text, 'is not a boolean', BOOLEAN_ACCEPTED);
  return fallback;
}

/** One of `choices`, else undefined with a refusal. */
function readChoice<T extends string>(
  r: InputReader,
  name: string,
  choices: readonly T[],
  problem: string,
  accepted: string,
): T | undefined {
  const text = r.raw(name);
  if (!text) return undefined;
  if ((choices as readonly string[]).includes(text)) return text as T;
  r.fail(name, text, problem, accepted);
  return undefined;
}

function readBudgets(r: InputReader, inputs: ActionInputs): void {
  const budget = readQuantity(r, 'budget', BUDGET_RULE);
  if (budget) inputs.budget = { co2eG: budget.value, text: budget.text };
  const energy = readQuantity(r, 'energy-budget', ENERGY_BUDGET_RULE);
  if (energy) inputs.energyBudget = { energyWh: energy.value, text: energy.text };
  const increase = readQuantity(r, 'max-increase', MAX_INCREASE_RULE);
  if (increase) inputs.maxIncrease = { percent: increase.value, text: increase.text };
}

function readSwitches(r: InputReader, inputs: ActionInputs): void {
  inputs.failOnBudget = readBoolean(r, 'fail-on-budget', true);
  inputs.includeEmbodied = readBoolean(r, 'include-embodied', false);
  inputs.comment = readBoolean(r, 'comment', inputs.comment);
  inputs.failOnMissingData = readBoolean(r, 'fail-on-missing-data', false);
  const timeout = readQuantity(r, 'timeout', TIMEOUT_RULE);
  if (timeout) inputs.timeoutMs = timeout.value;
}

function readRegion(r: InputReader, inputs: ActionInputs, options: ParseInputsOptions): void {
  const regionText = r.raw('region');
  if (!regionText) return;
  // A validator might quote a cut-down value, which redaction would miss: a value holding
  // a secret never reaches it (and is no region anyway).
  const holdsSecret = r.secrets.some((secret) => regionText.includes(secret));
  const shapeError =
    `Input "region": ${shown(regionText, r.secrets)} is not a region. ` + `Accepted: ${REGION_ACCEPTED}.`;
  const problem = holdsSecret
    ? shapeError
    : options.validateRegion
      ? options.validateRegion(regionText)
      : REGION_SHAPE.test(regionText)
        ? null
        : shapeError;
  if (problem) r.errors.push(problem.startsWith('Input "region"') ? problem : `Input "region": ${problem}`);
  else inputs.region = regionText;
}

function readGridFigures(r: InputReader, inputs: ActionInputs): void {
  inputs.carbonIntensityGPerKWh = readQuantity(r, 'carbon-intensity', CARBON_INTENSITY_RULE)?.value;
  inputs.pue = readQuantity(r, 'pue', PUE_RULE)?.value;
}

function readMetering(r: InputReader, inputs: ActionInputs): void {
  const interval = readQuantity(r, 'sample-interval', SAMPLE_INTERVAL_RULE);
  if (interval) {
    inputs.sampleIntervalMs = interval.value;
    // Shown as "metering this job every …": a bare number is milliseconds, so say so.
    inputs.sampleIntervalText = parsePlainNumber(interval.text) === null ? interval.text : `${interval.text}ms`;
  }
  const meterScopeText = r.raw('meter-scope');
  if (meterScopeText) {
    if (isMeterScope(meterScopeText)) inputs.meterScope = meterScopeText;
    else r.fail('meter-scope', meterScopeText, 'is not a meter scope', METER_SCOPE_ACCEPTED);
  }
}

function readModels(r: InputReader, inputs: ActionInputs): void {
  inputs.gridSource = readChoice(
    r,
    'grid-source',
    ['electricity-maps', 'google'] as const,
    'is not a grid data source',
    "electricity-maps (lifecycle, default), google (Google's 2024 figures for GCP regions, operational)",
  );
  inputs.memoryModel = readChoice(
    r,
    'memory-model',
    ['measured', 'ccf'] as const,
    'is not a memory model',
    "measured (fitted to SPECpower results, default), ccf (Cloud Carbon Footprint's 0.392 W/GB)",
  );
  const scope = readChoice(
    r,
    'comment-scope',
    ['job', 'run'] as const,
    'is not a comment scope',
    'job (one comment per job), run (one comment per workflow run, a section per job)',
  );
  if (scope) inputs.commentScope = scope;
}

function readHistory(r: InputReader, inputs: ActionInputs): void {
  const branchText = r.raw('history-branch');
  if (branchText) {
    if (isBranchName(branchText)) inputs.historyBranch = branchText;
    else r.fail('history-branch', branchText, 'is not a branch name', BRANCH_NAME_ACCEPTED);
  }
  inputs.dashboard = readBoolean(r, 'dashboard', false);
  if (inputs.dashboard && !branchText) {
    r.errors.push(
      'Input "dashboard": "true" needs the history-branch input, where the dashboard is built from and ' +
        'committed to. Accepted: false, or set history-branch.',
    );
  }
  const historyPath = r.raw('history-path');
  if (historyPath) {
    if (historyPath.includes('\0')) r.fail('history-path', historyPath, 'contains a NUL character', 'a directory path');
    else inputs.historyPath = historyPath;
  }
}

function readLabel(r: InputReader, name: string): string | undefined {
  const text = r.raw(name);
  if (!text) return undefined;
  if (text.length > LABEL_MAX_LENGTH || /[\u0000-\u001F\u007F]/.test(text)) {
    r.fail(name, text, 'is not a short one-line label', `up to ${LABEL_MAX_LENGTH} characters on one line`);
    return undefined;
  }
  return text;
}

function readJobLabels(r: InputReader, inputs: ActionInputs): void {
  inputs.matrix = readLabel(r, 'matrix');
  inputs.jobName = readLabel(r, 'job-name');
  const checkRunText = r.raw('check-run-id');
  if (checkRunText) {
    const id = /^\d{1,16}$/.test(checkRunText) ? Number(checkRunText) : NaN;
    if (!Number.isSafeInteger(id) || id <= 0)
      r.fail('check-run-id', checkRunText, 'is not a check run id', 'digits, e.g. ${{ job.check_run_id }}, or empty');
    else inputs.checkRunId = id;
  }
}

function readReportPath(r: InputReader, inputs: ActionInputs): void {
  const reportText = r.raw('report');
  if (!reportText) return;
  if (reportText.includes('\0') || reportText.length > 1000) {
    const accepted = 'the path of a carbon-action JSON report, e.g. carbon-report.json';
    r.fail('report', reportText, 'is not a file path', accepted);
    return;
  }
  inputs.reportPath = reportText;
  // Publishing a PR's report is what this mode is for: it comments unless told not to.
  if (!r.raw('comment')) inputs.comment = true;
}

export function parseInputs(
  get: (name: string) => string,
  ctx: { eventName: string },
  options: ParseInputsOptions = {},
): ParseInputsResult {
  const r = createReader(get);
  const inputs: ActionInputs = {
    githubToken: r.raw('github-token'),
    failOnBudget: true,
    includeEmbodied: false,
    sampleIntervalMs: DEFAULT_SAMPLE_INTERVAL_MS,
    sampleIntervalText: '1s',
    meterScope: 'auto',
    comment: COMMENT_DEFAULT_EVENTS.has(ctx.eventName),
    commentScope: 'run',
    dashboard: false,
    failOnMissingData: false,
    timeoutMs: DEFAULT_TIMEOUT_MS,
  };
  // The order the errors have always come in.
  readBudgets(r, inputs);
  readSwitches(r, inputs);
  readRegion(r, inputs, options);
  readGridFigures(r, inputs);
  readMetering(r, inputs);
  readModels(r, inputs);
  readHistory(r, inputs);
  const mapsToken = r.raw('electricity-maps-token');
  if (mapsToken) inputs.electricityMapsToken = mapsToken;
  readJobLabels(r, inputs);
  readReportPath(r, inputs);

  // A last pass for messages written elsewhere (the injected region validator).
  const safeErrors = r.errors.map((e) => redactValues(e, r.secrets));
  if (safeErrors.length > 0) return { ok: false, errors: safeErrors };
  for (const key of Object.keys(inputs) as (keyof ActionInputs)[]) if (inputs[key] === undefined) delete inputs[key];
  return { ok: true, inputs };
}
