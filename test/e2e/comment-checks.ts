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

/**
 * Outside Mermaid blocks (whose axis syntax is "a --> b", drawn when the power varied), the only "-->" end our own
 * marker lines: a hostile name cannot close an HTML comment early. The lines, not only a count, on a failure.
 */
export function expectArrowsOnlyOnMarkers(visible: string): void {
  const outsideCharts = visible.replace(/```mermaid[\s\S]*?```/g, '');
  const markerLines = outsideCharts.split('\n').filter((l) => /^<!-- carbon-action:[^\n]* -->$/.test(l));
  const arrowLines = outsideCharts.split('\n').filter((l) => l.includes('-->'));
  expect({ arrows: outsideCharts.split('-->').length - 1, arrowLines }).toEqual({
    arrows: markerLines.length,
    arrowLines: markerLines,
  });
}
