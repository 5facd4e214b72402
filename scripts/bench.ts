// npm run bench: every benchmark, one after the other (they measure CPU, so never in
// parallel), printed as JSON and saved to .bench/results.json. Needs a built dist/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchAction } from './bench/action';
import { benchDashboard } from './bench/dashboard';
import { benchIntegration } from './bench/integration';
import { benchSamplerMarginal } from './bench/marginal';
import { benchSampler } from './bench/sampler';

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${process.platform}`;
const results: Record<string, unknown> = { machine, at: new Date().toISOString() };
const all = [
  ['integration', benchIntegration],
  ['action', benchAction],
  ['dashboard', benchDashboard],
  ['sampler', benchSampler],
  ['sampler-marginal', benchSamplerMarginal],
] as const;
// `npm run bench -- sampler-marginal` runs only the named benchmarks.
const only = process.argv.slice(2);
for (const [name, bench] of all.filter(([n]) => only.length === 0 || only.includes(n))) {
  process.stderr.write(`bench: ${name}…\n`);
  results[name] = await bench();
  process.stderr.write(JSON.stringify(results[name]) + '\n');
}
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log(JSON.stringify(results, null, 2));
