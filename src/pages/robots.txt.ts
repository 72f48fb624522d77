import type { APIRoute } from 'astro';
import { routes } from '../site.ts';

/** Allows every crawler and points it at the sitemap, wherever the site is hosted. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(routes(import.meta.env.BASE_URL).asset('sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
