// Sampler overhead: CPU time of the bundled sampler process ÷ wall time, and its peak RSS,
// at 1 s and at 100 ms, beside an Eco-CI-style bash loop that forks date/sed/awk/sleep each
// second. Linux only (reads /proc). Not a timed test: run `npx tsx scripts/bench/sampler.ts`.
// BENCH_SECONDS shortens the run (default 30 s; the targets are stated for ≥ 30 s).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function clockTicksPerS(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

/** utime+stime (own) and cutime+cstime (waited-for children), in ticks, from /proc/<pid>/stat. */
function procCpuTicks(pid: number): { own: number; children: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from 3 (state) on
  const at = (n: number): number => Number(f[n - 3]);
  return { own: at(14) + at(15), children: at(16) + at(17) };
}

/** On-CPU nanoseconds summed over the live threads (finer than 10 ms ticks). */
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

function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/**
 * Builds dist/sampler; if the project build fails (another module not compiling), bundles transpile-only into a temp
 * dir.
 */
function buildSampler(): { bundle: string; how: string } {
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), 'sampler'], { cwd: ROOT, stdio: 'pipe' });
    const bundle = join(ROOT, 'dist/sampler/index.js');
    if (existsSync(bundle)) return { bundle, how: 'node scripts/build.mjs sampler' };
  } catch {
    /* fall through */
  }
  const out = mkdtempSync(join(tmpdir(), 'sampler-bundle-'));
  execFileSync('npx', ['ncc', 'build', 'src/meter/sampler-entry.ts', '-o', out, '-q', '-t', '--target', 'es2022'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  return { bundle: join(out, 'index.js'), how: 'ncc --transpile-only (project build failed)' };
}

// Eco-CI's sampler style: a shell loop forking a few tools every second.
const ECO_CI_LIKE = `
while true; do
  t=$(date +%s%N)
  line=$(sed -n 1p /proc/stat)
  u=$(echo "$line" | awk '{ b=$2+$3+$4; print b*100/(b+$5) }')
  echo "$t $u" >> "$1"
  sleep 1
done`;

interface Measured {
  label: string;
  wallS: number;
  cpuS: number;
  percentOfOneCore: number;
  peakRssMb?: number;
  cpuSFromTicks?: number;
}

async function measure(
  label: string,
  child: ChildProcess,
  warmupS: number,
  seconds: number,
  tck: number,
  withChildren: boolean,
): Promise<Measured> {
  const pid = child.pid as number;
  await sleep(warmupS * 1000); // startup (module load, first reads) is a one-off, not overhead per second
  const t0 = process.hrtime.bigint();
  const ticks0 = procCpuTicks(pid);
  const ns0 = withChildren ? 0 : schedNs(pid);
  await sleep(seconds * 1000);
  const ticks1 = procCpuTicks(pid);
  const ns1 = withChildren ? 0 : schedNs(pid);
  const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  const tickCpuS = (ticks1.own - ticks0.own + (withChildren ? ticks1.children - ticks0.children : 0)) / tck;
  const cpuS = withChildren ? tickCpuS : (ns1 - ns0) / 1e9;
  const rss = withChildren ? undefined : peakRssMb(pid);
  return {
    label,
    wallS: round(wallS, 2),
    cpuS: round(cpuS, 4),
    percentOfOneCore: round((100 * cpuS) / wallS, 4),
    ...(rss !== undefined ? { peakRssMb: round(rss, 1) } : {}),
    ...(withChildren ? {} : { cpuSFromTicks: round(tickCpuS, 2) }),
  };
}

const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;

export async function benchSampler(): Promise<object> {
  if (process.platform !== 'linux') return { skipped: 'reads /proc: Linux only' };
  const seconds = Number(process.env.BENCH_SECONDS ?? 30);
  const tck = clockTicksPerS();
  const { bundle, how } = buildSampler();
  const dir = mkdtempSync(join(tmpdir(), 'bench-sampler-'));
  const children: ChildProcess[] = [];
  const start = (cmd: string, args: string[]): ChildProcess => {
    const c = spawn(cmd, args, { stdio: 'ignore' });
    children.push(c);
    return c;
  };
  try {
    // Run side by side: each figure is that process's own CPU time, so they do not mix.
    const at1s = start(process.execPath, [bundle, '--out', join(dir, '1s.jsonl'), '--interval-ms', '1000']);
    const at100 = start(process.execPath, [bundle, '--out', join(dir, '100ms.jsonl'), '--interval-ms', '100']);
    const eco = start('bash', ['-c', ECO_CI_LIKE, 'eco', join(dir, 'eco.txt')]);
    const results = await Promise.all([
      measure('carbon-action sampler, 1 s', at1s, 2, seconds, tck, false),
      measure('carbon-action sampler, 100 ms', at100, 2, seconds, tck, false),
      measure('Eco-CI-style bash loop (date/sed/awk/sleep each second), incl. children', eco, 2, seconds, tck, true),
    ]);
    const lines = (f: string): number => readFileSync(join(dir, f), 'utf8').split('\n').length - 1;
    return {
      machine: `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}`,
      build: how,
      secondsMeasured: seconds,
      method:
        'sampler: on-CPU ns summed over /proc/<pid>/task/*/schedstat (10 ms ticks beside it); bash: utime+stime+cutime+cstime ticks from /proc/<pid>/stat; peak RSS = VmHWM',
      results,
      linesWritten: { '1s': lines('1s.jsonl'), '100ms': lines('100ms.jsonl') },
      targets: { percentOfOneCoreAt1s: 0.1, peakRssMb: 60 },
    };
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await sleep(300);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void benchSampler().then((r) => console.log(JSON.stringify(r, null, 2)));
}
