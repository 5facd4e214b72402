import * as core from '@actions/core';
import { runMain } from './main-impl';
import { sanitiseAnnotation } from '../log-sanitise';

// A bug of ours must never break the user's pipeline: only a wrong input fails this step.
runMain().catch((err: Error) =>
  core.warning(`carbon-action: could not start metering: ${sanitiseAnnotation(err?.message ?? String(err))}`),
);
