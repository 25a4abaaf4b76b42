/**
 * Astro's incremental build reuses article pages whose cache key is unchanged. A key that misses
 * an input serves a stale page, so this builds the real content twice and checks that retitling
 * one article changes every page that shows its title, while untouched pages are reused.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'incremental-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(): string {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(work, 'dist')], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_ROOT: join(work, 'content'),
      ASTRO_CACHE_DIR: join(work, 'cache'),
      NODE_COMPILE_CACHE: join(work, 'compile-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const page = (id: string) => readFileSync(join(work, 'dist/blog', id, 'index.html'), 'utf8');

it('a rebuild reuses unchanged article pages and updates every page that shows a retitled article', { timeout: 180_000 }, () => {
  cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
  build();
  // English articles (translations live under /es/blog/ and are linked by their own titles).
  const ids = readdirSync(join(work, 'content/posts')).filter((id) => existsSync(join(work, 'dist/blog', id, 'index.html')));
  // An article that another article links to by title (related posts or previous/next).
  const target = ids.find((id) => ids.some((other) => other !== id && page(other).includes(`href="/blog/${id}/"`)))!;
  const showing = ids.filter((other) => other !== target && page(other).includes(`href="/blog/${target}/"`));
  expect(showing.length).toBeGreaterThan(0);

  const file = join(
    work,
    'content/posts',
    target,
    readdirSync(join(work, 'content/posts', target)).find((name) => /^index\.mdx?$/.test(name))!,
  );
  const newTitle = 'A retitled article for the incremental build test';
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: "${newTitle}"`));
  const log = build();
  expect(log).toMatch(/\((cached|restored)\)/);
  expect(page(target)).toContain(newTitle);
  for (const other of showing) expect(page(other), `/blog/${other}/ still shows the old title`).toContain(newTitle);
});
