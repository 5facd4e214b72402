import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalOutputs } from '../../../src/action/local-outputs';
import type { GateResult } from '../../../src/schema/report';
import { sampleReport } from '../../fixtures/report/sample';

describe('createLocalOutputs', () => {
  it('an unwritable report is one note in the summary and one warning, however often the results are rewritten', () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-local-'));
    const reportPath = join(dir, 'report.json');
    mkdirSync(reportPath); // EISDIR: the write fails as on a full disk
    const summaryPath = join(dir, 'summary.md');
    const warnings: string[] = [];
    const outputs: Record<string, string> = {};
    const local = createLocalOutputs({
      reportPath,
      summaryPath,
      warn: (m) => warnings.push(m),
      setOutput: (n, v) => (outputs[n] = v),
    });
    const gate: GateResult = { budgets: [], exceeded: false, mode: 'fail' };
    // The post step writes once before the network phase and again after it (and at its deadline).
    for (let i = 0; i < 3; i++) {
      const status = local.write({ report: sampleReport(), gate, notes: [] });
      expect(status).toMatchObject({ reportWritten: false, summaryWritten: true, outputsFailed: [] });
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/could not write the JSON report .*a directory is in the way \(EISDIR\)/);
    expect(readFileSync(summaryPath, 'utf8').match(/JSON report was not written/g)).toHaveLength(1);
    expect(outputs['report-path']).toBe('');
  });
});
