// The GitHub fake's set-up for the github/ unit tests: one fresh fake a test, and a client of it.
import { createGitHubClient } from '../../src/github/client';
import { freshEachTest } from './fakes-each-test';
import { startGitHubFake, type GitHubFake } from './github-fake';

/** The token every test client sends; tests check that the fake never recorded it. */
export const FAKE_TOKEN = 'ghs_fakeTokenThatMustNeverBeLogged';

/** Starts a fresh GitHub fake before each test of the calling file, hands it to `use`, and closes it after. */
export const githubFakeEachTest = (use: (fake: GitHubFake) => void): void =>
  freshEachTest(startGitHubFake, (fake) => fake.close(), use);

/** A client of `baseUrl` with the test token and 5 ms retry waits; `over` changes any option. */
export const fakeClient = (baseUrl: string, over: Partial<Parameters<typeof createGitHubClient>[0]> = {}) =>
  createGitHubClient({ token: FAKE_TOKEN, baseUrl, retryDelayMs: 5, ...over });
