// What machine this is: CPU model and topology, memory, virtualisation, cloud, GPUs.
// Linux reads /proc/cpuinfo and DMI directly; systeminformation (heavy) is loaded lazily,
// only where those are missing (macOS, Windows, CPU models /proc/cpuinfo does not name).
// Only the CLI and the post step call this: the sampler process must never import it.
import { readFileSync } from 'node:fs';
import { arch as osArch, totalmem } from 'node:os';
import { join } from 'node:path';
import type { CpuIdInfo, GpuInfo, MachineInfo } from '../schema/report';
import { bytesToGb } from '../units/convert';
import { queryGpus, type GpuQueryResult } from './nvidia-smi';

export interface CpuInfoSummary {
  /** null when /proc/cpuinfo names no model (many ARM kernels). */
  modelName: string | null;
  sockets: number;
  physicalCores: number;
  threads: number;
  /** The x86 "hypervisor" CPUID flag. */
  hypervisor: boolean;
  /** x86 `vendor_id` ("GenuineIntel", "AuthenticAMD"); null on ARM. */
  vendorId: string | null;
  /** x86 `cpu family`, `model`, `stepping` (decimal as printed); null when absent. */
  cpuFamily: number | null;
  cpuModelNumber: number | null;
  stepping: number | null;
  /** ARM `CPU implementer` and `CPU part` ("0x41", "0xd0c" → numbers); null when absent. */
  cpuImplementer: number | null;
  cpuPart: number | null;
}

/** "0x41" → 65, "85" → 85; null for anything else. */
function cpuinfoNumber(value: string | undefined): number | null {
  if (value === undefined) return null;
  const v = value.trim();
  if (/^0x[0-9a-f]+$/i.test(v)) return parseInt(v, 16);
  if (/^\d+$/.test(v)) return Number(v);
  return null;
}

/** Parses /proc/cpuinfo text (x86 or ARM layout). */
export function parseCpuInfo(text: string): CpuInfoSummary {
  let modelName: string | null = null;
  let threads = 0;
  let hypervisor = false;
  let ids: Pick<
    CpuInfoSummary,
    'vendorId' | 'cpuFamily' | 'cpuModelNumber' | 'stepping' | 'cpuImplementer' | 'cpuPart'
  > | null = null;
  const sockets = new Set<string>();
  const cores = new Set<string>();
  // Blocks are separated by blank lines, one per logical CPU.
  for (const block of text.split(/\n\s*\n/)) {
    const fields = new Map<string, string>();
    for (const line of block.split('\n')) {
      const i = line.indexOf(':');
      if (i > 0) fields.set(line.slice(0, i).trim(), line.slice(i + 1).trim());
    }
    if (!fields.has('processor')) continue;
    threads++;
    modelName ??= fields.get('model name') || null;
    // The first CPU's identity stands for all (big.LITTLE ARM chips differ per core; the first is enough to name the
    // chip).
    ids ??= {
      vendorId: fields.get('vendor_id') || null,
      cpuFamily: cpuinfoNumber(fields.get('cpu family')),
      cpuModelNumber: cpuinfoNumber(fields.get('model')),
      stepping: cpuinfoNumber(fields.get('stepping')),
      cpuImplementer: cpuinfoNumber(fields.get('CPU implementer')),
      cpuPart: cpuinfoNumber(fields.get('CPU part')),
    };
    const flags = fields.get('flags') ?? fields.get('Features') ?? '';
    if (/(^|\s)hypervisor(\s|$)/.test(flags)) hypervisor = true;
    const physicalId = fields.get('physical id');
    const coreId = fields.get('core id');
    if (physicalId !== undefined) sockets.add(physicalId);
    if (coreId !== undefined) cores.add(`${physicalId ?? '0'}:${coreId}`);
  }
  if (threads === 0) throw new Error(`/proc/cpuinfo: no "processor" entries in ${JSON.stringify(text.slice(0, 80))}`);
  return {
    modelName,
    sockets: sockets.size || 1,
    // Without core ids (ARM) every logical CPU is a core.
    physicalCores: cores.size || threads,
    threads,
    hypervisor,
    ...ids!,
  };
}

export interface DmiInfo {
  sysVendor?: string;
  boardVendor?: string;
  chassisAssetTag?: string;
  productName?: string;
  biosVendor?: string;
  productVersion?: string;
}

// Azure writes this asset tag into every VM's chassis (and Hyper-V outside Azure does not).
const AZURE_ASSET_TAG = '7783-7084-3265-9085-8269-3286-77';

/** Best guess of the cloud from DMI strings; null when none matches. */
export function cloudFromDmi(dmi: DmiInfo): MachineInfo['cloudProvider'] {
  const all = [dmi.sysVendor, dmi.boardVendor, dmi.productName, dmi.biosVendor, dmi.productVersion]
    .filter(Boolean)
    .join('|');
  if (dmi.chassisAssetTag === AZURE_ASSET_TAG || /Microsoft Corporation/i.test(all)) return 'azure';
  if (/Amazon EC2|amazon/i.test(all)) return 'aws';
  if (/Google/i.test(all)) return 'gcp';
  return null;
}

export function readDmi(dir = '/sys/class/dmi/id'): DmiInfo {
  const read = (f: string): string | undefined => {
    try {
      return readFileSync(join(dir, f), 'utf8').trim() || undefined;
    } catch {
      return undefined; // absent, or root-only (product_serial is; these are not)
    }
  };
  return {
    sysVendor: read('sys_vendor'),
    boardVendor: read('board_vendor'),
    chassisAssetTag: read('chassis_asset_tag'),
    productName: read('product_name'),
    biosVendor: read('bios_vendor'),
    productVersion: read('product_version'),
  };
}

/** GitHub-hosted runner: RUNNER_ENVIRONMENT says so, or (older runners) ImageOS is set inside Actions. */
export function isGithubHosted(env: NodeJS.ProcessEnv): boolean {
  if (env.RUNNER_ENVIRONMENT) return env.RUNNER_ENVIRONMENT === 'github-hosted';
  return Boolean(env.ImageOS) && env.GITHUB_ACTIONS === 'true';
}

/** The subset of systeminformation describeMachine uses; injectable. */
export interface SiLike {
  cpu(): Promise<{ manufacturer: string; brand: string; physicalCores: number; cores: number; processors: number }>;
  system(): Promise<{ manufacturer: string; model: string; virtual: boolean }>;
}

export interface DescribeMachineOptions {
  platform?: NodeJS.Platform;
  arch?: string;
  cpuinfoPath?: string;
  dmiDir?: string;
  env?: NodeJS.ProcessEnv;
  totalMemB?: number;
  gpuQuery?: () => Promise<GpuQueryResult>;
  loadSi?: () => Promise<SiLike>;
}

/**
 * CARBON_ACTION_CPUINFO=<path>: read a captured /proc/cpuinfo instead of this machine's, to see
 * what carbon-action assumes on another runner (and for the cross-hardware end-to-end test).
 * A path that cannot be read is an error naming it: silently metering this machine instead
 * would pass off one machine's figures as another's.
 */
export function cpuinfoOverride(env: NodeJS.ProcessEnv): string | undefined {
  const path = env.CARBON_ACTION_CPUINFO;
  if (!path) return undefined;
  try {
    readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(
      `CARBON_ACTION_CPUINFO is ${JSON.stringify(path)}, which cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); expected the path of a captured /proc/cpuinfo file, or unset it`,
      { cause: err },
    );
  }
  return path;
}

const loadSystemInformation = async (): Promise<SiLike> => (await import('systeminformation')).default;

export async function describeMachine(opts: DescribeMachineOptions = {}): Promise<MachineInfo> {
  const platform = opts.platform ?? process.platform;
  const env = opts.env ?? process.env;
  const loadSi = opts.loadSi ?? loadSystemInformation;
  const gpuQuery = opts.gpuQuery ?? (() => queryGpus());

  let cpuModel: string | null = null;
  let sockets = 1;
  let physicalCores = 0;
  let threads = 0;
  let virtualized = false;
  let cloudProvider: MachineInfo['cloudProvider'] = null;
  let cpuId: CpuIdInfo | undefined;

  if (platform === 'linux') {
    const cpuinfoPath = opts.cpuinfoPath ?? cpuinfoOverride(env) ?? '/proc/cpuinfo';
    try {
      const info = parseCpuInfo(readFileSync(cpuinfoPath, 'utf8'));
      ({ sockets, physicalCores, threads } = info);
      cpuModel = info.modelName;
      virtualized = info.hypervisor;
      cpuId = cpuIdFromSummary(info);
    } catch {
      /* fall through to systeminformation */
    }
    cloudProvider = cloudFromDmi(readDmi(opts.dmiDir));
  }
  if (cpuModel === null || threads === 0 || platform !== 'linux') {
    try {
      const si = await loadSi();
      const [c, s] = await Promise.all([si.cpu(), si.system()]);
      cpuModel ??= [c.manufacturer, c.brand].filter(Boolean).join(' ') || null;
      if (threads === 0) {
        threads = c.cores;
        physicalCores = c.physicalCores;
        sockets = c.processors || 1;
      }
      virtualized ||= s.virtual;
      cloudProvider ??= cloudFromDmi({ sysVendor: s.manufacturer, productName: s.model });
    } catch {
      /* keep what we have */
    }
  }

  const gpuResult = await gpuQuery().catch(() => null);
  const gpus: GpuInfo[] =
    gpuResult?.header.status === 'ok'
      ? (gpuResult.header.gpus ?? []).map((g) => ({
          index: g.index,
          name: g.name,
          ...(g.memoryMiB !== undefined ? { memoryMiB: g.memoryMiB } : {}),
        }))
      : [];

  return {
    os: platform,
    arch: opts.arch ?? osArch(),
    cpuModel: cpuModel ?? 'unknown CPU',
    sockets,
    physicalCores: physicalCores || threads,
    threads,
    memoryGb: bytesToGb(opts.totalMemB ?? totalmem()),
    virtualized,
    cloudProvider,
    githubHosted: isGithubHosted(env),
    gpus,
    ...(cpuId ? { cpuId } : {}),
  };
}

/** The identity numbers /proc/cpuinfo printed, for MachineInfo.cpuId; undefined when it printed none. */
export function cpuIdFromSummary(info: CpuInfoSummary): CpuIdInfo | undefined {
  const id: CpuIdInfo = {
    ...(info.vendorId ? { vendorId: info.vendorId } : {}),
    ...(info.cpuFamily !== null ? { family: info.cpuFamily } : {}),
    ...(info.cpuModelNumber !== null ? { model: info.cpuModelNumber } : {}),
    ...(info.stepping !== null ? { stepping: info.stepping } : {}),
    ...(info.cpuImplementer !== null ? { implementer: info.cpuImplementer } : {}),
    ...(info.cpuPart !== null ? { part: info.cpuPart } : {}),
  };
  return Object.keys(id).length ? id : undefined;
}
