import { describe, expect, it } from 'vitest';
import { neutraliseCommandLines, sanitiseAnnotation, sanitiseLogLine } from '../../src/log-sanitise';

describe('sanitiseLogLine', () => {
  it.each([
    ['test\n::error::pwned', 'test ::error::pwned'],
    ['a\r\n::warning title=x::y', 'a ::warning title=x::y'],
    ['a\u2028::error::b', 'a ::error::b'],
    ['::error::at the start', ': :error::at the start'],
    ['  ::stop-commands::tok', ': :stop-commands::tok'],
    ['tab\there', 'tab here'],
  ])('%j → %j', (input, out) => {
    expect(sanitiseLogLine(input)).toBe(out);
    expect(sanitiseLogLine(input).split('\n')).toHaveLength(1);
  });
});

describe('sanitiseAnnotation', () => {
  it('keeps line breaks (the toolkit escapes them) and drops other control characters', () => {
    expect(sanitiseAnnotation('a\r\nb\u0007c\u202Ed')).toBe('a\nb cd');
  });
});

describe('neutraliseCommandLines', () => {
  it.each([
    ['::error::x', ': :error::x'],
    ['report\n::error::x\n', 'report\n: :error::x\n'],
    ['a\r\n  ::warning title=t::x', 'a\r\n  : :warning title=t::x'],
    ['a\r::notice::x\u2028::debug::y\u2029\t::group::z', 'a\r: :notice::x\u2028: :debug::y\u2029\t: :group::z'],
    [
      'keeps a::b, "::" mid-line and a lone ":" at the start\n:x',
      'keeps a::b, "::" mid-line and a lone ":" at the start\n:x',
    ],
  ])('%j → %j, line breaks kept', (input, out) => {
    expect(neutraliseCommandLines(input).text).toBe(out);
  });

  it('a chunk that continues a line is left alone at its start; the next chunk knows where the last one ended', () => {
    expect(neutraliseCommandLines('::error::x', false)).toEqual({ text: '::error::x', atLineStart: false });
    expect(neutraliseCommandLines('path: ').atLineStart).toBe(false);
    expect(neutraliseCommandLines('done\n').atLineStart).toBe(true);
    expect(neutraliseCommandLines('done\n  ').atLineStart).toBe(true);
    expect(neutraliseCommandLines('  ', true).atLineStart).toBe(true);
    expect(neutraliseCommandLines('  ', false).atLineStart).toBe(false);
    // Written as "name\n" then "::error::x", as a stream would carry it.
    const first = neutraliseCommandLines('name\n');
    expect(neutraliseCommandLines('::error::x', first.atLineStart).text).toBe(': :error::x');
  });
});
