/**
 * A build that keeps its cache (as deploys do: GitHub's actions/cache of node_modules/.astro,
 * Netlify's kept node_modules) must write exactly what a cold build of the same tree writes.
 * This copies the project to a temporary folder, builds it once, then for each edit a maintainer
 * or a writer makes, rebuilds with the kept cache and compares every file of the output, byte for
 * byte, with a cold build of the edited tree.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'cache-equivalence-'));
// Two copies of the project, edited alike: Astro keeps build files in the project folder, so the
// kept-cache build and the cold one can only run side by side in separate folders.
const warmSite = join(work, 'warm');
const coldSite = join(work, 'cold');
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Built {
  log: string;
  files: Map<string, Buffer>;
}

/** `astro build` of the copied site into `outDir` with the cache in `cacheDir`. */
function build(site: string, outDir: string, cacheDir: string): Promise<Built> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: site,
      env: {
        ...process.env,
        ASTRO_CACHE_DIR: cacheDir,
        NODE_COMPILE_CACHE: join(work, 'compile-cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        CONTENT_ROOT: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`astro build failed:\n${log.slice(-4000)}`));
      const files = new Map(
        globSync('**/*', { cwd: outDir, withFileTypes: true })
          .filter((f) => f.isFile())
          .map((f) => {
            const path = join(f.parentPath, f.name);
            return [path.slice(outDir.length + 1), readFileSync(path)] as const;
          }),
      );
      resolve({ log, files });
    });
  });
}

/** The files that differ between two outputs (missing on either side included), sorted. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) || !b.has(name)).sort();
}

const edit = (site: string, file: string, from: string | RegExp, to: string) => {
  const path = join(site, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`edit of ${file} found nothing to change (${String(from)})`);
  writeFileSync(path, changed);
};

const warmOut = join(warmSite, 'dist');
const coldOut = join(coldSite, 'dist');
const warmCache = join(work, 'cache');
const coldCache = join(work, 'cold-cache');
let base: Built;

beforeAll(async () => {
  for (const site of [warmSite, coldSite]) {
    for (const part of ['src', 'public', 'content']) cpSync(join(root, part), join(site, part), { recursive: true });
    for (const file of ['astro.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json']) copyFileSync(join(root, file), join(site, file));
    symlinkSync(join(root, 'node_modules'), join(site, 'node_modules'), 'dir');
  }
  mkdirSync(warmCache, { recursive: true });
  base = await build(warmSite, warmOut, warmCache);
}, 120_000);

/**
 * Each edit is made on top of the ones before it. `changes` lists pages whose bytes the edit must
 * change, so no edit can pass by accident by changing nothing.
 */
const edits: Array<{ what: string; changes: string[]; reuses?: boolean; apply: (site: string) => void }> = [
  {
    what: 'the citation plugin (the accessible name of a numbered source link)',
    changes: ['blog/how-ketamine-works/index.html'],
    apply: (site) => edit(site, 'src/markdown/citations.ts', 'ariaLabel: `Source ${number}`', 'ariaLabel: `Reference ${number}`'),
  },
  {
    what: 'the external-links plugin (the rel of links to other sites)',
    changes: ['blog/treatment-resistant-depression/index.html'],
    apply: (site) => edit(site, 'src/markdown/external-links.ts', "['noopener', 'noreferrer']", "['noopener', 'noreferrer', 'external']"),
  },
  {
    what: 'the heading-anchors plugin',
    changes: ['blog/how-ketamine-works/index.html'],
    apply: (site) => edit(site, 'src/markdown/citations.ts', "ctx.setProperty(node, 'id', slugger.slug(", "ctx.setProperty(node, 'id', 'h-' + slugger.slug("),
  },
  {
    what: 'a component (the source list)',
    changes: ['blog/how-ketamine-works/index.html'],
    apply: (site) => edit(site, 'src/components/article/SourceList.astro', /<ol/, '<ol data-edited'),
  },
  {
    what: 'a dictionary string',
    changes: ['blog/how-ketamine-works/index.html'],
    apply: (site) => edit(site, 'src/i18n/en.ts', "sources: 'Sources',", "sources: 'Sources and studies',"),
  },
  {
    what: 'the site settings (the phone number)',
    changes: ['blog/how-ketamine-works/index.html'],
    apply: (site) => edit(site, 'src/site.config.ts', "display: '(305) 555-0142'", "display: '(305) 555-0199'"),
  },
  {
    what: 'the editorial rules (what shows the crisis notice)',
    changes: ['blog/ketamine-vs-esketamine/index.html'],
    apply: (site) =>
      edit(
        site,
        'src/editorial.config.ts',
        'crisisTrigger: SUICIDE_OR_SELF_HARM }',
        'crisisTrigger: new RegExp(`${SUICIDE_OR_SELF_HARM.source}|\\\\besketamine\\\\b`, "i") }',
      ),
  },
  {
    what: "a dependency's version in the lockfile",
    changes: [],
    apply: (site) => edit(site, 'package-lock.json', /("node_modules\/yaml": \{\s*"version": ")([^"]+)"/, '$1$2-edited"'),
  },
  {
    what: 'a post and a picture (the post is shown on other pages too)',
    changes: ['blog/ketamine-for-ptsd/index.html', 'blog/ketamine-for-anxiety/index.html'],
    // Only content changed: pages that show none of it are reused, or the cache would be pointless.
    reuses: true,
    apply: (site) => {
      edit(site, 'content/posts/ketamine-for-ptsd/index.md', /^title: .*$/m, 'title: "Ketamine and PTSD: an edited title"');
      copyFileSync(join(site, 'content/posts/how-ketamine-works/hero.jpg'), join(site, 'content/posts/ketamine-for-anxiety/hero.jpg'));
    },
  },
  {
    what: 'a person',
    changes: ['authors/editorial-team/index.html'],
    apply: (site) => edit(site, 'content/authors/editorial-team.yaml', /^role: .*$/m, 'role: Health writers and editors'),
  },
  {
    what: 'a topic',
    changes: ['topics/anxiety/index.html'],
    apply: (site) => edit(site, 'content/topics/anxiety.yaml', /^name: .*$/m, 'name: Anxiety disorders'),
  },
  {
    what: 'a site page (content/pages)',
    changes: ['insurance-and-payment/index.html'],
    apply: (site) => edit(site, 'content/pages/insurance-and-payment/index.md', 'so the cost is never a surprise', 'so that the cost is never a surprise'),
  },
];

describe('a build with a kept cache writes what a cold build writes', { timeout: 180_000 }, () => {
  let previous: Built;
  beforeAll(() => {
    previous = base;
  });
  it.each(edits)('after editing $what', async ({ changes, reuses, apply }) => {
    apply(warmSite);
    apply(coldSite);
    // A cold build starts from nothing: no cache, no output and none of Astro's files in the project.
    for (const folder of [coldCache, coldOut, join(coldSite, '.astro')]) rmSync(folder, { recursive: true, force: true });
    const [warm, reference] = await Promise.all([build(warmSite, warmOut, warmCache), build(coldSite, coldOut, coldCache)]);
    for (const page of changes) expect(reference.files.get(page)?.equals(previous.files.get(page)!), `the edit changes ${page}`).toBe(false);
    expect(differences(warm.files, reference.files)).toEqual([]);
    if (reuses) expect(warm.log).toMatch(/\((cached|restored)\)/);
    previous = warm;
  });
});
