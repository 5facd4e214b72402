// A report JSON that came from somewhere we do not control: the `report` input of the action
// reads a file downloaded from a pull request's artifact, and the PR may come from a fork.
// Nothing of it is passed on as it was: the schema (src/schema/report.ts) rebuilds it field by
// field from checked values (numbers finite and bounded, strings one line and capped,
// enumerations from their lists, lists capped) and drops unknown fields. Renderers escape on top.

import { checkReport } from '../schema/read-report';
import type { Report } from '../schema/report';

/** Bigger files are refused before they are parsed (a real report is 20–60 kB). */
export const UNTRUSTED_REPORT_MAX_BYTES = 2 * 1024 * 1024;

export class UntrustedReportError extends Error {}

/**
 * A clean Report from untrusted JSON text, and what was left out of it. Throws
 * UntrustedReportError naming the first field that makes it unusable.
 */
export function readUntrustedReport(text: string): { report: Report; warnings: string[] } {
  if (Buffer.byteLength(text, 'utf8') > UNTRUSTED_REPORT_MAX_BYTES) {
    throw new UntrustedReportError(
      `the file is larger than ${UNTRUSTED_REPORT_MAX_BYTES / 1024 / 1024} MiB; a carbon-action report is well ` +
        `under 100 kB`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UntrustedReportError(`the file is not JSON (${(err as Error).message.slice(0, 120)})`);
  }
  const checked = checkReport(value);
  if (!checked.ok) throw new UntrustedReportError(checked.reason);
  return { report: checked.report, warnings: checked.leftOut };
}
