import { describe, expect, it } from 'vitest';
import {
  encodeKeyPart,
  historyFileName,
  historyKeyPrefix,
  historySaveKey,
  MAX_CACHE_KEY_CHARS,
} from '../../../src/baseline/history-key';

const scope = { os: 'linux', workflow: 'CI', job: 'test' };

describe('history keys', () => {
  it('reads plainly for plain names', () => {
    expect(historyKeyPrefix(scope, 'main')).toBe('carbon-action-v1~linux~CI~test~~main~');
    expect(historySaveKey({ ...scope, matrix: 'node-20' }, 'feature/x', 123456, 2)).toBe(
      'carbon-action-v1~linux~CI~test~node-20~feature/x~123456-2',
    );
  });

  it('a branch never prefix-matches a longer branch', () => {
    const main = historyKeyPrefix(scope, 'main');
    expect(historySaveKey(scope, 'main-2', 1, 1).startsWith(main)).toBe(false);
    expect(historySaveKey(scope, 'main', 1, 1).startsWith(main)).toBe(true);
  });

  it('workflow/job boundaries cannot be confused', () => {
    const a = historyKeyPrefix({ os: 'linux', workflow: 'ci', job: 'build~x' }, 'main');
    const b = historyKeyPrefix({ os: 'linux', workflow: 'ci~build', job: 'x' }, 'main');
    expect(a).not.toBe(b);
    expect(a).toBe('carbon-action-v1~linux~ci~build%7Ex~~main~');
  });

  it('no commas, percent-encoded specials', () => {
    expect(encodeKeyPart('Build, test & deploy')).toBe('Build%2C%20test%20%26%20deploy');
    expect(encodeKeyPart('50%')).toBe('50%25');
    expect(historyKeyPrefix({ ...scope, workflow: 'a,b' }, 'x')).not.toContain(',');
  });

  it('hashes long parts and stays within 512 characters', () => {
    const long = 'ä'.repeat(400); // 400 × "%C3%A4" = 2400 characters encoded
    const key = historySaveKey(
      { os: long, workflow: long, job: long, matrix: long },
      long,
      '9'.repeat(40),
      '9'.repeat(10),
    );
    expect(key.length).toBeLessThanOrEqual(MAX_CACHE_KEY_CHARS);
    const part = encodeKeyPart(long);
    expect(part.length).toBeLessThanOrEqual(64);
    expect(part).toMatch(/^(%C3%A4)+\.[0-9a-f]{16}$/);
    // Different long values → different parts.
    expect(encodeKeyPart(`${long}b`)).not.toBe(part);
  });

  it('refuses empty parts by name', () => {
    expect(() => historyKeyPrefix({ ...scope, job: '' }, 'main')).toThrow(
      'history key: job must be a non-empty string, got ""',
    );
  });

  it('file names carry no slash and stay short', () => {
    expect(historyFileName(scope, 'feature/x')).toBe('carbon-action-v1~linux~CI~test~~feature%2Fx.jsonl');
    expect(historyFileName(scope, 'b'.repeat(300)).length).toBeLessThanOrEqual(200);
  });
});
