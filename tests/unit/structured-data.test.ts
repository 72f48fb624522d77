import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleJsonLd, jsonLdScript, websiteJsonLd } from '../../src/lib/structured-data.ts';

test('describes a chapter as an Article within the site', () => {
  const ld = articleJsonLd({
    title: 'Round one', description: 'd', url: 'https://x.org/round-one/', asOf: '2021-03-01', updated: '2026-11-28',
    siteName: 'S', siteUrl: 'https://x.org/', lang: 'en-GB', position: 2,
  });
  assert.equal(ld['@type'], 'Article');
  assert.equal(ld.headline, 'Round one');
  assert.equal(ld.dateModified, '2026-11-28');
  assert.deepEqual(ld.isPartOf, { '@type': 'WebSite', name: 'S', url: 'https://x.org/' });
  assert.equal(websiteJsonLd('S', 'https://x.org/', 'd', 'en-GB')['@type'], 'WebSite');
});

test('escapes "<" so the JSON cannot end the script element', () => {
  assert.equal(jsonLdScript({ t: '</script><b>' }), '{"t":"\\u003c/script>\\u003cb>"}');
});
