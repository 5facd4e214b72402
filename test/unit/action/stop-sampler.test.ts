import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlive, stopSampler } from '../../../src/action/stop-sampler';

// A stand-in for the detached sampler: it writes its end line only when it sees the stop
// file (checked on its ticks), and has no SIGTERM handler, so a SIGTERM ends it at once
// without one, as TerminateProcess does to every process on Windows.
const FAKE_SAMPLER = `
const fs = require('node:fs');
const out = process.argv[1];
fs.writeFileSync(out + '.ready', '');
const tick = () => {
  if (fs.existsSync(out + '.stop')) {
    fs.appendFileSync(out, JSON.stringify({ type: 'end', t: Date.now(), reason: 'stop-file' }) + '\\n');
    process.exit(0);
  }
  setTimeout(tick, 200);
};
setTimeout(tick, 200);
`;

async function startFake(samplesFile: string): Promise<number> {
  writeFileSync(samplesFile, '');
  const child = spawn(process.execPath, ['-e', FAKE_SAMPLER, samplesFile], { stdio: 'ignore' });
  child.unref();
  for (let i = 0; i < 200 && !existsSync(`${samplesFile}.ready`); i++) await new Promise((r) => setTimeout(r, 25));
  return child.pid as number;
}

describe('stopSampler', () => {
  it('on Windows it waits for the stop file to be honoured before ending the process (a SIGTERM there kills it without an end line)', async () => {
    const samplesFile = join(mkdtempSync(join(tmpdir(), 'carbon-stop-')), 'samples.jsonl');
    const pid = await startFake(samplesFile);
    const result = await stopSampler({ pid, samplesFile, platform: 'win32', intervalMs: 200 });
    expect(result).toEqual({ diedEarly: false, stopped: true });
    expect(readFileSync(samplesFile, 'utf8')).toContain('"type":"end"');
    expect(isAlive(pid)).toBe(false);
  });

  it('on Linux a SIGTERM stops it at once', async () => {
    const samplesFile = join(mkdtempSync(join(tmpdir(), 'carbon-stop-')), 'samples.jsonl');
    const pid = await startFake(samplesFile);
    const started = Date.now();
    const result = await stopSampler({ pid, samplesFile, platform: 'linux', intervalMs: 60_000 });
    expect(result).toEqual({ diedEarly: false, stopped: true });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a sampler that is not running is reported as having died early', async () => {
    expect(await stopSampler({ pid: 0, samplesFile: join(tmpdir(), 'none.jsonl') })).toEqual({
      diedEarly: true,
      stopped: false,
    });
  });
});
