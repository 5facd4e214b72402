import * as actionsCache from '@actions/cache';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Report } from '../schema/report';
import { withActionsLogCapture } from './actions-log-capture';
import { parseHistoryText, serialiseHistory } from './history-file';
import { historyKeyPrefix, historySaveKey, type HistoryScope } from './history-key';
import { NO_BASELINE_YET, type HistoryStore, type LoadResult, type SaveResult } from './store';

// History in the Actions cache (service v2, via @actions/cache). One small JSON Lines
// file is saved under a unique key per run and restored by the branch's key prefix
// (see history-key.ts). Everything that can go wrong (no service outside Actions, service
// down or slow, corrupt archive, corrupt file) becomes { ok: false, reason }.
//
// The cache "version" hashes the paths passed to save/restore, so the file must sit at
// the same path in every run: <OS temp dir>/carbon-action-history/history.jsonl (/tmp/… on
// Linux), the same on every runner of an OS. Two jobs on one self-hosted machine could
// race on that file; the `history-path` input (dir-store.ts) is the answer there.

/** The part of @actions/cache used here; injectable so tests can simulate a hang. */
export interface CacheApi {
  isFeatureAvailable(): boolean;
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export interface CacheHistoryStoreOptions {
  scope: HistoryScope;
  /** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT: they make this run's save key unique. */
  runId: string | number;
  attempt: string | number;
  /** Folder for the history file. Default: <OS temp dir>/carbon-action-history (a path every runner shares). */
  dir?: string;
  /** Longest wait for one load or save. Default 20 s: the toolkit retries a 5xx for ~30 s. */
  timeoutMs?: number;
  cache?: CacheApi;
}

export const DEFAULT_CACHE_TIMEOUT_MS = 20_000;
export const HISTORY_FILE_NAME = 'history.jsonl';

const defaultCacheApi: CacheApi = {
  isFeatureAvailable: () => actionsCache.isFeatureAvailable(),
  restoreCache: (paths, primaryKey, restoreKeys) => actionsCache.restoreCache(paths, primaryKey, restoreKeys),
  saveCache: (paths, key) => actionsCache.saveCache(paths, key),
};

// The toolkit's words when the service itself is out, as opposed to a bad archive.
const UNREACHABLE =
  /ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|Unable to make request|unavailable|\b50[0234]\b/i;

type Timed<T> = { done: true; value: T } | { done: false };

async function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<Timed<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Timed<T>>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([promise.then((value) => ({ done: true as const, value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The toolkit's own words for a failure, from its annotations or its "Failed to …" lines. */
function failureFrom(log: { lines: string[]; problems: string[] }, verb: 'restore' | 'save'): string | undefined {
  const failed = new RegExp(`^(?:cache (?:error|warning): )?Failed to ${verb}: (.*)$`);
  for (const p of log.problems) {
    const m = /^Failed to (?:restore|save): ([\s\S]*)$/.exec(p);
    if (m) return m[1].split('\n')[0];
  }
  for (const l of log.lines) {
    const m = failed.exec(l);
    if (m) return m[1].replace(/%0A.*$/, '');
    if (/^Cache (restore|save) skipped:/.test(l)) return l;
  }
  return log.problems[0]?.split('\n')[0];
}

export function createCacheHistoryStore(opts: CacheHistoryStoreOptions): HistoryStore {
  const cache = opts.cache ?? defaultCacheApi;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_CACHE_TIMEOUT_MS;
  // The cache version hashes the path string, so it must be the same on every runner that
  // shares a history: RUNNER_TEMP differs between self-hosted layouts, the OS temp dir doesn't.
  const dir = opts.dir ?? join(tmpdir(), 'carbon-action-history');
  const file = join(dir, HISTORY_FILE_NAME);
  const seconds = `${Math.round(timeoutMs / 100) / 10} s`;
  // One outage costs one timeout per step, not one per call; and a branch is loaded once
  // (compare and save both need it).
  let down: string | null = null;
  const loaded = new Map<string, LoadResult>();
  const markDown = (reason: string): string => {
    down = reason;
    return reason;
  };
  const downReason = (): string =>
    `the Actions cache service could not be reached earlier in this step (${down}); not tried again`;

  const unavailable = (): string | null =>
    cache.isFeatureAvailable()
      ? null
      : 'the Actions cache is not available here (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset: not running in GitHub Actions?)';

  return {
    async load(branch: string): Promise<LoadResult> {
      const known = loaded.get(branch);
      if (known) return known;
      if (down) return { ok: false, reason: downReason(), entries: [] };
      const result = await loadOnce(branch);
      loaded.set(branch, result);
      return result;
    },

    async save(branch: string, entries: Report[]): Promise<SaveResult> {
      if (down) return { ok: false, reason: downReason() };
      try {
        const why = unavailable();
        if (why) return { ok: false, reason: why };
        const key = historySaveKey(opts.scope, branch, opts.runId, opts.attempt);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, serialiseHistory(entries), 'utf8');
        const { value: timed, log } = await withActionsLogCapture(() =>
          withTimeout(cache.saveCache([file], key), timeoutMs),
        );
        if (!timed.done)
          return {
            ok: false,
            reason: markDown(`the Actions cache service could not be reached (no answer within ${seconds})`),
          };
        if (timed.value === -1) {
          const failure = failureFrom(log, 'save') ?? 'the cache service returned no entry';
          return { ok: false, reason: `could not save history to the Actions cache under ${key}: ${failure}` };
        }
        return { ok: true, target: `Actions cache key ${key}` };
      } catch (err) {
        return { ok: false, reason: `could not save history to the Actions cache: ${(err as Error).message}` };
      }
    },
  };

  async function loadOnce(branch: string): Promise<LoadResult> {
    try {
      const why = unavailable();
      if (why) return { ok: false, reason: why, entries: [] };
      const prefix = historyKeyPrefix(opts.scope, branch);
      // A file left by an earlier load in this job must not pass for this branch's history.
      await rm(file, { force: true });
      await mkdir(dir, { recursive: true });
      // The primary key matches exactly (never, by design); the restore key by prefix, newest first.
      const { value: timed, log } = await withActionsLogCapture(() =>
        withTimeout(cache.restoreCache([file], prefix, [prefix]), timeoutMs),
      );
      if (!timed.done)
        return {
          ok: false,
          reason: markDown(`the Actions cache service could not be reached (no answer within ${seconds})`),
          entries: [],
        };
      const matchedKey = timed.value;
      if (!matchedKey) {
        const failure = failureFrom(log, 'restore');
        if (failure && UNREACHABLE.test(failure))
          return {
            ok: false,
            reason: markDown(`the Actions cache service could not be reached: ${failure}`),
            entries: [],
          };
        if (failure)
          return { ok: false, reason: `could not restore history from the Actions cache: ${failure}`, entries: [] };
        return { ok: false, reason: `${NO_BASELINE_YET} (no cache entry for ${prefix}*)`, entries: [] };
      }
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        return {
          ok: false,
          reason: `cache entry ${matchedKey} restored but ${file} could not be read: ${(err as Error).message}`,
          entries: [],
        };
      }
      if (text.trim() === '')
        return {
          ok: false,
          reason: `${NO_BASELINE_YET} (cache entry ${matchedKey} holds an empty history)`,
          entries: [],
        };
      return parseHistoryText(text, `cache entry ${matchedKey}`);
    } catch (err) {
      return {
        ok: false,
        reason: `could not load history from the Actions cache: ${(err as Error).message}`,
        entries: [],
      };
    }
  }
}
