import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMermaidLabel, sanitizeTerminalText, truncate } from '../../../src/report/escape';

const ZWJ = '\u200D';

// The hostile list from the brief, plus a few neighbours.
const HOSTILE = {
  img: '"><img src=x onerror=alert(1)>',
  backticks: '`rm -rf`',
  jsLink: '[x](javascript:alert(1))',
  pipes: '| a | b |',
  endComment: '<!-- end -->',
  everyone: '@everyone',
  bold: '**bold**',
  newlines: 'line one\nline two\r\n## heading\n- item',
  script: '<script>alert(1)</script>',
  image: '![a](https://x/y.png)',
  entity: '&lt;img src=x&gt;',
};

describe('escapeMarkdown', () => {
  it('neutralises HTML: no raw tag, no attribute break-out', () => {
    const out = escapeMarkdown(HOSTILE.img);
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<');
    expect(out).not.toContain('"');
    expect(out).toContain('&lt;img');
    expect(escapeMarkdown(HOSTILE.script)).not.toMatch(/<\/?script/i);
  });

  it('neutralises code spans: every backtick is escaped', () => {
    const out = escapeMarkdown(HOSTILE.backticks);
    expect(out).toBe('\\`rm \\-rf\\`');
    expect(out.replace(/\\`/g, '')).not.toContain('`');
  });

  it('neutralises links and images', () => {
    const out = escapeMarkdown(HOSTILE.jsLink);
    expect(out).not.toContain('](javascript:');
    expect(out).not.toContain('](');
    expect(out).toBe('\\[x\\]\\(javascript\\:alert\\(1\\)\\)');
    expect(escapeMarkdown(HOSTILE.image)).not.toMatch(/(?<!\\)!(?<!\\)\[/);
  });

  it('escapes every table pipe', () => {
    const out = escapeMarkdown(HOSTILE.pipes);
    expect(out).toBe('\\| a \\| b \\|');
    expect(out).not.toMatch(/(?<!\\)\|/);
  });

  it('cannot open or close an HTML comment (the hidden marker)', () => {
    const out = escapeMarkdown(HOSTILE.endComment);
    expect(out).not.toContain('-->');
    expect(out).not.toContain('<!--');
    expect(escapeMarkdown('x --> y')).not.toContain('-->');
  });

  it('breaks @mentions with a zero-width joiner, but leaves "checkout@v4" alone', () => {
    expect(escapeMarkdown(HOSTILE.everyone)).toBe(`@${ZWJ}everyone`);
    expect(escapeMarkdown('ping @octo-org/team now')).toContain(`@${ZWJ}octo`);
    expect(escapeMarkdown('(@alice)')).toContain(`@${ZWJ}alice`);
    expect(escapeMarkdown('actions/checkout@v4')).toBe('actions/checkout@v4');
    expect(escapeMarkdown(HOSTILE.everyone)).not.toMatch(/@everyone/);
  });

  it('escapes emphasis', () => {
    expect(escapeMarkdown(HOSTILE.bold)).toBe('\\*\\*bold\\*\\*');
    expect(escapeMarkdown('__u__ ~~s~~')).toBe('\\_\\_u\\_\\_ \\~\\~s\\~\\~');
  });

  it('collapses newlines so no block (heading, list) can start', () => {
    const out = escapeMarkdown(HOSTILE.newlines);
    expect(out).not.toMatch(/[\r\n]/);
    expect(out).toBe('line one line two \\#\\# heading \\- item');
  });

  it('escapes backslashes first so "\\|" cannot become a real pipe', () => {
    expect(escapeMarkdown('a\\|b')).toBe('a\\\\\\|b');
  });

  it('re-encodes entities so "&lt;" stays literal text', () => {
    expect(escapeMarkdown(HOSTILE.entity)).toBe('&amp;lt;img src\\=x&amp;gt;');
  });

  it('truncates a 10 kB name to the limit with an ellipsis', () => {
    const out = escapeMarkdown('a'.repeat(10_000));
    expect(out.length).toBe(200);
    expect(out.endsWith('…')).toBe(true);
    expect(escapeMarkdown('b'.repeat(10_000), { maxLength: 50 })).toBe('b'.repeat(49) + '…');
  });

  it('drops bidi overrides and zero-width characters', () => {
    expect(escapeMarkdown('abc\u202Edef\u200Bghi')).toBe('abcdefghi');
  });

  it('turns non-strings into text', () => {
    expect(escapeMarkdown(undefined)).toBe('');
    expect(escapeMarkdown(42)).toBe('42');
  });
});

describe('truncate', () => {
  it('counts code points, never splitting a surrogate pair', () => {
    expect(truncate('🌱🌱🌱🌱', 3)).toBe('🌱🌱…');
    expect(truncate('abc', 3)).toBe('abc');
  });
});

describe('escapeMermaidLabel', () => {
  it('removes quotes, brackets, backticks, newlines and HTML', () => {
    const out = escapeMermaidLabel('a "b" [c] {d}\n<br>`e`');
    expect(out).not.toMatch(/["`[\]{}<>\n]/);
    expect(out).toBe("a 'b' (c) (d) (br)'e'");
  });
  it('keeps "%%" from starting a comment and truncates', () => {
    expect(escapeMermaidLabel('50%% off')).toBe('50% off');
    expect(escapeMermaidLabel('x'.repeat(500)).length).toBe(60);
  });
  it.each(Object.values(HOSTILE))('leaves nothing that can end the quoted label or the fence: %s', (text) => {
    const out = escapeMermaidLabel(text);
    expect(out).not.toMatch(/["`\n\r[\]<>]/);
    expect(out).not.toContain('-->');
  });
});

describe('sanitizeTerminalText', () => {
  it('strips ANSI escape sequences and newlines', () => {
    const out = sanitizeTerminalText('red \u001b[31mtext\u001b[0m\nnext');
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\n');
  });
});
