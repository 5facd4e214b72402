import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFsError, mkdirp, mkdirpSync, writeFileAtomicSync } from '../../src/fs-safe';

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
