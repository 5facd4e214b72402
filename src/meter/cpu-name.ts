import { loadDataJson } from '../data-files';

// A machine reports "Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz" or
// "AMD EPYC 7763 64-Core Processor"; the TDP table (CodeCarbon's cpu_power.csv) says
// "Intel Xeon Platinum 8370C" and "AMD EPYC 7763". Normalise both sides the same way,
// then match on tokens the way CodeCarbon does (exact first, then a table name whose
// tokens all appear in the machine's name), so the two meet.

export interface CpuTdpTable {
  source: string;
  commit: string;
  licence: string;
  /** Normalised marketing name → TDP per chip, watts. */
  tdpW: Record<string, number>;
}

export interface TdpMatch {
  tdpW: number;
  matchedName: string;
}

const SPELLED_CORE_COUNT = /^(dual|quad|six|eight|ten|twelve|sixteen)-core\s+/i;

/** Strips trademarks, frequency, core count, "CPU"/"Processor" and parenthesised notes. */
export function normaliseCpuName(raw: string): string {
  return (
    raw
      .replace(/\((r|tm|c)\)/gi, ' ')
      .replace(/[®™]/g, ' ')
      // "(Intel Turbo Boost Technology up to 3.0 GHz)", "(2.30GHz)", "(9M Cache, …)"
      .replace(/\([^)]*\)/g, ' ')
      // "@ 2.80GHz", "@2.50 GHz", "2.20 GHz", "2.0Ghz", "1066 MHz"
      .replace(/@?\s*\d+(\.\d+)?\s*[gm]hz\b/gi, ' ')
      .replace(/@/g, ' ')
      // "64-Core Processor", "80-Core"
      .replace(/\b\d+-core\b/gi, ' ')
      .replace(SPELLED_CORE_COUNT, '')
      .replace(/\b(cpu|processor)\b/gi, ' ')
      // "E5-2660V2" / "E3-1265Lv3" → "E5-2660 v2" / "E3-1265L v3"
      .replace(/\b([a-z]?\d-\d{4}[a-z]?)v(\d)\b/gi, '$1 v$2')
      .replace(/\b(v\d)\b/gi, (m) => m.toLowerCase())
      .replace(/[,;]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function tokens(name: string): string[] {
  return name.toLowerCase().split(' ').filter(Boolean);
}

interface IndexedEntry {
  name: string;
  tdpW: number;
  tokens: string[];
}

const indexCache = new WeakMap<CpuTdpTable, { exact: Map<string, IndexedEntry>; entries: IndexedEntry[] }>();

function indexOf(table: CpuTdpTable) {
  let index = indexCache.get(table);
  if (!index) {
    const entries = Object.entries(table.tdpW).map(([name, tdpW]) => ({ name, tdpW, tokens: tokens(name) }));
    const exact = new Map(entries.map((e) => [e.tokens.join(' '), e]));
    index = { exact, entries };
    indexCache.set(table, index);
  }
  return index;
}

export function loadCpuTdpTable(): CpuTdpTable {
  return loadDataJson<CpuTdpTable>('cpu-tdp.json');
}

/**
 * TDP per chip for a reported CPU name, or null when the table has no trustworthy match. Rule: normalise; exact
 * (case-insensitive) match; otherwise the table names whose every token occurs in the machine's name (CodeCarbon's
 * token-set ratio of 100), keeping only names of at least two tokens with a model number among them (so "AMD EPYC"
 * alone or a bare number never claims a CPU; a missing vendor word is inferred); the most specific (most tokens, then
 * longest) wins, ties broken alphabetically so the result is deterministic.
 */
export function lookupTdpW(raw: string, table: CpuTdpTable = loadCpuTdpTable()): TdpMatch | null {
  const wanted = tokens(normaliseCpuName(raw));
  if (wanted.length === 0) return null;
  const { exact, entries } = indexOf(table);
  const hit = exact.get(wanted.join(' '));
  if (hit) return { tdpW: hit.tdpW, matchedName: hit.name };
  // Some names omit the vendor ("Xeon L5420"): add it so the table's "Intel Xeon L5420" can match.
  const have = new Set([...wanted, ...(vendorOf(wanted.join(' ')) === 'other' ? [] : [vendorOf(wanted.join(' '))])]);
  let best: IndexedEntry | null = null;
  for (const e of entries) {
    if (e.tokens.length < 2 || !e.tokens.some((t) => /\d/.test(t))) continue;
    if (!e.tokens.every((t) => have.has(t))) continue;
    if (
      !best ||
      e.tokens.length > best.tokens.length ||
      (e.tokens.length === best.tokens.length &&
        (e.name.length > best.name.length || (e.name.length === best.name.length && e.name < best.name)))
    ) {
      best = e;
    }
  }
  return best ? { tdpW: best.tdpW, matchedName: best.name } : null;
}

/** "Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz" → 2800 (MHz); null when the name gives no clock. */
export function baseClockMhzFromName(raw: string): number | null {
  const m = /(?:^|[\s@])(\d+(?:\.\d+)?)\s*GHz\b/i.exec(raw);
  const mhz = m ? Math.round(Number(m[1]) * 1000) : 0;
  return mhz > 0 ? mhz : null;
}

/** "AMD EPYC 7763 64-Core Processor" → 64; null when the name does not say. */
export function coresPerChipFromName(raw: string): number | null {
  const m = /\b(\d+)-core\b/i.exec(raw);
  if (m) return Number(m[1]);
  const spelled = SPELLED_CORE_COUNT.exec(raw.trim());
  if (spelled)
    return { dual: 2, quad: 4, six: 6, eight: 8, ten: 10, twelve: 12, sixteen: 16 }[spelled[1].toLowerCase()] ?? null;
  return null;
}

export type CpuVendor = 'intel' | 'amd' | 'other';

export interface CpuFamily {
  /** Microarchitecture label, e.g. "cascadelake", "epyc-gen3"; "unknown" when the name does not say. */
  family: string;
  /** Year the family reached servers; null when unknown. */
  eraYear: number | null;
  vendor: CpuVendor;
}

// Families of the SPECpower training data and what came after, with the year they
// reached servers. The power model only has offsets for families it was trained on.
const ERA_YEAR: Record<string, number> = {
  netburst: 2005,
  core: 2007,
  opteron: 2009,
  nehalem: 2009,
  sandybridge: 2012,
  ivybridge: 2013,
  haswell: 2014,
  broadwell: 2016,
  skylake: 2017,
  coffeelake: 2018,
  cascadelake: 2019,
  cooperlake: 2020,
  icelake: 2021,
  rocketlake: 2021,
  sapphirerapids: 2023,
  emeraldrapids: 2023,
  graniterapids: 2024,
  'epyc-gen1': 2017,
  'epyc-gen2': 2019,
  'epyc-gen3': 2021,
  'epyc-gen4': 2022,
  'epyc-gen5': 2024,
  // 2023+ SPECpower families (servers-2023plus.csv).
  icelaked: 2022,
  sierraforest: 2024,
  'xeon6-p': 2025,
  'ampere-altra': 2020,
  grace: 2023,
};

function vendorOf(n: string): CpuVendor {
  // Ampere's names say "Multi-Core", which the Intel rule below would take for "core".
  if (/\b(ampere|grace|nvidia|neoverse|graviton|cobalt)\b/.test(n)) return 'other';
  if (/\b(amd|epyc|opteron|ryzen|threadripper|athlon|phenom)\b/.test(n)) return 'amd';
  if (/\b(intel|xeon|core|pentium|celeron|atom)\b/.test(n)) return 'intel';
  return 'other';
}

function familyLabel(n: string): string {
  let m: RegExpExecArray | null;
  if (/\bampere\b.*\baltra\b/.test(n)) return 'ampere-altra';
  if (/\bgrace\b/.test(n)) return 'grace';
  // Xeon 6 (2024–): 6xxxE Sierra Forest E-cores; 6xxxP/6xxxV P-cores (Granite Rapids, and the 6300P entry parts).
  if ((m = /\bxeon (?:gold |platinum )?6\d{3}([a-z]*)\b/.exec(n)) && /^(e|p|v)$/.test(m[1]))
    return m[1] === 'e' ? 'sierraforest' : 'xeon6-p';
  if (/\bxeon-?d\b|\bxeon d-\d{4}/.test(n) || /\bd-2[0-9]{3}[a-z]*\b/.test(n)) return 'icelaked';
  if ((m = /\bepyc \d[0-9a-z]{2}(\d)[a-z]*\b/.exec(n))) {
    const gen = Number(m[1]);
    return gen >= 1 && gen <= 5 ? `epyc-gen${gen}` : 'unknown';
  }
  if (/\bopteron\b/.test(n)) return 'opteron';
  if (
    (m = /\b(platinum|gold|silver|bronze) \d(\d)\d\d([a-z+]*)(?![\w])/.exec(n)) ||
    (m = /\bxeon ()[89](\d)\d\d([a-z+]*)(?![\w])/.exec(n))
  ) {
    const gen = Number(m[2]);
    if (gen === 3 && /^h/.test(m[3])) return 'cooperlake';
    return ['unknown', 'skylake', 'cascadelake', 'icelake', 'sapphirerapids', 'emeraldrapids'][gen] ?? 'unknown';
  }
  if ((m = /\be[357]-\d{4}[a-z]*(?: v(\d))?\b/.exec(n))) {
    const v = m[1] ? Number(m[1]) : 1;
    if (/\be7-/.test(n) && v === 1) return 'nehalem'; // Westmere-EX
    return ['unknown', 'sandybridge', 'ivybridge', 'haswell', 'broadwell', 'skylake', 'skylake'][v] ?? 'unknown';
  }
  if ((m = /\be-2(\d)\d\d/.exec(n)))
    return ({ 1: 'coffeelake', 2: 'coffeelake', 3: 'rocketlake' } as Record<string, string>)[m[1]] ?? 'unknown';
  if (/\bxeon\b/.test(n) || /^intel [xelw]\d{4}\b/.test(n)) {
    // Pre-2012 numbering: [XELW]?NNNN.
    if ((m = /\b[xelwe]?(\d)(\d)\d\d[a-z]*\b/.exec(n))) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a === 7 && b <= 1) return 'netburst';
      if ((a === 5 && b >= 5) || (a === 3 && b >= 4) || (a === 7 && b >= 5) || (a === 6 && b >= 5)) return 'nehalem';
      if (a === 3 || a === 5 || a === 7) return 'core';
    }
  }
  return 'unknown';
}

/** Microarchitecture family, its server year and vendor, from the reported name alone. */
export function cpuFamilyFromName(raw: string): CpuFamily {
  const n = normaliseCpuName(raw).toLowerCase();
  const family = familyLabel(n);
  return { family, eraYear: ERA_YEAR[family] ?? null, vendor: vendorOf(n) };
}

/**
 * The CPU model family a name belongs to: vendor and model number without the suffix letters,
 * so 8534P and 8534PN, 9654 and 9654P, E5640 and L5640 are one group; "v2" stays (another die).
 */
export function cpuGroup(raw: string): string {
  const n = normaliseCpuName(raw)
    .toLowerCase()
    .replace(/\bxeon-d\b/, 'xeon d');
  const vendor = cpuFamilyFromName(raw).vendor;
  let m: RegExpExecArray | null;
  if ((m = /\bepyc (\d[0-9a-z]{2}\d)/.exec(n))) return `amd epyc ${m[1]}`;
  if ((m = /\bopteron (?:[a-z]+ )?(\d{3,4})/.exec(n))) return `amd opteron ${m[1]}`;
  if ((m = /\b(e[357])-(\d{4})[a-z]*(?: (v\d))?/.exec(n))) return `intel xeon ${m[1]}-${m[2]}${m[3] ? ` ${m[3]}` : ''}`;
  if ((m = /\be-(\d{4})/.exec(n))) return `intel xeon e-${m[1]}`;
  if ((m = /\bd-?\s?(\d{4})/.exec(n)) && /xeon/.test(n)) return `intel xeon d-${m[1]}`;
  if ((m = /\bxeon (?:[a-z]+ )?[a-z]?(\d{4})/.exec(n))) return `intel xeon ${m[1]}`;
  if ((m = /\baltra(?: max)?.*?\b([mq]\d+-\d+)/.exec(n))) return `ampere ${m[1]}`;
  if (/\bgrace\b/.test(n)) return 'nvidia grace';
  return `${vendor} ${n}`;
}
