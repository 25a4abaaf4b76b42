import type { APIRoute } from 'astro';
import { iconSvg } from '../brand.ts';

/** The favicon, drawn from the brand palette. */
export const GET: APIRoute = () => new Response(iconSvg({ rounded: true }), { headers: { 'Content-Type': 'image/svg+xml' } });
