import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { editionDigits, digitsOf } from '../../src/lib/digits.ts';
import { chapterMarkdown } from '../../src/markdown/pipeline.ts';
import { translationLang } from '../../src/markdown/edition-digits.ts';
import { mdxHtml } from '../support/markdown.ts';

test('Latin digits become the edition’s, with Arabic separators; English stays as it is', () => {
  assert.equal(editionDigits('8,600 سرباز، 2020، 12.5 و 40%', 'fa-AF'), '۸٬۶۰۰ سرباز، ۲۰۲۰، ۱۲٫۵ و ۴۰%');
  assert.equal(editionDigits('8,600 in 2020', 'en-GB'), '8,600 in 2020');
  assert.equal(digitsOf('ps'), 'arabext');
  // A comma that is not a thousands separator stays a comma.
  assert.equal(editionDigits('1,2', 'ps'), '۱,۲');
});

test('a translated chapter is known by its path', () => {
  assert.equal(translationLang('/x/content/translations/fa/chapters/round-one.mdx'), 'fa-AF');
  assert.equal(translationLang('/x/content/translations/ps/chapters/round-one.mdx'), 'ps');
  assert.equal(translationLang('/x/content/chapters/round-one.mdx'), undefined);
});

const pipeline = chapterMarkdown({ actors: () => [], href: (id) => `/people/#${id}`, terms: () => [], termHref: (id) => `/glossary/#${id}`, sources: () => [] });
const MDX = '## سال 2020\n\nدر 2020 حدود 8,600 سرباز ماندند؛ [جدول](/timeline/#year-2020) و `code 12`.[^crs20]\n\n[^crs20]: CRS, *Troops*, 1 March 2020.\n';

test('in a translated chapter the prose gets the edition’s digits; addresses, code, footnote marks and footnotes do not', async () => {
  const html = await mdxHtml(MDX, pipeline, {}, pathToFileURL('/x/content/translations/fa/chapters/round-one.mdx'));
  assert.match(html, /در ۲۰۲۰ حدود ۸٬۶۰۰ سرباز/);
  assert.match(html, /سال ۲۰۲۰/);
  assert.match(html, /href="\/timeline\/#year-2020"/);
  assert.match(html, /<code>code 12<\/code>/);
  assert.match(html, /1 March 2020/);
  assert.doesNotMatch(html, /<sup>[^<]*<a[^>]*>[۰-۹]/);
  // The footnote, an English citation, is marked as English; the chapter's own list items are not.
  assert.match(html, /<li id="user-content-fn-crs20" lang="en-GB">/);
  assert.doesNotMatch(html, /<li(?![^>]*fn-crs20)[^>]*lang=/);
});

test('an English chapter keeps its digits', async () => {
  const html = await mdxHtml(MDX, pipeline, {}, pathToFileURL('/x/content/chapters/round-one.mdx'));
  assert.match(html, /در 2020 حدود 8,600/);
  assert.doesNotMatch(html, /lang="en-GB"/);
});

test('a strings table in the edition’s digits: its texts and what its functions return, not addresses or parts', async () => {
  const { withEditionDigits } = await import('../../src/lib/digits.ts');
  const table = { n: (k: number) => `${k} نتیجه`, parts: (link: unknown) => ['در 2020 ', link], fixed: 'سال 2021', file: '/data/events-2020.csv', nested: { y: 'از 1979' } };
  const link = { tag: 'a', href: '/x-2/', text: 'x' };
  const fa = withEditionDigits(table, 'fa-AF');
  assert.equal(fa.n(3), '۳ نتیجه');
  assert.deepEqual(fa.parts(link), ['در ۲۰۲۰ ', link]);
  assert.equal(fa.fixed, 'سال ۲۰۲۱');
  assert.equal(fa.file, '/data/events-2020.csv');
  assert.equal(fa.nested.y, 'از ۱۹۷۹');
  assert.equal(withEditionDigits(table, 'en-GB'), table);
});

test('names written in Latin letters keep their digits: a source such as AC360 or bdnews24.com, a licence', () => {
  assert.equal(editionDigits('AC360 و bdnews24.com در 2021', 'fa-AF'), 'AC360 و bdnews24.com در ۲۰۲۱');
  assert.equal(editionDigits('محل‌ها: GeoNames (CC BY 4.0)، 2,500 نفر', 'ps'), 'محل‌ها: GeoNames (CC BY 4.0)، ۲٬۵۰۰ نفر');
});
