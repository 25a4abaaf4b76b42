import { searchUrl, sitemapUrl } from '../lib/routes.ts';
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/head.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${searchUrl()}\n\nSitemap: ${absoluteUrl(sitemapUrl(), site.url)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
