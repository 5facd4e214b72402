// Cloud metadata probes: which provider and region is this VM in? All three are asked at once
// under one deadline (1 s by default), so a laptop or a firewalled runner loses at most that.
import type { Provider } from './data';
import { findCloudRegion } from './region';

export const DEFAULT_AZURE_IMDS_URL = 'http://169.254.169.254';
export const DEFAULT_AWS_IMDS_URL = 'http://169.254.169.254';
export const DEFAULT_GCP_METADATA_URL = 'http://metadata.google.internal';
export const DEFAULT_METADATA_TIMEOUT_MS = 1000;

export interface MetadataOptions {
  azureUrl?: string;
  awsUrl?: string;
  gcpUrl?: string;
  /** Global deadline for all probes together; capped at 1000 ms. */
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export interface MetadataAnswer {
  provider: Provider;
  /** The provider's own region name, e.g. "eastus2", "us-east-1", "europe-west1". */
  region: string;
}

export interface MetadataResult {
  /** First answer naming a region carbon-action knows; null when none did. */
  found: (MetadataAnswer & { id: string }) | null;
  warnings: string[];
}

const trimBase = (url: string): string => url.replace(/\/+$/, '');
const REGION_TEXT = /^[a-z0-9][a-z0-9-]{1,40}$/;

async function probeAzure(base: string, f: typeof fetch, signal: AbortSignal): Promise<MetadataAnswer | null> {
  const res = await f(`${trimBase(base)}/metadata/instance?api-version=2021-02-01`, { headers: { Metadata: 'true' }, signal });
  if (!res.ok) return null;
  const body = (await res.json()) as { compute?: { location?: unknown } };
  const location = body?.compute?.location;
  return typeof location === 'string' && REGION_TEXT.test(location.toLowerCase())
    ? { provider: 'azure', region: location.toLowerCase() }
    : null;
}

async function probeAws(base: string, f: typeof fetch, signal: AbortSignal): Promise<MetadataAnswer | null> {
  const tokenRes = await f(`${trimBase(base)}/latest/api/token`, {
    method: 'PUT',
    headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '21600' },
    signal,
  });
  if (!tokenRes.ok) return null;
  const token = (await tokenRes.text()).trim();
  if (!token) return null;
  const res = await f(`${trimBase(base)}/latest/meta-data/placement/region`, {
    headers: { 'X-aws-ec2-metadata-token': token },
    signal,
  });
  if (!res.ok) return null;
  const region = (await res.text()).trim().toLowerCase();
  return REGION_TEXT.test(region) ? { provider: 'aws', region } : null;
}

async function probeGcp(base: string, f: typeof fetch, signal: AbortSignal): Promise<MetadataAnswer | null> {
  const res = await f(`${trimBase(base)}/computeMetadata/v1/instance/zone`, {
    headers: { 'Metadata-Flavor': 'Google' },
    signal,
  });
  if (!res.ok) return null;
  // "projects/123/zones/europe-west1-b" → zone "europe-west1-b" → region "europe-west1"
  const m = /^projects\/[^/]+\/zones\/([a-z0-9-]+)-[a-z]$/.exec((await res.text()).trim().toLowerCase());
  return m ? { provider: 'gcp', region: m[1] } : null;
}

const providerName: Record<Provider, string> = { azure: 'Azure IMDS', aws: 'AWS IMDS', gcp: 'GCP metadata' };

/** Asks Azure, AWS and GCP metadata in parallel; resolves on the first known region, when all have failed, or at the deadline. */
export async function probeCloudMetadata(opts: MetadataOptions = {}): Promise<MetadataResult> {
  const f = opts.fetchImpl ?? fetch;
  const timeoutMs = Math.min(Math.max(opts.timeoutMs ?? DEFAULT_METADATA_TIMEOUT_MS, 0), DEFAULT_METADATA_TIMEOUT_MS);
  const controller = new AbortController();
  const warnings: string[] = [];
  const probes: [Provider, Promise<MetadataAnswer | null>][] = [
    ['azure', probeAzure(opts.azureUrl ?? DEFAULT_AZURE_IMDS_URL, f, controller.signal)],
    ['aws', probeAws(opts.awsUrl ?? DEFAULT_AWS_IMDS_URL, f, controller.signal)],
    ['gcp', probeGcp(opts.gcpUrl ?? DEFAULT_GCP_METADATA_URL, f, controller.signal)],
  ];
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<MetadataResult>((resolve) => {
      let pending = probes.length;
      const finishOne = () => {
        if (--pending === 0) resolve({ found: null, warnings });
      };
      timer = setTimeout(() => resolve({ found: null, warnings }), timeoutMs);
      for (const [provider, probe] of probes) {
        probe.then(
          (answer) => {
            if (answer) {
              const known = findCloudRegion(answer.provider, answer.region);
              if (known) return resolve({ found: { ...answer, id: known.id }, warnings });
              warnings.push(
                `${providerName[provider]} reports region "${answer.region}", which carbon-action's region table does not know; ignoring it. Set region: to pin one.`,
              );
            }
            finishOne();
          },
          // Refused, unreachable, aborted or garbage: not this cloud.
          () => finishOne(),
        );
      }
    });
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
