import { describe, expect, it } from 'vitest';
import { renderText, wrapText } from '../../../src/report/text';
import { sampleReport } from '../../fixtures/report';

// The fixture (makeSampleReport in test/fixtures/report.ts), worked by hand:
//   memory 16 GB × 0.392 W/GB = 6.272 W × 372 s = 2333.2 J = 0.6481 Wh → "648 mWh"
//   CPU 5327.9 J = 1.47997 Wh → "1.48 Wh"; total 2.12808 Wh → "2.13 Wh"
//   mean 2.12808 Wh × 3600 / 372 s = 20.59 W → "20.6 W"; peak 25.472 W → "25.5 W"
//   operational 2.12808 / 1000 × 1.185 × 383 = 0.96584 g → "966 mg"
//   embodied 1200 kg × 1000 × 372 / (4 × 8766 × 3600) × 4/128 = 0.11051 g → "111 mg"
//   SCI 0.96584 + 0.11051 = 1.07635 g → "1.08 g"
//   swedencentral 2.12808 / 1000 × 1.185 × 20 = 0.050435 g → "50.4 mg", (0.050435 − 0.96584)/0.96584 = −94.8 %
describe('renderText', () => {
  const text = renderText(sampleReport());
  const lines = text.split('\n');

  it('gives the figures with units', () => {
    expect(text).toMatch(/^Duration +6 min 12 s$/m);
    expect(text).toMatch(/^ {2}CPU +1\.48 Wh$/m);
    expect(text).toMatch(/^ {2}Memory +648 mWh$/m);
    expect(text).toMatch(/^ {2}GPU +0 Wh \(no GPU metered\)$/m);
    expect(text).toMatch(/^ {2}Total +2\.13 Wh$/m);
    expect(text).toMatch(/^ {2}Power +mean 20\.6 W, peak 25\.5 W$/m);
    expect(text).toMatch(/^ {2}Operational +966 mg \(2\.13 Wh × PUE 1\.185 × 383 g\/kWh = 966 mg\)$/m);
    expect(text).toMatch(/^ {2}Embodied +111 mg \(not in total\)$/m);
    expect(text).toMatch(/^ {2}Total +966 mg$/m);
    expect(text).toMatch(/^ {2}SCI +1\.08 g CO2e per run$/m);
  });

  it('lists equivalents and greener regions as sentences', () => {
    expect(text).toContain('driving 5.7 m in an average petrol car');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Had this run in azure:swedencentral (20 g/kWh), it would have emitted 50.4 mg (\u221294.8 %).',
    );
  });

  it('explains the method: model, why not RAPL, region decision, intensity source and year, PUE, embodied rule', () => {
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('How this was estimated');
    expect(flat).toContain('power model from utilisation: SPECpower fit v1, AMD EPYC 7763');
    expect(flat).toContain('No RAPL no /sys/class/powercap/intel-rapl:* domains (virtual machine)');
    expect(flat).toContain('azure:github-hosted-us, assumed: GitHub-hosted runner, documented default');
    expect(flat).toContain(
      '383 g/kWh (yearly average; Electricity Maps yearly average via @tgwf/co2 0.19.0, 2025); boundary: lifecycle',
    );
    expect(flat).toContain('PUE 1.185 (Azure fleet PUE as used by Cloud Carbon Footprint)');
    expect(flat).toContain(
      'SCI M = TE × time share × resource share = 1200 kg × (6 min 12 s ÷ 4 years = 2.95e-6) × 0.0313 = 111 mg',
    );
    expect(flat).toContain('! ASSUMPTION: GitHub does not say where a hosted runner runs');
    expect(flat).toContain('! RAPL unavailable on this virtual machine');
  });

  it('stays within 80 columns and has no colour codes by default', () => {
    for (const line of lines) expect(Array.from(line).length, line).toBeLessThanOrEqual(80);
    expect(text).not.toContain('\u001b');
  });

  it('uses ANSI bold only when color is asked for', () => {
    expect(renderText(sampleReport(), { color: true })).toContain('\u001b[1mHow this was estimated\u001b[22m');
  });

  it('says the world average loudly and shows the command with its exit code', () => {
    const report = sampleReport();
    report.command = ['npm', 'test'];
    report.exitCode = 1;
    report.intensity = {
      ...report.intensity,
      region: null,
      decidedBy: 'world-average',
      assumption: 'No region known: using the world average 473 g/kWh; set --region for a meaningful figure.',
    };
    const out = renderText(report).replace(/\s+/g, ' ');
    expect(out).toMatch(/Command +npm test \(exit 1\)/);
    expect(out).toContain('Region world average, unknown: no region given or detected');
    expect(out).toContain('! ASSUMPTION: No region known: using the world average');
  });

  it('strips terminal escape sequences and newlines from untrusted text', () => {
    const report = sampleReport();
    report.command = ['echo', '\u001b[2Jcleared\nsecond line'];
    const out = renderText(report);
    expect(out).not.toContain('\u001b');
    expect(out).toMatch(/^Command +echo ' ?\[2Jcleared second line'$/m); // quoted as a shell would, then cleaned
  });

  it('a report file from elsewhere (a fork artifact) cannot start a line of its own: exit code, PUE and sample counts are cleaned too', () => {
    const report = sampleReport();
    report.command = ['npm', 'test'];
    (report as unknown as { exitCode: unknown }).exitCode = '1\n::error::from the exit code';
    (report.pue as unknown as { value: unknown }).value = '1.185\n::error::from the PUE';
    (report.samples as unknown as { count: unknown }).count = '3\n::error::from the samples\u001b[2J';
    const out = renderText(report);
    expect(out).not.toMatch(/^::/m);
    expect(out).not.toContain('\u001b');
  });
});

describe('wrapText', () => {
  it('wraps at the width with a hanging indent and keeps long words whole', () => {
    expect(wrapText('aaa bbb ccc', 7, '  ', '')).toEqual(['aaa bbb', '  ccc']);
    expect(wrapText('x'.repeat(12), 5, '', '')).toEqual(['x'.repeat(12)]);
  });
});

describe('wrapText keeps a percent sign with its number', () => {
  it('moves "−93.5 %" to the next line whole rather than splitting it', () => {
    const lines = wrapText('it would have emitted 372 µg (−93.5 %).', 36, '  ');
    expect(lines).toEqual(['  it would have emitted 372 µg', '  (−93.5 %).']);
  });
});

describe('CPU energy range', () => {
  it('shows the modelled CPU energy band with its basis, and nothing for a report without one', () => {
    const report = sampleReport();
    // 1.47997 Wh × 0.8 = 1.18398 → "1.18 Wh"; × 1.25 = 1.84996 → "1.85 Wh"
    report.energyWh.cpuRange = [report.energyWh.cpu * 0.8, report.energyWh.cpu * 1.25];
    report.methods.cpu.band = { low: 0.8, high: 1.25, coverage: 0.8, basis: 'family epyc-gen3' };
    const flat = renderText(report).replace(/\s+/g, ' ');
    expect(flat).toContain(
      "CPU range 1.18 Wh to 1.85 Wh (80 % band of the model's grouped cross-validation error, family epyc-gen3; it " +
        'cancels when comparing runs on the same machine class)',
    );
    expect(renderText(sampleReport())).not.toContain('CPU range');
  });
});
