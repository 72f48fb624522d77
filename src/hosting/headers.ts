/**
 * Writes dist/_headers (Netlify and Cloudflare Pages) from policy.ts at the end of the build, so the
 * CSP's script hashes always match the pages just built. Register it last: it lists sw.js too.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from './policy.ts';
import { listFiles, scriptHashesIn } from './site-files.ts';

export default function hostingHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'explainer:hosting-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = listFiles(site).filter((f) => f !== '_headers');
        const scriptHashes = scriptHashesIn(site, files);
        await writeFile(join(site, '_headers'), headersFile({ base, files, scriptHashes }));
        logger.info(`_headers: CSP allows ${scriptHashes.length} inline script hash(es).`);
      },
    },
  };
}
