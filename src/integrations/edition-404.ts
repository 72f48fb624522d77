/**
 * Gives each edition's 404 page the flat name hosts look for: Astro names only a src/pages/404.astro
 * 404.html, and writes src/pages/[...edition]/404.astro as 404/index.html, fa/404/index.html… (directory format).
 * Register it first, so that every later step (search index, service worker, precompression, headers)
 * sees fa/404.html.
 */
import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { BUILT_EDITIONS } from '../i18n/index.ts';

export default function edition404(): AstroIntegration {
  return {
    name: 'explainer:edition-404',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const { prefix } of BUILT_EDITIONS) {
          await rename(join(root, prefix, '404', 'index.html'), join(root, prefix, '404.html'));
          await rmdir(join(root, prefix, '404'));
        }
      },
    },
  };
}
