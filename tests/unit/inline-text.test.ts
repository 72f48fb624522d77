import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inlineParts, inlineProblems, inlineSkeleton } from '../../src/lib/inline-text.ts';
import { paragraphTranslationProblems } from '../../src/lib/translation-check.ts';

const PAGES = ['glossary', 'data'];
const COUNTS = ['sources', 'policy'];

test('a paragraph splits into text, links to pages or other sites, and counts, in reading order', () => {
  assert.deepEqual(inlineParts('All {sources} sources are on the [open data](data) page; see [Natural Earth](https://www.naturalearthdata.com/).'), [
    'All ',
    { count: 'sources' },
    ' sources are on the ',
    { link: 'open data', target: 'data' },
    ' page; see ',
    { link: 'Natural Earth', target: 'https://www.naturalearthdata.com/' },
    '.',
  ]);
  assert.deepEqual(inlineParts('Plain text (with brackets).'), ['Plain text (with brackets).']);
});

test('known pages, https addresses and known counts pass', () => {
  assert.deepEqual(inlineProblems('The [glossary](glossary), [GeoNames](https://www.geonames.org/) and {policy} entries.', PAGES, COUNTS), []);
});

test('an unknown page, an address that is not https, an unknown count and a stray bracket are each named', () => {
  assert.deepEqual(inlineProblems('The [list](sources-page).', PAGES, COUNTS), [
    'the link "list" goes to "sources-page", which is no page: give one of glossary, data, or an address starting with https://',
  ]);
  assert.match(inlineProblems('[a site](http://example.org/)', PAGES, COUNTS)[0]!, /which is no page/);
  assert.deepEqual(inlineProblems('{chapters} chapters', PAGES, COUNTS), ['no count is called {chapters}; the counts are: {sources}, {policy}']);
  assert.match(inlineProblems('See [the glossary] (glossary).', PAGES, COUNTS)[0]!, /^a bracket out of place in "See \[the glossary\] \(glossary\)."/);
  assert.match(inlineProblems('{sources sources', PAGES, COUNTS)[0]!, /bracket out of place/);
});

test("a paragraph's skeleton is its link targets and counts, in order, without the words", () => {
  assert.deepEqual(inlineSkeleton('All {sources} on the [open data](data) page.'), ['{sources}', '(data)']);
  assert.deepEqual(inlineSkeleton('همه {sources} منبع در صفحه [داده‌های باز](data).'), ['{sources}', '(data)']);
});

test('a translated list of paragraphs keeps the count of paragraphs, their links and counts, and their numbers', () => {
  const english = ['Stands as of 1 March 2021. See the [glossary](glossary).', 'All {sources} sources.'];
  const where = 'content/translations/fa/about.yaml → entry "what"';
  assert.deepEqual(paragraphTranslationProblems(where, 'paragraphs', english, ['تا 1 مارچ 2021. [واژه‌نامه](glossary).', 'همه {sources} منبع.']), []);
  assert.deepEqual(paragraphTranslationProblems(where, 'paragraphs', english, ['یک پاراگراف']), [
    `${where}, field "paragraphs": 1 paragraph(s), but the English has 2: translate each one, in the same order`,
  ]);
  assert.deepEqual(paragraphTranslationProblems(where, 'paragraphs', english, ['تا 1 مارچ 2020. [واژه‌نامه](data).', 'همه منبع‌ها.']), [
    `${where}, field "paragraphs.0": the links and counts are (data), but the English paragraph has (glossary)`,
    `${where}, field "paragraphs.0": the year 2021 is missing (the English has it once)`,
    `${where}, field "paragraphs.0": the year 2020 is not in the English (it appears here once)`,
    `${where}, field "paragraphs.1": the links and counts are none, but the English paragraph has {sources}`,
  ]);
});
