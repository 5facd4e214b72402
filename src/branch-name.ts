// The one check of a git branch name typed by a user (the history-branch input), used by the
// input validation and again by the history writer before it builds an API path.

const MAX_BRANCH_NAME_LENGTH = 200;

/**
 * git check-ref-format's rules, the ones a typo can break: letters, digits, ".", "_", "-" and
 * "/"; no "..", "//" or "@{"; no component starting with "."; not starting with "-", "/" or
 * "."; not ending with "/", "." or ".lock"; and short enough for a cache key and an API path.
 */
export function isBranchName(text: unknown): text is string {
  return (
    typeof text === 'string' &&
    text.length <= MAX_BRANCH_NAME_LENGTH &&
    /^[A-Za-z0-9._/-]+$/.test(text) &&
    !/^[-/.]|[/.]$|\.\.|\/\/|\/\.|\.lock$|@\{/.test(text)
  );
}

export const BRANCH_NAME_ACCEPTED = 'a git branch name such as carbon-data (letters, digits, . _ - /)';
