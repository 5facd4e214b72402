import type { MachineInfo } from '../schema/report';
import { coresPerChipFromName } from './cpu-name';
import {
  armCore,
  cloudHostThreads,
  instanceTypeHost,
  loadCpuTable,
  lookupCpu,
  typicalCloudHost,
  x86Microarchitecture,
  type CloudProvider,
  type CpuRecord,
  type CpuTable,
} from './cpu-table';
import {
  DEFAULT_HOST_GB_PER_THREAD,
  predictServerPowerW,
  vmCpuCurve,
  type ServerCurve,
  type ServerSpec,
  type VmCurve,
} from './power-model';

// Which physical server a machine runs on, from what the machine can see: its CPU name, the
// x86 family/model or ARM implementer/part numbers, the hypervisor flag, the provider and the
// instance type. A cloud VM is never the whole server: when nothing names the host, a typical
// cloud host of the same vendor and generation is assumed, and the assumptions say so.

/** What host inference needs of a machine description. */
export type HostMachine = Pick<
  MachineInfo,
  'cpuModel' | 'sockets' | 'physicalCores' | 'threads' | 'memoryGb' | 'virtualized'
> &
  Partial<Pick<MachineInfo, 'os' | 'arch' | 'cloudProvider' | 'githubHosted' | 'instanceType' | 'cpuId'>>;

/** Kept for callers of the old power-model export. */
export type MachineForModel = HostMachine;

export type HostIdentifiedBy = 'bare-metal' | 'instance-type' | 'name' | 'name-core-count' | 'cpu-id' | 'typical-host';

export interface HostSpec extends Required<Pick<ServerSpec, 'cpu' | 'sockets' | 'cores' | 'threads' | 'memoryGb'>> {
  tdpW?: number;
  releaseYear?: number;
  vendor?: string;
  microarchitecture?: string;
}

export interface HostInference {
  host: HostSpec;
  vmThreads: number;
  hostThreads: number;
  share: number;
  /** How the host CPU was found. */
  identifiedBy: HostIdentifiedBy;
  /** The CPU table record of the host, when it has one. */
  record: CpuRecord | null;
  /** Human-readable assumptions behind the host, for the report's method detail. */
  assumptions: string[];
}

// When nothing names the generation: AMD → the EPYC 7763 of GitHub's ubuntu-latest pool,
// Intel → Ice Lake (GitHub's other x64 pool, 8370C), Arm → Neoverse N1 (the most widespread
// Arm cloud core), Apple → M1 (GitHub's macOS runners).
const DEFAULT_GENERATION: Record<'amd' | 'intel' | 'arm' | 'apple', string> = {
  amd: 'epyc-gen3',
  intel: 'icelake',
  arm: 'neoverse-n1',
  apple: 'apple-m1',
};

/**
 * A VM by any sign: the hypervisor flag (or systeminformation's guess), a GitHub-hosted runner, or "(Virtual)" in the
 * CPU name (macOS guests).
 */
export function isVirtualMachine(machine: HostMachine): boolean {
  return machine.virtualized || machine.githubHosted === true || /\bvirtual\b/i.test(machine.cpuModel);
}

function providerOf(machine: HostMachine): CloudProvider | null {
  // GitHub-hosted runners are Azure VMs.
  return machine.cloudProvider ?? (machine.githubHosted ? 'azure' : null);
}

function vendorGuess(machine: HostMachine): keyof typeof DEFAULT_GENERATION | null {
  const n = machine.cpuModel.toLowerCase();
  if (/\bapple\b/.test(n)) return 'apple';
  if (/\b(amd|epyc|ryzen|opteron)\b/.test(n) || machine.cpuId?.vendorId === 'AuthenticAMD') return 'amd';
  if (/\b(intel|xeon)\b/.test(n) || machine.cpuId?.vendorId === 'GenuineIntel') return 'intel';
  if (
    /\b(arm|neoverse|graviton|ampere|cobalt|axion)\b/.test(n) ||
    machine.cpuId?.implementer !== undefined ||
    /^(arm64|aarch64)$/.test(machine.arch ?? '')
  ) {
    return machine.os === 'darwin' ? 'apple' : 'arm';
  }
  if (machine.os === 'darwin' && machine.arch === 'arm64') return 'apple';
  return null;
}

const hex = (n: number, width: number) => `0x${n.toString(16).padStart(width, '0')}`;

/** The microarchitecture the CPU id numbers give, with the words that explain it; null when they give none. */
function microarchFromCpuId(machine: HostMachine, table: CpuTable): { microarchitecture: string; why: string } | null {
  const id = machine.cpuId;
  if (!id) return null;
  if (id.family !== undefined) {
    const e = x86Microarchitecture(id.vendorId ?? null, id.family, id.model ?? null, id.stepping ?? null, table);
    if (e && table.typicalCloudHosts[e.microarchitecture]) {
      return {
        microarchitecture: e.microarchitecture,
        why: `${id.vendorId} cpu family ${id.family} model ${id.model ?? '?'} is ${e.microarchitecture}`,
      };
    }
  }
  if (id.implementer !== undefined && id.part !== undefined) {
    const e = armCore(id.implementer, id.part, table);
    if (e && table.typicalCloudHosts[e.microarchitecture]) {
      return {
        microarchitecture: e.microarchitecture,
        why: `CPU implementer ${hex(id.implementer, 2)} part ${hex(id.part, 3)} is ${e.core}`,
      };
    }
  }
  return null;
}

function fromRecord(record: CpuRecord): Pick<HostSpec, 'tdpW' | 'releaseYear' | 'vendor' | 'microarchitecture'> {
  return {
    tdpW: record.tdpW,
    releaseYear: record.releaseYear,
    vendor: record.vendor,
    microarchitecture: record.microarchitecture,
  };
}

/**
 * The physical server a machine runs on. Bare metal: itself (with the CPU table's TDP, year
 * and microarchitecture when its name is known). VM: the host CPU from, in order, the
 * instance type, the CPU name, a core count in the name, the x86 family/model or ARM part
 * numbers, and last a typical cloud host of the vendor; the host's threads from a metal size
 * where the instance lists show one, else 2 x86 chips (1 Arm chip) at full core count;
 * DEFAULT_HOST_GB_PER_THREAD GB per host thread.
 */
export function inferHost(machine: HostMachine, table: CpuTable = loadCpuTable()): HostInference {
  const sockets = Math.max(1, Math.round(machine.sockets || 1));
  const vmThreads = Math.max(1, Math.round(machine.threads || 1));
  const vmCores = Math.max(1, Math.round(machine.physicalCores || vmThreads));
  const nameRecord = lookupCpu(machine.cpuModel, table);
  if (!isVirtualMachine(machine)) return bareMetalHost(machine, { sockets, vmCores, vmThreads }, nameRecord);

  const provider = providerOf(machine);
  const notes: string[] = [];
  let found: FoundHost | null = hostFromInstanceType(machine, provider, nameRecord, table, notes);
  if (!found && nameRecord) found = { record: nameRecord, identifiedBy: 'name' };
  if (!found) {
    const byCores = hostFromCoreCount(machine, sockets, vmCores, vmThreads);
    if (byCores) return byCores;
    found = hostFromCpuId(machine, provider, table, notes);
  }
  const { record, metalThreads, identifiedBy } = found ?? typicalHost(machine, provider, table, notes);
  const size = metalThreads
    ? {
        threads: metalThreads,
        sockets: record.cloudHostSockets ?? cloudHostThreads(record, table).sockets,
        fromMetal: true,
      }
    : cloudHostThreads(record, table);
  const cores = Math.min(size.threads, size.sockets * record.coresPerChip);
  const sizeWhy = size.fromMetal
    ? 'the size of its largest metal instance'
    : `${size.sockets} chip${size.sockets > 1 ? 's' : ''} × ${record.coresPerChip} cores × ` +
      `${record.threadsPerCore} thread${record.threadsPerCore > 1 ? 's' : ''}, the usual cloud host`;
  return finish(
    machine,
    { cpu: record.name, sockets: size.sockets, cores, threads: size.threads, ...fromRecord(record) },
    vmThreads,
    record,
    identifiedBy,
    [
      ...notes,
      `VM on a ${size.sockets}-socket ${record.name} host of ${cores} cores / ${size.threads} threads (${sizeWhy})`,
    ],
  );
}

/** A host CPU found for a VM, and how; metalThreads when the instance list gives the host's size. */
interface FoundHost {
  record: CpuRecord;
  identifiedBy: HostIdentifiedBy;
  metalThreads?: number;
}

/** Bare metal: the machine is the whole server. */
function bareMetalHost(
  machine: HostMachine,
  counts: { sockets: number; vmCores: number; vmThreads: number },
  nameRecord: CpuRecord | null,
): HostInference {
  const { sockets, vmCores, vmThreads } = counts;
  return {
    host: {
      cpu: machine.cpuModel,
      sockets,
      cores: vmCores,
      threads: vmThreads,
      memoryGb: machine.memoryGb > 0 ? machine.memoryGb : vmThreads * DEFAULT_HOST_GB_PER_THREAD,
      ...(nameRecord ? fromRecord(nameRecord) : {}),
    },
    vmThreads,
    hostThreads: vmThreads,
    share: 1,
    identifiedBy: 'bare-metal',
    record: nameRecord,
    assumptions: [
      `bare metal: the machine is the whole server${nameRecord ? ` (${nameRecord.name} in the CPU table)` : ''}`,
    ],
  };
}

/** The instance type's listed host, unless what the VM reports of itself contradicts it (then a note says so). */
function hostFromInstanceType(
  machine: HostMachine,
  provider: CloudProvider | null,
  nameRecord: CpuRecord | null,
  table: CpuTable,
  notes: string[],
): FoundHost | null {
  if (!machine.instanceType || !provider) return null;
  const hit = instanceTypeHost(provider, machine.instanceType, table);
  if (!hit) return null;
  // Families such as GCP n1 span generations: numbers the VM itself reports beat the list.
  const fromId = !nameRecord ? microarchFromCpuId(machine, table) : null;
  const listed = `instance type ${machine.instanceType} is listed on ${hit.cpu.name}`;
  if (nameRecord && nameRecord !== hit.cpu) {
    notes.push(`${listed}, but the VM reports ${nameRecord.name}: the reported CPU is used`);
    return null;
  }
  if (fromId && fromId.microarchitecture !== hit.cpu.microarchitecture) {
    notes.push(`${listed} (${hit.cpu.microarchitecture}), but ${fromId.why}: the reported generation is used`);
    return null;
  }
  notes.push(`host CPU ${hit.cpu.name} from the ${provider} instance type ${machine.instanceType}`);
  return { record: hit.cpu, metalThreads: hit.hostThreads, identifiedBy: 'instance-type' };
}

/** A CPU the table lacks, whose name still carries its core count ("AMD EPYC 9654 96-Core Processor"). */
function hostFromCoreCount(
  machine: HostMachine,
  sockets: number,
  vmCores: number,
  vmThreads: number,
): HostInference | null {
  const coresPerChip = coresPerChipFromName(machine.cpuModel);
  if (!coresPerChip || coresPerChip * sockets < vmCores) return null;
  const smt = vmThreads > vmCores;
  const cores = coresPerChip * sockets;
  const hostThreads = smt ? cores * 2 : cores;
  return finish(
    machine,
    { cpu: machine.cpuModel, sockets, cores, threads: hostThreads },
    vmThreads,
    null,
    'name-core-count',
    [
      `VM on a ${sockets}-socket host of ${cores} cores / ${hostThreads} threads (core count from the CPU name; ` +
        `${smt ? 'SMT seen in the VM' : 'no SMT seen in the VM'})`,
    ],
  );
}

/** A typical cloud host of the generation the x86 family/model or ARM part numbers name. */
function hostFromCpuId(
  machine: HostMachine,
  provider: CloudProvider | null,
  table: CpuTable,
  notes: string[],
): FoundHost | null {
  const fromId = microarchFromCpuId(machine, table);
  if (!fromId) return null;
  const record = typicalCloudHost(fromId.microarchitecture, provider, table);
  if (!record) return null;
  notes.push(
    `the CPU name "${machine.cpuModel}" names no model; ${fromId.why}: ` +
      `assumed a typical cloud host of that generation, ${record.name}`,
  );
  return { record, identifiedBy: 'cpu-id' };
}

const VENDOR_LABEL: Record<keyof typeof DEFAULT_GENERATION, string> = {
  arm: 'Arm',
  amd: 'AMD',
  intel: 'Intel',
  apple: 'Apple',
};

/** Last resort: a typical cloud host of the vendor the name suggests (AMD when it suggests none). */
function typicalHost(
  machine: HostMachine,
  provider: CloudProvider | null,
  table: CpuTable,
  notes: string[],
): FoundHost {
  const vendor = vendorGuess(machine);
  const generation = DEFAULT_GENERATION[vendor ?? 'amd'];
  const record = typicalCloudHost(generation, provider, table);
  if (!record) throw new Error(`host inference: the CPU table has no typical cloud host for ${generation}`);
  notes.push(
    vendor
      ? `the CPU name "${machine.cpuModel}" names no model or generation: ` +
          `assumed a typical ${VENDOR_LABEL[vendor]} cloud host, ${record.name}`
      : `the CPU "${machine.cpuModel}" is unknown: assumed a typical cloud host, ${record.name}`,
  );
  return { record, identifiedBy: 'typical-host' };
}

function finish(
  machine: HostMachine,
  host: Omit<HostSpec, 'memoryGb'>,
  vmThreads: number,
  record: CpuRecord | null,
  identifiedBy: HostIdentifiedBy,
  notes: string[],
): HostInference {
  let hostThreads = host.threads;
  if (vmThreads > hostThreads) {
    // A VM larger than the assumed host (a guess gone wrong): never give it more than the whole server.
    notes.push(
      `the VM has more threads (${vmThreads}) than the assumed host (${hostThreads}), ` +
        `so the host is taken to have ${vmThreads}`,
    );
    hostThreads = vmThreads;
  }
  const memoryGb = hostThreads * DEFAULT_HOST_GB_PER_THREAD;
  return {
    host: { ...host, threads: hostThreads, cores: Math.min(host.cores, hostThreads), memoryGb },
    vmThreads,
    hostThreads,
    share: vmThreads / hostThreads,
    identifiedBy,
    record,
    assumptions: [
      ...notes,
      `host memory ${memoryGb} GB (${DEFAULT_HOST_GB_PER_THREAD} GB per host thread, assumed)`,
      `VM share ${vmThreads}/${hostThreads} of the host's non-memory power`,
    ],
  };
}

/** Host curve, host inference and the VM's CPU curve for a machine, in one call. */
export function modelCpuCurveForMachine(
  machine: HostMachine,
  table: CpuTable = loadCpuTable(),
): { host: ServerCurve; inference: HostInference; vm: VmCurve } {
  const inference = inferHost(machine, table);
  const host = predictServerPowerW(inference.host);
  const vm = vmCpuCurve(host, inference.host.memoryGb, inference.vmThreads, inference.hostThreads);
  return { host, inference, vm };
}
