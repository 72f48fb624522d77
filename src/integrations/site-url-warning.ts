/**
 * Says, at the end of every build made without SITE_URL, that the build names a stand-in address. It never
 * fails the build: a build for a local preview or for the tests needs no real address, and only whoever
 * publishes or packages a copy knows it. Register it last, so that the warning is the last thing printed
 * before Astro's summary.
 */
import type { AstroIntegration } from 'astro';
import { PLACEHOLDER_SITE_URL, SETTINGS } from '../settings.ts';

export default function siteUrlWarning(): AstroIntegration {
  return {
    name: 'explainer:site-url',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!SETTINGS.siteUrlIsPlaceholder) return;
        logger.warn(
          [
            `SITE_URL is not set, so this build gives its address as ${PLACEHOLDER_SITE_URL}, a stand-in.`,
            'Canonical links, share cards (Open Graph), structured data, citations, the sitemap and robots.txt all point there.',
            'That is fine for a local preview and for the tests. Before you publish or package this build, rebuild it with the real address:',
            '  SITE_URL=https://explainer.example.org npm run build',
          ].join('\n'),
        );
      },
    },
  };
}
