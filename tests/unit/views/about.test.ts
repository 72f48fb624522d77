import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AboutSection } from '../../../src/explainer.ts';
import { localeOf } from '../../../src/i18n/index.ts';
import { markShownInEnglish } from '../../../src/lib/fallback.ts';
import { EDITIONS, routes } from '../../../src/site.ts';
import { aboutPageView } from '../../../src/views/about.ts';
import { context } from './fixtures.ts';

const SECTIONS: AboutSection[] = [
  { id: 'sources', heading: 'How sources are chosen', paragraphs: ['Every one of the {sources} sources is checked against {policy} refused publishers.', 'Download them from the [open data](data) page.'] },
  { id: 'licences', heading: 'The map', paragraphs: ['Boundaries: [Natural Earth](https://www.naturalearthdata.com/) (CC BY 4.0 places).'] },
];
const COUNTS = { sources: 1248, policy: 40 };

test('the page has its title and description from the strings, and the sections in the order given', () => {
  const view = aboutPageView({ sections: SECTIONS, counts: COUNTS }, context);
  assert.equal(view.title, 'About this explainer');
  assert.ok(view.description.length > 0);
  assert.deepEqual(view.sections.map((s) => [s.id, s.heading]), [['sources', 'How sources are chosen'], ['licences', 'The map']]);
});

test('counts are filled in, a page name becomes its address under the base, an address stays as written', () => {
  const [sources, licences] = aboutPageView({ sections: SECTIONS, counts: COUNTS }, context).sections;
  assert.deepEqual(sources!.paragraphs, [
    ['Every one of the ', '1,248', ' sources is checked against ', '40', ' refused publishers.'],
    ['Download them from the ', { tag: 'a', href: '/sub/data/', text: 'open data' }, ' page.'],
  ]);
  assert.deepEqual(licences!.paragraphs[0]![1], { tag: 'a', href: 'https://www.naturalearthdata.com/', text: 'Natural Earth' });
  assert.equal(sources!.mark, undefined);
});

test("in a translated edition, digits are the edition's (never in addresses), links go to its pages, and an English section is marked so", () => {
  const fa = EDITIONS.find((e) => e.id === 'fa')!;
  const faContext = { locale: localeOf(fa), routes: routes('/', fa) };
  const sections = [SECTIONS[0]!, markShownInEnglish(SECTIONS[1]!)];
  const [translated, english] = aboutPageView({ sections, counts: COUNTS }, faContext).sections;
  assert.deepEqual(translated!.paragraphs[0], ['Every one of the ', '۱٬۲۴۸', ' sources is checked against ', '۴۰', ' refused publishers.']);
  assert.deepEqual(translated!.paragraphs[1]![1], { tag: 'a', href: '/fa/data/', text: 'open data' });
  assert.deepEqual(english!.mark, { lang: 'en-GB', dir: 'ltr' });
  assert.deepEqual(english!.paragraphs[0], ['Boundaries: ', { tag: 'a', href: 'https://www.naturalearthdata.com/', text: 'Natural Earth' }, ' (CC BY 4.0 places).']);
});
