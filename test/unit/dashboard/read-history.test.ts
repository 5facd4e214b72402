import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/schema/read-report';
import { describeLeftOut, HistoryPathError, NewerSchemaError, readHistories } from '../../../src/history/read-history';
import { makeHistory, toJsonl } from '../../fixtures/report';

const FIX = join(__dirname, '../../fixtures/history');
const tmp = () => mkdtempSync(join(tmpdir(), 'carbon-history-'));

describe('readHistories', () => {
  it('reads a .jsonl file line by line', async () => {
    const read = await readHistories([join(FIX, 'sample-60.jsonl')]);
    expect(read.reports).toHaveLength(60);
    expect(read.files).toBe(1);
    expect(read.skipped).toBe(0);
    expect(read.refused).toEqual([]);
    expect(read.reports[0].context?.repository).toBe('acme/api');
  });

  it('walks a directory recursively for .jsonl and .json, ignoring other files', async () => {
    const read = await readHistories([join(FIX, 'dir')]);
    // dir/ci.jsonl (2) + dir/nested/nightly.jsonl (1) + dir/nested/single.json (1); notes.txt ignored
    expect(read.files).toBe(3);
    expect(read.reports).toHaveLength(4);
    expect(read.skipped).toBe(0);
  });

  it('takes several paths and does not read a file twice', async () => {
    const read = await readHistories([join(FIX, 'dir'), join(FIX, 'dir/ci.jsonl'), join(FIX, 'sample-60.jsonl')]);
    expect(read.files).toBe(4);
    expect(read.reports).toHaveLength(64);
  });

  it('skips and counts torn and garbage lines, never failing; blank lines are not counted', async () => {
    const read = await readHistories([join(FIX, 'torn.jsonl')]);
    // torn.jsonl: good, blank, good, "not json at all", a report cut after 300 characters
    expect(read.reports).toHaveLength(2);
    expect(read.skipped).toBe(2);
    expect(read.skippedLines.map((s) => s.line)).toEqual([4, 5]);
    expect(read.skippedLines[0].reason).toMatch(/not valid JSON/);
    expect(describeLeftOut(read)).toMatch(
      /^2 unreadable lines skipped \(first: line 4 of .*torn\.jsonl: not valid JSON/,
    );
  });

  it('fails with a named message when every report is from a newer schema', async () => {
    const run = readHistories([join(FIX, 'newer-schema.jsonl')]);
    await expect(run).rejects.toBeInstanceOf(NewerSchemaError);
    await expect(run).rejects.toThrow(
      'history line 1 of newer-schema.jsonl: schemaVersion 2 is newer than this carbon-action reads (1): upgrade ' +
        'carbon-action (and 1 more such lines)',
    );
  });

  it('refuses newer lines but keeps the rest when the input is mixed', async () => {
    const read = await readHistories([join(FIX, 'sample-60.jsonl'), join(FIX, 'newer-schema.jsonl')]);
    expect(read.reports).toHaveLength(60);
    expect(read.refused).toHaveLength(2);
    expect(read.refused[1]).toMatchObject({ line: 2, reason: expect.stringContaining('schemaVersion 2') });
    expect(describeLeftOut(read)).toMatch(/2 lines from a newer carbon-action refused/);
  });

  it('skips reports missing a numeric field the dashboard and export use', async () => {
    const [a, b, c] = makeHistory(3);
    const bad = { ...b, energyWh: { ...b.energyWh, cpu: 'lots' } };
    const noCo2 = { ...c } as Record<string, unknown>;
    delete noCo2.co2eG;
    const dir = tmp();
    writeFileSync(join(dir, 'h.jsonl'), [a, bad, noCo2].map((r) => JSON.stringify(r)).join('\n'));
    const read = await readHistories([dir]);
    expect(read.reports).toHaveLength(1);
    expect(read.skippedLines.map((s) => s.reason)).toEqual([
      'energyWh.cpu must be a number from 0 to 1000000000, got "lots"',
      'co2eG is missing or not an object',
    ]);
  });

  it('accepts a JSON array (what export --format json writes)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'all.json'), JSON.stringify(makeHistory(5)));
    expect((await readHistories([join(dir, 'all.json')])).reports).toHaveLength(5);
  });

  it('slim drops the timeline and steps but keeps the figures', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'h.jsonl'), toJsonl(makeHistory(2, { timelinePoints: 120 })));
    const read = await readHistories([dir], { slim: true });
    expect(read.reports[0].samples.timeline).toEqual([]);
    expect(read.reports[0].co2eG.total).toBeGreaterThan(0);
  });

  it('names a missing path and says what is accepted', async () => {
    await expect(readHistories(['/nope/missing.jsonl'])).rejects.toThrow(HistoryPathError);
    await expect(readHistories(['/nope/missing.jsonl'])).rejects.toThrow(
      'history path "/nope/missing.jsonl" does not exist; give a directory, a .jsonl file or a .json report',
    );
    await expect(readHistories([join(FIX, 'dir/notes.txt')])).rejects.toThrow(
      /is not a directory, a \.jsonl file or a \.json report/,
    );
  });

  it('an empty directory is an empty history, not an error', async () => {
    const read = await readHistories([tmp()]);
    expect(read).toMatchObject({ reports: [], files: 0, skipped: 0 });
  });
});

describe('checkReport', () => {
  it('rejects non-objects and bad schema versions with a reason', () => {
    expect(checkReport([1])).toEqual({ ok: false, reason: 'the report is missing or not an object' });
    expect(checkReport({ schemaVersion: '1' })).toMatchObject({
      ok: false,
      reason: 'schemaVersion must be 1, got "1"',
    });
    expect(checkReport({ schemaVersion: 3 })).toMatchObject({ ok: false, newer: 3 });
    const [r] = makeHistory(1);
    expect(checkReport({ ...r, startedAt: 'yesterday' })).toMatchObject({
      ok: false,
      reason: 'startedAt must be an ISO date, got "yesterday"',
    });
    expect(checkReport(r)).toMatchObject({ ok: true });
  });
});
