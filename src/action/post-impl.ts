// The post step, as its verbs. Everything that needs no network (JSON report, job summary, outputs) is written
// before any GitHub or cache call, so a network failure loses nothing; network results (per-step energy, baseline,
// history, comment) are folded in after, each failure a warning, all within the `timeout` deadline. Only a budget
// the user set, or a wrong input, fails the job. post.ts is the thin entry that runs this.
import { addSteps } from './add-steps';
import { gate } from './apply-gate';
import { compare } from './compare';
import { createDeadline } from './deadline';
import { estimate } from './estimate';
import { beforeDeadline } from './network-phase';
import { gitHubClient, openPost } from './post-context';
import { publish } from './publish-results';
import { stopSampler } from './stop-sampler';
import { writeLocalOutputs } from './write-local-outputs';

export async function runPost(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const opened = openPost(env);
  if (!opened) return;
  const { post, sampler } = opened;
  const deadline = createDeadline(post.inputs.timeoutMs);
  const endMs = Date.now(); // the job's end: stopping the sampler is the post step's own work
  const { diedEarly } = await stopSampler({ ...sampler, intervalMs: post.inputs.sampleIntervalMs });
  const estimated = await estimate(post, { samplesFile: sampler.samplesFile, endMs, diedEarly });
  if (!estimated) return;
  const results = writeLocalOutputs(post, estimated.report);
  await beforeDeadline(deadline, post, async () => {
    const client = gitHubClient(post);
    await addSteps(post, estimated, client);
    results.compared(await compare(post, estimated.report, client));
    await publish(post, results, client);
  });
  results.write(); // notes added by the history and comment calls (or the deadline) belong in the summary too
  gate(results.gate);
}
