#!/usr/bin/env node
// The carbon-action command line: thin glue over the pipeline. Usage errors exit 2.
import '../meter/idle-gc'; // first: it must run before the other modules grow the heap
import { Command, CommanderError, Option } from 'commander';
import { toolVersion } from '../version';
import { registerDashboardCommand } from './dashboard-command';
import { registerExportCommand } from './export-command';
import { guardWorkflowCommands } from './guard-output';
import { measure } from './measure';
import {
  parseGridSourceOption,
  parseMemoryModelOption,
  parseScopeOption,
  parseIntensityOption,
  parseIntervalOption,
  parsePueOption,
  parseRegionOption,
  type MeasureOptions,
} from './measure-options';
import { registerPowerModelCommand } from './power-model-command';
import { registerRegionsCommand } from './regions-command';
import { registerReportCommand } from './report-command';

export function buildProgram(): Command {
  const program = new Command('carbon-action')
    .description('Meter the energy and CO2e of a command or a CI job, with the method behind every figure.')
    .version(toolVersion(), '-V, --version')
    .showSuggestionAfterError()
    .enablePositionalOptions()
    .exitOverride();

  registerMeasureCommand(program);
  registerPowerModelCommand(program);
  registerReportCommand(program);
  registerDashboardCommand(program);
  registerExportCommand(program);
  registerRegionsCommand(program);
  return program;
}

/** `carbon-action measure [options] -- <command> [args…]`. */
function registerMeasureCommand(program: Command): void {
  program
    .command('measure')
    .description('run a command while metering the machine, then print its energy and CO2e')
    .usage('[options] -- <command> [args…]')
    .argument('[command...]', 'the command to run, after --')
    .addOption(
      new Option('--interval <duration>', 'sampling interval, 100ms–60s: 500ms, 1.5s, 1min, or bare ms (250)')
        .default(1000, '1s')
        .argParser(parseIntervalOption),
    )
    .option('--json <file>', 'also write the JSON report to this file')
    .option('--samples <file>', 'keep the raw samples (JSON lines) in this file')
    .option(
      '--region <region>',
      'azure:<region>, aws:<region>, gcp:<region>, zone:<zone> or country:<ISO code>',
      parseRegionOption,
    )
    .option('--carbon-intensity <gPerKWh>', 'grid intensity override, gCO2e/kWh (0–2000)', parseIntensityOption)
    .option('--pue <pue>', 'power usage effectiveness override (1–3)', parsePueOption)
    .option(
      '--grid-source <source>',
      'yearly grid figures: electricity-maps (lifecycle, default) or google (GCP regions, operational)',
      parseGridSourceOption,
    )
    .option(
      '--memory-model <model>',
      "memory W/GB: measured (fitted to SPECpower, default) or ccf (Cloud Carbon Footprint's 0.392)",
      parseMemoryModelOption,
    )
    .addOption(
      new Option('--electricity-maps-token <token>', 'Electricity Maps API token for live intensity').env(
        'ELECTRICITY_MAPS_TOKEN',
      ),
    )
    .option('--include-embodied', 'add embodied emissions to the total', false)
    .addOption(
      new Option(
        '--scope <scope>',
        "CPU counter to meter: auto (the container's cgroup when in one), machine, container",
      )
        .default('auto')
        .argParser(parseScopeOption),
    )
    .option('-q, --quiet', 'print no report (use with --json)', false)
    .passThroughOptions()
    .action(async (command: string[], o: Record<string, unknown>) => {
      if (command.length === 0) {
        throw new CommanderError(
          2,
          'carbon-action.noCommand',
          'error: measure: no command given after "--"; usage: carbon-action measure [options] -- <command> [args…]',
        );
      }
      const opts = measureOptionsFrom(o);
      const result = await measure(command, opts);
      process.exitCode = result.exitCode;
    });
}

/** Commander's parsed options, already validated by the option parsers, as MeasureOptions. */
function measureOptionsFrom(o: Record<string, unknown>): MeasureOptions {
  return {
    intervalMs: o.interval as number,
    jsonFile: o.json as string | undefined,
    samplesFile: o.samples as string | undefined,
    region: o.region as string | undefined,
    carbonIntensityGPerKWh: o.carbonIntensity as number | undefined,
    pue: o.pue as number | undefined,
    gridSource: o.gridSource as MeasureOptions['gridSource'],
    memoryModel: o.memoryModel as MeasureOptions['memoryModel'],
    electricityMapsToken: (o.electricityMapsToken as string | undefined) || undefined,
    includeEmbodied: Boolean(o.includeEmbodied),
    quiet: Boolean(o.quiet),
    scope: o.scope as MeasureOptions['scope'],
  };
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
        process.exitCode = 0;
        return;
      }
      // Commander prints its own errors; ours (carbon-action.*) are printed here.
      if (err.code.startsWith('carbon-action.')) process.stderr.write(err.message + '\n');
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`carbon-action: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}

// Before anything is printed: no line of the CLI's own output may read as a workflow command.
guardWorkflowCommands(process.stdout);
guardWorkflowCommands(process.stderr);
await main(process.argv);
