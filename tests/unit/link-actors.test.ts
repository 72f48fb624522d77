import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkFirstMentions } from '../../src/markdown/first-mentions.ts';
import { linkableActors, type LinkableActor } from '../../src/markdown/link-actors.ts';
import { links, markdownHtml, mdxHtml } from '../support/markdown.ts';

const ACTORS: LinkableActor[] = [
  { id: 'zalmay-khalilzad', aliases: ['Zalmay Khalilzad', 'Khalilzad'] },
  { id: 'abdul-ghani-baradar', aliases: ['Mullah Abdul Ghani Baradar', 'Abdul Ghani Baradar', 'Mullah Baradar', 'Baradar'] },
  // Not an alias in the real data; here it checks that a short name never links inside a longer one.
  { id: 'ashraf-ghani', aliases: ['Ashraf Ghani', 'Ghani'] },
  { id: 'taliban', aliases: ['Taliban'] },
  { id: 'taliban-political-office', aliases: ["Taliban's political office"] },
  { id: 'abdullah-abdullah', aliases: ['Abdullah Abdullah', 'Abdullah'] },
];

/** The actors as the only list of first mentions. */
const linkActors = (actors: () => readonly LinkableActor[], href: (id: string) => string) => linkFirstMentions('link-actors', [{ entries: actors, href }]);
const plugin = (actors: LinkableActor[] = ACTORS) => linkActors(() => actors, (id) => `/people/#${id}`);
const html = (markdown: string) => markdownHtml(markdown, { hastPlugins: [plugin()], features: { smartPunctuation: true } });

test('links the first mention of an actor only', () => {
  const out = html('Khalilzad flew to Doha.\n\nKhalilzad met the Taliban. Khalilzad left.');
  assert.deepEqual(links(out), [
    ['/people/#zalmay-khalilzad', 'Khalilzad'],
    ['/people/#taliban', 'Taliban'],
  ]);
  assert.equal(out.replace(/<[^>]+>/g, ''), 'Khalilzad flew to Doha.\nKhalilzad met the Taliban. Khalilzad left.');
});

test('the longest alias wins, and a shorter name never links inside a longer one', () => {
  assert.deepEqual(links(html('Pakistan freed Mullah Abdul Ghani Baradar in 2018.\n\nLater, Ghani spoke; Baradar did not.')), [
    ['/people/#abdul-ghani-baradar', 'Mullah Abdul Ghani Baradar'],
    ['/people/#ashraf-ghani', 'Ghani'],
  ]);
});

test('a mention of an actor already linked still uses up its words', () => {
  // "Abdul Ghani Baradar" in the second paragraph belongs to Baradar, so "Ghani" there is not Ashraf Ghani.
  assert.deepEqual(links(html('Baradar arrived.\n\nAbdul Ghani Baradar signed.')), [['/people/#abdul-ghani-baradar', 'Baradar']]);
});

test('matches whole words only, and typographic apostrophes match straight ones', () => {
  const out = html("The Talibans and Abdullahs are not names here; the Taliban's political office is.");
  assert.deepEqual(links(out), [['/people/#taliban-political-office', 'Taliban’s political office']]);
});

test('repeated names such as "Abdullah Abdullah" link once, as the full name', () => {
  assert.deepEqual(links(html('Abdullah Abdullah and then Abdullah again.')), [['/people/#abdullah-abdullah', 'Abdullah Abdullah']]);
});

test('skips headings, links, code, superscripts and the footnotes, then links the next mention', async () => {
  const out = await mdxHtml(
    '## Khalilzad in Doha\n\n[Khalilzad](/x/) and `Khalilzad`<sup>Khalilzad</sup>\n\nA note: *Khalilzad* again.[^1]\n\n[^1]: Taliban, interview.\n',
    { hastPlugins: [plugin()] },
  );
  assert.deepEqual(links(out).filter(([href]) => !href.startsWith('#')), [
    ['/x/', 'Khalilzad'],
    ['/people/#zalmay-khalilzad', 'Khalilzad'],
  ]);
  assert.match(out, /A note: <em><a href="\/people\/#zalmay-khalilzad">Khalilzad<\/a><\/em> again/);
});

test('links inside tables, list items and MDX components', async () => {
  const components = { Postscript: ({ children }: { children?: unknown }) => ({ html: `<aside>${(children as { html: string }).html}</aside>` }) };
  const out = await mdxHtml('| Who |\n|---|\n| Taliban |\n\n- Khalilzad\n\n<Postscript>\n\nBaradar returned.\n\n</Postscript>\n', { hastPlugins: [plugin()] }, components);
  assert.deepEqual(links(out).map(([href]) => href), ['/people/#taliban', '/people/#zalmay-khalilzad', '/people/#abdul-ghani-baradar']);
  assert.match(out, /<aside><p><a href="\/people\/#abdul-ghani-baradar">Baradar<\/a> returned\.<\/p><\/aside>/);
});

test('several actors in one text keep the text around them', () => {
  assert.equal(
    html('Both Khalilzad and Baradar signed.'),
    '<p>Both <a href="/people/#zalmay-khalilzad">Khalilzad</a> and <a href="/people/#abdul-ghani-baradar">Baradar</a> signed.</p>',
  );
});

test('each document starts afresh', () => {
  const options = { hastPlugins: [plugin()] };
  assert.equal(links(markdownHtml('Khalilzad', options)).length, 1);
  assert.equal(links(markdownHtml('Khalilzad', options)).length, 1);
});

test('reads the actors from parsed YAML and ignores malformed entries', () => {
  assert.deepEqual(
    linkableActors([{ id: 'a', aliases: ['A', 3] }, { id: 'b' }, { aliases: ['C'] }, null, 'x']),
    [{ id: 'a', aliases: ['A'] }, { id: 'b', aliases: [] }],
  );
  assert.deepEqual(linkableActors(undefined), []);
});

test('the actors are read when a document is compiled, not when the plugin is set up', () => {
  // The config sets the plugin up before the content layer has loaded actors.yaml (src/build-state.ts).
  let actors: LinkableActor[] = [];
  const hastPlugins = [linkActors(() => actors, (id) => `#${id}`)];
  actors = ACTORS;
  assert.deepEqual(links(markdownHtml('Khalilzad', { hastPlugins })), [['#zalmay-khalilzad', 'Khalilzad']]);
});
