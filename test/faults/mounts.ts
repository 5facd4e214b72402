// Real file-system faults for the fault suite: a tmpfs mounted read-only, one turned read-only under a running job
// (a read-only bind mount stacked on it, as `mount -o remount,ro` would refuse while the sampler holds a file open
// for writing), and a small tmpfs filled to the last byte. This needs mount(2): root, or CAP_SYS_ADMIN. Where that is
// missing, probeMounting() says why and the tests that need it are skipped loudly; the approximations in
// local.test.ts (EISDIR, a /proc path, /dev/full) run everywhere.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface MountProbe {
  ok: boolean;
  /** Why mounting is impossible here; empty when it works. */
  reason: string;
}

const run = (cmd: string, args: string[]): void => void execFileSync(cmd, args, { stdio: 'pipe', timeout: 10_000 });

function why(err: unknown): string {
  const e = err as { stderr?: Buffer; message?: string };
  return (e.stderr?.toString().trim() || e.message || String(err)).split('\n')[0];
}

/** Mounts and unmounts a 64 KiB tmpfs in a fresh directory. */
export function probeMounting(): MountProbe {
  if (process.platform !== 'linux')
    return { ok: false, reason: `mount(2) tests run on Linux only, not ${process.platform}` };
  const dir = mkdtempSync(join(tmpdir(), 'carbon-mount-probe-'));
  try {
    run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'carbon-fault', dir]);
    run('umount', [dir]);
    return { ok: true, reason: '' };
  } catch (err) {
    return { ok: false, reason: `cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): ${why(err)}` };
  } finally {
    rmdirSync(dir);
  }
}

export function mountTmpfs(dir: string, opts: { sizeKiB: number; readOnly?: boolean }): void {
  run('mount', ['-t', 'tmpfs', '-o', `size=${opts.sizeKiB}k${opts.readOnly ? ',ro' : ''}`, 'carbon-fault', dir]);
}

/** Makes `dir` read-only for every path lookup from now on; files already open for writing keep working. */
export function makeReadOnly(dir: string): void {
  run('mount', ['--bind', dir, dir]);
  run('mount', ['-o', 'remount,bind,ro', dir]);
}

/** Writes into `dir` until the file system refuses with ENOSPC; returns the bytes written. */
export function fillUp(dir: string): number {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let written = 0;
  for (let i = 0; ; i++) {
    try {
      writeFileSync(join(dir, `filler-${i}`), chunk);
      written += chunk.length;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      // The last chunk did not fit: fill what is left in small pieces so not one byte is free.
      for (let j = 0; ; j++) {
        try {
          writeFileSync(join(dir, `crumb-${i}-${j}`), Buffer.alloc(512, 0x62));
          written += 512;
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ENOSPC') return written;
          throw e;
        }
      }
    }
  }
}

/** How many mounts sit on `dir` (a bind mount stacks on the tmpfs under it). */
export function mountCount(dir: string): number {
  const target = resolve(dir);
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .filter((l) => l.split(' ')[4] === target).length;
}

/** Lazily detaches every mount on `dir`: a sampler still holding a file there must not make cleanup fail. */
export function unmountAll(dir: string): void {
  for (let n = mountCount(dir); n > 0; n--) run('umount', ['-l', dir]);
}
