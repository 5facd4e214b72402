import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JobStepInfo } from '../../../src/github/jobs';
import { stepWindows } from '../../../src/github/steps-split';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/github/jobs-attempt-1.json', import.meta.url), 'utf8'),
) as {
  jobs: {
    steps: {
      number: number;
      name: string;
      status: string;
      conclusion: string | null;
      started_at: string | null;
      completed_at: string | null;
    }[];
  }[];
};
const steps: JobStepInfo[] = fixture.jobs[0].steps.map((s) => ({
  number: s.number,
  name: s.name,
  status: s.status,
  conclusion: s.conclusion,
  startedAt: s.started_at,
  completedAt: s.completed_at,
}));

const ms = (iso: string) => Date.parse(iso);

describe('stepWindows', () => {
  it('turns the fixture job into windows: skipped and queued dropped, the running post step ends now', () => {
    const now = ms('2025-03-04T10:01:45.500Z');
    expect(stepWindows(steps, now)).toEqual([
      { number: 1, name: 'Set up job', startMs: ms('2025-03-04T10:00:05Z'), endMs: ms('2025-03-04T10:00:07Z') },
      {
        number: 2,
        name: 'Run owner/carbon-action@v1',
        startMs: ms('2025-03-04T10:00:07Z'),
        endMs: ms('2025-03-04T10:00:08Z'),
      },
      {
        number: 3,
        name: 'Run actions/checkout@v4',
        startMs: ms('2025-03-04T10:00:08Z'),
        endMs: ms('2025-03-04T10:00:10Z'),
      },
      { number: 4, name: 'Run npm test', startMs: ms('2025-03-04T10:00:10Z'), endMs: ms('2025-03-04T10:01:40Z') },
      // Step 5 skipped, step 7 queued: gone. Post step: 10:01:41 → now = 4.5 s.
      { number: 6, name: 'Post Run owner/carbon-action@v1', startMs: ms('2025-03-04T10:01:41Z'), endMs: now },
    ]);
  });

  it('"npm test" lasts 90 s: 10:00:10 → 10:01:40', () => {
    const w = stepWindows(steps, ms('2025-03-04T10:02:00Z')).find((x) => x.number === 4);
    expect(w && (w.endMs - w.startMs) / 1000).toBe(90);
  });

  it("clamps to now when GitHub's clock is ahead of the runner's", () => {
    const now = ms('2025-03-04T10:01:00Z');
    const w = stepWindows(steps, now);
    // Step 4 completed at 10:01:40 by GitHub's clock: cut at now. Step 6 starts after now: dropped.
    expect(w.find((x) => x.number === 4)).toEqual({
      number: 4,
      name: 'Run npm test',
      startMs: ms('2025-03-04T10:00:10Z'),
      endMs: now,
    });
    expect(w.find((x) => x.number === 6)).toBeUndefined();
  });

  it('drops steps with unreadable times and sorts by step number', () => {
    const odd: JobStepInfo[] = [
      {
        number: 3,
        name: 'c',
        status: 'completed',
        conclusion: 'success',
        startedAt: '2025-01-01T00:00:02Z',
        completedAt: '2025-01-01T00:00:03Z',
      },
      {
        number: 1,
        name: 'a',
        status: 'completed',
        conclusion: 'success',
        startedAt: 'not a date',
        completedAt: '2025-01-01T00:00:01Z',
      },
      {
        number: 2,
        name: 'b',
        status: 'completed',
        conclusion: 'success',
        startedAt: '2025-01-01T00:00:01Z',
        completedAt: 'garbage',
      },
      {
        number: 0,
        name: 'z',
        status: 'completed',
        conclusion: 'success',
        startedAt: '2025-01-01T00:00:00Z',
        completedAt: '2025-01-01T00:00:01Z',
      },
    ];
    expect(stepWindows(odd, ms('2025-01-01T00:01:00Z')).map((w) => w.name)).toEqual(['z', 'c']);
  });

  it('refuses a non-finite now', () => {
    expect(() => stepWindows(steps, Number.NaN)).toThrow(/nowMs must be a finite/);
  });
});
