import type { PueInfo } from '../report/schema';
import { pueData, type Provider } from './data';

/** The provider's published PUE, the user's value, or 1.0 with a note when neither is known. */
export function resolvePue(provider: Provider | null, userPue?: number): PueInfo {
  if (userPue !== undefined) return { value: userPue, source: 'user input (pue)' };
  const data = pueData();
  if (provider) return { value: data[provider].value, source: data[provider].source };
  return { value: data.unknown.value, source: data.unknown.source };
}
