// The one sanitiser for untrusted text on its way to stdout or stderr. The runner reads any stdout line that starts
// with "::" as a workflow command, so a job name holding "\n::error::…" would issue one. Line breaks and other
// control characters become spaces, bidi and zero-width characters go, and a line that would still start with "::"
// (after blanks, which the runner skips) has them split to ": :". Annotations (core.warning/error) already escape CR
// and LF; their text goes through here too, keeping its line breaks, so that one rule covers every channel.
import { collapseWhitespace } from './report/escape';

/** One line, safe to print raw. */
export function sanitiseLogLine(text: unknown): string {
  const line = collapseWhitespace(String(text ?? ''));
  return line.replace(/^(\s*):(?=:)/, '$1: ');
}

/** Annotation text: line breaks kept (the toolkit escapes them), every other control character a space. */
export function sanitiseAnnotation(text: unknown): string {
  return String(text ?? '')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/g, ' ');
}

// The line breaks a reader of the log might split on: the runner splits on CR and LF; U+2028/U+2029 are counted too,
// as the e2e check (test/e2e/runner.ts) counts them, so that no viewer can be shown a forged command either.
const LINE_START_COMMAND = /(^|\r\n|[\r\n\u2028\u2029])([^\S\r\n\u2028\u2029]*):(?=:)/g;

/**
 * Multi-line text (a CLI report, a message quoting a path or a command line) with every line that would start with
 * "::" (after blanks, which the runner skips) split to ": :", line breaks kept. The text's own start counts as a line
 * start: a stream's chunks are guarded one by one, and another process writing to the same descriptor may have ended
 * the line in between.
 */
export function neutraliseCommandLines(text: string): string {
  return text.replace(LINE_START_COMMAND, '$1$2: ');
}
