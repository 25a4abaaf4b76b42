import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { site } from '../../src/site.config.ts';

// Reads the built files directly: no browser needed to prove every internal link resolves.
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const origin = new URL(site.url).origin;

function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) idsCache.set(file, (ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))));
  return ids;
}

test('every internal href and src in dist/ resolves, anchors included', () => {
  const documents = globSync('**/*.{html,xml}', { cwd: dist });
  expect(documents.length).toBeGreaterThan(10);
  const broken: string[] = [];
  let checked = 0;
  for (const document of documents) {
    const text = readFileSync(join(dist, document), 'utf8');
    const pagePath = `/${document.replace(/index\.html$/, '')}`;
    const urls = [
      ...[...text.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!),
      ...[...text.matchAll(/\ssrcset="([^"]+)"/g)].flatMap((m) => m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!)),
      ...[...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
    ];
    for (const raw of urls) {
      const url = raw.replace(/&amp;/g, '&');
      if (/^(mailto|tel|sms|data):/.test(url)) continue;
      const resolved = new URL(url, `${origin}${pagePath}`);
      if (resolved.origin !== origin) continue;
      checked += 1;
      const target = fileFor(resolved.pathname);
      if (!target) {
        broken.push(`${document}: ${url} (no file for ${resolved.pathname})`);
        continue;
      }
      const anchor = decodeURIComponent(resolved.hash.slice(1));
      if (anchor && target.endsWith('.html') && !idsIn(target).has(anchor)) broken.push(`${document}: ${url} (no element with id="${anchor}")`);
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});
