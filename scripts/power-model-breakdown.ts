// Breaks down the power model's error on the EPYC 7763 servers with the whole CPU model held out (grouped CV's
// fold for the GitHub runner's CPU): per load level, per server, bias against spread, which stage (base model,
// neighbour correction) and which part of the curve (idle, full load, shape between) the error comes from, and the
// floor the servers' own spread sets. With --all it also runs the whole grouped CV and prints how far each
// well-measured CPU model family's typical curve lands from its servers (the family-level bias a held-out CPU model
// gets), which is what the 7763 fold would have to beat.
//   npx tsx scripts/power-model-breakdown.ts [--all]
// Reads ../shared; writes nothing.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chooseKernel,
  deriveTdpTable,
  evaluateGrouped,
  fitMemory,
  fitPowerModel,
  KNOWN_MODEL_GROUP,
  median,
  PLACEHOLDER_LOCO,
  readAllSpecServers,
  runnerWatts,
  runtimeView,
  setTdpTable,
  summaryTable,
  type HeldOutPoint,
  type SpecServer,
} from './derive-power-model';
import { loadCpuTable } from '../src/meter/cpu-table';
import {
  baseLogCurve,
  curveFromOutputs,
  kernelCorrection,
  kernelCoordinates,
  LOAD_LEVELS_PCT,
  resolveServer,
  squaredDistances,
  type PowerModelData,
} from '../src/meter/power-model';

const sharedDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
const LEVELS = LOAD_LEVELS_PCT.map((_, k) => k);

const pct = (x: number) => `${(100 * x).toFixed(1)}`;
const absErr = (pred: number, truth: number) => Math.abs(pred / truth - 1);
const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** Curves of one held-out server at each stage, wall W at the 11 levels. */
interface Stages {
  base: number[];
  /** Neighbour correction on idle and full load only, the shape left as the base model's. */
  kernelEnds: number[];
  /** The shipped prediction for an unseen CPU model: base model and neighbour correction on every output. */
  ours: number[];
}

function stagesFor(model: PowerModelData, r: SpecServer): Stages {
  const { table, spec } = runtimeView(r);
  const s = resolveServer(model, table, spec);
  const logs = baseLogCurve(model, s.inputs, s.family);
  const memoryW = s.memoryGb * model.memoryWPerGb;
  const k = model.residualKernel;
  if (!k) throw new Error('power-model-breakdown: the fold model has no neighbour correction');
  const c = kernelCorrection(k, squaredDistances(k, kernelCoordinates(s.inputs, s.memoryGb))).lnCorrection;
  const wall = (ln: number[]) => curveFromOutputs(ln).map((w) => w + memoryW);
  return {
    base: wall(logs),
    kernelEnds: wall(logs.map((v, o) => (o === 0 || o === 10 ? v + c[o] : v))),
    ours: wall(logs.map((v, o) => v + c[o])),
  };
}

/** The neighbours behind the correction for one server: training CPU models by their share of the idle weight. */
function neighbourShares(model: PowerModelData, train: SpecServer[], r: SpecServer): [string, number][] {
  const { table, spec } = runtimeView(r);
  const s = resolveServer(model, table, spec);
  const k = model.residualKernel as NonNullable<PowerModelData['residualKernel']>;
  const w = squaredDistances(k, kernelCoordinates(s.inputs, s.memoryGb)).map((d2) =>
    Math.exp(-d2 / (2 * k.bandwidth * k.bandwidth)),
  );
  const total = w.reduce((a, b) => a + b, 0) + k.priorWeight;
  const byGroup = new Map<string, number>();
  train.forEach((t, i) => byGroup.set(t.group, (byGroup.get(t.group) ?? 0) + w[i] / total));
  byGroup.set('(prior: zero residual)', k.priorWeight / total);
  return [...byGroup.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
}

const shapeOf = (w: number[]) => w.map((x) => (x - w[0]) / (w[10] - w[0]));

function fold7763(rows: SpecServer[], wPerGb: number): void {
  const held = rows.filter((r) => r.group === KNOWN_MODEL_GROUP);
  const train = rows.filter((r) => r.group !== KNOWN_MODEL_GROUP);
  const choice = chooseKernel(train, wPerGb);
  const model = fitPowerModel(train, PLACEHOLDER_LOCO, choice, wPerGb);
  const truth = held.map((r) => r.wattsAtLoad as number[]);
  const stages = held.map((r) => stagesFor(model, r));
  console.log(
    `## EPYC 7763, CPU model held out (${held.length} servers; h/λ = ${choice.bandwidth}/${choice.priorWeight}${choice.shape ? `, shape ${choice.shape.bandwidth}/${choice.shape.priorWeight}` : ''})\n`,
  );

  console.log('### Per load level: median |error| (median signed error), %\n');
  console.log(line(['load', 'base only', 'neighbour correction on idle/full only', 'ours (shipped)']));
  console.log(line(['---', '---', '---', '---']));
  const errs = (st: keyof Stages, k: number) => held.map((_, i) => stages[i][st][k] / truth[i][k] - 1);
  const cell = (st: keyof Stages, k: number) =>
    `${pct(median(errs(st, k).map(Math.abs)))} (${errs(st, k).length ? pct(median(errs(st, k))) : ''})`;
  for (const k of LEVELS)
    console.log(line([`${LOAD_LEVELS_PCT[k]} %`, cell('base', k), cell('kernelEnds', k), cell('ours', k)]));
  const all = (st: keyof Stages) => pct(median(LEVELS.flatMap((k) => errs(st, k).map(Math.abs))));
  console.log(line(['**all**', all('base'), all('kernelEnds'), all('ours')]));

  console.log('\n### Per server (ours): median |error| over the 11 levels, signed error at idle, 50 %, full, %\n');
  console.log(
    line(['system', 'chips', 'GB', 'median |err|', 'idle', '50 %', '100 %', 'measured s50', 'predicted s50']),
  );
  console.log(line(['---', '---', '---', '---', '---', '---', '---', '---', '---']));
  held.forEach((r, i) => {
    const e = LEVELS.map((k) => stages[i].ours[k] / truth[i][k] - 1);
    console.log(
      line([
        r.system,
        r.chips,
        r.memoryGb,
        pct(median(e.map(Math.abs))),
        pct(e[0]),
        pct(e[5]),
        pct(e[10]),
        shapeOf(truth[i])[5].toFixed(2),
        shapeOf(stages[i].ours)[5].toFixed(2),
      ]),
    );
  });

  // Bias: the per-level median ln(pred/truth) over the servers; what is left once it is removed is spread.
  const lnErr = (k: number) => held.map((_, i) => Math.log(stages[i].ours[k] / truth[i][k]));
  const bias = LEVELS.map((k) => median(lnErr(k)));
  const debiased = LEVELS.flatMap((k) => lnErr(k).map((e) => Math.abs(Math.exp(e - bias[k]) - 1)));
  console.log('\n### Bias against spread (ours)\n');
  console.log(`per-level bias, median ln(pred/measured) as %: ${bias.map((b) => pct(Math.exp(b) - 1)).join(', ')}`);
  console.log(`median |error| with each level's bias removed (spread only): ${pct(median(debiased))} %`);
  for (const chips of [1, 2]) {
    const idx = held.map((r, i) => (r.chips === chips ? i : -1)).filter((i) => i >= 0);
    const b = LEVELS.map((k) => median(idx.map((i) => Math.log(stages[i].ours[k] / truth[i][k]))));
    console.log(`${chips}-socket bias (${idx.length} servers): ${b.map((x) => pct(Math.exp(x) - 1)).join(', ')}`);
  }

  // Which part of the curve: replace idle, full load or the shape by the server's own measured one.
  const compose = (idle: number, full: number, s: number[]) => s.map((sk) => idle + (full - idle) * sk);
  const swap = (which: 'idle' | 'full' | 'shape' | 'ends') =>
    pct(
      median(
        held.flatMap((_, i) => {
          const p = stages[i].ours;
          const t = truth[i];
          const idle = which === 'idle' || which === 'ends' ? t[0] : p[0];
          const full = which === 'full' || which === 'ends' ? t[10] : p[10];
          const s = which === 'shape' ? shapeOf(t) : shapeOf(p);
          return compose(idle, full, s).map((w, k) => absErr(w, t[k]));
        }),
      ),
    );
  console.log('\n### Which part of the curve (ours; median |error| over all points with one part made exact), %\n');
  console.log(
    `as predicted ${all('ours')}; idle exact ${swap('idle')}; full load exact ${swap('full')}; both ends exact (shape error only) ${swap('ends')}; shape exact (ends only) ${swap('shape')}`,
  );
  const s50 = held.map((_, i) => shapeOf(truth[i])[5]);
  const p50 = held.map((_, i) => shapeOf(stages[i].ours)[5]);
  console.log(
    `share of the rise at 50 %: measured median ${median(s50).toFixed(3)}, predicted median ${median(p50).toFixed(3)}`,
  );

  // Floor: each point against the median of the other servers with the same socket count (and, second, from
  // other systems only): what a perfect family-level prediction would still miss.
  const floor = (otherSystemsOnly: boolean) =>
    pct(
      median(
        held.flatMap((r, i) =>
          LEVELS.map((k) => {
            const others = held
              .map((o, j) => ({ o, j }))
              .filter(({ o, j }) => j !== i && o.chips === r.chips && (!otherSystemsOnly || o.system !== r.system));
            return absErr(median(others.map(({ j }) => truth[j][k])), truth[i][k]);
          }),
        ),
      ),
    );
  console.log(
    `\n### Floor\n\nmedian of the other servers with the same socket count: ${floor(false)} %; other systems only: ${floor(true)} %`,
  );
  // Best single multiplicative curve per socket count fitted to the servers themselves (in-sample oracle).
  const oracle = pct(
    median(
      held.flatMap((r, i) =>
        LEVELS.map((k) => {
          const same = held.map((o, j) => (o.chips === r.chips ? truth[j][k] : NaN)).filter((x) => !Number.isNaN(x));
          return absErr(median(same), truth[i][k]);
        }),
      ),
    ),
  );
  console.log(`in-sample oracle (the servers' own median curve per socket count): ${oracle} %`);

  console.log('\n### Neighbours behind the correction (share of the idle weight), 1-socket and 2-socket server\n');
  for (const chips of [1, 2]) {
    const r = held.find((h) => h.chips === chips);
    if (r)
      console.log(
        `${chips} socket: ${neighbourShares(model, train, r)
          .map(([g, w]) => `${g} ${pct(w)} %`)
          .join('; ')}`,
      );
  }
}

/**
 * The measured curves of the 7763's nearest measured CPU models as its prediction: per socket count, the median of
 * their servers at each level. EPYC 7773X has every runtime feature of the 7763 (vendor, 64 cores, 128 threads per
 * chip, 280 W, Milan); what separates them (3D V-cache, 2.2 against 2.45 GHz base) no runtime input shows.
 */
function siblings(rows: SpecServer[]): void {
  const held = rows.filter((r) => r.group === KNOWN_MODEL_GROUP);
  console.log('\n### Nearest measured CPU models as the prediction (their median curve per socket count)\n');
  console.log(line(['CPU model', 'servers', 'median |error| %', 'median signed error % at 0, 10 … 100 %']));
  console.log(line(['---', '---', '---', '---']));
  for (const g of ['amd epyc 7773', 'amd epyc 7713', 'amd epyc 7742', 'amd epyc 7702']) {
    const sib = rows.filter((r) => r.group === g);
    const signed = LEVELS.map(() => [] as number[]);
    for (const r of held) {
      const same = sib.filter((o) => o.chips === r.chips);
      if (!same.length) continue;
      LEVELS.forEach((k) =>
        signed[k].push(median(same.map((o) => o.wattsAtLoad[k] as number)) / (r.wattsAtLoad[k] as number) - 1),
      );
    }
    if (!signed[0].length) continue;
    console.log(
      line([g, sib.length, pct(median(signed.flat().map(Math.abs))), signed.map((e) => pct(median(e))).join(', ')]),
    );
  }
}

/** Per CPU model family with ≥ 5 full-curve servers: the median signed ln error of its held-out points. */
function familyBias(points: HeldOutPoint[]): void {
  const full = points.filter((p) => p.set !== 'spec2023');
  const groups = [...new Set(full.map((p) => p.group))].sort();
  const rowsOut: { group: string; servers: number; bias: number; abs: number }[] = [];
  for (const g of groups) {
    const ps = full.filter((p) => p.group === g);
    const servers = ps.filter((p) => p.level === 0).length;
    if (servers < 5) continue;
    const ln = ps.map((p) => Math.log(p.predW.ours / p.truthW));
    rowsOut.push({
      group: g,
      servers,
      bias: Math.exp(median(ln)) - 1,
      abs: median(ps.map((p) => absErr(p.predW.ours, p.truthW))),
    });
  }
  console.log(`\n## Family-level bias in grouped CV (CPU model families with ≥ 5 full curves: ${rowsOut.length})\n`);
  console.log(line(['family', 'servers', 'median signed error %', 'median |error| %']));
  console.log(line(['---', '---', '---', '---']));
  for (const r of rowsOut) console.log(line([r.group, r.servers, pct(r.bias), pct(r.abs)]));
  const absBias = rowsOut.map((r) => Math.abs(r.bias));
  console.log(
    `\n|family bias|: median ${pct(median(absBias))} %; families within 3 %: ${absBias.filter((b) => b <= 0.03).length}/${rowsOut.length}; family median |error| ≤ 8 %: ${rowsOut.filter((r) => r.abs <= 0.08).length}/${rowsOut.length}`,
  );
}

async function main(): Promise<void> {
  const tdpTable = deriveTdpTable(readFileSync(join(sharedDir, 'cpu-tdp', 'cpu_power.csv'), 'utf8')).table;
  setTdpTable(tdpTable, loadCpuTable());
  const rows = readAllSpecServers(sharedDir);
  const { wPerGb } = fitMemory(rows);
  fold7763(rows, wPerGb);
  siblings(rows);
  if (process.argv.includes('--all')) {
    const workers = Number(process.env.DERIVE_WORKERS ?? Math.min(2, availableParallelism()));
    const evaluation = await evaluateGrouped(rows, wPerGb, { workers });
    console.log(`\n## Every set (grouped CV), as the derivation reports it\n`);
    console.log(summaryTable(evaluation.bySet, evaluation.knownModel.summary));
    const model = fitPowerModel(rows, PLACEHOLDER_LOCO, chooseKernel(rows, wPerGb), wPerGb);
    const runner = runnerWatts(model, tdpTable);
    console.log(
      `\nGitHub runner, CPU + memory: ${runner.idleW} W idle, ${runner.fullW} W full load (target 1.4–4.9, 5.8–11.5)`,
    );
    familyBias(evaluation.points);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
