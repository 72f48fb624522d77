/**
 * Each edition's golden set (golden.yaml, golden.fa.yaml, golden.ps.yaml) against its own index (run after
 * `npm run build`). Deterministic: the same index and queries always give the same ranks. The bars sit just
 * under the figures measured when each set was written: English P@3 1.000, MRR 0.947; Dari
 * 0.993 and 0.918; Pashto 0.986 and 0.927. Two queries slipping a rank lower them below the bar.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUILT_EDITIONS } from '../../src/i18n/index.ts';
import { EDITIONS } from '../../src/site.ts';
import { runGolden, summarise } from './golden.ts';

/** Per edition: the smallest set, the kinds it must have, and the bars for precision at 3 and MRR. */
const TRANSLATED = {
  size: 40,
  kinds: ['name', 'latin', 'misspelling', 'zwnj', 'keyboard', 'number', 'date', 'event', 'place', 'concept', 'term', 'noise'],
  precisionAt3: 0.98,
  mrr: 0.9,
};
const PLAN: Record<string, typeof TRANSLATED> = {
  en: { size: 50, kinds: ['name', 'spelling', 'misspelling', 'date', 'number', 'event', 'place', 'concept', 'term', 'noise'], precisionAt3: 0.98, mrr: 0.93 },
  fa: TRANSLATED,
  ps: { ...TRANSLATED, kinds: [...TRANSLATED.kinds, 'yeh'] },
};

for (const edition of BUILT_EDITIONS) {
  const plan = PLAN[edition.id];
  const results = await runGolden(undefined, edition);
  const shown = (r: (typeof results)[number]) => `${edition.id} "${r.query}": top three ${JSON.stringify(r.top.map((a) => a[0]))}`;

  test(`${edition.id}: the golden set has at least ${plan?.size} queries of every kind`, () => {
    assert.ok(plan, `no golden-set plan for the ${edition.id} edition`);
    assert.ok(results.length >= plan.size, `${results.length} queries`);
    const kinds = new Set(results.map((r) => r.kind));
    for (const kind of plan.kinds) assert.ok(kinds.has(kind), kind);
  });

  test(`${edition.id}: every expected answer is one of the edition's own pages`, () => {
    const others = EDITIONS.filter((e) => e.id !== edition.id && e.prefix).map((e) => `/${e.prefix}`);
    const own = (url: string) => url.startsWith(`/${edition.prefix}`) && !others.some((p) => url.startsWith(p));
    for (const r of results) for (const url of r.expect) assert.ok(own(url), `${edition.id} "${r.query}": ${url}`);
  });

  test(`${edition.id}: a person's name, in any script or spelling, puts their who's-who entry in the top three`, () => {
    for (const r of results.filter((r) => r.expect[0]?.includes('/people/') && r.kind !== 'concept')) {
      assert.ok(r.reciprocalRank >= 1 / 3, shown(r));
    }
  });

  test(`${edition.id}: a misspelling is offered the right "Did you mean …?"`, () => {
    for (const r of results.filter((r) => r.suggests)) assert.equal(r.suggestion, r.suggests, r.query);
  });

  test(`${edition.id}: a word the site does not contain finds nothing, not the words that start like it`, () => {
    for (const r of results.filter((r) => r.kind === 'noise')) assert.equal(r.precision, 1, shown(r));
  });

  test(`${edition.id}: precision at 3 and mean reciprocal rank stay at the measured level`, () => {
    const { precisionAt3, mrr } = summarise(results);
    assert.ok(precisionAt3 >= plan!.precisionAt3, `precision at 3 ${precisionAt3.toFixed(3)}`);
    assert.ok(mrr >= plan!.mrr, `mean reciprocal rank ${mrr.toFixed(3)}`);
  });
}
