/**
 * What in a built page a browser would run besides the site's own inline script. The Content-Security-Policy
 * allows that one script's hash and nothing else, so anything else would be blocked at best; the build
 * refuses it instead (src/integrations/hosting-headers.ts). Pages are read with parse5, the HTML
 * standard's parser, so what counts as a script or an attribute here is what a browser sees; a page in the
 * plain HTML this site writes is first read more quickly, tag by tag, and parsed only if that cannot prove it clean.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { lowestPriority, runWorkers } from '../lib/threads.ts';
import { isEventHandler, isJavascriptUrl, plainPageIsClean, runsInline, type PageExpectation } from './plain-page.ts';
import { cspHash } from './policy.ts';

export type { PageExpectation };

/**
 * Each thing in the page that the policy doesn't allow, as "line N: what"; empty for a clean page. A page
 * of plain HTML is proved clean without a parse (plain-page.ts); any other is parsed. Source positions
 * cost a fifth of the parse, and only a page with a problem needs them, so it is read twice.
 */
export function pageProblems(html: string, expected: PageExpectation): string[] {
  return plainPageIsClean(html, expected) ? [] : parsedPageProblems(html, expected);
}

/** pageProblems by parse5 alone, for any page. */
export function parsedPageProblems(html: string, expected: PageExpectation): string[] {
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
        if (isEventHandler(name)) problems.push(`${at} has an event handler attribute (${name}="${clip(value)}")`);
        else if (isJavascriptUrl(name, value)) {
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
        if (runsInline(attr('type'), attr('src'))) {
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

/** pageProblems for some pages of a built site, each problem as "<page file>, line N: what", in the order of `pages`. */
function checkPages(dir: string, pages: readonly string[], expected: PageExpectation): string[] {
  return pages.flatMap((file) => pageProblems(readFileSync(join(dir, file), 'utf8'), expected).map((problem) => `${file}, ${problem}`));
}

/** A worker takes at least this many pages: fewer are checked sooner than a thread starts. */
const PAGES_PER_WORKER = 250;

/**
 * pageProblems for every HTML page of a built site, each as "<page file>, line N: what", in the order of
 * `files`. Parsing is most of a large build's last step (a thousand-chapter site has 3,000 pages and 125 MB
 * of HTML), so the pages are shared among worker threads, one per core.
 */
export async function siteProblems(dir: string, files: readonly string[], expected: PageExpectation, threads = availableParallelism()): Promise<string[]> {
  const pages = files.filter((file) => file.endsWith('.html'));
  const workers = Math.max(1, Math.min(threads, Math.floor(pages.length / PAGES_PER_WORKER)));
  if (workers === 1) return checkPages(dir, pages, expected);
  const size = Math.ceil(pages.length / workers);
  const slices = Array.from({ length: workers }, (_, i) => pages.slice(i * size, (i + 1) * size));
  const found = await runWorkers<string[]>(
    new URL(import.meta.url),
    slices.map((slice) => ({ pageCheck: { dir, pages: slice, scriptHashes: [...expected.scriptHashes], metaPolicy: expected.metaPolicy } })),
    "page check's",
  );
  return found.flat();
}

// In a worker started by siteProblems: give way to the build's own thread, check the pages it was given
// and send back what is wrong.
if (!isMainThread && workerData?.pageCheck) {
  lowestPriority();
  const { dir, pages, scriptHashes, metaPolicy } = workerData.pageCheck as { dir: string; pages: string[]; scriptHashes: string[]; metaPolicy: string };
  parentPort!.postMessage(checkPages(dir, pages, { scriptHashes: new Set(scriptHashes), metaPolicy }));
}
