// What the main step hands to the post step through GITHUB_STATE (core.saveState → STATE_*).
export const STATE = {
  inputsInvalid: 'inputs-invalid',
  samplesFile: 'samples-file',
  samplerPid: 'sampler-pid',
  startedAtMs: 'started-at-ms',
  workDir: 'work-dir',
  /** Why the main step could not start metering ("could not create …: read-only file system (EROFS)"). */
  notMeteredReason: 'not-metered-reason',
  /** The `report` input was given: nothing is metered, the post step publishes that report. */
  publishMode: 'publish-mode',
} as const;
