import { describe, expect, it } from 'vitest';
import { isBranchName } from '../../src/branch-name';

describe('isBranchName (the history-branch input and the history writer)', () => {
  it.each(['carbon-data', 'gh-pages', 'data/carbon', 'v1.2_x', 'a'.repeat(200)])('accepts %j', (name) =>
    expect(isBranchName(name)).toBe(true),
  );
  // The union of what the input check and the writer's check refused before they were one.
  it.each([
    'carbon data',
    'refs/../main',
    '-x',
    '/x',
    '.x',
    'x/',
    'x.',
    'a//b',
    'a/.hidden',
    'x.lock',
    'a@{1}',
    '',
    'a'.repeat(201),
    'ü',
  ])('refuses %j', (name) => expect(isBranchName(name)).toBe(false));
  it('refuses what is not a string', () => expect(isBranchName(42)).toBe(false));
});
