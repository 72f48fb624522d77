import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { ROOT } from '../support/project.ts';
import { ANCHORS, CHAPTER_IDS, ROUTES } from '../support/site.ts';

interface ActorEntry { id: string; name: string; kind: string; chapters: string[]; aliases?: string[] }

const ACTORS = yaml.load(readFileSync(`${ROOT}content/actors.yaml`, 'utf8'), { schema: yaml.CORE_SCHEMA }) as ActorEntry[];
const GROUPS = [
  { kind: 'person', heading: 'People' },
  { kind: 'organisation', heading: 'Organisations' },
  { kind: 'country', heading: 'Countries' },
];
const ALIASES = ACTORS.flatMap((a) => a.aliases ?? []);
/** Links to who's who entries, by the start every such href shares. */
const actorLinks = `a[href^="${ROUTES.people}#"]`;

test('who’s who groups every actor under its kind, each with an anchor', async ({ page }) => {
  await page.goto(ROUTES.people);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main h2')).toHaveText(GROUPS.map((g) => g.heading));
  for (const group of GROUPS) {
    const section = page.locator('section', { has: page.locator('h2', { hasText: group.heading }) });
    const ids = await section.locator('h3').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.sort()).toEqual(ACTORS.filter((a) => a.kind === group.kind).map((a) => a.id).sort());
  }
  for (const actor of ACTORS) await expect(page.locator(`h3#${ANCHORS.actor(actor.id)}`)).toHaveText(actor.name);
});

// That the links resolve is checked on the built pages (tests/dist/links.test.ts).
test('each actor links to the chapters it appears in, and the page to its data and the print version', async ({ page }) => {
  await page.goto(ROUTES.people);
  for (const actor of ACTORS) {
    const entry = page.locator('.actor', { has: page.locator(`h3#${ANCHORS.actor(actor.id)}`) });
    const hrefs = await entry.locator('.chapter-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort(), actor.id).toEqual(actor.chapters.map((c) => ROUTES.chapter(c)).sort());
  }
  for (const href of [ROUTES.dataFile('actors', 'csv'), ROUTES.dataFile('actors', 'json'), ROUTES.print]) {
    await expect(page.locator(`main a[href="${href}"]`), href).toHaveCount(1);
  }
});

test('an anchor opens the page at that actor', async ({ page }) => {
  await page.goto(ROUTES.actor('qatar'));
  await expect(page.locator(`#${ANCHORS.actor('qatar')}`)).toBeInViewport();
});

test('a chapter links its first mention of Khalilzad to his entry, once', async ({ page }) => {
  await page.goto(ROUTES.chapter('round-one'));
  const body = page.locator('.chapter-body');
  const link = body.locator(`a[href="${ROUTES.actor('zalmay-khalilzad')}"]`);
  await expect(link).toHaveCount(1);
  await expect(link).toContainText('Khalilzad');
  // No earlier mention in the text went unlinked.
  const before = await link.evaluate((a) => {
    const range = document.createRange();
    range.setStart(a.closest('.chapter-body')!, 0);
    range.setEndBefore(a);
    return range.toString();
  });
  expect(before).not.toContain('Khalilzad');
  await link.click();
  await expect(page).toHaveURL(new URL(ROUTES.actor('zalmay-khalilzad'), page.url()).href);
  await expect(page.locator(`#${ANCHORS.actor('zalmay-khalilzad')}`)).toBeInViewport();
});

test('chapters link each actor at most once, never in headings or footnotes, and only to existing entries', async ({ page }) => {
  const ids = new Set(ACTORS.map((a) => a.id));
  for (const chapter of CHAPTER_IDS) {
    await page.goto(ROUTES.chapter(chapter));
    const links = page.locator(`.chapter-body ${actorLinks}`);
    const targets = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('#')[1]!));
    expect(targets.length, chapter).toBeGreaterThan(0);
    expect(new Set(targets).size, chapter).toBe(targets.length);
    for (const id of targets) expect(ids.has(id), id).toBe(true);
    await expect(page.locator(`.chapter-body :is(h2, h3, h4, sup, section.footnotes) ${actorLinks}`)).toHaveCount(0);
    // A link never cuts a longer name short ("Ghani" inside "Abdul Ghani Baradar"), nor starts or ends inside a word.
    const mentions = await links.evaluateAll((as) =>
      as.map((a) => ({ before: (a.previousSibling?.textContent ?? '').slice(-60), text: a.textContent!, after: (a.nextSibling?.textContent ?? '').slice(0, 60) })));
    for (const { before, text, after } of mentions) {
      expect(/\w$/.test(before) || /^\w/.test(after), `${before}[${text}]${after}`).toBe(false);
      const around = `${before}${text}${after}`.replace(/’/g, "'");
      for (const alias of ALIASES.filter((a) => a.length > text.length)) {
        for (let at = around.indexOf(alias); at !== -1; at = around.indexOf(alias, at + 1)) {
          const overlaps = at < before.length + text.length && at + alias.length > before.length;
          expect(overlaps, `"${alias}" around [${text}] in ${chapter}`).toBe(false);
        }
      }
    }
  }
});

test('people are in order of the last part of their name, with a list of every name at the top', async ({ page }) => {
  await page.goto(ROUTES.people);
  const names = await page.locator('#group-person ~ .actors .actor-name').allTextContents();
  const key = (n: string) => { const p = n.trim().split(/\s+/); return [p.at(-1), ...p.slice(0, -1)].join(' '); };
  expect(names.length).toBeGreaterThan(10);
  expect(names).toEqual([...names].sort((a, b) => key(a).localeCompare(key(b), 'en')));
  // Not by first name any more: Abdullah Abdullah before Abdul Ghani Baradar before Ashraf Ghani before Zalmay Khalilzad.
  expect(names.indexOf('Ashraf Ghani')).toBeLessThan(names.indexOf('Zalmay Khalilzad'));
  expect(names.indexOf('Abdul Ghani Baradar')).toBeLessThan(names.indexOf('Ashraf Ghani'));
  const index = page.getByRole('navigation', { name: 'Names on this page' });
  await expect(index.locator('a')).toHaveCount(await page.locator('.actor-name').count());
  await index.getByRole('link', { name: 'Zalmay Khalilzad' }).click();
  await expect(page).toHaveURL(/#zalmay-khalilzad$/);
  // The name outweighs the role line.
  const size = (sel: string) => page.locator(sel).first().evaluate((e) => [parseFloat(getComputedStyle(e).fontSize), Number(getComputedStyle(e).fontWeight)]);
  const [nameSize] = await size('.actor-name');
  const [roleSize, roleWeight] = await size('.actor-role');
  expect(nameSize).toBeGreaterThan(roleSize! * 1.3);
  expect(roleWeight).toBeLessThanOrEqual(400);
});
