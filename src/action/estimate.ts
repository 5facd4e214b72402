// estimate, the post step's second verb: the samples file the sampler left, turned into a report. Whatever makes the
// estimate unusable (no file, unreadable, fewer than two samples) is missing data, said as such, never a 0 Wh report
// that would pass any budget.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeProblem } from '../fs-safe';
import * as core from './log';
import { describeMachine } from '../meter/machine';
import { estimate as estimateFromSamples } from '../pipeline/estimate';
import type { CpuCurve } from '../pipeline/cpu-curve';
import { runContext } from '../pipeline/run-context';
import type { MachineInfo, Report } from '../schema/report';
import { reportMissingData } from './missing-data';
import type { PostContext } from './post-context';

/** The sampler's file once it has stopped; endMs is when the job's metering ended (epoch ms). */
export interface StoppedSampler {
  samplesFile: string;
  endMs: number;
  /** It was not running when the job ended: the file covers only what it recorded before. */
  diedEarly: boolean;
}

export interface Estimated {
  report: Report;
  curve: CpuCurve;
  machine: MachineInfo;
  samplesFile: string;
  /** When the job's metering ended (epoch ms): the end of the last step's window. */
  endMs: number;
}

const DIED_EARLY =
  'The sampler was not running when the job ended (killed or crashed): this report covers only what it recorded ' +
  'before it stopped.';

/** The report, or undefined when there is none to give (the user has been told why). */
export async function estimate(post: PostContext, stopped: StoppedSampler): Promise<Estimated | undefined> {
  const { samplesFile } = stopped;
  const { inputs, env } = post;
  const samplerWarnings = stopped.diedEarly ? [DIED_EARLY] : [];
  if (!existsSync(samplesFile)) {
    reportMissingData(inputs, `no samples were recorded (${samplesFile} is missing)`);
    return;
  }
  for (const w of samplerWarnings) core.warning(`carbon-action: ${w}`);

  const machine = await describeMachine();
  let estimated: Awaited<ReturnType<typeof estimateFromSamples>>;
  try {
    estimated = await estimateFromSamples({
      samplesFile,
      machine,
      kind: 'action',
      includeEmbodied: inputs.includeEmbodied,
      memoryModel: inputs.memoryModel,
      periodEndMs: stopped.endMs,
      context: runContext(env, post.payload, { matrix: inputs.matrix, jobName: inputs.jobName }),
      warnings: samplerWarnings,
      carbon: {
        region: inputs.region,
        carbonIntensityGPerKWh: inputs.carbonIntensityGPerKWh,
        pue: inputs.pue,
        gridSource: inputs.gridSource,
        electricityMapsToken: inputs.electricityMapsToken,
        env,
      },
    });
  } catch (err) {
    reportMissingData(inputs, `the samples could not be read: ${(err as Error).message}`);
    return;
  }
  const { report, curve } = estimated;
  // Fewer than two samples make no interval: an estimate of 0 Wh would pass any budget, so the
  // gate would fail open. That is missing data, said as such.
  if (report.samples.count < 2) {
    const unreadable = report.samples.tornLines > 0 ? `, ${report.samples.tornLines} unreadable lines` : '';
    const usable = `${report.samples.count} usable sample${report.samples.count === 1 ? '' : 's'}`;
    // The sampler drops lines it cannot write (a full or read-only disk): say so, or the cause stays unseen.
    const refused = writeProblem(dirname(samplesFile));
    reportMissingData(inputs, `the samples file holds ${usable}${unreadable}${refused ? ` (${refused})` : ''}`);
    return;
  }
  return { report, curve, machine, samplesFile, endMs: stopped.endMs };
}
