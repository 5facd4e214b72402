// Percent-encoding for identifiers built from names users control (cache keys, comment
// markers): letters, digits and . _ / = + - stay as they are, everything else is escaped as
// RFC 3986 does, so two different names never encode alike and no name can close an HTML
// comment or split a key.

const SAFE_CHAR = /^[A-Za-z0-9._/=+-]$/;

/** One character (one code point), encoded. */
export const percentEncodeChar = (ch: string): string =>
  SAFE_CHAR.test(ch)
    ? ch
    : // encodeURIComponent leaves !'()*~ alone; they are escaped too, to keep the safe set small.
      encodeURIComponent(ch).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export const percentEncode = (text: string): string => Array.from(text, percentEncodeChar).join('');
