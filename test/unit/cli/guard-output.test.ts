import { describe, expect, it } from 'vitest';
import { guardWorkflowCommands } from '../../../src/cli/guard-output';

/** A stand-in for process.stdout that records what reaches the file descriptor. */
function fakeStream() {
  const written: unknown[] = [];
  const stream = {
    write: (chunk: unknown, ...rest: unknown[]) => {
      written.push(chunk);
      const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      cb?.();
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('guardWorkflowCommands', () => {
  it('no line written through the stream starts with "::", each chunk counted as a new line; callbacks still run', () => {
    const { stream, written } = fakeStream();
    guardWorkflowCommands(stream);
    let called = false;
    stream.write('error: option argument "x\n::error::p2" is invalid\n');
    stream.write('cannot write ');
    // The measured command may have ended the line in between: a chunk's start is a line start.
    stream.write('::warning::after another write');
    stream.write('::notice::with a callback', () => (called = true));
    expect(written).toEqual([
      'error: option argument "x\n: :error::p2" is invalid\n',
      'cannot write ',
      ': :warning::after another write',
      ': :notice::with a callback',
    ]);
    expect(called).toBe(true);
  });

  it('passes a Buffer through untouched', () => {
    const { stream, written } = fakeStream();
    guardWorkflowCommands(stream);
    const chunk = Buffer.from('::x');
    stream.write(chunk);
    expect(written[0]).toBe(chunk);
  });
});
