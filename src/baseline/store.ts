import type { Report } from '../schema/report';

// A history store keeps, per branch, the last runs of one workflow + job (+ matrix leg).
// Stores never throw: a missing, corrupt or unreachable history is a reason the caller
// shows, never a broken pipeline.

export type LoadResult =
  | {
      ok: true;
      /** Oldest first. */
      entries: Report[];
      /** Where the history came from, e.g. the cache key restored or the file read. */
      source: string;
      /** Lines skipped or refused while reading (torn, invalid, newer schema). */
      warnings: string[];
    }
  | { ok: false; reason: string; entries: [] };

export type SaveResult = { ok: true; target: string } | { ok: false; reason: string };

export interface HistoryStore {
  load(branch: string): Promise<LoadResult>;
  save(branch: string, entries: Report[]): Promise<SaveResult>;
}

export const NO_BASELINE_YET = 'no baseline yet';
