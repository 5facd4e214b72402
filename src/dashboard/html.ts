// The dashboard shows repository, workflow, job, matrix and branch names that anyone who
// can push a branch or open a PR chooses; everything untrusted goes through escapeHtml.

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made inert in HTML element content and in quoted attribute values. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
