// The action's own cost for a 1 h job's worth of samples (3,600 at 1 Hz): main step wall
// time (target ≤ 300 ms), post step wall time with no network (target ≤ 1 s), peak memory.
// Runs the bundled dist/ entries as the runner would. Standalone: npx tsx scripts/bench/action.ts
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLES = 3600;

/** Peak RSS of a child, polled from /proc/<pid>/status until it exits. */
function runMeasured(
  entry: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; wallMs: number; peakRssMiB: number; out: string }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    let peakKiB = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKiB = Math.max(peakKiB, Number(m[1]));
      } catch {
        // exited
      }
    }, 5);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ code, wallMs: performance.now() - t0, peakRssMiB: peakKiB / 1024, out });
    });
  });
}

function syntheticSamples(file: string, count: number, intervalMs: number): void {
  const start = Date.now() - count * intervalMs;
  const lines = [
    JSON.stringify({
      type: 'header',
      v: 1,
      startedAt: new Date(start).toISOString(),
      intervalMs,
      pid: 1,
      platform: 'linux',
      cpuSource: 'proc-stat',
      memTotalB: 16e9,
      rapl: { status: 'absent', reason: 'bench', domains: [] },
      gpus: { status: 'absent', devices: [] },
    }),
  ];
  let busy = 0;
  let total = 0;
  for (let i = 0; i < count; i++) {
    const u = 0.5 + 0.45 * Math.sin(i / 60);
    busy += Math.round(400 * u);
    total += 400;
    lines.push(
      JSON.stringify({
        type: 'sample',
        t: start + i * intervalMs,
        cpu: { busy, total },
        mem: { usedB: 8e9, totalB: 16e9 },
      }),
    );
  }
  writeFileSync(file, lines.join('\n') + '\n');
}

export async function benchAction(): Promise<object> {
  const dir = mkdtempSync(join(tmpdir(), 'carbon-bench-action-'));
  try {
    const temp = join(dir, 'temp');
    mkdirSync(temp);
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo/widgets',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'test',
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF_NAME: 'main',
      GITHUB_STATE: join(dir, 'state'),
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      RUNNER_TEMP: temp,
      CARBON_ACTION_NO_METADATA: '1',
      'INPUT_SAMPLE-INTERVAL': '1s',
      'INPUT_HISTORY-PATH': join(dir, 'history'),
    };
    for (const f of ['state', 'output', 'summary']) writeFileSync(join(dir, f), '');

    // Main: median of 5 runs (each starts a sampler, stopped right after).
    const mainRuns: number[] = [];
    let mainRss = 0;
    for (let i = 0; i < 5; i++) {
      writeFileSync(join(dir, 'state'), '');
      const r = await runMeasured(join(ROOT, 'dist/main/index.js'), env);
      if (r.code !== 0) throw new Error(`main step failed: ${r.out}`);
      mainRuns.push(r.wallMs);
      mainRss = Math.max(mainRss, r.peakRssMiB);
      const pid = /sampler-pid<<(\S+)\n(\d+)/.exec(readFileSync(join(dir, 'state'), 'utf8'));
      if (pid) process.kill(Number(pid[2]), 'SIGTERM');
    }

    // Post: a 1 h sample file, a stand-in sampler process to stop, no token (no network).
    const samples = join(dir, 'samples.jsonl');
    syntheticSamples(samples, SAMPLES, 1000);
    const postRuns: number[] = [];
    let postRss = 0;
    for (let i = 0; i < 3; i++) {
      const sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
      const r = await runMeasured(join(ROOT, 'dist/post/index.js'), {
        ...env,
        'STATE_samples-file': samples,
        'STATE_sampler-pid': String(sleeper.pid),
        'STATE_started-at-ms': String(Date.now() - SAMPLES * 1000),
        'INPUT_GITHUB-TOKEN': '',
      });
      sleeper.kill();
      if (r.code !== 0) throw new Error(`post step failed: ${r.out}`);
      postRuns.push(r.wallMs);
      postRss = Math.max(postRss, r.peakRssMiB);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return {
      name: 'action',
      mainStepMs: Math.round(median(mainRuns)),
      mainTargetMs: 300,
      mainPeakRssMiB: Math.round(mainRss),
      postStepMs: Math.round(median(postRuns)),
      postTargetMs: 1000,
      postPeakRssMiB: Math.round(postRss),
      samples: SAMPLES,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchAction(), null, 2));
}
