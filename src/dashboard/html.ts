// The dashboard shows repository, workflow, job, matrix and branch names that anyone who
// can push a branch or open a PR chooses; everything untrusted goes through escapeHtml.

export { escapeHtml } from '../report/escape';
