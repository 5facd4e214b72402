// Vitest setup file (vitest.config.ts `setupFiles`), run in every test worker before each
// test file. No test may send a packet off the machine, cloud metadata addresses included:
// - CARBON_ACTION_NO_METADATA=1 for the whole suite (children inherit it; a test that wants
//   a metadata probe points it at a loopback fake, as test/e2e does for Azure IMDS);
// - every socket connect in this process is checked: a non-loopback destination is refused
//   before any packet (or DNS query) leaves, recorded, and fails the file in afterAll.
import net from 'node:net';
import { afterAll } from 'vitest';

process.env.CARBON_ACTION_NO_METADATA = '1';

export interface OffMachineAttempt {
  host: string;
  port?: number;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;

export function isLoopbackHost(host: string | undefined): boolean {
  // No host means localhost for net.connect; a path (Unix socket, pipe) never leaves the machine.
  return host === undefined || host === '' || LOOPBACK.test(host);
}

const g = globalThis as { __carbonOffMachine?: OffMachineAttempt[]; __carbonGuardInstalled?: boolean };
g.__carbonOffMachine ??= [];

if (!g.__carbonGuardInstalled) {
  g.__carbonGuardInstalled = true;
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    const first = args[0];
    let host: string | undefined;
    let port: number | undefined;
    let path: string | undefined;
    if (Array.isArray(first)) {
      // Internal normalised form: [options, callback].
      const o = first[0] as { host?: string; port?: number; path?: string };
      ({ host, port, path } = o ?? {});
    } else if (typeof first === 'object' && first !== null) {
      ({ host, port, path } = first as { host?: string; port?: number; path?: string });
    } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
      port = Number(first);
      host = typeof args[1] === 'string' ? args[1] : undefined;
    } else if (typeof first === 'string') {
      path = first;
    }
    if (!path && !isLoopbackHost(host)) {
      g.__carbonOffMachine!.push({ host: String(host), port });
      const err = Object.assign(
        new Error(`test guard: connection to ${host}:${port} refused (no test may leave the machine)`),
        { code: 'ECONNREFUSED' },
      );
      process.nextTick(() => this.destroy(err));
      return this;
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
}

/** Attempts recorded in this worker so far. */
export function offMachineAttempts(): OffMachineAttempt[] {
  return g.__carbonOffMachine!;
}

afterAll(() => {
  const attempts = offMachineAttempts().filter((a) => !(a as { expected?: boolean }).expected);
  if (attempts.length > 0) {
    throw new Error(
      `a test tried to reach ${attempts.map((a) => `${a.host}:${a.port}`).join(', ')}: tests must stay on loopback`,
    );
  }
});
