// writeLocalOutputs, the post step's third verb: the JSON report, the job summary and the step outputs, written before
// any network call so that a network failure loses nothing, and written again whenever the comparison or the notes
// change. The budget gate is re-evaluated with each comparison, so it can be applied whatever happens after.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { safeFileComponent } from '../names';
import type { Comparison, GateResult, Report } from '../schema/report';
import type { JobIdentity } from './context';
import { evaluateGate } from './gate';
import { createLocalOutputs } from './local-outputs';
import type { PostContext } from './post-context';

export interface PostResults {
  readonly report: Report;
  readonly comparison?: Comparison;
  readonly gate: GateResult;
  /** Takes the comparison with the base branch, re-evaluates the gate and rewrites the local outputs. */
  compared(comparison: Comparison): void;
  /** Rewrites the local outputs (notes may have been added). */
  write(): void;
}

export function reportFilePath(env: NodeJS.ProcessEnv, identity: JobIdentity): string {
  const dir = join(env.RUNNER_TEMP || tmpdir(), 'carbon-action');
  const job = safeFileComponent(identity.job);
  return join(dir, `report-${job}-${identity.runId || 'local'}-${identity.attempt}.json`);
}

export function writeLocalOutputs(post: PostContext, report: Report): PostResults {
  const local = createLocalOutputs({
    reportPath: reportFilePath(post.env, post.identity),
    summaryPath: post.env.GITHUB_STEP_SUMMARY,
  });
  let comparison: Comparison | undefined;
  let gate = evaluateGate({ report, inputs: post.inputs });
  const write = (): void => void local.write({ report, comparison, gate, notes: post.notes });
  write();
  return {
    report,
    get comparison() {
      return comparison;
    },
    get gate() {
      return gate;
    },
    compared(c) {
      comparison = c;
      gate = evaluateGate({ report, comparison, inputs: post.inputs });
      write();
    },
    write,
  };
}
