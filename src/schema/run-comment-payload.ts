// The hidden JSON payload each job stores in its section of the run comment
// (src/report/run-comment-render.ts builds it, src/github/run-comment.ts carries it). It is read
// back from a comment anyone with write access could edit, so the schema checks every field: the
// figures a row needs must be there, and anything else that is wrong falls back to "not known"
// (null, none, an empty list) rather than losing the job's row.

import * as v from 'valibot';
import { list, obj } from './fields';

export const RUN_COMMENT_PAYLOAD_VERSION = 1;

const finite = () => v.custom<number>((x) => typeof x === 'number' && Number.isFinite(x), 'must be a finite number');
const finiteOrNull = () => v.fallback(v.nullable(finite()), null);
const textOrNull = () => v.fallback(v.nullable(v.string()), null);
const BUDGET_KINDS = ['co2e', 'energy', 'max-increase'] as const;

const stepRowEntries = { name: v.string(), durationS: finite(), energyWh: finite(), co2eG: finite() };
export const StepRowSchema = obj(stepRowEntries);

/** The part of an energy comparison the verdict needs, kept short: a payload per job rides in the comment. */
export const EnergyChangeSchema = obj({
  baseMedian: finite(),
  deltaAbs: finite(),
  deltaPercent: finiteOrNull(),
  withinNoise: v.fallback(v.boolean(), false),
});

/** How the base runs were made comparable, and the CPU-seconds change; absent from older payloads. */
const likeForLikeEntries = {
  basis: v.fallback(v.optional(v.picklist(['same-machine-class', 'repriced', 'as-recorded'])), undefined),
  noiseKnown: v.fallback(v.optional(v.boolean()), undefined),
  cpuSecondsDeltaPercent: v.fallback(v.optional(v.nullable(finite())), undefined),
};
export const LikeForLikeTagSchema = obj(likeForLikeEntries);

const Co2eChangeSchema = obj({
  baseBranch: v.string(),
  runs: finite(),
  current: finite(),
  baseMedian: finite(),
  baseMin: finite(),
  baseMax: finite(),
  deltaAbs: finite(),
  deltaPercent: finiteOrNull(),
  withinNoise: v.fallback(v.boolean(), false),
  ...likeForLikeEntries,
});

const BudgetSchema = obj({
  status: v.fallback(v.picklist(['pass', 'exceeded', 'skipped', 'none']), 'none'),
  mode: v.fallback(v.picklist(['fail', 'warn']), 'fail'),
  exceeded: v.fallback(list('budget.exceeded', v.picklist(BUDGET_KINDS), BUDGET_KINDS.length), []),
});

export const RunCommentPayloadSchema = obj({
  v: v.literal(RUN_COMMENT_PAYLOAD_VERSION),
  /** Display name: job plus matrix values. */
  job: v.string(),
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
  cpuMethod: v.fallback(v.picklist(['rapl', 'powermetrics', 'model']), 'model'),
  /** CO2e against this job's own base-branch median; null without a baseline. */
  co2eChange: v.fallback(v.nullable(Co2eChangeSchema), null),
  /** Energy against the same base runs, for the verdict; null without a baseline (absent in older payloads). */
  energyChange: v.fallback(v.optional(v.nullable(EnergyChangeSchema)), null),
  budget: v.fallback(BudgetSchema, () => ({ status: 'none' as const, mode: 'fail' as const, exceeded: [] })),
  steps: v.fallback(list('steps', StepRowSchema, 100), []),
  otherSteps: v.fallback(v.nullable(obj({ ...stepRowEntries, count: finite() })), null),
  sha: textOrNull(),
});

export type StepRow = v.InferOutput<typeof StepRowSchema>;
export type EnergyChange = v.InferOutput<typeof EnergyChangeSchema>;
export type LikeForLikeTag = v.InferOutput<typeof LikeForLikeTagSchema>;
export type RunCommentPayload = v.InferOutput<typeof RunCommentPayloadSchema>;

/** A payload read back from a comment, checked by the schema; null when it is not one this version reads. */
export function readRunCommentPayload(x: unknown): RunCommentPayload | null {
  const read = v.safeParse(RunCommentPayloadSchema, x, { abortEarly: true });
  return read.success ? read.output : null;
}
