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

/** The container's cgroup, when utilisation comes from its CPU-time counter. */
export interface CgroupHeader {
  version: 1 | 2;
  path: string;
  /** cpu.stat (v2) or cpuacct.usage (v1). */
  usageFile: string;
  /** CPUs its quota allows (quota ÷ period); null for no quota. */
  quotaCpus: number | null;
  /** CPUs in its effective cpuset; null when unknown. */
  cpusetCpus: number | null;
  /** The CPUs it may use at once: quota, else cpuset, else every CPU of the machine. */
  allowanceCpus: number;
  allowanceSource: 'quota' | 'cpuset' | 'host';
  /** Its memory limit, bytes; null or absent for none. */
  memoryLimitB?: number | null;
}

/** Which CPU counter utilisation comes from. Files written before scopes existed lack it: machine. */
export interface ScopeHeader {
  requested: 'auto' | 'machine' | 'container';
  used: 'machine' | 'container';
  /** Why, in words, for the report's method line. */
  reason: string;
  /** Present when used is container. */
  cgroup?: CgroupHeader;
}

export interface HeaderRecord {
  type: 'header';
  v: number;
  startedAt: string;
  intervalMs: number;
  pid: number;
  platform: string;
  /**
   * Where utilisation comes from: cumulative /proc/stat ticks, os.cpus() times (macOS, Windows),
   * or systeminformation's load (files from older versions).
   */
  cpuSource: 'proc-stat' | 'os-cpus' | 'systeminformation';
  memTotalB: number;
  rapl: RaplHeader;
  gpus: GpuHeader;
  scope?: ScopeHeader;
  /** macOS: CPU and GPU power read from powermetrics; absent elsewhere. */
  powermetrics?: PowermetricsHeader;
}

export interface PowermetricsHeader {
  status: 'ok' | 'absent' | 'error';
  reason?: string;
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
  /** Linux: cumulative ticks; macOS/Windows: cumulative os.cpus() ms, summed over CPUs. */
  cpu?: CpuTicksRecord;
  /** [busy, total] per logical CPU. */
  perCpu?: [number, number][];
  /** Older files (systeminformation): mean utilisation 0..1 since the previous sample. */
  util?: number;
  /** Container scope: the cgroup's cumulative CPU time, µs. */
  cg?: number;
  /**
   * macOS powermetrics: cumulative CPU and GPU energy, J, since powermetrics started: each of
   * its samples adds power × its own elapsed time, so deltas between lines are exact.
   */
  pm?: { cpuJ: number; gpuJ: number };
  /** energy_uj per RAPL package domain, in header order. */
  rapl?: number[];
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
