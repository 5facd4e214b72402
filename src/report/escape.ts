// Untrusted text (branch, step, job and workflow names, region labels, command lines,
// warnings that quote them) goes into Markdown that GitHub renders in a PR comment and
// a job summary. A branch name is attacker-chosen on a fork PR, so it must not be able
// to inject links, images, HTML, table cells, mentions, or close the hidden marker.

import { collapseWhitespace, truncate } from '../schema/one-line';

export const DEFAULT_MAX_LENGTH = 200;
const ZERO_WIDTH_JOINER = '\u200D';

export interface EscapeOptions {
  /** Longer text is cut (by code point) and ends with "…". Default 200. */
  maxLength?: number;
}

// Moved to the schema, which cleans strings as it reads a report; re-exported for the renderers.
export { collapseWhitespace, truncate } from '../schema/one-line';

// Characters with a meaning in CommonMark/GFM inline or block syntax. Backslash-escaped
// (CommonMark allows a backslash before any ASCII punctuation, and GFM tables honour
// "\|" inside cells). "&", "<", ">", '"' and "'" are entity-encoded instead, so that no
// HTML tag, comment opener "<!--" or closer "-->" survives.
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-!|~=^$:]/g;
const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const htmlEntity = (c: string): string => HTML_ENTITIES[c];

/** Text made inert in HTML element content and in quoted attribute values. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, htmlEntity);
}

/**
 * Makes untrusted text inert in Markdown and HTML: one line, at most `maxLength` code
 * points, Markdown punctuation backslash-escaped, HTML special characters entity-encoded,
 * and "@name" mentions broken with a zero-width joiner so nobody is pinged. Safe inside
 * table cells, link text, headings and `<summary>`.
 */
export function escapeMarkdown(text: unknown, options: EscapeOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const oneLine = truncate(collapseWhitespace(String(text ?? '')), maxLength);
  return (
    oneLine
      .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
      .replace(/[&<>"']/g, htmlEntity)
      // "checkout@v4" and e-mail addresses never ping; "@name", "(@name" and "_@name" might.
      .replace(/(?<![\p{L}\p{N}])@(?=[\p{L}\p{N}_-])/gu, `@${ZERO_WIDTH_JOINER}`)
  );
}

// Mermaid labels live inside double quotes in a fenced ```mermaid block: quotes, brackets,
// backticks (which could close the fence), "%%" comments, "<br>"-style HTML and line breaks
// are all replaced; what is left is letters, digits, spaces and harmless punctuation.
const MERMAID_UNSAFE = /[^\p{L}\p{N} .,:/_+\-()'%]/gu;
const MERMAID_MAX_LENGTH = 60;

/** Text safe for a quoted Mermaid title, axis title or category label. */
export function escapeMermaidLabel(text: unknown, maxLength = MERMAID_MAX_LENGTH): string {
  const cleaned = collapseWhitespace(String(text ?? ''))
    .replace(/["`]/g, "'")
    .replace(/[[{<]/g, '(')
    .replace(/[\]}>]/g, ')')
    .replace(MERMAID_UNSAFE, ' ')
    .replace(/%%+/g, '%')
    .replace(/ {2,}/g, ' ')
    .trim();
  return truncate(cleaned, maxLength);
}

/** Untrusted text for plain terminal output: one line, no control/escape sequences. */
export function sanitizeTerminalText(text: unknown, maxLength = DEFAULT_MAX_LENGTH): string {
  return truncate(collapseWhitespace(String(text ?? '')), maxLength);
}
