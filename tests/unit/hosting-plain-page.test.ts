import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsedPageProblems } from '../../src/hosting/page-check.ts';
import { plainPageIsClean } from '../../src/hosting/plain-page.ts';
import { contentSecurityPolicy, cspHash } from '../../src/hosting/policy.ts';

const OWN = 'document.documentElement.dataset.js = 1';
const expected = { scriptHashes: new Set([cspHash(OWN)]), metaPolicy: contentSecurityPolicy([cspHash(OWN)], { meta: true }) };
const META = `<meta http-equiv="Content-Security-Policy" content="${expected.metaPolicy}">`;
/** A page as the site writes one: the policy, the site's script, a script file, then `body`. */
const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"> <head><meta charset="utf-8">${META}<title>A &amp; B</title><script>${OWN}</script><script type="module" src="/_astro/page.js"></script></head> <body>${body}</body></html>`;
const clean = (html: string) => plainPageIsClean(html, expected);

const PLAIN = `<header><a href="/" class="brand">Home</a><button type="button" aria-expanded="false" data-theme-toggle><svg aria-hidden="true" viewBox="0 0 24 24"><circle cx="11" cy="11" r="7"></circle><path d="m20 20-4-4"/></svg> Search</button></header>
<main id="main" tabindex="-1"><article><h1>Title</h1><p>Text with &lt;brackets&gt; &amp; a <a href="https://example.org/?a=1&amp;b=2" rel="external">link</a>.<sup><a href="#fn-1" id="ref-1">1</a></sup></p>
<table><thead><tr><th scope="col">Year</th></tr></thead><tbody><tr><td>2020</td></tr></tbody></table><style>.x > .y { color: red }</style>
<script type="application/ld+json">{"@context":"https://schema.org","name":"</scr" }</script><form action="/search/"><input type="search" name="q" required></form></article></main>`;

test('a page in the plain HTML the site writes is proved clean, and parse5 agrees', () => {
  assert.equal(clean(page(PLAIN)), true);
  assert.deepEqual(parsedPageProblems(page(PLAIN), expected), []);
});

/**
 * Pages that are clean but not plain: each is left to parse5 (a false here only costs a parse). Some of them
 * are exactly how a browser would be made to read differently from a quick reading of the tags.
 */
const NOT_PLAIN = {
  comment: '<!-- a note --><p>x</p>',
  'a comment that ends itself': '<!--><p>x</p>',
  'a single-quoted attribute': "<p class='x'>x</p>",
  'an unquoted attribute': '<p class=x>x</p>',
  'attributes with nothing between': '<p id="a"class="b">x</p>',
  'a "<" that starts no tag': '<p>1 < 2</p>',
  'a tag named in capitals': '<P>x</P>',
  'a bogus comment': '<?xml version="1.0"?><p>x</p>',
  '<select>, in which <style> starts no style sheet': '<select><style></style></select>',
  '<textarea>': '<textarea>x</textarea>',
  '<noscript>': '<noscript><p>x</p></noscript>',
  '<iframe>': '<iframe src="/x/"></iframe>',
  '<math>': '<math><mi>x</mi></math>',
  '<template>': '<template><p>x</p></template>',
  'SVG handing back to HTML': '<svg><foreignObject><p>x</p></foreignObject></svg>',
  'SVG with a title': '<svg><title>x</title></svg>',
  'SVG with a style sheet, which is markup there': '<svg><style>.a{}</style></svg>',
  'an HTML element that breaks out of SVG': '<svg><p>x</p></svg>',
  'a camel-cased SVG element': '<svg><linearGradient id="g"></linearGradient></svg>',
  'a script ended in capitals': `<script type="application/json">{}</SCRIPT>`,
  'a script end tag with more in it': '<script type="application/json">{}</script >',
  'a style sheet ended in capitals': '<style>.a{}</STYLE>',
  'a custom element': '<my-card>x</my-card>',
  'a data block that runs on past its first end tag': '<script type="application/json"><!--<script></script>{}</script>',
};

test('a page that is not plain HTML is left to parse5', () => {
  for (const [what, body] of Object.entries(NOT_PLAIN)) assert.equal(clean(page(body)), false, what);
});

/** What the page check must refuse, written so that a quick reading might miss it. */
const HAZARDS = {
  'an event handler': '<img src="x" onerror="alert(1)">',
  'an event handler in capitals': '<img src="x" ONERROR="alert(1)">',
  'an event handler straight after a value': '<a href="/"onclick="x()">a</a>',
  'an event handler in SVG': '<svg onload="x()"></svg>',
  'a javascript: URL': '<a href="javascript:alert(1)">a</a>',
  'a javascript: URL with a tab and a capital': '<a href=" Java\tscript:alert(1)">a</a>',
  'a javascript: URL written with character references': '<a href="jav&#x61;script&colon;alert(1)">a</a>',
  'a javascript: URL in SVG': '<svg><use xlink:href="javascript:x()"></use></svg>',
  'an inline script': '<script>alert(1)</script>',
  'an inline script typed as JavaScript': '<script type="Text/JavaScript">alert(1)</script>',
  'a script in SVG': '<svg><script>alert(1)</script></svg>',
  'a script hidden in an SVG style sheet': '<svg><style><script>alert(1)</script></style></svg>',
  'a script hidden in a <select>’s style sheet': '<select><style><script>alert(1)</script></style></select>',
  'a script after a script end tag with a space in it': '<script type="application/json">{}</script ><script>alert(1)</script>',
  'a script after a title ended in capitals': '<title>x</TITLE><script>alert(1)</script><title>y</title>',
  'a script after a style sheet ended in capitals': '<style>x</STYLE><script>alert(1)</script><style>y</style>',
  'a second policy': '<meta http-equiv="content-security-policy" content="default-src *">',
};

test('what the page check refuses is never proved clean, and parse5 reports it', () => {
  for (const [what, body] of Object.entries(HAZARDS)) {
    assert.equal(clean(page(body)), false, what);
    assert.notDeepEqual(parsedPageProblems(page(body), expected), [], what);
  }
});

test('a page without the policy, or with a script before it, is never proved clean', () => {
  assert.equal(clean(`<!DOCTYPE html><html><head><title>x</title></head><body><p>x</p></body></html>`), false);
  assert.equal(clean(`<!DOCTYPE html><html><head><script>${OWN}</script>${META}</head><body></body></html>`), false);
  assert.equal(clean(`<!DOCTYPE html><html><head>${META}<script>${OWN} </script></head><body></body></html>`), false);
});

test('whatever is proved clean, parse5 finds clean too (every case above, and each cut short)', () => {
  const bodies = [PLAIN, ...Object.values(NOT_PLAIN), ...Object.values(HAZARDS)];
  for (const body of bodies) {
    const html = page(body);
    // Cut short at every tag's end as well: a page broken off anywhere must not be proved clean by mistake.
    for (const end of [html.length, ...[...html.matchAll(/>/g)].map((m) => m.index! + 1)]) {
      const part = html.slice(0, end);
      if (clean(part)) assert.deepEqual(parsedPageProblems(part, expected), [], part);
    }
  }
});
