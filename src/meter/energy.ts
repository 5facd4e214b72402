// Energy from samples, integrated sample by sample: each consecutive pair of samples is one
// interval with its own utilisation and power. The power curve is not linear, so the power of
// the average utilisation is not the average power; integrating per interval avoids that error.
// Pure and streaming: records go in one at a time, memory stays bounded (a fixed timeline).
import type { CpuMethod, GpuMethod, SamplesSummary } from '../schema/report';
import { joulesToWh, microjoulesToJoules, millijoulesToJoules, msToS } from '../units/convert';
import { powerAtUtilisationW } from './power-model';
import { createPowerTimeline, type PowerTimeline } from './power-timeline';
import { utilisationBetween } from './proc-stat';
import { raplDeltaUj } from './rapl';
import type { EndReason, GpuSampleRecord, MeterRecord, SampleRecord } from './sample-format';
import { createUtilisationHistogram } from './work';

export interface EnergyWindow {
  startMs: number;
  endMs: number;
}

export interface EnergyIntegratorOptions {
  /** The VM's CPU power at 0, 10, …, 100 % utilisation: 11 points, W. */
  cpuCurveW: number[];
  memoryWPerGb: number;
  /** Memory the machine has, GB: memory power is a constant W/GB × GB. */
  memoryGb: number;
  /** Periods (steps) to attribute energy to, by time overlap. */
  windows?: EnergyWindow[];
  /** Nominal interval; otherwise taken from the header, else from the first interval. */
  intervalMs?: number;
  /** When metering was meant to end (epoch ms): samples ending 3 intervals before it mean the sampler ended early. */
  periodEndMs?: number;
  /** Use RAPL counters when the header says they are readable (default true). */
  useRapl?: boolean;
  /**
   * Container scope: utilisation is the cgroup's CPU time ÷ (wall time × this many CPUs), and
   * RAPL, which counts the whole package (other tenants included), is not used.
   */
  containerCpus?: number;
}

export interface EnergyResult {
  durationS: number;
  energyWh: { cpu: number; memory: number; gpu: number; total: number };
  /** Whole-machine IT power: mean over the run, peak over one interval. */
  powerW: { mean: number; peak: number };
  /** tornLines is left at 0: the caller sets it from the file reader's count. */
  samples: SamplesSummary;
  windowsEnergyWh: number[];
  cpuMethod: CpuMethod;
  gpuMethod: GpuMethod;
  /** Time-weighted mean and highest interval utilisation, 0..1; null when no interval had CPU data. */
  cpuUtilisation: { mean: number; peak: number } | null;
  /**
   * Seconds, and Σ utilisation × s, in each 10 % band, at the utilisation each interval was priced at
   * (src/meter/work.ts).
   */
  utilisationHistogram: { seconds: number[]; busyS: number[] };
  endReason: EndReason | null;
  /** Warnings the sampler wrote, and integration notes (RAPL missing on some intervals, …). */
  warnings: string[];
}

export interface EnergyIntegrator {
  add(record: MeterRecord): void;
  result(): EnergyResult;
}

const CURVE_POINTS = 11;
const GAP_FACTOR = 3;
/** A generous per-package power ceiling, W, for judging whether a RAPL counter could wrap twice. */
const RAPL_PACKAGE_CEILING_W = 500;
const MAX_WARNINGS = 20;

function checkOptions(o: EnergyIntegratorOptions): void {
  if (
    !Array.isArray(o.cpuCurveW) ||
    o.cpuCurveW.length !== CURVE_POINTS ||
    !o.cpuCurveW.every((w) => Number.isFinite(w) && w >= 0)
  ) {
    throw new Error(
      `energy: cpuCurveW ${JSON.stringify(o.cpuCurveW)} is not a power curve; ` +
        'expected 11 non-negative watt figures for 0, 10, …, 100 % utilisation',
    );
  }
  for (const [name, v] of [
    ['memoryWPerGb', o.memoryWPerGb],
    ['memoryGb', o.memoryGb],
  ] as const) {
    if (!Number.isFinite(v) || v < 0) throw new Error(`energy: ${name} is ${v}; expected a non-negative number`);
  }
  for (const w of o.windows ?? []) {
    if (!Number.isFinite(w.startMs) || !Number.isFinite(w.endMs) || w.endMs < w.startMs) {
      throw new Error(
        `energy: window ${JSON.stringify(w)} is not a period; expected finite startMs ≤ endMs (epoch ms)`,
      );
    }
  }
  if (o.intervalMs !== undefined && !(o.intervalMs > 0))
    throw new Error(`energy: intervalMs is ${o.intervalMs}; expected > 0`);
  if (o.containerCpus !== undefined && !(Number.isFinite(o.containerCpus) && o.containerCpus > 0)) {
    throw new Error(`energy: containerCpus is ${o.containerCpus}; expected a number of CPUs > 0`);
  }
}

/** GPU energy over one interval, J, per GPU matched by index. */
function gpuIntervalJ(
  prev: GpuSampleRecord[] | undefined,
  cur: GpuSampleRecord[] | undefined,
  dtS: number,
  used: { energy: boolean; power: boolean },
): number {
  if (!cur || cur.length === 0) return 0;
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

/** Everything the integrator accumulates; the functions below each update one part of it. */
interface IntegratorState {
  opts: EnergyIntegratorOptions;
  windows: EnergyWindow[];
  windowsJ: number[];
  memoryW: number;
  nominalMs: number;
  raplMaxUj: number[] | null;
  warnings: string[];
  prev: SampleRecord | null;
  firstT: number | null;
  count: number;
  energyJ: { cpu: number; memory: number; gpu: number };
  durationMs: number;
  gapMs: number;
  /** Highest interval power over intervals of at least half the nominal, and over shorter ones. */
  peakW: number;
  peakShortW: number;
  util: { timeMs: number; weighted: number; peak: number; last: number };
  intervals: { rapl: number; model: number; powermetrics: number; backwards: number };
  gpuUsed: { energy: boolean; power: boolean; powermetrics: boolean };
  histogram: ReturnType<typeof createUtilisationHistogram>;
  timeline: PowerTimeline;
  endReason: EndReason | null;
}

function newState(opts: EnergyIntegratorOptions): IntegratorState {
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

function warn(s: IntegratorState, message: string): void {
  if (s.warnings.length < MAX_WARNINGS && !s.warnings.includes(message)) s.warnings.push(message);
}

/** The interval's CPU utilisation, 0..1, from whichever counter the samples carry; null without one. */
function intervalUtilisation(p: SampleRecord, c: SampleRecord, dtMs: number, containerCpus?: number): number | null {
  if (containerCpus) {
    if (typeof p.cg === 'number' && typeof c.cg === 'number' && c.cg >= p.cg && dtMs > 0) {
      return Math.min(1, Math.max(0, (c.cg - p.cg) / 1000 / (dtMs * containerCpus)));
    }
    return null;
  }
  if (p.cpu && c.cpu) return utilisationBetween(p.cpu, c.cpu);
  if (typeof c.util === 'number') return Math.min(1, Math.max(0, c.util)); // util is "since the previous sample"
  return null;
}

/** Adds the interval's utilisation to the mean, peak and histogram; returns the utilisation it is priced at. */
function recordUtilisation(s: IntegratorState, u: number | null, dtMs: number): number {
  if (u !== null) {
    s.util.weighted += u * dtMs;
    s.util.timeMs += dtMs;
    if (u > s.util.peak) s.util.peak = u;
    s.util.last = u;
  }
  // The same utilisation the model prices this interval at, so a histogram re-priced on this
  // curve gives back this energy.
  const priced = u ?? s.util.last;
  s.histogram.add(priced, msToS(dtMs));
  return priced;
}

/** RAPL energy over the interval, J; warns when the gap is long enough for a counter to wrap twice. */
function raplIntervalJ(s: IntegratorState, p: number[], c: number[], maxUj: number[], dtS: number): number {
  let uj = 0;
  for (let d = 0; d < maxUj.length; d++) {
    uj += raplDeltaUj(p[d], c[d], maxUj[d]);
    // Only one wrap per interval can be undone: a gap in which a busy package could use the
    // whole counter range may have wrapped twice and lost that energy silently.
    const rangeJ = microjoulesToJoules(maxUj[d]);
    if (dtS * RAPL_PACKAGE_CEILING_W >= rangeJ) {
      warn(
        s,
        `a ${dtS.toFixed(0)} s gap between samples is long enough for a RAPL counter (range ${rangeJ.toFixed(0)} J) ` +
          `to wrap more than once at up to ${RAPL_PACKAGE_CEILING_W} W; CPU energy over it may be undercounted`,
      );
    }
  }
  return microjoulesToJoules(uj);
}

/** CPU energy over the interval, J: RAPL, else powermetrics, else the power curve at `pricedU`. */
function cpuIntervalJ(s: IntegratorState, p: SampleRecord, c: SampleRecord, pricedU: number, dtS: number): number {
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
  return powerAtUtilisationW(s.opts.cpuCurveW, pricedU) * dtS;
}

/** GPU energy over the interval, J: nvidia-smi per GPU, plus powermetrics' GPU joules on a Mac. */
function allGpusIntervalJ(s: IntegratorState, p: SampleRecord, c: SampleRecord, dtS: number): number {
  let j = gpuIntervalJ(p.gpu, c.gpu, dtS, s.gpuUsed);
  if (p.pm && c.pm && c.pm.gpuJ >= p.pm.gpuJ) {
    j += c.pm.gpuJ - p.pm.gpuJ;
    s.gpuUsed.powermetrics = true;
  }
  return j;
}

function integrateInterval(s: IntegratorState, p: SampleRecord, c: SampleRecord): void {
  const dtMs = c.t - p.t;
  const dtS = msToS(dtMs);
  if (!s.nominalMs) s.nominalMs = dtMs;
  const pricedU = recordUtilisation(s, intervalUtilisation(p, c, dtMs, s.opts.containerCpus), dtMs);
  const intervalCpuJ = cpuIntervalJ(s, p, c, pricedU, dtS);
  const intervalMemJ = s.memoryW * dtS;
  const intervalGpuJ = allGpusIntervalJ(s, p, c, dtS);
  const intervalJ = intervalCpuJ + intervalMemJ + intervalGpuJ;

  s.energyJ.cpu += intervalCpuJ;
  s.energyJ.memory += intervalMemJ;
  s.energyJ.gpu += intervalGpuJ;
  s.durationMs += dtMs;
  if (dtMs > GAP_FACTOR * s.nominalMs) s.gapMs += dtMs;
  const powerW = intervalJ / dtS;
  // /proc/stat counts in 10 ms ticks: a few-ms interval (the first, or the one ending at the
  // stop sample) reads 0 % or 100 %, so peak comes from intervals of at least half the nominal.
  if (dtMs >= s.nominalMs / 2) s.peakW = Math.max(s.peakW, powerW);
  else s.peakShortW = Math.max(s.peakShortW, powerW);

  for (let k = 0; k < s.windows.length; k++) {
    const overlapMs = Math.min(c.t, s.windows[k].endMs) - Math.max(p.t, s.windows[k].startMs);
    if (overlapMs > 0) s.windowsJ[k] += (intervalJ * overlapMs) / dtMs; // power taken as even within the interval
  }
  s.timeline.add((p.t + c.t) / 2 - (s.firstT as number), intervalJ, dtMs, s.nominalMs || dtMs);
}

function addRecord(s: IntegratorState, record: MeterRecord): void {
  switch (record.type) {
    case 'header': {
      if (!s.opts.intervalMs) s.nominalMs = record.intervalMs;
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
      if (s.firstT === null) s.firstT = record.t;
      if (s.prev) integrateInterval(s, s.prev, record);
      s.prev = record;
      return;
  }
}

function warnAboutGaps(s: IntegratorState): void {
  const { rapl, model, powermetrics, backwards } = s.intervals;
  if (rapl > 0 && model > 0) {
    warn(s, `RAPL readings were missing on ${model} of ${rapl + model} intervals; the model was used for those`);
  }
  if (powermetrics > 0 && model > 0) {
    warn(
      s,
      `powermetrics readings were missing on ${model} of ${powermetrics + model} intervals; ` +
        'the model was used for those',
    );
  }
  if (backwards > 0) warn(s, `${backwards} samples were out of time order and skipped`);
}

function samplesSummary(s: IntegratorState): SamplesSummary {
  const lastT = s.prev?.t ?? null;
  const endedEarly =
    s.opts.periodEndMs !== undefined
      ? lastT === null || lastT < s.opts.periodEndMs - GAP_FACTOR * (s.nominalMs || 1000)
      : s.endReason === null || s.endReason === 'error';
  return {
    count: s.count,
    intervalS: msToS(s.nominalMs),
    tornLines: 0,
    firstAt: s.firstT === null ? null : new Date(s.firstT).toISOString(),
    lastAt: lastT === null ? null : new Date(lastT).toISOString(),
    gapS: msToS(s.gapMs),
    timeline: s.timeline.points(),
    endedEarly,
  };
}

function gpuMethodOf(used: IntegratorState['gpuUsed']): GpuMethod {
  if (used.energy) return 'nvidia-smi-energy';
  if (used.power) return 'nvidia-smi-power';
  return used.powermetrics ? 'powermetrics' : 'none';
}

function buildResult(s: IntegratorState): EnergyResult {
  warnAboutGaps(s);
  const { cpu, memory, gpu } = s.energyJ;
  const totalJ = cpu + memory + gpu;
  const durationS = msToS(s.durationMs);
  const meanW = durationS > 0 ? totalJ / durationS : 0;
  return {
    durationS,
    energyWh: { cpu: joulesToWh(cpu), memory: joulesToWh(memory), gpu: joulesToWh(gpu), total: joulesToWh(totalJ) },
    // Peak is never below the mean (equal-power intervals can differ from it by rounding).
    powerW: { mean: meanW, peak: Math.max(s.peakW > 0 ? s.peakW : s.peakShortW, meanW) },
    samples: samplesSummary(s),
    windowsEnergyWh: s.windowsJ.map(joulesToWh),
    cpuMethod: s.intervals.rapl > 0 ? 'rapl' : s.intervals.powermetrics > 0 ? 'powermetrics' : 'model',
    gpuMethod: gpuMethodOf(s.gpuUsed),
    cpuUtilisation: s.util.timeMs > 0 ? { mean: s.util.weighted / s.util.timeMs, peak: s.util.peak } : null,
    utilisationHistogram: s.histogram.result(),
    endReason: s.endReason,
    warnings: [...s.warnings],
  };
}

export function createEnergyIntegrator(opts: EnergyIntegratorOptions): EnergyIntegrator {
  checkOptions(opts);
  const state = newState(opts);
  return {
    add: (record) => addRecord(state, record),
    result: () => buildResult(state),
  };
}
