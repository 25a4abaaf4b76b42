/**
 * `node src/cli/check-review-approvals.ts`, run by the pull-request check on GitHub: every article
 * whose reviewer or review date the pull request sets or changes needs an approving review from
 * that reviewer's GitHub account on its latest text, and reviewed text is never edited without an
 * entry under `changes` (the rules: src/lib/review-approvals.ts). Reads
 * the pull request from GitHub's API with the workflow's token; exits 1 with a message per article.
 *
 * Environment (set by GitHub Actions): GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_EVENT_PATH, and
 * GITHUB_API_URL (tests point it at a local fake API). CONTENT_ROOT as for the other commands.
 */
import { readFileSync } from 'node:fs';
import { listContentFiles } from '../loaders/content-pipeline.ts';
import { readContent, readYaml, splitFrontmatter } from '../lib/content-files.ts';
import { contentRoot } from '../lib/content-root.ts';
import { reviewApprovalProblems, type ArticleState, type ChangedArticle, type PullRequestReview } from '../lib/review-approvals.ts';

const env = process.env;
const api = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
const repo = env.GITHUB_REPOSITORY;
const event = env.GITHUB_EVENT_PATH
  ? (JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { number: number; base: { sha: string }; head: { sha: string } } })
  : {};
const pull = event.pull_request;
if (!repo || !pull) {
  console.log('Not a pull request: no review approvals to check.');
  process.exit(0);
}

async function get(path: string, raw = false): Promise<Response> {
  const response = await fetch(`${api}${path}`, {
    headers: {
      Accept: raw ? 'application/vnd.github.raw+json' : 'application/vnd.github+json',
      ...(env.GITHUB_TOKEN ? { Authorization: `Bearer ${env.GITHUB_TOKEN}` } : {}),
      'X-GitHub-Api-Version': '2022-11-28',
    },
  });
  if (!response.ok && response.status !== 404) throw new Error(`GitHub API ${path}: ${response.status} ${response.statusText}`);
  return response;
}

/** Every page of a list the API pages through. */
async function all<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const batch = (await (await get(`${path}${path.includes('?') ? '&' : '?'}per_page=100&page=${page}`)).json()) as T[];
    items.push(...batch);
    if (batch.length < 100) return items;
  }
}

/** What the rules read of an article's file at a commit (undefined when it does not exist there). */
async function stateAt(file: string, sha: string): Promise<ArticleState | undefined> {
  const response = await get(`/repos/${repo}/contents/${file.split('/').map(encodeURIComponent).join('/')}?ref=${sha}`, true);
  if (response.status === 404) return undefined;
  const split = splitFrontmatter(await response.text());
  const data = (split && readYaml(split.frontmatter, split.frontmatterFirstLine, file, [])?.data) as Record<string, unknown> | undefined;
  const text = (value: unknown) => (value === undefined || value === null ? undefined : String(value));
  return {
    reviewer: text(data?.reviewer),
    reviewedDate: text(data?.reviewedDate),
    body: split?.body,
    changes: Array.isArray(data?.changes) ? data.changes.length : 0,
    draft: data?.draft === true,
  };
}

const isArticle = (file: string) => /^content\/posts\/.+\.mdx?$/.test(file);
const files = (await all<{ filename: string; status: string }>(`/repos/${repo}/pulls/${pull.number}/files`)).filter(
  (file) => isArticle(file.filename) && file.status !== 'removed',
);
const commits = (await all<{ sha: string }>(`/repos/${repo}/pulls/${pull.number}/commits`)).map((commit) => commit.sha);
// The last commit of the pull request that touched each article.
const lastCommit = new Map<string, string>();
for (const sha of commits) {
  const detail = (await (await get(`/repos/${repo}/commits/${sha}`)).json()) as { files?: Array<{ filename: string }> };
  for (const changed of detail.files ?? []) lastCommit.set(changed.filename, sha);
}
const reviews: PullRequestReview[] = (
  await all<{ user: { login: string } | null; state: string; commit_id: string }>(`/repos/${repo}/pulls/${pull.number}/reviews`)
).flatMap((review) => (review.user ? [{ login: review.user.login, state: review.state, commit: review.commit_id }] : []));

const articles: ChangedArticle[] = [];
for (const { filename } of files) {
  const after = await stateAt(filename, pull.head.sha);
  if (!after) continue;
  articles.push({ file: filename, before: await stateAt(filename, pull.base.sha), after, lastCommit: lastCommit.get(filename) ?? pull.head.sha });
}

// People as this pull request has them (the check runs on its head).
const people = readContent(listContentFiles(contentRoot(process.cwd(), env)).filter((file) => file.entry.startsWith('authors/'))).entries;
const githubLogins = new Map(
  people.map((person) => [
    person.file.id,
    (person.parsed.data as { github?: unknown }).github ? String((person.parsed.data as { github: unknown }).github) : undefined,
  ]),
);

const problems = reviewApprovalProblems({ articles, commits, reviews, githubLogins });
for (const problem of problems) {
  console.log(`${problem.file}  reviewer  ${problem.message}`);
  if (env.GITHUB_ACTIONS === 'true') console.log(`::error file=${problem.file},title=Medical review not approved::${problem.message}`);
}
console.log(
  problems.length
    ? `${problems.length} problem(s): a review line nobody approved, or reviewed text changed without a line under changes.`
    : `Review approvals: ${articles.filter((article) => article.after.reviewer).length} article(s) checked, every named reviewer approved and no reviewed text changed silently.`,
);
process.exitCode = problems.length ? 1 : 0;
