/**
 * The changes that turn a copy of dist/ into the content of a ZIM file for Kiwix (src/hosting/zim.ts).
 * A ZIM is served under a prefix that changes from reader to reader (kiwix-serve's /<book>/, an app's own
 * scheme), so every address the pages and scripts use must be relative to the file that names it, and a
 * ZIM has no folders: a link to round-one/ must name round-one/index.html. Pure functions over text.
 */
import { posix } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** Answers whether a file (a path relative to the site's top, no leading slash) is in the copy. */
export type Exists = (path: string) => boolean;

/** The file a root-absolute address ("/round-one/#x") names, relative to the top, or undefined. */
export function targetOf(address: string, exists: Exists): string | undefined {
  if (!address.startsWith('/') || address.startsWith('//')) return undefined;
  const path = decodeURI(address.replace(/[?#].*$/s, '')).slice(1);
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  if (!exists(path) && exists(`${path}/index.html`)) return `${path}/index.html`;
  return path;
}

/**
 * A relative address ("../round-two/", as chapters link each other) as seen from the top, root-absolute;
 * anything else (absolute URLs, "#x", "?q=", root-absolute addresses) as it is.
 */
export function fromTop(from: string, address: string): string {
  if (/^([a-z][a-z\d+.-]*:|[/#?]|$)/i.test(address)) return address;
  const tail = address.match(/[?#].*$/s)?.[0] ?? '';
  const path = address.slice(0, address.length - tail.length);
  const resolved = posix.join(posix.dirname(`/${from}`), path);
  return (path.endsWith('/') && !resolved.endsWith('/') ? `${resolved}/` : resolved) + tail;
}

/** The address of `target` (relative to the top) as seen from the file `from`, keeping a query and hash. */
export function relativeAddress(from: string, address: string, exists: Exists): string {
  const target = targetOf(fromTop(from, address), exists);
  if (target === undefined) return address;
  const tail = address.match(/[?#].*$/s)?.[0] ?? '';
  const relative = posix.relative(posix.dirname(`/${from}`), `/${target}`);
  return encodeURI(relative) + tail;
}

/** The addresses of Kiwix's own full-text search, for the site's search forms where no script runs. */
export interface KiwixSearch {
  /** The book's name in kiwix-serve: the ZIM's file name without .zim. */
  book: string;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster']);
const DATA_ATTRIBUTE = /^data-[\w-]+$/;

/**
 * One page of the copy, rewritten: root-absolute href, src, srcset, action and poster values become
 * relative, and relative ones that name a folder name its index.html, and so do data-* values that name a file (the modules page.js loads); the service worker's
 * address (data-sw) goes, so none is registered; and the search forms, which scripts take over, send a
 * reader without scripts to Kiwix's full-text search (kiwix-serve's <root>/search?content=<book>&pattern=…).
 * Addresses in <meta> (Open Graph) and canonical links are absolute URLs of the real site and stay.
 */
export function rewriteHtml(html: string, from: string, exists: Exists, kiwix: KiwixSearch): string {
  const depth = from.split('/').length - 1;
  const kiwixSearch = `${'../'.repeat(depth + 1)}search`;
  return html.replace(/<(form|[a-z][\w-]*)\b([^>]*)>/g, (tag, name: string, attributes: string) => {
    const isSearchForm = name === 'form' && / action="\/[^"]*search\/"/.test(attributes);
    let rewritten = attributes
      .replace(/\sdata-sw="[^"]*"/, '')
      .replace(/(\s)([\w:-]+)="([^"]*)"/g, (whole, space: string, attribute: string, value: string) => {
        if (isSearchForm && attribute === 'action') return `${space}action="${kiwixSearch}"`;
        if (attribute === 'srcset') {
          const list = value.replace(/(^|,\s*)(\/[^\s,]*)/g, (_, lead: string, url: string) => lead + relativeAddress(from, url, exists));
          return `${space}srcset="${list}"`;
        }
        const isUrl = URL_ATTRIBUTES.has(attribute) || (DATA_ATTRIBUTE.test(attribute) && value.startsWith('/') && exists(value.slice(1)));
        return isUrl ? `${space}${attribute}="${relativeAddress(from, value, exists)}"` : whole;
      });
    if (isSearchForm) rewritten += ` data-kiwix-book="${kiwix.book}"`;
    return `<${name}${rewritten}>`;
  })
    // The search forms' fields, named as kiwix-serve expects, with the book beside them.
    .replace(/(<form\b[^>]*data-kiwix-book="([^"]*)"[^>]*>)([\s\S]*?)(<\/form>)/g, (_, open: string, book: string, body: string, close: string) =>
      `${open.replace(/ data-kiwix-book="[^"]*"/, '')}<input type="hidden" name="content" value="${book}">${body.replace(/<input\b[^>]*>/g, (input) => (/ type="search"/.test(input) ? input.replace(' name="q"', ' name="pattern"') : input))}${close}`);
}

/**
 * The search page's notice for readers without scripts (shown until a script removes it), with a sentence
 * saying that the search box still works in Kiwix, since it leads to Kiwix's own search (rewriteHtml).
 */
export function withKiwixSearchNote(html: string, note: string): string {
  return html.includes('data-search-root') ? html.replace(/(<p\b[^>]*\sdata-needs-js[^>]*>[\s\S]*?)(<\/p>)/, `$1 ${note}$2`) : html;
}

/** A stylesheet of the copy with root-absolute url() values made relative to it. */
export function rewriteCss(css: string, from: string, exists: Exists): string {
  return css.replace(/url\((["']?)(\/[^)"']*)\1\)/g, (_, quote: string, url: string) => `url(${quote}${relativeAddress(from, url, exists)}${quote})`);
}

/**
 * A module in _astro/ with the addresses the bundler wrote for its sibling modules ("/_astro/x.js", loaded
 * with import()) made relative to it: import() resolves a relative address against the importing module.
 */
export function rewriteModule(js: string, from: string, exists: Exists): string {
  return js.replace(/([`"'])(\/_astro\/[^`"'\s]+)\1/g, (whole, quote: string, url: string) =>
    exists(url.slice(1)) ? `${quote}./${relativeAddress(from, url, exists)}${quote}` : whole);
}

/** A root-absolute folder address with its page named: "/round-one/#x" → "/round-one/index.html#x". */
export function withIndexPage(address: string): string {
  return address.startsWith('/') && !address.startsWith('//') ? address.replace(/\/(?=$|[?#])/, '/index.html') : address;
}

/**
 * Search data with every "url" naming a page file: kiwix-serve answers a folder's address (round-one/)
 * with nothing, and zimwriterfs 3.1's redirects file cannot be used (it rejects every line). The
 * addresses stay root-absolute: search puts the site's top (found from its own module's address) before them.
 */
export function withIndexPages(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withIndexPages);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, key === 'url' && typeof v === 'string' ? withIndexPage(v) : withIndexPages(v)]));
}

/** Pagefind's fragment files are gzipped "pagefind_dcd" + JSON: the same, with page-file addresses. */
export function rewriteFragment(fragment: Buffer): Buffer {
  const text = gunzipSync(fragment).toString('utf8');
  const signature = 'pagefind_dcd';
  if (!text.startsWith(signature)) throw new Error('not a Pagefind fragment');
  return gzipSync(signature + JSON.stringify(withIndexPages(JSON.parse(text.slice(signature.length)))));
}
