/**
 * A throwaway copy of the site's repository for the editor's browser tests: content/ (people,
 * topics, the site pages and one article) in a fresh git repository, with decap-server in git mode on it, which
 * is how the deployed editor's review flow works on GitHub (a branch per article, merged on
 * publish), without GitHub.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localServerAnswers } from '../../src/integrations/editor.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);

const git = (repo: string, ...args: string[]) => {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
};

/** Creates the repository; `posts` are folder names copied from content/posts. */
export function createEditorRepo(repo: string, posts: readonly string[] = []) {
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(join(repo, 'content/posts'), { recursive: true });
  for (const kind of ['authors', 'topics', 'pages']) cpSync(join(root, 'content', kind), join(repo, 'content', kind), { recursive: true });
  for (const post of posts) cpSync(join(root, 'content/posts', post), join(repo, 'content/posts', post), { recursive: true });
  git(repo, 'init', '--quiet', '--initial-branch=main');
  git(repo, 'config', 'user.name', 'Editor test');
  git(repo, 'config', 'user.email', 'editor-test@example.invalid');
  git(repo, 'config', 'commit.gpgsign', 'false');
  git(repo, 'add', '.');
  git(repo, 'commit', '--quiet', '-m', 'Start');
  return { git: (...args: string[]) => git(repo, ...args) };
}

/** decap-server in git mode on the repository, on the port the built editor expects. */
export async function startEditorBackend(repo: string, port: number): Promise<ChildProcess> {
  // Never save the tests' articles through someone else's server (npm start saves into content/).
  if (await localServerAnswers(port)) throw new Error(`port ${port} is taken (is npm start running?): stop it, then run the editor tests`);
  const server = spawn(process.execPath, [require.resolve('decap-server')], {
    env: { ...process.env, PORT: String(port), MODE: 'git', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await localServerAnswers(port)) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`decap-server did not start on port ${port}`);
}
