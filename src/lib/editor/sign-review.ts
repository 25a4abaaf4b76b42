/**
 * "Sign the medical review" in the browser editor, on GitHub: the signed-in person becomes the
 * article's reviewer (only if their people file names their GitHub login), the review date is
 * the day they sign, and after the save their approval is recorded on the article's pull request
 * with their own sign-in, which is what the pull-request check (src/lib/review-approvals.ts)
 * asks for. Pure: the GitHub API is handed in, so tests answer it from recorded replies.
 */

/** The file beside the editor that lists who may sign (written by the build from content/authors). */
export const SIGNERS_FILE = 'signers.json';

/** One call to GitHub's REST API with the signed-in person's token (the editor's sign-in). */
export type GitHubApi = (path: string, init?: { method?: 'GET' | 'POST'; body?: unknown }) => Promise<{ status: number; data: unknown }>;

/** A person who may sign: their id (the people file's name), name and GitHub login. */
export interface Signer {
  id: string;
  name: string;
  github: string;
}

export type SignRefusal = 'not-signed-in' | 'not-a-reviewer';
export type ApprovalRefusal = 'no-pull-request' | 'own-pull-request' | 'not-allowed' | 'failed';

/** The person signed in to the editor, as a reviewer of this site; or why they cannot sign. */
export async function signerOf(api: GitHubApi, people: readonly Signer[]): Promise<{ signer: Signer } | { refused: SignRefusal; login?: string }> {
  const { status, data } = await api('/user');
  const login = status === 200 ? (data as { login?: unknown }).login : undefined;
  if (typeof login !== 'string') return { refused: 'not-signed-in' };
  // GitHub logins are case-insensitive.
  const signer = people.find((person) => person.github.toLowerCase() === login.toLowerCase());
  return signer ? { signer } : { refused: 'not-a-reviewer', login };
}

/**
 * Records the signer's approval on the open pull request of the article's editor branch (the
 * editorial workflow keeps each article on `cms/<collection>/<slug>`), after the save that set
 * the review, so the approval is on the article's last commit.
 */
export async function approvePullRequest(
  api: GitHubApi,
  repo: string,
  branch: string,
  note: string,
): Promise<{ approved: string } | { refused: ApprovalRefusal }> {
  const owner = repo.split('/')[0];
  const open = await api(`/repos/${repo}/pulls?state=open&head=${encodeURIComponent(`${owner}:${branch}`)}`);
  const pull = open.status === 200 && Array.isArray(open.data) ? (open.data[0] as { number?: number; html_url?: string } | undefined) : undefined;
  if (!pull?.number) return { refused: 'no-pull-request' };
  const review = await api(`/repos/${repo}/pulls/${pull.number}/reviews`, { method: 'POST', body: { event: 'APPROVE', body: note } });
  if (review.status === 200) return { approved: pull.html_url ?? `https://github.com/${repo}/pull/${pull.number}` };
  // GitHub refuses an approval of one's own pull request with 422 and says so.
  const message = String((review.data as { message?: unknown; errors?: unknown } | undefined)?.errors ?? (review.data as { message?: unknown })?.message ?? '');
  if (review.status === 422 && /own pull request/i.test(message)) return { refused: 'own-pull-request' };
  if (review.status === 403 || review.status === 404) return { refused: 'not-allowed' };
  return { refused: 'failed' };
}

/** The editor branch of an article, as Decap's editorial workflow names it. */
export const editorBranch = (collection: string, slug: string) => `cms/${collection}/${slug}`;
