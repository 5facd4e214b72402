import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess, loadRunners, README, readmeWithTable } from '../../../scripts/runner-table';

// Table-driven: machine descriptions of the runners people use (GitHub-hosted x64 on AMD and
// Intel, arm64, macOS, Windows, larger runners; AWS m5/m6i/m6a/m7i/m7a/m6g/m7g/c5; GCP
// n1/n2/n2d/c3/t2a; Azure D-series; GitLab SaaS; desktops, laptops and a server on bare metal).
// Each must land on the expected host, and its full-load CPU power per vCPU must lie within
// BAND of one host thread's share of the host chips' TDP (TDP × chips ÷ host threads).
// The model charges the host's whole non-memory power (CPUs, fans, PSU losses, disks), which
// on SPECpower servers at full load is about 0.5–1.5 × the chips' TDP; the band leaves room
// either side without letting a whole-server mistake (20× and more) through.
const BAND = { min: 0.4, max: 2.5 };

const runners = loadRunners();

describe('runner descriptions', () => {
  it('cover at least 25 runners, each category of issue 8', () => {
    expect(runners.length).toBeGreaterThanOrEqual(25);
    for (const c of ['github', 'aws', 'gcp', 'azure', 'gitlab', 'bare'])
      expect(
        runners.some((r) => r.category === c),
        c,
      ).toBe(true);
    for (const fam of ['m5', 'm6i', 'm6a', 'm7i', 'm7a', 'm6g', 'm7g', 'c5'])
      expect(
        runners.some((r) => r.machine.instanceType?.startsWith(`${fam}.`)),
        fam,
      ).toBe(true);
    for (const fam of ['n1', 'n2', 'n2d', 'c3', 't2a'])
      expect(
        runners.some((r) => r.machine.instanceType?.startsWith(`${fam}-`)),
        fam,
      ).toBe(true);
    expect(new Set(runners.map((r) => r.id)).size).toBe(runners.length);
  });
});

describe.each(runners.map((r) => [r.id, r] as const))('%s', (_id, runner) => {
  const a = assess(runner);

  it(`lands on ${runner.expect.hostSockets} × ${runner.expect.hostCpu}, ${runner.expect.hostThreads} threads`, () => {
    expect(a.curve.host.cpu).toBe(runner.expect.hostCpu);
    expect(a.curve.host.sockets).toBe(runner.expect.hostSockets);
    expect(a.curve.hostThreads).toBe(runner.expect.hostThreads);
  });

  it(`charges full-load CPU power per vCPU within ${BAND.min}–${BAND.max} × the host thread's TDP share`, () => {
    expect(
      a.ratio,
      `${a.fullWPerVcpu.toFixed(2)} W per vCPU vs ${a.tdpShareWPerThread.toFixed(2)} W TDP share`,
    ).toBeGreaterThanOrEqual(BAND.min);
    expect(a.ratio).toBeLessThanOrEqual(BAND.max);
  });

  it('gives a curve that rises with load (never falls, and 100 % well above idle)', () => {
    const w = a.curve.vmCurveW;
    for (let k = 1; k < 11; k++) expect(w[k], `level ${k}: ${w.join(', ')}`).toBeGreaterThanOrEqual(w[k - 1]);
    expect(w[10]).toBeGreaterThan(1.3 * w[0]);
  });

  it('says in the method line how the host was found', () => {
    expect(a.curve.detail).toContain(a.curve.assumptions[0]);
    if (a.machine.virtualized || a.machine.githubHosted) expect(a.curve.detail).toMatch(/VM share \d+\/\d+/);
    else expect(a.curve.detail).toMatch(/bare metal/);
  });
});

describe('README "What carbon-action assumes on each runner"', () => {
  it('is current with the runner descriptions (regenerate: npx tsx scripts/runner-table.ts)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(
      readmeWithTable(readme) === readme,
      'README.md runner table is stale: run npx tsx scripts/runner-table.ts',
    ).toBe(true);
  });
});
