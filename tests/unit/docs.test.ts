/**
 * The docs cannot go stale silently: every file or folder of the project that they name in
 * `backticks`, and every `npm run` script, must exist. Example paths under content/ (the posts staff
 * would create) are examples, not promises, and are left out.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docs = ['README.md', ...globSync('docs/**/*.md', { cwd: root })];
const scripts = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

describe.each(docs)('%s', (doc) => {
  const text = readFileSync(join(root, doc), 'utf8');

  it('names only files and folders that exist', () => {
    const named = [...text.matchAll(/`((?:src|tests|public|\.github|\.ci|docs)\/[^`\s]*)`/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(0);
    // A placeholder (<slug>, ...) stands for files to come: the folder before it must exist.
    const missing = [...new Set(named)].map((path) => path.split(/<|\.\.\./)[0]!).filter((path) => !existsSync(join(root, path)));
    expect(missing).toEqual([]);
  });

  it('names only npm scripts that exist', () => {
    const used = [...text.matchAll(/npm run ([a-z0-9:-]+)/g)].map((match) => match[1]!);
    expect(used.length).toBeGreaterThan(0);
    expect([...new Set(used)].filter((script) => !scripts.includes(script))).toEqual([]);
  });
});
