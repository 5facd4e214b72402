// Checks on a posted comment or summary that carried hostile names.
import { expect } from 'vitest';

/** The text without the run comment's hidden payload lines, which keep raw names (JSON-escaped, in an HTML comment). */
export const visibleText = (body: string): string =>
  body
    .split('\n')
    .filter((l) => !l.startsWith('<!-- carbon-action:payload '))
    .join('\n');

/** No live image, javascript: link or @everyone mention is left once the names are escaped. */
export function expectNoLiveMarkup(visible: string): void {
  expect(visible).not.toContain('<img');
  expect(visible).not.toContain('](javascript:');
  expect(visible).not.toMatch(/(^|[^\u200d])@everyone/);
}

/** A marker line: one HTML comment, opened and closed once (names inside are percent- or JSON-encoded). */
const MARKER_LINE = /^<!-- carbon-action:(?:(?!-->|<!--).)* -->$/;
/** Mermaid's xychart-beta writes an axis range as "min --> max" (src/report/mermaid.ts): chart syntax, not HTML. */
const MERMAID_AXIS_RANGE = /^ {4}[xy]-axis "[^"<>]*" [\d.]+ --> [\d.]+$/;

/**
 * Every line of a comment body holding an HTML comment's opener or closer ("<!--", "-->", "--!>") that is neither a
 * marker line nor a Mermaid axis range inside a ```mermaid fence. A hostile name that reached the body unescaped shows
 * here: it could close a hidden marker early, or open a comment that swallows the rest.
 */
export function strayCommentClosers(body: string): string[] {
  const strays: string[] = [];
  let fence: 'mermaid' | 'other' | null = null;
  for (const line of body.split('\n')) {
    if (fence === null && line.startsWith('```')) {
      fence = line === '```mermaid' ? 'mermaid' : 'other';
      continue;
    }
    if (fence !== null && line === '```') {
      fence = null;
      continue;
    }
    if (!/<!--|--!?>/.test(line) || (fence === null && MARKER_LINE.test(line))) continue;
    if (fence === 'mermaid' && MERMAID_AXIS_RANGE.test(line)) continue;
    strays.push(line);
  }
  return strays;
}
