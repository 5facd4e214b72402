import { createHash } from 'node:crypto';
import { percentEncodeChar } from '../percent-encode';

// Where a branch's history lives in the Actions cache.
//
// Key: carbon-action-v1~<os>~<workflow>~<job>~<matrix>~<branch>~<runId>-<attempt>
//
// Cache keys are immutable, so every run saves under its own key and loads by the prefix
// that ends after <branch>~; among prefix matches the cache service returns the newest.
// Scoping (GitHub's rules, not ours): a pull_request run can restore caches saved on its
// base branch and on the default branch; what a PR run saves is visible only to that PR.
//
// '~' separates the parts because it cannot appear inside an encoded part: every
// character other than A-Z a-z 0-9 . _ / = + - is percent-encoded (so '~', '%', ',' and spaces
// are too). With a plain '-' separator, workflow "ci" + job "build-x" and workflow
// "ci-build" + job "x" would share a key, and branch "main" would prefix-match "main-2".
// The service limits keys to 512 characters without commas: each part is capped at
// MAX_PART_CHARS (longer parts keep a readable head and a hash), which bounds the key.

export const HISTORY_KEY_VERSION = 'carbon-action-v1';
export const MAX_PART_CHARS = 64;
export const MAX_CACHE_KEY_CHARS = 512;

export interface HistoryScope {
  /** process.platform / RUNNER_OS, e.g. "linux". */
  os: string;
  /** GITHUB_WORKFLOW (the workflow's name). */
  workflow: string;
  /** GITHUB_JOB (the job's id). */
  job: string;
  /** The `matrix` input label; empty or absent when the job has no matrix. */
  matrix?: string | null;
}

const shortHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Percent-encodes a key part and caps its length; the same input always gives the same part. */
export function encodeKeyPart(raw: string, maxChars = MAX_PART_CHARS): string {
  const pieces = Array.from(raw, percentEncodeChar);
  const encoded = pieces.join('');
  if (encoded.length <= maxChars) return encoded;
  const hash = shortHash(raw);
  // A readable head of whole characters (never half an escape), then the hash of the whole.
  let head = '';
  for (const p of pieces) {
    if (head.length + p.length > maxChars - hash.length - 1) break;
    head += p;
  }
  return `${head}.${hash}`;
}

function checkScope(scope: HistoryScope, branch: string): void {
  for (const [name, value] of [
    ['os', scope.os],
    ['workflow', scope.workflow],
    ['job', scope.job],
    ['branch', branch],
  ] as const) {
    if (typeof value !== 'string' || value.trim() === '') {
      throw new Error(`history key: ${name} must be a non-empty string, got ${JSON.stringify(value)}`);
    }
  }
}

/** The restore prefix for one branch's history; ends with the separator so "main" never matches "main-2". */
export function historyKeyPrefix(scope: HistoryScope, branch: string): string {
  checkScope(scope, branch);
  const parts = [scope.os, scope.workflow, scope.job, scope.matrix ?? '', branch].map((p) => encodeKeyPart(p));
  return `${HISTORY_KEY_VERSION}~${parts.join('~')}~`;
}

/** The unique key this run saves under. */
export function historySaveKey(
  scope: HistoryScope,
  branch: string,
  runId: string | number,
  attempt: string | number,
): string {
  const suffix = `${encodeKeyPart(String(runId), 24)}-${encodeKeyPart(String(attempt), 8)}`;
  const key = historyKeyPrefix(scope, branch) + suffix;
  // 16 + 5×65 + 34 = 375 at most; the assertion guards future edits.
  if (key.length > MAX_CACHE_KEY_CHARS)
    throw new Error(`history key is ${key.length} characters, over the cache's ${MAX_CACHE_KEY_CHARS}`);
  return key;
}

/**
 * File name for a directory store: the key prefix with '/' encoded (it is legal in keys,
 * not in file names), short enough for any file system, ending in .jsonl.
 */
export function historyFileName(scope: HistoryScope, branch: string): string {
  const base = historyKeyPrefix(scope, branch).slice(0, -1).replace(/\//g, '%2F');
  const name = base.length <= 180 ? base : `${base.slice(0, 160).replace(/%[0-9A-F]?$/, '')}.${shortHash(base)}`;
  return `${name}.jsonl`;
}
