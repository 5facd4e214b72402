// The CLI's readable report: the figures first, then how they were obtained, so a reader
// can judge them. Plain text, ≤ 80 columns (long lines wrap with a hanging indent).

import { shellQuote } from './shell-quote';
import type { Report } from '../schema/report';
import { capitalise, greenerRegionText, methodTexts, regionText, type MethodTexts } from './describe';
import { sanitizeTerminalText } from './escape';
import { formatDurationS, formatEnergyWh, formatMassG, formatPowerW } from './format';

export interface TextOptions {
  /** ANSI bold headings and a yellow assumption line. Off by default. */
  color?: boolean;
  /** Wrap width in columns. Default 80. */
  width?: number;
}

const LABEL_WIDTH = 14;

/** Greedy word wrap; words longer than the line are kept whole (paths, URLs). A unit such
 * as "%" never starts a line on its own ("−93.5 %" stays together). */
export function wrapText(text: string, width: number, indent: string, firstIndent = indent): string[] {
  const words = text
    .split(' ')
    .filter((w) => w.length > 0)
    .reduce<string[]>((acc, w) => {
      if (/^%/.test(w) && acc.length > 0) acc[acc.length - 1] += ' ' + w;
      else acc.push(w);
      return acc;
    }, []);
  const lines: string[] = [];
  let line = firstIndent;
  let lineHasWord = false;
  for (const word of words) {
    if (lineHasWord && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (lineHasWord ? ' ' : '') + word;
    }
    lineHasWord = true;
  }
  lines.push(line);
  return lines;
}

/** The lines so far, and how to add a heading, a labelled row or a bulleted paragraph to them. */
interface TextWriter {
  out: string[];
  bold: (s: string) => string;
  clean: (s: unknown) => string;
  row: (label: string, value: string, indent?: string) => void;
  para: (text: string, indent?: string, bullet?: string) => void;
}

export function renderText(report: Report, options: TextOptions = {}): string {
  const width = options.width ?? 80;
  const out: string[] = [];
  const w: TextWriter = {
    out,
    bold: (s) => (options.color ? `\u001b[1m${s}\u001b[22m` : s),
    clean: (s) => sanitizeTerminalText(s, 500),
    row: (label, value, indent = '  ') => {
      const first = `${indent}${label.padEnd(LABEL_WIDTH)}`;
      out.push(...wrapText(value, width, ' '.repeat(first.length), first));
    },
    para: (text, indent = '  ', bullet = '- ') => {
      out.push(...wrapText(text, width, indent + ' '.repeat(bullet.length), indent + bullet));
    },
  };
  const yellow = (s: string): string => (options.color ? `\u001b[33m${s}\u001b[39m` : s);
  const { bold, clean, para } = w;
  const m = methodTexts(report);

  writeFigures(w, report, m);
  if (report.equivalents.length > 0) {
    out.push('');
    out.push(bold('That is about'));
    for (const e of report.equivalents) para(clean(e.text));
  }
  if (report.greenerRegions.length > 0) {
    out.push('');
    out.push(bold('Greener regions'));
    for (const r of report.greenerRegions) {
      para(`${capitalise(clean(greenerRegionText(r, report.co2eG.operational)))}.`);
    }
  }
  writeMethod(w, report, m);
  if (report.intensity.assumption) {
    out.push('');
    for (const line of wrapText(`ASSUMPTION: ${clean(report.intensity.assumption)}`, width, '  ', '! '))
      out.push(yellow(line));
  }
  if (report.warnings.length > 0) {
    out.push('');
    out.push(bold('Warnings'));
    for (const warning of report.warnings) para(clean(warning), '  ', '! ');
  }
  return out.join('\n') + '\n';
}

/** The heading, the command and its duration, the energy and the CO2e. */
function writeFigures({ out, bold, clean, row }: TextWriter, report: Report, m: MethodTexts): void {
  out.push(bold(`carbon-action ${clean(report.tool.version)}: energy and CO2e estimate`));
  if (report.command && report.command.length > 0) {
    const exit =
      report.exitCode === undefined
        ? ''
        : report.exitCode === null
          ? ` (${report.signal ? `killed by ${clean(report.signal)}` : 'killed by a signal'})`
          : ` (exit ${clean(report.exitCode)})`;
    row('Command', `${clean(shellQuote(report.command.map(String)))}${exit}`, '');
  }
  row('Duration', formatDurationS(report.durationS), '');
  out.push('');

  out.push(bold('Energy (IT equipment, before PUE)'));
  row('CPU', formatEnergyWh(report.energyWh.cpu));
  row('Memory', formatEnergyWh(report.energyWh.memory));
  row(
    'GPU',
    report.methods.gpu.method === 'none'
      ? `${formatEnergyWh(report.energyWh.gpu)} (no GPU metered)`
      : formatEnergyWh(report.energyWh.gpu),
  );
  row('Total', formatEnergyWh(report.energyWh.total));
  row('Power', `mean ${formatPowerW(report.powerW.mean)}, peak ${formatPowerW(report.powerW.peak)}`);
  out.push('');

  out.push(bold('CO2e'));
  row('Operational', `${formatMassG(report.co2eG.operational)} (${clean(m.operationalFormula)})`);
  row(
    'Embodied',
    `${formatMassG(report.co2eG.embodied)} (${report.includeEmbodied ? 'included in total' : 'not in total'})`,
  );
  row('Total', formatMassG(report.co2eG.total));
  row('SCI', `${formatMassG(report.sci.gPerRun)} CO2e per run`);
}

/** How each figure was estimated, one labelled row a part. */
function writeMethod({ out, bold, clean, row }: TextWriter, report: Report, m: MethodTexts): void {
  out.push('');
  out.push(bold('How this was estimated'));
  row('CPU', clean(m.cpu));
  if (m.cpuRange) row('CPU range', clean(m.cpuRange));
  if (m.cpuScope) row('Metered', clean(m.cpuScope));
  if (m.raplNotUsed) row('No RAPL', clean(m.raplNotUsed));
  row('Memory', clean(m.memory));
  row('GPU', clean(m.gpu));
  row('Region', clean(regionText(report)));
  row('Intensity', clean(m.intensity));
  row('PUE', clean(m.pue));
  row('Embodied', clean(m.embodiedRule));
  row('Samples', clean(m.samples));
}
