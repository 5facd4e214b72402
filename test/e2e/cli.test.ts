// The bundled CLI, run as a user runs it: `node dist/cli/index.js …`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, HOSTILE_PIECES, HOSTILE_TAIL, makeJob, ROOT, runCli } from './runner';
import { memoryWPerGb } from '../../src/meter/power-model';

/** The bundled CLI under the e2e checks (runner.ts): no workflow command in its output, nothing off the machine. */
const cli = (
  args: string[],
  opts: { env?: Record<string, string>; killAfterMs?: number; signal?: NodeJS.Signals } = {},
) => runCli(args, opts);

const tmp = () => mkdtempSync(join(tmpdir(), 'carbon-cli-'));

describe('carbon-action measure (bundled)', () => {
  it('meters a real command, prints the report and writes a JSON report that follows the schema', async () => {
    const json = join(tmp(), 'report.json');
    const r = await cli([
      'measure',
      '--interval',
      '100ms',
      '--region',
      'azure:eastus2',
      '--json',
      json,
      '--',
      process.execPath,
      '-e',
      'let x=0;const e=Date.now()+700;while(Date.now()<e)x++;console.log("child says hi")',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('child says hi'); // inherited stdio; the report goes to stderr
    expect(r.stderr).toMatch(/Energy/);
    expect(r.stderr).toMatch(/How this was estimated/);
    expect(r.stderr).toMatch(/azure:eastus2/);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.schemaVersion).toBe(1);
    expect(report.kind).toBe('cli');
    expect(report.exitCode).toBe(0);
    expect(report.durationS).toBeGreaterThan(0.5);
    expect(report.samples.count).toBeGreaterThanOrEqual(5);
    expect(report.energyWh.total).toBeCloseTo(report.energyWh.cpu + report.energyWh.memory + report.energyWh.gpu, 9);
    expect(report.energyWh.cpu).toBeGreaterThan(0);
    expect(report.methods.cpu.method).toBe('model'); // no RAPL on this machine
    expect(report.methods.cpu.raplUnavailableReason).toBeTruthy();
    expect(report.intensity).toMatchObject({ region: 'azure:eastus2', decidedBy: 'input', zone: 'US-MIDA-PJM' });
    expect(report.pue.value).toBe(1.185);
    // operational = Wh / 1000 × PUE × g/kWh
    expect(report.co2eG.operational).toBeCloseTo(
      (report.energyWh.total / 1000) * report.pue.value * report.intensity.gPerKWh,
      9,
    );
    expect(report.powerW.peak).toBeGreaterThanOrEqual(report.powerW.mean);
  });

  it('exits with the command exit code', async () => {
    const r = await cli(['measure', '-q', '--', process.execPath, '-e', 'process.exit(3)']);
    expect(r.code).toBe(3);
  });

  it('a command that cannot be started: clear error, exit 127', async () => {
    const r = await cli(['measure', '--', 'no-such-command-carbon-xyz']);
    expect(r.code).toBe(127);
    expect(r.stderr).toMatch(/cannot start "no-such-command-carbon-xyz": command not found/);
  });

  it('forwards SIGTERM to the command and reports 128 + signal', async () => {
    // Killed after 4 s: on a loaded machine the CLI may take over a second to start and install its handler.
    const r = await cli(['measure', '-q', '--', process.execPath, '-e', 'setInterval(()=>{},1000)'], {
      killAfterMs: 4000,
      signal: 'SIGTERM',
    });
    expect(r.code).toBe(143);
  });

  it.each([
    [
      ['measure', '--interval', '5x', '--', 'true'],
      /--interval: "5x" is not a duration\. Accepted: 500ms, 1s, 1\.5s, 30s, 1m, 1min/,
    ],
    [
      ['measure', '--interval', '10ms', '--', 'true'],
      /--interval: "10ms" is out of range\. Accepted: .*\(from 100ms to 60s\)/,
    ],
    [['measure', '--bogus', '--', 'true'], /unknown option '--bogus'/],
    [['measure', '--'], /no command given after "--"/],
    [
      ['measure', '--region', 'azure:eastus3', '--', 'true'],
      /region "azure:eastus3" is not known; closest: .*azure:eastus/,
    ],
    [
      ['measure', '--carbon-intensity', '5000', '--', 'true'],
      /--carbon-intensity: "5000" is out of range\. Accepted: .*from 0 to 2000/,
    ],
    [['measure', '--pue', '0.9', '--', 'true'], /--pue: "0\.9" is out of range\. Accepted: a number from 1 to 3/],
  ])('bad input %j is one line naming the option, value and what is accepted; exit 2', async (args, message) => {
    const r = await cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('error')).length,
    ).toBe(1);
  });

  it('--version and --help', async () => {
    const version = await cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const cmd of ['measure', 'power-model', 'report', 'dashboard', 'export', 'regions'])
      expect(help.stdout).toContain(cmd);
  });
});

describe('carbon-action in a workflow job: no output line is a workflow command (bundled)', () => {
  // The runner reads the CLI's stdout and stderr as it reads the action's. The CLI prints values it did not choose:
  // option values (in Commander's errors too), file paths, the command line, Node's error messages. Each case gives
  // one of them HOSTILE_TAIL; cli() rejects when a line of the output starts with "::" (runner.ts).
  const T = HOSTILE_TAIL;
  // A file name holds neither "/" (the tail's "</script>") nor more than 255 bytes: the tail's short head.
  const F = ` ${HOSTILE_PIECES.join('')}`;
  const dir = tmp();
  it.each([
    ['an unknown region (Commander error)', ['measure', '--region', `azure:x${T}`, '--', 'true'], 2],
    ['a bad interval (Commander error)', ['measure', '--interval', `5${T}`, '--', 'true'], 2],
    ['an unknown provider', ['regions', '--provider', `x${T}`], 2],
    ['a --json path whose directory is missing', ['measure', '--json', join(dir, `no${F}`, 'r.json'), '--', 'true'], 2],
    ['a command that does not exist', ['measure', '--', `no-such-command${T}`], 127],
    ['a report file that does not exist', ['report', join(dir, `r${F}.json`)], 1],
    ['a history that does not exist', ['export', '--format', 'csv', '--history', join(dir, `h${F}`)], 2],
    ['an unknown CPU', ['power-model', '--cpu', `Xeon${T}`, '--threads', '4'], 0],
  ])('%s', async (_, args, code) => {
    const r = await cli(args as string[]);
    expect(r.code, r.stderr).toBe(code);
    // The hostile value reached the output: the check above had something to catch.
    expect(r.stdout + r.stderr).toMatch(/::(error|notice|warning)::p\d/);
  });

  it('measure inside a job with hostile names, a hostile argument and JSON path, then report on that file', async () => {
    const json = join(dir, `ok${F}.json`);
    const env = makeJob({
      event: 'pull_request',
      branch: 'patch-1',
      prNumber: 7,
      githubUrl: 'http://127.0.0.1:9',
      runId: 1,
    }).env;
    const r = await cli(
      ['measure', '--interval', '100ms', '--json', json, '--', process.execPath, '-e', '0', `arg${T}`],
      { env },
    );
    expect(r.code, r.stderr).toBe(0);
    // The command line is one value, word-wrapped at 80 columns: a wrap can start a line with "::error::p2", which
    // the guard splits (where it wraps depends on the path of node).
    expect(r.stderr).toMatch(/Command +\S+ -e 0 'arg `t`<script>\|-->@octocat%0A::error::p1\s+(: )?:error::p2 /);
    expect(r.stderr).toContain('JSON report written to');
    for (const format of ['text', 'markdown']) {
      const shown = await cli(['report', json, '--format', format]);
      expect(shown.code, shown.stderr).toBe(0);
    }
  });
});

describe('carbon-action power-model (bundled)', () => {
  it('--json prints 11 watts for the GitHub runner host', async () => {
    const r = await cli([
      'power-model',
      '--cpu',
      'AMD EPYC 7763 64-Core Processor',
      '--sockets',
      '1',
      '--cores',
      '64',
      '--threads',
      '128',
      '--memory-gb',
      '512',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.watts).toHaveLength(11);
    expect(out.tdpW).toBe(280);
    for (let i = 1; i < 11; i++) expect(out.watts[i]).toBeGreaterThanOrEqual(out.watts[i - 1]);
  });

  it('--batch answers one JSON line per input line, in order, with an error line for a bad one', async () => {
    const file = join(tmp(), 'batch.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ cpu: 'Intel Xeon Platinum 8370C', sockets: 2, cores: 64, threads: 128, memoryGb: 256 }),
        'not json',
        JSON.stringify({ cpu: 'AMD EPYC 7763', sockets: 1, cores: 64, threads: 128, memoryGb: 512 }),
      ].join('\n') + '\n',
    );
    const r = await cli(['power-model', '--batch', file]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].watts).toHaveLength(11);
    expect(lines[1].error).toBeTruthy();
    expect(lines[2].watts).toHaveLength(11);
  });
});

describe('carbon-action power-model --vm / --bare (bundled, the CLI contract)', () => {
  it('--vm --json prints one line {cpuWatts[11], memoryWatts, host, share, assumptions}', async () => {
    const r = await cli([
      'power-model',
      '--vm',
      '--cpu',
      'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz',
      '--threads',
      '4',
      '--memory-gb',
      '16',
      '--provider',
      'azure',
      '--arch',
      'x64',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['cpuWatts', 'memoryWatts', 'host', 'share', 'assumptions']);
    expect(out.cpuWatts).toHaveLength(11);
    for (let i = 1; i < 11; i++) expect(out.cpuWatts[i]).toBeGreaterThan(out.cpuWatts[i - 1]);
    // 16 GB at the one memory coefficient (data/power-model.json memoryWPerGb)
    expect(out.memoryWatts).toBeCloseTo(16 * memoryWPerGb(), 10);
    expect(out.host).toEqual({ cpu: 'Intel Xeon Platinum 8370C', sockets: 2, cores: 64, threads: 128 });
    expect(out.share).toBe(4 / 128);
  });

  it('--cpuinfo reads a captured file; --bare is the whole server; bad combinations are named', async () => {
    const arm = await cli([
      'power-model',
      '--vm',
      '--cpuinfo',
      join(ROOT, 'test/fixtures/meter/cpuinfo/arm-handmade.txt'),
      '--threads',
      '2',
      '--memory-gb',
      '8',
      '--provider',
      'aws',
      '--json',
    ]);
    expect(arm.code, arm.stderr).toBe(0);
    expect(JSON.parse(arm.stdout).host.cpu).toBe('AWS Graviton2');
    const bare = await cli([
      'power-model',
      '--bare',
      '--cpu',
      'Intel Xeon Gold 5220',
      '--sockets',
      '2',
      '--cores',
      '36',
      '--threads',
      '72',
      '--memory-gb',
      '192',
      '--json',
    ]);
    expect(JSON.parse(bare.stdout).share).toBe(1);
    const both = await cli([
      'power-model',
      '--vm',
      '--bare',
      '--cpu',
      'x',
      '--threads',
      '2',
      '--memory-gb',
      '8',
      '--json',
    ]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--vm and --bare exclude each other/);
    const badArch = await cli([
      'power-model',
      '--vm',
      '--arch',
      'sparc',
      '--threads',
      '2',
      '--memory-gb',
      '8',
      '--json',
    ]);
    expect(badArch.code).not.toBe(0);
    expect(badArch.stderr).toMatch(/--arch is "sparc"; expected x64 or arm64/);
    const missing = await cli([
      'power-model',
      '--vm',
      '--cpuinfo',
      join(ROOT, 'no-such-cpuinfo'),
      '--memory-gb',
      '8',
      '--json',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--cpuinfo .*no-such-cpuinfo: cannot read it \(ENOENT\)/);
  });

  it('on this machine, --vm --cpuinfo /proc/cpuinfo gives the host, share and memory power measure charged', async () => {
    const json = join(tmp(), 'report.json');
    const m = await cli([
      'measure',
      '--interval',
      '200ms',
      '--region',
      'azure:eastus2',
      '--quiet',
      '--json',
      json,
      '--',
      process.execPath,
      '-e',
      'setTimeout(()=>{},300)',
    ]);
    expect(m.code, m.stderr).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    if (report.methods.cpu.method !== 'model' || !existsSync('/proc/cpuinfo')) return; // RAPL or not Linux: no model curve to compare
    const machine = report.machine;
    const args = [
      'power-model',
      machine.virtualized ? '--vm' : '--bare',
      '--cpuinfo',
      '/proc/cpuinfo',
      '--threads',
      String(machine.threads),
      '--memory-gb',
      String(machine.memoryGb),
      '--json',
    ];
    if (machine.cloudProvider) args.push('--provider', machine.cloudProvider);
    const p = await cli(args);
    expect(p.code, p.stderr).toBe(0);
    const out = JSON.parse(p.stdout);
    if (machine.virtualized)
      expect(report.methods.cpu.detail).toContain(`VM share ${machine.threads}/${out.host.threads}`);
    else expect(out.share).toBe(1);
    expect(report.methods.cpu.detail).toContain(out.assumptions[0]);
    expect(out.memoryWatts).toBeCloseTo(machine.memoryGb * report.methods.memory.wPerGb, 10);
  });
});

describe('carbon-action report (bundled)', () => {
  it('re-renders a saved report as Markdown', async () => {
    const r = await cli(['report', join(ROOT, 'test/fixtures/report/sample-report.json'), '--format', 'markdown']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/CO2e/);
    expect(r.stdout).toMatch(/How this was estimated/);
  });

  it('refuses a report from a newer schema', async () => {
    const file = join(tmp(), 'newer.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 99 }));
    const r = await cli(['report', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /report: .*newer\.json: schemaVersion 99 is newer than this carbon-action reads \(1\): upgrade carbon-action/,
    );
  });
});

describe('carbon-action measure with an output path that cannot be written (bundled)', () => {
  it.each([
    ['--json', '/nonexistent-dir/x/report.json'],
    ['--samples', '/nonexistent-dir/x/samples.jsonl'],
  ])(
    '%s is checked before the command runs: one line naming the option and path, exit 2, command not run',
    async (option, path) => {
      const marker = join(tmp(), 'ran');
      const r = await cli([
        'measure',
        option,
        path,
        '--',
        process.execPath,
        '-e',
        `require('fs').writeFileSync(${JSON.stringify(marker)}, '')`,
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe(
        `error: measure: ${option}: cannot write "${path}": its directory does not exist (ENOENT); nothing was run`,
      );
      expect(existsSync(marker)).toBe(false);
    },
  );
});

describe('carbon-action measure: words a CLI user can act on (bundled)', () => {
  it('names the signal that ended the command and quotes the command line as a shell would', async () => {
    const r = await cli(['measure', '--', 'bash', '-c', 'kill -TERM $$']);
    expect(r.code).toBe(143);
    expect(r.stderr).toContain("Command       bash -c 'kill -TERM $$' (killed by SIGTERM)");
  });

  it('speaks of --region and --pue, not of action inputs', async () => {
    const r = await cli(['measure', '--', process.execPath, '-e', '0']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/set --region for a meaningful figure/);
    expect(r.stderr).toMatch(/Set --pue for a better\s+figure/);
    expect(r.stderr).not.toMatch(/\binput\b/);
    const region = await cli([
      'measure',
      '--region',
      'azure:westeurope',
      '--pue',
      '1.2',
      '--',
      process.execPath,
      '-e',
      '0',
    ]);
    expect(region.stderr).toMatch(/set by --region/);
    expect(region.stderr).toMatch(/user input \(--pue\)/);
    const bad = await cli(['measure', '--pue', '9', '--', 'true']);
    expect(bad.stderr).toMatch(/--pue: "9" is out of range\. Accepted: a number from 1 to 3/);
    const badRegion = await cli(['measure', '--region', 'azure:westeuropa', '--', 'true']);
    expect(badRegion.stderr).toMatch(
      /--region "azure:westeuropa" is not known; closest: azure:westeurope.*\(carbon-action regions lists every known region\)/,
    );
  });
});

describe('carbon-action regions (bundled)', () => {
  it('lists the regions of one provider as a table, and all of them as JSON with zone, intensity and source', async () => {
    const table = await cli(['regions', '--provider', 'aws']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^region\s+location\s+zone\s+g\/kWh/);
    expect(table.stdout).toMatch(/\naws:us-east-1\s/);
    expect(table.stdout).not.toMatch(/\nazure:/);
    const json = await cli(['regions', '--json']);
    const rows = JSON.parse(json.stdout) as { id: string; zone: string; gPerKWh: number | null; source: string }[];
    expect(rows.length).toBe(JSON.parse(readFileSync(join(ROOT, 'data/regions.json'), 'utf8')).regions.length);
    const eastus = rows.find((r) => r.id === 'aws:us-east-1')!;
    expect(eastus.gPerKWh).toBe(418); // as resolve.test.ts: aws:us-east-1 resolves to 418 g/kWh
    expect(eastus.source).toMatch(/Electricity Maps/);
    const bad = await cli(['regions', '--provider', 'oracle']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/'oracle' is invalid\. Allowed choices are azure, aws, gcp/);
  });
});

describe('carbon-action report, export and dashboard on unusable input (bundled)', () => {
  it('report given a history: says report takes one report file, points to export and dashboard; exit 2', async () => {
    const file = join(ROOT, 'test/fixtures/history/sample-60.jsonl');
    const r = await cli(['report', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a history \(JSON Lines, one run per line\); report takes one report file/);
    expect(r.stderr).toMatch(
      /carbon-action export --format csv --history .*sample-60\.jsonl, or carbon-action dashboard --history/,
    );
    expect(r.stderr).not.toMatch(/SyntaxError|Unexpected token|at JSON\.parse/);
  });

  it('export and dashboard exit 1 with a message when no run could be read; 0 with a warning when some lines are bad', async () => {
    const empty = tmp();
    const ex = await cli(['export', '--format', 'csv', '--history', empty]);
    expect(ex.code).toBe(1);
    expect(ex.stderr).toMatch(/^export: no run could be read: no \.jsonl or \.json file in /);
    const corrupt = join(tmp(), 'corrupt.json');
    writeFileSync(corrupt, '{"schemaVersion": 1, "startedAt": ');
    const dash = await cli(['dashboard', '--history', corrupt, '--out', join(tmp(), 'd')]);
    expect(dash.code).toBe(1);
    expect(dash.stderr).toMatch(/^dashboard: no run could be read from 1 file .*not valid JSON/);
    const torn = await cli(['export', '--format', 'csv', '--history', join(ROOT, 'test/fixtures/history/torn.jsonl')]);
    expect(torn.code).toBe(0);
    expect(torn.stderr).toMatch(/export: warning: 2 unreadable lines skipped/);
  });
});

describe('the processes that sleep through a job run no memory-reducer GCs (bundled)', () => {
  // V8's memory reducer ran two or three full mark-compacts (40–90 ms each on a loaded 2-vCPU VM) in the CLI's first
  // 20 s, most of its cost after start-up (the first at about 10 s: the old bundle fails this test); the CLI and, as a
  // guard, the sampler now turn it off before their modules load.
  const traced = (args: string[], stopAfterMs?: number) =>
    new Promise<string>((resolve) => {
      const child = spawn(process.execPath, ['--trace-gc', ...args], {
        env: { ...process.env, CARBON_ACTION_NO_METADATA: '1', ELECTRICITY_MAPS_TOKEN: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      if (stopAfterMs) setTimeout(() => child.kill('SIGTERM'), stopAfterMs);
      child.on('exit', () => resolve(out));
    });

  it('measure -- sleep 12, and the action sampler for 13 s: GC trace lines, none of them "(reduce)"', async () => {
    const dir = tmp();
    const sampler = join(ROOT, 'dist', 'sampler', 'index.js');
    const [cliTrace, samplerTrace] = await Promise.all([
      traced([CLI, 'measure', '-q', '--interval', '1s', '--', 'sleep', '12']),
      traced([sampler, '--out', join(dir, 's.jsonl'), '--interval-ms', '1000', '--no-per-cpu'], 13_000),
    ]);
    // The trace works (the report at the end allocates enough for scavenges) ...
    expect(cliTrace).toMatch(/Scavenge/);
    // ... and no GC was started by the memory reducer.
    expect(cliTrace).not.toMatch(/\(reduce\)/);
    expect(samplerTrace).not.toMatch(/\(reduce\)/);
    expect(readFileSync(join(dir, 's.jsonl'), 'utf8')).toContain('"type":"end"');
  }, 60_000);
});
