// The job comment's hidden marker: the first line by which a later run finds its own sticky comment among the PR's
// comments. Pure; the GitHub adapter (src/github/comments.ts) does the finding and writing.
import { boundName } from '../names';
import { percentEncode } from '../percent-encode';

// Marker values are percent-encoded outside a safe set, so a workflow or job name can
// neither close the HTML comment ("-->") nor make two jobs' markers equal.
export const encodeMarkerValue = (v: string): string => percentEncode(v).replace(/--/g, '-%2D');

/** `<!-- carbon-action:v1 workflow=<w> job=<j>[ matrix=<m>] -->` */
export function stickyMarker(ids: { workflow: string; job: string; matrix?: string | null }): string {
  // Bounded: a 10k-character workflow name must not make a 10 KB marker.
  const matrix = ids.matrix ? ` matrix=${encodeMarkerValue(boundName(ids.matrix))}` : '';
  return (
    `<!-- carbon-action:v1 workflow=${encodeMarkerValue(boundName(ids.workflow))} ` +
    `job=${encodeMarkerValue(boundName(ids.job))}${matrix} -->`
  );
}
