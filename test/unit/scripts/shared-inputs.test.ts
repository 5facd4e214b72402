import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requireSharedFiles } from '../../../scripts/shared-inputs';

describe('npm run derive-data without ../shared', () => {
  afterEach(() => vi.restoreAllMocks());

  const capture = () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((t: string | Uint8Array) => (lines.push(String(t)), true));
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    return { lines, exit };
  };

  it('prints one line saying the folder is missing and exits 1, no stack trace', () => {
    const { lines } = capture();
    expect(() =>
      requireSharedFiles('derive-carbon-data', join(tmpdir(), 'no-such-shared-dir'), ['regions/cloud-regions.csv']),
    ).toThrow('exit 1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^derive-carbon-data: .*no-such-shared-dir\/ \(the source data folder beside the repository\) not found; the committed data\/ files are already derived/,
    );
    expect(lines[0].trim().split('\n')).toHaveLength(1);
  });

  it('names the missing files when the folder is there, and passes when they are', () => {
    const shared = mkdtempSync(join(tmpdir(), 'shared-'));
    mkdirSync(join(shared, 'grid'));
    writeFileSync(join(shared, 'grid', 'a.csv'), 'x');
    const { lines, exit } = capture();
    expect(() => requireSharedFiles('derive-power-model', shared, ['grid/a.csv', 'specpower/servers.csv'])).toThrow(
      'exit 1',
    );
    expect(lines[0]).toMatch(/^derive-power-model: .*specpower\/servers\.csv missing;/);
    expect(lines[0]).not.toMatch(/grid\/a\.csv/);
    exit.mockClear();
    requireSharedFiles('derive-power-model', shared, ['grid/a.csv']);
    expect(exit).not.toHaveBeenCalled();
  });
});
