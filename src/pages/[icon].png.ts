import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { iconSvg } from '../brand.ts';

/** The PNG icons browsers, phones and the manifest ask for, drawn from the brand palette. */
const ICONS = {
  'favicon-32': { size: 32, rounded: true },
  'apple-touch-icon': { size: 180, rounded: false },
  'icon-192': { size: 192, rounded: false },
  'icon-512': { size: 512, rounded: false },
} as const;

export const getStaticPaths = (() => Object.keys(ICONS).map((icon) => ({ params: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { size, rounded } = ICONS[params.icon as keyof typeof ICONS];
  const png = await sharp(Buffer.from(iconSvg({ rounded })), { density: (72 * size) / 32 })
    .resize(size, size)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
