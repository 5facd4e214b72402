import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  importCycles,
  importSpecifiers,
  layerViolations,
  readSources,
  resolveImport,
  SRC_DIR,
  type ImportGraph,
} from './import-graph';

// Imports flow one way (docs/architecture.md): schema ← meter ← carbon ← pipeline ← baseline/history ← report ←
// log-sanitise ← dashboard/export ← github ← action/cli. A back-edge or a cycle fails here, naming the file and
// the import.

const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));
const describeViolations = (graph: ImportGraph): string[] =>
  layerViolations(graph).map((v) => `${v.from} → ${v.to}: ${v.why}`);

describe('the import graph of src/', () => {
  const sources = readSources(SRC_DIR);
  const graph = buildGraph(sources);

  it('reads every source file and resolves their relative imports', () => {
    expect(sources.size).toBeGreaterThan(100);
    expect(graph.get('action/post.ts')).toContain('action/post-impl.ts');
    expect(graph.get('cli/measure.ts')).toContain('pipeline/estimate.ts');
  });

  it('has no back-edge: nothing imports from a layer above its own, and peers do not import each other', () => {
    expect(describeViolations(graph)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(importCycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });
});

describe('the checker itself', () => {
  it('names a back-edge: a renderer imported by the meter', () => {
    const graph = graphOf({ 'meter/energy.ts': ['report/format.ts'], 'report/format.ts': ['schema/report.ts'] });
    expect(describeViolations(graph)).toEqual([
      'meter/energy.ts → report/format.ts: meter (layer 2) imports report (layer 6)',
    ]);
  });

  it('names a pure module that imports the GitHub adapter, and peers that import each other', () => {
    const graph = graphOf({
      'report/run-comment-render.ts': ['github/comments.ts'],
      'cli/measure.ts': ['action/context.ts', 'github/jobs.ts'],
      'dashboard/index.ts': ['export/csv.ts'],
    });
    expect(describeViolations(graph)).toEqual([
      'report/run-comment-render.ts → github/comments.ts: github may be imported only by action',
      'cli/measure.ts → action/context.ts: cli and action are peers (layer 10)',
      'cli/measure.ts → github/jobs.ts: github may be imported only by action',
      'dashboard/index.ts → export/csv.ts: dashboard and export are peers (layer 8)',
    ]);
  });

  it('lets a layer use its own folder, lower layers and the root helpers', () => {
    const graph = graphOf({
      'action/post-impl.ts': ['action/compare.ts', 'github/client.ts', 'report/markdown.ts', 'names.ts'],
      'version.ts': ['data-files.ts'],
      'log-sanitise.ts': ['report/escape.ts'],
    });
    expect(describeViolations(graph)).toEqual([]);
  });

  it('flags a folder that is in no layer', () => {
    expect(describeViolations(graphOf({ 'plugins/x.ts': [] }))).toEqual([
      'plugins/x.ts → : plugins is in no layer: add it to LAYERS and docs/architecture.md',
    ]);
  });

  it('finds a cycle, in order, and a file that imports itself', () => {
    const graph = graphOf({
      'carbon/a.ts': ['carbon/b.ts'],
      'carbon/b.ts': ['carbon/c.ts', 'schema/report.ts'],
      'carbon/c.ts': ['carbon/a.ts'],
      'schema/report.ts': [],
      'meter/self.ts': ['meter/self.ts'],
    });
    expect(importCycles(graph)).toEqual([
      ['carbon/a.ts', 'carbon/b.ts', 'carbon/c.ts', 'carbon/a.ts'],
      ['meter/self.ts', 'meter/self.ts'],
    ]);
    expect(importCycles(graphOf({ 'carbon/a.ts': ['carbon/b.ts'], 'carbon/b.ts': [] }))).toEqual([]);
  });

  it('reads static, type-only, re-exported and dynamic imports, and resolves them to files', () => {
    const text = [
      "import * as core from './log';",
      "import type { Report } from '../schema/report';",
      "export { isPullRequestEventName } from '../github/history-branch';",
      "const { runPublish } = await import('./publish-mode');",
      "import {\n  a,\n  b,\n} from '../carbon';",
      "import { spawn } from 'node:child_process';",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual([
      './log',
      '../schema/report',
      '../github/history-branch',
      './publish-mode',
      '../carbon',
      'node:child_process',
    ]);
    const files = new Set(['action/log.ts', 'carbon/index.ts', 'schema/report.ts']);
    expect(resolveImport('action/main.ts', './log', files)).toBe('action/log.ts');
    expect(resolveImport('action/main.ts', '../carbon', files)).toBe('carbon/index.ts');
    expect(resolveImport('action/main.ts', '../schema/report.js', files)).toBe('schema/report.ts');
    expect(resolveImport('action/main.ts', 'node:fs', files)).toBeUndefined();
  });
});
