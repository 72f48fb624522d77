import { expect, test, type Page } from '@playwright/test';
import { CHAPTER_IDS, ROUTES, SHORT_TITLES } from '../support/site.ts';

const chapterPaths = CHAPTER_IDS.map((id) => ROUTES.chapter(id));

async function searchFor(page: Page, term: string) {
  await page.goto(`${ROUTES.search}?q=${encodeURIComponent(term)}`);
  const status = page.locator('#search-page [data-search-status]');
  await expect(status).toContainText(`“${term}”`);
  return page.locator('#search-page .search-hit-title');
}

/**
 * A filter option on the search page, found as the reader finds it: the filters opened with their button,
 * then by its group's legend and its label.
 */
async function filterOption(page: Page, legend: string, label: string) {
  const toggle = page.locator('#search-page [data-search-filters-toggle]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const group = page.locator('#search-page fieldset', { has: page.locator('legend', { hasText: new RegExp(`^${legend}$`) }) });
  return group.locator('label', { hasText: label });
}

test('a term in several chapters finds each of them', async ({ page }) => {
  const titles = await searchFor(page, 'ceasefire');
  // Timeline entries, promises and glossary terms use the word too: the chapters, filtered.
  await filterOption(page, 'Type', 'Chapter').then((option) => option.locator('input').check());
  await expect(page.locator('#search-page [data-search-filters-toggle]')).toHaveText('Filters (1 active)');
  const paths = () => titles.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  await expect.poll(paths).toEqual(expect.arrayContaining(['round-one', 'round-two', 'outlook'].map((id) => ROUTES.chapter(id))));
  expect((await paths()).every((path) => chapterPaths.includes(path))).toBe(true);
});

test('a search shows the chapter title and an excerpt with the match marked', async ({ page }) => {
  await searchFor(page, 'Soviet');
  const chapter = page.locator('#search-page .search-hit', { has: page.locator(`.search-hit-title[href^="${ROUTES.chapter('background')}"]`) });
  await expect(chapter.locator('.search-hit-title')).toHaveText(/Background/);
  await expect(chapter.locator('.search-hit-excerpt mark').first()).toHaveText(/soviet/i);
});

test('a result opens its chapter', async ({ page }) => {
  await searchFor(page, 'Loya Jirga');
  await page.locator(`#search-page .search-hit-title[href^="${ROUTES.chapter('round-two')}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${ROUTES.chapter('round-two')}`));
  await expect(page.locator('h1')).toHaveCount(1);
});

test('the search index holds chapter text only, not navigation or footers', async ({ page }) => {
  await page.goto(ROUTES.search);
  const contents: string[] = await page.evaluate(async (pagefindUrl) => {
    const pagefind = await import(pagefindUrl);
    const response = await pagefind.search('Taliban');
    return Promise.all(response.results.map(async (r: { data(): Promise<{ content: string }> }) => (await r.data()).content));
  }, ROUTES.asset('pagefind/pagefind.js'));
  expect(contents.length).toBeGreaterThan(3);
  for (const content of contents) {
    expect(content).not.toContain('Skip to content');
    expect(content).not.toContain('non-partisan explainer');
    expect(content).not.toContain('Previous: chapter');
    expect(content).not.toContain('In this chapter');
  }
});

test("a person's name puts their who's-who entry in the top three, above the chapters that mention them", async ({ page }) => {
  const titles = await searchFor(page, 'Khalilzad');
  const urls = await titles.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
  expect(urls.slice(0, 3)).toContain(ROUTES.actor("zalmay-khalilzad"));
});

test('a name the site does not contain finds nothing, not the words it begins like', async ({ page }) => {
  await searchFor(page, 'Mujaddidi');
  await expect(page.locator('#search-page .search-hit')).toHaveCount(0);
  await expect(page.locator('#search-page [data-search-status]')).toContainText('No results for “Mujaddidi”');
});

test('a word the site lacks is left out and named, and the rest of the query is searched', async ({ page }) => {
  await page.goto(`${ROUTES.search}?q=${encodeURIComponent('Mujaddidi Doha')}`);
  const status = page.locator('#search-page [data-search-status]');
  await expect(status).toContainText('Nothing on the site matches “mujaddidi”: showing results for “doha”.');
  await expect(page.locator('#search-page .search-hit').first()).toBeVisible();
  for (const excerpt of await page.locator('#search-page .search-hit-excerpt').allTextContents()) expect(excerpt).not.toMatch(/mujaddidi/i);
});

test('another spelling finds what the site spells its own way, with clean excerpts', async ({ page }) => {
  await searchFor(page, 'Biradar');
  const first = page.locator('#search-page .search-hit').first();
  await expect(first).toContainText('Baradar');
  await expect(page.locator('#search-page .search-hit-excerpt').first()).not.toContainText('Biradar');
});

test('a misspelling is offered "Did you mean …?", and a click or Enter searches it', async ({ page }) => {
  await searchFor(page, 'Khalilzaad');
  const suggest = page.locator('#search-page .suggest');
  await expect(suggest).toContainText('Did you mean Khalilzad?');
  await page.locator('#page-q').press('Enter');
  await expect(page.locator('#page-q')).toHaveValue('Khalilzad');
  await expect(page.locator('#search-page [data-search-status]')).toContainText('for “Khalilzad”');
  await page.locator('#page-q').fill('Stoltenbreg');
  await suggest.getByRole('button', { name: 'Stoltenberg' }).click();
  await expect(page.locator('#search-page .search-hit-title').first()).toContainText('Stoltenberg');
});

test('a nonsense word shows a helpful no-results message', async ({ page }) => {
  await searchFor(page, 'qwxzvb');
  await expect(page.locator('#search-page .search-hit')).toHaveCount(0);
  await expect(page.locator('#search-page [data-search-status]')).toContainText('No results for “qwxzvb”. Try');
});

test('?q= runs the query, and the address follows what the reader types', async ({ page }) => {
  await searchFor(page, 'Doha');
  await expect(page.locator('#page-q')).toHaveValue('Doha');
  await page.locator('#page-q').fill('Loya Jirga');
  await expect(page).toHaveURL(new URL(`${ROUTES.search}?q=Loya+Jirga`, page.url()).href);
  await page.reload();
  await expect(page.locator('#page-q')).toHaveValue('Loya Jirga');
  await expect(page.locator('#search-page .search-hit').first()).toBeVisible();
  await page.locator('#page-q').fill('');
  await expect(page).toHaveURL(new URL(ROUTES.search, page.url()).href);
});

test('the chapter filter narrows the results, and each option shows its count', async ({ page }) => {
  await searchFor(page, 'Taliban');
  const status = page.locator('#search-page [data-search-status]');
  const total = async () => Number((await status.textContent())!.match(/^(\d+) result/)![1]);
  const all = await total();
  const option = await filterOption(page, 'Chapter', SHORT_TITLES['round-two']);
  const count = Number((await option.locator('.count').textContent())!.replace(/\D/g, ''));
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(all);
  await option.locator('input').check();
  await expect(status).toHaveText(new RegExp(`^${count} results? for “Taliban”`));
  await expect(page.locator('#search-page [data-search-filters-toggle]')).toHaveText('Filters (1 active)');
  for (const meta of await page.locator('#search-page .search-hit').evaluateAll((els) => els.map((e) => e.textContent ?? ''))) {
    expect(meta).toContain(SHORT_TITLES['round-two']);
  }
});

test('results come a page at a time, and "Show more results" adds the next page', async ({ page }) => {
  await searchFor(page, 'Taliban');
  const hits = page.locator('#search-page .search-hit');
  const shown = await hits.count();
  const more = page.locator('#search-page [data-search-more]');
  await expect(more).toBeVisible();
  await more.click();
  await expect.poll(() => hits.count()).toBeGreaterThan(shown);
  await expect(hits.nth(shown).locator('a').first()).toBeFocused();
});

test('the type filter narrows the results to chapters', async ({ page }) => {
  await searchFor(page, 'Doha');
  const hits = page.locator('#search-page .search-hit');
  await (await filterOption(page, 'Type', 'Chapter')).locator('input').check();
  await expect(page.locator('#search-page [data-search-status]')).toContainText('“Doha”');
  const urls = await page.locator('#search-page .search-hit-title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.length).toBe(await hits.count());
  for (const url of urls) expect(chapterPaths).toContain(url);
});

test('results within a chapter link to the matching section', async ({ page }) => {
  await searchFor(page, 'Loya Jirga');
  const section = page.locator('#search-page .search-hit-sections a').first();
  await expect(section).toHaveAttribute('href', new RegExp(`^${ROUTES.chapter('round-two')}.*#[a-z0-9-]+$`));
});

test('a result names its kind and its chapters as readers see them, never by their ids', async ({ page }) => {
  await searchFor(page, 'Baradar');
  await (await filterOption(page, 'Type', 'Person or group')).locator('input').check();
  const person = page.locator('#search-page .search-hit').first();
  await expect(person.locator('.search-hit-meta')).toContainText('Person or group');
  const meta = (await person.locator('.search-hit-meta').textContent()) ?? '';
  const [kind, ...chapters] = meta.split(' · ');
  expect(kind).toBe('Person or group');
  expect(chapters.length).toBeGreaterThan(0);
  for (const chapter of chapters) expect(Object.values(SHORT_TITLES)).toContain(chapter);
});
