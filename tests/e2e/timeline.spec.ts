import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { ROOT } from '../support/project.ts';
import { ANCHORS, CHAPTER_IDS, ROUTES, SHORT_TITLES } from '../support/site.ts';

interface EventEntry { id: string; date: string | number; chapter: string }

const EVENTS = yaml.load(readFileSync(`${ROOT}content/events.yaml`, 'utf8'), { schema: yaml.CORE_SCHEMA }) as EventEntry[];
const FILTER_LABELS = ['All', ...CHAPTER_IDS.map((id) => SHORT_TITLES[id])];
const eventEntry = (id: string) => `#${ANCHORS.event(id)}`;

test('the timeline shows every event once, grouped by year in date order', async ({ page }) => {
  await page.goto(ROUTES.timeline);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('.event')).toHaveCount(EVENTS.length);
  for (const event of EVENTS) await expect(page.locator(eventEntry(event.id))).toHaveCount(1);

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
  await page.goto(ROUTES.timeline);
  const soviet = page.locator('.event', { has: page.locator(eventEntry('soviet-invasion')) });
  await expect(soviet.locator('time')).toHaveAttribute('datetime', '1979-12');
  await expect(soviet.locator('time')).toHaveText('December 1979');
  await expect(soviet).toContainText('Note:');
  await expect(soviet.locator('a[href^="https://"]'), 'a link to its source').not.toHaveCount(0);
});

// That the links resolve is checked on the built pages (tests/dist/links.test.ts).
test('each event links to its chapter', async ({ page }) => {
  await page.goto(ROUTES.timeline);
  // Each entry's anchor and its chapter link, read in one pass.
  const links = await page.locator('.event').evaluateAll((items) =>
    items.map((li) => [li.querySelector('h3[id]')!.id, li.querySelector('.event-meta p a')!.getAttribute('href')]),
  );
  expect(Object.fromEntries(links)).toEqual(Object.fromEntries(EVENTS.map((e) => [ANCHORS.event(e.id), ROUTES.chapter(e.chapter)])));
});

test('the page links the open data and the print version', async ({ page }) => {
  await page.goto(ROUTES.timeline);
  await expect(page.locator(`main a[href="${ROUTES.dataFile('events', 'csv')}"]`)).toHaveCount(1);
  await expect(page.locator(`main a[href="${ROUTES.dataFile('events', 'json')}"]`)).toHaveCount(1);
  await expect(page.locator(`main a[href="${ROUTES.print}"]`)).toHaveText('Print or save the whole explainer');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filter narrows the timeline to one chapter', async ({ page }) => {
    await page.goto(ROUTES.timeline);
    const filter = page.getByRole('navigation', { name: 'Show events by chapter' });
    await expect(filter.locator('a')).toHaveText(FILTER_LABELS);
    await expect(filter.locator('a[aria-current="page"]')).toHaveText('All');
    await filter.getByRole('link', { name: SHORT_TITLES['round-two'] }).click();
    await expect(page).toHaveURL(new URL(ROUTES.timelineOf('round-two'), page.url()).href);
    await expect(page.locator('h1')).toHaveText(`Timeline: ${SHORT_TITLES['round-two']}`);
  });

  for (const id of CHAPTER_IDS) {
    test(`${ROUTES.timelineOf(id)} shows only that chapter's events`, async ({ page }) => {
      await page.goto(ROUTES.timelineOf(id));
      const expected = EVENTS.filter((e) => e.chapter === id);
      await expect(page.locator('.event')).toHaveCount(expected.length);
      for (const event of expected) await expect(page.locator(eventEntry(event.id))).toHaveCount(1);
      // The introduction links the chapter; its events do not repeat "More in chapter …" each time.
      await expect(page.locator('.event-meta p:not(.event-commitments) a')).toHaveCount(0);
      await expect(page.locator(`main a[href="${ROUTES.chapter(id)}"]`).first()).toBeVisible();
      const current = page.locator('nav a[aria-current="page"]');
      await expect(current).toHaveCount(1);
      await expect(current).toHaveAttribute('href', ROUTES.timelineOf(id));
    });
  }
});

test('search finds an event on the timeline and links to its entry', async ({ page }) => {
  // The search page has set Pagefind up (its results carry ?highlight=): addresses compared without it.
  await page.goto(ROUTES.search);
  const urls = await page.evaluate(async (pagefindUrl) => {
    const pagefind = await import(pagefindUrl);
    const response = await pagefind.search('Soviet');
    return Promise.all(response.results.map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url.replace(/\?[^#]*/, '')));
  }, ROUTES.asset('pagefind/pagefind.js'));
  // Each event is its own search record, linking straight to its entry, never to the timeline as a whole.
  expect(urls).toContain(ROUTES.event('soviet-invasion'));
  const onTimeline = urls.filter((url) => url.startsWith(ROUTES.timeline));
  const eventIds = new Set(EVENTS.map((e) => e.id));
  for (const url of onTimeline) expect(eventIds.has(url.slice(`${ROUTES.timeline}#${ANCHORS.event('')}`.length)), url).toBe(true);
});

test('an event opened by its anchor shows its date line below the top of the window', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const event = EVENTS[10]!;
  await page.goto(`${ROUTES.timeline}${eventEntry(event.id)}`);
  const date = page.locator(`${eventEntry(event.id)} ~ .event-date`);
  // Smooth scrolling: wait until the scroll has settled, with the date line in view near the top (not cut off).
  await expect.poll(async () => { const y = (await date.boundingBox())?.y ?? -1; return y >= 4 && y < 200; }, { timeout: 5000 }).toBe(true);
});

test('a chapter’s timeline does not repeat “More in chapter …” under each event; the whole timeline does', async ({ page }) => {
  await page.goto(ROUTES.timelineOf('round-one'));
  await expect(page.locator('main')).not.toContainText('More in chapter');
  await page.goto(ROUTES.timeline);
  await expect(page.locator('.event-timeline')).toContainText('More in chapter 2');
});

test('a year index leads to every year: a row above the events on a phone, a sticky column beside them on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(ROUTES.timeline);
  const index = page.getByRole('navigation', { name: 'Go to a year' });
  const years = await page.locator('.year-heading').allTextContents();
  await expect(index.getByRole('link')).toHaveText(years);
  // Beside the events, and still in view far down the page.
  const first = page.locator('.event').first();
  expect((await index.boundingBox())!.x).toBeGreaterThan((await first.boundingBox())!.x + (await first.boundingBox())!.width);
  await index.getByRole('link', { name: years.at(-1)! }).click();
  await expect(page).toHaveURL(/#year-\d{4}$/);
  await expect(index).toBeInViewport();
  await expect(page.locator('.year-heading').last()).toBeInViewport();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(ROUTES.timeline);
  // One row that scrolls sideways, above the first year; the page itself never scrolls sideways.
  const row = (await index.boundingBox())!;
  expect(row.height).toBeLessThan(60);
  expect(row.y).toBeLessThan((await page.locator('.year-heading').first().boundingBox())!.y);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
});
