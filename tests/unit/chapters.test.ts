import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chapterIdClash, chapterIdProblems, chaptersById, chapterSetProblems, listedChapters, neighbours, printableWhole, sortByOrder } from '../../src/lib/chapters.ts';
import { CHAPTER_IDS, LISTED_CHAPTERS_MAX, WHOLE_PRINT_CHAPTERS_MAX } from '../../src/site.ts';

const entry = (id: string, order: number) => ({ id, filePath: `content/chapters/${id}.mdx`, data: { order } });
const four = [entry('outlook', 4), entry('background', 1), entry('round-two', 3), entry('round-one', 2)];

test('sorts chapters by their order field', () => {
  assert.deepEqual(sortByOrder(four).map((c) => c.id), ['background', 'round-one', 'round-two', 'outlook']);
});

test('finds the previous and next chapters', () => {
  const sorted = sortByOrder(four);
  assert.deepEqual(neighbours(sorted, 'background'), { prev: undefined, next: sorted[1] });
  assert.deepEqual(neighbours(sorted, 'round-two'), { prev: sorted[1], next: sorted[3] });
  assert.deepEqual(neighbours(sorted, 'outlook'), { prev: sorted[2], next: undefined });
  assert.deepEqual(neighbours(sorted, 'nope'), {});
});

test('accepts exactly the four chapters', () => {
  assert.deepEqual(chapterSetProblems(four), []);
});

test('names a missing chapter, an extra one and a shared order', () => {
  const problems = chapterSetProblems([entry('background', 1), entry('round-one', 2), entry('round-2', 2), entry('outlook', 4)]);
  assert.ok(problems.some((p) => p.includes('"round-two" is missing')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('content/chapters/round-2.mdx: unexpected chapter')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('field "order"') && p.includes('both use order 2')), problems.join('\n'));
});

test('lists every chapter while there are few, none past the limit', () => {
  assert.equal(listedChapters(four).length, 4);
  const many = Array.from({ length: LISTED_CHAPTERS_MAX + 1 }, (_, i) => entry(`c${i}`, i + 1));
  assert.deepEqual(listedChapters(many), []);
});

test('the whole explainer is printable on one page up to its maximum of chapters', () => {
  const chapters = (n: number) => Array.from({ length: n }, (_, i) => entry(`c${i}`, i + 1));
  assert.equal(printableWhole(four), true);
  assert.equal(printableWhole(chapters(WHOLE_PRINT_CHAPTERS_MAX)), true);
  assert.equal(printableWhole(chapters(WHOLE_PRINT_CHAPTERS_MAX + 1)), false);
});

test('finds chapters by id, building the map once per list', () => {
  const list = [entry('b', 2), entry('a', 1)];
  const byId = chaptersById(list);
  assert.equal(byId.get('a'), list[1]);
  assert.equal(byId.get('missing'), undefined);
  assert.equal(chaptersById(list), byId);
  assert.notEqual(chaptersById([...list]), byId);
});

test('a chapter id may not take the address of another page, an edition, the timeline\'s pages or the home page\'s card', () => {
  for (const id of ['timeline', 'people', 'agreement', 'glossary', 'search', 'data', 'print', 'offline', 'about', 'translations', 'chapters', 'share', 'fa', 'ps', 'pagefind', '_astro', '404']) {
    assert.match(chapterIdClash(id) ?? '', /already the address of another page or folder/, id);
  }
  assert.match(chapterIdClash('page-2') ?? '', /timeline\/page-2\/, a page of the whole timeline/);
  assert.match(chapterIdClash('home') ?? '', /share\/home\.png, the home page's/);
  for (const id of [...CHAPTER_IDS, 'page', 'page-two', 'homeland', 'timelines', 'synthetic-0002']) assert.equal(chapterIdClash(id), undefined, id);
});

test('a chapter whose id is taken is named, with its file, to be renamed', () => {
  assert.deepEqual(chapterIdProblems([entry('search', 5), entry('round-one', 2)]), [
    'content/chapters/search.mdx: the chapter id "search" (its file name) cannot be used: /search/ is already the address of another page or folder; rename the file',
  ]);
});
