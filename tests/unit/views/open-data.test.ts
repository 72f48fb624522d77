import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localeOf } from '../../../src/i18n/index.ts';
import { LIST_SEPARATOR, SOURCE_COLUMNS } from '../../../src/lib/open-data/csv.ts';
import { DATASET_FIELDS, openDatasets, type Dataset } from '../../../src/lib/open-data/datasets.ts';
import { DATASETS, routes } from '../../../src/site.ts';
import { openDataView } from '../../../src/views/open-data.ts';
import type { Inline, Rich } from '../../../src/views/shared.ts';

const BASE = '/explainers/afghanistan/';
const SITE = 'https://example.org';
const empty = openDatasets({ events: [], actors: [], troopLevels: [], commitments: [], glossary: [], sources: new Map() });
const view = (datasets: readonly Dataset[] = empty) => openDataView(datasets, { locale: localeOf(), routes: routes(BASE) }, SITE);

/** The text a reader sees, with code and links as their text. */
const text = (parts: Rich): string => parts.map((s: Inline) => (typeof s === 'string' ? s : 'children' in s ? text(s.children) : s.text)).join('');
const codes = (parts: Rich) => parts.flatMap((s) => (typeof s === 'object' && s.tag === 'code' ? [text(s.children)] : []));

test('one section per dataset, in the order of the site contract, with ids unique on the page', () => {
  const { datasets } = view();
  assert.deepEqual(datasets.map((d) => d.name), [...DATASETS]);
  const ids = datasets.flatMap((d) => [d.headingId, d.captionId]);
  assert.equal(new Set([...ids, view().formats.id]).size, ids.length + 1);
});

test('each dataset links its two files under the base path, by file name and media type', () => {
  for (const d of view().datasets) {
    assert.deepEqual(d.downloads, {
      csv: { href: `${BASE}data/${d.name}.csv`, file: `${d.name}.csv`, type: 'text/csv' },
      json: { href: `${BASE}data/${d.name}.json`, file: `${d.name}.json`, type: 'application/json' },
    });
    assert.equal(d.caption, `Fields in ${d.name}.csv and ${d.name}.json`);
  }
});

test('the summary follows the description with the row count, formatted and in the singular for one', () => {
  const rows = (n: number): Dataset => ({ name: 'events', fields: DATASET_FIELDS.events, records: Array.from({ length: n }, () => ({ values: {} })) });
  const [one, many] = view([rows(1), rows(1234)]).datasets;
  const { description } = localeOf().t.data.datasets.events;
  assert.equal(one!.summary, `${description} 1 row.`);
  assert.equal(many!.summary, `${description} 1,234 rows.`);
});

test('every field is shown with its description; CSV columns only for the field they differ from, sources', () => {
  for (const d of view().datasets) {
    assert.deepEqual(d.fields.map((f) => f.name), DATASET_FIELDS[d.name]);
    for (const field of d.fields) {
      assert.notEqual(field.description, '', `${d.name}.${field.name}`);
      if (field.name !== 'sources') assert.equal(field.csvColumns, undefined, `${d.name}.${field.name}`);
      else {
        assert.deepEqual(codes(field.csvColumns!), SOURCE_COLUMNS);
        assert.equal(text(field.csvColumns!), ` (CSV: ${SOURCE_COLUMNS.join(', ')})`);
      }
    }
  }
});

test('the licence links the home page as an absolute address, under the base', () => {
  const { licence } = view();
  assert.equal(licence.term, 'Reuse:');
  assert.ok(licence.text.some((s) => typeof s === 'object' && s.tag === 'a' && s.href === `${SITE}${BASE}` && s.text === s.href));
  assert.match(text(licence.text), /reused with attribution to this explainer \(“The Afghan Peace Talks, Explained”, https:\/\/example\.org\/explainers\/afghanistan\/\)\.$/);
});

test('the formats list names the separator and shows the date forms and the precision field as code', () => {
  const { formats } = view();
  assert.deepEqual(formats.items.map((i) => i.term), ['CSV', 'JSON', 'Dates', 'Sources']);
  const [csv, json, dates] = formats.items;
  assert.ok(text(csv!.text).includes(`“${LIST_SEPARATOR.trim()}”`));
  assert.deepEqual(codes(json!.text), ['null']);
  assert.deepEqual(codes(dates!.text), ['2020-02-29', '2020-02', '2020', 'date_precision']);
  assert.ok(DATASET_FIELDS.events.includes('date_precision'), 'the field the note names exists');
});
