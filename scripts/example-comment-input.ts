// The input behind docs/example-comment.png and docs/example-comment.md: the sample report
// fixture (a 6-minute job on a 4-vCPU Azure runner) against five base runs, with two budgets,
// put through the same comparison and gate code the action uses, and the comment it gets by default.
import { readFileSync } from 'node:fs';
import { evaluateGate } from '../src/action/gate';
import { compareWithBaseline } from '../src/baseline/history';
import { runCommentMarker, type RunCommentSection } from '../src/github/run-comment';
import { renderJobDetail, type CommentInput } from '../src/report/markdown';
import { buildRunCommentPayload, renderRunCommentBody } from '../src/report/run-comment-render';
import type { Report } from '../src/schema/report';

export const EXAMPLE_MARKER = '<!-- carbon-action:v1 workflow=CI job=test matrix=node%2020 -->';

export function exampleCommentInput(): CommentInput {
  const report = JSON.parse(
    readFileSync(new URL('../test/fixtures/report/sample-report.json', import.meta.url), 'utf8'),
  ) as Report;
  // Five earlier runs of main, 15–20 % lighter: this PR is outside their range.
  const baseWh = [1.79, 1.82, 1.76, 1.85, 1.8];
  const base = baseWh.map((energyWh, i): Report => {
    const scale = energyWh / report.energyWh.total;
    return {
      ...report,
      endedAt: `2026-11-2${i}T10:00:00.000Z`,
      energyWh: { ...report.energyWh, total: energyWh },
      co2eG: { ...report.co2eG, total: report.co2eG.total * scale, operational: report.co2eG.operational * scale },
      context: {
        ...report.context,
        branch: 'main',
        runId: String(9876543200 + i),
        sha: `${'abcdef0'.slice(i)}${'1234567'.slice(0, i)}`.padEnd(40, String(i)),
      },
    };
  });
  const comparison = compareWithBaseline(report, base, { baseBranch: 'main' });
  const gate = evaluateGate({
    report,
    comparison,
    inputs: { budget: { co2eG: 2, text: '2 g' }, maxIncrease: { percent: 25, text: '25%' }, failOnBudget: true },
  });
  return { report, comparison, gate, marker: EXAMPLE_MARKER };
}

/**
 * The comment a user gets by default (`comment-scope: run`) for this one job: the run comment's marker, headline and
 * job table, then the job's section with what its per-job comment carries (charts, steps, method), as post-impl.ts
 * renders it.
 */
export function exampleCommentMarkdown(): string {
  const input = exampleCommentInput();
  const workflow = input.report.context?.workflow ?? 'CI';
  const jobKey = 'test node 20';
  const section: RunCommentSection = {
    jobKey,
    runId: input.report.context?.runId ?? '1',
    attempt: 1,
    payload: buildRunCommentPayload({ ...input, jobName: 'test (node 20)' }),
  };
  const body = renderRunCommentBody([section], {
    workflow,
    loneJob: { jobKey, detail: (maxChars) => renderJobDetail(input, maxChars) },
  });
  return `${runCommentMarker(workflow)}\n${body}`;
}
