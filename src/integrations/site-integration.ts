/**
 * The skeleton of this site's integrations (search index, service worker, hosting headers): each gets
 * the site's base path, normalised once ("/" or "/explainers/afghanistan/"), and the folder it builds into,
 * when Astro's config is final.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../site.ts';

export interface SiteBuild {
  /** Set by the time any hook after astro:config:done runs. */
  base: string;
  /** The folder the build writes (its outDir), likewise. */
  outDir: string;
}

/** Astro's hooks, less astro:config:done, which this skeleton uses itself. */
type Hooks = { [K in Exclude<keyof Astro.IntegrationHooks, 'astro:config:done'>]?: Astro.IntegrationHooks[K] };

export function siteIntegration(name: string, hooks: (site: Readonly<SiteBuild>) => Hooks): AstroIntegration {
  const site: SiteBuild = { base: '/', outDir: '' };
  return {
    name: `explainer:${name}`,
    hooks: {
      ...hooks(site),
      'astro:config:done': ({ config }) => {
        site.base = normaliseBase(config.base);
        site.outDir = fileURLToPath(config.outDir);
      },
    },
  };
}
