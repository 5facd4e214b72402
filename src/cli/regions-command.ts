// `carbon-action regions [--provider azure|aws|gcp] [--json]`: the valid region names, so a
// user can pick `--region` / `region:` without reading source files.
import { Option, type Command } from 'commander';
import { PROVIDERS, type Provider } from '../carbon/data';
import { listRegions, type RegionListRow } from '../carbon/region-list';

export function renderRegionTable(rows: RegionListRow[]): string {
  const header = ['region', 'location', 'zone', 'g/kWh', 'year', 'google g/kWh'];
  const cells = rows.map((r) => [
    r.id,
    r.location,
    r.zone,
    r.gPerKWh === null ? '–' : String(r.gPerKWh),
    r.year === null ? '–' : String(r.year),
    r.google ? `${r.google.gPerKWh} (${r.google.year})` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]): string =>
    c
      .map((x, i) => (i === 3 || i === 4 ? x.padStart(widths[i]) : x.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [line(header), ...cells.map(line)];
  out.push(
    '',
    `${rows.length} region${rows.length === 1 ? '' : 's'}. g/kWh: Electricity Maps yearly average for the zone ` +
      `(lifecycle), via @tgwf/co2, ODbL.`,
    'google g/kWh: Google Cloud region-carbon-info yearly figure (operational), used with --grid-source google.',
    'Also accepted: zone:<Electricity Maps zone> and country:<ISO code>. --json gives each row with its full source.',
  );
  return out.join('\n') + '\n';
}

export function registerRegionsCommand(program: Command): void {
  program
    .command('regions')
    .description('list every known cloud region with its grid zone, yearly intensity and source')
    .addOption(new Option('--provider <provider>', 'only this cloud provider').choices([...PROVIDERS]))
    .option('--json', 'print JSON (one object per region, with its source)', false)
    .action((o: { provider?: Provider; json: boolean }) => {
      const rows = listRegions(o.provider);
      process.stdout.write(o.json ? JSON.stringify(rows, null, 2) + '\n' : renderRegionTable(rows));
    });
}
