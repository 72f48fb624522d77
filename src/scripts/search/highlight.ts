/**
 * Loaded only on pages opened from a search result (?highlight=term): marks the terms with
 * Pagefind's highlighter and scrolls to the first one in or after the linked section.
 */
import { safeDecode } from '../../lib/safe-decode.ts';
import { highlightTerms } from '../../lib/highlight-terms.ts';
import { siteTop as base } from '../site-top.ts';


interface HighlightOptions {
  highlightParam: string;
  markContext: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[]; ignoreJoiners: boolean };
}
type Highlighter = new (options: HighlightOptions) => unknown;

// Numbers with their thousands separators and stems of inflected words too (src/lib/highlight-terms.ts):
// the highlighter reads the address, so the extra words go there.
const params = new URLSearchParams(location.search);
const terms = highlightTerms(params.getAll('highlight').flatMap((t) => t.split(/\s+/)));
params.delete('highlight');
for (const term of terms) params.append('highlight', term);
history.replaceState(history.state, '', `${location.pathname}?${params}${location.hash}`);

const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as { default: Highlighter };
// Styles come from global.css (mark.pagefind-highlight), so no inline <style> is injected and a strict CSP holds.
new module.default({
  highlightParam: 'highlight',
  // Only the page's own content: never the header, navigation or footer.
  markContext: 'main',
  addStyles: false,
  // ignoreJoiners: search drops the zero-width non-joiner inside a word, as Pagefind does (src/lib/search-text.ts),
  // so "توافقنامه" must mark the page's "توافق‌نامه".
  markOptions: { className: 'pagefind-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'], ignoreJoiners: true },
});

const marks = [...document.querySelectorAll<HTMLElement>('mark.pagefind-highlight')];
// A hand-typed or truncated address can carry a hash that is not valid percent-encoding (#%E0).
const section = location.hash ? document.getElementById(safeDecode(location.hash.slice(1))) : null;
const first = section
  ? marks.find((m) => section.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) ?? marks[0]
  : marks[0];
first?.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
