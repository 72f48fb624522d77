/**
 * At the end of the build: refuses any page that would run code besides the site's own inline script,
 * then writes dist/_headers (Netlify and Cloudflare Pages) from src/hosting/policy.ts. In two parts:
 * `start`, registered right after edition404, checks the pages (final by then) in worker threads while the
 * search index is built; `finish`, registered last, waits for that, checks any page written since and
 * writes _headers, which lists sw.js too and is the build's last file: npm run serve and npm run package
 * take it as the sign of a complete build.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteProblems, type PageExpectation } from '../hosting/page-check.ts';
import { contentSecurityPolicy, cspHash, headersFile } from '../hosting/policy.ts';
import { listSiteFiles } from '../hosting/site-files.ts';
import { minifyInline } from '../scripts/minify-inline.ts';
import { SETTINGS } from '../settings.ts';
import { siteIntegration } from './site-integration.ts';

/**
 * What every page must hold: the hash of the inline script (src/scripts/inline.ts), worked out from its
 * source and so known before any page is rendered, is the only one the policy allows, and the policy is
 * in the page's <meta http-equiv> (src/layouts/BaseLayout.astro).
 */
export function pageExpectation(): PageExpectation {
  const hashes = [cspHash(minifyInline(readFileSync(fileURLToPath(new URL('../scripts/page.js', import.meta.url)), 'utf8')))];
  return { scriptHashes: new Set(hashes), metaPolicy: contentSecurityPolicy(hashes, { meta: true }) };
}

export default function hostingHeaders() {
  let early: { pages: ReadonlySet<string>; problems: Promise<string[]> } | undefined;
  return {
    start: siteIntegration('hosting-headers-start', () => ({
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = listSiteFiles(root).filter((file) => file.endsWith('.html'));
        early = { pages: new Set(pages), problems: siteProblems(root, pages, pageExpectation()) };
        // Reported by finish, which awaits it; a build that stops before then has a reason of its own.
        early.problems.catch(() => {});
      },
    })),
    finish: siteIntegration('hosting-headers', (site) => ({
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = listSiteFiles(root);
        const expected = pageExpectation();
        const later = files.filter((file) => !early?.pages.has(file));
        const problems = [...(await early?.problems ?? []), ...(await siteProblems(root, later, expected))];
        if (problems.length > 0) {
          throw new Error(`Pages would run code the Content-Security-Policy doesn't allow (only src/scripts/page.js may run inline):\n${problems.map((p) => `  ${p}`).join('\n')}`);
        }
        await writeFile(join(root, '_headers'), headersFile({ base: site.base, files, scriptHashes: expected.scriptHashes, hsts: SETTINGS.hsts }));
      },
    })),
  };
}
