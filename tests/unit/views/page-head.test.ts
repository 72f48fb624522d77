import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localeOf } from '../../../src/i18n/index.ts';
import { EDITIONS, routes } from '../../../src/site.ts';
import { embedsView } from '../../../src/views/embeds.ts';
import { headView } from '../../../src/views/page-head.ts';
import { notFoundView } from '../../../src/views/not-found.ts';
import { CHAPTERS, context } from './fixtures.ts';

const site = new URL('https://x.org');

test('a page’s title carries the site’s; the home page is the site title alone, described as the site', () => {
  assert.equal(headView({ title: 'Timeline' }, site, '/sub/timeline/', context).title, 'Timeline · The Afghan Peace Talks, Explained');
  const home = headView({}, site, '/sub/', context);
  assert.equal(home.title, 'The Afghan Peace Talks, Explained');
  assert.match(home.description, /^How the 2018–2021 Afghan peace process/);
  assert.equal(JSON.parse(home.jsonLd).url, 'https://x.org/sub/');
});

test('canonical and preview tags point at the page, except where a page has no address of its own', () => {
  const page = headView({ title: 'T', type: 'article' }, site, '/sub/round-one/', context);
  assert.equal(page.canonical, 'https://x.org/sub/round-one/');
  assert.deepEqual(page.og, { type: 'article', siteName: 'The Afghan Peace Talks, Explained', title: 'T', locale: 'en_GB' });
  assert.equal(page.favicon, '/sub/favicon.svg');
  assert.equal(headView({ canonical: false }, site, '/sub/404.html', context).canonical, undefined);
});

test('every page names a share card by its absolute address, with its size and text alternative: a chapter its own, the rest the home page’s', () => {
  const chapter = headView({ title: 'T', card: { name: 'round-one', title: 'Round one: talks' } }, site, '/sub/round-one/', context);
  assert.deepEqual(chapter.image, {
    url: 'https://x.org/sub/share/round-one.png',
    alt: '“Round one: talks”, from The Afghan Peace Talks, Explained, beside an outline map of Afghanistan.',
    width: 1200,
    height: 630,
    type: 'image/png',
  });
  for (const page of [headView({}, site, '/sub/', context), headView({ title: 'Timeline' }, site, '/sub/timeline/', context)]) {
    assert.equal(page.image.url, 'https://x.org/sub/share/home.png');
    assert.match(page.image.alt, /^“The Afghan Peace Talks, Explained”/);
  }
});

test('a chapter a translated edition shows in English names the English card, described in English; a translated one its own', () => {
  const fa = EDITIONS.find((e) => e.id === 'fa')!;
  const faContext = { locale: localeOf(fa), routes: routes('/sub/', fa) };
  const english = headView({ title: 'T', card: { name: 'background', title: 'Background', inEnglish: true } }, site, '/sub/fa/background/', faContext);
  assert.equal(english.image.url, 'https://x.org/sub/share/background.png');
  assert.equal(english.image.alt, '“Background”, from The Afghan Peace Talks, Explained, beside an outline map of Afghanistan.');
  const own = headView({ title: 'T', card: { name: 'round-one', title: 'دور نخست' } }, site, '/sub/fa/round-one/', faContext);
  assert.equal(own.image.url, 'https://x.org/sub/fa/share/round-one.png');
  assert.doesNotMatch(own.image.alt, /from The Afghan/);
});

test('the 404 page lists the chapters and offers the search page', () => {
  const view = notFoundView(CHAPTERS, context);
  assert.deepEqual(view.chapters, [{ href: '/sub/background/', text: 'Title of background' }, { href: '/sub/round-one/', text: 'Title of round-one' }]);
  assert.equal(view.search.action, '/sub/search/');
});

test('a postscript says when it was written: its chapter\'s postscriptWritten', () => {
  const postscript = embedsView({ troopLevels: [], sources: new Map(), postscript: { iso: '2026-12-01', precision: 'day' } }, context).postscript();
  assert.deepEqual(postscript.heading, ['Postscript · written ', { tag: 'time', datetime: '2026-12-01', text: '1 December 2026' }, ', after the as-of date']);
  assert.throws(() => embedsView({ troopLevels: [], sources: new Map() }, context).postscript(), /without postscriptWritten/);
});
