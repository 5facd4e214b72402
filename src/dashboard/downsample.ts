// Largest-Triangle-Three-Buckets (Steinarsson 2013): keeps at most `threshold` of the
// series' own points, chosen so that the line keeps its peaks and dips. Picking real runs
// (rather than bucket means) keeps every plotted circle a run someone can look up.

export interface XY {
  x: number;
  y: number;
}

export const MAX_CHART_POINTS = 200;

export function downsampleLttb<T extends XY>(points: T[], threshold = MAX_CHART_POINTS): T[] {
  if (!Number.isInteger(threshold) || threshold < 3) {
    throw new Error(`downsample threshold ${threshold} is not an integer ≥ 3`);
  }
  if (points.length <= threshold) return points.slice();
  const out: T[] = [points[0]];
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
