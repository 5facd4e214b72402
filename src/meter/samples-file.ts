// Streams the sampler's JSON-lines file back as records, chunk by chunk: 216,000 lines are
// never held in memory at once. A torn last line (the sampler died mid-write) and corrupt
// lines elsewhere are skipped and counted, never fatal.
import { createReadStream } from 'node:fs';
import { SAMPLE_FORMAT_VERSION, type HeaderRecord, type MeterRecord } from './sample-format';

export interface SamplesReadStats {
  /** Lines read, blank lines excluded. */
  lines: number;
  /** An unparseable last line with no newline after it: a write cut short. */
  tornLines: number;
  /** Unparseable or malformed lines anywhere else. */
  corruptLines: number;
  /** Well-formed records of a type this version does not know (skipped for forward compatibility). */
  unknownRecords: number;
  /** Lines over MAX_LINE_CHARS, skipped unread (also counted in corruptLines). */
  longLines?: number;
}

/**
 * The longest line read. A real sample line is under 10 KB even with 256 CPUs and 8 GPUs;
 * without a cap, a 300 MB line with no newline was re-scanned at every chunk (quadratic:
 * 128 MB took 90 s).
 */
export const MAX_LINE_CHARS = 256 * 1024;

const KNOWN_TYPES = new Set(['header', 'sample', 'end', 'warn']);

function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Parses one line; 'corrupt' for anything that is not a well-formed record. */
export function parseRecordLine(line: string): MeterRecord | 'corrupt' | 'unknown' {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    return 'corrupt';
  }
  if (typeof obj !== 'object' || obj === null || typeof (obj as { type?: unknown }).type !== 'string') return 'corrupt';
  const rec = obj as MeterRecord;
  if (!KNOWN_TYPES.has(rec.type)) return 'unknown';
  switch (rec.type) {
    case 'sample': {
      if (!isFiniteNumber(rec.t)) return 'corrupt';
      if (rec.cpu !== undefined && !(isFiniteNumber(rec.cpu.busy) && isFiniteNumber(rec.cpu.total))) return 'corrupt';
      if (rec.util !== undefined && !isFiniteNumber(rec.util)) return 'corrupt';
      if (rec.cg !== undefined && !isFiniteNumber(rec.cg)) return 'corrupt';
      if (
        rec.pm !== undefined &&
        !(typeof rec.pm === 'object' && rec.pm !== null && isFiniteNumber(rec.pm.cpuJ) && isFiniteNumber(rec.pm.gpuJ))
      )
        return 'corrupt';
      if (rec.rapl !== undefined && !(Array.isArray(rec.rapl) && rec.rapl.every(isFiniteNumber))) return 'corrupt';
      if (rec.gpu !== undefined && !Array.isArray(rec.gpu)) return 'corrupt';
      return rec;
    }
    case 'header':
      if (!isFiniteNumber(rec.v) || !isFiniteNumber(rec.intervalMs)) return 'corrupt';
      if (rec.v > SAMPLE_FORMAT_VERSION) {
        throw new Error(
          `samples file format v${rec.v} is newer than this carbon-action reads (v${SAMPLE_FORMAT_VERSION}); ` +
            `upgrade carbon-action`,
        );
      }
      return rec;
    case 'end':
    case 'warn':
      return isFiniteNumber(rec.t) ? rec : 'corrupt';
  }
}

/**
 * Yields the file's records in order. `stats` is filled in as reading proceeds and is
 * final once iteration ends.
 */
export async function* readSampleRecords(path: string, stats?: SamplesReadStats): AsyncGenerator<MeterRecord> {
  const s: SamplesReadStats = stats ?? { lines: 0, tornLines: 0, corruptLines: 0, unknownRecords: 0 };
  s.lines = s.tornLines = s.corruptLines = s.unknownRecords = 0;
  delete s.longLines;
  const overLong = (): void => {
    s.lines++;
    s.corruptLines++;
    s.longLines = (s.longLines ?? 0) + 1;
  };
  let rest = '';
  // Inside an over-long line: everything up to the next newline is dropped unread.
  let skipping = false;
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  for await (const chunk of stream as AsyncIterable<string>) {
    let text: string;
    if (skipping) {
      const nl = chunk.indexOf('\n');
      if (nl < 0) continue;
      skipping = false;
      text = chunk.slice(nl + 1);
    } else {
      text = rest + chunk;
    }
    let start = 0;
    let nl: number;
    while ((nl = text.indexOf('\n', start)) >= 0) {
      const raw = text.slice(start, nl);
      start = nl + 1;
      if (raw.length > MAX_LINE_CHARS) {
        overLong();
        continue;
      }
      const line = raw.trim();
      if (!line) continue;
      s.lines++;
      const r = parseRecordLine(line);
      if (r === 'corrupt') s.corruptLines++;
      else if (r === 'unknown') s.unknownRecords++;
      else yield r;
    }
    rest = text.slice(start);
    if (rest.length > MAX_LINE_CHARS) {
      overLong();
      rest = '';
      skipping = true;
    }
  }
  const last = rest.trim();
  if (last) {
    s.lines++;
    const r = parseRecordLine(last);
    // A complete record that only lacks its newline is kept; anything else was cut short.
    if (r === 'corrupt') s.tornLines++;
    else if (r === 'unknown') s.unknownRecords++;
    else yield r;
  }
}

/** The file's header (its first record), or null when the file has none; reads no further. */
export async function readSamplesHeader(path: string): Promise<HeaderRecord | null> {
  for await (const record of readSampleRecords(path)) {
    return record.type === 'header' ? record : null;
  }
  return null;
}
