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

/** Starts both fakes before each test of the calling file or describe block, hands them to `use`, stops them after. */
export function fakesEachTest(use: (f: Fakes) => void): void {
  let fakes: Fakes | undefined;
  beforeEach(async () => {
    fakes = await startFakes();
    use(fakes);
  });
  afterEach(async () => {
    if (fakes) await stopFakes(fakes);
  });
}
