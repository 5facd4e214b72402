import { describe, expect, it } from 'vitest';
import { percentEncode } from '../../src/percent-encode';

describe('percentEncode (cache keys and comment markers)', () => {
  it('keeps the safe set and escapes the rest, RFC 3986 style', () => {
    expect(percentEncode('Build & test/node=20+x_y.z-1')).toBe('Build%20%26%20test/node=20+x_y.z-1');
    expect(percentEncode("it's (*)~!")).toBe('it%27s%20%28%2A%29%7E%21');
    expect(percentEncode('ü-->')).toBe('%C3%BC--%3E');
  });
});
