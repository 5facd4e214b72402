import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { probeCloudMetadata } from '../../../src/carbon';
import { fakesClosedAfterEach, json, refusedUrl } from './fake-server';

const azureFixture = readFileSync(new URL('../../fixtures/carbon/azure-imds-instance.json', import.meta.url), 'utf8');
const fake = fakesClosedAfterEach();

const hanging = () => fake(() => {}); // accepts, never answers

describe('probeCloudMetadata', () => {
  it('reads compute.location from Azure IMDS, sending Metadata: true', async () => {
    const azure = await fake((req, res) => json(res, 200, azureFixture));
    const [aws, gcp] = [await refusedUrl(), await refusedUrl()];
    const r = await probeCloudMetadata({ azureUrl: azure.url, awsUrl: aws, gcpUrl: gcp });
    expect(r.found).toEqual({
      provider: 'azure',
      region: 'westeurope',
      id: 'azure:westeurope',
      instanceType: 'Standard_D4ads_v5',
    });
    // vmSize comes in the same answer: no second request.
    expect(r.instance).toEqual({ provider: 'azure', instanceType: 'Standard_D4ads_v5' });
    expect(azure.requests).toHaveLength(1);
    expect(azure.requests[0].url).toBe('/metadata/instance?api-version=2021-02-01');
    expect(azure.requests[0].headers.metadata).toBe('true');
  });

  it('asks AWS IMDSv2 for a token with PUT, then the region and instance type with that token', async () => {
    const aws = await fake((req, res) => {
      if (req.method === 'PUT' && req.url === '/latest/api/token') return void res.end('tok-123');
      if (
        req.method === 'GET' &&
        req.url === '/latest/meta-data/placement/region' &&
        req.headers['x-aws-ec2-metadata-token'] === 'tok-123'
      ) {
        return void res.end('eu-north-1');
      }
      if (
        req.method === 'GET' &&
        req.url === '/latest/meta-data/instance-type' &&
        req.headers['x-aws-ec2-metadata-token'] === 'tok-123'
      ) {
        return void res.end('m7a.xlarge');
      }
      res.writeHead(401).end();
    });
    const r = await probeCloudMetadata({ azureUrl: await refusedUrl(), awsUrl: aws.url, gcpUrl: await refusedUrl() });
    expect(r.found?.id).toBe('aws:eu-north-1');
    expect(r.instance).toEqual({ provider: 'aws', instanceType: 'm7a.xlarge' });
    expect(aws.requests.map((q) => q.method)).toEqual(['PUT', 'GET', 'GET']);
    expect(
      aws.requests
        .slice(1)
        .map((q) => q.url)
        .sort(),
    ).toEqual(['/latest/meta-data/instance-type', '/latest/meta-data/placement/region']);
    expect(aws.requests[0].headers['x-aws-ec2-metadata-token-ttl-seconds']).toBe('21600');
  });

  it('turns the GCP zone path into its region, sending Metadata-Flavor: Google', async () => {
    const gcp = await fake((req, res) =>
      res.end(
        req.url === '/computeMetadata/v1/instance/machine-type'
          ? 'projects/123456/machineTypes/n2d-standard-4'
          : 'projects/123456/zones/europe-west1-b',
      ),
    );
    const r = await probeCloudMetadata({ azureUrl: await refusedUrl(), awsUrl: await refusedUrl(), gcpUrl: gcp.url });
    expect(r.found?.id).toBe('gcp:europe-west1');
    expect(r.instance).toEqual({ provider: 'gcp', instanceType: 'n2d-standard-4' });
    expect(gcp.requests.map((q) => q.url).sort()).toEqual([
      '/computeMetadata/v1/instance/machine-type',
      '/computeMetadata/v1/instance/zone',
    ]);
    expect(gcp.requests.every((q) => q.headers['metadata-flavor'] === 'Google')).toBe(true);
  });

  it('abandons hanging services within the 1 s budget', async () => {
    const [a, b, c] = [await hanging(), await hanging(), await hanging()];
    const t0 = performance.now();
    const r = await probeCloudMetadata({ azureUrl: a.url, awsUrl: b.url, gcpUrl: c.url });
    const elapsedMs = performance.now() - t0;
    expect(r.found).toBeNull();
    expect(elapsedMs).toBeGreaterThanOrEqual(900);
    expect(elapsedMs).toBeLessThan(1300);
  });

  it('never waits longer than 1 s even when asked to', async () => {
    const [a, b, c] = [await hanging(), await hanging(), await hanging()];
    const t0 = performance.now();
    await probeCloudMetadata({ azureUrl: a.url, awsUrl: b.url, gcpUrl: c.url, timeoutMs: 10_000 });
    expect(performance.now() - t0).toBeLessThan(1300);
  });

  it('takes a good answer while others hang', async () => {
    const gcp = await fake((req, res) => res.end('projects/1/zones/us-central1-a'));
    const t0 = performance.now();
    const r = await probeCloudMetadata({
      azureUrl: (await hanging()).url,
      awsUrl: (await hanging()).url,
      gcpUrl: gcp.url,
    });
    expect(r.found?.id).toBe('gcp:us-central1');
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('returns at once when every service refuses the connection', async () => {
    const t0 = performance.now();
    const r = await probeCloudMetadata({
      azureUrl: await refusedUrl(),
      awsUrl: await refusedUrl(),
      gcpUrl: await refusedUrl(),
    });
    expect(r.found).toBeNull();
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('ignores garbage answers', async () => {
    const azure = await fake((req, res) => json(res, 200, '{"compute": {"location": '));
    const aws = await fake((req, res) => res.end('<html>captive portal</html>'));
    const gcp = await fake((req, res) => res.end('not a zone'));
    const r = await probeCloudMetadata({ azureUrl: azure.url, awsUrl: aws.url, gcpUrl: gcp.url });
    expect(r).toEqual({ found: null, instance: null, warnings: [] });
  });

  it('warns about a region the table does not know and carries on', async () => {
    const azure = await fake((req, res) => json(res, 200, { compute: { location: 'eastus3' } }));
    const r = await probeCloudMetadata({ azureUrl: azure.url, awsUrl: await refusedUrl(), gcpUrl: await refusedUrl() });
    expect(r.found).toBeNull();
    expect(r.warnings).toEqual([expect.stringContaining('Azure IMDS reports region "eastus3"')]);
  });
});

describe('probeCloudMetadata: instance type', () => {
  it('keeps the instance type when the region is unknown or missing', async () => {
    const azure = await fake((req, res) =>
      json(res, 200, JSON.stringify({ compute: { location: 'marsnorth', vmSize: 'Standard_D2s_v5' } })),
    );
    const r = await probeCloudMetadata({ azureUrl: azure.url, awsUrl: await refusedUrl(), gcpUrl: await refusedUrl() });
    expect(r.found).toBeNull();
    expect(r.instance).toEqual({ provider: 'azure', instanceType: 'Standard_D2s_v5' });
  });

  it('drops an instance type that is not a plain name, and a region-only answer gives none', async () => {
    const azure = await fake((req, res) =>
      json(res, 200, JSON.stringify({ compute: { location: 'westeurope', vmSize: 'Standard D2 <script>' } })),
    );
    const r = await probeCloudMetadata({ azureUrl: azure.url, awsUrl: await refusedUrl(), gcpUrl: await refusedUrl() });
    expect(r.found).toEqual({ provider: 'azure', region: 'westeurope', id: 'azure:westeurope' });
    expect(r.instance).toBeNull();
  });

  it('a failed AWS instance-type request costs only the instance type', async () => {
    const aws = await fake((req, res) => {
      if (req.method === 'PUT') return void res.end('tok');
      if (req.url === '/latest/meta-data/placement/region') return void res.end('us-east-1');
      res.writeHead(404).end();
    });
    const r = await probeCloudMetadata({ azureUrl: await refusedUrl(), awsUrl: aws.url, gcpUrl: await refusedUrl() });
    expect(r.found?.id).toBe('aws:us-east-1');
    expect(r.instance).toBeNull();
  });
});
