import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export const marker = (name: string) => `<!-- llm-load-action:${name} -->`;

/** GitHub's limit on a comment body; we keep well under it. */
export const COMMENT_LIMIT = 65_536;

export interface StickyResult {
  action: 'created' | 'updated' | 'skipped';
  url?: string;
}

/**
 * The login that posts comments with this token. GraphQL's `viewer` answers for user and installation
 * tokens alike (GITHUB_TOKEN is `github-actions[bot]`, an App's is `<slug>[bot]`); REST /user refuses
 * installation tokens, so it is only the second try. Undefined when neither answers.
 */
async function ownLogin(octokit: Octokit): Promise<string | undefined> {
  try {
    return (await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }')).viewer.login;
  } catch {
    try {
      return (await octokit.rest.users.getAuthenticated()).data.login;
    } catch {
      return undefined;
    }
  }
}

/** Ours among the marked comments: by our login; when it is unknown, the newest marked one a bot wrote. */
function ownComment<C extends { body?: string | null; user?: { login: string; type?: string } | null }>(
  comments: C[],
  tag: string,
  login: string | undefined,
): C | undefined {
  const marked = comments.filter((c) => c.body?.includes(tag));
  return login === undefined ? marked.filter((c) => c.user?.type === 'Bot').at(-1) : marked.find((c) => c.user?.login === login);
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
  const existing = ownComment(comments, tag, login);
  const text = `${tag}\n${body}`;
  if (existing) {
    try {
      const { data } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body: text,
      });
      return { action: 'updated', url: data.html_url };
    } catch (error) {
      // A guessed comment (identity unknown) may be another bot's: then write our own.
      if (login !== undefined || ![403, 404].includes((error as { status?: number }).status ?? 0)) throw error;
    }
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
