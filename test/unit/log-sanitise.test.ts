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
    expect(neutraliseCommandLines(input)).toBe(out);
  });
});
