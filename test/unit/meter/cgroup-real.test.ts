// On a real cgroup of this machine: a child cgroup is created beside this process's own, a
// process is moved into it, and a busy process outside it must not count. Needs root and a
// writable cgroup file system; where the machine does not allow it the tests are skipped and
// their titles say why (the logic is covered by the fixture tests in cgroup.test.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCgroupUsageReader, discoverCgroup } from '../../../src/meter/cgroup';
import { createEnergyIntegrator } from '../../../src/meter/energy';
import type { HeaderRecord, MeterRecord } from '../../../src/meter/sample-format';
import { cgroupReaderFor, startSampler } from '../../../src/meter/sampler';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Where a child cgroup can be made, or why not. */
function probe(): { dir: string } | { skip: string } {
  if (process.platform !== 'linux') return { skip: `not Linux (${process.platform})` };
  if (process.getuid?.() !== 0) return { skip: 'not root: cannot create a cgroup' };
  const own = discoverCgroup({ hostCpus: 1 });
  if (own.status !== 'ok' || !own.usageFile) return { skip: `no usable cgroup counter (${own.reason ?? own.status})` };
  const dir = join(dirname(own.usageFile), `carbon-action-test-${process.pid}`);
  try {
    mkdirSync(dir);
  } catch (err) {
    return { skip: `cannot create ${dir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
  try {
    // A process must be movable into it, too (a read-only or delegated hierarchy refuses).
    const p = spawn('sleep', ['5'], { stdio: 'ignore' });
    writeFileSync(join(dir, 'cgroup.procs'), `${p.pid}\n`);
    p.kill('SIGKILL');
  } catch (err) {
    return {
      skip: `cannot move a process into ${dir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    };
  }
  return { dir };
}

const where = probe();
const skip = 'skip' in where ? where.skip : null;
const children: ChildProcess[] = [];
const busy = (): ChildProcess => {
  const c = spawn('sh', ['-c', 'while :; do :; done'], { stdio: 'ignore' });
  children.push(c);
  return c;
};
/** utime + stime of a process, µs (USER_HZ is 100 on every Linux the project runs on). */
const processCpuUsec = (pid: number): number => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
};

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await sleep(200);
  if (!skip) {
    for (let i = 0; i < 10; i++) {
      try {
        rmdirSync((where as { dir: string }).dir);
        break;
      } catch {
        await sleep(100); // the killed processes are still leaving the cgroup
      }
    }
  }
});

describe(skip ? `real cgroup — SKIPPED: ${skip}` : 'real cgroup (a child cgroup of this machine)', () => {
  it.skipIf(skip !== null)(
    'a busy process outside the cgroup does not count; the sampler reads ~0 % in container scope',
    async () => {
      const dir = (where as { dir: string }).dir;
      const idle = spawn('sleep', ['30'], { stdio: 'ignore' });
      children.push(idle);
      writeFileSync(join(dir, 'cgroup.procs'), `${idle.pid}\n`);
      const outside = busy();
      await sleep(200);
      const out = join(mkdtempSync(join(tmpdir(), 'cgroup-real-')), 'samples.jsonl');
      const outsideBefore = processCpuUsec(outside.pid!);
      const sampler = startSampler({
        outFile: out,
        intervalMs: 200,
        scope: 'container',
        // In the container scope /proc/stat is kept at the memory pace; here it is compared each tick.
        memoryEveryMs: 200,
        readers: {
          cgroup: (scope) => cgroupReaderFor(scope, { dir }),
          gpu: async () => ({ header: { status: 'absent' } }),
        },
      });
      await sleep(1600);
      await sampler.stop();
      const outsideUsedUsec = processCpuUsec(outside.pid!) - outsideBefore;
      outside.kill('SIGKILL');
      idle.kill('SIGKILL');
      const recs = readFileSync(out, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as MeterRecord);
      const header = recs[0] as HeaderRecord;
      expect(header.scope).toMatchObject({
        requested: 'container',
        used: 'container',
        cgroup: { usageFile: expect.stringContaining(dir) },
      });
      const allowance = header.scope!.cgroup!.allowanceCpus;
      const run = (containerCpus?: number) => {
        const integ = createEnergyIntegrator({
          cpuCurveW: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110],
          memoryWPerGb: 0,
          memoryGb: 0,
          containerCpus,
        });
        for (const r of recs) integ.add(r);
        return integ.result();
      };
      const container = run(allowance);
      const machine = run();
      // The outside process really ran (≥ 0.1 CPU-s of 1.6 s on a shared, loaded 2-core machine) …
      expect(outsideUsedUsec).toBeGreaterThan(100_000);
      // … /proc/stat saw it, and the container's own counter did not.
      expect(machine.cpuUtilisation!.mean).toBeGreaterThan(0.2);
      expect(container.cpuUtilisation!.mean).toBeLessThan(0.03);
      expect(container.energyWh.cpu).toBeLessThan(machine.energyWh.cpu);
    },
  );

  it.skipIf(skip !== null)(
    'a busy process inside the cgroup counts: the cgroup counter matches its own CPU time',
    async () => {
      const dir = (where as { dir: string }).dir;
      const inside = busy();
      await sleep(50);
      writeFileSync(join(dir, 'cgroup.procs'), `${inside.pid}\n`);
      const reader = createCgroupUsageReader(cgroupReaderFor('container', { dir }).header.cgroup!.usageFile);
      const cg0 = reader.read();
      const p0 = processCpuUsec(inside.pid!);
      await sleep(1500);
      const cg1 = reader.read();
      const p1 = processCpuUsec(inside.pid!);
      reader.close();
      const cgUsed = cg1 - cg0;
      const procUsed = p1 - p0;
      inside.kill('SIGKILL');
      // It ran (the machine is shared: at least 0.1 CPU-s of 1.5 s) …
      expect(procUsed).toBeGreaterThan(100_000);
      // … and the cgroup counted the same CPU time, within 10 % or 30 ms (the process's ticks are 10 ms coarse).
      expect(Math.abs(cgUsed - procUsed)).toBeLessThan(Math.max(30_000, 0.1 * procUsed));
    },
  );
});
