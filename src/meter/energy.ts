// Energy from samples, integrated sample by sample: each consecutive pair of samples is one
// interval with its own utilisation and power. The power curve is not linear, so the power of
// the average utilisation is not the average power; integrating per interval avoids that error.
// Pure and streaming: records go in one at a time, memory stays bounded (a fixed timeline).
import type { CpuMethod, GpuMethod, SamplesSummary, TimelinePoint } from '../schema/report';
import { joulesToWh, microjoulesToJoules, millijoulesToJoules, msToS } from '../units/convert';
import { powerAtUtilisationW } from './power-model';
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
const TIMELINE_BUCKETS = 240; // resolution halves whenever the run outgrows them
const TIMELINE_POINTS = 120;
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
      `energy: cpuCurveW ${JSON.stringify(o.cpuCurveW)} is not a power curve; expected 11 non-negative watt figures for 0, 10, …, 100 % utilisation`,
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

export function createEnergyIntegrator(opts: EnergyIntegratorOptions): EnergyIntegrator {
  checkOptions(opts);
  const windows = opts.windows ?? [];
  const windowsJ = windows.map(() => 0);
  const memoryW = opts.memoryWPerGb * opts.memoryGb;
  let nominalMs = opts.intervalMs ?? 0;
  let raplMaxUj: number[] | null = null;
  let raplHeaderOk = false;
  const warnings: string[] = [];
  const warn = (m: string): void => {
    if (warnings.length < MAX_WARNINGS && !warnings.includes(m)) warnings.push(m);
  };

  let prev: SampleRecord | null = null;
  let firstT: number | null = null;
  let count = 0;
  let cpuJ = 0,
    memJ = 0,
    gpuJ = 0;
  let durationMs = 0,
    gapMs = 0,
    peakW = 0,
    peakShortW = 0;
  let utilTimeMs = 0,
    utilWeighted = 0,
    utilPeak = 0;
  let lastUtil = 0;
  let raplIntervals = 0,
    modelIntervals = 0,
    backwards = 0,
    pmIntervals = 0;
  const gpuUsed = { energy: false, power: false, powermetrics: false };
  const histogram = createUtilisationHistogram();
  let endReason: EndReason | null = null;

  // Timeline: fixed buckets of width bucketMs from the first sample; when an interval falls
  // past the last bucket, neighbours are merged pairwise and the width doubles.
  const bucketJ = new Float64Array(TIMELINE_BUCKETS);
  const bucketMs = new Float64Array(TIMELINE_BUCKETS);
  const bucketCentreMs = new Float64Array(TIMELINE_BUCKETS); // Σ interval midpoint × duration, for the point's time
  let bucketWidthMs = 0;
  let bucketsUsed = 0;
  const halveResolution = (): void => {
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
  const addToTimeline = (midMs: number, j: number, dtMs: number): void => {
    if (bucketWidthMs === 0) bucketWidthMs = nominalMs || dtMs;
    let idx = Math.floor((midMs - (firstT as number)) / bucketWidthMs);
    while (idx >= TIMELINE_BUCKETS) {
      halveResolution();
      idx = Math.floor((midMs - (firstT as number)) / bucketWidthMs);
    }
    bucketJ[idx] += j;
    bucketMs[idx] += dtMs;
    bucketCentreMs[idx] += (midMs - (firstT as number)) * dtMs;
    if (idx + 1 > bucketsUsed) bucketsUsed = idx + 1;
  };

  const interval = (p: SampleRecord, c: SampleRecord): void => {
    const dtMs = c.t - p.t;
    const dtS = msToS(dtMs);
    if (!nominalMs) nominalMs = dtMs;

    let u: number | null = null;
    if (opts.containerCpus) {
      if (typeof p.cg === 'number' && typeof c.cg === 'number' && c.cg >= p.cg && dtMs > 0) {
        u = Math.min(1, Math.max(0, (c.cg - p.cg) / 1000 / (dtMs * opts.containerCpus)));
      }
    } else if (p.cpu && c.cpu) u = utilisationBetween(p.cpu, c.cpu);
    else if (typeof c.util === 'number') u = Math.min(1, Math.max(0, c.util)); // util is "since the previous sample"
    if (u !== null) {
      utilWeighted += u * dtMs;
      utilTimeMs += dtMs;
      if (u > utilPeak) utilPeak = u;
      lastUtil = u;
    }
    // The same utilisation the model prices this interval at, so a histogram re-priced on this curve gives back this
    // energy.
    histogram.add(u ?? lastUtil, dtS);

    let intervalCpuJ: number;
    if (raplMaxUj && p.rapl && c.rapl && p.rapl.length === raplMaxUj.length && c.rapl.length === raplMaxUj.length) {
      let uj = 0;
      for (let d = 0; d < raplMaxUj.length; d++) {
        uj += raplDeltaUj(p.rapl[d], c.rapl[d], raplMaxUj[d]);
        // Only one wrap per interval can be undone: a gap in which a busy package could use the
        // whole counter range may have wrapped twice and lost that energy silently.
        if (dtS * RAPL_PACKAGE_CEILING_W >= microjoulesToJoules(raplMaxUj[d])) {
          warn(
            `a ${dtS.toFixed(0)} s gap between samples is long enough for a RAPL counter (range ${microjoulesToJoules(raplMaxUj[d]).toFixed(0)} J) to wrap more than once at up to ${RAPL_PACKAGE_CEILING_W} W; CPU energy over it may be undercounted`,
          );
        }
      }
      intervalCpuJ = microjoulesToJoules(uj);
      raplIntervals++;
    } else if (p.pm && c.pm && c.pm.cpuJ >= p.pm.cpuJ) {
      // powermetrics' cumulative joules: each of its samples was power × its own elapsed time.
      intervalCpuJ = c.pm.cpuJ - p.pm.cpuJ;
      pmIntervals++;
    } else {
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
    if (dtMs > GAP_FACTOR * nominalMs) gapMs += dtMs;
    const powerW = intervalJ / dtS;
    // /proc/stat counts in 10 ms ticks: a few-ms interval (the first, or the one ending at the
    // stop sample) reads 0 % or 100 %, so peak comes from intervals of at least half the nominal.
    if (dtMs >= nominalMs / 2) peakW = Math.max(peakW, powerW);
    else peakShortW = Math.max(peakShortW, powerW);

    for (let k = 0; k < windows.length; k++) {
      const overlapMs = Math.min(c.t, windows[k].endMs) - Math.max(p.t, windows[k].startMs);
      if (overlapMs > 0) windowsJ[k] += (intervalJ * overlapMs) / dtMs; // power taken as even within the interval
    }
    addToTimeline((p.t + c.t) / 2, intervalJ, dtMs);
  };

  return {
    add(record: MeterRecord): void {
      switch (record.type) {
        case 'header':
          if (!opts.intervalMs) nominalMs = record.intervalMs;
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
          if (firstT === null) firstT = record.t;
          if (prev) interval(prev, record);
          prev = record;
          return;
      }
    },

    result(): EnergyResult {
      if (raplIntervals > 0 && modelIntervals > 0) {
        warn(
          `RAPL readings were missing on ${modelIntervals} of ${raplIntervals + modelIntervals} intervals; the model was used for those`,
        );
      }
      if (pmIntervals > 0 && modelIntervals > 0) {
        warn(
          `powermetrics readings were missing on ${modelIntervals} of ${pmIntervals + modelIntervals} intervals; the model was used for those`,
        );
      }
      if (backwards > 0) warn(`${backwards} samples were out of time order and skipped`);
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
      const timeline: TimelinePoint[] = [];
      for (let i = 0; i < e.length; i++) {
        if (d[i] > 0) timeline.push({ tS: msToS(c[i] / d[i]), powerW: e[i] / msToS(d[i]) });
      }

      const totalJ = cpuJ + memJ + gpuJ;
      const durationS = msToS(durationMs);
      const meanW = durationS > 0 ? totalJ / durationS : 0;
      const lastT = prev?.t ?? null;
      const endedEarly =
        opts.periodEndMs !== undefined
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
