import { expect, test, type Page } from '@playwright/test';

async function searchFor(page: Page, term: string) {
  await page.goto(`/search/?q=${encodeURIComponent(term)}`);
  const status = page.locator('#search-page [data-search-status]');
  await expect(status).toContainText(`“${term}”`);
  return page.locator('#search-page .search-hit-title');
}

test('a term in several chapters finds each of them', async ({ page }) => {
  const titles = await searchFor(page, 'ceasefire');
  const urls = await titles.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  for (const id of ['round-one', 'round-two', 'outlook']) expect(urls).toContain(`/${id}/`);
});

test('a search shows the chapter title and an excerpt with the match marked', async ({ page }) => {
  await searchFor(page, 'Soviet');
  const first = page.locator('#search-page .search-hit').first();
  await expect(first.locator('.search-hit-title')).toHaveAttribute('href', /\/background\//);
  await expect(first.locator('.search-hit-excerpt mark').first()).toHaveText(/soviet/i);
});

test('a result opens its chapter', async ({ page }) => {
  const titles = await searchFor(page, 'Loya Jirga');
  await titles.first().click();
  await expect(page).toHaveURL(/\/round-two\//);
  await expect(page.locator('h1')).toHaveCount(1);
});

test('the search index holds chapter text only, not navigation or footers', async ({ page }) => {
  await page.goto('/search/');
  const contents: string[] = await page.evaluate(async () => {
    const pagefind = await import('/pagefind/pagefind.js' as string);
    const response = await pagefind.search('Taliban');
    return Promise.all(response.results.map(async (r: { data(): Promise<{ content: string }> }) => (await r.data()).content));
  });
  expect(contents.length).toBeGreaterThan(3);
  for (const content of contents) {
    expect(content).not.toContain('Skip to content');
    expect(content).not.toContain('non-partisan explainer');
    expect(content).not.toContain('Previous: chapter');
    expect(content).not.toContain('In this chapter');
  }
});
