import type { Report } from '../schema/report';

/**
 * A report as a history line keeps it: no timeline and no steps. Every append re-uploads the
 * whole history file, and the dashboard reads only the totals; the job's own report keeps both.
 */
export function slimReport(r: Report): Report {
  return slimValue(r) as Report;
}

/**
 * The same slimming on a value not yet checked (a line read back from history, before the schema
 * reads it): anything that is not an object, or has no object `samples`, is left as it is there.
 */
export function slimValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const { steps: _steps, ...rest } = value as Partial<Record<keyof Report, unknown>>;
  const samples = rest.samples;
  // A report read back from an old or hand-edited file may lack samples.
  if (typeof samples === 'object' && samples !== null && !Array.isArray(samples))
    rest.samples = { ...samples, timeline: [] };
  return rest;
}
