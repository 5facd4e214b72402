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
