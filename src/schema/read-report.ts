// The one way to read a report that came from a file, a history line or an artifact: through
// the schema, with one message format everywhere. History, baseline, `report`, the fork publish
// mode, the dashboard and the export all call checkReport and only add where the value came from.

import { issueText, NOT_AN_OBJECT, parseCollecting } from './fields';
import { REPORT_SCHEMA_VERSION, ReportSchema, type Report } from './report';

export type ReportCheck =
  | {
      ok: true;
      /** The report as the schema reads it: unknown fields dropped, strings one capped line, lists capped. */
      report: Report;
      /** Optional parts that were wrong and left out, one note each (e.g. "context.sha must be …; left out"). */
      leftOut: string[];
    }
  | {
      ok: false;
      /** Why it is not a report: the path, the value and what is accepted. */
      reason: string;
      /** The schemaVersion, when the value is a report from a newer carbon-action. */
      newer?: number;
    };

/** Why a report from a newer carbon-action is refused, in the same words everywhere. */
export function newerSchemaReason(version: number): string {
  return (
    `schemaVersion ${version} is newer than this carbon-action reads (${REPORT_SCHEMA_VERSION}): upgrade ` +
    `carbon-action`
  );
}

/** Reads `value` as a report, or says why it is not one. */
export function checkReport(value: unknown): ReportCheck {
  // valibot takes an array for an object.
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: `the report ${NOT_AN_OBJECT}` };
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > REPORT_SCHEMA_VERSION)
    return { ok: false, reason: newerSchemaReason(version), newer: version };
  const { result, leftOut } = parseCollecting(ReportSchema, value);
  if (result.success) return { ok: true, report: result.output, leftOut };
  return { ok: false, reason: issueText(result.issues[0]) };
}

/** Why `value` is not a report, or null when it is one. */
export function whyNotAReport(value: unknown): string | null {
  const checked = checkReport(value);
  return checked.ok ? null : checked.reason;
}
