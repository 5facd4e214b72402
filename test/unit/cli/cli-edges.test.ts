// The CLI's rough edges: words, quoting, output paths, region list, unusable histories.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRegions } from '../../../src/carbon/region-list';
import { checkWritable } from '../../../src/cli/output-paths';
import { renderRegionTable } from '../../../src/cli/regions-command';
import { assertSomeRuns, readHistories } from '../../../src/history/read-history';
import { decidedByText } from '../../../src/report/describe';
import type { Report } from '../../../src/schema/report';
import { shellQuote } from '../../../src/report/shell-quote';
import { renderText } from '../../../src/report/text';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'carbon-cli-edges-'));
const sample = (): Report =>
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/report/sample-report.json'), 'utf8')) as Report;

describe('shellQuote', () => {
  it('quotes a command line the way a shell reads it back', () => {
    expect(shellQuote(['bash', '-c', 'kill -TERM $$'])).toBe("bash -c 'kill -TERM $$'");
    expect(shellQuote(['npm', 'run', 'build:prod', '--', '--out=dist/x.js'])).toBe(
      'npm run build:prod -- --out=dist/x.js',
    );
    expect(shellQuote(['echo', "it's", ''])).toBe(`echo 'it'\\''s' ''`);
    expect(shellQuote(['a b', '*', 'x;y'])).toBe("'a b' '*' 'x;y'");
  });
});

describe('the CLI report names the signal and quotes the command', () => {
  it('"killed by SIGTERM", not "exit signal"', () => {
    const r = { ...sample(), command: ['bash', '-c', 'kill -TERM $$'], exitCode: null, signal: 'SIGTERM' };
    const text = renderText(r, { color: false });
    expect(text).toContain("Command       bash -c 'kill -TERM $$' (killed by SIGTERM)");
    expect(renderText({ ...r, exitCode: 3, signal: undefined }, { color: false })).toContain('(exit 3)');
  });

  it('a CLI report says the region was set by --region; an action report, by the region input', () => {
    expect(decidedByText('input', 'cli')).toBe('set by --region');
    expect(decidedByText('input', 'action')).toBe('set by the region input');
    expect(decidedByText('metadata', 'cli')).toMatch(/metadata service/);
  });
});

describe('checkWritable (before the command starts)', () => {
  it('refuses a path in a directory that does not exist, naming the option and the path (exit 2)', () => {
    expect(() => checkWritable('--json', '/nonexistent/dir/r.json')).toThrow(
      /^error: measure: --json: cannot write "\/nonexistent\/dir\/r\.json": its directory does not exist \(ENOENT\); nothing was run$/,
    );
    try {
      checkWritable('--samples', '/nonexistent/s.jsonl');
    } catch (err) {
      expect((err as { exitCode: number }).exitCode).toBe(2);
    }
  });

  it('refuses a directory', () => {
    expect(() => checkWritable('--samples', tmp())).toThrow(/--samples: cannot write .*it is a directory \(EISDIR\)/);
  });

  it('leaves no file behind for a new path, and an existing file untouched', () => {
    const dir = tmp();
    checkWritable('--json', join(dir, 'new.json'));
    expect(existsSync(join(dir, 'new.json'))).toBe(false);
    writeFileSync(join(dir, 'old.json'), 'kept');
    checkWritable('--json', join(dir, 'old.json'));
    expect(readFileSync(join(dir, 'old.json'), 'utf8')).toBe('kept');
  });
});

describe('listRegions', () => {
  it('lists every region, each with its zone and that zone’s yearly figure', () => {
    const all = listRegions();
    const regionsJson = JSON.parse(readFileSync(join(__dirname, '../../../data/regions.json'), 'utf8')).regions as {
      id: string;
      zone: string;
    }[];
    expect(all.map((r) => r.id).sort()).toEqual(regionsJson.map((r) => r.id).sort());
    const zones = JSON.parse(readFileSync(join(__dirname, '../../../data/grid-intensity-zones.json'), 'utf8')).zones;
    const westEurope = all.find((r) => r.id === 'azure:westeurope')!;
    expect(westEurope.zone).toBe(regionsJson.find((r) => r.id === 'azure:westeurope')!.zone);
    expect(westEurope.gPerKWh).toBe(zones[westEurope.zone].gPerKWh);
    expect(westEurope.source).toMatch(/^Electricity Maps \d{4} yearly average for zone /);
  });

  it('filters by provider; GCP rows carry Google’s own figure too', () => {
    const gcp = listRegions('gcp');
    expect(gcp.length).toBeGreaterThan(10);
    expect(gcp.every((r) => r.provider === 'gcp' && r.id.startsWith('gcp:'))).toBe(true);
    expect(gcp.some((r) => r.google !== undefined)).toBe(true);
    expect(listRegions('aws').every((r) => r.google === undefined)).toBe(true);
  });

  it('prints a table a user can pick a --region from', () => {
    const text = renderRegionTable(listRegions('azure'));
    expect(text.split('\n')[0]).toMatch(/^region\s+location\s+zone\s+g\/kWh\s+year/);
    expect(text).toMatch(/\nazure:westeurope\s/);
    expect(text).toMatch(/zone:<Electricity Maps zone> and country:<ISO code>/);
  });
});

describe('assertSomeRuns: export and dashboard stop when no run could be read', () => {
  it('an empty directory: no file to read', async () => {
    const dir = tmp();
    const read = await readHistories([dir]);
    expect(() => assertSomeRuns(read, [dir])).toThrow(/^no run could be read: no \.jsonl or \.json file in /);
  });

  it('a corrupt file and a JSON that is not a report: says why, with the first bad line', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.jsonl'), '{"torn": \n');
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ hello: 'world' }));
    const read = await readHistories([dir]);
    expect(() => assertSomeRuns(read, [dir])).toThrow(
      /^no run could be read from 2 files in .*: 2 lines not a carbon-action report; first: line 1 of .*a\.jsonl: not valid JSON/,
    );
  });

  it('some good runs pass (the bad lines become a warning elsewhere)', async () => {
    const read = await readHistories([join(__dirname, '../../fixtures/history/torn.jsonl')]);
    expect(read.skipped).toBeGreaterThan(0);
    expect(() => assertSomeRuns(read, ['torn.jsonl'])).not.toThrow();
  });
});
