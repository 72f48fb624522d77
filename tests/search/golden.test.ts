/**
 * The golden set (golden.yaml) against the built index (run after `npm run build`). Deterministic: the
 * same index and queries always give the same ranks. The bars are the figures the tuning reached
 * (README, "Search"); a change to ranking, records or content that lowers them fails here.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runGolden, summarise } from './golden.ts';

const results = await runGolden();
const shown = (r: (typeof results)[number]) => `"${r.query}": top three ${JSON.stringify(r.top.map((a) => a[0]))}`;

test('the golden set has at least 50 queries of every kind', () => {
  assert.ok(results.length >= 50, `${results.length} queries`);
  const kinds = new Set(results.map((r) => r.kind));
  for (const kind of ['name', 'spelling', 'misspelling', 'date', 'number', 'event', 'place', 'concept', 'term', 'noise']) assert.ok(kinds.has(kind), kind);
});

test("a person's name, or another spelling of it, puts their who's-who entry in the top three", () => {
  for (const r of results.filter((r) => (r.kind === 'name' || r.kind === 'misspelling') && r.expect[0]!.startsWith('/people/'))) {
    assert.ok(r.reciprocalRank >= 1 / 3, shown(r));
  }
});

test('a misspelling is offered the right "Did you mean …?"', () => {
  for (const r of results.filter((r) => r.suggests)) assert.equal(r.suggestion, r.suggests, r.query);
});

test('a word the site does not contain finds nothing, not the words that start like it', () => {
  for (const r of results.filter((r) => r.kind === 'noise')) assert.equal(r.precision, 1, shown(r));
});

test('precision at 3 and mean reciprocal rank stay at the tuned level', () => {
  const { precisionAt3, mrr } = summarise(results);
  assert.ok(precisionAt3 >= 0.98, `precision at 3 ${precisionAt3.toFixed(3)}`);
  assert.ok(mrr >= 0.93, `mean reciprocal rank ${mrr.toFixed(3)}`);
});
