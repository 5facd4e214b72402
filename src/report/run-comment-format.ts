// The run comment's format: one PR comment per workflow run, whose first line is a hidden marker, and in which every
// job of the run (a matrix) owns a delimited section holding its own data as a hidden JSON payload. Pure; the GitHub
// adapter (src/github/run-comment.ts) reads and writes it, run-comment-render.ts draws the visible table.
// Marker values are encoded as the job comment's are (safe set kept, "--" broken).
import { encodeMarkerValue } from './comment-marker';

export interface RunCommentSection {
  /** The job's identity within the workflow: job id plus matrix values. */
  jobKey: string;
  /** GITHUB_RUN_ID. */
  runId: string;
  /** GITHUB_RUN_ATTEMPT, ≥ 1. */
  attempt: number;
  /** JSON-serialisable; null when a section's stored payload could not be read back. */
  payload: unknown;
}

/** Builds everything below the marker line from all sections; must emit each one with sectionBlock(). */
export type RunCommentRender = (sections: RunCommentSection[]) => string;

const decodeMarkerValue = (encoded: string): string => {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
};

/** `<!-- carbon-action:v1 run-comment workflow=<w> -->`, the comment's first line. */
export function runCommentMarker(workflow: string): string {
  return `<!-- carbon-action:v1 run-comment workflow=${encodeMarkerValue(workflow)} -->`;
}

// Inside an HTML comment the payload may contain neither "--" nor "<"/">" (which could
// close it or open markup). JSON never has "--", "<" or ">" outside strings, and inside
// strings the \u escapes read back as the same characters. The payload is one line, but
// JSON.stringify leaves U+2028 and U+2029 raw, and SECTION_RE's "." stops at them: a step
// or job name holding one made the section unreadable, and the comment was not posted.
export const encodePayload = (payload: unknown): string =>
  (JSON.stringify(payload ?? null) ?? 'null')
    .replace(/--/g, '-\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

const SECTION_RE =
  /^<!-- carbon-action:section job=(\S+) run=(\S+) attempt=(\d+) -->\n<!-- carbon-action:payload (.*) -->\n[\s\S]*?^<!-- carbon-action:section-end job=\1 -->$/gm;

/**
 * One job's section: start marker, hidden payload line, `visible` Markdown (its escaped,
 * folded detail), end marker. `visible` must come from escaped text so it cannot forge markers.
 */
export function sectionBlock(section: RunCommentSection, visible: string): string {
  const job = encodeMarkerValue(section.jobKey);
  const run = encodeMarkerValue(section.runId);
  return [
    `<!-- carbon-action:section job=${job} run=${run} attempt=${section.attempt} -->`,
    `<!-- carbon-action:payload ${encodePayload(section.payload)} -->`,
    visible.replace(/\r\n?/g, '\n').replace(/^\n+|\n+$/g, ''),
    `<!-- carbon-action:section-end job=${job} -->`,
  ]
    .filter((line, i) => i !== 2 || line !== '')
    .join('\n');
}

/** The sections found in a run comment's body, in order; a job seen twice keeps its newest run. */
export function parseRunCommentSections(body: string): RunCommentSection[] {
  const found: RunCommentSection[] = [];
  for (const m of body.replace(/\r\n?/g, '\n').matchAll(SECTION_RE)) {
    let payload: unknown;
    try {
      payload = JSON.parse(m[4]);
    } catch {
      payload = null;
    }
    found.push({ jobKey: decodeMarkerValue(m[1]), runId: decodeMarkerValue(m[2]), attempt: Number(m[3]), payload });
  }
  return mergeSections([], found);
}

/** Orders two runs of a job: numeric run ids by value, then the attempt. > 0 when a is newer. */
export function compareRuns(
  a: Pick<RunCommentSection, 'runId' | 'attempt'>,
  b: Pick<RunCommentSection, 'runId' | 'attempt'>,
): number {
  const numeric = /^\d+$/.test(a.runId) && /^\d+$/.test(b.runId);
  if (a.runId !== b.runId) {
    if (numeric) return BigInt(a.runId) > BigInt(b.runId) ? 1 : -1;
    return a.runId > b.runId ? 1 : -1;
  }
  return a.attempt - b.attempt;
}

/**
 * `base` with `incoming` merged in: per job, the newer run wins (a re-run or a later run
 * replaces, never appends); on a tie the incoming section wins. Order: base's, then new jobs.
 */
export function mergeSections(base: RunCommentSection[], incoming: RunCommentSection[]): RunCommentSection[] {
  const out: RunCommentSection[] = [];
  const index = new Map<string, number>();
  for (const s of [...base, ...incoming]) {
    const at = index.get(s.jobKey);
    if (at === undefined) {
      index.set(s.jobKey, out.length);
      out.push(s);
    } else if (compareRuns(s, out[at]) >= 0) {
      out[at] = s;
    }
  }
  return out;
}
