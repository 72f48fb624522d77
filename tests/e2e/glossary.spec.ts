import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { ROOT } from '../support/project.ts';
import { ANCHORS, CHAPTER_IDS, ROUTES } from '../support/site.ts';

interface TermEntry { id: string; term: string; aliases?: string[]; chapters: string[]; actor?: string }

const load = <T>(file: string) => yaml.load(readFileSync(`${ROOT}content/${file}`, 'utf8'), { schema: yaml.CORE_SCHEMA }) as T;
const TERMS = load<TermEntry[]>('glossary.yaml');
const ACTOR_ALIASES = new Set(load<{ aliases?: string[] }[]>('actors.yaml').flatMap((a) => a.aliases ?? []));
/** A term spelt like an actor (the Taliban) keeps its who's-who link in the chapters. */
const speltLikeActor = (t: TermEntry) => [t.term, ...(t.aliases ?? [])].some((s) => ACTOR_ALIASES.has(s));
/** Links to glossary entries, by the start every such href shares. */
const termLinks = `a[href^="${ROUTES.glossary}#"]`;

test('the glossary defines every term in a <dfn> with its anchor, in alphabetical order under letter headings', async ({ page }) => {
  await page.goto(ROUTES.glossary);
  await expect(page.locator('h1')).toHaveCount(1);
  const ids = await page.locator('main dfn').evaluateAll((ds) => ds.map((d) => d.id));
  expect([...ids].sort()).toEqual(TERMS.map((t) => ANCHORS.term(t.id)).sort());
  for (const term of TERMS) await expect(page.locator(`dfn#${ANCHORS.term(term.id)}`)).toHaveText(term.term);
  const terms = await page.locator('main dfn').allTextContents();
  expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en-GB')));
  // The letter index leads to each group.
  const letters = page.locator('nav.letters a');
  await expect(letters.first()).toHaveText('A');
  await letters.first().click();
  await expect(page.locator('main h2').first()).toBeInViewport();
});

// That the links resolve is checked on the built pages (tests/dist/links.test.ts).
test('each term links to the chapters that use it, a term that is also an actor to the who’s who, and the page to its data', async ({ page }) => {
  await page.goto(ROUTES.glossary);
  for (const term of TERMS) {
    const entry = page.locator('.entry', { has: page.locator(`dfn#${ANCHORS.term(term.id)}`) });
    const hrefs = await entry.locator('.chapter-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort(), term.id).toEqual(term.chapters.map((c) => ROUTES.chapter(c)).sort());
    await expect(entry.locator(`a[href="${term.actor ? ROUTES.actor(term.actor) : ROUTES.people}"]`), term.id).toHaveCount(term.actor ? 1 : 0);
  }
  for (const href of [ROUTES.dataFile('glossary', 'csv'), ROUTES.dataFile('glossary', 'json')]) {
    await expect(page.locator(`main a[href="${href}"]`), href).toHaveCount(1);
  }
});

test('a chapter links the first use of a term to its entry, once, and the link opens the entry', async ({ page }) => {
  await page.goto(ROUTES.chapter('round-two'));
  const link = page.locator(`.chapter-body a[href="${ROUTES.term('loya-jirga')}"]`);
  await expect(link).toHaveCount(1);
  await expect(link).toHaveText('Loya Jirga');
  // No earlier use in the text went unlinked (the boxes of points and figures are not the text).
  const before = await link.evaluate((a) => {
    const walker = document.createTreeWalker(a.closest('.chapter-body')!, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node && node.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING; node = walker.nextNode()) {
      if (!node.parentElement!.closest('.in-brief, .key-numbers')) text += node.textContent;
    }
    return text;
  });
  expect(before).not.toContain('Loya Jirga');
  await link.click();
  await expect(page).toHaveURL(new URL(ROUTES.term('loya-jirga'), page.url()).href);
  await expect(page.locator(`#${ANCHORS.term('loya-jirga')}`)).toBeInViewport();
});

test('chapters link each term at most once, never in headings or footnotes, never inside or around an actor link', async ({ page }) => {
  const ids = new Set(TERMS.map((t) => ANCHORS.term(t.id)));
  for (const chapter of CHAPTER_IDS) {
    await page.goto(ROUTES.chapter(chapter));
    const targets = await page.locator(`.chapter-body ${termLinks}`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('#')[1]!));
    expect(targets.length, chapter).toBeGreaterThan(0);
    expect(new Set(targets).size, chapter).toBe(targets.length);
    for (const id of targets) expect(ids.has(id), id).toBe(true);
    await expect(page.locator(`.chapter-body :is(h2, h3, h4, sup, section.footnotes) ${termLinks}`)).toHaveCount(0);
    await expect(page.locator('.chapter-body a a')).toHaveCount(0);
    // Every term the glossary lists for this chapter is linked there, unless it is spelt like an actor.
    const expected = TERMS.filter((t) => t.chapters.includes(chapter) && !speltLikeActor(t)).map((t) => ANCHORS.term(t.id));
    expect([...targets].sort(), chapter).toEqual(expected.sort());
  }
});

test('the "In brief" box follows the opening paragraph with its points', async ({ page }) => {
  await page.goto(ROUTES.chapter('round-one'));
  const box = page.locator('.chapter-body > p:first-child + .in-brief');
  await expect(box.locator('h2')).toHaveText('In brief');
  expect(await box.locator('li').count()).toBeGreaterThanOrEqual(3);
  await expect(box).toBeInViewport();
});

test('a search finds a glossary term as its own result, typed as a term, which opens its entry', async ({ page }) => {
  await page.goto(`${ROUTES.search}?q=${encodeURIComponent('Loya Jirga')}`);
  await page.locator('#search-page [data-search-filters-toggle]').click();
  const group = page.locator('#search-page fieldset', { has: page.locator('legend', { hasText: /^Type$/ }) });
  await group.locator('label', { hasText: 'Glossary term' }).locator('input').check();
  const hit = page.locator('#search-page .search-hit').first();
  await expect(hit.locator('.search-hit-meta')).toContainText('Glossary term');
  await expect(hit.locator('.search-hit-title')).toHaveText('Loya Jirga (glossary)');
  await hit.locator('.search-hit-title').click();
  await expect(page).toHaveURL(new RegExp(`${ROUTES.glossary}.*#${ANCHORS.term('loya-jirga')}$`));
  await expect(page.locator(`#${ANCHORS.term('loya-jirga')}`)).toBeInViewport();
});
