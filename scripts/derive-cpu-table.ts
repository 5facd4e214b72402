// Derives data/cpu-table.json: one record per CPU model (cores per chip, threads per core,
// TDP, microarchitecture, vendor, release year, and which source gave each), the x86
// family/model and ARM implementer/part tables, the typical cloud host per microarchitecture,
// and the cloud instance families → host CPU map.
// Run: npx tsx scripts/derive-cpu-table.ts (with ../shared beside the repository).
// Inputs: ../shared/specpower (SPECpower results), ../shared/cpu-tdp (CodeCarbon TDPs),
// ../shared/cloud (ccf-coefficients instance and microarchitecture lists) and the
// hand-sourced files in scripts/cpu-table/ (vendors' published specifications, one source per row).
// Output is byte-stable: records sorted by name, keys in a fixed order.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { normaliseCpuName } from '../src/meter/cpu-name';
import { cpuNameKey, lookupCpu, type CpuRecord, type CpuTable, type CpuVendorId } from '../src/meter/cpu-table';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const inputs = join(root, 'scripts', 'cpu-table');

type Row = Record<string, string>;
const csv = (path: string): Row[] =>
  parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Row[];

function fail(message: string): never {
  console.error(`derive-cpu-table: ${message}`);
  process.exit(1);
}
const warnings: string[] = [];

export const SOURCES: Record<string, string> = {
  specpower:
    'SPECpower_ssj2008 results, parsed columns CPUMake/Architecture/CPUChips/CPUCores/CPUThreads/TDP/HW_CPUFreq/Hardware_Availability_Year (green-coding-solutions/cloud-energy data/spec_data_cleaned_unmelted.csv, commit 6a25a2b, MIT), via shared/specpower/servers.csv and servers-epyc-7763.csv',
  'specpower-2023':
    'SPECpower_ssj2008 results 2023–2026, columns # Cores Per Chip/# Threads Per Core/Processor MHz/Published (cloud-carbon-footprint/ccf-coefficients data/SPECpower-2026-03-09.csv, commit b0032d9, Apache-2.0), via shared/specpower/servers-2023plus.csv',
  codecarbon: 'CodeCarbon cpu_power.csv (mlco2/codecarbon, commit b05965e, MIT), via shared/cpu-tdp/cpu_power.csv',
  'ccf-cloud':
    'ccf-coefficients instance lists (aws-instances*.csv, gcp-instances*.csv, azure-instances.csv, aws-instances-cpus.csv; commit b0032d9, Apache-2.0), via shared/cloud: a metal size’s vCPUs are its host’s threads',
  'ccf-microarchitectures':
    'ccf-coefficients microarchitectures/*.csv (commit b0032d9, Apache-2.0), via shared/cloud/microarchitectures',
  'ccf-cloud-sockets':
    'ccf-coefficients azure-instances-cpus.csv and gcp-instances-cpus.csv (commit b0032d9, Apache-2.0): CPU sockets of the providers’ hosts per microarchitecture',
  manual:
    'scripts/cpu-table/cpus.csv: vendors’ published specifications (and labelled estimates where none is published), the reference is on each record',
  'microarchitecture-year':
    'scripts/cpu-table/derive: the year the microarchitecture reached servers (MICROARCH_YEAR), used when no source gives a year',
};

// Year each microarchitecture reached the market; a SPECpower availability year earlier than
// this is a data-entry slip (one EPYC 7501 result says 2008) and is raised to it.
const MICROARCH_YEAR: Record<string, number> = {
  netburst: 2005,
  core: 2006,
  opteron: 2003,
  nehalem: 2009,
  sandybridge: 2012,
  ivybridge: 2013,
  haswell: 2014,
  broadwell: 2016,
  'skylake-client': 2015,
  skylake: 2017,
  coffeelake: 2018,
  cascadelake: 2019,
  cooperlake: 2020,
  icelake: 2021,
  'icelake-client': 2019,
  tigerlake: 2020,
  rocketlake: 2021,
  alderlake: 2021,
  raptorlake: 2022,
  meteorlake: 2023,
  lunarlake: 2024,
  arrowlake: 2024,
  sapphirerapids: 2023,
  emeraldrapids: 2023,
  graniterapids: 2024,
  sierraforest: 2024,
  'epyc-gen1': 2017,
  'epyc-gen2': 2019,
  'epyc-gen3': 2021,
  'epyc-gen4': 2022,
  'epyc-gen5': 2024,
  zen: 2017,
  zen2: 2019,
  zen3: 2020,
  zen4: 2022,
  zen5: 2024,
  'cortex-a72': 2018,
  'cortex-a76': 2019,
  'neoverse-n1': 2020,
  'neoverse-v1': 2022,
  'neoverse-n2': 2023,
  'neoverse-v2': 2023,
  'neoverse-n3': 2025,
  'neoverse-v3': 2025,
  ampereone: 2023,
  'apple-m1': 2020,
  'apple-m2': 2022,
  'apple-m3': 2023,
  'apple-m4': 2024,
};

// ccf-coefficients microarchitecture file → label used by the power model's families.
const CCF_MICROARCH_FILES: Record<string, string> = {
  'amd-epyc-gen1.csv': 'epyc-gen1',
  'amd-epyc-gen2.csv': 'epyc-gen2',
  'amd-epyc-gen3.csv': 'epyc-gen3',
  'amd-epyc-gen4.csv': 'epyc-gen4',
  'amd-epyc-gen5.csv': 'epyc-gen5',
  'amd-neoverse-n1.csv': 'neoverse-n1',
  'intel-broadwell.csv': 'broadwell',
  'intel-cascadelake.csv': 'cascadelake',
  'intel-coffeelake.csv': 'coffeelake',
  'intel-emeraldrapids.csv': 'emeraldrapids',
  'intel-graniterapids.csv': 'graniterapids',
  'intel-haswell.csv': 'haswell',
  'intel-icelake.csv': 'icelake',
  'intel-ivybridge.csv': 'ivybridge',
  'intel-sandybridge.csv': 'sandybridge',
  'intel-sapphirerapids.csv': 'sapphirerapids',
  'intel-skylake-server.csv': 'skylake',
  'intel-skylake.csv': 'skylake',
};

/** SPECpower spells the same CPU several ways: one marketing name per CPU. */
export function canonicalCpuName(raw: string): string {
  let n = normaliseCpuName(raw)
    .replace(/\b(\d{4})(EE|HE|SE)\b/g, '$1 $2')
    .replace(/\bXeon-D (\d)/, 'Xeon D-$1')
    .replace(/^Ampere Altra Max .*\b(M\d+-\d+)$/, 'Ampere Altra Max $1')
    .replace(/^Grace Superchip$/, 'NVIDIA Grace CPU Superchip')
    .replace(/^Intel Xeon Gold 6780E$/, 'Intel Xeon 6780E')
    .replace(/^Intel Xeon 8592\+$/, 'Intel Xeon Platinum 8592+')
    .replace(/^Intel Xeon Gold 6548Y$/, 'Intel Xeon Gold 6548Y+');
  if (/^Xeon\b/.test(n)) n = `Intel ${n}`;
  if (/^Intel [EXLW]\d/.test(n)) n = n.replace(/^Intel /, 'Intel Xeon ');
  return n;
}

interface Draft {
  name: string;
  aliases: Set<string>;
  vendor?: CpuVendorId;
  arch?: 'x64' | 'arm64';
  microarchitecture?: string;
  releaseYear?: number;
  coresPerChip?: number;
  threadsPerCore?: number;
  tdpW?: number;
  baseClockMhz?: number;
  cloudHostThreads?: number;
  cloudHostSockets?: number;
  sources: Record<string, string>;
  reference?: string;
  specYears: number[];
  /** Base clocks, MHz, of the CPU's SPECpower results: 2007–2022 files, then the 2023+ extract. */
  specClocksMhz: number[];
  specClocks2023Mhz: number[];
}

const drafts = new Map<string, Draft>();
function draft(name: string): Draft {
  let d = drafts.get(name);
  if (!d)
    drafts.set(
      name,
      (d = { name, aliases: new Set(), sources: {}, specYears: [], specClocksMhz: [], specClocks2023Mhz: [] }),
    );
  return d;
}
/** A results page's own spelling, kept as an alias where the lookup would not otherwise find it ("Intel X3350"). */
function addSpelling(d: Draft, raw: string): void {
  const spelled = normaliseCpuName(raw);
  if (cpuNameKey(spelled) !== cpuNameKey(d.name)) d.aliases.add(spelled);
}
/** Sets a field unless an earlier (higher-priority) source set it; a differing later value is reported. */
function setField<
  K extends
    | 'vendor'
    | 'arch'
    | 'microarchitecture'
    | 'releaseYear'
    | 'coresPerChip'
    | 'threadsPerCore'
    | 'tdpW'
    | 'baseClockMhz'
    | 'cloudHostThreads'
    | 'cloudHostSockets',
>(d: Draft, key: K, value: Draft[K] | undefined, source: string): void {
  if (value === undefined || value === null || (typeof value === 'number' && !(value > 0))) return;
  if (d[key] === undefined) {
    d[key] = value;
    d.sources[key] = source;
  } else if (d[key] !== value && source === 'manual') {
    warnings.push(
      `${d.name}: ${key} ${String(value)} from the hand-sourced file ignored; ${d.sources[key]} says ${String(d[key])}`,
    );
  }
}

// ---------- 1. SPECpower (2007–2022 and the EPYC 7763 results) ----------
for (const file of ['servers.csv', 'servers-epyc-7763.csv']) {
  for (const r of csv(join(shared, 'specpower', file))) {
    const d = draft(canonicalCpuName(r.HW_CPUName));
    addSpelling(d, r.HW_CPUName);
    const chips = Number(r.CPUChips);
    const cores = Number(r.CPUCores);
    const threads = Number(r.CPUThreads);
    const vendor = r.CPUMake === 'amd' ? 'amd' : r.CPUMake === 'intel' ? 'intel' : undefined;
    setField(d, 'vendor', vendor, 'specpower');
    setField(d, 'arch', 'x64', 'specpower');
    // "epyc" (no generation) is how cloud-energy labels the 7773X: Milan-X, 3rd generation.
    const arch = r.Architecture === 'epyc' ? 'epyc-gen3' : r.Architecture || undefined;
    setField(d, 'microarchitecture', arch, 'specpower');
    if (chips > 0 && cores > 0) setField(d, 'coresPerChip', cores / chips, 'specpower');
    if (cores > 0 && threads > 0) setField(d, 'threadsPerCore', threads / cores, 'specpower');
    setField(d, 'tdpW', Number(r.TDP) || undefined, 'specpower');
    if (Number(r.Hardware_Availability_Year) > 0) d.specYears.push(Number(r.Hardware_Availability_Year));
    if (Number(r.HW_CPUFreq) > 0) d.specClocksMhz.push(Number(r.HW_CPUFreq));
  }
}
// ---------- 2. SPECpower 2023+ ----------
for (const r of csv(join(shared, 'specpower', 'servers-2023plus.csv'))) {
  const d = draft(canonicalCpuName(r['CPU Description']));
  addSpelling(d, r['CPU Description']);
  // Multi-node chassis report their cores per node under "per chip" twice over; the table
  // wants one chip, so the smallest figure across results wins (below, after all rows).
  const perChip = Number(r['# Cores Per Chip']);
  const tpc = Number(r['# Threads Per Core']);
  (d as Draft & { perChip2023?: number[]; tpc2023?: number[] }).perChip2023 ??= [];
  (d as Draft & { perChip2023?: number[] }).perChip2023!.push(perChip);
  (d as Draft & { tpc2023?: number[] }).tpc2023 ??= [];
  (d as Draft & { tpc2023?: number[] }).tpc2023!.push(tpc);
  const year = Number(/(\d{4})$/.exec(r.Published)?.[1]);
  if (year > 0) d.specYears.push(year);
  if (Number(r['Processor MHz']) > 0) d.specClocks2023Mhz.push(Number(r['Processor MHz']));
  if (/^AMD /.test(d.name)) setField(d, 'vendor', 'amd', 'specpower-2023');
  if (/^Intel /.test(d.name)) setField(d, 'vendor', 'intel', 'specpower-2023');
  if (/^Ampere /.test(d.name)) setField(d, 'vendor', 'ampere', 'specpower-2023');
  if (/^NVIDIA /.test(d.name)) setField(d, 'vendor', 'nvidia', 'specpower-2023');
  setField(d, 'arch', /^(Ampere|NVIDIA) /.test(d.name) ? 'arm64' : 'x64', 'specpower-2023');
}
const mode = (xs: number[]): number => {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
};
for (const d of drafts.values()) {
  const x = d as Draft & { perChip2023?: number[]; tpc2023?: number[] };
  // Most results are single-node; the most common figure is the chip's (6780E appears with
  // 288 "per chip" in a two-node chassis and with 2 threads per core once).
  if (x.perChip2023) setField(d, 'coresPerChip', mode(x.perChip2023), 'specpower-2023');
  if (x.tpc2023) setField(d, 'threadsPerCore', mode(x.tpc2023), 'specpower-2023');
  // Base clock: the most common among the CPU's results (the 8534PN has 2050 and 2000 MHz); ties take the lower.
  if (d.specClocksMhz.length) setField(d, 'baseClockMhz', mode(d.specClocksMhz), 'specpower');
  if (d.specClocks2023Mhz.length) setField(d, 'baseClockMhz', mode(d.specClocks2023Mhz), 'specpower-2023');
}

// ---------- 3. hand-sourced rows (vendors' specifications) ----------
for (const r of csv(join(inputs, 'cpus.csv'))) {
  const d = draft(r.name);
  for (const a of r.aliases
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean))
    d.aliases.add(a);
  setField(d, 'vendor', r.vendor as CpuVendorId, 'manual');
  setField(d, 'arch', r.arch as 'x64' | 'arm64', 'manual');
  setField(d, 'microarchitecture', r.microarchitecture || undefined, 'manual');
  setField(d, 'releaseYear', Number(r.releaseYear) || undefined, 'manual');
  setField(d, 'coresPerChip', Number(r.coresPerChip) || undefined, 'manual');
  setField(d, 'threadsPerCore', Number(r.threadsPerCore) || undefined, 'manual');
  setField(d, 'tdpW', Number(r.tdpW) || undefined, 'manual');
  // Only where the instance lists cannot tell: a metal size of 192 vCPUs is 1 chip × 96 cores
  // × 2 threads or, with SMT off (AWS m7a, Graviton), 2 chips × 96 cores.
  setField(d, 'cloudHostSockets', Number(r.cloudHostSockets) || undefined, 'manual');
  d.reference = r.source;
}

// ---------- 4. cloud instance lists: host threads (metal sizes, platform vCPUs) ----------
const byKey = () =>
  new Map(
    [...drafts.values()].flatMap((d) => [
      [cpuNameKey(d.name), d] as const,
      ...[...d.aliases].map((a) => [cpuNameKey(a), d] as const),
    ]),
  );
/**
 * Cloud lists name CPUs loosely ("2nd Gen Intel Xeon Platinum 8275CL", "Intel Cascade Lake P-8259CL", "Xeon E5-2686
 * v4").
 */
function findDraft(raw: string): Draft | undefined {
  const keys = byKey();
  let n = raw
    .replace(/\u2011/g, '-')
    .replace(/^\d(st|nd|rd|th) Gen /, '')
    .replace(/\bScalable /, '');
  const p = /\bP-(\d{4}[A-Z]*)\b/.exec(n);
  if (p) n = `Intel Xeon Platinum ${p[1]}`;
  n = n
    .replace(/^Xeon /, 'Intel Xeon ')
    .replace(/^EPYC /, 'AMD EPYC ')
    .replace(/ V(\d)$/, ' v$1');
  const apple = /^Apple (M\d)( (Pro|Max|Ultra))?\b/.exec(n);
  if (apple) n = `Apple ${apple[1]}${apple[2] ?? ''}`;
  return keys.get(cpuNameKey(n)) ?? keys.get(cpuNameKey(canonicalCpuName(n)));
}

const awsCpus = csv(join(shared, 'cloud', 'aws-instances-cpus.csv'));
for (const r of awsCpus) {
  const d = findDraft(r['CPU Name']);
  if (!d) {
    warnings.push(`aws-instances-cpus.csv: no record for "${r['CPU Name']}"`);
    continue;
  }
  const threads = Number(r['Platform Total Number of vCPU']);
  const sockets = Number(r['Platform Number of CPU Socket(s)']);
  const tpc = d.threadsPerCore ?? (d.arch === 'arm64' ? 1 : 2);
  setField(d, 'cloudHostThreads', threads, 'ccf-cloud');
  setField(d, 'cloudHostSockets', sockets, 'ccf-cloud');
  if (threads > 0 && sockets > 0) setField(d, 'coresPerChip', threads / sockets / tpc, 'ccf-cloud');
}
interface MetalSize {
  family: string;
  cpu: string;
  vcpus: number;
}
const metal: MetalSize[] = [];
for (const r of csv(join(shared, 'cloud', 'aws-instances-latest-2026.csv'))) {
  if (/\.metal/.test(r['Instance Type']))
    metal.push({ family: r['Instance Type'].split('.')[0], cpu: r['Platform CPU Name'], vcpus: Number(r.vCPUs) });
}
for (const r of csv(join(shared, 'cloud', 'gcp-instances-latest-2026.csv'))) {
  if (/-metal$/.test(r['Instance Type']))
    metal.push({ family: r['Instance Type'].split('-')[0], cpu: r['CPU Name'], vcpus: Number(r['Instance vCPU']) });
}
// The largest metal size of a CPU is its whole host (a "metal-24xl" is half of one).
const metalThreads = new Map<Draft, number>();
for (const m of metal) {
  const d = findDraft(m.cpu);
  if (d) metalThreads.set(d, Math.max(metalThreads.get(d) ?? 0, m.vcpus));
}
for (const [d, threads] of metalThreads) {
  if (d.cloudHostThreads !== undefined && d.cloudHostThreads !== threads) {
    warnings.push(
      `${d.name}: metal size has ${threads} threads, aws-instances-cpus.csv ${d.cloudHostThreads}; the metal size wins`,
    );
    d.cloudHostThreads = undefined;
  }
  setField(d, 'cloudHostThreads', threads, 'ccf-cloud');
  if (d.coresPerChip && d.threadsPerCore) {
    const sockets = threads / (d.coresPerChip * d.threadsPerCore);
    // SMT off (AWS m7a, Graviton): threads = chips × cores.
    const socketsNoSmt = threads / d.coresPerChip;
    if (Number.isInteger(sockets) && sockets >= 1) setField(d, 'cloudHostSockets', sockets, 'ccf-cloud');
    else if (Number.isInteger(socketsNoSmt)) setField(d, 'cloudHostSockets', socketsNoSmt, 'ccf-cloud');
  } else if (d.cloudHostSockets === undefined && d.threadsPerCore) {
    // e.g. the GCP c3 metal size for the 8481C: 2 chips, as every Sapphire Rapids cloud host.
    setField(d, 'coresPerChip', threads / 2 / d.threadsPerCore, 'ccf-cloud');
    setField(d, 'cloudHostSockets', 2, 'ccf-cloud');
  }
}

// ---------- 5. microarchitecture lists (ccf) for records still without one ----------
const microarchOf = new Map<string, string>();
for (const file of readdirSync(join(shared, 'cloud', 'microarchitectures')).sort()) {
  const label = CCF_MICROARCH_FILES[file];
  if (!label) continue;
  for (const line of readFileSync(join(shared, 'cloud', 'microarchitectures', file), 'utf8').split('\n')) {
    const n = line.split(',')[0].trim();
    if (n && !microarchOf.has(n.toLowerCase())) microarchOf.set(n.toLowerCase(), label);
  }
}
for (const d of drafts.values()) {
  if (d.microarchitecture) continue;
  const tail = d.name.replace(/^(Intel Xeon|AMD|Ampere Altra( Max)?) /, '').toLowerCase();
  setField(d, 'microarchitecture', microarchOf.get(tail), 'ccf-microarchitectures');
}

// ---------- 6. CodeCarbon TDPs ----------
const tdpByName = new Map<string, number>();
for (const r of csv(join(shared, 'cpu-tdp', 'cpu_power.csv'))) {
  const bare = /^[346]\d{3}[A-Z]?( (HE|EE|SE))?$/.test(r.Name.trim());
  const key = cpuNameKey(canonicalCpuName(bare ? `AMD Opteron ${r.Name}` : r.Name));
  const w = Number(r.TDP);
  if (w > 0 && !tdpByName.has(key)) tdpByName.set(key, w); // first row wins, as for cpu-tdp.json
}
for (const d of drafts.values()) {
  const w = [d.name, ...d.aliases].map((n) => tdpByName.get(cpuNameKey(n))).find((x) => x !== undefined);
  setField(d, 'tdpW', w, 'codecarbon');
}

// ---------- 7. years; check completeness ----------
const records: CpuRecord[] = [];
for (const d of [...drafts.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
  const archYear = d.microarchitecture ? MICROARCH_YEAR[d.microarchitecture] : undefined;
  if (d.releaseYear === undefined && d.specYears.length) {
    const earliest = Math.min(...d.specYears);
    setField(
      d,
      'releaseYear',
      archYear && earliest < archYear ? archYear : earliest,
      d.sources.vendor === 'specpower-2023' ? 'specpower-2023' : 'specpower',
    );
  }
  setField(d, 'releaseYear', archYear, 'microarchitecture-year');
  if (d.cloudHostThreads === undefined) d.cloudHostSockets = undefined;
  const missing = (
    ['vendor', 'arch', 'microarchitecture', 'releaseYear', 'coresPerChip', 'threadsPerCore', 'tdpW'] as const
  ).filter((k) => d[k] === undefined);
  if (missing.length)
    fail(`${d.name}: no ${missing.join(', ')} from any source; add it to scripts/cpu-table/cpus.csv with its source`);
  if (d.microarchitecture && MICROARCH_YEAR[d.microarchitecture] === undefined)
    fail(`${d.name}: microarchitecture "${d.microarchitecture}" has no MICROARCH_YEAR`);
  const rec: CpuRecord = {
    name: d.name,
    ...(d.aliases.size ? { aliases: [...d.aliases].sort() } : {}),
    vendor: d.vendor!,
    arch: d.arch!,
    microarchitecture: d.microarchitecture!,
    releaseYear: d.releaseYear!,
    coresPerChip: d.coresPerChip!,
    threadsPerCore: d.threadsPerCore!,
    tdpW: d.tdpW!,
    ...(d.baseClockMhz ? { baseClockMhz: d.baseClockMhz } : {}),
    ...(d.cloudHostThreads ? { cloudHostThreads: d.cloudHostThreads } : {}),
    ...(d.cloudHostSockets ? { cloudHostSockets: d.cloudHostSockets } : {}),
    sources: Object.fromEntries(Object.entries(d.sources).sort(([a], [b]) => (a < b ? -1 : 1))),
    ...(d.reference ? { reference: d.reference } : {}),
  };
  records.push(rec);
}
const recordByKey = new Map(
  records.flatMap((r) => [
    [cpuNameKey(r.name), r] as const,
    ...(r.aliases ?? []).map((a) => [cpuNameKey(a), r] as const),
  ]),
);

// ---------- 8. x86 models, ARM parts, typical cloud hosts ----------
const x86Models = csv(join(inputs, 'x86-models.csv')).map((r) => ({
  vendor: r.vendor as 'intel' | 'amd',
  family: Number(r.family),
  ...(r.model ? { model: Number(r.model) } : {}),
  ...(r.steppingMin ? { steppingMin: Number(r.steppingMin), steppingMax: Number(r.steppingMax) } : {}),
  microarchitecture: r.microarchitecture,
  server: r.server === 'yes',
}));
const armParts = csv(join(inputs, 'arm-parts.csv')).map((r) => ({
  implementer: Number(r.implementer),
  part: Number(r.part),
  core: r.core,
  microarchitecture: r.microarchitecture,
  server: r.server === 'yes',
}));
for (const m of [...x86Models, ...armParts]) {
  if (MICROARCH_YEAR[m.microarchitecture] === undefined)
    fail(`microarchitecture "${m.microarchitecture}" has no MICROARCH_YEAR`);
}
const typicalCloudHosts: CpuTable['typicalCloudHosts'] = {};
for (const r of csv(join(inputs, 'cloud-hosts.csv'))) {
  const rec = recordByKey.get(cpuNameKey(r.cpu));
  if (!rec) fail(`cloud-hosts.csv: "${r.cpu}" is not in the table`);
  if (rec.microarchitecture !== r.microarchitecture)
    fail(`cloud-hosts.csv: "${r.cpu}" is ${rec.microarchitecture}, not ${r.microarchitecture}`);
  (typicalCloudHosts[r.microarchitecture] ??= { default: '' })[r.provider as 'default'] = rec.name;
}
for (const [arch, hosts] of Object.entries(typicalCloudHosts))
  if (!hosts.default) fail(`cloud-hosts.csv: ${arch} has no default host`);

// ---------- 9. instance families → host CPU ----------
function familyCpu(raw: string, where: string): string | undefined {
  const d = findDraft(raw);
  if (d) return d.name;
  // "Intel Xeon Ice Lake", "Intel Emerald Rapids": the provider's typical host of that generation.
  const gen =
    /(sandy ?bridge|ivy ?bridge|haswell|broadwell|skylake|cascade ?lake|ice ?lake|sapphire ?rapids|emerald ?rapids|granite ?rapids)/i.exec(
      raw,
    );
  const label = gen?.[1].replace(/\s/g, '').toLowerCase();
  const host = label ? typicalCloudHosts[label] : undefined;
  if (host) return (host as Record<string, string>)[where] ?? host.default;
  return undefined;
}
const aws: Record<string, { cpu: string; hostThreads?: number }> = {};
const unresolved = new Set<string>();
for (const r of csv(join(shared, 'cloud', 'aws-instances-latest-2026.csv'))) {
  const family = r['Instance Type'].split('.')[0];
  const cpu = familyCpu(r['Platform CPU Name'], 'aws');
  if (!cpu) {
    if (r['Platform CPU Name']) unresolved.add(r['Platform CPU Name']);
    continue;
  }
  const entry = (aws[family] ??= { cpu });
  if (entry.cpu !== cpu) continue; // the family's first-listed CPU stands
  if (/\.metal/.test(r['Instance Type'])) entry.hostThreads = Math.max(entry.hostThreads ?? 0, Number(r.vCPUs));
}
const gcp: Record<string, { cpu: string; hostThreads?: number }> = {};
for (const r of csv(join(shared, 'cloud', 'gcp-instances-latest-2026.csv'))) {
  const family = r['Instance Type'].split('-')[0];
  const cpu = familyCpu(r['CPU Name'], 'gcp');
  if (!cpu) {
    unresolved.add(r['CPU Name']);
    continue;
  }
  const entry = (gcp[family] ??= { cpu });
  if (entry.cpu === cpu && /-metal$/.test(r['Instance Type']))
    entry.hostThreads = Math.max(entry.hostThreads ?? 0, Number(r['Instance vCPU']));
}
const azure = csv(join(inputs, 'azure-series.csv')).map((r) => {
  const rec = recordByKey.get(cpuNameKey(r.cpu));
  if (!rec) fail(`azure-series.csv: "${r.cpu}" is not in the table`);
  new RegExp(r.pattern, 'i'); // throws on a bad pattern
  return {
    pattern: r.pattern,
    cpu: rec.name,
    ...(Number(r.hostThreads) > 0 ? { hostThreads: Number(r.hostThreads) } : {}),
  };
});
for (const u of [...unresolved].sort())
  warnings.push(`instance lists: no CPU record for "${u}" (those families are left out)`);

// Sockets of the providers' hosts per microarchitecture (ccf: Azure and GCP run 1-socket
// EPYC Rome/Milan hosts, 2-socket Intel and Naples hosts), for hosts no metal size shows.
const CCF_CPU_MICROARCH: Record<string, string> = {
  'EPYC 1st Gen': 'epyc-gen1',
  'EPYC 2nd Gen': 'epyc-gen2',
  'EPYC 3rd Gen': 'epyc-gen3',
  'Sandy Bridge': 'sandybridge',
  'Ivy Bridge': 'ivybridge',
  Haswell: 'haswell',
  Broadwell: 'broadwell',
  Skylake: 'skylake',
  'Cascade Lake': 'cascadelake',
  'Coffee Lake': 'coffeelake',
};
const cloudSockets: Record<string, number> = {};
for (const file of ['azure-instances-cpus.csv', 'gcp-instances-cpus.csv']) {
  for (const r of csv(join(shared, 'cloud', file))) {
    const label = CCF_CPU_MICROARCH[r.Microarchitecture];
    const n = Number(r['CPU Sockets']);
    if (!label || !(n > 0)) continue;
    if (cloudSockets[label] !== undefined && cloudSockets[label] !== n)
      fail(`${file}: ${r.Microarchitecture} has ${n} sockets, another list ${cloudSockets[label]}`);
    cloudSockets[label] = n;
  }
}

const sortObj = <T>(o: Record<string, T>): Record<string, T> =>
  Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );
const table: CpuTable = {
  version: 1,
  sources: SOURCES,
  microarchitectureYears: sortObj(MICROARCH_YEAR),
  cpus: records,
  x86Models,
  armParts,
  typicalCloudHosts: sortObj(typicalCloudHosts),
  cloudHostSockets: sortObj(cloudSockets),
  instanceFamilies: { aws: sortObj(aws), gcp: sortObj(gcp), azure },
};
// Coverage: every CPU name in the SPECpower training data must find its own record.
for (const [file, column] of [
  ['servers.csv', 'HW_CPUName'],
  ['servers-epyc-7763.csv', 'HW_CPUName'],
  ['servers-2023plus.csv', 'CPU Description'],
] as const) {
  for (const r of csv(join(shared, 'specpower', file))) {
    const got = lookupCpu(r[column], table);
    const want = canonicalCpuName(r[column]);
    if (got?.name !== want)
      fail(`${file}: "${r[column]}" looks up ${got ? `"${got.name}"` : 'nothing'}, expected "${want}"`);
  }
}
writeFileSync(join(root, 'data', 'cpu-table.json'), JSON.stringify(table, null, 1) + '\n');
for (const w of warnings) console.warn(`derive-cpu-table: note: ${w}`);
console.log(
  `derive-cpu-table: data/cpu-table.json (${records.length} CPUs, ${Object.keys(aws).length} AWS and ${Object.keys(gcp).length} GCP families, ${azure.length} Azure series)`,
);
