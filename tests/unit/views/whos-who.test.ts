import assert from 'node:assert/strict';
import { test } from 'node:test';
import { peoplePageView, surnameKey } from '../../../src/views/whos-who.ts';
import { ACTORS, CHAPTERS, SOURCES, context } from './fixtures.ts';

const view = peoplePageView({ actors: ACTORS, chapters: CHAPTERS, sources: SOURCES }, context);

test('people come first, then organisations; empty groups are left out; names are in alphabetical order', () => {
  assert.deepEqual(view.list.groups.map((g) => [g.id, g.label, g.entries.map((e) => e.id)]), [
    ['group-person', 'People', ['abdullah-abdullah', 'zalmay-khalilzad']],
    ['group-organisation', 'Organisations', ['taliban']],
  ]);
});

test('an entry lists its chapters in reading order, linked under the base path, and its sources', () => {
  const khalilzad = view.list.groups[0]!.entries[1]!;
  assert.deepEqual(khalilzad.chapters, [
    { href: '/sub/background/', text: 'chapter 1, Short background' },
    { href: '/sub/round-one/', text: 'chapter 2, Short round-one' },
  ]);
  assert.deepEqual(khalilzad.sources, [{ title: 'A CRS report', href: 'https://crs.example/r', publisher: '(CRS)' }]);
});

test('the page counts its entries and links to the open data', () => {
  assert.match(view.description, /^The 3 people, organisations and countries/);
  assert.match(view.intro, /the two chapters mention/);
  assert.deepEqual(view.dataLinks.text.filter((p) => typeof p !== 'string').map((p) => (p as { href: string }).href), ['/sub/data/actors.csv', '/sub/data/actors.json']);
});

test('people sort by the last part of their name, so Khalilzad comes after Abdullah and Ghani, not by first names', () => {
  assert.equal(surnameKey('Zalmay Khalilzad'), 'Khalilzad Zalmay');
  assert.equal(surnameKey('Abdul Ghani Baradar'), 'Baradar Abdul Ghani');
  const names = ['Zalmay Khalilzad', 'Abdul Ghani Baradar', 'Ashraf Ghani', 'Abdullah Abdullah', 'Mike Pompeo'];
  assert.deepEqual([...names].sort((a, b) => surnameKey(a).localeCompare(surnameKey(b))), ['Abdullah Abdullah', 'Abdul Ghani Baradar', 'Ashraf Ghani', 'Zalmay Khalilzad', 'Mike Pompeo']);
  assert.equal(view.list.indexLabel, 'Names on this page');
});
