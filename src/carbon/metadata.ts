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
  /**
   * The provider's own region name, e.g. "eastus2", "us-east-1", "europe-west1"; null when only the instance type
   * answered.
   */
  region: string | null;
  /**
   * Azure vmSize ("Standard_D4s_v5"), AWS instance-type ("m5.xlarge"), GCP machine-type ("n2-standard-4"); absent when
   * not answered.
   */
  instanceType?: string;
}

export interface MetadataResult {
  /** First answer naming a region carbon-action knows; null when none did. */
  found: (MetadataAnswer & { region: string; id: string }) | null;
  /** The instance type of whichever provider answered with one (with or without a known region). */
  instance: { provider: Provider; instanceType: string } | null;
  warnings: string[];
}

const trimBase = (url: string): string => url.replace(/\/+$/, '');
const REGION_TEXT = /^[a-z0-9][a-z0-9-]{1,40}$/;
const INSTANCE_TYPE_TEXT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;
const instanceTypeOf = (v: unknown): string | undefined =>
  typeof v === 'string' && INSTANCE_TYPE_TEXT.test(v.trim()) ? v.trim() : undefined;
const withInstanceType = (answer: MetadataAnswer, t: string | undefined): MetadataAnswer =>
  t ? { ...answer, instanceType: t } : answer;
/** An answer worth keeping: a region, an instance type, or both. */
const answerOrNull = (
  provider: Provider,
  region: string | null,
  instanceType: string | undefined,
): MetadataAnswer | null => (region || instanceType ? withInstanceType({ provider, region }, instanceType) : null);

async function probeAzure(base: string, f: typeof fetch, signal: AbortSignal): Promise<MetadataAnswer | null> {
  const res = await f(`${trimBase(base)}/metadata/instance?api-version=2021-02-01`, {
    headers: { Metadata: 'true' },
    signal,
  });
  if (!res.ok) return null;
  const body = (await res.json()) as { compute?: { location?: unknown; vmSize?: unknown } };
  const location = body?.compute?.location;
  const region =
    typeof location === 'string' && REGION_TEXT.test(location.toLowerCase()) ? location.toLowerCase() : null;
  return answerOrNull('azure', region, instanceTypeOf(body?.compute?.vmSize));
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
  const get = async (path: string): Promise<string | null> => {
    const res = await f(`${trimBase(base)}/latest/meta-data/${path}`, {
      headers: { 'X-aws-ec2-metadata-token': token },
      signal,
    });
    return res.ok ? (await res.text()).trim() : null;
  };
  // Both at once, inside the same deadline; a failed instance-type request costs only that figure.
  const [regionText, typeText] = await Promise.all([get('placement/region'), get('instance-type').catch(() => null)]);
  const region = regionText && REGION_TEXT.test(regionText.toLowerCase()) ? regionText.toLowerCase() : null;
  return answerOrNull('aws', region, instanceTypeOf(typeText));
}

async function probeGcp(base: string, f: typeof fetch, signal: AbortSignal): Promise<MetadataAnswer | null> {
  const get = async (path: string): Promise<string | null> => {
    const res = await f(`${trimBase(base)}/computeMetadata/v1/instance/${path}`, {
      headers: { 'Metadata-Flavor': 'Google' },
      signal,
    });
    return res.ok ? (await res.text()).trim() : null;
  };
  const [zoneText, typeText] = await Promise.all([get('zone'), get('machine-type').catch(() => null)]);
  // "projects/123/zones/europe-west1-b" → zone "europe-west1-b" → region "europe-west1"
  const m = zoneText ? /^projects\/[^/]+\/zones\/([a-z0-9-]+)-[a-z]$/.exec(zoneText.toLowerCase()) : null;
  // "projects/123/machineTypes/n2-standard-4" → "n2-standard-4"
  const t = typeText ? /^projects\/[^/]+\/machineTypes\/([^/]+)$/.exec(typeText) : null;
  return answerOrNull('gcp', m ? m[1] : null, instanceTypeOf(t?.[1]));
}

const providerName: Record<Provider, string> = { azure: 'Azure IMDS', aws: 'AWS IMDS', gcp: 'GCP metadata' };

/**
 * Asks Azure, AWS and GCP metadata in parallel, for the region and the instance type (Azure
 * vmSize, AWS instance-type, GCP machine-type); resolves on the first known region, when all
 * have failed, or at the deadline.
 */
export async function probeCloudMetadata(opts: MetadataOptions = {}): Promise<MetadataResult> {
  const f = opts.fetchImpl ?? fetch;
  const timeoutMs = Math.min(Math.max(opts.timeoutMs ?? DEFAULT_METADATA_TIMEOUT_MS, 0), DEFAULT_METADATA_TIMEOUT_MS);
  const controller = new AbortController();
  const warnings: string[] = [];
  let instance: MetadataResult['instance'] = null;
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
        if (--pending === 0) resolve({ found: null, instance, warnings });
      };
      timer = setTimeout(() => resolve({ found: null, instance, warnings }), timeoutMs);
      for (const [provider, probe] of probes) {
        probe.then(
          (answer) => {
            if (answer?.instanceType) instance ??= { provider: answer.provider, instanceType: answer.instanceType };
            if (answer && answer.region !== null) {
              const region = answer.region;
              const known = findCloudRegion(answer.provider, region);
              if (known) return resolve({ found: { ...answer, region, id: known.id }, instance, warnings });
              warnings.push(
                `${providerName[provider]} reports region "${answer.region}", which carbon-action's region table ` +
                  `does not know; ignoring it. Set region: to pin one.`,
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
