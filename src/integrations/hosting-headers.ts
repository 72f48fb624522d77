/**
 * Writes dist/_headers (Netlify and Cloudflare Pages) from src/hosting/policy.ts at the end of the build,
 * so the CSP's script hashes always match the pages just built. Register it last: it lists sw.js too.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../hosting/policy.ts';
import { listFiles, scriptHashesIn } from '../hosting/site-files.ts';
import { siteIntegration } from './site-integration.ts';

export default function hostingHeaders() {
  return siteIntegration('hosting-headers', (site) => ({
    'astro:build:done': async ({ dir, logger }) => {
      const root = fileURLToPath(dir);
      const files = listFiles(root).filter((f) => f !== '_headers');
      const scriptHashes = scriptHashesIn(root, files);
      await writeFile(join(root, '_headers'), headersFile({ base: site.base, files, scriptHashes }));
      logger.info(`_headers: CSP allows ${scriptHashes.length} inline script hash(es).`);
    },
  }));
}
