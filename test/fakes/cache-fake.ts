// Loopback fake of the Actions cache service v2 as @actions/cache 6 speaks it:
// - Twirp JSON RPCs on /twirp/github.actions.results.api.v1.CacheService/<Method>
//   (request fields in proto names: key, version, restore_keys, size_bytes);
// - the "signed URL" blob store: the Azure Blob SDK PUTs the archive (one shot, or
//   ?comp=block + ?comp=blocklist for big files), and, since the URL is not on
//   *.blob.core.windows.net, the toolkit downloads it with a plain GET.
// Lookup follows GitHub's documented rule: the primary key matches exactly; each restore
// key matches exactly, else by prefix with the newest entry winning; the version must match.
// Branch scoping is not modelled (every entry is visible).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenLogging, sendJson, sleep, type LoggedRequest } from './http-util';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';

export interface FakeCacheEntry {
  id: number;
  key: string;
  version: string;
  /** Order of finalisation; higher is newer. 0 while the upload is pending. */
  finalizedSeq: number;
  data: Buffer | null;
  blocks: Map<string, Buffer>;
}

export interface CacheFakeFaults {
  /** 'unavailable': every request gets 503. 'corrupt-download': blob GETs return garbage of the right length. */
  mode: 'ok' | 'unavailable' | 'corrupt-download';
  /** Delay before every answer. */
  latencyMs: number;
}

export interface CacheFakeState {
  entries: FakeCacheEntry[];
  requests: LoggedRequest[];
  faults: CacheFakeFaults;
  /** Finalized entries whose key starts with `prefix`, newest first. */
  find(prefix: string): FakeCacheEntry[];
}

export interface CacheFake {
  url: string;
  env: {
    ACTIONS_CACHE_SERVICE_V2: 'True';
    ACTIONS_RESULTS_URL: string;
    ACTIONS_RUNTIME_TOKEN: string;
    /** @actions/cache falls back to the v1 service on GHES, which it infers from this. */
    GITHUB_SERVER_URL: string;
  };
  state: CacheFakeState;
  close(): Promise<void>;
}

export const FAKE_RUNTIME_TOKEN = 'fake-runtime-token';

export async function startCacheFake(opts: { faults?: Partial<CacheFakeFaults> } = {}): Promise<CacheFake> {
  let nextId = 1;
  let seq = 0;
  let baseUrl = '';
  const state: CacheFakeState = {
    entries: [],
    requests: [],
    faults: { mode: 'ok', latencyMs: 0, ...opts.faults },
    find(prefix) {
      return state.entries
        .filter((e) => e.finalizedSeq > 0 && e.key.startsWith(prefix))
        .sort((a, b) => b.finalizedSeq - a.finalizedSeq);
    },
  };

  const twirpError = (res: ServerResponse, status: number, code: string, msg: string) => {
    sendJson(res, status, { code, msg });
    return status;
  };

  const lookup = (key: string, restoreKeys: string[], version: string): FakeCacheEntry | undefined => {
    const ready = state.entries.filter((e) => e.finalizedSeq > 0 && e.version === version);
    const newest = (list: FakeCacheEntry[]) => list.sort((a, b) => b.finalizedSeq - a.finalizedSeq)[0];
    const exact = newest(ready.filter((e) => e.key === key));
    if (exact) return exact;
    for (const rk of restoreKeys) {
      const hit = newest(ready.filter((e) => e.key === rk)) ?? newest(ready.filter((e) => e.key.startsWith(rk)));
      if (hit) return hit;
    }
    return undefined;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<number> => {
    const f = state.faults;
    if (f.latencyMs > 0) await sleep(f.latencyMs);
    if (f.mode === 'unavailable')
      return twirpError(res, 503, 'unavailable', 'service unavailable (scripted by the fake)');
    const url = new URL(req.url ?? '/', baseUrl);
    const method = req.method ?? 'GET';

    if (url.pathname.startsWith(SERVICE) && method === 'POST') {
      if (req.headers.authorization !== `Bearer ${FAKE_RUNTIME_TOKEN}`)
        return twirpError(res, 401, 'unauthenticated', 'bad runtime token');
      let b: Record<string, unknown>;
      try {
        b = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      } catch {
        return twirpError(res, 400, 'malformed', 'body is not JSON');
      }
      const key = typeof b.key === 'string' ? b.key : '';
      const version = typeof b.version === 'string' ? b.version : '';
      if (!key || !version) return twirpError(res, 400, 'invalid_argument', 'key and version are required');
      const method = url.pathname.slice(SERVICE.length);
      if (method === 'CreateCacheEntry') {
        if (state.entries.some((e) => e.key === key && e.version === version)) {
          return twirpError(
            res,
            409,
            'already_exists',
            'cache entry with the same key, version, and scope already exists',
          );
        }
        const e: FakeCacheEntry = { id: nextId++, key, version, finalizedSeq: 0, data: null, blocks: new Map() };
        state.entries.push(e);
        sendJson(res, 200, { ok: true, signed_upload_url: `${baseUrl}/blob/caches/${e.id}?sig=upload` });
        return 200;
      }
      if (method === 'FinalizeCacheEntryUpload') {
        const e = state.entries.find((x) => x.key === key && x.version === version && x.finalizedSeq === 0);
        if (!e || !e.data) return twirpError(res, 404, 'not_found', 'no pending upload for this key and version');
        if (String(e.data.length) !== String(b.size_bytes)) {
          return twirpError(
            res,
            400,
            'invalid_argument',
            `size_bytes ${String(b.size_bytes)} does not match uploaded ${e.data.length}`,
          );
        }
        e.finalizedSeq = ++seq;
        sendJson(res, 200, { ok: true, entry_id: String(e.id) });
        return 200;
      }
      if (method === 'GetCacheEntryDownloadURL') {
        const restoreKeys = Array.isArray(b.restore_keys)
          ? b.restore_keys.filter((k): k is string => typeof k === 'string')
          : [];
        const hit = lookup(key, restoreKeys, version);
        if (!hit) {
          sendJson(res, 200, { ok: false, signed_download_url: '', matched_key: '' });
          return 200;
        }
        sendJson(res, 200, {
          ok: true,
          signed_download_url: `${baseUrl}/blob/caches/${hit.id}?sig=download`,
          matched_key: hit.key,
        });
        return 200;
      }
      return twirpError(res, 404, 'bad_route', `no such method ${method}`);
    }

    const m = /^\/blob\/caches\/(\d+)$/.exec(url.pathname);
    if (m) {
      const e = state.entries.find((x) => x.id === Number(m[1]));
      if (!e) {
        res.writeHead(404).end();
        return 404;
      }
      const azureHeaders = {
        'x-ms-request-id': `req-${Date.now()}`,
        'x-ms-version': '2025-01-05',
        etag: `"0x${e.id}"`,
        'last-modified': new Date().toUTCString(),
      };
      if (method === 'PUT') {
        const comp = url.searchParams.get('comp');
        if (comp === 'block') {
          e.blocks.set(url.searchParams.get('blockid') ?? '', body);
        } else if (comp === 'blocklist') {
          const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
            (x) => x[1],
          );
          e.data = Buffer.concat(ids.map((id) => e.blocks.get(id) ?? Buffer.alloc(0)));
        } else {
          e.data = body;
        }
        res.writeHead(201, { ...azureHeaders, 'content-length': '0', 'x-ms-request-server-encrypted': 'true' });
        res.end();
        return 201;
      }
      if ((method === 'GET' || method === 'HEAD') && e.data) {
        const data = f.mode === 'corrupt-download' ? Buffer.from(e.data.map((_, i) => (i * 7919 + 13) & 0xff)) : e.data;
        const headers = {
          ...azureHeaders,
          'content-type': 'application/octet-stream',
          'content-length': String(data.length),
          'accept-ranges': 'bytes',
        };
        const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
        if (range && method === 'GET') {
          const start = Number(range[1]);
          const end = range[2] ? Math.min(Number(range[2]), data.length - 1) : data.length - 1;
          const part = data.subarray(start, end + 1);
          res.writeHead(206, {
            ...headers,
            'content-length': String(part.length),
            'content-range': `bytes ${start}-${end}/${data.length}`,
          });
          res.end(part);
          return 206;
        }
        res.writeHead(200, headers);
        res.end(method === 'HEAD' ? undefined : data);
        return 200;
      }
      res.writeHead(404).end();
      return 404;
    }
    res.writeHead(404).end();
    return 404;
  };

  const server = await listenLogging(
    state.requests,
    handle,
    (req, raw) => (req.url?.startsWith('/twirp/') ? raw.toString('utf8') : `<${raw.length} bytes>`),
    (err) => ({ code: 'internal', msg: err.message }),
  );
  baseUrl = server.url;
  return {
    url: server.url,
    env: {
      ACTIONS_CACHE_SERVICE_V2: 'True',
      ACTIONS_RESULTS_URL: `${server.url}/`,
      ACTIONS_RUNTIME_TOKEN: FAKE_RUNTIME_TOKEN,
      GITHUB_SERVER_URL: 'https://github.com',
    },
    state,
    close: server.close,
  };
}
