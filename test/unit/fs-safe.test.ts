import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assertWritableDir,
  describeFsError,
  mkdirp,
  mkdirpSync,
  writeFileAtomicSync,
  writeProblem,
} from '../../src/fs-safe';

describe('mkdirp', () => {
  it("fails at once under /proc instead of looping (Node's recursive mkdir never returns there)", async () => {
    const started = Date.now();
    await expect(mkdirp('/proc/x/y')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(() => mkdirpSync('/proc/x/y')).toThrow(/ENOENT/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
  it('makes nested directories and accepts existing ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-fs-'));
    await mkdirp(join(dir, 'a', 'b', 'c'));
    mkdirpSync(join(dir, 'a', 'b', 'd'));
    await mkdirp(join(dir, 'a'));
    expect(readdirSync(join(dir, 'a', 'b')).sort()).toEqual(['c', 'd']);
  });
  it('says a file is in the way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-fs-'));
    writeFileSync(join(dir, 'f'), '');
    await expect(mkdirp(join(dir, 'f', 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});

describe('writeFileAtomicSync', () => {
  it('leaves no file at all when the write fails (a directory in the way), and no temp file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-fs-'));
    const path = join(dir, 'report.json');
    mkdirSync(path);
    expect(() => writeFileAtomicSync(path, '{}')).toThrow();
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
  it('writes the whole text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-fs-'));
    const path = join(dir, 'sub', 'report.json');
    writeFileAtomicSync(path, '{"a":1}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n');
    expect(existsSync(`${path}.${process.pid}.tmp`)).toBe(false);
  });
});

describe('describeFsError', () => {
  it.each([
    ['EROFS', /read-only file system \(EROFS\)/],
    ['ENOSPC', /disk full/],
    ['EISDIR', /a directory is in the way/],
  ])('%s is put in words', (code, words) => {
    const err = Object.assign(new Error(`${code}: something, open '/x'\n    at stack`), { code });
    const text = describeFsError(err, 'write', '/x/report.json');
    expect(text).toMatch(/^could not write \/x\/report\.json: /);
    expect(text).toMatch(words);
    expect(text).not.toMatch(/at stack/);
  });
});

describe('assertWritableDir and writeProblem', () => {
  it('a writable folder passes and keeps no probe file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-fs-'));
    assertWritableDir(dir);
    expect(writeProblem(dir)).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });
  it('a folder that takes no data says why, in words (a real full disk: test/faults/real-fs.test.ts)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-fs-'));
    // A directory where the probe file goes: the write fails, as it does on a full or read-only disk.
    mkdirSync(join(dir, `.write-probe-${process.pid}`));
    expect(() => assertWritableDir(dir)).toThrow(/EISDIR/);
    expect(writeProblem(dir)).toBe(`could not write in ${dir}: a directory is in the way (EISDIR)`);
  });
});
