import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './data-files';

let version: string | undefined;

/** The version in package.json at the package root (dist/ ships beside it). */
export function toolVersion(): string {
  if (!version) {
    try {
      version = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      version = '0.0.0-unknown';
    }
  }
  return version;
}
