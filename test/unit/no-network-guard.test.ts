// The suite-wide guard of test/setup/no-network.ts, checked: metadata probes are off, and a
// connection to a cloud metadata address is refused and recorded (which fails the file that
// made it, in the setup file's afterAll).
import { describe, expect, it } from 'vitest';
import { isLoopbackHost, offMachineAttempts } from '../setup/no-network';

describe('no test leaves the machine', () => {
  it('CARBON_ACTION_NO_METADATA is set for the whole suite', () => {
    expect(process.env.CARBON_ACTION_NO_METADATA).toBe('1');
  });

  it('a probe of 169.254.169.254 is refused before it leaves, and recorded', async () => {
    const before = offMachineAttempts().length;
    const err = await fetch('http://169.254.169.254/metadata/instance?api-version=2021-02-01', {
      signal: AbortSignal.timeout(5000),
    }).then(
      () => null,
      (e: Error) => e,
    );
    expect(err).not.toBeNull();
    const made = offMachineAttempts().slice(before);
    expect(made.map((a) => a.host)).toContain('169.254.169.254');
    // This test's own attempt is expected; it must not fail the file.
    for (const a of made) (a as { expected?: boolean }).expected = true;
  });

  it('loopback is allowed', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('::1')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('169.254.169.254')).toBe(false);
    expect(isLoopbackHost('metadata.google.internal')).toBe(false);
  });
});
