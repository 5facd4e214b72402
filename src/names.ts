// Names from the workflow (GITHUB_JOB, GITHUB_WORKFLOW, the jobs API's display name) are
// unbounded: a 10,000-character job name made 10 KB comment markers (two or three such jobs
// overflowed GitHub's 65,536-character comment), and a GITHUB_JOB over 255 characters made
// a file name the OS refuses (ENAMETOOLONG). Long names keep a readable head and a hash of
// the whole, so two long names that share a head stay apart and the same name always maps
// to the same text.
import { createHash } from 'node:crypto';

export const NAME_MAX_CHARS = 100;
export const FILE_COMPONENT_MAX_CHARS = 80;

const hash12 = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** At most `max` code points: the name itself, or its head, "~" and a 12-hex hash of the whole. */
export function boundName(name: string, max = NAME_MAX_CHARS): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  return `${chars.slice(0, max - 13).join('')}~${hash12(name)}`;
}

/** A name made safe for one path component: [A-Za-z0-9._-] only, at most `max` characters. */
export function safeFileComponent(name: string, max = FILE_COMPONENT_MAX_CHARS): string {
  const safe = name.replace(/[^A-Za-z0-9._-]/g, '_');
  if (safe.length <= max) return safe;
  return `${safe.slice(0, max - 13)}-${hash12(name)}`;
}
