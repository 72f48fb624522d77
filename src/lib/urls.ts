/** Site-relative URLs that keep working when the site is hosted under a sub-path (SITE_BASE). */

/** Joins the base path ("/" or "/explainers/afghanistan/") and a site path ("round-one/"). */
export function withBase(base: string, path = ''): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/** The URL of a chapter page, by chapter id. */
export function chapterPath(base: string, id: string): string {
  return withBase(base, `${id}/`);
}
