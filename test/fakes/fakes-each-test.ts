// The GitHub and cache fakes together, as the end-to-end and fault suites start them for each test.
import { afterEach, beforeEach } from 'vitest';
import { startCacheFake, type CacheFake } from './cache-fake';
import { startGitHubFake, type GitHubFake } from './github-fake';

export interface Fakes {
  github: GitHubFake;
  cache: CacheFake;
}

export async function startFakes(): Promise<Fakes> {
  return { github: await startGitHubFake(), cache: await startCacheFake() };
}

export async function stopFakes(f: Fakes): Promise<void> {
  await f.github.close();
  await f.cache.close();
}

/** Starts a fresh `T` before each test of the calling file or describe block, hands it to `use`, stops it after. */
export function freshEachTest<T>(start: () => Promise<T>, stop: (t: T) => Promise<void>, use: (t: T) => void): void {
  let current: T | undefined;
  beforeEach(async () => {
    current = await start();
    use(current);
  });
  afterEach(async () => {
    if (current !== undefined) await stop(current);
  });
}

/** Both fakes, fresh for each test. */
export const fakesEachTest = (use: (f: Fakes) => void): void => freshEachTest(startFakes, stopFakes, use);
