import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFingerprint, fingerprintedFiles } from '../../src/lib/build-fingerprint.ts';

let root = '';
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};

function project() {
  root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
  write('astro.config.ts', 'export default {};');
  write('package-lock.json', '{"packages":{"node_modules/yaml":{"version":"2.9.1"}}}');
  write('src/plugins/new-plugin-next-year.ts', 'export const plugin = 1;');
  write('src/i18n/en.ts', "export const en = { sources: 'Sources' };");
  write('public/robots.txt', 'User-agent: *');
  write('content/posts/a.md', '---\ntitle: A\n---\nText.');
  write('node_modules/pkg/index.js', 'module.exports = 1;');
  write('tests/e2e/a.spec.ts', 'test');
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the build fingerprint', () => {
  it('covers every file of the code folders and the top level, and nothing else', () => {
    project();
    expect(fingerprintedFiles(root)).toEqual([
      'astro.config.ts',
      'package-lock.json',
      'public/robots.txt',
      'src/i18n/en.ts',
      'src/plugins/new-plugin-next-year.ts',
    ]);
  });

  it.each([
    ['a file nobody listed (a new Markdown plugin)', 'src/plugins/new-plugin-next-year.ts', 'export const plugin = 2;'],
    ['a dictionary string', 'src/i18n/en.ts', "export const en = { sources: 'Sources and studies' };"],
    ['the config', 'astro.config.ts', 'export default { trailingSlash: "always" };'],
    ["a dependency's version in the lockfile", 'package-lock.json', '{"packages":{"node_modules/yaml":{"version":"2.9.2"}}}'],
    ['a public file', 'public/robots.txt', 'User-agent: *\nDisallow: /admin/'],
    ['a new file', 'src/components/New.astro', '<p>new</p>'],
  ])('changes with %s', (_what, file, text) => {
    project();
    const before = buildFingerprint(root);
    write(file, text);
    expect(buildFingerprint(root)).not.toBe(before);
  });

  it('changes with the Node version', () => {
    project();
    expect(buildFingerprint(root, 'node@24.21.0')).not.toBe(buildFingerprint(root, 'node@24.22.0'));
  });

  it('changes when a file moves, even with the same bytes', () => {
    project();
    const before = buildFingerprint(root);
    rmSync(join(root, 'src/i18n/en.ts'));
    write('src/i18n/es.ts', "export const en = { sources: 'Sources' };");
    expect(buildFingerprint(root)).not.toBe(before);
  });

  it('ignores content (each entry has its own digest), tests and installed packages', () => {
    project();
    const before = buildFingerprint(root);
    write('content/posts/a.md', '---\ntitle: B\n---\nOther text.');
    write('tests/e2e/a.spec.ts', 'changed');
    write('node_modules/pkg/index.js', 'module.exports = 2;');
    expect(buildFingerprint(root)).toBe(before);
  });
});
