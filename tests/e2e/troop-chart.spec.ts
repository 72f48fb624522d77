import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import yaml from 'js-yaml';

interface Level {
  id: string;
  date: string;
  troops: number;
  approximate: boolean;
  annotation?: string;
}

const levels = (
  yaml.load(readFileSync(new URL('../../content/troop-levels.yaml', import.meta.url), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Level[]
).map((l) => ({ ...l, date: String(l.date) }));
const annotations = levels.flatMap((l) => (l.annotation ? [l.annotation] : []));
const squash = (text: string) => text.replace(/\s+/g, '');

/** The chart layout CSS shows at the current width: exactly one. */
async function visibleChart(page: Page): Promise<Locator> {
  const charts = page.locator('.troop-chart svg.chart:visible');
  await expect(charts).toHaveCount(1);
  return charts;
}

type Rect = { x: number; y: number; width: number; height: number };
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const { width, variant } of [{ width: 360, variant: 'narrow' }, { width: 1280, variant: 'wide' }]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('the chart plots every figure, marks the approximate ones and has an accessible name', async ({ page }) => {
      await page.goto('/data/');
      const svg = await visibleChart(page);
      await expect(svg).toHaveClass(new RegExp(variant));
      await expect(svg).toHaveAttribute('role', 'img');
      await expect(svg).toHaveAccessibleName(/^US troops in Afghanistan, 2001–2021 Line chart of \d+ figures/);
      await expect(svg.locator('circle.point')).toHaveCount(levels.length);
      await expect(svg.locator('circle.point.approximate')).toHaveCount(levels.filter((l) => l.approximate).length);
      // Hollow markers: filled with the page colour instead of the line's.
      const fills = await svg.locator('circle.point').evaluateAll((cs) => cs.map((c) => getComputedStyle(c).fill));
      const flags = await svg.locator('circle.point').evaluateAll((cs) => cs.map((c) => c.classList.contains('approximate')));
      expect(new Set(fills.filter((_, i) => flags[i])).size).toBe(1);
      expect(fills.find((_, i) => flags[i])).not.toBe(fills.find((_, i) => !flags[i]));
      await expect(page.locator('.troop-chart .legend')).toContainText(/hollow = approximate/i);
    });

    test('the five key moments are annotated, apart from each other and from the markers', async ({ page }) => {
      await page.goto('/data/');
      const svg = await visibleChart(page);
      const labels = svg.locator('text.annotation');
      expect((await labels.allTextContents()).map(squash)).toEqual(annotations.map(squash));
      expect(annotations).toHaveLength(5);
      // Measured in the browser, with the real font: the build only estimates text widths.
      const boxes = await labels.evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().toJSON() as Rect));
      const markers = await svg.locator('circle.point').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().toJSON() as Rect));
      const frame = (await svg.boundingBox())!;
      boxes.forEach((box, i) => {
        expect(box.x, `${annotations[i]} inside the chart`).toBeGreaterThanOrEqual(frame.x - 1);
        expect(box.x + box.width, `${annotations[i]} inside the chart`).toBeLessThanOrEqual(frame.x + frame.width + 1);
        boxes.slice(i + 1).forEach((other, j) => expect(overlap(box, other), `${annotations[i]} / ${annotations[i + 1 + j]}`).toBe(false));
        markers.forEach((m, k) => expect(overlap(box, m), `${annotations[i]} / marker ${levels[k]!.id}`).toBe(false));
      });
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
  await expect(table.locator('thead th[scope="col"]')).toHaveText(['Date', 'US troops', 'Approximate?', 'Note', 'Sources']);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(levels.length);
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      date: tr.querySelector('th[scope="row"] time')!.getAttribute('datetime'),
      troops: Number(tr.querySelector('td')!.textContent!.replace(/,/g, '')),
      approximate: tr.querySelectorAll('td')[1]!.textContent!.trim(),
      sources: tr.querySelectorAll('td:last-child li').length,
    })),
  );
  expect(cells).toEqual(levels.map((l) => ({ date: l.date, troops: l.troops, approximate: l.approximate ? 'Yes' : 'No', sources: expect.any(Number) })));
  for (const c of cells) expect(c.sources).toBeGreaterThan(0);
});

test('printed, the chart shows its wide layout and the table is expanded', async ({ page }) => {
  await page.goto('/data/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.troop-chart svg.chart.wide')).toBeVisible();
  await expect(page.locator('.troop-chart svg.chart.narrow')).toBeHidden();
  await expect(page.locator('.troop-chart details table')).toBeVisible();
  await expect(page.locator('.troop-chart details summary')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the chart is complete: it is drawn at build time', async ({ page }) => {
    await page.goto('/data/');
    const svg = await visibleChart(page);
    await expect(svg.locator('circle.point')).toHaveCount(levels.length);
    await expect(svg.locator('text.annotation')).toHaveCount(annotations.length);
  });
});

test('the caption names the publishers, qualifies the figures and links to the data files', async ({ page, request }) => {
  await page.goto('/data/');
  const caption = page.locator('.troop-chart figcaption');
  await expect(caption).toContainText('Washington Times');
  await expect(caption).toContainText('Congressional Research Service');
  await expect(caption).toContainText('best available point estimates');
  await expect(caption).toContainText('not a uniform year-end series');
  for (const href of await caption.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});
