import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reviewApprovalProblems, type ApprovalFacts } from '../../src/lib/review-approvals.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const file = 'content/posts/breathing/index.md';
const signed = { reviewer: 'dr-ana', reviewedDate: '2026-12-05' };
const facts = (over: Partial<ApprovalFacts>): ApprovalFacts => ({
  articles: [{ file, before: {}, after: signed, lastCommit: 'c2' }],
  commits: ['c1', 'c2', 'c3'],
  reviews: [],
  githubLogins: new Map([
    ['dr-ana', 'ana-nunez-md'],
    ['writer', undefined],
  ]),
  ...over,
});

describe('a review line tied to the clinician who approved', () => {
  it('passes when the named reviewer approved on or after the last commit that touched the article', () => {
    expect(reviewApprovalProblems(facts({ reviews: [{ login: 'ana-nunez-md', state: 'APPROVED', commit: 'c2' }] }))).toEqual([]);
    expect(reviewApprovalProblems(facts({ reviews: [{ login: 'Ana-Nunez-MD', state: 'APPROVED', commit: 'c3' }] }))).toEqual([]);
  });

  it('fails when the article changed after their approval', () => {
    expect(reviewApprovalProblems(facts({ reviews: [{ login: 'ana-nunez-md', state: 'APPROVED', commit: 'c1' }] }))).toEqual([
      {
        file,
        message:
          'ana-nunez-md (the reviewer, "dr-ana") approved an earlier version: the article changed after their approval - ask them to review the current text and approve again',
      },
    ]);
  });

  it('fails when someone else approved, naming who did', () => {
    expect(reviewApprovalProblems(facts({ reviews: [{ login: 'office-manager', state: 'APPROVED', commit: 'c3' }] }))[0]!.message).toBe(
      'no approving review from ana-nunez-md (the reviewer, "dr-ana"); approved by office-manager, who is not the named reviewer - the named reviewer approves this pull request on GitHub ("Review changes" -> "Approve"), or the reviewer line is removed',
    );
  });

  it('fails with no review at all, or with only comments or requested changes from the reviewer', () => {
    expect(reviewApprovalProblems(facts({}))).toHaveLength(1);
    expect(reviewApprovalProblems(facts({ reviews: [{ login: 'ana-nunez-md', state: 'CHANGES_REQUESTED', commit: 'c3' }] }))).toHaveLength(1);
  });

  it('asks for the reviewer’s GitHub login when their file has none', () => {
    const problems = reviewApprovalProblems(
      facts({ articles: [{ file, before: {}, after: { reviewer: 'writer', reviewedDate: '2026-12-05' }, lastCommit: 'c2' }] }),
    );
    expect(problems[0]!.message).toMatch(/^reviewer "writer" has no github: login in content\/authors\/writer\.yaml/);
  });

  it('refuses a silent edit of reviewed, published text: the edit needs a line under changes', () => {
    const reviewed = { ...signed, body: 'Text as reviewed.', changes: 0 };
    const silent = reviewApprovalProblems(facts({ articles: [{ file, before: reviewed, after: { ...reviewed, body: 'Text edited.' }, lastCommit: 'c2' }] }));
    expect(silent).toEqual([
      {
        file,
        message:
          'the text of a reviewed, published article changed with no new entry under changes - add one (date, kind: medical, correction or editorial, and a line saying what changed) so readers can see it',
      },
    ]);
    expect(
      reviewApprovalProblems(facts({ articles: [{ file, before: reviewed, after: { ...reviewed, body: 'Text edited.', changes: 1 }, lastCommit: 'c2' }] })),
    ).toEqual([]);
    // A draft, or text never reviewed, may change freely.
    expect(
      reviewApprovalProblems(
        facts({ articles: [{ file, before: { ...reviewed, draft: true }, after: { ...reviewed, body: 'Text edited.' }, lastCommit: 'c2' }] }),
      ),
    ).toEqual([]);
    expect(reviewApprovalProblems(facts({ articles: [{ file, before: { body: 'a' }, after: { body: 'b' }, lastCommit: 'c2' }] }))).toEqual([]);
  });

  it('leaves alone articles whose review line the pull request does not touch, and ones with no reviewer', () => {
    expect(reviewApprovalProblems(facts({ articles: [{ file, before: signed, after: signed, lastCommit: 'c2' }] }))).toEqual([]);
    expect(reviewApprovalProblems(facts({ articles: [{ file, before: signed, after: {}, lastCommit: 'c2' }] }))).toEqual([]);
  });
});

/**
 * The command against a local stand-in for GitHub's API, answering as GitHub does for a pull request
 * from the editor: two commits, the second touching the article, and the reviews given.
 */
describe('the pull-request check, against GitHub-shaped answers', () => {
  const article = 'content/posts/breathing/index.md';
  const post = (review: string) => `---\ntitle: "Breathing"\n${review}---\nText.\n`;

  async function runCheck(reviews: Array<{ login: string; state: string; commit: string }>) {
    const content = mkdtempSync(join(tmpdir(), 'approvals-'));
    mkdirSync(join(content, 'authors'), { recursive: true });
    writeFileSync(join(content, 'authors/dr-ana.yaml'), 'name: Dr. Ana\nrole: Psychiatrist\nbio: Reviews articles.\ngithub: ana-nunez-md\n');
    const answers: Record<string, unknown> = {
      '/repos/clinic/site/pulls/7/files': [{ filename: article, status: 'modified' }],
      '/repos/clinic/site/pulls/7/commits': [{ sha: 'c1' }, { sha: 'c2' }],
      '/repos/clinic/site/commits/c1': { files: [{ filename: 'content/posts/other/index.md' }] },
      '/repos/clinic/site/commits/c2': { files: [{ filename: article }] },
      '/repos/clinic/site/pulls/7/reviews': reviews.map((review) => ({ user: { login: review.login }, state: review.state, commit_id: review.commit })),
    };
    const files: Record<string, string> = { base: post(''), head: post('reviewer: dr-ana\nreviewedDate: 2026-12-05\n') };
    const seenTokens = new Set<string>();
    const server = createServer((request, response) => {
      seenTokens.add(String(request.headers.authorization));
      const url = new URL(request.url!, 'http://x');
      if (url.pathname === `/repos/clinic/site/contents/${article}`) {
        response.writeHead(200, { 'Content-Type': 'text/plain' });
        return response.end(files[url.searchParams.get('ref') ?? ''] ?? '');
      }
      const answer = answers[url.pathname];
      if (!answer) return response.writeHead(404).end('{}');
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(Array.isArray(answer) && url.searchParams.get('page') !== '1' ? [] : answer));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const eventFile = join(content, 'event.json');
    writeFileSync(eventFile, JSON.stringify({ pull_request: { number: 7, base: { sha: 'base' }, head: { sha: 'head' } } }));
    try {
      const result = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, [join(root, 'src/cli/check-review-approvals.ts')], {
          cwd: root,
          env: {
            ...process.env,
            GITHUB_API_URL: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
            GITHUB_REPOSITORY: 'clinic/site',
            GITHUB_EVENT_PATH: eventFile,
            GITHUB_TOKEN: 'workflow-token',
            GITHUB_ACTIONS: '',
            CONTENT_ROOT: content,
          },
        });
        let stdout = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stdout += chunk));
        child.on('exit', (status) => resolve({ status, stdout }));
      });
      expect([...seenTokens]).toEqual(['Bearer workflow-token']);
      return result;
    } finally {
      server.close();
    }
  }

  it('passes when the named reviewer approved the article as it is now', async () => {
    const result = await runCheck([{ login: 'ana-nunez-md', state: 'APPROVED', commit: 'c2' }]);
    expect(result.stdout).toContain('1 article(s) checked, every named reviewer approved and no reviewed text changed silently');
    expect(result.status).toBe(0);
  });

  it.each([
    ['approved, then the article changed', [{ login: 'ana-nunez-md', state: 'APPROVED', commit: 'c1' }], 'approved an earlier version'],
    ['approved by someone else', [{ login: 'office-manager', state: 'APPROVED', commit: 'c2' }], 'approved by office-manager, who is not the named reviewer'],
    ['no review', [], 'no approving review from ana-nunez-md'],
  ])('fails, naming the article and what is missing: %s', async (_case, reviews, message) => {
    const result = await runCheck(reviews);
    expect(result.stdout).toContain(`${article}  reviewer  `);
    expect(result.stdout).toContain(message);
    expect(result.status).toBe(1);
  });
});
