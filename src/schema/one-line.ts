// Text from a file or a comment we did not write is shown one line at a time, so the schema
// flattens and caps strings as it reads them; the renderers escape on top of this.

const ELLIPSIS = '…';

/** At most `maxLength` characters (code points, so an emoji is never split), the last one an ellipsis when cut. */
export function truncate(text: string, maxLength: number): string {
  // A string has at least as many UTF-16 units as code points: short ones need no counting.
  if (text.length <= maxLength) return text;
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  return chars.slice(0, Math.max(0, maxLength - 1)).join('') + ELLIPSIS;
}

/**
 * Collapses line breaks, tabs and other control characters to single spaces, and drops
 * bidirectional overrides and zero-width characters that could disguise the text.
 */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\s]+/g, ' ')
    .trim();
}
