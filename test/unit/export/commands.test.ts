import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { registerDashboardCommand } from '../../../src/cli/dashboard-command';
import { registerExportCommand } from '../../../src/cli/export-command';

const FIX = join(__dirname, '../../fixtures/history');

async function run(args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number | undefined }> {
  const io = { out: '', err: '' };
  const program = new Command().exitOverride();
  const sink = { stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  registerDashboardCommand(program, sink);
  registerExportCommand(program, sink);
  await program.parseAsync(['node', 'carbon-action', ...args]);
  return { stdout: io.out, stderr: io.err, exitCode: process.exitCode as number | undefined };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('carbon-action export', () => {
  it('writes to stdout and summarises on stderr', async () => {
    const r = await run(['export', '--format', 'codecarbon-csv', '--history', join(FIX, 'torn.jsonl')]);
    expect(r.exitCode).toBeUndefined();
    expect(r.stdout.split('\n')[0]).toMatch(/^timestamp,project_name,run_id,/);
    expect(r.stdout.trim().split('\n')).toHaveLength(3); // header + 2 readable runs
    expect(r.stderr).toContain('export: warning: 2 unreadable lines skipped');
    expect(r.stderr).toMatch(/export: 2 runs from 1 file \(2 lines skipped\) → standard output \(codecarbon-csv\)\n$/);
  });

  it('writes --out and takes several --history paths', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'carbon-cli-')), 'e.csv');
    const r = await run([
      'export',
      '--format',
      'csv',
      '--history',
      join(FIX, 'sample-60.jsonl'),
      join(FIX, 'dir'),
      '--out',
      out,
    ]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`export: 64 runs from 4 files → ${out} (csv)\n`);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(65);
  });

  it('names a bad --format and lists the accepted ones (exit 2)', async () => {
    const r = await run(['export', '--format', 'xlsx', '--history', FIX]);
    expect(r.stderr).toBe('export: --format "xlsx" is not supported; use one of codecarbon-csv, csv, json\n');
    expect(r.exitCode).toBe(2);
  });

  it('requires --history and --format (exit 2)', async () => {
    expect((await run(['export', '--format', 'json'])).stderr).toMatch(
      /^export: --history is required: one or more directories/,
    );
    expect(process.exitCode).toBe(2);
    process.exitCode = undefined;
    expect((await run(['export', '--history', FIX])).stderr).toBe(
      'export: --format is required: one of codecarbon-csv, csv, json\n',
    );
    expect(process.exitCode).toBe(2);
  });

  it('an empty directory or a file with no usable run: a clear message and exit 1, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-cli-'));
    const out = join(dir, 'out.csv');
    const empty = await run(['export', '--format', 'csv', '--history', dir, '--out', out]);
    expect(empty.exitCode).toBe(1);
    expect(empty.stderr).toMatch(/^export: no run could be read: no \.jsonl or \.json file in /);
    expect(existsSync(out)).toBe(false);
    process.exitCode = undefined;
    const notReport = join(dir, 'package.json');
    writeFileSync(notReport, JSON.stringify({ name: 'x' }));
    const bad = await run(['dashboard', '--history', notReport, '--out', join(dir, 'dash')]);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toMatch(
      /^dashboard: no run could be read from 1 file in .*: 1 line not a carbon-action report; first: line 1 of .*package\.json: schemaVersion must be 1, got undefined/,
    );
    expect(existsSync(join(dir, 'dash', 'index.html'))).toBe(false);
  });

  it('fails with the upgrade message when the whole history is newer (exit 1)', async () => {
    const r = await run(['export', '--format', 'json', '--history', join(FIX, 'newer-schema.jsonl')]);
    expect(r.stderr).toMatch(
      /^export: history line 1 of newer-schema\.jsonl: schemaVersion 2 is newer than this carbon-action reads \(1\): upgrade carbon-action/,
    );
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('a missing history path is a usage error (exit 2)', async () => {
    const r = await run(['export', '--format', 'json', '--history', '/no/such/dir']);
    expect(r.stderr).toBe(
      'export: history path "/no/such/dir" does not exist; give a directory, a .jsonl file or a .json report\n',
    );
    expect(r.exitCode).toBe(2);
  });
});

describe('carbon-action dashboard', () => {
  it('builds <out>/index.html and prints a one-line summary', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'carbon-cli-')), 'site');
    const r = await run(['dashboard', '--history', join(FIX, 'sample-60.jsonl'), '--out', out]);
    expect(r.exitCode).toBeUndefined();
    expect(r.stderr).toBe(`dashboard: 60 runs from 1 file → ${join(out, 'index.html')}\n`);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });

  it('requires --history (exit 2)', async () => {
    const r = await run(['dashboard', '--out', 'x']);
    expect(r.stderr).toMatch(/^dashboard: --history is required: one or more directories/);
    expect(r.exitCode).toBe(2);
  });

  it('warns about refused newer lines in a mixed history but still builds', async () => {
    const out = mkdtempSync(join(tmpdir(), 'carbon-cli-'));
    const r = await run([
      'dashboard',
      '--history',
      join(FIX, 'sample-60.jsonl'),
      join(FIX, 'newer-schema.jsonl'),
      '--out',
      out,
    ]);
    expect(r.exitCode).toBeUndefined();
    expect(r.stderr).toContain(
      'dashboard: warning: 2 lines from a newer carbon-action refused (history line 1 of newer-schema.jsonl: ' +
        'schemaVersion 2 is newer',
    );
    expect(r.stderr).toContain('dashboard: 60 runs from 2 files (2 from a newer carbon-action refused)');
  });
});
