import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/head.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: /search/\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site.url)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
