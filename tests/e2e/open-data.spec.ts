import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import yaml from 'js-yaml';
import { csvColumns, LIST_SEPARATOR, SOURCE_COLUMNS } from '../../src/lib/open-data/csv.ts';
import { DATASETS, routes, type DatasetName } from '../../src/site.ts';

const content = new URL('../../content/', import.meta.url);
const loadYaml = (name: string) => yaml.load(readFileSync(new URL(name, content), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, any>[];
const sourceRows = parseCsv(readFileSync(new URL('sources.csv', content), 'utf8'), { columns: true }) as Record<string, string>[];

/** What each file must hold: the rows of its content file, and its fields in JSON and CSV. */
const EXPECTED = {
  events: {
    rows: loadYaml('events.yaml'),
    json: ['id', 'date', 'date_precision', 'title', 'summary', 'chapter', 'note', 'sources'],
  },
  actors: {
    rows: loadYaml('actors.yaml'),
    json: ['id', 'name', 'kind', 'role', 'description', 'aliases', 'chapters', 'sources'],
  },
  'troop-levels': {
    rows: loadYaml('troop-levels.yaml'),
    json: ['id', 'date', 'date_precision', 'us_troops', 'basis', 'approximate', 'annotation', 'note', 'sources'],
  },
  glossary: {
    rows: loadYaml('glossary.yaml'),
    json: ['id', 'term', 'definition', 'aliases', 'chapters', 'actor', 'sources'],
  },
  sources: {
    rows: [...sourceRows].sort((a, b) => a.id!.localeCompare(b.id!)),
    json: ['id', 'kind', 'title', 'publisher', 'author', 'date', 'date_precision', 'url', 'note'],
  },
  commitments: {
    rows: loadYaml('commitments.yaml'),
    json: [
      'id', 'topic', 'documents', 'parties', 'promise', 'deadline', 'deadline_precision', 'deadline_note', 'status', 'as_of', 'note',
      'chapter', 'events', 'later_status', 'later', 'later_sources', 'sources',
    ],
  },
} satisfies Record<DatasetName, { rows: Record<string, any>[]; json: string[] }>;
const FILES = DATASETS.map((name) => ({ name, ...EXPECTED[name] }));
const site = routes('/');
const sourceIds = new Set(sourceRows.map((s) => s.id));
const sorted = (ids: string[]) => [...ids].sort();
/** ISO dates of mixed precision sort as text ("2020" before "2020-02"). */
const expectChronological = (dates: string[]) => expect(dates).toEqual(sorted(dates));

for (const file of FILES) {
  test(`${file.name}.json is served and holds one record per entry, with its fields`, async ({ request }) => {
    const response = await request.get(site.dataFile(file.name, 'json'));
    expect(response.status()).toBe(200);
    const records = JSON.parse(await response.text()) as Record<string, any>[];
    expect(Array.isArray(records)).toBe(true);
    expect(records).toHaveLength(file.rows.length);
    expect(sorted(records.map((r) => r.id))).toEqual(sorted(file.rows.map((r) => String(r.id))));
    if (file.json.includes('date_precision') && file.name !== 'sources') expectChronological(records.map((r) => r.date));
    for (const record of records) {
      expect(Object.keys(record)).toEqual(file.json);
      if (file.json.includes('date_precision') && record.date !== null) {
        expect(record.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(record.date_precision).toBe(['year', 'month', 'day'][record.date.split('-').length - 1]);
      }
      for (const s of record.sources ?? []) {
        expect(Object.keys(s)).toEqual(['id', 'title', 'publisher', 'url']);
        expect(sourceIds.has(s.id), s.id).toBe(true);
      }
    }
  });

  test(`${file.name}.csv is served as UTF-8 RFC 4180 CSV with a header and one row per entry`, async ({ request }) => {
    const response = await request.get(site.dataFile(file.name, 'csv'));
    expect(response.status()).toBe(200);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await response.body());
    expect(text.startsWith('\uFEFF')).toBe(false);
    expect(text).not.toMatch(/[^\r]\n/);
    const header = parseCsv(text, { to_line: 1 }) as string[][];
    expect(header[0]).toEqual(csvColumns(file.json));
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(file.rows.length);
    expect(sorted(rows.map((r) => r.id!))).toEqual(sorted(file.rows.map((r) => String(r.id))));
    if (file.json.includes('sources')) {
      for (const row of rows) {
        const ids = row.source_ids!.split(LIST_SEPARATOR);
        expect(ids.length).toBeGreaterThan(0);
        for (const column of SOURCE_COLUMNS) expect(row[column]!.split(LIST_SEPARATOR), `${row.id} ${column}`).toHaveLength(ids.length);
        for (const id of ids) expect(sourceIds.has(id), id).toBe(true);
      }
    }
  });
}

test('troop-levels.csv matches the content file figure by figure', async ({ request }) => {
  const rows = parseCsv(await (await request.get(site.dataFile('troop-levels', 'csv'))).text(), { columns: true }) as Record<string, string>[];
  const levels = EXPECTED['troop-levels'].rows;
  expect(rows.map((r) => [r.date, Number(r.us_troops), r.basis, r.approximate])).toEqual(
    levels.map((l) => [String(l.date), l.troops, l.basis, String(l.approximate)]),
  );
  // Resolved, not only cited by id: each figure names its sources in full, as the bibliography has them.
  for (const [row, level] of rows.map((r, i) => [r, levels[i]!] as const)) {
    const cited = (level.sources as string[]).map((id) => sourceRows.find((s) => s.id === id)!);
    expect(row.source_titles, row.id).toBe(cited.map((s) => s.title).join(LIST_SEPARATOR));
    expect(row.source_urls, row.id).toBe(cited.map((s) => s.url).join(LIST_SEPARATOR));
  }
});

test('the open data page explains and links every file', async ({ page, request }) => {
  await page.goto(site.data);
  await expect(page.locator('h1')).toHaveText('Open data');
  await expect(page.locator('main')).toContainText(
    'the facts are from the cited sources; the compilation may be reused with attribution to this explainer',
  );
  for (const file of FILES) {
    const section = page.locator('section.dataset', { has: page.locator(`h2#${file.name}-heading`) });
    await expect(section.locator('table tbody th code').first()).toHaveText('id');
    for (const ext of ['csv', 'json']) {
      const link = section.locator(`.downloads a[href$="data/${file.name}.${ext}"]`);
      await expect(link).toHaveCount(1);
      const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
      expect((await request.get(href)).status(), href).toBe(200);
    }
  }
  await expect(page.locator('.troop-chart')).toHaveCount(1);
});

test('commitments.json keeps what happened later in its own fields, with its own known sources', async ({ request }) => {
  const records = (await (await request.get(site.dataFile('commitments', 'json'))).json()) as Record<string, any>[];
  for (const row of EXPECTED.commitments.rows) {
    const record = records.find((r) => r.id === row.id)!;
    expect(record.status, row.id).toBe(row.status);
    expect(record.as_of, row.id).toBe(row.asOf);
    expect(record.later, row.id).toBe(row.later?.text ?? null);
    expect(record.later_status, row.id).toBe(row.later?.status ?? null);
    expect(record.later_sources, row.id).toEqual(row.later?.sources ?? []);
    for (const id of record.later_sources) expect(sourceIds.has(id), id).toBe(true);
    expect(record.deadline, row.id).toBe(row.deadline ?? null);
  }
});
