import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';

interface EventEntry { id: string; date: string | number; chapter: string }

const EVENTS = yaml.load(readFileSync(new URL('../../content/events.yaml', import.meta.url), 'utf8'), { schema: yaml.CORE_SCHEMA }) as EventEntry[];
const CHAPTERS = ['background', 'round-one', 'round-two', 'outlook'];
const FILTER_LABELS = ['All', 'Background', 'Round one', 'Round two', 'Outlook'];

test('the timeline shows every event once, grouped by year in date order', async ({ page }) => {
  await page.goto('/timeline/');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('.event')).toHaveCount(EVENTS.length);
  for (const event of EVENTS) await expect(page.locator(`#event-${event.id}`)).toHaveCount(1);

  const years = await page.locator('.year').evaluateAll((sections) =>
    sections.map((s) => ({
      heading: s.querySelector('h2')!.textContent!.trim(),
      dates: [...s.querySelectorAll('.event time')].map((t) => t.getAttribute('datetime')!),
    })),
  );
  const headings = years.map((y) => Number(y.heading));
  expect(headings).toEqual([...new Set(headings)].sort((a, b) => a - b));
  for (const { heading, dates } of years) {
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date.slice(0, 4)).toBe(heading);
  }
  const all = years.flatMap((y) => y.dates);
  expect(all).toEqual([...all].sort());

  // Year headings are h2 and event titles h3, directly under them.
  expect(await page.locator('.event h3[id^="event-"]').count()).toBe(EVENTS.length);
});

test('dates show only the precision known', async ({ page }) => {
  await page.goto('/timeline/');
  const soviet = page.locator('.event', { has: page.locator('#event-soviet-invasion') });
  await expect(soviet.locator('time')).toHaveAttribute('datetime', '1979-12');
  await expect(soviet.locator('time')).toHaveText('December 1979');
  await expect(soviet).toContainText('Note:');
  await expect(soviet.locator('a[rel~="external"]').first()).toHaveAttribute('href', /^https?:\/\//);
});

test('each event links to its chapter, and the links work', async ({ page, request }) => {
  await page.goto('/timeline/');
  const links = await page.locator('.event').evaluateAll((items) =>
    items.map((li) => ({
      id: li.querySelector('[id^="event-"]')!.id.replace(/^event-/, ''),
      href: li.querySelector<HTMLAnchorElement>('.event-meta p a')!.getAttribute('href'),
    })),
  );
  const chapterOf = new Map(EVENTS.map((e) => [e.id, e.chapter]));
  expect(links).toHaveLength(EVENTS.length);
  for (const { id, href } of links) expect(href, id).toBe(`/${chapterOf.get(id)}/`);
  for (const id of CHAPTERS) expect((await request.get(`/${id}/`)).status()).toBe(200);
});

test('the page links the open data and the print version', async ({ page }) => {
  await page.goto('/timeline/');
  await expect(page.locator('main a[href="/data/events.csv"]')).toHaveCount(1);
  await expect(page.locator('main a[href="/data/events.json"]')).toHaveCount(1);
  await expect(page.locator('main a[href="/print/"]')).toHaveText('Print or save the whole explainer');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filter narrows the timeline to one chapter', async ({ page }) => {
    await page.goto('/timeline/');
    const filter = page.getByRole('navigation', { name: 'Show events by chapter' });
    await expect(filter.locator('a')).toHaveText(FILTER_LABELS);
    await expect(filter.locator('a[aria-current="page"]')).toHaveText('All');
    await filter.getByRole('link', { name: 'Round two' }).click();
    await expect(page).toHaveURL(/\/timeline\/round-two\/$/);
    await expect(page.locator('h1')).toHaveText('Timeline: Round two');
  });

  for (const id of CHAPTERS) {
    test(`/timeline/${id}/ shows only that chapter's events`, async ({ page }) => {
      await page.goto(`/timeline/${id}/`);
      const expected = EVENTS.filter((e) => e.chapter === id);
      await expect(page.locator('.event')).toHaveCount(expected.length);
      for (const event of expected) await expect(page.locator(`#event-${event.id}`)).toHaveCount(1);
      const chapterLinks = await page.locator('.event-meta p a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(new Set(chapterLinks)).toEqual(new Set([`/${id}/`]));
      const current = page.locator('nav a[aria-current="page"]');
      await expect(current).toHaveCount(1);
      await expect(current).toHaveAttribute('href', `/timeline/${id}/`);
    });
  }
});

test('search finds an event on the timeline and links to its entry', async ({ page }) => {
  await page.goto('/search/');
  const hit = await page.evaluate(async () => {
    const pagefind = await import('/pagefind/pagefind.js' as string);
    const response = await pagefind.search('Soviet', { filters: { type: 'Timeline event' } });
    const results = await Promise.all(response.results.map((r: { data(): Promise<unknown> }) => r.data()));
    return results as { url: string; sub_results: { url: string }[] }[];
  });
  // Each event is its own search record, linking straight to its entry.
  expect(hit.map((r) => r.url)).toContain('/timeline/#event-soviet-invasion');
  for (const r of hit) expect(r.url).toMatch(/^\/timeline\/#event-[a-z0-9-]+$/);
});
