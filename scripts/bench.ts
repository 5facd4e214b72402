// npm run bench: every benchmark, one after the other (they measure CPU, so never in
// parallel), printed as JSON and saved to .bench/results.json. Needs a built dist/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchAction } from './bench/action';
import { benchDashboard } from './bench/dashboard';
import { benchIntegration } from './bench/integration';
import { benchSampler } from './bench/sampler';

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${process.platform}`;
const results: Record<string, unknown> = { machine, at: new Date().toISOString() };
for (const [name, bench] of [
  ['integration', benchIntegration],
  ['action', benchAction],
  ['dashboard', benchDashboard],
  ['sampler', benchSampler],
] as const) {
  process.stderr.write(`bench: ${name}…\n`);
  results[name] = await bench();
  process.stderr.write(JSON.stringify(results[name]) + '\n');
}
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log(JSON.stringify(results, null, 2));
