import type { PueInfo } from '../schema/report';
import { pueData, type Provider } from './data';
import { optionLabel, settingName, type Caller } from './setting-name';

/** The provider's published PUE, the user's value, or 1.0 with a note when neither is known. */
export function resolvePue(provider: Provider | null, userPue?: number, caller: Caller = 'action'): PueInfo {
  if (userPue !== undefined) return { value: userPue, source: `user input (${optionLabel('pue', caller)})` };
  const data = pueData();
  if (provider) return { value: data[provider].value, source: data[provider].source };
  // The data file's note says what is missing; how to supply it depends on who is reading.
  return {
    value: data.unknown.value,
    source: `${data.unknown.source} Set ${settingName('pue', caller)} for a better figure.`,
  };
}
