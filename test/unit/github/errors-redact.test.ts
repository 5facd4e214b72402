import { afterEach, describe, expect, it } from 'vitest';
import { describeApiError } from '../../../src/github/errors';
import { forgetSecrets, rememberSecret } from '../../../src/secrets';
import { escapeMarkdown } from '../../../src/report/escape';

afterEach(() => forgetSecrets());

describe('describeApiError redacts known secrets', () => {
  it('a token echoed in an API error never reaches the text (so not its Markdown-escaped form either)', () => {
    const token = 'ghs_Echoed_Token_0123456789';
    rememberSecret(token);
    const err = Object.assign(
      new Error(
        `Bad credentials: token ${token} (url-encoded ${encodeURIComponent(token)}, base64 ` +
          `${Buffer.from(token).toString('base64')})`,
      ),
      { status: 401 },
    );
    const text = describeApiError(err);
    expect(text).toBe('HTTP 401: Bad credentials: token *** (url-encoded ***, base64 ***)');
    expect(escapeMarkdown(text)).not.toContain('ghs\\_');
  });
});
