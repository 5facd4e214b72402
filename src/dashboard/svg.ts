import { formatMassG } from '../report/format';
import type { RunPoint, WeekBucket } from './aggregate';
import { escapeHtml } from './html';

// Charts are plain inline SVG: no library, no script, nothing fetched. Every plotted run
// is a <circle data-value="<g CO2e>"> with a <title>, so hovering names the run and a
// browser test can count the points.

// Sized near the on-screen size of a card (≈ 400 px) so that 10 px text stays 10 px.
const W = 400;
const H = 130;
const PAD = { left: 46, right: 8, top: 8, bottom: 20 };

const num = (n: number): string => (Math.round(n * 10) / 10).toString();
export const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** CO2e per run over time for one series; points are already downsampled. */
export function trendChart(points: RunPoint[], label: string, totalRuns: number): string {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const minX = points[0].x;
  const maxX = points[points.length - 1].x;
  const maxY = Math.max(...points.map((p) => p.y)) || 1;
  const yTop = niceCeil(maxY);
  const sx = (x: number): number =>
    maxX === minX ? PAD.left + plotW / 2 : PAD.left + ((x - minX) / (maxX - minX)) * plotW;
  const sy = (y: number): number => PAD.top + plotH - (y / yTop) * plotH;

  const out: string[] = [];
  const shown =
    points.length < totalRuns ? `${points.length} of ${totalRuns} runs shown (downsampled)` : `${totalRuns} runs`;
  out.push(
    `<svg class="trend" viewBox="0 0 ${W} ${H}" role="img" ` +
      `aria-label="${escapeHtml(`CO2e per run for ${label}, ${shown}`)}" xmlns="http://www.w3.org/2000/svg">`,
  );
  // Grid: 0, half and top of the y range.
  for (const f of [0, 0.5, 1]) {
    const y = num(sy(yTop * f));
    out.push(`<line class="gridline" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}"/>`);
    out.push(
      `<text class="axis" x="${PAD.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">` +
        `${escapeHtml(formatMassG(yTop * f))}</text>`,
    );
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
    const tip =
      `${new Date(p.x).toISOString().slice(0, 16).replace('T', ' ')} UTC · ${formatMassG(p.y)}` +
      `${p.branch ? ` · ${p.branch}` : ''}${p.sha ? ` · ${p.sha.slice(0, 7)}` : ''}`;
    out.push(
      `<circle cx="${num(sx(p.x))}" cy="${num(sy(p.y))}" r="${r}" data-value="${p.y}" ` +
        `data-at="${new Date(p.x).toISOString()}"><title>${escapeHtml(tip)}</title></circle>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}

/**
 * CO2e per week across everything, oldest week first. "narrow" draws the same bars in a
 * 400-unit viewBox for phone screens, where the 1200-unit one would shrink 10 px text to 3 px;
 * the stylesheet shows one or the other.
 */
export function weeklyChart(weeks: WeekBucket[], variant: 'wide' | 'narrow' = 'wide'): string {
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
  const out: string[] = [
    `<svg class="weekly ${variant}" viewBox="0 0 ${w} ${h}" role="img" ` +
      `aria-label="CO2e per week, ${weeks.length} weeks to the week of ${lastWeek}" ` +
      'xmlns="http://www.w3.org/2000/svg">',
  ];
  for (const f of [0, 0.5, 1]) {
    const y = num(top + plotH - f * plotH);
    out.push(`<line class="gridline" x1="${left}" x2="${w - 8}" y1="${y}" y2="${y}"/>`);
    out.push(
      `<text class="axis" x="${left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">` +
        `${escapeHtml(formatMassG(yTop * f))}</text>`,
    );
  }
  weeks.forEach((b, i) => {
    const bh = (b.co2eG / yTop) * plotH;
    const x = left + i * slot + slot * 0.15;
    const tip = `week of ${isoDate(b.weekStartMs)}: ${b.runs} run${b.runs === 1 ? '' : 's'}, ${formatMassG(b.co2eG)}`;
    out.push(
      `<rect class="bar" x="${num(x)}" y="${num(top + plotH - bh)}" width="${num(slot * 0.7)}" height="${num(bh)}" ` +
        `data-week="${isoDate(b.weekStartMs)}" data-runs="${b.runs}" data-co2e-g="${b.co2eG}">` +
        `<title>${escapeHtml(tip)}</title></rect>`,
    );
  });
  out.push(`<text class="axis" x="${left}" y="${h - 5}">${isoDate(weeks[0].weekStartMs)}</text>`);
  out.push(`<text class="axis" x="${w - 8}" y="${h - 5}" text-anchor="end">week of ${lastWeek}</text>`);
  out.push('</svg>');
  return out.join('');
}

/** 1, 2, 2.5 or 5 × 10^k at or above v: round axis tops. */
export function niceCeil(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}
