import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LISTED_CHAPTERS_MAX, WHOLE_PRINT_CHAPTERS_MAX } from '../../../src/site.ts';
import { chromeView } from '../../../src/views/chrome.ts';
import { searchPanelView } from '../../../src/views/search-panel.ts';
import { CHAPTERS, chapter, context } from './fixtures.ts';

test('the page states its language and direction, and its links carry the base path', () => {
  const chrome = chromeView(CHAPTERS, context);
  assert.equal(chrome.lang, 'en-GB');
  assert.equal(chrome.dir, 'ltr');
  assert.deepEqual(chrome.header.chapters.map((c) => c.href), ['/sub/background/', '/sub/round-one/']);
  assert.deepEqual(chrome.footer.links.map((l) => l.href), ['/sub/', '/sub/timeline/', '/sub/people/', '/sub/agreement/', '/sub/glossary/', '/sub/data/', '/sub/offline/', '/sub/search/', '/sub/about/', '/sub/translations/']);
  assert.deepEqual(chrome.footer.print, { href: '/sub/print/', text: 'Print the whole explainer' });
  assert.equal(chrome.fileNotice.serviceWorker, '/sub/sw.js');
  assert.ok(chrome.fileNotice.text.some((p) => typeof p === 'object' && p.tag === 'a' && p.href === 'http://localhost:8000/sub/'));
});

test('the header menu lists the chapters, then every other section with the whole explainer’s print page, as the footer does', () => {
  const { header, footer } = chromeView(CHAPTERS, context);
  assert.equal(header.menu, 'Menu');
  assert.deepEqual(header.sections, [
    { href: '/sub/timeline/', text: 'Timeline' },
    { href: '/sub/people/', text: 'Who’s who' },
    { href: '/sub/agreement/', text: 'What the agreement promised' },
    { href: '/sub/glossary/', text: 'Glossary' },
    { href: '/sub/data/', text: 'Open data' },
    { href: '/sub/offline/', text: 'Read offline' },
    { href: '/sub/print/', text: 'Print' },
  ]);
  // The footer lists the same sections between home and search (then the about page), and the print page under its longer name.
  assert.deepEqual(footer.links.slice(1, -3), header.sections.slice(0, -1));
  const many = Array.from({ length: WHOLE_PRINT_CHAPTERS_MAX + 1 }, (_, i) => chapter(`c${i}`, i + 1));
  assert.deepEqual(chromeView(many, context).header.sections.map((s) => s.text), ['Timeline', 'Who’s who', 'What the agreement promised', 'Glossary', 'Open data', 'Read offline']);
});

test('search filter values are ids; what the reader sees is the label', () => {
  const panel = searchPanelView(CHAPTERS, context, 'page');
  assert.deepEqual(panel.groups.map((g) => g.name), ['chapter', 'type']);
  assert.deepEqual(panel.groups[0]!.options, [{ value: 'background', label: 'Short background' }, { value: 'round-one', label: 'Short round-one' }]);
  assert.deepEqual(panel.groups[1]!.options, [
    { value: 'chapter', label: 'Chapter' },
    { value: 'event', label: 'Timeline event' },
    { value: 'actor', label: 'Person or group' },
    { value: 'commitment', label: 'Promise of the agreement' },
    { value: 'term', label: 'Glossary term' },
  ]);
  assert.equal(panel.action, '/sub/search/');
});

test('past the listed maximum, the header points to the home page’s contents and search drops the chapter filter', () => {
  const many = Array.from({ length: LISTED_CHAPTERS_MAX + 1 }, (_, i) => chapter(`c${i}`, i + 1));
  const chrome = chromeView(many, context);
  assert.deepEqual(chrome.header.chapters, []);
  assert.deepEqual(chrome.header.allChapters, { href: '/sub/#chapters-heading', text: `All ${many.length} chapters` });
  // The search page's filters, and the dialog's, drawn from the header's chapters (src/scripts/search/dialog.ts).
  assert.deepEqual(searchPanelView(many, context, 'page').groups.map((g) => g.name), ['type']);
});

test('past the printable maximum, the footer no longer links to the whole explainer’s print page', () => {
  const many = Array.from({ length: WHOLE_PRINT_CHAPTERS_MAX + 1 }, (_, i) => chapter(`c${i}`, i + 1));
  assert.equal(chromeView(many, context).footer.print, undefined);
  assert.ok(chromeView(many.slice(1), context).footer.print);
});
