// RAPL energy counters through the powercap sysfs interface (Intel, and AMD Zen which
// exposes the same files). Only top-level package domains are read: "intel-rapl:0", not the
// "intel-rapl:0:0" core/uncore/dram subdomains (already inside the package figure), and only
// those whose name is "package-N" ("psys" on some laptops also contains the package).
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import type { RaplDomainHeader, RaplHeader } from './sample-format';

export const DEFAULT_POWERCAP_DIR = '/sys/class/powercap';

/** The few fs calls RAPL discovery makes; injectable so tests can fake EACCES (tests run as root). */
export interface RaplFs {
  readdirSync(path: string): string[];
  readFileSync(path: string, encoding: 'utf8'): string;
}

const TOP_LEVEL_DOMAIN = /^intel-rapl:\d+$/;
const PACKAGE_NAME = /^package-\d+$/;

function errCode(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? (err as Error)?.message ?? String(err);
}

function readCounterUj(fs: RaplFs, path: string): number {
  const text = fs.readFileSync(path, 'utf8').trim();
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) {
    throw Object.assign(new Error(`${path} holds ${JSON.stringify(text)}, expected a microjoule count`), {
      code: 'EBADVALUE',
    });
  }
  return value;
}

/**
 * Finds the package domains and checks their counters can be read now.
 * status "absent": no powercap RAPL here (VMs, macOS); "unreadable": present but a read
 * failed, with the exact path and error code (EACCES since the 2020 PLATYPUS fix made
 * energy_uj root-only).
 */
export function discoverRapl(opts: { baseDir?: string; fs?: RaplFs } = {}): RaplHeader {
  const baseDir = opts.baseDir ?? DEFAULT_POWERCAP_DIR;
  const fs = opts.fs ?? (nodeFs as unknown as RaplFs);
  let entries: string[];
  try {
    entries = fs.readdirSync(baseDir);
  } catch (err) {
    return { status: 'absent', reason: `${baseDir} not readable (${errCode(err)})`, domains: [] };
  }
  const candidates = entries
    .filter((e) => TOP_LEVEL_DOMAIN.test(e))
    .sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1]));
  if (candidates.length === 0)
    return { status: 'absent', reason: `no intel-rapl:N domains in ${baseDir}`, domains: [] };

  const domains: RaplDomainHeader[] = [];
  for (const entry of candidates) {
    const dir = join(baseDir, entry);
    let name: string;
    const namePath = join(dir, 'name');
    try {
      name = fs.readFileSync(namePath, 'utf8').trim();
    } catch (err) {
      return { status: 'unreadable', reason: `cannot read ${namePath} (${errCode(err)})`, domains };
    }
    if (!PACKAGE_NAME.test(name)) continue;
    let maxEnergyRangeUj: number;
    const rangePath = join(dir, 'max_energy_range_uj');
    const energyPath = join(dir, 'energy_uj');
    try {
      maxEnergyRangeUj = readCounterUj(fs, rangePath);
    } catch (err) {
      return { status: 'unreadable', reason: `cannot read ${rangePath} (${errCode(err)})`, domains };
    }
    try {
      readCounterUj(fs, energyPath);
    } catch (err) {
      return { status: 'unreadable', reason: `cannot read ${energyPath} (${errCode(err)})`, domains };
    }
    domains.push({ name, dir, maxEnergyRangeUj });
  }
  if (domains.length === 0) {
    return { status: 'absent', reason: `no package-N domain among ${candidates.join(', ')} in ${baseDir}`, domains };
  }
  return { status: 'ok', domains };
}

/** Reads energy_uj of each domain, in the given order. */
export function createRaplReader(
  domains: RaplDomainHeader[],
  fs: RaplFs = nodeFs as unknown as RaplFs,
): () => number[] {
  const paths = domains.map((d) => join(d.dir, 'energy_uj'));
  return () => paths.map((p) => readCounterUj(fs, p));
}

/** Energy between two readings of one counter, undoing one wrap past maxEnergyRangeUj. */
export function raplDeltaUj(prevUj: number, nextUj: number, maxEnergyRangeUj: number): number {
  const d = nextUj - prevUj;
  return d >= 0 ? d : d + maxEnergyRangeUj;
}
