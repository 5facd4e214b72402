// Comparing like with like across hardware. GitHub's ubuntu-latest pool mixes AMD and Intel
// hosts whose modelled power differs many times over for the same work, so a base run on
// another machine says nothing about this run's code until its work is priced on this
// machine. Pure: plain data in, plain data out. Formulas: docs/methodology.md, "Comparison
// with the base branch".
import { powerAtUtilisationW } from '../meter/power-model';
import { readWorkAccount } from '../meter/work';
import type { ComparisonBasis, Report, WorkAccount } from '../schema/report';

/**
 * Base runs on this machine class needed before they are used as they are. Three is the
 * fewest whose median is a middle run rather than one of the extremes, and whose min–max
 * spread says something about the noise (the gate's "inside the spread" rule rests on it).
 */
export const MIN_SAME_CLASS_RUNS = 3;
/** The base runs' spread is taken as the noise from this many runs on (the same reasoning). */
export const MIN_RUNS_FOR_NOISE = 3;

export interface MachineClass {
  cpuModel: string;
  vcpus: number;
}

/** The work account's class, else (older reports) the machine the report names. */
export function machineClassOf(r: Report): MachineClass {
  const w = readWorkAccount(r.work);
  if (w) return w.machineClass;
  return { cpuModel: String(r.machine?.cpuModel ?? 'unknown CPU'), vcpus: Number(r.machine?.threads) || 0 };
}

export const sameClass = (a: MachineClass, b: MachineClass): boolean =>
  a.cpuModel === b.cpuModel && a.vcpus === b.vcpus;
// Capped: a CPU name comes from a history file, which anyone with write access could have edited.
export const classText = (c: MachineClass): string => `${c.vcpus} vCPU ${c.cpuModel.slice(0, 100)}`;

/**
 * CPU energy, Wh, of `work` on a machine with this curve and vCPU count. Each band k holds
 * T_k seconds at mean utilisation m_k = busy_k ÷ T_k; on n' vCPUs the same CPU time is
 * m'_k = min(1, m_k × n ÷ n'), priced at P(m'_k) × T_k. With n = n' this is exact: the curve is
 * linear within a band, so P(mean) × T equals the sum of the intervals' own P(u) × Δt.
 */
export function repriceCpuWh(work: WorkAccount, cpuCurveW: number[], vcpus: number): number {
  if (!(vcpus > 0)) throw new Error(`repriceCpuWh: vcpus is ${vcpus}; expected a positive number`);
  const scale = utilisationCpus(work) / vcpus;
  let joules = 0;
  for (let k = 0; k < work.utilisationHistogramS.length; k++) {
    const seconds = work.utilisationHistogramS[k];
    if (!(seconds > 0)) continue;
    const mean = Math.min(1, (work.utilisationHistogramBusyS[k] / seconds) * scale);
    joules += powerAtUtilisationW(cpuCurveW, mean) * seconds;
  }
  return joules / 3600;
}

/**
 * The CPUs a run's utilisation is a fraction of: its vCPUs, or in container scope its CPU
 * allowance. cpuSeconds = that × Σ busyS, so it is recovered from the account itself.
 */
export function utilisationCpus(work: WorkAccount): number {
  const busyS = work.utilisationHistogramBusyS.reduce((a, b) => a + b, 0);
  return busyS > 0 && work.cpuSeconds > 0 ? work.cpuSeconds / busyS : work.machineClass.vcpus;
}

export interface PricedRun {
  report: Report;
  energyWh: number;
  co2eG: number;
  /** null when the run has no work account. */
  cpuSeconds: number | null;
  /** Its figures were re-priced on this run's machine (false: as recorded). */
  repriced: boolean;
}

/**
 * What `base`'s work would have cost on `current`'s machine, grid and PUE: CPU re-priced from
 * its histogram, memory = its GB-s × this run's W/GB, GPU energy as recorded (measured, not
 * modelled); CO2e = energy × this run's PUE × intensity, plus (when this run counts embodied)
 * this run's embodied share scaled by duration. null when `base` has no work account.
 */
export function repriceRun(base: Report, current: Report, currentWork: WorkAccount): PricedRun | null {
  const w = readWorkAccount(base.work);
  if (!w) return null;
  const cpuWh = repriceCpuWh(w, currentWork.pricing.cpuCurveW, utilisationCpus(currentWork));
  const memoryWh = (w.memoryGbS * currentWork.pricing.memoryWPerGb) / 3600;
  const gpuWh = Number.isFinite(base.energyWh.gpu) ? base.energyWh.gpu : 0;
  const energyWh = cpuWh + memoryWh + gpuWh;
  const operationalG = (energyWh / 1000) * current.pue.value * current.intensity.gPerKWh;
  const embodiedG =
    current.includeEmbodied && current.durationS > 0 && Number.isFinite(base.durationS)
      ? (current.co2eG.embodied * base.durationS) / current.durationS
      : 0;
  return { report: base, energyWh, co2eG: operationalG + embodiedG, cpuSeconds: w.cpuSeconds, repriced: true };
}

const asRecorded = (r: Report): PricedRun => ({
  report: r,
  energyWh: r.energyWh.total,
  co2eG: r.co2eG.total,
  cpuSeconds: readWorkAccount(r.work)?.cpuSeconds ?? null,
  repriced: false,
});

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function otherClassesText(runs: Report[], current: MachineClass): string {
  const names = [
    ...new Set(
      runs
        .map(machineClassOf)
        .filter((c) => !sameClass(c, current))
        .map(classText),
    ),
  ];
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
}

export interface LikeForLike {
  runs: PricedRun[];
  basis: ComparisonBasis;
}

/**
 * The base runs to compare `current` with, made comparable: the latest ≤ maxRuns on its machine
 * class when there are at least MIN_SAME_CLASS_RUNS; otherwise the latest ≤ maxRuns that can be
 * priced on its machine (re-priced from their histograms; same-class runs without one as
 * recorded); otherwise, honestly labelled, the latest ≤ maxRuns as recorded.
 * `usable` is oldest first and holds at least one run.
 */
export function likeForLike(current: Report, usable: Report[], maxRuns: number, baseBranch: string): LikeForLike {
  const cls = machineClassOf(current);
  const same = usable.filter((r) => sameClass(machineClassOf(r), cls));
  const c: Comparing = { current, cls, clsText: classText(cls), branch: baseBranch, same, maxRuns };
  if (same.length >= MIN_SAME_CLASS_RUNS) return sameClassComparison(c, same.slice(-maxRuns), 0, '');
  const currentWork = readWorkAccount(current.work);
  return (currentWork && repricedComparison(c, usable, currentWork)) || asRecordedComparison(c, usable, !!currentWork);
}

/** The run being compared, its machine class and the base runs on that class. */
interface Comparing {
  current: Report;
  cls: MachineClass;
  clsText: string;
  branch: string;
  same: Report[];
  maxRuns: number;
}

function basisOf(
  c: Comparing,
  mode: ComparisonBasis['mode'],
  runs: number,
  notRepriceable: number,
  note: string,
): ComparisonBasis {
  return {
    mode,
    machineClass: c.clsText,
    sameClassRuns: c.same.length,
    notRepriceable,
    noiseKnown: runs >= MIN_RUNS_FOR_NOISE,
    note,
  };
}

function sameClassComparison(c: Comparing, chosen: Report[], notRepriceable: number, leftOut: string): LikeForLike {
  const runs = chosen.map(asRecorded);
  const note =
    `Compared with ${plural(runs.length, `${c.branch} run`)} on the same machine class (${c.clsText}).` + leftOut;
  return { runs, basis: basisOf(c, 'same-machine-class', runs.length, notRepriceable, note) };
}

/** The latest runs that can be priced on this machine; null when none can. */
function repricedComparison(c: Comparing, usable: Report[], currentWork: WorkAccount): LikeForLike | null {
  const priceable = usable.filter((r) => readWorkAccount(r.work) !== null || sameClass(machineClassOf(r), c.cls));
  if (priceable.length === 0) return null;
  const notRepriceable = usable.length - priceable.length;
  const leftOut =
    notRepriceable > 0
      ? ` ${plural(notRepriceable, 'older run')} on other hardware (` +
        `${otherClassesText(
          usable.filter((r) => !priceable.includes(r)),
          c.cls,
        )}) had no utilisation histogram and could not be re-priced, ` +
        `so ${notRepriceable === 1 ? 'it was' : 'they were'} left out.`
      : '';
  const chosen = priceable.slice(-c.maxRuns);
  if (chosen.every((r) => sameClass(machineClassOf(r), c.cls)))
    return sameClassComparison(c, chosen, notRepriceable, leftOut);
  const runs = chosen.map((r) => repriceRun(r, c.current, currentWork) ?? asRecorded(r));
  const others = chosen.filter((r) => !sameClass(machineClassOf(r), c.cls));
  // Re-pricing always uses the model's curve: say so when this run's own CPU energy was measured.
  const rapl =
    c.current.methods?.cpu?.method === 'rapl'
      ? " This run's CPU energy was measured (RAPL); the re-priced runs use the power model's curve for this machine."
      : '';
  const note =
    `${others.length} of the ${plural(runs.length, `${c.branch} run`)} ran on other hardware ` +
    `(${otherClassesText(others, c.cls)}): each run's work (CPU utilisation histogram, memory GB-s) ` +
    `was re-priced on this machine (${c.clsText}).${leftOut}${rapl}`;
  return { runs, basis: basisOf(c, 'repriced', runs.length, notRepriceable, note) };
}

/** Honestly labelled: the latest runs as recorded. */
function asRecordedComparison(c: Comparing, usable: Report[], hasWork: boolean): LikeForLike {
  const runs = usable.slice(-c.maxRuns).map(asRecorded);
  const why = hasWork
    ? `ran on other hardware (${otherClassesText(usable, c.cls)}) and have no utilisation histogram ` +
      `(recorded by an older carbon-action), so they could not be re-priced on this machine (${c.clsText})`
    : `could not be re-priced: this run has no utilisation record`;
  const note = `Not like for like: the ${c.branch} runs ${why}; compared as recorded.`;
  return { runs, basis: basisOf(c, 'as-recorded', runs.length, usable.length - c.same.length, note) };
}
