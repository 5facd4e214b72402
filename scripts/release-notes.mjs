#!/usr/bin/env node
// Prints the CHANGELOG.md section of one version, for the release workflow's notes:
//   node scripts/release-notes.mjs 1.2.0 [CHANGELOG.md]
// A section starts at "## [1.2.0]" (or "## 1.2.0") and ends at the next "## ". Exits 1
// with a message when the version has no section, so a release is never published blank.
import { readFileSync } from 'node:fs';

export function releaseNotes(changelog, version) {
  const lines = changelog.replace(/\r\n?/g, '\n').split('\n');
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heading = new RegExp(`^## \\[?v?${escaped}\\]?(\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) return null;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  const body = lines
    .slice(start + 1, end)
    .join('\n')
    .trim();
  return body === '' ? null : body + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  if (!version) {
    console.error('usage: node scripts/release-notes.mjs <version, e.g. 1.2.0> [CHANGELOG.md]');
    process.exit(2);
  }
  const notes = releaseNotes(readFileSync(file, 'utf8'), version.replace(/^v/, ''));
  if (notes === null) {
    console.error(
      `release-notes: ${file} has no non-empty "## [${version.replace(/^v/, '')}]" section; add one before tagging`,
    );
    process.exit(1);
  }
  process.stdout.write(notes);
}
