// The power timeline of a run in bounded memory: fixed buckets of width bucketWidthMs from the
// first sample; when an interval falls past the last bucket, neighbours are merged pairwise and
// the width doubles. At the end it is downsampled to at most TIMELINE_POINTS points.
import type { TimelinePoint } from '../schema/report';
import { msToS } from '../units/convert';

const TIMELINE_BUCKETS = 240; // resolution halves whenever the run outgrows them
const TIMELINE_POINTS = 120;

export interface PowerTimeline {
  /** One interval's energy, J, at `offsetMs` (its midpoint, from the first sample); `widthMs` sets the first width. */
  add(offsetMs: number, energyJ: number, dtMs: number, widthMs: number): void;
  points(): TimelinePoint[];
}

export function createPowerTimeline(): PowerTimeline {
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
  return {
    add(offsetMs, energyJ, dtMs, widthMs) {
      if (bucketWidthMs === 0) bucketWidthMs = widthMs;
      let idx = Math.floor(offsetMs / bucketWidthMs);
      while (idx >= TIMELINE_BUCKETS) {
        halveResolution();
        idx = Math.floor(offsetMs / bucketWidthMs);
      }
      bucketJ[idx] += energyJ;
      bucketMs[idx] += dtMs;
      bucketCentreMs[idx] += offsetMs * dtMs;
      if (idx + 1 > bucketsUsed) bucketsUsed = idx + 1;
    },
    points: () =>
      downsample(
        Array.from(bucketJ.subarray(0, bucketsUsed)),
        Array.from(bucketMs.subarray(0, bucketsUsed)),
        Array.from(bucketCentreMs.subarray(0, bucketsUsed)),
      ),
  };
}

/** At most TIMELINE_POINTS points, by merging neighbours; each sits at the time-weighted centre of what it averages. */
function downsample(e: number[], d: number[], c: number[]): TimelinePoint[] {
  while (e.length > TIMELINE_POINTS) {
    for (let i = 0; i < e.length / 2; i++) {
      e[i] = e[2 * i] + (e[2 * i + 1] ?? 0);
      d[i] = d[2 * i] + (d[2 * i + 1] ?? 0);
      c[i] = c[2 * i] + (c[2 * i + 1] ?? 0);
    }
    e.length = d.length = c.length = Math.ceil(e.length / 2);
  }
  const timeline: TimelinePoint[] = [];
  for (let i = 0; i < e.length; i++) {
    if (d[i] > 0) timeline.push({ tS: msToS(c[i] / d[i]), powerW: e[i] / msToS(d[i]) });
  }
  return timeline;
}
