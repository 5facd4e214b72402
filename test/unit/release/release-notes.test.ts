import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { releaseNotes } from '../../../scripts/release-notes.mjs';

const CHANGELOG = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '- next',
  '',
  '## [1.2.0] - 2026-12-01',
  '### Added',
  '- a thing',
  '',
  '## 1.1.0',
  '- older',
  '',
].join('\n');

describe('release notes from CHANGELOG.md', () => {
  it("takes one version's section, up to the next heading", () => {
    expect(releaseNotes(CHANGELOG, '1.2.0')).toBe('### Added\n- a thing\n');
    expect(releaseNotes(CHANGELOG, '1.1.0')).toBe('- older\n');
  });
  it('does not match a version that only starts the same ("1.2" is not "1.2.0")', () => {
    expect(releaseNotes(CHANGELOG, '1.2')).toBeNull();
    expect(releaseNotes(CHANGELOG, '2.0.0')).toBeNull();
  });
  it('the script exits 1 with a message for a version without notes, so no release goes out blank', () => {
    const res = spawnSync(process.execPath, ['scripts/release-notes.mjs', 'v9.9.9'], { encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/CHANGELOG\.md has no non-empty "## \[9\.9\.9\]" section/);
  });
  it("this repository's CHANGELOG.md has a section for package.json's version", () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(
      execFileSync(process.execPath, ['scripts/release-notes.mjs', `v${version}`], { encoding: 'utf8' }).length,
    ).toBeGreaterThan(100);
  });
});

describe('release workflow', () => {
  const yml = readFileSync('.github/workflows/release.yml', 'utf8');
  it('runs on version tags, checks dist/, writes notes from CHANGELOG.md, moves the major tag', () => {
    expect(yml).toMatch(/tags: \['v\*\.\*\.\*'\]/);
    expect(yml).toContain('bash scripts/check-dist-fresh.sh');
    expect(yml).toContain('node scripts/release-notes.mjs "$GITHUB_REF_NAME"');
    expect(yml).toContain('git push --force origin "refs/tags/$major"');
  });
});
