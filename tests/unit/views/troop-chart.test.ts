import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Source, TroopLevel } from '../../../src/explainer.ts';
import { localeOf } from '../../../src/i18n/index.ts';
import { parsePartialDate, type PartialDate } from '../../../src/lib/dates.ts';
import { routes } from '../../../src/site.ts';
import { embedsView } from '../../../src/views/embeds.ts';
import { troopChartView } from '../../../src/views/troop-chart.ts';

const d = (text: string) => parsePartialDate(text) as PartialDate;
const level = (id: string, troops: number, more: Partial<TroopLevel> = {}): TroopLevel =>
  ({ id, date: d(id), troops, basis: 'reported', approximate: false, sources: [{ id: 'ap', collection: 'sources' }], ...more }) as TroopLevel;
const cites = (...ids: string[]) => ids.map((id) => ({ id, collection: 'sources' as const }));

const levels: TroopLevel[] = [
  level('2001-11', 1300, { approximate: true, note: 'AP says "about 1,300".' }),
  level('2011', 101000, { approximate: true, annotation: '2011 peak: about 101,000', sources: cites('dod', 'ap') }),
  level('2016-12', 8400, { basis: 'official', sources: cites('cnn') }),
  level('2021-08-30', 0, { annotation: 'Withdrawal complete', sources: cites('dod') }),
];
const source = (id: string, title: string, publisher: string, url?: string): [string, Source] => [id, { id, kind: 'wire', title, publisher, url }];
const sources = new Map<string, Source>([
  source('ap', 'A snapshot', 'WIAT (AP)', 'https://example.org/ap'),
  source('dod', 'Statement', 'US Department of Defense'),
  source('cnn', 'Troops', 'CNN', 'https://example.org/cnn'),
]);
const view = troopChartView(levels, sources, { locale: localeOf(), routes: routes('/explainers/afghanistan/') });

test('the title and the description state the span, the kinds of figure and the turning points', () => {
  assert.equal(view.chart.title.text, 'US troops in Afghanistan, 2001–2021');
  assert.equal(
    view.chart.description.text,
    'Line chart of 3 reported counts, with 1 official levels marked separately: US troops rose from about 1,300 in November 2001 ' +
      'to a peak of about 101,000 in 2011, then fell to 0 on 30 August 2021. Every figure is in the table below the chart.',
  );
  assert.deepEqual([view.chart.title.id, view.chart.description.id], ['troop-chart-title', 'troop-chart-desc']);
  assert.deepEqual(view.chart.panelTitles, ['US troops, 2001–2021', '2017–2021, enlarged (shaded above)']);
  assert.deepEqual(view.chart.legend.map((l) => l.key), ['line', 'diamond', 'hollow']);
});

test('publishers are listed once each, in the order the figures first cite them', () => {
  assert.deepEqual(view.publishers, ['WIAT (AP)', 'US Department of Defense', 'CNN']);
  assert.match(view.caption, /^Sources: WIAT \(AP\); US Department of Defense; CNN\. The counts are the best available point estimates/);
});

test('links point under the base path: the table on the open-data page and the data files', () => {
  assert.equal(view.tableLink.href, '/explainers/afghanistan/data/#troop-chart-table-caption');
  assert.deepEqual(view.files, [
    'Data: ',
    { tag: 'a', href: '/explainers/afghanistan/data/troop-levels.csv', text: 'CSV', type: 'text/csv' },
    ', ',
    { tag: 'a', href: '/explainers/afghanistan/data/troop-levels.json', text: 'JSON', type: 'application/json' },
    ' (',
    { tag: 'a', href: '/explainers/afghanistan/data/', text: 'about the open data', type: undefined },
    ').',
  ]);
});

test('the table has a row per figure, every text written', () => {
  assert.equal(view.table.captionId, 'troop-chart-table-caption');
  assert.equal(view.table.caption, 'US troops in Afghanistan, 2001–2021: every figure in the chart');
  assert.equal(view.table.columns.troops, 'US troops');
  assert.deepEqual(view.table.rows[0], {
    id: '2001-11',
    date: { iso: '2001-11', text: 'November 2001' },
    troops: '1,300',
    basis: 'Reported count',
    approximate: 'Yes',
    annotation: undefined,
    note: 'AP says "about 1,300".',
    sources: [{ title: 'A snapshot', href: 'https://example.org/ap', publisher: '(WIAT (AP))' }],
  });
  const peak = view.table.rows[1]!;
  assert.equal(peak.annotation, '2011 peak: about 101,000.');
  assert.deepEqual(peak.sources.map((s) => [s.title, s.href]), [['Statement', undefined], ['A snapshot', 'https://example.org/ap']]);
  assert.deepEqual(view.table.rows.map((r) => [r.basis, r.approximate, r.troops]), [
    ['Reported count', 'Yes', '1,300'],
    ['Reported count', 'Yes', '101,000'],
    ['Official level', 'No', '8,400'],
    ['Reported count', 'No', '0'],
  ]);
  assert.equal(view.table.rows[3]!.date.text, '30 August 2021');
});

test('reported counts are circles on the line, official levels diamonds off it; the last years enlarged in a second panel', () => {
  const [all, zoom] = view.chart.geometry.panels;
  assert.deepEqual(all!.markers.map((m) => m.shape), ['circle', 'circle', 'diamond', 'circle']);
  assert.deepEqual(all!.markers.map((m) => m.approximate), [true, true, false, false]);
  assert.equal(all!.path.match(/[ML]/g)!.length, 3, 'the line joins the three counts');
  assert.equal(all!.ticks.at(-1)!.text, '120,000');
  // Only 2021-08-30 falls in the enlarged years (from 2017), which take the withdrawal's label.
  assert.deepEqual(zoom!.markers.map((m) => m.shape), ['circle']);
  assert.deepEqual(all!.annotations.map((a) => a.lines.map((l) => l.text).join(' ')), ['2011 peak: about 101,000']);
  assert.deepEqual(zoom!.annotations.map((a) => a.lines.map((l) => l.text).join(' ')), ['Withdrawal complete']);
  assert.equal(view.chart.geometry.labelsClear, true);
});

test('the layout is computed once per series and edition', () => {
  const again = troopChartView(levels, sources, { locale: localeOf(), routes: routes('/') });
  assert.equal(again.chart.geometry, view.chart.geometry);
  assert.equal(again.tableLink.href, '/data/#troop-chart-table-caption');
});

test('a reference to a missing source is an error, not an empty row', () => {
  assert.throws(() => troopChartView([level('2002', 5000, { sources: cites('nope') })], sources, { locale: localeOf(), routes: routes('/') }), /unknown source "nope"/);
});

test('the pages of an edition share one chart, drawn once; other content gets its own', () => {
  const context = { locale: localeOf(), routes: routes('/') };
  const explainer = { troopLevels: levels, sources, postscript: undefined };
  const chart = embedsView(explainer, context).troopChart();
  assert.equal(embedsView(explainer, context).troopChart(), chart);
  assert.notEqual(embedsView({ ...explainer, troopLevels: levels.slice(1) }, context).troopChart(), chart);
});
