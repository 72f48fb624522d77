/**
 * The site's top, from the address of the built module that bundles this (built modules live in
 * <top>/_astro/): right under any prefix, such as the one Kiwix serves a ZIM copy under
 * (src/hosting/zim.ts). The dev server serves sources, so there the configured base is used.
 */
export const siteTop: string = import.meta.env.DEV ? import.meta.env.BASE_URL : new URL('../', import.meta.url).pathname;
