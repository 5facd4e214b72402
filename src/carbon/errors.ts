// Typed refusals: the CLI and the action's input validation catch these and show .message.

/** A region string carbon-action cannot resolve; the message lists the closest valid names. */
export class RegionError extends Error {
  constructor(
    message: string,
    readonly input: string,
    readonly closest: string[],
  ) {
    super(message);
    this.name = 'RegionError';
  }
}

/** A numeric option outside what carbon-action accepts. */
export class CarbonInputError extends Error {
  constructor(
    readonly option: string,
    readonly value: unknown,
    readonly accepted: string,
  ) {
    super(`${option} must be ${accepted}; got ${JSON.stringify(String(value))}`);
    this.name = 'CarbonInputError';
  }
}
