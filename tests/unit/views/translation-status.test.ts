import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TranslatedKind, TranslationStatus } from '../../../src/explainer.ts';
import { EDITIONS, LISTED_CHAPTERS_MAX, routes } from '../../../src/site.ts';
import { chapterState, listState, translationStatusView } from '../../../src/views/translation-status.ts';
import { context, day } from './fixtures.ts';

const none = (): Record<TranslatedKind, Set<string>> => ({ events: new Set(), actors: new Set(), glossary: new Set(), commitments: new Set(), troopLevels: new Set() });
const DARI = EDITIONS[1];

test('a chapter is current, outdated (its English changed since: the sha256 differs) or shown in English', () => {
  assert.equal(chapterState({ state: 'current' }), 'current');
  assert.equal(chapterState({ state: 'outdated' }), 'outdated');
  assert.equal(chapterState({ state: 'fallback' }), 'fallback');
  assert.equal(chapterState(undefined), 'fallback');
});

test('a list is current when every entry is translated, shown in English when none is, partial between', () => {
  assert.equal(listState(30, 0), 'current');
  assert.equal(listState(30, 2), 'partial');
  assert.equal(listState(30, 30), 'fallback');
});

test('every English chapter and list gets a row, linking to the translated edition’s page, in the page’s words', () => {
  const translation: TranslationStatus = {
    chapters: new Map([
      ['background', { state: 'current' }],
      ['round-one', { state: 'outdated', date: day('2026-11-20') }],
    ]),
    fallback: { ...none(), troopLevels: new Set(['a', 'b']), glossary: new Set(['x', 'y', 'z']) },
  };
  const view = translationStatusView(
    {
      chapters: [{ id: 'background', title: 'Background' }, { id: 'round-one', title: 'Round one' }, { id: 'outlook', title: 'Outlook' }],
      totals: { events: 5, actors: 4, commitments: 3, glossary: 3, troopLevels: 10 },
    },
    [{ name: 'دری', lang: 'fa-AF', translation, routes: routes('/sub/', DARI) }],
    context,
  );
  const [dari] = view.editions;
  assert.equal(dari!.lang, 'fa-AF');
  assert.deepEqual(dari!.rows.map((r) => [r.part.href, r.state]), [
    ['/sub/fa/background/', 'current'],
    ['/sub/fa/round-one/', 'outdated'],
    ['/sub/fa/outlook/', 'fallback'],
    ['/sub/fa/timeline/', 'current'],
    ['/sub/fa/people/', 'current'],
    ['/sub/fa/agreement/', 'current'],
    ['/sub/fa/glossary/', 'fallback'],
    ['/sub/fa/data/', 'partial'],
  ]);
  const text = Object.fromEntries(dari!.rows.map((r) => [r.part.text, r.text]));
  assert.match(text['Round one']!, /Translated on .*2026; the English has changed since/);
  assert.equal(text.Outlook, 'Not translated yet: shown in English');
  assert.equal(text['Troop levels'], '8 of 10 entries translated; the rest are shown in English');
});

test('past LISTED_CHAPTERS_MAX chapters, those shown in English are one row that counts them; translated ones keep theirs', () => {
  const chapters = Array.from({ length: LISTED_CHAPTERS_MAX + 2 }, (_, i) => ({ id: `c${i}`, title: `Chapter ${i}` }));
  const translation: TranslationStatus = { chapters: new Map([['c1', { state: 'current' }]]), fallback: none() };
  const totals = { events: 1, actors: 1, commitments: 1, glossary: 1, troopLevels: 1 };
  const [dari] = translationStatusView({ chapters, totals }, [{ name: 'دری', lang: 'fa-AF', translation, routes: routes('/sub/', DARI) }], context).editions;
  assert.deepEqual(dari!.rows.slice(0, 2), [
    { part: { href: '/sub/fa/c1/', text: 'Chapter 1' }, state: 'current', text: 'Translated, up to date' },
    { part: { href: '/sub/fa/#chapters-heading', text: `The other ${LISTED_CHAPTERS_MAX + 1} chapters` }, state: 'fallback', text: 'Not translated yet: shown in English' },
  ]);
  assert.equal(dari!.rows.length, 2 + 5, 'then the five lists');
});
