import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { COMMITMENT_STATUSES } from '../../src/site.ts';
import { ROOT } from '../support/project.ts';
import { ANCHORS, ROUTES } from '../support/site.ts';

interface CommitmentEntry { id: string; topic: string; status: string; chapter: string; events?: string[]; later?: { status?: string } }
interface EventEntry { id: string; document?: string }

const COMMITMENTS = yaml.load(readFileSync(`${ROOT}content/commitments.yaml`, 'utf8'), { schema: yaml.CORE_SCHEMA }) as CommitmentEntry[];
const EVENTS = yaml.load(readFileSync(`${ROOT}content/events.yaml`, 'utf8'), { schema: yaml.CORE_SCHEMA }) as EventEntry[];
/** What the page prints for each status: the words, never a colour alone. */
const LABELS: Record<string, string> = {
  kept: 'Kept', late: 'Kept late', partly: 'Partly kept', broken: 'Broken', overtaken: 'Overtaken', disputed: 'Disputed', open: 'Open',
};
const entry = (id: string) => `#${ANCHORS.commitment(id)}`;

test('the tracker lists every commitment once, each with its status in words on 1 March 2021', async ({ page }) => {
  await page.goto(ROUTES.commitments);
  await expect(page.locator('h1')).toHaveText('What the agreement promised');
  await expect(page.locator('.entry')).toHaveCount(COMMITMENTS.length);
  for (const c of COMMITMENTS) {
    const status = page.locator(`${entry(c.id)} > .status`);
    await expect(status, c.id).toHaveText(`Status on 1 March 2021: ${LABELS[c.status]}`);
    await expect(page.locator(`${entry(c.id)} > h3`), c.id).toHaveCount(1);
  }
});

test('the key defines every status and counts the commitments that have it', async ({ page }) => {
  await page.goto(ROUTES.commitments);
  const items = page.locator('.status-key .key-item');
  await expect(items).toHaveCount(COMMITMENT_STATUSES.length);
  for (const [i, status] of COMMITMENT_STATUSES.entries()) {
    const n = COMMITMENTS.filter((c) => c.status === status).length;
    await expect(items.nth(i).locator('dt')).toHaveText(`${LABELS[status]} · ${n} ${n === 1 ? 'promise' : 'promises'}`);
    await expect(items.nth(i).locator('dd')).not.toBeEmpty();
  }
});

test('later outcomes are set apart, dated by the postscript, and only where the content gives them', async ({ page }) => {
  await page.goto(ROUTES.commitments);
  for (const c of COMMITMENTS) {
    const later = page.locator(`${entry(c.id)} .later`);
    await expect(later, c.id).toHaveCount(c.later ? 1 : 0);
    if (!c.later) continue;
    await expect(later.locator('.later-label'), c.id).toHaveText(/^Postscript · written \d{1,2} \w+ \d{4}, with hindsight:$/);
    await expect(later.locator('.later-status'), c.id).toHaveText(c.later.status ? `Later: ${LABELS[c.later.status]}.` : []);
  }
});

// That every link resolves is checked on the built pages (tests/dist/links.test.ts).
test('each commitment links to its chapter and its timeline events, and the page to its open data', async ({ page }) => {
  await page.goto(ROUTES.commitments);
  for (const c of COMMITMENTS) {
    const meta = page.locator(`${entry(c.id)} > .meta`);
    await expect(meta.locator(`a[href="${ROUTES.chapter(c.chapter)}"]`), c.id).toHaveCount(1);
    for (const e of c.events ?? []) await expect(meta.locator(`a[href="${ROUTES.event(e)}"]`), `${c.id} → ${e}`).toHaveCount(1);
  }
  for (const format of ['csv', 'json'] as const) await expect(page.locator(`main a[href="${ROUTES.dataFile('commitments', format)}"]`)).toHaveCount(1);
});

test('the chapters on the agreement, the timeline’s signings, the home page and the footer link to the tracker', async ({ page }) => {
  for (const chapter of ['round-two', 'outlook']) {
    await page.goto(ROUTES.chapter(chapter));
    // Chapters link with relative addresses, so that they work under any base path: compare where they lead.
    const targets = await page.locator('.chapter-body a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(targets.filter((t) => t === ROUTES.commitments), chapter).toHaveLength(1);
  }
  await page.goto(ROUTES.timeline);
  const signings = EVENTS.filter((e) => e.document);
  expect(signings.map((e) => e.document).sort()).toEqual(['agreement', 'declaration']);
  await expect(page.locator(`.event a[href="${ROUTES.commitments}"]`)).toHaveCount(signings.length);
  for (const e of signings) {
    await expect(page.locator('.event', { has: page.locator(`#${ANCHORS.event(e.id)}`) }).locator(`a[href="${ROUTES.commitments}"]`)).toHaveCount(1);
  }
  await page.goto(ROUTES.home);
  await expect(page.locator(`main a[href="${ROUTES.commitments}"]`)).toHaveCount(1);
  await expect(page.locator(`footer a[href="${ROUTES.commitments}"]`)).toHaveCount(1);
});

test('the tracker names each document with a link to its signing on the timeline', async ({ page }) => {
  await page.goto(ROUTES.commitments);
  for (const e of EVENTS.filter((x) => x.document)) await expect(page.locator(`.lede a[href="${ROUTES.event(e.id)}"]`)).toHaveCount(1);
});

test('an anchor opens the page at that commitment', async ({ page }) => {
  await page.goto(ROUTES.commitment('un-sanctions-list'));
  await expect(page.locator(entry('un-sanctions-list'))).toBeInViewport();
});

test('on a phone nothing on the tracker is wider than the screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto(ROUTES.commitments);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  const wide = await page.locator('main .entry *').evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5).length);
  expect(wide).toBe(0);
  await context.close();
});

test('search finds a commitment by its words, filtered as a commitment, and links to its entry', async ({ page }) => {
  // The search page has set Pagefind up (its results carry ?highlight=): addresses compared without it.
  await page.goto(ROUTES.search);
  const found = await page.evaluate(async (pagefindUrl) => {
    const pagefind = await import(pagefindUrl);
    const response = await pagefind.search('passports', { filters: { type: ['commitment'] } });
    return Promise.all(response.results.map(async (r: { data(): Promise<{ url: string; meta: { title: string } }> }) => (await r.data()).url.replace(/\?[^#]*/, '')));
  }, ROUTES.asset('pagefind/pagefind.js'));
  expect(found).toEqual([ROUTES.commitment('no-travel-documents')]);
  // Every commitment is its own record: the tracker page as a whole is not indexed.
  const all = await page.evaluate(async (pagefindUrl) => {
    const pagefind = await import(pagefindUrl);
    const response = await pagefind.search(null, { filters: { type: ['commitment'] } });
    return Promise.all(response.results.map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url.replace(/\?[^#]*/, '')));
  }, ROUTES.asset('pagefind/pagefind.js'));
  expect([...all].sort()).toEqual(COMMITMENTS.map((c) => ROUTES.commitment(c.id)).sort());
});
