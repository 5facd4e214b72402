import * as core from '@actions/core';
import { runPost } from './post-impl';
import { sanitiseAnnotation } from '../log-sanitise';
import { redactSecrets } from '../secrets';

// A bug of ours must never break the user's pipeline: only a budget or a wrong input fails it.
// Exit explicitly: @actions/cache may keep retrying a dead service in the background for
// ~30 s after we have given up on it, and the job should not wait for that.
// The message only: a stack trace in an annotation helps nobody and may quote paths.
runPost()
  .catch((err: Error) =>
    core.warning(
      `carbon-action: could not produce the report: ${sanitiseAnnotation(redactSecrets(err?.message ?? String(err)))}`,
    ),
  )
  .finally(() => process.exit());
