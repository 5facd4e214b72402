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

/** One store's settings, and what it learnt in this step: the service is down, a branch is loaded. */
interface CacheStore {
  opts: CacheHistoryStoreOptions;
  cache: CacheApi;
  timeoutMs: number;
  dir: string;
  file: string;
  /** The timeout as shown in a reason, "20 s". */
  seconds: string;
  down: string | null;
  loaded: Map<string, LoadResult>;
}

// One outage costs one timeout per step, not one per call; and a branch is loaded once
// (compare and save both need it).
function markDown(store: CacheStore, reason: string): string {
  store.down = reason;
  return reason;
}

const downReason = (store: CacheStore): string =>
  `the Actions cache service could not be reached earlier in this step (${store.down}); not tried again`;

const unreachableAfterTimeout = (store: CacheStore): string =>
  markDown(store, `the Actions cache service could not be reached (no answer within ${store.seconds})`);

function unavailable(store: CacheStore): string | null {
  if (store.cache.isFeatureAvailable()) return null;
  return (
    'the Actions cache is not available here ' +
    '(ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset: not running in GitHub Actions?)'
  );
}

export function createCacheHistoryStore(opts: CacheHistoryStoreOptions): HistoryStore {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_CACHE_TIMEOUT_MS;
  // The cache version hashes the path string, so it must be the same on every runner that
  // shares a history: RUNNER_TEMP differs between self-hosted layouts, the OS temp dir doesn't.
  const dir = opts.dir ?? join(tmpdir(), 'carbon-action-history');
  const store: CacheStore = {
    opts,
    cache: opts.cache ?? defaultCacheApi,
    timeoutMs,
    dir,
    file: join(dir, HISTORY_FILE_NAME),
    seconds: `${Math.round(timeoutMs / 100) / 10} s`,
    down: null,
    loaded: new Map(),
  };
  return {
    async load(branch: string): Promise<LoadResult> {
      const known = store.loaded.get(branch);
      if (known) return known;
      if (store.down) return { ok: false, reason: downReason(store), entries: [] };
      const result = await loadOnce(store, branch);
      store.loaded.set(branch, result);
      return result;
    },
    save: (branch, entries) => save(store, branch, entries),
  };
}

async function save(store: CacheStore, branch: string, entries: Report[]): Promise<SaveResult> {
  if (store.down) return { ok: false, reason: downReason(store) };
  try {
    const why = unavailable(store);
    if (why) return { ok: false, reason: why };
    const key = historySaveKey(store.opts.scope, branch, store.opts.runId, store.opts.attempt);
    await mkdir(dirname(store.file), { recursive: true });
    await writeFile(store.file, serialiseHistory(entries), 'utf8');
    const { value: timed, log } = await withActionsLogCapture(() =>
      withTimeout(store.cache.saveCache([store.file], key), store.timeoutMs),
    );
    if (!timed.done) return { ok: false, reason: unreachableAfterTimeout(store) };
    if (timed.value === -1) {
      const failure = failureFrom(log, 'save') ?? 'the cache service returned no entry';
      return { ok: false, reason: `could not save history to the Actions cache under ${key}: ${failure}` };
    }
    return { ok: true, target: `Actions cache key ${key}` };
  } catch (err) {
    return { ok: false, reason: `could not save history to the Actions cache: ${(err as Error).message}` };
  }
}

async function loadOnce(store: CacheStore, branch: string): Promise<LoadResult> {
  try {
    const why = unavailable(store);
    if (why) return { ok: false, reason: why, entries: [] };
    const prefix = historyKeyPrefix(store.opts.scope, branch);
    // A file left by an earlier load in this job must not pass for this branch's history.
    await rm(store.file, { force: true });
    await mkdir(store.dir, { recursive: true });
    // The primary key matches exactly (never, by design); the restore key by prefix, newest first.
    const { value: timed, log } = await withActionsLogCapture(() =>
      withTimeout(store.cache.restoreCache([store.file], prefix, [prefix]), store.timeoutMs),
    );
    if (!timed.done) return { ok: false, reason: unreachableAfterTimeout(store), entries: [] };
    const matchedKey = timed.value;
    if (!matchedKey) return { ok: false, reason: whyNothingRestored(store, log, prefix), entries: [] };
    return await readRestored(store, matchedKey);
  } catch (err) {
    return {
      ok: false,
      reason: `could not load history from the Actions cache: ${(err as Error).message}`,
      entries: [],
    };
  }
}

/** No entry restored: the service was out, the restore failed, or there is no history yet. */
function whyNothingRestored(store: CacheStore, log: { lines: string[]; problems: string[] }, prefix: string): string {
  const failure = failureFrom(log, 'restore');
  if (failure && UNREACHABLE.test(failure))
    return markDown(store, `the Actions cache service could not be reached: ${failure}`);
  if (failure) return `could not restore history from the Actions cache: ${failure}`;
  return `${NO_BASELINE_YET} (no cache entry for ${prefix}*)`;
}

async function readRestored(store: CacheStore, matchedKey: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(store.file, 'utf8');
  } catch (err) {
    return {
      ok: false,
      reason: `cache entry ${matchedKey} restored but ${store.file} could not be read: ${(err as Error).message}`,
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
}
