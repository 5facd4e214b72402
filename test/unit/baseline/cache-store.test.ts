import * as actionsCache from '@actions/cache';
import * as core from '@actions/core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withActionsLogCapture } from '../../../src/baseline/actions-log-capture';
import { createCacheHistoryStore, HISTORY_FILE_NAME } from '../../../src/baseline/cache-store';
import { historyKeyPrefix, historySaveKey } from '../../../src/baseline/history-key';
import type { Report } from '../../../src/schema/report';
import { startCacheFake, type CacheFake } from '../../fakes/cache-fake';
import { refusedLoopbackUrl } from '../../fakes/http-util';
import { makeReport, series } from '../../fixtures/report';

// Real @actions/cache save/restore (tar + zstd or gzip, Azure Blob SDK upload, Twirp
// JSON) against the loopback fake. @actions/cache reads its configuration from
// process.env at call time, so each test points it at its own fake.

const scope = { os: 'linux', workflow: 'CI', job: 'test' };
const ENV_KEYS = [
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'GITHUB_SERVER_URL',
  'RUNNER_TEMP',
  'GITHUB_WORKSPACE',
  'ACTIONS_CACHE_URL',
];
const savedEnv: Record<string, string | undefined> = {};
let root: string;
let fake: CacheFake;

beforeAll(() => {
  for (const k of ENV_KEYS) savedEnv[k] = process.env[k];
});
afterAll(() => {
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'carbon-cache-store-'));
  fake = await startCacheFake();
  Object.assign(process.env, fake.env, { RUNNER_TEMP: join(root, 'temp'), GITHUB_WORKSPACE: join(root, 'work') });
  delete process.env.ACTIONS_CACHE_URL;
  mkdirSync(join(root, 'work'), { recursive: true });
});
afterEach(async () => {
  await fake.close();
  rmSync(root, { recursive: true, force: true });
});

const store = (runId: number, extra: Partial<Parameters<typeof createCacheHistoryStore>[0]> = {}) =>
  createCacheHistoryStore({ scope, runId, attempt: 1, dir: join(root, 'temp', 'carbon-action-history'), ...extra });

describe('Actions cache history store (through the cache fake)', () => {
  it('saves under a unique key per run and loads the newest by prefix', async () => {
    const first = series([10, 11]);
    const second = series([10, 11, 12]);
    expect(await store(101).save('main', first)).toEqual({
      ok: true,
      target: `Actions cache key ${historySaveKey(scope, 'main', 101, 1)}`,
    });
    expect(await store(102).save('main', second)).toMatchObject({ ok: true });
    // A branch whose name extends "main" must not be picked up.
    expect(await store(103).save('main-2', series([99]))).toMatchObject({ ok: true });

    const loaded = await store(200).load('main');
    expect(loaded).toMatchObject({
      ok: true,
      source: `cache entry ${historySaveKey(scope, 'main', 102, 1)}`,
      warnings: [],
    });
    expect(loaded.entries.map((e) => e.co2eG.total)).toEqual([10, 11, 12]);
    expect(fake.state.entries.map((e) => e.key)).toEqual([
      historySaveKey(scope, 'main', 101, 1),
      historySaveKey(scope, 'main', 102, 1),
      historySaveKey(scope, 'main-2', 103, 1),
    ]);
    // Restored by prefix through restore_keys: the primary key never matches exactly.
    const lookup = fake.state.requests.find((r) => r.path.endsWith('/GetCacheEntryDownloadURL'));
    expect(JSON.parse(lookup?.body ?? '{}')).toMatchObject({
      key: historyKeyPrefix(scope, 'main'),
      restore_keys: [historyKeyPrefix(scope, 'main')],
    });
  });

  it('nothing saved for the branch → "no baseline yet"', async () => {
    await store(1).save('main', series([1]));
    const res = await store(2).load('feature/x');
    expect(res).toEqual({
      ok: false,
      reason: `no baseline yet (no cache entry for ${historyKeyPrefix(scope, 'feature/x')}*)`,
      entries: [],
    });
  });

  it("does not mistake a file left by an earlier load for this branch's history", async () => {
    await store(1).save('main', series([1, 2]));
    const s = store(2);
    expect((await s.load('main')).ok).toBe(true);
    expect((await s.load('other')).ok).toBe(false);
  });

  it('cache service down (connection refused) → ok:false with a reason, no throw', async () => {
    process.env.ACTIONS_RESULTS_URL = `${await refusedLoopbackUrl()}/`;
    const loaded = await store(1).load('main');
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.reason).toMatch(/^the Actions cache service could not be reached: .*ECONNREFUSED/);
    const saved = await store(1).save('main', series([1]));
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.reason).toContain('could not save history to the Actions cache');
  });

  it('cache service answering 503 → gives up at the timeout', async () => {
    fake.state.faults.mode = 'unavailable';
    const started = Date.now();
    const res = await store(1, { timeoutMs: 1000 }).load('main');
    expect(res).toEqual({
      ok: false,
      reason: 'the Actions cache service could not be reached (no answer within 1 s)',
      entries: [],
    });
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('a slow cache service → gives up at the timeout', async () => {
    fake.state.faults.latencyMs = 3000;
    const res = await store(1, { timeoutMs: 300 }).save('main', series([1]));
    expect(res).toEqual({
      ok: false,
      reason: 'the Actions cache service could not be reached (no answer within 0.3 s)',
    });
  });

  it('corrupt download → ok:false', async () => {
    await store(1).save('main', series([1, 2]));
    fake.state.faults.mode = 'corrupt-download';
    const res = await store(2).load('main');
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.reason).toMatch(/^could not restore history from the Actions cache: /);
  });

  it('an archive holding a garbage history file → ok:false naming the entry', async () => {
    const file = join(root, 'temp', 'carbon-action-history', HISTORY_FILE_NAME);
    mkdirSync(join(root, 'temp', 'carbon-action-history'), { recursive: true });
    writeFileSync(file, 'not json at all\n');
    const key = historySaveKey(scope, 'main', 7, 1);
    expect(await actionsCache.saveCache([file], key)).toBeGreaterThan(0);
    const res = await store(8).load('main');
    expect(res.ok).toBe(false);
    if (!res.ok)
      expect(res.reason).toBe(
        `history cache entry ${key} has no usable entry (1 line(s) unreadable; first: cache entry ${key} line 1: ` +
          `not valid JSON (torn write?), skipped)`,
      );
  });

  it('a history from a newer schema is refused with a clear reason', async () => {
    const newer = { ...makeReport(), schemaVersion: 2 } as unknown as Report;
    await store(1).save('main', [newer]);
    const res = await store(2).load('main');
    expect(res.ok).toBe(false);
    if (!res.ok)
      expect(res.reason).toContain('schemaVersion 2 is newer than this carbon-action reads (1): upgrade carbon-action');
  });

  it('outside GitHub Actions → ok:false without any request', async () => {
    delete process.env.ACTIONS_RESULTS_URL;
    const res = await store(1).load('main');
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.reason).toContain('not available here');
    expect(fake.state.requests).toHaveLength(0);
  });

  it('a hanging cache client is cut by the timeout (injected API)', async () => {
    const hang = new Promise<never>(() => undefined);
    const res = await store(1, {
      timeoutMs: 50,
      cache: { isFeatureAvailable: () => true, restoreCache: () => hang, saveCache: () => hang },
    }).save('main', series([1]));
    expect(res).toEqual({
      ok: false,
      reason: 'the Actions cache service could not be reached (no answer within 0.1 s)',
    });
  });
});

describe('withActionsLogCapture', () => {
  it('collects annotations and demotes them to plain lines', async () => {
    const outer = await withActionsLogCapture(
      async () => {
        const inner = await withActionsLogCapture(async () => {
          core.error('Failed to restore: boom');
          core.info('plain');
          return 42;
        });
        return inner;
      },
      { demoteAnnotations: false },
    );
    const inner = outer.value;
    expect(inner.value).toBe(42);
    expect(inner.log.problems).toEqual(['Failed to restore: boom']);
    // What reached the (outer) stream: the annotation as a plain line.
    expect(outer.log.lines).toContain('cache error: Failed to restore: boom');
    expect(outer.log.lines.some((l) => l.startsWith('::error::'))).toBe(false);
  });
});

describe('one cache outage costs one timeout per step', () => {
  it('after a load times out, a second load and the save return at once, saying the cache is down', async () => {
    let calls = 0;
    const hang = (): Promise<never> => {
      calls++;
      return new Promise<never>(() => undefined);
    };
    const s = createCacheHistoryStore({
      scope: { os: 'Linux', workflow: 'CI', job: 'test' },
      runId: 1,
      attempt: 1,
      dir: mkdtempSync(join(tmpdir(), 'carbon-cache-down-')),
      timeoutMs: 200,
      cache: { isFeatureAvailable: () => true, restoreCache: hang, saveCache: hang },
    });
    const first = await s.load('main');
    expect(first).toMatchObject({
      ok: false,
      reason: 'the Actions cache service could not be reached (no answer within 0.2 s)',
    });
    const started = Date.now();
    const again = await s.load('feature');
    const saved = await s.save('main', series([1]));
    expect(Date.now() - started).toBeLessThan(100);
    expect(calls).toBe(1);
    expect(again).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/could not be reached earlier in this step.*no answer within 0\.2 s/),
    });
    expect(saved).toMatchObject({ ok: false, reason: expect.stringMatching(/could not be reached/) });
  });

  it("a branch's history is loaded once per step: the second load of the same branch makes no request", async () => {
    let restores = 0;
    const s = createCacheHistoryStore({
      scope: { os: 'Linux', workflow: 'CI', job: 'test' },
      runId: 1,
      attempt: 1,
      dir: mkdtempSync(join(tmpdir(), 'carbon-cache-once-')),
      cache: {
        isFeatureAvailable: () => true,
        restoreCache: async () => {
          restores++;
          return undefined;
        },
        saveCache: async () => 1,
      },
    });
    const a = await s.load('main');
    const b = await s.load('main');
    expect(restores).toBe(1);
    expect(b).toEqual(a);
    await s.load('feature');
    expect(restores).toBe(2);
  });
});
