import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleCommentMarkdown } from '../../../scripts/example-comment-input';

describe('docs/example-comment.png is what the code renders today', () => {
  it('docs/example-comment.md, the Markdown the picture was taken of, equals the comment rendered now (else: npm run example-comment)', () => {
    const committed = readFileSync(new URL('../../../docs/example-comment.md', import.meta.url), 'utf8');
    expect(
      exampleCommentMarkdown(),
      'the PR comment changed: run `npm run example-comment` and commit docs/example-comment.png and .md',
    ).toBe(committed);
  });
});
