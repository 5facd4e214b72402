import { redactSecrets } from '../secrets';

// Octokit throws RequestError (status, message) for HTTP failures and plain errors for
// network failures and timeouts; these turn either into words for a warning.

export function statusOf(err: unknown): number | undefined {
  const s = (err as { status?: unknown } | null)?.status;
  // AbortError is given status 500 by Octokit; it is a timeout, not a server answer.
  if ((err as Error | null)?.name === 'AbortError') return undefined;
  return typeof s === 'number' ? s : undefined;
}

export function describeApiError(err: unknown): string {
  // An API may echo the request's token in its message: redacted before anyone escapes it.
  if (!(err instanceof Error)) return redactSecrets(String(err));
  const status = statusOf(err);
  // Drop the " - https://docs.github.com/..." suffix Octokit appends; keep the message.
  const message = err.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
  return redactSecrets(status !== undefined ? `HTTP ${status}: ${message}` : message);
}

/**
 * A 403 or 429 that is GitHub's rate limit (primary or secondary), not a missing permission:
 * its message says so, or it carries retry-after or an exhausted x-ratelimit-remaining.
 */
export function isRateLimit(err: unknown): boolean {
  const status = statusOf(err);
  if (status !== 403 && status !== 429) return false;
  if (status === 429) return true;
  const headers = ((err as { response?: { headers?: Record<string, string | undefined> } })?.response?.headers ??
    {}) as Record<string, string | undefined>;
  return (
    /rate limit/i.test((err as Error).message ?? '') ||
    headers['retry-after'] !== undefined ||
    headers['x-ratelimit-remaining'] === '0'
  );
}
