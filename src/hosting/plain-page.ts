/**
 * A quick proof that a page runs nothing the policy doesn't allow, for a page written in the plain HTML
 * this site's renderer produces; the page check (page-check.ts) parses every other page, and every page
 * this cannot prove clean, with parse5. Parsing was most of a large build's last step (parse5 reads
 * about 10 MB a second here, and a thousand-chapter site has 160 MB of pages); this reads only the tags.
 *
 * The proof is sound because it refuses whatever it does not fully model. It accepts only:
 * - text with no "<" except where a tag, end tag or the doctype starts (Astro escapes the rest);
 * - tags named in lower case, whose attributes either have no value or a value in double quotes (as Astro
 *   and Sätteri write them);
 * - <script>, <style> and <title> outside SVG, whose text runs to the first end tag of their name, which
 *   must be written plainly ("</script>"); a script's text must not hold "<!--", which would change where
 *   the browser ends it;
 * - inside <svg>, only the drawing elements in SVG_ELEMENTS: no element where SVG hands back to HTML
 *   (<foreignObject>, <title>, <desc>), none that would break out of it (<p>, <div>…), no <script> or <style>.
 * Everything else that changes how a browser reads what follows (comments, <select>, <textarea>,
 * <noscript>, <iframe>, <math>, CDATA…) sends the page to parse5, as does anything the check would report.
 */
import { decodeHTMLAttribute } from 'entities';
import { cspHash } from './policy.ts';

/** What every page must hold (src/integrations/hosting-headers.ts works it out). */
export interface PageExpectation {
  /** The inline scripts allowed, as CSP sources ('sha256-…'). */
  scriptHashes: ReadonlySet<string>;
  /** The policy each page must carry in a <meta http-equiv> before its first script. */
  metaPolicy: string;
}

/** The script types a browser runs (the HTML standard's JavaScript MIME types, modules, import maps, speculation rules); anything else is a data block. */
const RUN_TYPES =
  /^(?:|module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:javascript1\.[0-5]|jscript|livescript))$/;
/** Attributes that take a URL a browser may navigate to or load, where javascript: would run code. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster']);

/** An event handler attribute (its name as the browser reads it, in lower case). */
export const isEventHandler = (name: string) => name.startsWith('on');
/** A javascript: URL where a browser would follow or load it (it ignores tabs and line breaks in a URL). */
export const isJavascriptUrl = (name: string, value: string) => URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(value.replace(/[\t\n\r]/g, ''));
/** Whether a script with this type attribute and no src is code the browser runs, not a data block. */
export const runsInline = (type: string | undefined, src: string | undefined) => src === undefined && RUN_TYPES.test((type ?? '').trim().toLowerCase());

/** The drawing elements allowed inside <svg> (in lower case: camel-cased names such as linearGradient are refused). */
const SVG_ELEMENTS = new Set(['svg', 'g', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect', 'text', 'tspan', 'use', 'defs', 'symbol']);
/** Elements whose text is not markup, read up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'title']);

const DOCTYPE = /^\uFEFF?[\t\n\f\r ]*<!doctype html>/iy;
const TAG_NAME = /<([a-z][a-z0-9-]*)/y;
// An attribute ends where white space, "/" or ">" follows its name or its quoted value.
const ATTRIBUTE = /[\t\n\f\r ]+([a-zA-Z_:][a-zA-Z0-9_:.-]*)(?:="([^"]*)")?(?=[\t\n\f\r />])/y;
const TAG_END = /[\t\n\f\r ]*(\/?)>/y;
const END_TAG = /<\/([a-z][a-z0-9-]*)[\t\n\f\r ]*>/y;

/** True when the page is proved clean; false when it is not plain HTML of this kind or the check would report something. */
export function plainPageIsClean(html: string, expected: PageExpectation): boolean {
  DOCTYPE.lastIndex = 0;
  let at = DOCTYPE.test(html) ? DOCTYPE.lastIndex : 0;
  /** How deep in <svg> elements. */
  let svg = 0;
  let policyMet = false;
  let scriptSeen = false;
  for (let open = html.indexOf('<', at); open !== -1; open = html.indexOf('<', at)) {
    if (html[open + 1] === '/') {
      END_TAG.lastIndex = open;
      const end = END_TAG.exec(html);
      if (!end) return false;
      const name = end[1]!;
      if (svg > 0) {
        if (!SVG_ELEMENTS.has(name)) return false;
        if (name === 'svg') svg--;
      }
      at = END_TAG.lastIndex;
      continue;
    }
    TAG_NAME.lastIndex = open;
    const tag = TAG_NAME.exec(html);
    if (!tag) return false;
    const name = tag[1]!;
    const attributes = new Map<string, string>();
    let cursor = TAG_NAME.lastIndex;
    ATTRIBUTE.lastIndex = cursor;
    for (let attribute = ATTRIBUTE.exec(html); attribute; attribute = ATTRIBUTE.exec(html)) {
      const [, written, raw = ''] = attribute as unknown as [string, string, string | undefined];
      // The browser reads attribute names in lower case (SVG's viewBox too, before it restores the case).
      const key = written.toLowerCase();
      if (isEventHandler(key)) return false;
      const value = raw.includes('&') ? decodeHTMLAttribute(raw) : raw;
      if (isJavascriptUrl(key, value)) return false;
      // The browser keeps an attribute's first value.
      if (!attributes.has(key)) attributes.set(key, value);
      cursor = ATTRIBUTE.lastIndex;
    }
    TAG_END.lastIndex = cursor;
    const close = TAG_END.exec(html);
    if (!close) return false;
    at = TAG_END.lastIndex;
    const selfClosing = close[1] === '/';
    if (svg > 0 || name === 'svg') {
      if (!SVG_ELEMENTS.has(name)) return false;
      if (name === 'svg' && !selfClosing) svg++;
      continue;
    }
    if (name === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy') {
      if (attributes.get('content') !== expected.metaPolicy) return false;
      policyMet ||= !scriptSeen;
    }
    if (!RAW_TEXT.has(name)) {
      if (!PLAIN_ELEMENTS.has(name)) return false;
      continue;
    }
    // Raw text up to the first end tag of the element's name, which must be written plainly.
    const closing = `</${name}`;
    const end = html.indexOf(closing, at);
    if (end === -1 || html[end + closing.length] !== '>' || html.slice(at, end).toLowerCase().includes(closing)) return false;
    if (name === 'script') {
      const code = html.slice(at, end);
      if (code.includes('<!--')) return false;
      if (!scriptSeen && !policyMet) return false;
      scriptSeen = true;
      if (runsInline(attributes.get('type'), attributes.get('src')) && !expected.scriptHashes.has(cspHash(code))) return false;
    }
    at = end + closing.length + 1;
  }
  return policyMet;
}

/**
 * The HTML elements a plain page may hold: what this site's pages use, none of which changes how a browser
 * reads what follows. Any other (<select>, <textarea>, <noscript>, <iframe>, <math>, <plaintext>…) sends the
 * page to parse5.
 */
const PLAIN_ELEMENTS = new Set([
  'html', 'head', 'body', 'meta', 'link', 'base',
  'header', 'footer', 'main', 'nav', 'article', 'section', 'aside', 'div', 'span', 'p', 'a', 'em', 'strong', 'b', 'i', 'small',
  'cite', 'dfn', 'abbr', 'code', 'pre', 'kbd', 'samp', 'var', 'q', 'blockquote', 'sup', 'sub', 'mark', 'time', 'data', 'br', 'wbr', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ol', 'ul', 'li', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'img', 'picture', 'source',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'form', 'label', 'input', 'button', 'fieldset', 'legend', 'output', 'progress', 'meter', 'details', 'summary', 'dialog',
]);
