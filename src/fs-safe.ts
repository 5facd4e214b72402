// File-system helpers for paths users and runners hand us. Node's recursive mkdir loops
// forever on a path under /proc (`history-path: /proc/x/y`: procfs answers ENOENT to every
// mkdir, and Node's mkdirp retries the parent), so directories are made one level at a time
// here. Errors are put in words a user can act on ("read-only file system", not "EROFS").
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

const WORDS: Record<string, string> = {
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device (disk full)',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'a directory is in the way',
  ENOTDIR: 'a file is in the way of a directory',
  ENOENT: 'no such file or directory',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** "could not write /x/report.json: read-only file system (EROFS)"; never a stack trace. */
export function describeFsError(err: unknown, action: string, path: string): string {
  const e = err as NodeJS.ErrnoException;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const words = code ? WORDS[code] : undefined;
  const detail = words
    ? `${words} (${code})`
    : code
      ? `${code}: ${firstLine(e.message)}`
      : firstLine(String((e as Error)?.message ?? e));
  return `could not ${action} ${path}: ${detail}`;
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}

function missingParents(dir: string, exists: (p: string) => boolean): string[] {
  const todo: string[] = [];
  let p = resolve(dir);
  while (!exists(p)) {
    todo.push(p);
    const parent = dirname(p);
    if (parent === p) break;
    p = parent;
  }
  return todo.reverse();
}

function existsDirSync(p: string): boolean {
  let isDir: boolean;
  try {
    isDir = statSync(p).isDirectory();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
  if (!isDir) throw Object.assign(new Error(`${p} is not a directory`), { code: 'ENOTDIR' });
  return true;
}

/** mkdir -p that creates one level at a time and fails instead of looping. */
export function mkdirpSync(dir: string): void {
  for (const d of missingParents(dir, existsDirSync)) {
    try {
      mkdirSync(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

/** The async twin of mkdirpSync. */
export async function mkdirp(dir: string): Promise<void> {
  const todo: string[] = [];
  let p = resolve(dir);
  for (;;) {
    try {
      const s = await stat(p);
      if (!s.isDirectory()) throw Object.assign(new Error(`${p} is not a directory`), { code: 'ENOTDIR' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      todo.push(p);
      const parent = dirname(p);
      if (parent === p) throw err;
      p = parent;
    }
  }
  for (const d of todo.reverse()) {
    try {
      await mkdir(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

/**
 * Writes `text` to `path` whole or not at all: a temporary file beside it, then a rename.
 * A full disk leaves the old file (or none), never a truncated one.
 */
export function writeFileAtomicSync(path: string, text: string): void {
  mkdirpSync(dirname(path));
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (err) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // best effort: the error below is what matters
    }
    throw err;
  }
}

/**
 * Throws the file system's own error when `dir` takes no new data. mkdir and an empty open succeed on a full tmpfs
 * (they need no data blocks), so only a write of real bytes tells a full disk from a healthy one.
 */
export function assertWritableDir(dir: string, probeBytes = 4096): void {
  const probe = join(dir, `.write-probe-${process.pid}`);
  try {
    writeFileSync(probe, Buffer.alloc(probeBytes));
  } finally {
    try {
      rmSync(probe, { force: true });
    } catch {
      // Not ours to remove (a directory of that name): the write's own error is the one to tell.
    }
  }
}

/** Why `dir` takes no new data ("could not write in /x: no space left on the device (disk full) (ENOSPC)"), or ''. */
export function writeProblem(dir: string): string {
  try {
    assertWritableDir(dir);
    return '';
  } catch (err) {
    return describeFsError(err, 'write in', dir);
  }
}
