import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageProblems } from '../../src/hosting/page-check.ts';
import { contentSecurityPolicy, cspHash } from '../../src/hosting/policy.ts';

const OWN = 'document.documentElement.dataset.js = 1';
const expected = { scriptHashes: new Set([cspHash(OWN)]), metaPolicy: contentSecurityPolicy([cspHash(OWN)], { meta: true }) };
const META = `<meta http-equiv="Content-Security-Policy" content="${expected.metaPolicy}">`;
const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const problems = (html: string) => pageProblems(html, expected);

test('a page with the meta policy, then the site’s own script, data blocks and script files, passes', () => {
  assert.deepEqual(problems(page(`${META}<script>${OWN}</script><script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/a.js"></script>`, '<a href="/x/">x</a>')), []);
});

test('any other inline script a browser runs is refused, with its line', () => {
  for (const script of ['<script>alert(1)</script>', '<script type="module">import("/x.js")</script>', '<SCRIPT type="text/javascript">x()</SCRIPT>',
    '<script type="importmap">{"imports":{}}</script>', '<svg><script>x()</script></svg>', `<script>${OWN} </script>`, '<template><script>x()</script></template>']) {
    const found = problems(page(`${META}<script>${OWN}</script>`, `\n\n${script}`));
    assert.equal(found.length, 1, script);
    assert.match(found[0]!, /^line 3: <script> is an inline script the policy doesn't allow/, script);
  }
  assert.deepEqual(problems(page(`${META}<script>${OWN}</script>`, '<script type="text/plain">not run</script>')), []);
});

test('event handler attributes and javascript: URLs are refused, in HTML and SVG', () => {
  const found = problems(page(META, '<img src="x" onerror="alert(1)"><svg onload="x()"></svg><a href=" java\tscript:alert(1)">a</a><form action="JavaScript:x()"></form><p data-on="fine">ok</p>'));
  assert.deepEqual(found.map((p) => p.replace(/^line \d+: /, '')), [
    '<img> has an event handler attribute (onerror="alert(1)")',
    '<svg> has an event handler attribute (onload="x()")',
    '<a> has a javascript: URL (href=" java script:alert(1)")',
    '<form> has a javascript: URL (action="JavaScript:x()")',
  ]);
});

test('the meta policy must be there, be the site’s, and come before the first script', () => {
  assert.match(problems(page(`<script>${OWN}</script>${META}`))[0]!, /<script>: no <meta http-equiv="Content-Security-Policy"> with the site's policy comes before the page's first script/);
  assert.match(problems(page('<title>x</title>'))[0]!, /no <meta http-equiv="Content-Security-Policy"> with the site's policy/);
  assert.match(problems(page(`<meta http-equiv="content-security-policy" content="default-src *">${META}`))[0]!, /has a Content-Security-Policy that isn't the site's \("default-src \*"\)/);
});
