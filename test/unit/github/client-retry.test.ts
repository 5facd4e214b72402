// plugin-retry 8.1.1 stores `retryCount` on `options.request`, which @octokit/endpoint's
// mergeDeep shares with the client's defaults when a call passes no `request` of its own:
// after one failed call every later call started at retryCount 3 and waited 16 + 4 units
// instead of 1 + 4. These tests time the waits against the loopback fake.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../../src/github/client';
import { startGitHubFake, type GitHubFake } from '../../fakes/github-fake';

let github: GitHubFake;
beforeEach(async () => {
  github = await startGitHubFake();
});
afterEach(async () => {
  await github.close();
});

const UNIT_MS = 250; // large enough that a loaded VM (load average 19 seen) adds under a unit

/** Gaps between consecutive requests to the fake, in retry units (rounded). */
function gapsInUnits(from: number): number[] {
  const at = github.state.requests.slice(from).map((r) => r.at);
  return at.slice(1).map((t, i) => Math.round((t - at[i]) / UNIT_MS));
}

describe('GitHub client retries', () => {
  it('every call waits 1 then 4 units on 500s, not only the first (no retryCount carry-over)', async () => {
    const client = createGitHubClient({
      token: 'ghs_test',
      baseUrl: github.url,
      retryDelayMs: UNIT_MS,
      throttle: false,
    });
    for (let call = 0; call < 3; call++) {
      github.state.faults.failNext = { count: 3, status: 500 };
      const from = github.state.requests.length;
      await expect(client.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1 })).rejects.toMatchObject({
        status: 500,
      });
      expect(github.state.requests.length - from, `call ${call}`).toBe(3);
      // Loopback answers in well under a unit; the loaded VM adds at most a unit of slack.
      const gaps = gapsInUnits(from);
      expect(gaps[0], `call ${call}: ${gaps}`).toBeGreaterThanOrEqual(1);
      expect(gaps[0], `call ${call}: ${gaps}`).toBeLessThanOrEqual(3);
      expect(gaps[1], `call ${call}: ${gaps}`).toBeGreaterThanOrEqual(4);
      expect(gaps[1], `call ${call}: ${gaps}`).toBeLessThanOrEqual(8);
    }
  });

  it('a call that succeeds after one 500 leaves the next failing call with the documented waits', async () => {
    const client = createGitHubClient({
      token: 'ghs_test',
      baseUrl: github.url,
      retryDelayMs: UNIT_MS,
      throttle: false,
    });
    github.state.faults.failNext = { count: 1, status: 500 };
    await client.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1 });
    github.state.faults.failNext = { count: 3, status: 500 };
    const from = github.state.requests.length;
    await expect(client.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 1 })).rejects.toMatchObject({
      status: 500,
    });
    const gaps = gapsInUnits(from);
    expect(gaps[0], String(gaps)).toBeLessThanOrEqual(3);
    expect(gaps[1], String(gaps)).toBeLessThanOrEqual(8);
  });
});
