// Validation of the action's inputs. Pure: `get` is core.getInput in production, a map in
// tests. Every problem is collected (a user fixing a workflow wants them all at once), and
// each message names the input, the value and what is accepted. Secrets are never quoted.

import {
  BOOLEAN_ACCEPTED,
  DURATION_ACCEPTED,
  ENERGY_ACCEPTED,
  MASS_ACCEPTED,
  PERCENT_ACCEPTED,
  parseBoolean,
  parseDurationMs,
  parseEnergyWh,
  parseMassG,
  parsePercent,
  parsePlainNumber,
} from './units-parse';
import { MAX_INTENSITY_G_PER_KWH, MAX_PUE, MIN_PUE } from '../carbon/validate';
import { MAX_INTERVAL_MS, MIN_INTERVAL_MS } from '../meter/duration';
import { isMeterScope, METER_SCOPE_ACCEPTED, type MeterScope } from '../meter/scope';
import { redactValues } from '../secrets';

// The same bounds the CLI enforces, from the modules that own them.
export const SAMPLE_INTERVAL_MIN_MS = MIN_INTERVAL_MS;
export const SAMPLE_INTERVAL_MAX_MS = MAX_INTERVAL_MS;
export const DEFAULT_SAMPLE_INTERVAL_MS = 1000;
export const CARBON_INTENSITY_MAX_G_PER_KWH = MAX_INTENSITY_G_PER_KWH;
export const PUE_MIN = MIN_PUE;
export const PUE_MAX = MAX_PUE;
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

/** The value as shown in an error: secrets redacted, JSON-quoted (blanks and quotes visible), short. */
function shown(value: string, secrets: string[]): string {
  const safe = redactValues(value, secrets);
  const short = safe.length > 80 ? `${safe.slice(0, 79)}…` : safe;
  return JSON.stringify(short);
}

// Fallback when no validator is injected: the shapes parseRegion accepts, not the table.
const REGION_SHAPE = /^(azure|aws|gcp|zone|country):[A-Za-z0-9][A-Za-z0-9_-]*$/i;
const REGION_ACCEPTED = 'azure:<region>, aws:<region>, gcp:<region>, zone:<zone>, country:<ISO code>';

export function parseInputs(
  get: (name: string) => string,
  ctx: { eventName: string },
  options: ParseInputsOptions = {},
): ParseInputsResult {
  const errors: string[] = [];
  const raw = (name: string): string => (get(name) ?? '').trim();
  // Secrets: kept as given, never validated in a way that could quote them, and redacted
  // from every message in case one was pasted into another input.
  const githubToken = raw('github-token');
  const mapsToken = raw('electricity-maps-token');
  const secrets = [githubToken, mapsToken].filter((s) => s.length >= 4);
  const fail = (name: string, value: string, problem: string, accepted: string): void => {
    errors.push(`Input "${name}": ${shown(value, secrets)} ${problem}. Accepted: ${accepted}.`);
  };

  const inputs: ActionInputs = {
    githubToken,
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

  const budgetText = raw('budget');
  if (budgetText) {
    const co2eG = parseMassG(budgetText);
    if (co2eG === null) fail('budget', budgetText, 'is not a CO2e amount', MASS_ACCEPTED);
    else if (co2eG <= 0) fail('budget', budgetText, 'must be greater than 0', MASS_ACCEPTED);
    else inputs.budget = { co2eG, text: budgetText };
  }

  const energyText = raw('energy-budget');
  if (energyText) {
    const energyWh = parseEnergyWh(energyText);
    if (energyWh === null) fail('energy-budget', energyText, 'is not an energy amount', ENERGY_ACCEPTED);
    else if (energyWh <= 0) fail('energy-budget', energyText, 'must be greater than 0', ENERGY_ACCEPTED);
    else inputs.energyBudget = { energyWh, text: energyText };
  }

  const increaseText = raw('max-increase');
  if (increaseText) {
    const percent = parsePercent(increaseText);
    if (percent === null) fail('max-increase', increaseText, 'is not a percentage', PERCENT_ACCEPTED);
    else if (percent <= 0) fail('max-increase', increaseText, 'must be greater than 0 %', PERCENT_ACCEPTED);
    else inputs.maxIncrease = { percent, text: increaseText };
  }

  const booleanInput = (name: string, fallback: boolean): boolean => {
    const text = raw(name);
    if (!text) return fallback;
    const value = parseBoolean(text);
    if (value === null) {
      fail(name, text, 'is not a boolean', BOOLEAN_ACCEPTED);
      return fallback;
    }
    return value;
  };
  inputs.failOnBudget = booleanInput('fail-on-budget', true);
  inputs.includeEmbodied = booleanInput('include-embodied', false);
  inputs.comment = booleanInput('comment', inputs.comment);
  inputs.failOnMissingData = booleanInput('fail-on-missing-data', false);

  const timeoutText = raw('timeout');
  if (timeoutText) {
    const ms = parseDurationMs(timeoutText);
    const accepted = '60s, 90s, 2m (from 10s to 30m)';
    if (ms === null) fail('timeout', timeoutText, 'is not a duration', accepted);
    else if (ms < TIMEOUT_MIN_MS || ms > TIMEOUT_MAX_MS) fail('timeout', timeoutText, 'is out of range', accepted);
    else inputs.timeoutMs = Math.round(ms);
  }

  const regionText = raw('region');
  if (regionText) {
    // A validator might quote a cut-down value, which redaction would miss: a value holding
    // a secret never reaches it (and is no region anyway).
    const holdsSecret = secrets.some((secret) => regionText.includes(secret));
    const shapeError = `Input "region": ${shown(regionText, secrets)} is not a region. Accepted: ${REGION_ACCEPTED}.`;
    const problem = holdsSecret
      ? shapeError
      : options.validateRegion
        ? options.validateRegion(regionText)
        : REGION_SHAPE.test(regionText)
          ? null
          : shapeError;
    if (problem) errors.push(problem.startsWith('Input "region"') ? problem : `Input "region": ${problem}`);
    else inputs.region = regionText;
  }

  const intensityText = raw('carbon-intensity');
  if (intensityText) {
    const value = parsePlainNumber(intensityText);
    const accepted = `a number of g CO2e per kWh from 0 to ${CARBON_INTENSITY_MAX_G_PER_KWH}, e.g. 436`;
    if (value === null) fail('carbon-intensity', intensityText, 'is not a number', accepted);
    else if (value > CARBON_INTENSITY_MAX_G_PER_KWH)
      fail('carbon-intensity', intensityText, 'is out of range', accepted);
    else inputs.carbonIntensityGPerKWh = value;
  }

  const pueText = raw('pue');
  if (pueText) {
    const value = parsePlainNumber(pueText);
    const accepted = `a number from ${PUE_MIN} to ${PUE_MAX}, e.g. 1.185`;
    if (value === null) fail('pue', pueText, 'is not a number', accepted);
    else if (value < PUE_MIN || value > PUE_MAX) fail('pue', pueText, 'is out of range', accepted);
    else inputs.pue = value;
  }

  const intervalText = raw('sample-interval');
  if (intervalText) {
    const ms = parseDurationMs(intervalText);
    const accepted = `${DURATION_ACCEPTED} (from 100ms to 60s)`;
    if (ms === null) fail('sample-interval', intervalText, 'is not a duration', accepted);
    else if (ms < SAMPLE_INTERVAL_MIN_MS || ms > SAMPLE_INTERVAL_MAX_MS)
      fail('sample-interval', intervalText, 'is out of range', accepted);
    else {
      // The sampler takes whole milliseconds only: rounded here, so both accept the same values.
      inputs.sampleIntervalMs = Math.round(ms);
      inputs.sampleIntervalText = intervalText;
    }
  }

  const meterScopeText = raw('meter-scope');
  if (meterScopeText) {
    if (isMeterScope(meterScopeText)) inputs.meterScope = meterScopeText;
    else fail('meter-scope', meterScopeText, 'is not a meter scope', METER_SCOPE_ACCEPTED);
  }

  const gridText = raw('grid-source');
  if (gridText) {
    if (gridText === 'electricity-maps' || gridText === 'google') inputs.gridSource = gridText;
    else
      fail(
        'grid-source',
        gridText,
        'is not a grid data source',
        "electricity-maps (lifecycle, default), google (Google's 2024 figures for GCP regions, operational)",
      );
  }

  const memoryText = raw('memory-model');
  if (memoryText) {
    if (memoryText === 'measured' || memoryText === 'ccf') inputs.memoryModel = memoryText;
    else
      fail(
        'memory-model',
        memoryText,
        'is not a memory model',
        "measured (fitted to SPECpower results, default), ccf (Cloud Carbon Footprint's 0.392 W/GB)",
      );
  }

  const scopeText = raw('comment-scope');
  if (scopeText) {
    if (scopeText === 'job' || scopeText === 'run') inputs.commentScope = scopeText;
    else
      fail(
        'comment-scope',
        scopeText,
        'is not a comment scope',
        'job (one comment per job), run (one comment per workflow run, a section per job)',
      );
  }

  const branchText = raw('history-branch');
  if (branchText) {
    // git check-ref-format's rules, the ones a typo can break.
    const valid =
      /^[A-Za-z0-9._/-]+$/.test(branchText) &&
      !/^[-/.]|[/.]$|\.\.|\/\/|\.lock$|@\{/.test(branchText) &&
      branchText.length <= 200;
    if (valid) inputs.historyBranch = branchText;
    else
      fail(
        'history-branch',
        branchText,
        'is not a branch name',
        'a git branch name such as carbon-data (letters, digits, . _ - /)',
      );
  }
  inputs.dashboard = booleanInput('dashboard', false);
  if (inputs.dashboard && !branchText) {
    errors.push(
      'Input "dashboard": "true" needs the history-branch input, where the dashboard is built from and committed to. Accepted: false, or set history-branch.',
    );
  }

  const historyPath = raw('history-path');
  if (historyPath) {
    if (historyPath.includes('\0')) fail('history-path', historyPath, 'contains a NUL character', 'a directory path');
    else inputs.historyPath = historyPath;
  }

  if (mapsToken) inputs.electricityMapsToken = mapsToken;

  const label = (name: string): string | undefined => {
    const text = raw(name);
    if (!text) return undefined;
    if (text.length > LABEL_MAX_LENGTH || /[\u0000-\u001F\u007F]/.test(text)) {
      fail(name, text, 'is not a short one-line label', `up to ${LABEL_MAX_LENGTH} characters on one line`);
      return undefined;
    }
    return text;
  };
  inputs.matrix = label('matrix');
  inputs.jobName = label('job-name');

  const checkRunText = raw('check-run-id');
  if (checkRunText) {
    const id = /^\d{1,16}$/.test(checkRunText) ? Number(checkRunText) : NaN;
    if (!Number.isSafeInteger(id) || id <= 0)
      fail('check-run-id', checkRunText, 'is not a check run id', 'digits, e.g. ${{ job.check_run_id }}, or empty');
    else inputs.checkRunId = id;
  }

  const reportText = raw('report');
  if (reportText) {
    if (reportText.includes('\0') || reportText.length > 1000)
      fail(
        'report',
        reportText,
        'is not a file path',
        'the path of a carbon-action JSON report, e.g. carbon-report.json',
      );
    else {
      inputs.reportPath = reportText;
      // Publishing a PR's report is what this mode is for: it comments unless told not to.
      if (!raw('comment')) inputs.comment = true;
    }
  }

  // A last pass for messages written elsewhere (the injected region validator).
  const safeErrors = errors.map((e) => redactValues(e, secrets));
  if (safeErrors.length > 0) return { ok: false, errors: safeErrors };
  for (const key of Object.keys(inputs) as (keyof ActionInputs)[]) if (inputs[key] === undefined) delete inputs[key];
  return { ok: true, inputs };
}
