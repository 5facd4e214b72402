// A command line as a POSIX shell would need it typed: words with spaces, quotes or shell
// metacharacters are single-quoted, so `bash -c 'kill -TERM $$'` reads back as it ran.

const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellQuoteWord(word: string): string {
  if (word === '') return "''";
  if (SAFE_WORD.test(word)) return word;
  // Inside single quotes nothing is special except the quote itself: close, escape, reopen.
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export function shellQuote(words: readonly string[]): string {
  return words.map(shellQuoteWord).join(' ');
}
