import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export const marker = (name: string) => `<!-- llm-load-action:${name} -->`;

/** GitHub's limit on a comment body; we keep well under it. */
export const COMMENT_LIMIT = 65_536;

export interface StickyResult {
  action: 'created' | 'updated' | 'skipped';
  url?: string;
}

/** The login that posts comments with this token: the token's user, or the Actions bot for GITHUB_TOKEN. */
async function ownLogin(octokit: Octokit): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch {
    return 'github-actions[bot]'; // GITHUB_TOKEN may not read /user
  }
}

/**
 * One comment per profile name, found by its hidden marker on a comment of the token's own user (over
 * every page of comments) and updated in place. `createIfMissing: false` (comment: on-alert with nothing
 * to say) only updates an existing one.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  target: { owner: string; repo: string; issueNumber: number },
  name: string,
  body: string,
  createIfMissing = true,
): Promise<StickyResult> {
  const tag = marker(name);
  const login = await ownLogin(octokit);
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const existing = comments.find((c) => c.body?.includes(tag) && c.user?.login === login);
  const text = `${tag}\n${body}`;
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body: text,
    });
    return { action: 'updated', url: data.html_url };
  }
  if (!createIfMissing) return { action: 'skipped' };
  const { data } = await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body: text,
  });
  return { action: 'created', url: data.html_url };
}

/** Cuts markdown to fit a comment, at a line boundary, and says so. */
export function fitComment(markdown: string, limit = COMMENT_LIMIT - 2000): string {
  if (markdown.length <= limit) return markdown;
  const cut = markdown.lastIndexOf('\n', limit);
  return `${markdown.slice(0, cut > 0 ? cut : limit)}\n\n_…truncated to fit GitHub's comment limit; the full report is in the artifact._`;
}
