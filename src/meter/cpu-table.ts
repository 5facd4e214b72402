import { loadDataJson } from '../data-files';
import { normaliseCpuName } from './cpu-name';

// The CPU table (data/cpu-table.json, derived by scripts/derive-cpu-table.ts): what each CPU
// model is (cores, threads, TDP, microarchitecture, vendor, year), and what a VM's
// /proc/cpuinfo numbers mean when the name is missing or anonymised. Pure: the table comes in
// as data; loadCpuTable() reads the committed one.

export type CpuVendorId = 'intel' | 'amd' | 'arm' | 'ampere' | 'apple' | 'nvidia' | 'aws' | 'microsoft' | 'google';
export type CpuArch = 'x64' | 'arm64';

export interface CpuRecord {
  /** Marketing name, e.g. "AMD EPYC 7763", "Intel Xeon Platinum 8370C", "AWS Graviton2". */
  name: string;
  /** Other names the same CPU is reported or listed under. */
  aliases?: string[];
  vendor: CpuVendorId;
  arch: CpuArch;
  /** Power-model family label: "icelake", "epyc-gen3", "neoverse-n1", "apple-m2" … */
  microarchitecture: string;
  releaseYear: number;
  coresPerChip: number;
  /** Hardware threads per core the chip supports (a cloud host may turn SMT off). */
  threadsPerCore: number;
  /** TDP per chip, W. */
  tdpW: number;
  /** Base clock, MHz, where SPECpower measured the CPU (the most common among its results). */
  baseClockMhz?: number;
  /** Threads of the cloud host that runs this CPU, where an instance list shows it (a metal size). */
  cloudHostThreads?: number;
  cloudHostSockets?: number;
  /** Field → source id (a key of CpuTable.sources). */
  sources: Record<string, string>;
  /** The hand-sourced row's reference, where one was used. */
  reference?: string;
}

export interface X86ModelEntry {
  vendor: 'intel' | 'amd';
  family: number;
  /** Absent: every model of the family. */
  model?: number;
  steppingMin?: number;
  steppingMax?: number;
  microarchitecture: string;
  server: boolean;
}

export interface ArmPartEntry {
  implementer: number;
  part: number;
  core: string;
  microarchitecture: string;
  server: boolean;
}

export interface CloudFamilyEntry {
  cpu: string;
  /** The host's thread count, from the family's largest metal size. */
  hostThreads?: number;
}

export interface CpuTable {
  version: number;
  sources: Record<string, string>;
  microarchitectureYears: Record<string, number>;
  cpus: CpuRecord[];
  x86Models: X86ModelEntry[];
  armParts: ArmPartEntry[];
  /** Microarchitecture → typical cloud host CPU name, per provider, with a default. */
  typicalCloudHosts: Record<string, { default: string; aws?: string; gcp?: string; azure?: string }>;
  /** Microarchitecture → chips per cloud host (ccf's Azure/GCP lists), where no metal size shows it. */
  cloudHostSockets: Record<string, number>;
  instanceFamilies: {
    /** "m5" → host. */
    aws: Record<string, CloudFamilyEntry>;
    /** "n2d" → host. */
    gcp: Record<string, CloudFamilyEntry>;
    /** VM size patterns, first match wins. */
    azure: (CloudFamilyEntry & { pattern: string })[];
  };
}

export function loadCpuTable(): CpuTable {
  return loadDataJson<CpuTable>('cpu-table.json');
}

/**
 * Comparison key of a CPU name: normalised (trademarks, clock, "N-Core", "CPU"/"Processor"
 * gone), lower case, and the vendor words that machines print inconsistently ("Intel Xeon
 * Platinum 8370C" vs "Xeon Platinum 8370C"; "AMD EPYC" vs "EPYC") dropped.
 */
export function cpuNameKey(raw: string): string {
  return normaliseCpuName(raw.replace(/\u2011/g, '-'))
    .toLowerCase()
    .replace(/\b(intel|amd)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Indexed {
  exact: Map<string, CpuRecord>;
  entries: { tokens: string[]; record: CpuRecord; name: string }[];
}
const indexCache = new WeakMap<CpuTable, Indexed>();

function indexOf(table: CpuTable): Indexed {
  let index = indexCache.get(table);
  if (!index) {
    const exact = new Map<string, CpuRecord>();
    const entries: Indexed['entries'] = [];
    for (const record of table.cpus) {
      for (const name of [record.name, ...(record.aliases ?? [])]) {
        const key = cpuNameKey(name);
        if (!exact.has(key)) exact.set(key, record);
        entries.push({ tokens: key.split(' ').filter(Boolean), record, name });
      }
    }
    index = { exact, entries };
    indexCache.set(table, index);
  }
  return index;
}

/**
 * The record for a reported CPU name, or null. Exact key match first; otherwise the names
 * whose every token occurs in the reported one, keeping only names with a model number
 * (a digit) so that "AMD EPYC" alone never claims a CPU; the most tokens, then the longest
 * name, wins ("Apple M1 Pro" over "Apple M1" for "Apple M1 Pro (Virtual)").
 */
export function lookupCpu(raw: string | null | undefined, table: CpuTable = loadCpuTable()): CpuRecord | null {
  if (!raw) return null;
  const key = cpuNameKey(raw);
  if (!key) return null;
  const { exact, entries } = indexOf(table);
  const hit = exact.get(key);
  if (hit) return hit;
  const have = new Set(key.split(' '));
  // "E5-2670 v3" is not an "E5-2670": a version the candidate lacks rules it out.
  const versions = [...have].filter((t) => /^v\d$/.test(t));
  let best: Indexed['entries'][number] | null = null;
  for (const e of entries) {
    if (!e.tokens.some((t) => /\d/.test(t))) continue;
    if (!e.tokens.every((t) => have.has(t))) continue;
    if (versions.some((v) => !e.tokens.includes(v))) continue;
    if (
      !best ||
      e.tokens.length > best.tokens.length ||
      (e.tokens.length === best.tokens.length && e.name.length > best.name.length)
    )
      best = e;
  }
  return best?.record ?? null;
}

/** The record of an exact (key-equal) name; for names the table itself uses. */
export function cpuByName(name: string, table: CpuTable = loadCpuTable()): CpuRecord | null {
  return indexOf(table).exact.get(cpuNameKey(name)) ?? null;
}

/** x86 `vendor_id` / `cpu family` / `model` / `stepping` → table entry (model-specific before family-wide). */
export function x86Microarchitecture(
  vendorId: string | null,
  family: number | null,
  model: number | null,
  stepping: number | null,
  table: CpuTable = loadCpuTable(),
): X86ModelEntry | null {
  const vendor = vendorId === 'GenuineIntel' ? 'intel' : vendorId === 'AuthenticAMD' ? 'amd' : null;
  if (!vendor || family === null) return null;
  const candidates = table.x86Models.filter((m) => m.vendor === vendor && m.family === family);
  const exact = candidates.find(
    (m) =>
      m.model !== undefined &&
      m.model === model &&
      (m.steppingMin === undefined ||
        (stepping !== null && stepping >= m.steppingMin && stepping <= (m.steppingMax ?? m.steppingMin))),
  );
  // A known model whose stepping is outside every listed range: take the model's first entry.
  return (
    exact ??
    candidates.find((m) => m.model !== undefined && m.model === model) ??
    candidates.find((m) => m.model === undefined) ??
    null
  );
}

/** ARM `CPU implementer` / `CPU part` (numbers, as parsed from "0x41" / "0xd0c") → core. */
export function armCore(
  implementer: number | null,
  part: number | null,
  table: CpuTable = loadCpuTable(),
): ArmPartEntry | null {
  if (implementer === null || part === null) return null;
  return table.armParts.find((p) => p.implementer === implementer && p.part === part) ?? null;
}

export type CloudProvider = 'azure' | 'aws' | 'gcp';

/** The typical cloud host CPU of a microarchitecture, for a provider when known. */
export function typicalCloudHost(
  microarchitecture: string,
  provider: CloudProvider | null,
  table: CpuTable = loadCpuTable(),
): CpuRecord | null {
  const hosts = table.typicalCloudHosts[microarchitecture];
  if (!hosts) return null;
  const name = (provider && hosts[provider]) || hosts.default;
  return cpuByName(name, table);
}

/** Instance type / VM size → the host CPU (and host threads where a metal size shows them). */
export function instanceTypeHost(
  provider: CloudProvider,
  instanceType: string,
  table: CpuTable = loadCpuTable(),
): { cpu: CpuRecord; hostThreads?: number; family: string } | null {
  const t = instanceType.trim();
  let entry: CloudFamilyEntry | undefined;
  let family = '';
  if (provider === 'aws') {
    family = t.split('.')[0].toLowerCase();
    entry = table.instanceFamilies.aws[family];
  } else if (provider === 'gcp') {
    // GCP metadata gives "projects/123/machineTypes/n2-standard-4"; the CLI a bare "n2-standard-4".
    family = (t.split('/').pop() ?? '').split('-')[0].toLowerCase();
    entry = table.instanceFamilies.gcp[family];
  } else {
    const hit = table.instanceFamilies.azure.find((a) => new RegExp(a.pattern, 'i').test(t));
    if (hit) {
      entry = hit;
      family = hit.pattern;
    }
  }
  if (!entry) return null;
  const cpu = cpuByName(entry.cpu, table);
  if (!cpu) return null;
  return { cpu, family, ...(entry.hostThreads ? { hostThreads: entry.hostThreads } : {}) };
}

/**
 * Threads of the typical cloud host of a CPU: a metal size where one is listed, else chips ×
 * cores × threads per core, with the chips from the providers' lists for the microarchitecture,
 * else 2 for x86 (the usual cloud server) and 1 for Arm and Apple parts.
 */
export function cloudHostThreads(
  cpu: CpuRecord,
  table: CpuTable = loadCpuTable(),
): { threads: number; sockets: number; fromMetal: boolean } {
  if (cpu.cloudHostThreads) {
    return {
      threads: cpu.cloudHostThreads,
      sockets:
        cpu.cloudHostSockets ?? Math.max(1, Math.round(cpu.cloudHostThreads / (cpu.coresPerChip * cpu.threadsPerCore))),
      fromMetal: true,
    };
  }
  const sockets = table.cloudHostSockets[cpu.microarchitecture] ?? (cpu.arch === 'x64' ? 2 : 1);
  return { threads: sockets * cpu.coresPerChip * cpu.threadsPerCore, sockets, fromMetal: false };
}
