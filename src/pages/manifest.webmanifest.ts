import type { APIRoute } from 'astro';
import { site } from '../site.config.ts';
import { palette } from '../brand.ts';

/** Web app manifest from the site config, so the brand lives in one place. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: site.name,
        short_name: site.name.split(' ')[0],
        description: site.copy.en.description,
        start_url: '/',
        display: 'browser',
        background_color: palette.light.canvas,
        theme_color: palette.light.primary,
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
        ],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
