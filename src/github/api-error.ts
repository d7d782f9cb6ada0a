/**
 * A GitHub API failure in words a user can act on. Octokit's own text is the response's message and a
 * docs link ("Not Found - https://docs.github.com/…"), which says neither what was refused nor why.
 */
export function describeApiError(error: unknown): string {
  const { status, code, message } = error as { status?: number; code?: string; message?: string };
  if (status === 401) return 'GitHub refused the token (401): it is missing, expired or revoked';
  if (status === 403)
    return /rate limit/i.test(message ?? '')
      ? 'GitHub rate-limited the token (403): try again later'
      : "the token lacks a permission this needs (403): see the workflow's permissions";
  if (status === 404) return 'not found (404): the repository, run or artifact is not visible to this token';
  if (status === 409 || status === 422) return `GitHub would not take the request (${status})`;
  if (status === 429) return 'GitHub rate-limited the token (429): try again later';
  if (status !== undefined && status >= 500) return `GitHub had an error (${status})`;
  if (code === 'ETIMEDOUT') return message ?? 'no answer from GitHub in time';
  if (code === 'ABORT_ERR') return message ?? 'cancelled';
  if (code) return `could not reach GitHub (${code})`;
  return (message ?? String(error)).replace(/\s+-\s+https:\/\/docs\.github\.com\S*/g, '');
}
