/**
 * Glossary terms linked with the actors, as the chapter pipeline does (src/markdown/pipeline.ts): one pass,
 * actors first, so that a term link and an actor link never nest or overlap.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chapterMarkdown } from '../../src/markdown/pipeline.ts';
import { linkableTerms, type LinkableTerm } from '../../src/markdown/link-terms.ts';
import type { LinkableActor } from '../../src/markdown/link-actors.ts';
import { links, mdxHtml } from '../support/markdown.ts';

const ACTORS: LinkableActor[] = [
  { id: 'taliban', aliases: ['Taliban'] },
  { id: 'hcnr', aliases: ['High Council for National Reconciliation', 'HCNR'] },
];
const TERMS: LinkableTerm[] = [
  { id: 'taliban', aliases: ['Taliban'] },
  { id: 'loya-jirga', aliases: ['Loya Jirga'] },
  { id: 'ceasefire', aliases: ['ceasefire', 'ceasefires'] },
  { id: 'national-reconciliation', aliases: ['National Reconciliation'] },
  { id: 'intra-afghan', aliases: ['intra-Afghan negotiations', 'Intra-Afghan'] },
];

const pipeline = chapterMarkdown({
  actors: () => ACTORS,
  href: (id) => `/people/#${id}`,
  terms: () => TERMS,
  termHref: (id) => `/glossary/#term-${id}`,
  sources: () => [],
});
const html = (mdx: string) => mdxHtml(mdx, { hastPlugins: pipeline.hastPlugins, features: pipeline.features });

test('the first use of a term in a chapter links to its glossary entry, once', async () => {
  assert.deepEqual(links(await html('A Loya Jirga met.\n\nThe Loya Jirga approved a ceasefire. Another ceasefire followed.')), [
    ['/glossary/#term-loya-jirga', 'Loya Jirga'],
    ['/glossary/#term-ceasefire', 'ceasefire'],
  ]);
});

test('an actor and a term spelt alike: the actor keeps the words, and no link nests in another', async () => {
  const out = await html('The Taliban and the High Council for National Reconciliation met. The Taliban left.');
  assert.deepEqual(links(out), [
    ['/people/#taliban', 'Taliban'],
    ['/people/#hcnr', 'High Council for National Reconciliation'],
  ]);
  assert.doesNotMatch(out, /<a [^>]*>[^<]*<a /);
});

test('a term inside a longer actor name is not linked there, but is at its own next use', async () => {
  assert.deepEqual(links(await html('The High Council for National Reconciliation was set up.\n\nNational Reconciliation was its aim.')), [
    ['/people/#hcnr', 'High Council for National Reconciliation'],
    ['/glossary/#term-national-reconciliation', 'National Reconciliation'],
  ]);
});

test('terms are matched through smart quotes, and not in headings or footnotes', async () => {
  const out = await html('## A ceasefire\n\n"Intra-Afghan" talks began.[^1]\n\n[^1]: A ceasefire, cited.\n');
  assert.deepEqual(links(out).filter(([href]) => !href.startsWith('#')), [['/glossary/#term-intra-afghan', 'Intra-Afghan']]);
  assert.match(out, /<h2 id="a-ceasefire">A ceasefire\u2060<a class="heading-anchor"/);
});

test('linkableTerms matches the term itself and its aliases', () => {
  assert.deepEqual(linkableTerms([{ id: 'riv', term: 'reduction in violence', aliases: ['RiV'] }, { id: 'bare', term: 'Bonn agreement' }, { term: 'no id' }]), [
    { id: 'riv', aliases: ['reduction in violence', 'RiV'] },
    { id: 'bare', aliases: ['Bonn agreement'] },
  ]);
});
