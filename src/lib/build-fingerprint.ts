/**
 * One fingerprint of everything besides content that can change what a build writes: every file
 * under the project's code folders (src/, public/), every file at the project's top level (the
 * Astro config, package.json, the lockfile, tsconfig.json ...) and the Node version running the
 * build. Cached work carries it in its key (loaded posts in the content pipeline, pages in their
 * cacheKey), so after any code change nothing cached is reused. Nothing is listed by name: a new
 * Markdown plugin, component or setting file is covered the day it is added.
 *
 * Content is not part of it: each post, person and topic has its own digest, so editing one post
 * re-renders only the pages that show it.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders whose every file is code or a file the site serves. */
export const CODE_FOLDERS = ['src', 'public'] as const;

/** The files the fingerprint covers, as paths relative to `root`, sorted. */
export function fingerprintedFiles(root: string): string[] {
  const topLevel = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
  const inFolders = CODE_FOLDERS.flatMap((folder) =>
    existsSync(join(root, folder))
      ? globSync('**/*', { cwd: join(root, folder), withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name).slice(root.replace(/\/?$/, '/').length))
      : [],
  );
  return [...topLevel, ...inFolders].map((path) => path.split('\\').join('/')).sort();
}

/** A short hex digest of the files above, their names and the runtime (`node@<version>`). */
export function buildFingerprint(root: string, runtime = `node@${process.versions.node}`): string {
  const hash = createHash('sha256').update(runtime);
  for (const file of fingerprintedFiles(root)) {
    const bytes = readFileSync(join(root, file));
    // Name and length first, so no two different trees can hash the same byte stream.
    hash.update(`\0${file}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex').slice(0, 32);
}
