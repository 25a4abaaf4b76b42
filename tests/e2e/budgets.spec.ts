import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// Byte budgets are deterministic, so they are tests; timings live in `npm run bench`.
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const KB = 1024;

function firstView(page: string) {
  const html = readFileSync(join(dist, page), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const stylesheets = [...head.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!)));
  const inlineStyles = [...head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const scripts = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")([^>]*)>([\s\S]*?)<\/script>/g)];
  const externalScripts = scripts.filter((m) => /\ssrc=/.test(m[1]!));
  const inlineScripts = scripts.filter((m) => !/\ssrc=/.test(m[1]!)).map((m) => m[2]!);
  const fontPreloads = [...head.matchAll(/<link[^>]+rel="preload"[^>]+as="font"/g)].length;
  return {
    html: gz(html),
    css: gz(Buffer.concat([...stylesheets, Buffer.from(inlineStyles.join(''))])),
    externalScripts: externalScripts.length,
    inlineJs: gz(inlineScripts.join(';')),
    fontPreloads,
  };
}

test('the lead article fits its byte budgets (gzip)', () => {
  const view = firstView('blog/ketamine-for-bipolar-disorder/index.html');
  console.log(
    `lead article first view (gzip): HTML ${(view.html / KB).toFixed(1)} KB, CSS ${(view.css / KB).toFixed(1)} KB, inline JS ${(view.inlineJs / KB).toFixed(2)} KB, script files ${view.externalScripts}`,
  );
  expect(view.html).toBeLessThanOrEqual(30 * KB);
  expect(view.css).toBeLessThanOrEqual(15 * KB);
  // No script file is fetched before the reader interacts; the inline theme bootstrap and the
  // share buttons' few lines stay under 1.5 KB.
  expect(view.externalScripts).toBe(0);
  expect(view.inlineJs).toBeLessThanOrEqual(1.5 * KB);
  expect(view.html + view.css + view.inlineJs).toBeLessThanOrEqual(50 * KB);
  expect(view.fontPreloads).toBeLessThanOrEqual(2);
});

test('every page carries a hash-based CSP without unsafe-inline scripts', () => {
  // The staff editor at /admin/ has its own, stricter-scoped policy (tests/e2e/editor.spec.ts).
  const pages = globSync('**/*.html', { cwd: dist, exclude: ['admin/**'] }).filter(
    (page) => !readFileSync(join(dist, page), 'utf8').includes('http-equiv="refresh"'),
  );
  expect(pages.length).toBeGreaterThan(20);
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, page).toBeDefined();
    const scriptSrc = /script-src ([^;]+)/.exec(csp!)?.[1] ?? '';
    expect(scriptSrc, page).not.toContain("'unsafe-inline'");
    expect(scriptSrc, page).toMatch(/'sha256-/);
    expect(csp, page).toContain("object-src 'none'");
  }
});

test('external links never leak the referrer or the opener', () => {
  const problems: string[] = [];
  for (const page of globSync('**/*.html', { cwd: dist })) {
    const html = readFileSync(join(dist, page), 'utf8');
    for (const match of html.matchAll(/<a\s[^>]*href="https?:\/\/[^"]+"[^>]*>/g)) {
      if (!/rel="[^"]*noopener[^"]*noreferrer|rel="[^"]*noreferrer[^"]*noopener/.test(match[0])) problems.push(`${page}: ${match[0].slice(0, 120)}`);
    }
  }
  expect(problems).toEqual([]);
});
