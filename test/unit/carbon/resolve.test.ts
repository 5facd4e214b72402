import { describe, expect, it } from 'vitest';
import { CarbonInputError, GITHUB_HOSTED_AZURE_REGIONS, RegionError, resolveIntensity } from '../../../src/carbon';
import { unknownHostMachine } from '../../fixtures/machine';
import { fakesClosedAfterEach, json, refusedUrl } from './fake-server';

const machine = unknownHostMachine;
const noMetadata = { CARBON_ACTION_NO_METADATA: '1' };

const fake = fakesClosedAfterEach();
async function metadataEnv(azureLocation: string, vmSize?: string): Promise<NodeJS.ProcessEnv> {
  const s = await fake((req, res) =>
    json(res, 200, { compute: { location: azureLocation, ...(vmSize ? { vmSize } : {}) } }),
  );
  return {
    CARBON_ACTION_AZURE_IMDS_URL: s.url,
    CARBON_ACTION_AWS_IMDS_URL: await refusedUrl(),
    CARBON_ACTION_GCP_METADATA_URL: await refusedUrl(),
  };
}

describe('resolveIntensity: region decision order', () => {
  it('1. the user region wins, even over metadata', async () => {
    const env = await metadataEnv('westeurope');
    const r = await resolveIntensity({ region: 'azure:eastus2', machine: machine({ githubHosted: true }), env });
    expect(r.intensity).toMatchObject({
      region: 'azure:eastus2',
      zone: 'US-MIDA-PJM',
      decidedBy: 'input',
      gPerKWh: 418,
      year: 2025,
      figure: 'yearly',
      boundary: 'lifecycle',
    });
    expect(r.intensity.source).toMatch(
      /^Electricity Maps 2025 yearly average for zone US-MIDA-PJM .* via @tgwf\/co2 0\.19\.0, ODbL$/,
    );
    expect(r.intensity.assumption).toBeUndefined();
    expect(r.pue).toMatchObject({ value: 1.185 });
    expect(r.provider).toBe('azure');
  });

  it('2. cloud metadata (env base URLs) when no region is given', async () => {
    const env = await metadataEnv('westeurope');
    const r = await resolveIntensity({ machine: machine({ githubHosted: true }), env });
    expect(r.intensity).toMatchObject({ region: 'azure:westeurope', zone: 'NL', decidedBy: 'metadata', gPerKWh: 253 });
    expect(r.provider).toBe('azure');
  });

  it('2b. the same probe hands back the instance type, with or without a known region', async () => {
    const known = await resolveIntensity({
      machine: machine({ githubHosted: true }),
      env: await metadataEnv('westeurope', 'Standard_D4ads_v5'),
    });
    expect(known.instance).toEqual({ provider: 'azure', instanceType: 'Standard_D4ads_v5' });
    const unknown = await resolveIntensity({
      machine: machine({ githubHosted: true }),
      env: await metadataEnv('eastus3', 'Standard_D4s_v5'),
    });
    expect(unknown.intensity.decidedBy).toBe('github-hosted-default');
    expect(unknown.instance).toEqual({ provider: 'azure', instanceType: 'Standard_D4s_v5' });
    const none = await resolveIntensity({ machine: machine(), env: noMetadata });
    expect(none.instance).toBeUndefined();
  });

  it('3. GitHub-hosted default: mean of the six US Azure regions, with how to pin', async () => {
    const env = await metadataEnv('eastus3'); // unknown → warning, next rule
    const r = await resolveIntensity({ machine: machine({ githubHosted: true }), env });
    // eastus 418 + eastus2 418 + westus2 51 + westus3 393 + centralus 501 + southcentralus 363 = 2144; ÷ 6 = 357.33
    expect(GITHUB_HOSTED_AZURE_REGIONS).toHaveLength(6);
    expect(r.intensity.gPerKWh).toBeCloseTo(2144 / 6, 10);
    expect(r.intensity).toMatchObject({
      region: 'azure:github-hosted-us',
      zone: null,
      decidedBy: 'github-hosted-default',
      year: 2025,
    });
    expect(r.intensity.assumption).toMatch(/region: azure:eastus2/);
    expect(r.pue.value).toBe(1.185);
    expect(r.provider).toBe('azure');
    expect(r.warnings).toEqual([expect.stringContaining('"eastus3"')]);
  });

  it('4. world average, loudly, when nothing is known; PUE 1.0 with a note', async () => {
    const r = await resolveIntensity({ machine: machine(), env: noMetadata });
    expect(r.intensity).toMatchObject({ region: null, zone: null, decidedBy: 'world-average', gPerKWh: 472.94 });
    expect(r.intensity.assumption).toMatch(
      /^No region known: using the world average .*set the region input for a meaningful figure\.$/,
    );
    expect(r.pue).toMatchObject({ value: 1 });
    expect(r.pue.source).toMatch(/no cloud provider known.* Set the pue input for a better figure\.$/);
    expect(r.provider).toBeNull();
  });

  it('uses the machine provider for PUE when the region has none', async () => {
    const r = await resolveIntensity({
      region: 'country:DE',
      machine: machine({ cloudProvider: 'aws' }),
      env: noMetadata,
    });
    expect(r.intensity).toMatchObject({ region: 'country:DE', zone: null, gPerKWh: 342.06 });
    expect(r.intensity.source).toMatch(/^Ember yearly average for Germany .*CC BY-SA 4\.0$/);
    expect(r.pue.value).toBe(1.135);
    expect(r.provider).toBeNull();
  });
});

describe('resolveIntensity: figures', () => {
  it('--carbon-intensity overrides the figure but keeps the region for PUE', async () => {
    const r = await resolveIntensity({
      region: 'gcp:europe-west1',
      carbonIntensityGPerKWh: 123,
      machine: machine(),
      env: noMetadata,
    });
    expect(r.intensity).toMatchObject({
      gPerKWh: 123,
      figure: 'override',
      source: 'user override (carbon-intensity)',
      year: null,
      region: 'gcp:europe-west1',
      decidedBy: 'input',
    });
    expect(r.pue.value).toBe(1.1);
  });

  it("grid-source google uses Google's 2024 operational figure for a GCP region", async () => {
    const r = await resolveIntensity({
      region: 'gcp:europe-west1',
      gridSource: 'google',
      machine: machine(),
      env: noMetadata,
    });
    expect(r.intensity).toMatchObject({ gPerKWh: 103.37, year: 2024, boundary: 'operational', figure: 'yearly' });
    expect(r.intensity.source).toMatch(/Google Cloud 2024 .*operational/);
    expect(r.warnings).toEqual([]);
  });

  it('grid-source google on a non-GCP region warns and keeps Electricity Maps', async () => {
    const r = await resolveIntensity({
      region: 'aws:us-east-1',
      gridSource: 'google',
      machine: machine(),
      env: noMetadata,
    });
    expect(r.intensity).toMatchObject({ gPerKWh: 418, boundary: 'lifecycle' });
    expect(r.warnings[0]).toMatch(/grid-source google applies only to GCP regions; aws:us-east-1 is not one/);
  });

  it('the CLI is told of its flags, the action of its inputs: same message, the setting named for its reader', async () => {
    const cli = await resolveIntensity({ machine: machine(), env: noMetadata, caller: 'cli' });
    expect(cli.intensity.assumption).toMatch(/set --region for a meaningful figure\.$/);
    expect(cli.intensity.assumption).not.toMatch(/input/);
    expect(cli.pue.source).toMatch(/ Set --pue for a better figure\.$/);
    const userPue = await resolveIntensity({
      region: 'azure:eastus',
      pue: 1.4,
      machine: machine(),
      env: noMetadata,
      caller: 'cli',
    });
    expect(userPue.pue).toEqual({ value: 1.4, source: 'user input (--pue)' });
    const hosted = await resolveIntensity({ machine: machine({ githubHosted: true }), env: noMetadata, caller: 'cli' });
    expect(hosted.intensity.assumption).toMatch(
      /Pin the real one with --region azure:<region> \(e\.g\. --region azure:eastus2\)\.$/,
    );
    const hostedAction = await resolveIntensity({ machine: machine({ githubHosted: true }), env: noMetadata });
    expect(hostedAction.intensity.assumption).toMatch(
      /Pin the real one with region: azure:<region> \(e\.g\. region: azure:eastus2\)\.$/,
    );
  });

  it('a user PUE replaces the provider figure', async () => {
    const r = await resolveIntensity({ region: 'azure:eastus', pue: 1.4, machine: machine(), env: noMetadata });
    expect(r.pue).toEqual({ value: 1.4, source: 'user input (pue)' });
  });
});

describe('resolveIntensity: refusals', () => {
  it.each([
    [{ region: 'azure:eastus3' }, RegionError, /closest: azure:eastus, azure:eastus2, azure:westus3/],
    [{ carbonIntensityGPerKWh: -1 }, CarbonInputError, /carbon-intensity must be/],
    [{ carbonIntensityGPerKWh: 2500 }, CarbonInputError, /from 0 to 2000/],
    [{ carbonIntensityGPerKWh: Number.NaN }, CarbonInputError, /carbon-intensity/],
    [{ pue: 0.9 }, CarbonInputError, /pue must be a number from 1 to 3/],
    [{ pue: 3.5 }, CarbonInputError, /pue must be/],
  ])('refuses %o', async (opts, type, message) => {
    const p = resolveIntensity({ ...opts, machine: machine(), env: noMetadata });
    await expect(p).rejects.toBeInstanceOf(type);
    await expect(p).rejects.toThrow(message);
  });
});
