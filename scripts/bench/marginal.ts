// The sampler's cost as a user would measure it, from outside the process: the CPU time of
//   node dist/cli/index.js measure --interval 1s -q -- sleep 130
// minus that of the same command with `sleep 10`, over the 120 s between. Start-up (module
// load, machine description, the report) is the same in both and cancels; what is left is
// what metering costs per second. Each figure is printed with its method beside it.
//
// CPU time is user+sys, which counts only time on a CPU, so it is far less sensitive to a
// busy machine than wall time, but not immune: a process woken on a contended core starts
// with cold caches. Two figures are given:
//   outside:  (cpu(sleep 130) − cpu(sleep 10)) ÷ 120 s, each run's user+sys from bash's `times`
//             after it exits (every process it ran, children included), median of N rounds;
//   in-run:   on-CPU time of the long run's node process between its 10th and 129th second,
//             /proc/<pid>/task/*/schedstat (ns), which start-up noise cannot reach.
// Beside them, the floor on this machine: a Node process that only wakes each second
// (setInterval with an empty callback), measured the same way over the same window; and the
// action's own sampler process (dist/sampler, started as main-impl.ts starts it), same method.
// Linux only. BENCH_REPEATS (default 3) rounds, one after another; BENCH_LONG_S (default 130).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const SAMPLER = join(ROOT, 'dist', 'sampler', 'index.js');
const LONG_S = 130;
const SHORT_S = 10;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** bash's `times`, second line: user and system time of the shell's finished children ("0m0.687s 0m0.307s"). */
export function parseBashTimes(text: string): number {
  const lines = text.trim().split('\n');
  const last = lines[lines.length - 1];
  const m = /^(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s$/.exec(last.trim());
  if (!m) throw new Error(`bench: cannot read bash times output ${JSON.stringify(last)}`);
  return Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]);
}

/** On-CPU nanoseconds summed over a process's live threads. */
function schedNs(pid: number): number {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      /* thread ended */
    }
  }
  return ns;
}

interface Run {
  /** user+sys of everything the command ran, seconds, once it has exited. */
  cpuS: Promise<number>;
  /** pid of the node process itself. */
  pid: Promise<number>;
}

/** Runs `node <args>` under bash so that `times` can report its CPU time when it exits. */
function runUnderBash(args: string[], dir: string, name: string): Run {
  const pidFile = join(dir, `${name}.pid`);
  const child = spawn('bash', ['-c', 'node "$@" & echo $! > "$PIDFILE"; wait $!; times', 'bench', ...args], {
    cwd: ROOT,
    env: { ...process.env, PIDFILE: pidFile, CARBON_ACTION_NO_METADATA: '1', ELECTRICITY_MAPS_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const cpuS = new Promise<number>((resolve, reject) => {
    child.on('exit', () => {
      try {
        resolve(parseBashTimes(out));
      } catch (err) {
        reject(err);
      }
    });
  });
  const pid = (async () => {
    for (let i = 0; i < 200; i++) {
      if (existsSync(pidFile)) {
        const text = readFileSync(pidFile, 'utf8').trim();
        if (text) return Number(text);
      }
      await sleep(25);
    }
    throw new Error(`bench: ${name} never started`);
  })();
  return { cpuS, pid };
}

interface Round {
  outsidePct: number;
  longCpuS: number;
  shortCpuS: number;
  inRunPct: number;
  /** The long run's node process: CPU-s before the window (start-up and the first ticks), in it, after it. */
  longPhasesCpuS: { before: number; window: number; after: number };
  /** The short run's node process: CPU-s in its first SHORT_S − 1 seconds, and after. */
  shortPhasesCpuS: { before: number; after: number };
  floorPct: number;
  actionPct: number;
}

/**
 * One round: a long and a short `measure`, the floor and the action's sampler, alive together.
 * Rounds run one after another, not side by side: every sampler ticks on the same wall-clock
 * second, so a dozen of them on 2 cores would wake together and contend, which no runner sees.
 */
async function runRound(i: number, dir: string, longS: number): Promise<Round> {
  const measure = (s: number): string[] => [CLI, 'measure', '--interval', '1s', '-q', '--', 'sleep', String(s)];
  const long = runUnderBash(measure(longS), dir, `long${i}`);
  const short = runUnderBash(measure(SHORT_S), dir, `short${i}`);
  // The floor: Node waking each second to do nothing, alive over the same window.
  const floor = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  const samplerArgs = [SAMPLER, '--out', join(dir, `action${i}.jsonl`), '--interval-ms', '1000', '--scope', 'auto'];
  const actionSampler = spawn(process.execPath, [...samplerArgs, '--no-per-cpu'], { stdio: 'ignore' });
  try {
    const [longPid, shortPid] = await Promise.all([long.pid, short.pid]);
    // The short run's CPU a second before it ends, to split its cost as the long run's is split.
    await sleep((SHORT_S - 1) * 1000);
    const shortBeforeNs = schedNs(shortPid);
    await sleep(1000);
    const t0 = process.hrtime.bigint();
    const inRun0 = schedNs(longPid);
    const floor0 = schedNs(floor.pid as number);
    const action0 = schedNs(actionSampler.pid as number);
    await sleep((longS - SHORT_S - 1) * 1000); // stop a second before the long run ends
    const inRun1 = schedNs(longPid);
    const floor1 = schedNs(floor.pid as number);
    const action1 = schedNs(actionSampler.pid as number);
    const windowS = Number(process.hrtime.bigint() - t0) / 1e9;
    const [longCpuS, shortCpuS] = await Promise.all([long.cpuS, short.cpuS]);
    const onCpuPct = (a: number, b: number): number => (100 * (b - a)) / 1e9 / windowS;
    return {
      outsidePct: (100 * (longCpuS - shortCpuS)) / (longS - SHORT_S),
      longCpuS,
      shortCpuS,
      inRunPct: onCpuPct(inRun0, inRun1),
      longPhasesCpuS: {
        before: inRun0 / 1e9,
        window: (inRun1 - inRun0) / 1e9,
        after: longCpuS - inRun1 / 1e9,
      },
      shortPhasesCpuS: { before: shortBeforeNs / 1e9, after: shortCpuS - shortBeforeNs / 1e9 },
      floorPct: onCpuPct(floor0, floor1),
      actionPct: onCpuPct(action0, action1),
    };
  } finally {
    floor.kill('SIGTERM');
    actionSampler.kill('SIGTERM');
  }
}

export async function benchSamplerMarginal(): Promise<object> {
  if (process.platform !== 'linux') return { skipped: 'reads /proc: Linux only' };
  if (!existsSync(CLI)) throw new Error('bench: dist/cli/index.js missing; run npm run build first');
  const repeats = Math.max(1, Number(process.env.BENCH_REPEATS ?? 3));
  // Bash's `times` and start-up vary by some tens of ms a run; a longer span divides that noise.
  const longS = Math.max(SHORT_S + 20, Number(process.env.BENCH_LONG_S ?? LONG_S));
  const span = longS - SHORT_S;
  const dir = mkdtempSync(join(tmpdir(), 'bench-marginal-'));
  const loadBefore = loadavg()[0];
  try {
    const rounds: Round[] = [];
    for (let i = 0; i < repeats; i++) rounds.push(await runRound(i, dir, longS));
    const pct = (x: number): number => round(x, 3);
    const med = (f: (r: Round) => number): number => median(rounds.map(f));
    const outside = med((r) => r.outsidePct);
    const floor = med((r) => r.floorPct);
    return {
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}, load average ${round(loadBefore, 2)} → ${round(loadavg()[0], 2)}`,
      target: 'marginal cost < 0.1 % of one core at 1 Hz',
      outside: {
        method: `(user+sys of \`measure --interval 1s -- sleep ${longS}\` − that of \`sleep ${SHORT_S}\`, run together) ÷ ${span} s; user+sys from bash \`times\` after each exits; ${repeats} rounds, one after another; median`,
        percentOfOneCore: pct(outside),
        rounds: rounds.map((r) => pct(r.outsidePct)),
        cpuS: {
          [`sleep ${longS}`]: rounds.map((r) => round(r.longCpuS, 3)),
          [`sleep ${SHORT_S}`]: rounds.map((r) => round(r.shortCpuS, 3)),
        },
        fixedCostCpuS: round(med((r) => r.shortCpuS) - (SHORT_S * outside) / 100, 3),
      },
      inRun: {
        method: `on-CPU time of the long measure process (all its threads, /proc/<pid>/task/*/schedstat) from its ${SHORT_S}th to its ${longS - 1}th second ÷ that wall time; median of ${repeats} rounds`,
        percentOfOneCore: pct(med((r) => r.inRunPct)),
        rounds: rounds.map((r) => pct(r.inRunPct)),
        longRunPhasesCpuS: rounds.map((r) => ({
          before: round(r.longPhasesCpuS.before, 3),
          window: round(r.longPhasesCpuS.window, 3),
          after: round(r.longPhasesCpuS.after, 3),
        })),
        shortRunPhasesCpuS: rounds.map((r) => ({
          before: round(r.shortPhasesCpuS.before, 3),
          after: round(r.shortPhasesCpuS.after, 3),
        })),
      },
      nodeFloor: {
        method:
          'a Node process whose only work is setInterval(() => {}, 1000), same window, same method as in-run: what waking Node once a second costs on this machine',
        percentOfOneCore: pct(floor),
        rounds: rounds.map((r) => pct(r.floorPct)),
      },
      actionSampler: {
        method: `the action's background sampler (node dist/sampler/index.js --interval-ms 1000 --scope auto --no-per-cpu, as the main step starts it), same window, same method as in-run`,
        percentOfOneCore: pct(med((r) => r.actionPct)),
        rounds: rounds.map((r) => pct(r.actionPct)),
      },
      aboveFloor: {
        method: 'in-run and action sampler minus the floor: what the sampling itself adds to waking Node once a second',
        measure: pct(med((r) => r.inRunPct) - floor),
        actionSampler: pct(med((r) => r.actionPct) - floor),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void benchSamplerMarginal().then((r) => console.log(JSON.stringify(r, null, 2)));
}
