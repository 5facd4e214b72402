import type { Report } from '../schema/report';

/**
 * A report as a history line keeps it: no timeline and no steps. Every append re-uploads the
 * whole history file, and the dashboard reads only the totals; the job's own report keeps both.
 */
export function slimReport(r: Report): Report {
  const slim: Report = { ...r };
  // A report read back from an old or hand-edited file may lack samples.
  if (r.samples) slim.samples = { ...r.samples, timeline: [] };
  delete slim.steps;
  return slim;
}
