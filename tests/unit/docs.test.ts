/**
 * The docs cannot go stale silently: every file or folder of the project that they name in
 * `backticks`, and every `npm run` script, must exist. Example paths under content/ (the posts staff
 * would create) are examples, not promises, and are left out.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docs = ['README.md', ...globSync('docs/**/*.md', { cwd: root })];
const scripts = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

const texts = docs.map((doc) => ({ doc, text: readFileSync(join(root, doc), 'utf8') }));

describe('the docs', () => {
  it('are the short README and the staff and developer guides', () => {
    expect(docs.length).toBeGreaterThan(5);
  });

  it('name only files and folders that exist', () => {
    const named = texts.flatMap(({ doc, text }) =>
      [...text.matchAll(/`((?:src|tests|public|\.github|\.ci|docs)\/[^`\s]*)`/g)].map((match) => ({ doc, path: match[1]! })),
    );
    expect(named.length).toBeGreaterThan(20);
    // A placeholder (<slug>, ...) stands for files to come: the folder before it must exist.
    const missing = named.filter(({ path }) => !existsSync(join(root, path.split(/<|\.\.\./)[0]!))).map(({ doc, path }) => `${doc}: ${path}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('link only to docs and pictures that exist', () => {
    // Links written as examples inside code (`![Alt](./chart.png)`) are not links of the docs.
    const withoutCode = (text: string) => text.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');
    const links = texts.flatMap(({ doc, text }) =>
      [...withoutCode(text).matchAll(/\]\(((?!https?:|#|mailto:|\/)[^)\s]+)\)/g)].map((match) => ({
        doc,
        target: join(dirname(doc), match[1]!.split('#')[0]!),
      })),
    );
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter(({ target }) => !existsSync(join(root, target))).map(({ doc, target }) => `${doc}: ${target}`)).toEqual([]);
  });

  it('name only npm scripts that exist', () => {
    const used = texts.flatMap(({ text }) => [...text.matchAll(/npm run ([a-z0-9:-]+)/g)].map((match) => match[1]!));
    expect(used.length).toBeGreaterThan(5);
    expect([...new Set(used)].filter((script) => !scripts.includes(script))).toEqual([]);
  });
});
