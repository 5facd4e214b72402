// Inside a GitHub Actions job the runner reads every line the CLI prints as a possible workflow command, and the CLI
// prints text it did not choose: file paths, the command line, option values in Commander's own errors, Node's error
// messages. Rather than trust every such message to be cleaned, the CLI's stdout and stderr are guarded once at
// start-up: no line they carry can start with "::". The measured command inherits the file descriptors, not these
// streams, so its own output is its own.
import { neutraliseCommandLines } from '../log-sanitise';

type Write = NodeJS.WriteStream['write'];

/** Wraps `stream.write` so that each string written through it goes through neutraliseCommandLines. */
export function guardWorkflowCommands(stream: NodeJS.WriteStream): void {
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  // Only strings are rewritten: the CLI writes nothing else, and a Buffer cut mid-character would not decode. Each
  // chunk's start counts as a line start (see neutraliseCommandLines): the measured command shares the descriptor.
  stream.write = ((chunk: unknown, ...rest: unknown[]) =>
    typeof chunk === 'string' ? write(neutraliseCommandLines(chunk), ...rest) : write(chunk, ...rest)) as Write;
}
