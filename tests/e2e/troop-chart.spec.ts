import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import { parse as parseCsv } from 'csv-parse/sync';

const bibliography = parseCsv(readFileSync(new URL('../../content/sources.csv', import.meta.url), 'utf8'), { columns: true }) as Record<string, string>[];
const sourcePublisher = (id: string) => bibliography.find((s) => s.id === id)!.publisher;

interface Level {
  id: string;
  date: string;
  troops: number;
  basis: 'reported' | 'official';
  approximate: boolean;
  annotation?: string;
  sources: string[];
}

const levels = (
  yaml.load(readFileSync(new URL('../../content/troop-levels.yaml', import.meta.url), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Level[]
).map((l) => ({ ...l, date: String(l.date) }));
const annotations = levels.flatMap((l) => (l.annotation ? [l.annotation] : []));
const reported = levels.filter((l) => l.basis === 'reported');
const official = levels.filter((l) => l.basis === 'official');
const squash = (text: string) => text.replace(/\s+/g, '');

/** The chart: one drawing at every width. */
async function theChart(page: Page): Promise<Locator> {
  const charts = page.locator('.troop-chart svg.chart');
  await expect(charts).toHaveCount(1);
  await expect(charts).toBeVisible();
  return charts;
}

type Rect = { x: number; y: number; width: number; height: number };
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const centreOf = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
const near = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < 0.75 && Math.abs(a.y - b.y) < 0.75;
/** Annotations drawn in the enlarged panel: those from 2017 on (ZOOM_FROM in src/views/troop-chart.ts). */
const zoomed = levels.filter((l) => Number(l.date.slice(0, 4)) >= 2017);

for (const width of [320, 390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('one chart plots every figure, marks the approximate ones and has an accessible name', async ({ page }) => {
      await page.goto('/data/');
      const svg = await theChart(page);
      await expect(svg).toHaveAttribute('role', 'img');
      await expect(svg).toHaveAccessibleName(
        new RegExp(`^US troops in Afghanistan, 2001–2021 Line chart of ${reported.length} reported counts, with ${official.length} official levels marked separately`),
      );
      // The whole series, then the years from 2017 again, enlarged: counts are circles on the line, official levels diamonds beside it.
      await expect(svg.locator('.panel')).toHaveCount(2);
      await expect(svg.locator('circle.point')).toHaveCount(reported.length + zoomed.filter((l) => l.basis === 'reported').length);
      await expect(svg.locator('use.point.official')).toHaveCount(official.length + zoomed.filter((l) => l.basis === 'official').length);
      // Hollow markers: filled with the page colour instead of the line's.
      const fills = await svg.locator('circle.point').evaluateAll((cs) => cs.map((c) => getComputedStyle(c).fill));
      const flags = await svg.locator('circle.point').evaluateAll((cs) => cs.map((c) => c.classList.contains('approximate')));
      expect(new Set(fills.filter((_, i) => flags[i])).size).toBe(1);
      expect(fills.find((_, i) => flags[i])).not.toBe(fills.find((_, i) => !flags[i]));
      // Official and reported figures differ in shape and in words, not in colour alone.
      await expect(page.locator('.troop-chart .legend')).toContainText(/hollow = approximate/i);
      await expect(page.locator('.troop-chart .legend')).toContainText(/official level: a cap or stated figure, not joined/i);
      await expect(page.locator('.troop-chart .legend')).toContainText(/reported count of troops present/i);
      // It fills its column and keeps its text at one size: no viewBox scales it.
      expect(await svg.getAttribute('viewBox')).toBeNull();
      const column = (await page.locator('.troop-chart .frame').boundingBox())!;
      expect(Math.abs((await svg.boundingBox())!.width - column.width)).toBeLessThan(1);
      const sizes = await svg.locator('text').evaluateAll((ts) => [...new Set(ts.map((t) => getComputedStyle(t).fontSize))]);
      expect(sizes.every((size) => parseFloat(size) >= 11)).toBe(true);
    });

    test('the line joins the reported counts only: it never runs to an official level', async ({ page }) => {
      await page.goto('/data/');
      const svg = await theChart(page);
      const whole = svg.locator('.panel').first();
      // The line's vertices, taken from its stretched drawing to the page through the box it fills there.
      const vertices = await whole.locator('path.line').evaluate((path) => {
        const points = [...path.getAttribute('d')!.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
        const box = path.getBoundingClientRect();
        const [xs, ys] = [points.map((p) => p.x), points.map((p) => p.y)];
        const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        return points.map((p) => ({ x: box.x + ((p.x - x0) / (x1 - x0)) * box.width, y: box.y + ((p.y - y0) / (y1 - y0)) * box.height }));
      });
      const counts = (await whole.locator('circle.point').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().toJSON() as Rect))).map(centreOf);
      expect(vertices).toHaveLength(counts.length);
      vertices.forEach((v, i) => expect(near(v, counts[i]!), `vertex ${i} is count ${reported[i]!.id}`).toBe(true));
      const caps = (await whole.locator('use.point.official').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().toJSON() as Rect))).map(centreOf);
      expect(caps).toHaveLength(official.length);
      for (const o of caps) expect(vertices.some((v) => near(v, o))).toBe(false);
    });

    test('the key moments are annotated once, apart from each other, from the markers and from the leaders', async ({ page }) => {
      await page.goto('/data/');
      const svg = await theChart(page);
      const labels = svg.locator('text.annotation');
      expect((await labels.allTextContents()).map(squash)).toEqual(annotations.map(squash));
      expect(annotations.length).toBeGreaterThanOrEqual(5);
      // Measured in the browser, with the real font: the build only estimates text widths.
      const boxes = await labels.evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().toJSON() as Rect));
      const markers = await svg.locator('.point').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().toJSON() as Rect));
      const leaders = await svg.locator('.leaders line').evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().toJSON() as Rect));
      const frame = (await svg.boundingBox())!;
      boxes.forEach((box, i) => {
        expect(box.x, `${annotations[i]} inside the chart`).toBeGreaterThanOrEqual(frame.x - 1);
        expect(box.x + box.width, `${annotations[i]} inside the chart`).toBeLessThanOrEqual(frame.x + frame.width + 1);
        boxes.slice(i + 1).forEach((other, j) => expect(overlap(box, other), `${annotations[i]} / ${annotations[i + 1 + j]}`).toBe(false));
        markers.forEach((m, k) => expect(overlap(box, m), `${annotations[i]} / marker ${k}`).toBe(false));
        // A leader meets its own label at an edge; it runs through no label.
        leaders.forEach((l, k) => expect(overlap(box, { ...l, y: l.y + 1, height: Math.max(0, l.height - 2) }), `${annotations[i]} / leader ${k}`).toBe(false));
      });
    });

    test('the years are labelled every few years in a narrow chart, every second year in a wide one', async ({ page }) => {
      await page.goto('/data/');
      const svg = await theChart(page);
      const years = await svg.locator('.panel').first().locator('.axis text:visible').allTextContents();
      expect(years.filter((t) => /^\d{4}$/.test(t))).toEqual(width < 700 ? ['2001', '2005', '2009', '2013', '2017', '2021'] : ['2001', '2003', '2005', '2007', '2009', '2011', '2013', '2015', '2017', '2019', '2021']);
      const zoomYears = await svg.locator('.panel').nth(1).locator('.axis text:visible').allTextContents();
      expect(zoomYears.filter((t) => /^\d{4}$/.test(t))).toEqual(['2017', '2018', '2019', '2020', '2021']);
    });
  });
}

test('the table under the chart holds every figure, opens on request and names its columns', async ({ page }) => {
  await page.goto('/data/');
  const details = page.locator('.troop-chart details');
  await expect(details.locator('summary')).toHaveText('Show the data as a table');
  await expect(details.locator('table')).toBeHidden();
  await details.locator('summary').click();
  const table = details.locator('table');
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).toContainText('US troops in Afghanistan');
  await expect(table.locator('thead th[scope="col"]')).toHaveText(['Date', 'US troops', 'Basis', 'Approximate?', 'Note', 'Sources']);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(levels.length);
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      date: tr.querySelector('th[scope="row"] time')!.getAttribute('datetime'),
      troops: Number(tr.querySelector('td')!.textContent!.replace(/,/g, '')),
      basis: tr.querySelectorAll('td')[1]!.textContent!.trim(),
      approximate: tr.querySelectorAll('td')[2]!.textContent!.trim(),
      sources: tr.querySelectorAll('td:last-child li').length,
    })),
  );
  expect(cells).toEqual(
    levels.map((l) => ({
      date: l.date,
      troops: l.troops,
      basis: l.basis === 'official' ? 'Official level' : 'Reported count',
      approximate: l.approximate ? 'Yes' : 'No',
      sources: expect.any(Number),
    })),
  );
  for (const c of cells) expect(c.sources).toBeGreaterThan(0);
});

test('printed, the chart is drawn and the table is expanded', async ({ page }) => {
  await page.goto('/data/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.troop-chart svg.chart')).toBeVisible();
  await expect(page.locator('.troop-chart details table')).toBeVisible();
  await expect(page.locator('.troop-chart details summary')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the chart is complete: it is drawn at build time', async ({ page }) => {
    await page.goto('/data/');
    const svg = await theChart(page);
    await expect(svg.locator('.point')).toHaveCount(levels.length + zoomed.length);
    await expect(svg.locator('text.annotation')).toHaveCount(annotations.length);
  });
});

test('the caption names the publishers, qualifies the figures and links to the data files', async ({ page, request }) => {
  await page.goto('/data/');
  const caption = page.locator('.troop-chart figcaption');
  const publishers = new Set(levels.flatMap((l) => l.sources).map(sourcePublisher));
  for (const publisher of publishers) await expect(caption).toContainText(publisher);
  await expect(caption).toContainText('best available point estimates');
  await expect(caption).toContainText('never joined to the line');
  await expect(caption).toContainText('not a uniform year-end series');
  for (const href of await caption.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});
