import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleJsonLd, jsonLdScript, websiteJsonLd } from '../../src/lib/structured-data.ts';

const chapter = {
  title: 'Round one', description: 'd', url: 'https://x.org/round-one/', asOf: '2021-03-01', updated: '2026-11-28',
  siteName: 'S', siteUrl: 'https://x.org/', lang: 'en-GB', position: 2,
};

test('describes a chapter as an Article, revised on its update date, covering time up to its as-of date', () => {
  const ld = articleJsonLd(chapter);
  assert.equal(ld['@type'], 'Article');
  assert.equal(ld.headline, 'Round one');
  assert.equal(ld.dateModified, '2026-11-28');
  assert.equal(ld.temporalCoverage, '../2021-03-01');
});

test("an Article's site is the same WebSite the home page describes", () => {
  const site = websiteJsonLd(chapter.siteName, chapter.siteUrl, 'd', chapter.lang);
  const { isPartOf } = articleJsonLd(chapter) as { isPartOf: Record<string, unknown> };
  for (const key of ['@type', 'name', 'url'] as const) assert.equal(isPartOf[key], site[key], key);
  assert.equal(articleJsonLd(chapter).inLanguage, site.inLanguage);
});

test('escapes "<" so the JSON cannot end the script element', () => {
  assert.equal(jsonLdScript({ t: '</script><b>' }), '{"t":"\\u003c/script>\\u003cb>"}');
  assert.deepEqual(JSON.parse(jsonLdScript({ t: '</script>' })), { t: '</script>' });
});
