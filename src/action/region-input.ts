// The `region` input's check, given to parseInputs by both entries (main and post): inputs.ts stays free of the
// carbon data, which only this check needs.
import { parseRegion } from '../carbon/region';

/** null when `text` names a region parseRegion knows; else why not. */
export function validateRegionInput(text: string): string | null {
  try {
    parseRegion(text);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}
