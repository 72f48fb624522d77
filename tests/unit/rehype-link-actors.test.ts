import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import rehypeLinkActors, { linkableActors, type LinkableActor } from '../../src/markdown/rehype-link-actors.ts';

const ACTORS: LinkableActor[] = [
  { id: 'zalmay-khalilzad', aliases: ['Zalmay Khalilzad', 'Khalilzad'] },
  { id: 'abdul-ghani-baradar', aliases: ['Mullah Abdul Ghani Baradar', 'Abdul Ghani Baradar', 'Mullah Baradar', 'Baradar'] },
  // Not an alias in the real data; here it checks that a short name never links inside a longer one.
  { id: 'ashraf-ghani', aliases: ['Ashraf Ghani', 'Ghani'] },
  { id: 'taliban', aliases: ['Taliban'] },
  { id: 'taliban-political-office', aliases: ["Taliban's political office"] },
  { id: 'abdullah-abdullah', aliases: ['Abdullah Abdullah', 'Abdullah'] },
];

function run(tree: Root, actors: LinkableActor[] = ACTORS): Root {
  rehypeLinkActors({ actors: () => actors, href: (id) => `/people/#${id}` })(tree);
  return tree;
}

/** Every link in the tree as [href, text]. */
function links(tree: Root | Element): [string, string][] {
  const found: [string, string][] = [];
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'a') {
        const text = child.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
        found.push([String(child.properties.href), text]);
      }
      visit(child);
    }
  };
  visit(tree);
  return found;
}

function text(node: Root | Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');
}

test('links the first mention of an actor only', () => {
  const tree = run(h(null, [h('p', 'Khalilzad flew to Doha.'), h('p', 'Khalilzad met the Taliban. Khalilzad left.')]));
  assert.deepEqual(links(tree), [
    ['/people/#zalmay-khalilzad', 'Khalilzad'],
    ['/people/#taliban', 'Taliban'],
  ]);
  assert.equal(text(tree), 'Khalilzad flew to Doha.Khalilzad met the Taliban. Khalilzad left.');
});

test('the longest alias wins, and a shorter name never links inside a longer one', () => {
  const tree = run(h(null, [h('p', 'Pakistan freed Mullah Abdul Ghani Baradar in 2018.'), h('p', 'Later, Ghani spoke; Baradar did not.')]));
  assert.deepEqual(links(tree), [
    ['/people/#abdul-ghani-baradar', 'Mullah Abdul Ghani Baradar'],
    ['/people/#ashraf-ghani', 'Ghani'],
  ]);
});

test('a mention of an actor already linked still uses up its words', () => {
  // "Abdul Ghani Baradar" in the second paragraph belongs to Baradar, so "Ghani" there is not Ashraf Ghani.
  const tree = run(h(null, [h('p', 'Baradar arrived.'), h('p', 'Abdul Ghani Baradar signed.')]));
  assert.deepEqual(links(tree), [['/people/#abdul-ghani-baradar', 'Baradar']]);
});

test('matches whole words only, and typographic apostrophes match straight ones', () => {
  const tree = run(h(null, [h('p', 'The Talibans and Abdullahs are not names here; the Taliban’s political office is.')]));
  assert.deepEqual(links(tree), [['/people/#taliban-political-office', 'Taliban’s political office']]);
});

test('repeated names such as "Abdullah Abdullah" link once, as the full name', () => {
  const tree = run(h(null, [h('p', 'Abdullah Abdullah and then Abdullah again.')]));
  assert.deepEqual(links(tree), [['/people/#abdullah-abdullah', 'Abdullah Abdullah']]);
});

test('skips headings, links, code, footnote references and the footnote section, then links the next mention', () => {
  const tree = run(
    h(null, [
      h('h2', 'Khalilzad in Doha'),
      h('p', [h('a', { href: '/x/' }, 'Khalilzad'), ' and ', h('code', 'Khalilzad'), h('sup', 'Khalilzad')]),
      h('section', { dataFootnotes: true, className: ['footnotes'] }, [h('ol', [h('li', 'Khalilzad, interview.')])]),
      h('p', ['A note: ', h('em', 'Khalilzad'), ' again.']),
    ]),
  );
  assert.deepEqual(links(tree), [
    ['/x/', 'Khalilzad'],
    ['/people/#zalmay-khalilzad', 'Khalilzad'],
  ]);
  const lastParagraph = tree.children.at(-1) as Element;
  assert.deepEqual(links(lastParagraph), [['/people/#zalmay-khalilzad', 'Khalilzad']]);
});

test('links inside tables and inside MDX components', () => {
  const mdxElement = { type: 'mdxJsxFlowElement', name: 'Postscript', attributes: [], children: [h('p', 'Baradar returned.')] };
  const tree = run({
    type: 'root',
    children: [h('table', [h('tr', [h('td', 'Taliban')])]), mdxElement as unknown as Element],
  });
  assert.deepEqual(links(tree as Root).map(([href]) => href), ['/people/#taliban']);
  assert.deepEqual(links(mdxElement as unknown as Element), [['/people/#abdul-ghani-baradar', 'Baradar']]);
});

test('several actors in one text node keep the text around them', () => {
  const tree = run(h(null, [h('p', 'Both Khalilzad and Baradar signed.')]));
  const paragraph = tree.children[0] as Element;
  assert.deepEqual(
    paragraph.children.map((c) => (c.type === 'text' ? c.value : `[${text(c as Element)}]`)),
    ['Both ', '[Khalilzad]', ' and ', '[Baradar]', ' signed.'],
  );
});

test('each document starts afresh', () => {
  const plugin = rehypeLinkActors({ actors: () => ACTORS, href: (id) => `#${id}` });
  const first = h(null, [h('p', 'Khalilzad')]);
  const second = h(null, [h('p', 'Khalilzad')]);
  plugin(first);
  plugin(second);
  assert.equal(links(first).length, 1);
  assert.equal(links(second).length, 1);
});

test('reads the actors from parsed YAML and ignores malformed entries', () => {
  assert.deepEqual(
    linkableActors([{ id: 'a', aliases: ['A', 3] }, { id: 'b' }, { aliases: ['C'] }, null, 'x']),
    [{ id: 'a', aliases: ['A'] }, { id: 'b', aliases: [] }],
  );
  assert.deepEqual(linkableActors(undefined), []);
});

test('the actors are read when a document is transformed, not when the plugin is set up', () => {
  // The config sets the plugin up before the content layer has loaded actors.yaml (src/build-state.ts).
  let actors: LinkableActor[] = [];
  const plugin = rehypeLinkActors({ actors: () => actors, href: (id) => `#${id}` });
  actors = ACTORS;
  const tree = h(null, [h('p', 'Khalilzad')]);
  plugin(tree);
  assert.deepEqual(links(tree), [['#zalmay-khalilzad', 'Khalilzad']]);
});
