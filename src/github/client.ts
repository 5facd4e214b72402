import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

// An Octokit for the GitHub REST API that gives up quickly: carbon-action's calls are
// extras (a comment, the job's step times) and must never hold a CI job for long.
//
// - 5xx and network errors: retried `retries` times (default 2) after 1×, 4× retryDelayMs
//   (plugin-retry waits retryCount² × base), so ≤ 5 s of waiting by default.
// - Secondary rate limits (403 + retry-after) and primary ones: retried once, only when
//   the server asks for ≤ maxRateLimitWaitS (default 5 s); GitHub usually asks for 60 s,
//   which is not worth a CI job's time, so the call fails with a typed reason instead.
// - Each request is cut after requestTimeoutMs (default 10 s); a cut request is not retried.
// The token goes into the Authorization header only; nothing here logs it.

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** REST base URL; default GITHUB_API_URL, else https://api.github.com. */
  baseUrl?: string;
  retries?: number;
  /** Unit of every retry wait, ms (default 1000); tests shrink it. */
  retryDelayMs?: number;
  requestTimeoutMs?: number;
  maxRateLimitWaitS?: number;
  /** Receives Octokit's warnings (deprecations, throttling); default: dropped. */
  onWarning?: (message: string) => void;
  /**
   * Default true. plugin-throttling spaces writes ≥ 1 s (comment creation ≥ 3 s) through
   * limiters shared by every client in the process; tests that simulate many jobs in one
   * process turn it off (each real job is its own process).
   */
  throttle?: boolean;
}

export const DEFAULT_RETRIES = 2;
export const DEFAULT_RETRY_DELAY_MS = 1000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_RATE_LIMIT_WAIT_S = 5;

type FetchLike = (url: string | URL, init?: RequestInit) => Promise<Response>;

/** Adds a per-request timeout; an aborted request surfaces as an AbortError, which Octokit does not retry. */
export function fetchWithTimeout(base: FetchLike, timeoutMs: number): FetchLike {
  return async (url, init = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await base(url, { ...init, signal });
    } catch (err) {
      if (signal.aborted) {
        const why = timeout.aborted
          ? `timed out after ${timeoutMs} ms`
          : 'was cancelled (the operation ran out of time)';
        const abort = new Error(`GitHub API request ${why}`);
        abort.name = 'AbortError';
        throw abort;
      }
      throw err;
    }
  };
}

export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
  if (typeof opts.token !== 'string' || opts.token.trim() === '') {
    throw new Error('GitHub client: a token is required (the github-token input, default ${{ github.token }})');
  }
  const retries = opts.retries ?? DEFAULT_RETRIES;
  const retryDelayMs = opts.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
  const maxWaitS = opts.maxRateLimitWaitS ?? DEFAULT_MAX_RATE_LIMIT_WAIT_S;
  const warn = opts.onWarning ?? (() => undefined);
  const baseFetch = (actionsDefaults.request?.fetch as FetchLike | undefined) ?? (globalThis.fetch as FetchLike);
  const onRateLimit = rateLimitHandler(maxWaitS, warn);
  const client = getOctokit(
    opts.token,
    {
      baseUrl: (opts.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
      userAgent: 'carbon-action',
      // Not `request.retries`: plugin-retry reads it as "retry this request", whatever the status.
      request: { fetch: fetchWithTimeout(baseFetch, opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS) },
      retry: { retries, retryAfterBaseValue: retryDelayMs },
      throttle: {
        enabled: opts.throttle ?? true,
        retryAfterBaseValue: retryDelayMs,
        onRateLimit,
        onSecondaryRateLimit: onRateLimit,
      },
      log: {
        debug: () => undefined,
        info: () => undefined,
        warn: (m: string) => warn(m),
        error: (m: string) => warn(m),
      },
    } as Parameters<typeof getOctokit>[1],
    retry,
    throttling,
  );
  copyRequestOptionsPerCall(client);
  return client;
}

/** Retries a rate-limited call once when GitHub asks to wait at most `maxWaitS`; otherwise says why it gives up. */
function rateLimitHandler(maxWaitS: number, warn: (message: string) => void) {
  return (retryAfterS: number, _options: unknown, _octokit: unknown, retryCount: number): boolean => {
    const retryIt = retryCount < 1 && retryAfterS <= maxWaitS;
    if (!retryIt)
      warn(
        `GitHub API rate limit: retry-after ${retryAfterS} s is more than carbon-action waits (${maxWaitS} s); ` +
          'giving up on this call',
      );
    return retryIt;
  };
}

/**
 * plugin-retry (8.1.1, wrap-request.js) writes `retryCount` into `options.request`, and @octokit/endpoint's mergeDeep
 * hands every call the client's own default `request` object when the call passes none: without a copy per call, a
 * failed call leaves retryCount 3 and every later call waits 16 + 4 units instead of 1 + 4. Registered after the
 * plugins, this hook runs outside them; before-after-hook binds one options object for the whole chain, so the copy
 * is made in place.
 */
function copyRequestOptionsPerCall(client: GitHubClient): void {
  client.hook.wrap('request', (request, options) => {
    options.request = { ...options.request };
    return request(options);
  });
}
