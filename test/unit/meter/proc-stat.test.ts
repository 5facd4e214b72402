import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  createProcStatReader,
  parseProcStat,
  parseProcStatBytes,
  utilisationBetween,
} from '../../../src/meter/proc-stat';

// Columns: user nice system idle iowait irq softirq steal guest guest_nice
const A = `cpu  100 10 50 800 20 5 5 10 40 0
cpu0 60 5 20 400 10 3 2 5 40 0
cpu1 40 5 30 400 10 2 3 5 0 0
intr 12345 0 0
ctxt 999
`;
const B = `cpu  400 10 150 1100 40 5 15 30 60 0
cpu0 200 5 70 550 20 3 7 15 60 0
cpu1 200 5 80 550 20 2 8 15 0 0
intr 22345 0 0
`;

describe('parseProcStat', () => {
  it('sums busy and total ticks, leaving out guest (inside user) and counting steal as not busy', () => {
    const s = parseProcStat(A);
    // busy = user+nice+system+irq+softirq = 100+10+50+5+5 = 170
    // total = busy + idle + iowait + steal = 170+800+20+10 = 1000 (guest 40 not added)
    expect(s.cpu).toEqual({ busy: 170, total: 1000 });
    // cpu0: busy 60+5+20+3+2 = 90, total 90+400+10+5 = 505; cpu1: busy 40+5+30+2+3 = 80, total 80+400+10+5 = 495
    expect(s.perCpu).toEqual([
      { busy: 90, total: 505 },
      { busy: 80, total: 495 },
    ]);
  });

  it('utilisation is Δbusy/Δtotal between two readings', () => {
    const a = parseProcStat(A).cpu;
    const b = parseProcStat(B).cpu;
    // B: busy 400+10+150+5+15 = 580, total 580+1100+40+30 = 1750
    // Δbusy 410 / Δtotal 750 = 0.546666…
    expect(b).toEqual({ busy: 580, total: 1750 });
    expect(utilisationBetween(a, b)).toBeCloseTo(410 / 750, 12);
  });

  it('clamps and survives a zero-tick interval', () => {
    expect(utilisationBetween({ busy: 5, total: 10 }, { busy: 5, total: 10 })).toBe(0);
    expect(utilisationBetween({ busy: 5, total: 10 }, { busy: 20, total: 12 })).toBe(1);
  });

  it('accepts old kernels with fewer columns', () => {
    expect(parseProcStat('cpu 1 2 3 4\n').cpu).toEqual({ busy: 6, total: 10 });
  });

  it('names the bad value', () => {
    expect(() => parseProcStat('cpu 1 x 3 4\n')).toThrow(/column 2 .* is "x"/);
    expect(() => parseProcStat('intr 1 2\n')).toThrow(/no aggregate "cpu" line/);
  });

  it('reads the real /proc/stat repeatedly through one open descriptor', async () => {
    const r = createProcStatReader();
    try {
      const first = r.read();
      expect(first.perCpu.length).toBeGreaterThan(0);
      expect(first.cpu.total).toBeGreaterThan(first.cpu.busy);
      const until = Date.now() + 60;
      while (Date.now() < until); // burn a few ticks so the counters move
      await new Promise((res) => setTimeout(res, 30));
      const second = r.read();
      expect(second.cpu.total).toBeGreaterThan(first.cpu.total);
    } finally {
      r.close();
    }
  });
});

describe('parseProcStatBytes (the per-tick parser)', () => {
  const bytes = (text: string): [Buffer, number] => {
    const b = Buffer.alloc(4096, 0x78); // filler after the data must be ignored
    const n = b.write(text, 'latin1');
    return [b, n];
  };

  it('gives exactly what parseProcStat gives, on the worked examples', () => {
    for (const text of [A, B, 'cpu 1 2 3 4\n', 'cpu  1 2 3 4 5 6 7 8 9 10\ncpu0\t1 2 3 4 5 6 7 8 9 10\n']) {
      expect(parseProcStatBytes(...bytes(text))).toEqual(parseProcStat(text));
    }
    // A by hand: aggregate busy 170, total 1000 (see above).
    expect(parseProcStatBytes(...bytes(A)).cpu).toEqual({ busy: 170, total: 1000 });
  });

  it('gives what parseProcStat gives on the real /proc/stat, and on a file with no final newline', () => {
    const real = readFileSync('/proc/stat', 'latin1');
    expect(parseProcStatBytes(...bytes(real))).toEqual(parseProcStat(real));
    expect(parseProcStatBytes(...bytes('cpu 1 2 3 4'))).toEqual({ cpu: { busy: 6, total: 10 }, perCpu: [] });
  });

  it('names the bad value, as parseProcStat does', () => {
    expect(() => parseProcStatBytes(...bytes('cpu 1 x 3 4\n'))).toThrow(/column 2 .* is "x"/);
    expect(() => parseProcStatBytes(...bytes('intr 1 2\n'))).toThrow(/no aggregate "cpu" line/);
  });
});

describe('parseProcStatBytes without per-CPU figures', () => {
  it('reads the aggregate line only', () => {
    const b = Buffer.from(A, 'latin1');
    expect(parseProcStatBytes(b, b.length, false)).toEqual({ cpu: { busy: 170, total: 1000 }, perCpu: [] });
    const r = createProcStatReader('/proc/stat', { perCpu: false });
    try {
      expect(r.read().perCpu).toEqual([]);
    } finally {
      r.close();
    }
  });
});
