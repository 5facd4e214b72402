// Which CPU counter to meter: the whole machine's (/proc/stat) or the container's own cgroup.
// Decided once, when the sampler starts, and recorded in the samples file's header so the
// report can say which scope was used and why.
import type { CgroupInfo, ContainerDetection } from './cgroup';

export const METER_SCOPES = ['auto', 'machine', 'container'] as const;
export type MeterScope = (typeof METER_SCOPES)[number];
export const METER_SCOPE_ACCEPTED =
  'auto (container when the job runs in one, default), machine (/proc/stat, every process on the machine), ' +
  "container (this cgroup's CPU time only)";

export function isMeterScope(text: string): text is MeterScope {
  return (METER_SCOPES as readonly string[]).includes(text);
}

/** Validates a scope given as text; the error names the option, the value and what is accepted. */
export function parseMeterScope(text: string, name: string): MeterScope {
  const t = text.trim();
  if (isMeterScope(t)) return t;
  throw new Error(`${name}: ${JSON.stringify(text)} is not a meter scope; accepted: ${METER_SCOPE_ACCEPTED}`);
}

export interface ScopeDecision {
  requested: MeterScope;
  used: 'machine' | 'container';
  /** In words, for the method line. */
  reason: string;
}

function cgroupWords(c: CgroupInfo): string {
  const a = c.allowance;
  const allowance = a
    ? `, ${+a.cpus.toFixed(2)} CPU${a.cpus === 1 ? '' : 's'} allowed ` +
      `(${a.source === 'quota' ? 'CPU quota' : a.source === 'cpuset' ? 'cpuset' : 'no quota or cpuset: every CPU'})`
    : '';
  return `cgroup v${c.version} ${c.path}${allowance}`;
}

export function decideScope(requested: MeterScope, detection: ContainerDetection, cgroup: CgroupInfo): ScopeDecision {
  if (requested === 'machine')
    return { requested, used: 'machine', reason: 'meter-scope machine: /proc/stat, every process on the machine' };
  const signs = detection.reasons.join(', ');
  if (requested === 'container') {
    if (cgroup.status === 'ok')
      return { requested, used: 'container', reason: `meter-scope container: ${cgroupWords(cgroup)}` };
    return {
      requested,
      used: 'machine',
      reason:
        `meter-scope container was asked for, but the cgroup CPU counter is unusable ` +
        `(${cgroup.reason ?? cgroup.status}); /proc/stat counts every process on the machine`,
    };
  }
  if (!detection.inContainer)
    return { requested, used: 'machine', reason: 'auto: no sign of a container, so /proc/stat (the whole machine)' };
  if (cgroup.status === 'ok')
    return { requested, used: 'container', reason: `auto: in a container (${signs}); ${cgroupWords(cgroup)}` };
  return {
    requested,
    used: 'machine',
    reason:
      `auto: in a container (${signs}), but its cgroup CPU counter is unusable ` +
      `(${cgroup.reason ?? cgroup.status}); /proc/stat counts the whole host, other tenants included`,
  };
}
