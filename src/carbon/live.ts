// Optional live grid intensity from the Electricity Maps API. Any failure falls back to the
// yearly figure with a warning that says why; the token never appears in any message.
import { MAX_INTENSITY_G_PER_KWH } from '../schema/report';

export const DEFAULT_ELECTRICITY_MAPS_URL = 'https://api.electricitymap.org';
export const DEFAULT_LIVE_TIMEOUT_MS = 3000;

export interface LiveOptions {
  zone: string;
  token: string;
  baseUrl?: string;
  /** Capped at 3000 ms. */
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export type LiveResult =
  { ok: true; gPerKWh: number; datetime: string | null; year: number | null } | { ok: false; reason: string };

function redact(text: string, token: string): string {
  return token ? text.split(token).join('***') : text;
}

export async function fetchLiveIntensity(opts: LiveOptions): Promise<LiveResult> {
  const f = opts.fetchImpl ?? fetch;
  const timeoutMs = Math.min(Math.max(opts.timeoutMs ?? DEFAULT_LIVE_TIMEOUT_MS, 0), DEFAULT_LIVE_TIMEOUT_MS);
  const base = (opts.baseUrl ?? DEFAULT_ELECTRICITY_MAPS_URL).replace(/\/+$/, '');
  const url = `${base}/v3/carbon-intensity/latest?zone=${encodeURIComponent(opts.zone)}`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await f(url, { headers: { 'auth-token': opts.token }, signal: controller.signal });
    if (res.status === 401) return { ok: false, reason: 'the Electricity Maps API refused the token (HTTP 401)' };
    if (res.status === 403)
      return { ok: false, reason: `zone ${opts.zone} is not in the token's Electricity Maps plan (HTTP 403)` };
    if (!res.ok) return { ok: false, reason: `the Electricity Maps API answered HTTP ${res.status}` };
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      if (controller.signal.aborted)
        return { ok: false, reason: `the Electricity Maps API did not answer within ${timeoutMs} ms` };
      return { ok: false, reason: 'the Electricity Maps API answered with something that is not JSON' };
    }
    const value = (body as { carbonIntensity?: unknown } | null)?.carbonIntensity;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return { ok: false, reason: 'the Electricity Maps API answer has no numeric carbonIntensity' };
    }
    if (value < 0 || value > MAX_INTENSITY_G_PER_KWH) {
      return { ok: false, reason: `the Electricity Maps API gave an implausible carbonIntensity of ${value} g/kWh` };
    }
    const datetime = (body as { datetime?: unknown }).datetime;
    const dt = typeof datetime === 'string' ? datetime : null;
    const parsed = dt ? new Date(dt) : null;
    const year = parsed && !Number.isNaN(parsed.getTime()) ? parsed.getUTCFullYear() : null;
    return { ok: true, gPerKWh: value, datetime: dt, year };
  } catch (err) {
    if (controller.signal.aborted)
      return { ok: false, reason: `the Electricity Maps API did not answer within ${timeoutMs} ms` };
    return {
      ok: false,
      reason: redact(`the Electricity Maps API could not be reached (${(err as Error).message})`, opts.token),
    };
  } finally {
    clearTimeout(timer);
  }
}
