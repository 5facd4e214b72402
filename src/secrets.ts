// Known secrets (the github-token and electricity-maps-token inputs), redacted from every
// text that came from outside before it is escaped or printed. The runner masks a secret
// only where it appears verbatim in the log; once Markdown-escaped ("ghs\_…") or URL-encoded
// in a summary or comment, nothing would catch it.

const secrets = new Set<string>();

/** Remembers a secret for redactSecrets; values under 4 characters are ignored (they would redact ordinary text). */
export function rememberSecret(value: string | undefined): void {
  if (!value || value.length < 4) return;
  secrets.add(value);
  for (const form of [encodeURIComponent(value), Buffer.from(value).toString('base64')])
    if (form !== value) secrets.add(form);
}

/** Every occurrence of each of `values` replaced by "***". */
export function redactValues(text: string, values: Iterable<string>): string {
  let out = text;
  for (const v of values) out = out.split(v).join('***');
  return out;
}

/** Every remembered secret, in any remembered form, replaced by "***". */
export function redactSecrets(text: string): string {
  return redactValues(text, secrets);
}

/** For tests. */
export function forgetSecrets(): void {
  secrets.clear();
}
