import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDirHistoryStore } from '../../../src/baseline/dir-store';
import { parseHistoryText } from '../../../src/baseline/history-file';
import { historyFileName } from '../../../src/baseline/history-key';
import { makeReport, series } from '../../fixtures/report';

const scope = { os: 'linux', workflow: 'CI', job: 'test' };
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'carbon-dir-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('directory history store', () => {
  it('round-trips a history, one JSON line per run, no temp file left', async () => {
    const store = createDirHistoryStore({ dir: join(dir, 'nested'), scope });
    const entries = series([10, 12, 11]);
    expect(await store.save('feature/x', entries)).toEqual({
      ok: true,
      target: join(dir, 'nested', historyFileName(scope, 'feature/x')),
    });
    const loaded = await store.load('feature/x');
    expect(loaded).toMatchObject({ ok: true, warnings: [] });
    expect(loaded.entries).toEqual(entries);
    expect(readdirSync(join(dir, 'nested'))).toEqual([historyFileName(scope, 'feature/x')]);
    expect(readFileSync(join(dir, 'nested', historyFileName(scope, 'feature/x')), 'utf8').split('\n')).toHaveLength(4);
  });

  it('keeps branches apart', async () => {
    const store = createDirHistoryStore({ dir, scope });
    await store.save('main', series([1]));
    expect(await store.load('main-2')).toMatchObject({ ok: false, reason: expect.stringMatching(/^no baseline yet/) });
  });

  it('nothing saved yet → "no baseline yet"', async () => {
    const res = await createDirHistoryStore({ dir, scope }).load('main');
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.reason).toMatch(/^no baseline yet \(no .*\.jsonl\)$/);
  });

  it('skips a torn line and keeps the rest', async () => {
    const file = join(dir, historyFileName(scope, 'main'));
    const [a, b] = series([3, 4]);
    writeFileSync(file, `${JSON.stringify(a)}\n{"schemaVersion":1,"co2eG":{"to\n${JSON.stringify(b)}\n`);
    const res = await createDirHistoryStore({ dir, scope }).load('main');
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.entries.map((e) => e.co2eG.total)).toEqual([3, 4]);
    expect(res.warnings).toEqual([`${file} line 2: not valid JSON (torn write?), skipped`]);
  });

  it('a wholly corrupt file is a failure with a reason, not an exception', async () => {
    writeFileSync(join(dir, historyFileName(scope, 'main')), '\u0000\u0001 garbage');
    const res = await createDirHistoryStore({ dir, scope }).load('main');
    expect(res).toMatchObject({ ok: false, entries: [] });
    if (!res.ok) expect(res.reason).toContain('has no usable entry');
  });

  it('a history directory that is a file → save fails with a reason', async () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'x');
    const res = await createDirHistoryStore({ dir: blocker, scope }).save('main', series([1]));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.reason).toContain('could not write history');
  });
});

describe('parseHistoryText', () => {
  it('refuses entries from a newer schema by name, keeps the others', () => {
    const ok = makeReport({ co2eG: 1 });
    const newer = { ...makeReport({ co2eG: 2 }), schemaVersion: 2 };
    const res = parseHistoryText(`${JSON.stringify(ok)}\n${JSON.stringify(newer)}\n`, 'h.jsonl');
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.entries).toHaveLength(1);
    expect(res.warnings[0]).toBe(
      'h.jsonl line 2: schemaVersion 2 is newer than this carbon-action reads (1): upgrade carbon-action, skipped',
    );
  });

  it('a history made only of newer entries fails with that reason', () => {
    const newer = { ...makeReport(), schemaVersion: 3 };
    expect(parseHistoryText(JSON.stringify(newer), 'h.jsonl')).toEqual({
      ok: false,
      reason: 'history h.jsonl: schemaVersion 3 is newer than this carbon-action reads (1): upgrade carbon-action',
      entries: [],
    });
  });

  it('skips entries missing the figures a comparison needs', () => {
    const noTotal = { ...makeReport(), co2eG: { operational: 1 } };
    const res = parseHistoryText(`${JSON.stringify(noTotal)}\n${JSON.stringify(makeReport())}\n[]\n`, 'h');
    expect(res.ok && res.entries.length).toBe(1);
    expect(res.ok && res.warnings).toEqual([
      'h line 1: co2eG.total must be a number from 0 to 1000000000, got undefined, skipped',
      'h line 3: the report is missing or not an object, skipped',
    ]);
  });
});

describe('dir store under /proc', () => {
  it('fails to save at once instead of hanging in a recursive mkdir', async () => {
    const { createDirHistoryStore: create } = await import('../../../src/baseline/dir-store');
    const store = create({ dir: '/proc/x/y', scope: { os: 'Linux', workflow: 'CI', job: 'test', matrix: null } });
    const started = Date.now();
    const saved = await store.save('main', []);
    expect(saved).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^could not write history \/proc\/x\/y\/.*no such file or directory \(ENOENT\)/),
    });
    expect(Date.now() - started).toBeLessThan(5000);
  }, 10_000);
});
