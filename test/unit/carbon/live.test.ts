import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchLiveIntensity, resolveIntensity } from '../../../src/carbon';
import { unknownHostMachine } from '../../fixtures/machine';
import { fakesClosedAfterEach, json, type FakeServer } from './fake-server';

const TOKEN = 'sekrit-token-abc123';
const latest = JSON.parse(
  readFileSync(new URL('../../fixtures/carbon/electricity-maps-latest.json', import.meta.url), 'utf8'),
);
const machine = unknownHostMachine();
const env = { CARBON_ACTION_NO_METADATA: '1' };

const fake = fakesClosedAfterEach();

async function resolveWith(server: FakeServer, liveTimeoutMs = 3000) {
  return resolveIntensity({
    region: 'azure:swedencentral',
    electricityMapsToken: TOKEN,
    machine,
    env,
    liveUrl: server.url,
    liveTimeoutMs,
  });
}

describe('live intensity (Electricity Maps API)', () => {
  it('uses the live figure, asking for the region zone with the auth-token header', async () => {
    const api = await fake((req, res) => json(res, 200, latest));
    const r = await resolveWith(api);
    expect(api.requests[0].url).toBe('/v3/carbon-intensity/latest?zone=SE-SE3');
    expect(api.requests[0].headers['auth-token']).toBe(TOKEN);
    expect(r.intensity).toMatchObject({
      gPerKWh: 31,
      figure: 'live',
      year: 2026,
      zone: 'SE-SE3',
      boundary: 'lifecycle',
      decidedBy: 'input',
    });
    expect(r.intensity.source).toContain('2026-03-04T10:00:00.000Z');
    expect(r.warnings).toEqual([]);
  });

  it('reads the token from ELECTRICITY_MAPS_TOKEN and the base URL from the env', async () => {
    const api = await fake((req, res) => json(res, 200, latest));
    const r = await resolveIntensity({
      region: 'zone:SE-SE3',
      machine,
      env: { ...env, ELECTRICITY_MAPS_TOKEN: TOKEN, CARBON_ACTION_ELECTRICITY_MAPS_URL: api.url },
    });
    expect(r.intensity.figure).toBe('live');
  });

  const failures: [string, (res: import('node:http').ServerResponse) => void, RegExp][] = [
    ['401', (res) => json(res, 401, { error: `bad token ${TOKEN}` }), /refused the token \(HTTP 401\)/],
    ['403', (res) => json(res, 403, {}), /not in the token's Electricity Maps plan \(HTTP 403\)/],
    ['500', (res) => json(res, 500, {}), /HTTP 500/],
    ['non-JSON', (res) => res.end(`<html>${TOKEN}</html>`), /not JSON/],
    ['missing value', (res) => json(res, 200, { zone: 'SE-SE3' }), /no numeric carbonIntensity/],
    [
      'negative value',
      (res) => json(res, 200, { ...latest, carbonIntensity: -5 }),
      /implausible carbonIntensity of -5/,
    ],
    [
      'absurd value',
      (res) => json(res, 200, { ...latest, carbonIntensity: 40_000 }),
      /implausible carbonIntensity of 40000/,
    ],
  ];
  it.each(failures)(
    'falls back to the yearly figure on %s, saying why, never showing the token',
    async (_name, answer, why) => {
      const api = await fake((req, res) => answer(res));
      const r = await resolveWith(api);
      // SE-SE3's 2025 Electricity Maps yearly average is 20 g/kWh.
      expect(r.intensity).toMatchObject({ gPerKWh: 20, figure: 'yearly', year: 2025 });
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toMatch(why);
      expect(r.warnings[0]).toContain('using the 2025 yearly figure for SE-SE3');
      expect(JSON.stringify(r)).not.toContain(TOKEN);
    },
  );

  it('gives up after the (injectable) timeout and falls back', async () => {
    const api = await fake(() => {}); // never answers
    const t0 = performance.now();
    const r = await resolveWith(api, 150);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.intensity.figure).toBe('yearly');
    expect(r.warnings[0]).toMatch(/did not answer within 150 ms/);
    expect(JSON.stringify(r)).not.toContain(TOKEN);
  });

  it('caps the timeout at 3 s', async () => {
    const api = await fake(() => {});
    const t0 = performance.now();
    const r = await fetchLiveIntensity({ zone: 'SE-SE3', token: TOKEN, baseUrl: api.url, timeoutMs: 60_000 });
    const elapsedMs = performance.now() - t0;
    expect(r).toEqual({ ok: false, reason: 'the Electricity Maps API did not answer within 3000 ms' });
    expect(elapsedMs).toBeLessThan(3500);
  }, 10_000);

  it('keeps the token out of network errors', async () => {
    const r = await fetchLiveIntensity({ zone: 'SE-SE3', token: TOKEN, baseUrl: 'http://127.0.0.1:1', timeoutMs: 500 });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain(TOKEN);
  });

  it('does not call the API for a place without a single zone, and says so', async () => {
    const api = await fake((req, res) => json(res, 200, latest));
    const r = await resolveIntensity({
      region: 'country:FR',
      electricityMapsToken: TOKEN,
      machine,
      env,
      liveUrl: api.url,
    });
    expect(api.requests).toHaveLength(0);
    expect(r.intensity.figure).toBe('yearly');
    expect(r.warnings[0]).toMatch(/country:FR is not a single Electricity Maps zone/);
  });

  it('is skipped when the user overrides the intensity', async () => {
    const api = await fake((req, res) => json(res, 200, latest));
    const r = await resolveIntensity({
      region: 'zone:SE-SE3',
      carbonIntensityGPerKWh: 100,
      electricityMapsToken: TOKEN,
      machine,
      env,
      liveUrl: api.url,
    });
    expect(api.requests).toHaveLength(0);
    expect(r.intensity).toMatchObject({ gPerKWh: 100, figure: 'override' });
  });
});
