import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRaplReader, discoverRapl, raplDeltaUj, type RaplFs } from '../../../src/meter/rapl';
import { materialiseTree } from './sysfs-tree';

describe('discoverRapl', () => {
  it('finds only top-level package zones, in numeric order, with their counter range', () => {
    const base = materialiseTree('two-sockets.json');
    const r = discoverRapl({ baseDir: base });
    expect(r.status).toBe('ok');
    expect(r.domains).toEqual([
      { name: 'package-0', dir: join(base, 'intel-rapl:0'), maxEnergyRangeUj: 262143328850 },
      { name: 'package-1', dir: join(base, 'intel-rapl:1'), maxEnergyRangeUj: 262143328850 },
    ]);
    // The dram subzones (listed flat as intel-rapl:0:0 too) are not counted.
    expect(createRaplReader(r.domains)()).toEqual([71053418765, 68410933512]);
  });

  it('ignores psys, subzones and the MMIO duplicate on a laptop', () => {
    const base = materialiseTree('laptop-psys.json');
    const r = discoverRapl({ baseDir: base });
    expect(r.status).toBe('ok');
    expect(r.domains.map((d) => d.name)).toEqual(['package-0']);
    expect(r.domains[0].dir).toBe(join(base, 'intel-rapl:0'));
  });

  it('says unreadable, with the exact path and error code, when energy_uj cannot be read', () => {
    const base = materialiseTree('unreadable.json');
    const r = discoverRapl({ baseDir: base });
    expect(r.status).toBe('unreadable');
    expect(r.reason).toBe(`cannot read ${join(base, 'intel-rapl:0', 'energy_uj')} (EISDIR)`);
  });

  it('reports EACCES as non-root users get it since the 2020 fix (mocked fs)', () => {
    const files: Record<string, string> = {
      '/pc/intel-rapl:0/name': 'package-0\n',
      '/pc/intel-rapl:0/max_energy_range_uj': '262143328850\n',
    };
    const fs: RaplFs = {
      readdirSync: () => ['intel-rapl', 'intel-rapl:0', 'intel-rapl:0:0'],
      readFileSync: (p: string) => {
        if (p in files) return files[p];
        throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
      },
    };
    const r = discoverRapl({ baseDir: '/pc', fs });
    expect(r).toEqual({
      status: 'unreadable',
      reason: 'cannot read /pc/intel-rapl:0/energy_uj (EACCES)',
      domains: [],
    });
  });

  it('is absent without powercap or without RAPL zones', () => {
    expect(discoverRapl({ baseDir: '/nonexistent/powercap' })).toMatchObject({
      status: 'absent',
      reason: expect.stringContaining('ENOENT'),
    });
    const base = materialiseTree('no-rapl.json');
    expect(discoverRapl({ baseDir: base })).toMatchObject({
      status: 'absent',
      reason: expect.stringContaining('no intel-rapl:N'),
    });
  });

  it('rejects a counter that is not a number', () => {
    const fs: RaplFs = {
      readdirSync: () => ['intel-rapl:0'],
      readFileSync: (p: string) =>
        p.endsWith('name') ? 'package-0' : p.endsWith('max_energy_range_uj') ? '1000' : 'garbage',
    };
    expect(discoverRapl({ baseDir: '/x', fs })).toMatchObject({
      status: 'unreadable',
      reason: 'cannot read /x/intel-rapl:0/energy_uj (EBADVALUE)',
    });
  });
});

describe('raplDeltaUj', () => {
  it('is the plain difference without a wrap', () => {
    expect(raplDeltaUj(5_000_000, 9_000_000, 262143328850)).toBe(4_000_000);
  });
  it('adds the counter range back after a wrap', () => {
    // 1 J before the top of the range, 2 J after it wrapped: 3 J = 3,000,000 µJ
    expect(raplDeltaUj(262143328850 - 1_000_000, 2_000_000, 262143328850)).toBe(3_000_000);
  });
});
