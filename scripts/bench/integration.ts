// Reading and integrating long sample files: 21,600 samples (6 h at 1 Hz, target < 500 ms)
// and 216,000 (6 h at 100 ms), with peak heap and RSS to show memory stays bounded.
// Not a timed test: run `npx tsx scripts/bench/integration.ts`.
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEnergyIntegrator } from '../../src/meter/energy';
import type { HeaderRecord } from '../../src/meter/sample-format';
import { readSampleRecords, type SamplesReadStats } from '../../src/meter/samples-file';

const T0 = Date.UTC(2026, 0, 1);
const CURVE_W = [4.2, 7.1, 9.3, 11.2, 12.9, 14.4, 15.8, 17.1, 18.3, 19.4, 20.4];

/** A realistic 4-vCPU file: header, then cpu + perCpu ticks + memory per line, varying load. */
async function synthesise(path: string, count: number, intervalMs: number): Promise<void> {
  const out = createWriteStream(path);
  const header: HeaderRecord = {
    type: 'header',
    v: 1,
    startedAt: new Date(T0).toISOString(),
    intervalMs,
    pid: 1,
    platform: 'linux',
    cpuSource: 'proc-stat',
    memTotalB: 16e9,
    rapl: { status: 'absent', domains: [] },
    gpus: { status: 'absent' },
  };
  out.write(JSON.stringify(header) + '\n');
  const ticksPerInterval = (intervalMs / 1000) * 100; // USER_HZ 100, per CPU
  const per = [0, 1, 2, 3].map(() => ({ busy: 1e6, total: 5e6 }));
  let chunk = '';
  for (let k = 0; k < count; k++) {
    const load = 0.5 + 0.5 * Math.sin(k / 500); // 0..1, slowly varying
    for (const c of per) {
      c.busy += Math.round(ticksPerInterval * load);
      c.total += ticksPerInterval;
    }
    const busy = per.reduce((a, c) => a + c.busy, 0);
    const total = per.reduce((a, c) => a + c.total, 0);
    chunk += `{"type":"sample","t":${T0 + k * intervalMs},"cpu":{"busy":${busy},"total":${total}},"perCpu":[${per.map((c) => `[${c.busy},${c.total}]`).join(',')}],"mem":{"usedB":${4e9 + (k % 1000) * 1e6}}}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = '';
    }
  }
  out.write(chunk + `{"type":"end","t":${T0 + (count - 1) * intervalMs},"reason":"signal"}\n`);
  await new Promise<void>((r) => out.end(() => r()));
}

async function readAndIntegrate(path: string): Promise<object> {
  (globalThis as { gc?: () => void }).gc?.();
  const heapBeforeMb = process.memoryUsage().heapUsed / 2 ** 20;
  let peakHeapMb = heapBeforeMb;
  let peakRssMb = process.memoryUsage.rss() / 2 ** 20;
  const started = process.hrtime.bigint();
  const stats: SamplesReadStats = { lines: 0, tornLines: 0, corruptLines: 0, unknownRecords: 0 };
  const integ = createEnergyIntegrator({ cpuCurveW: CURVE_W, memoryWPerGb: 0.392, memoryGb: 16 });
  let n = 0;
  for await (const rec of readSampleRecords(path, stats)) {
    integ.add(rec);
    if (++n % 5000 === 0) {
      const m = process.memoryUsage();
      peakHeapMb = Math.max(peakHeapMb, m.heapUsed / 2 ** 20);
      peakRssMb = Math.max(peakRssMb, m.rss / 2 ** 20);
    }
  }
  const res = integ.result();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    fileMb: Math.round((statSync(path).size / 2 ** 20) * 10) / 10,
    records: n,
    readAndIntegrateMs: Math.round(ms),
    peakHeapMb: Math.round(peakHeapMb * 10) / 10,
    heapBeforeMb: Math.round(heapBeforeMb * 10) / 10,
    peakRssMb: Math.round(peakRssMb),
    timelinePoints: res.samples.timeline.length,
    energyWh: Math.round(res.energyWh.total * 100) / 100,
    corruptOrTorn: stats.corruptLines + stats.tornLines,
  };
}

export async function benchIntegration(): Promise<object> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-integration-'));
  try {
    const a = join(dir, '6h-1s.jsonl');
    const b = join(dir, '6h-100ms.jsonl');
    await synthesise(a, 21_600, 1000);
    await synthesise(b, 216_000, 100);
    const at1s = await readAndIntegrate(a);
    const at100ms = await readAndIntegrate(b);
    return {
      machine: `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}`,
      '6h at 1 s (21,600 samples)': at1s,
      '6h at 100 ms (216,000 samples)': at100ms,
      targets: { readAndIntegrateMsAt1s: 500 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void benchIntegration().then((r) => console.log(JSON.stringify(r, null, 2)));
}
