import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPost } from '../../../src/action/post-impl';
import { serialiseHistory } from '../../../src/baseline/history-file';
import { historyFileName } from '../../../src/baseline/history-key';
import { makeReport } from '../../fixtures/report';
import { postStepEachTest, readOutputs, setPostEnv } from './post-in-process';

// The post step, run in-process on a hand-written samples file, with the history in a
// directory (history-path) and no token: nothing here touches the network.

let dir: string;
postStepEachTest((d) => (dir = d));

describe('the post step on a re-run of a push run', () => {
  it("does not count its own run's first attempt in the baseline it is judged against", async () => {
    const historyDir = join(dir, 'history');
    mkdirSync(historyDir);
    const scope = { os: 'Linux', workflow: 'CI', job: 'test', matrix: null };
    // An earlier run (1 g) and this very run's first attempt (999 g, same commit).
    writeFileSync(
      join(historyDir, historyFileName(scope, 'main')),
      serialiseHistory([
        makeReport({ co2eG: 1, energyWh: 2, runId: '50', runAttempt: '1', endedAt: '2025-03-01T10:00:00.000Z' }),
        makeReport({ co2eG: 999, energyWh: 2000, runId: '100', runAttempt: '1', endedAt: '2025-03-02T10:00:00.000Z' }),
      ]),
    );
    const outputFile = setPostEnv(dir, {
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'test',
      GITHUB_RUN_ID: '100',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REPOSITORY: 'o/r',
      'INPUT_HISTORY-PATH': historyDir,
      'INPUT_CARBON-INTENSITY': '400',
    });
    await runPost(process.env);
    const out = readOutputs(outputFile);
    expect(out['baseline-co2e-g']).toBe((1).toFixed(6));
  });
});
