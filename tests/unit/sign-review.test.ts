import { describe, expect, it } from 'vitest';
import { approvePullRequest, editorBranch, signerOf, type GitHubApi } from '../../src/lib/editor/sign-review.ts';

const people = [
  { id: 'dr-ana-nunez', name: 'Dr. Ana Núñez (placeholder)', github: 'dr-ana-nunez' },
  { id: 'clinical-review-team', name: 'Clinical Review Team', github: 'clinic-reviews' },
];

/** GitHub's API answered from recorded replies, keyed by method and path; every call is kept. */
function recordedApi(replies: Record<string, { status: number; data: unknown }>) {
  const calls: Array<{ method: string; path: string; body?: unknown }> = [];
  const api: GitHubApi = async (path, init = {}) => {
    const method = init.method ?? 'GET';
    calls.push({ method, path, body: init.body });
    return replies[`${method} ${path}`] ?? { status: 404, data: { message: 'Not Found' } };
  };
  return { api, calls };
}

const pulls = '/repos/clinic/site/pulls?state=open&head=clinic%3Acms%2Fposts%2Fbreathing%2Findex';

describe('signing the medical review in the editor', () => {
  it('signs as the signed-in person when their people file names their GitHub login (in any case)', async () => {
    const { api } = recordedApi({ 'GET /user': { status: 200, data: { login: 'Dr-Ana-Nunez' } } });
    expect(await signerOf(api, people)).toEqual({ signer: people[0] });
  });

  it('refuses a signed-in person no people file names, saying which login it saw', async () => {
    const { api } = recordedApi({ 'GET /user': { status: 200, data: { login: 'a-writer' } } });
    expect(await signerOf(api, people)).toEqual({ refused: 'not-a-reviewer', login: 'a-writer' });
  });

  it('refuses when GitHub does not know the sign-in (expired or missing)', async () => {
    const { api } = recordedApi({ 'GET /user': { status: 401, data: { message: 'Bad credentials' } } });
    expect(await signerOf(api, people)).toEqual({ refused: 'not-signed-in' });
  });

  it("approves the article's pull request with the signer's own sign-in", async () => {
    const { api, calls } = recordedApi({
      [`GET ${pulls}`]: { status: 200, data: [{ number: 12, html_url: 'https://github.com/clinic/site/pull/12' }] },
      'POST /repos/clinic/site/pulls/12/reviews': { status: 200, data: { state: 'APPROVED' } },
    });
    expect(await approvePullRequest(api, 'clinic/site', editorBranch('posts', 'breathing/index'), 'Medical review signed in the editor.')).toEqual({
      approved: 'https://github.com/clinic/site/pull/12',
    });
    expect(calls.at(-1)).toEqual({
      method: 'POST',
      path: '/repos/clinic/site/pulls/12/reviews',
      body: { event: 'APPROVE', body: 'Medical review signed in the editor.' },
    });
  });

  it('says so when the signer opened the pull request themselves (GitHub refuses approving one’s own)', async () => {
    const { api } = recordedApi({
      [`GET ${pulls}`]: { status: 200, data: [{ number: 12 }] },
      'POST /repos/clinic/site/pulls/12/reviews': {
        status: 422,
        data: { message: 'Unprocessable Entity', errors: ['Review Can not approve your own pull request'] },
      },
    });
    expect(await approvePullRequest(api, 'clinic/site', 'cms/posts/breathing/index', 'note')).toEqual({ refused: 'own-pull-request' });
  });

  it('says so when the article has no open pull request yet, or the person may not review', async () => {
    const none = recordedApi({ [`GET ${pulls}`]: { status: 200, data: [] } });
    expect(await approvePullRequest(none.api, 'clinic/site', 'cms/posts/breathing/index', 'note')).toEqual({ refused: 'no-pull-request' });
    const forbidden = recordedApi({
      [`GET ${pulls}`]: { status: 200, data: [{ number: 12 }] },
      'POST /repos/clinic/site/pulls/12/reviews': { status: 403, data: { message: 'Resource not accessible' } },
    });
    expect(await approvePullRequest(forbidden.api, 'clinic/site', 'cms/posts/breathing/index', 'note')).toEqual({ refused: 'not-allowed' });
  });
});
