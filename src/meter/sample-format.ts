// The sampler's JSON-lines file: one header, then one line per tick, then an end line on a
// clean stop. Lines are kept short (216,000 of them for 6 h at 100 ms) and every field
// carries its unit in its name. Bump SAMPLE_FORMAT_VERSION on any breaking change; readers
// refuse newer versions.

export const SAMPLE_FORMAT_VERSION = 1;

export interface RaplDomainHeader {
  /** e.g. "package-0". */
  name: string;
  /** e.g. "/sys/class/powercap/intel-rapl:0". */
  dir: string;
  /** Counter range; energy_uj wraps to 0 after this value. */
  maxEnergyRangeUj: number;
}

export interface RaplHeader {
  status: 'ok' | 'unreadable' | 'absent';
  /** Why RAPL is not used, with the exact path and error code when a read failed. */
  reason?: string;
  domains: RaplDomainHeader[];
}

export interface GpuHeaderEntry {
  index: number;
  name: string;
  memoryMiB?: number;
}

export interface GpuHeader {
  status: 'ok' | 'absent' | 'error';
  reason?: string;
  gpus?: GpuHeaderEntry[];
  /** nvidia-smi --query-gpu fields streamed, in order. */
  fields?: string[];
}

export interface HeaderRecord {
  type: 'header';
  v: number;
  startedAt: string;
  intervalMs: number;
  pid: number;
  platform: string;
  /** Where utilisation comes from: cumulative /proc/stat ticks, or systeminformation's load. */
  cpuSource: 'proc-stat' | 'systeminformation';
  memTotalB: number;
  rapl: RaplHeader;
  gpus: GpuHeader;
}

/** Cumulative ticks since boot, busy = user+nice+system+irq+softirq, total adds idle+iowait+steal. */
export interface CpuTicksRecord {
  busy: number;
  total: number;
}

export interface GpuSampleRecord {
  /** nvidia-smi index. */
  i: number;
  /** power.draw, W; null when the GPU does not report it. */
  w: number | null;
  /** utilization.gpu, 0..100 %; null when not reported. */
  util: number | null;
  /** Cumulative energy counter, mJ, where a reader offers one (NVML); absent from nvidia-smi. */
  mj?: number;
}

export interface SampleRecord {
  type: 'sample';
  /** Epoch milliseconds when the counters were read. */
  t: number;
  /** Linux: cumulative ticks. */
  cpu?: CpuTicksRecord;
  /** Linux: [busy, total] per logical CPU. */
  perCpu?: [number, number][];
  /** macOS/Windows: mean utilisation 0..1 since the previous sample. */
  util?: number;
  /** energy_uj per RAPL package domain, in header order. */
  rapl?: number[];
  /** Memory in use: on the first and last sample and at most every 10 s between (no estimate uses it). */
  mem?: { usedB: number };
  gpu?: GpuSampleRecord[];
}

export type EndReason = 'signal' | 'stop-file' | 'stop' | 'error';

export interface EndRecord {
  type: 'end';
  t: number;
  reason: EndReason;
}

/** Something the sampler wants the report to know (a reader failing mid-run). */
export interface WarnRecord {
  type: 'warn';
  t: number;
  message: string;
}

export type MeterRecord = HeaderRecord | SampleRecord | EndRecord | WarnRecord;
