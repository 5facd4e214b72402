// @actions/core for the action's own modules, with every message put through the one
// sanitiser (src/log-sanitise.ts) before it reaches stdout. Import this instead of
// '@actions/core' wherever a message can hold a name, a path or an API's words.
import * as core from '@actions/core';
import { sanitiseAnnotation, sanitiseLogLine } from '../log-sanitise';
import { redactSecrets } from '../secrets';

export { getInput, getState, saveState, setOutput, setSecret, getBooleanInput } from '@actions/core';

export const info = (message: string): void => core.info(sanitiseLogLine(redactSecrets(message)));
export const debug = (message: string): void => core.debug(sanitiseAnnotation(redactSecrets(message)));
export const notice = (message: string): void => core.notice(sanitiseAnnotation(redactSecrets(message)));
export const warning = (message: string): void => core.warning(sanitiseAnnotation(redactSecrets(message)));
export const error = (message: string): void => core.error(sanitiseAnnotation(redactSecrets(message)));
export const setFailed = (message: string): void => core.setFailed(sanitiseAnnotation(redactSecrets(message)));
