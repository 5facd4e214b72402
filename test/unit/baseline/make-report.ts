import { REPORT_SCHEMA_VERSION, type Report } from '../../../src/schema/report';

/** A complete, plausible Report; tests override the figures they check. */
export function makeReport(
  over: {
    co2eG?: number;
    energyWh?: number;
    endedAt?: string;
    runId?: string;
    runAttempt?: string;
    sha?: string;
    branch?: string;
  } = {},
): Report {
  const co2eG = over.co2eG ?? 10;
  const energyWh = over.energyWh ?? 25;
  const endedAt = over.endedAt ?? '2025-03-04T10:05:00.000Z';
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'carbon-action', version: '0.1.0' },
    kind: 'action',
    startedAt: new Date(Date.parse(endedAt) - 300_000).toISOString(),
    endedAt,
    durationS: 300,
    energyWh: { total: energyWh, cpu: energyWh * 0.8, memory: energyWh * 0.2, gpu: 0 },
    powerW: { mean: 300, peak: 350 },
    methods: {
      cpu: { method: 'model', detail: 'test profile' },
      memory: { method: 'coefficient', wPerGb: 0.392, detail: 'CCF' },
      gpu: { method: 'none', detail: 'no GPU' },
    },
    machine: {
      os: 'linux',
      arch: 'x64',
      cpuModel: 'Test CPU',
      sockets: 1,
      physicalCores: 2,
      threads: 4,
      memoryGb: 16,
      virtualized: true,
      cloudProvider: 'azure',
      githubHosted: true,
      gpus: [],
    },
    pue: { value: 1.18, source: 'test' },
    intensity: {
      gPerKWh: 400,
      source: 'test',
      year: 2024,
      region: 'azure:eastus',
      zone: 'US-MIDA-PJM',
      decidedBy: 'github-hosted-default',
      figure: 'yearly',
      boundary: 'lifecycle',
    },
    co2eG: { total: co2eG, operational: co2eG, embodied: 0.1 },
    includeEmbodied: false,
    embodied: { hostKgCo2e: 1000, lifespanYears: 4, timeShare: 1e-5, resourceShare: 0.05, source: 'test' },
    sci: { gPerRun: co2eG, functionalUnit: 'run' },
    equivalents: [],
    greenerRegions: [],
    samples: {
      count: 300,
      intervalS: 1,
      tornLines: 0,
      firstAt: null,
      lastAt: null,
      gapS: 0,
      timeline: [],
      endedEarly: false,
    },
    context: {
      repository: 'o/r',
      workflow: 'CI',
      job: 'test',
      runId: over.runId ?? '1',
      runAttempt: over.runAttempt ?? '1',
      branch: over.branch ?? 'main',
      ...(over.sha ? { sha: over.sha } : {}),
    },
    warnings: [],
  };
}

/** Reports ending one minute apart, oldest first, with the given CO2e figures. */
export function series(co2eG: number[], energyWh?: number[]): Report[] {
  return co2eG.map((g, i) =>
    makeReport({
      co2eG: g,
      energyWh: energyWh?.[i] ?? g * 2,
      endedAt: new Date(Date.UTC(2025, 2, 1, 10, i)).toISOString(),
      runId: String(100 + i),
      sha: `sha${i}`,
    }),
  );
}
