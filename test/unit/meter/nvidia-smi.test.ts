import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  parseNvidiaSmiCsv,
  parseNvidiaSmiLine,
  parseNvidiaSmiNumber,
  queryGpus,
  startGpuStream,
} from '../../../src/meter/nvidia-smi';
import { FIXTURES } from './sysfs-tree';

const CSV = readFileSync(join(FIXTURES, 'nvidia-smi/query-gpu.csv'), 'utf8');
const FAKE_BIN = join(FIXTURES, 'nvidia-smi/bin');

describe('parsing nvidia-smi CSV', () => {
  it('parses the published rows, with [Not Supported] and [N/A] as null', () => {
    expect(parseNvidiaSmiCsv(CSV)).toEqual([
      { index: 0, name: 'GeForce RTX 2080', powerW: 176.98, utilisationPct: 86, memoryTotalMiB: 7979 },
      { index: 1, name: 'GeForce GTX 1050 Ti', powerW: null, utilisationPct: 0, memoryTotalMiB: 4040 },
      { index: 2, name: 'NVIDIA GB10', powerW: null, utilisationPct: 0, memoryTotalMiB: null },
    ]);
  });
  it('keeps commas inside the name', () => {
    expect(parseNvidiaSmiLine('3, Weird, Name, 10.5, 7, 100')).toMatchObject({
      index: 3,
      name: 'Weird, Name',
      powerW: 10.5,
    });
  });
  it('skips lines that are not readings', () => {
    expect(parseNvidiaSmiLine('Unable to determine the device handle for GPU0000:01:00.0: GPU is lost.')).toBeNull();
    expect(parseNvidiaSmiLine('')).toBeNull();
  });
  it.each(['N/A', '[N/A]', '[Not Supported]', '[Unknown Error]', '', 'abc'])('%j → null', (v) => {
    expect(parseNvidiaSmiNumber(v)).toBeNull();
  });
});

describe('queryGpus (injected exec)', () => {
  it('lists the GPUs from the fixture', async () => {
    let called: string[] = [];
    const r = await queryGpus({
      exec: async (file, args) => {
        called = [file, ...args];
        return { stdout: CSV };
      },
    });
    expect(called).toEqual([
      'nvidia-smi',
      '--query-gpu=index,name,power.draw,utilization.gpu,memory.total',
      '--format=csv,noheader,nounits',
    ]);
    expect(r.header.status).toBe('ok');
    expect(r.header.gpus).toEqual([
      { index: 0, name: 'GeForce RTX 2080', memoryMiB: 7979 },
      { index: 1, name: 'GeForce GTX 1050 Ti', memoryMiB: 4040 },
      { index: 2, name: 'NVIDIA GB10' },
    ]);
  });
  it('ENOENT means no GPUs, not an error', async () => {
    const r = await queryGpus({
      exec: async () => Promise.reject(Object.assign(new Error('spawn nvidia-smi ENOENT'), { code: 'ENOENT' })),
    });
    expect(r.header).toEqual({ status: 'absent', reason: 'nvidia-smi not found on PATH' });
  });
});

describe('nvidia-smi spawned for real (fake script on PATH)', () => {
  const savedPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = savedPath;
    delete process.env.FAKE_NVIDIA_SMI;
  });

  it('queryGpus runs it and parses its output', async () => {
    process.env.PATH = `${FAKE_BIN}${delimiter}${savedPath}`;
    const r = await queryGpus();
    expect(r.header.status).toBe('ok');
    expect(r.readings.map((g) => g.powerW)).toEqual([176.98, null, null]);
  });

  it('no nvidia-smi on PATH → absent', async () => {
    process.env.PATH = mkdtempSync(join(tmpdir(), 'empty-path-'));
    const r = await queryGpus();
    expect(r.header).toEqual({ status: 'absent', reason: 'nvidia-smi not found on PATH' });
  });

  it('a driver failure → error, with what nvidia-smi said', async () => {
    process.env.PATH = `${FAKE_BIN}${delimiter}${savedPath}`;
    process.env.FAKE_NVIDIA_SMI = 'fail';
    const r = await queryGpus();
    expect(r.header.status).toBe('error');
    expect(r.header.reason).toMatch(/^nvidia-smi failed: NVIDIA-SMI has failed because it couldn't communicate/);
  });

  it('one long-lived -lms child streams readings; stop() kills it', async () => {
    process.env.PATH = `${FAKE_BIN}${delimiter}${savedPath}`;
    const s = startGpuStream({ intervalMs: 100 });
    const deadline = Date.now() + 5000;
    while (s.latest().length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(s.latest().map((g) => [g.index, g.powerW])).toEqual([
      [0, 176.98],
      [1, null],
      [2, null],
    ]);
    expect(s.failure()).toBeNull();
    s.stop();
    await new Promise((r) => setTimeout(r, 50));
    expect(s.failure()).toBeNull(); // a stop we asked for is not a failure
  });

  it('drops a GPU whose readings stop arriving', async () => {
    process.env.PATH = `${FAKE_BIN}${delimiter}${savedPath}`;
    let fakeNow = 1_000_000;
    const s = startGpuStream({ intervalMs: 100, now: () => fakeNow });
    const deadline = Date.now() + 5000;
    while (s.latest().length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    s.stop();
    await new Promise((r) => setTimeout(r, 50));
    expect(s.latest()).toHaveLength(3);
    fakeNow += 5001; // stale after max(3 × 100 ms, 5 s)
    expect(s.latest()).toEqual([]);
  });

  it('reports a child that could not start', async () => {
    process.env.PATH = mkdtempSync(join(tmpdir(), 'empty-path-'));
    const s = startGpuStream({ intervalMs: 100 });
    const deadline = Date.now() + 3000;
    while (!s.failure() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(s.failure()).toBe('nvidia-smi: ENOENT');
    s.stop();
  });
});
