// Loaded into every process test/e2e/runner.ts starts (NODE_OPTIONS=--import): the bundled action and its sampler
// must not leave the machine either, and test/setup/no-network.ts only guards the test worker itself. A connect to a
// non-loopback address is refused before any packet (or DNS query) leaves, and appended to the file named by
// CARBON_TEST_OFF_MACHINE_LOG, which runEntry reads when the step ends. Plain JavaScript: the children are plain node.
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;
const log = process.env.CARBON_TEST_OFF_MACHINE_LOG;
const original = net.Socket.prototype.connect;

net.Socket.prototype.connect = function guardedConnect(...args) {
  const first = args[0];
  let host;
  let port;
  let path;
  if (Array.isArray(first)) ({ host, port, path } = first[0] ?? {});
  else if (typeof first === 'object' && first !== null) ({ host, port, path } = first);
  else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    port = Number(first);
    host = typeof args[1] === 'string' ? args[1] : undefined;
  } else if (typeof first === 'string') path = first;
  if (!path && host !== undefined && host !== '' && !LOOPBACK.test(host)) {
    if (log) appendFileSync(log, `${host}:${port}\n`);
    const err = Object.assign(new Error(`test guard: connection to ${host}:${port} refused (tests stay on loopback)`), {
      code: 'ECONNREFUSED',
    });
    process.nextTick(() => this.destroy(err));
    return this;
  }
  return original.apply(this, args);
};
