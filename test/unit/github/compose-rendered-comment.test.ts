import { describe, expect, it } from 'vitest';
import { composeCommentBody } from '../../../src/github/comments';
import { stickyMarker } from '../../../src/report/comment-marker';
import { renderComment } from '../../../src/report/markdown';
import { makeReport } from '../../fixtures/report';

// The post step renders the job comment once, marker line included, and hands that text to the upsert: the marker
// must be there exactly once, first, however the body was given.

const marker = stickyMarker({ workflow: 'CI', job: 'test', matrix: null });
const count = (text: string, part: string): number => text.split(part).length - 1;

describe('composeCommentBody with a body rendered with its marker', () => {
  it('keeps the rendered comment as it is: one marker, on the first line', () => {
    const rendered = renderComment({ report: makeReport(), marker });
    expect(rendered.startsWith(`${marker}\n`)).toBe(true);
    const { text, truncated } = composeCommentBody(marker, rendered);
    expect(truncated).toBe(false);
    expect(text).toBe(rendered);
    expect(count(text, marker)).toBe(1);
  });

  it('cuts an over-long rendered comment after its marker line, not through it', () => {
    const rendered = `${marker}\n${'z'.repeat(2000)}`;
    const { text, truncated } = composeCommentBody(marker, rendered, 1000);
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(text.startsWith(`${marker}\nzzz`)).toBe(true);
    expect(count(text, marker)).toBe(1);
  });
});
