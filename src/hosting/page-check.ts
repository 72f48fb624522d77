/**
 * What in a built page a browser would run besides the site's own inline script. The Content-Security-Policy
 * allows that one script's hash and nothing else, so anything else would be blocked at best; the build
 * refuses it instead (src/integrations/hosting-headers.ts). Pages are read with parse5, the HTML
 * standard's parser, so what counts as a script or an attribute here is what a browser sees.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { cspHash } from './policy.ts';

/** The script types a browser runs (the HTML standard's JavaScript MIME types, modules, import maps, speculation rules); anything else is a data block. */
const RUN_TYPES =
  /^(?:|module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:javascript1\.[0-5]|jscript|livescript))$/;
/** Attributes that take a URL a browser may navigate to or load, where javascript: would run code. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster']);

export interface PageExpectation {
  /** The inline scripts allowed, as CSP sources ('sha256-…'). */
  scriptHashes: ReadonlySet<string>;
  /** The policy each page must carry in a <meta http-equiv> before its first script. */
  metaPolicy: string;
}

/**
 * Each thing in the page that the policy doesn't allow, as "line N: what"; empty for a clean page. Source
 * positions cost a fifth of the parse, and only a page with a problem needs them, so it is read twice.
 */
export function pageProblems(html: string, expected: PageExpectation): string[] {
  const problems = problemsIn(parse(html), expected);
  return problems.length === 0 ? problems : problemsIn(parse(html, { sourceCodeLocationInfo: true }), expected);
}

function problemsIn(document: T.Document, expected: PageExpectation): string[] {
  const problems: string[] = [];
  let policyMet = false;
  let scriptSeen = false;
  const walk = (node: T.Node) => {
    if ('tagName' in node) {
      const element = node as T.Element;
      const at = `line ${element.sourceCodeLocation?.startLine ?? '?'}: <${element.tagName}>`;
      const attr = (name: string) => element.attrs.find((a) => a.name === name)?.value;
      for (const { name, value } of element.attrs) {
        if (name.startsWith('on')) problems.push(`${at} has an event handler attribute (${name}="${clip(value)}")`);
        else if (URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(value.replace(/[\t\n\r]/g, ''))) {
          problems.push(`${at} has a javascript: URL (${name}="${clip(value)}")`);
        }
      }
      if (element.tagName === 'meta' && attr('http-equiv')?.toLowerCase() === 'content-security-policy') {
        if (attr('content') === expected.metaPolicy) policyMet ||= !scriptSeen;
        else problems.push(`${at} has a Content-Security-Policy that isn't the site's ("${clip(attr('content') ?? '')}")`);
      }
      if (element.tagName === 'script') {
        if (!scriptSeen && !policyMet) problems.push(`${at}: no <meta http-equiv="Content-Security-Policy"> with the site's policy comes before the page's first script`);
        scriptSeen = true;
        const type = (attr('type') ?? '').trim().toLowerCase();
        if (attr('src') === undefined && RUN_TYPES.test(type)) {
          const code = element.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
          if (!expected.scriptHashes.has(cspHash(code))) problems.push(`${at} is an inline script the policy doesn't allow ("${clip(code)}")`);
        }
      }
      if (element.tagName === 'template') walk((element as T.Template).content);
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(document);
  if (!policyMet && !scriptSeen) problems.push(`no <meta http-equiv="Content-Security-Policy"> with the site's policy`);
  return problems;
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text).replace(/\s+/g, ' ');

/** pageProblems for every HTML page of a built site, each as "<page file>, line N: what". */
export function siteProblems(dir: string, files: readonly string[], expected: PageExpectation): string[] {
  return files
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => pageProblems(readFileSync(join(dir, file), 'utf8'), expected).map((problem) => `${file}, ${problem}`));
}
