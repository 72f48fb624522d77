/**
 * The chapter rules (src/markdown/chapter-rules.ts) through the MDX processor of the site's own
 * config (astro.config.mjs), as Astro runs it on a chapter: each case is a chapter body with one kind of
 * active or third-party content, and the message must name the file, the line and column, and what is wrong.
 * tests/build/content-errors.test.ts checks, with a real build, that a writer sees these messages.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import config from '../../astro.config.mjs';
import { buildState } from '../../src/build-state.ts';
import { readAddress } from '../../src/markdown/chapter-rules.ts';
import { ROOT } from '../support/project.ts';

// The hast plugins after the rules link actors, terms and sources; these bodies mention none.
buildState.actors.publish([]);
buildState.terms.publish([]);
buildState.sources.publish([]);

interface MdxRenderer {
  process(content: string, path: string, frontmatter: Record<string, unknown>): Promise<{ code: string }>;
}
const processor = (config.markdown as { processor: { createMdxRenderer(shared: object, mdx: object): Promise<MdxRenderer> } }).processor;
const renderer = await processor.createMdxRenderer({}, { srcDir: new URL('../../src/', import.meta.url) });

const FILE = 'content/chapters/round-one.mdx';

/** Compiles a chapter body; the error message, or undefined when it compiles. */
async function problemsOf(body: string, frontmatter: Record<string, unknown> = {}): Promise<string | undefined> {
  try {
    await renderer.process(body, join(ROOT, FILE), frontmatter);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The body must fail with one line per expected problem: `FILE:line:column: text`. */
async function assertRefused(body: string, ...expected: [position: string, text: string | RegExp][]) {
  const message = await problemsOf(body);
  assert.ok(message, `should be refused:\n${body}`);
  const lines = message.split('\n').slice(1).map((l) => l.replace(/^- /, ''));
  assert.equal(lines.length, expected.length, message);
  expected.forEach(([position, text], i) => {
    const prefix = `${FILE}:${position}: `;
    assert.ok(lines[i]!.startsWith(prefix), `line ${i + 1} should start "${prefix}":\n${message}`);
    if (typeof text === 'string') assert.ok(lines[i]!.includes(text), `line ${i + 1} should say "${text}":\n${message}`);
    else assert.match(lines[i]!, text, message);
  });
}

const PARAGRAPH = 'The talks opened in Doha on 12 September 2020.';

describe('a chapter holds Markdown and the site’s components, nothing active or from another site', () => {
  test('what the chapters use compiles: Markdown, GFM tables and footnotes, links, local images, the components, comments', async () => {
    const body = [
      '## A heading',
      `${PARAGRAPH} *Emphasis*, **strong**, ~~struck~~, \`code\`, [a source](https://example.org/a), [http](http://example.org/b), [a chapter](../round-two/), [a section](#a-heading), [mail](mailto:a@example.org).`,
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '![A local map](../../public/favicon.svg) {/* a note for writers */}',
      '<TroopChart />',
      '<Postscript>\n\n## Later\n\nText.[^x]\n\n</Postscript>',
      '[^x]: A footnote.',
    ].join('\n\n');
    assert.equal(await problemsOf(body, { postscriptWritten: '2026-12-01' }), undefined);
  });

  test('<script> and <style>', async () => {
    await assertRefused(`${PARAGRAPH}\n\n<script>alert(1)</script>\n\nText <style>{'p{}'}</style>`,
      ['3:1', '<script> is not allowed in a chapter: it would run a program'],
      ['5:6', '<style> is not allowed in a chapter: styles come from the site’s stylesheet only'],
      ['5:13', "{'p{}'} is code"]);
  });

  test('<iframe>, <frame>, <object> and <embed>', async () => {
    await assertRefused('<iframe src="https://www.youtube.com/embed/x" />\n\n<frame src="x" />\n\n<object data="x.swf" />\n\n<embed src="x.swf" />',
      ['1:1', /<iframe> is not allowed in a chapter: it embeds a page from another site.*Link to the source instead/],
      ['3:1', '<frame> is not allowed in a chapter: it embeds a page'],
      ['5:1', '<object> is not allowed in a chapter: it embeds a plug-in'],
      ['7:1', '<embed> is not allowed in a chapter: it embeds a plug-in']);
  });

  test('<base>, <meta>, <link> and <form>', async () => {
    await assertRefused('<base href="https://evil.example/" />\n\n<meta httpEquiv="refresh" content="0;url=https://evil.example" />\n\n<link rel="stylesheet" href="https://cdn.example/x.css" />\n\n<form action="https://evil.example/"><input name="q" /></form>',
      ['1:1', '<base> is not allowed in a chapter: it changes where every link'],
      ['3:1', '<meta> is not allowed in a chapter'],
      ['5:1', '<link> is not allowed in a chapter: it makes the page load a file'],
      ['7:1', '<form> is not allowed in a chapter: it would send what readers type'],
      ['7:38', '<input> is not allowed in a chapter: a chapter is Markdown, with only these components: <Postscript>, <TroopChart> and <LocatorMap>']);
  });

  test('event handlers, on any element and on the components', async () => {
    await assertRefused(`${PARAGRAPH} <img src="x.png" onerror="alert(1)" />\n\n<TroopChart onLoad="alert(1)" />`,
      ['1:48', '<img> is not allowed in a chapter: write an image in Markdown'],
      ['1:48', '<img>: onerror= is an event handler: it would run a program in every reader’s browser'],
      ['3:1', '<TroopChart>: onLoad= is an event handler']);
  });

  test('javascript:, vbscript: and data: addresses in Markdown links, definitions and tags, however they are spelt', async () => {
    await assertRefused('[a](javascript:alert(1)) [b](JavaScript&#x3A;alert(1)) [c](java&#9;script:alert(1)) [d][ref]\n\n[ref]: vbscript:msgbox\n\n<a href=" data:text/html,<script>alert(1)</script>">x</a>',
      ['1:1', 'the address "javascript:alert(1)": javascript: addresses run a program'],
      ['1:26', 'the address "JavaScript:alert(1)": javascript: addresses run a program'],
      ['1:56', 'the address "java\\tscript:alert(1)": javascript: addresses run a program'],
      ['3:1', 'the address "vbscript:msgbox": vbscript: addresses run a program'],
      ['5:1', '<a> is not allowed in a chapter: write a link in Markdown: [its headline](https://…)'],
      ['5:1', '<a>: href=" data:text/html,<script>alert(1)</script>": data: addresses carry a whole file, page or script']);
  });

  test('a data: image and other schemes in links', async () => {
    await assertRefused('![x](data:image/svg+xml;base64,PHN2Zz4=) [y](file:///etc/passwd)',
      ['1:1', 'the image "data:image/svg+xml;base64,PHN2Zz4=": data: addresses carry'],
      ['1:42', 'the address "file:///etc/passwd": file: addresses are not web addresses']);
  });

  test('images and media from another site, in Markdown syntax and in tags', async () => {
    await assertRefused('![A photo](https://upload.example.org/photo.jpg) ![Another][ph] ![Protocol-relative](//cdn.example/x.png)\n\n[ph]: http://example.org/p.png\n\n<video src="https://cdn.example/v.mp4" />\n\n<img srcset="a.png 1x, https://cdn.example/b.png 2x" />\n\n<audio><source src="//cdn.example/a.mp3" /></audio>',
      ['1:1', /the image "https:\/\/upload\.example\.org\/photo\.jpg": it loads a file from another site.*offline/],
      ['1:50', 'the image "http://example.org/p.png": it loads a file from another site'],
      ['1:65', 'the image "//cdn.example/x.png": it loads a file from another site'],
      ['5:1', '<video> is not allowed in a chapter: it loads a file from another site'],
      ['7:1', '<img> is not allowed in a chapter: it loads a file from another site'],
      ['9:1', '<audio> is not allowed in a chapter: write an image in Markdown'],
      ['9:8', '<source> is not allowed in a chapter: it loads a file from another site']);
  });

  test('code: expressions, expression attributes, spreads, raw-HTML attributes, import and export', async () => {
    await assertRefused(`import Chart from 'https://cdn.example/chart.js'\n\nexport const x = 1\n\n${PARAGRAPH} {'javascript:' + 'alert(1)'}\n\n<Postscript {...props} title={\`\${x}\`} set:html="<b>x</b>" dangerouslySetInnerHTML="x">\n\nText.\n\n</Postscript>`,
      ['1:1', 'import and export are not allowed in a chapter: they run code. The components (<Postscript>, <TroopChart> and <LocatorMap>) need no import'],
      ['3:1', 'import and export are not allowed'],
      ['5:48', "{'javascript:' + 'alert(1)'} is code, which chapters cannot contain"],
      ['7:1', '<Postscript>: {...props} in a tag is code'],
      ['7:1', '<Postscript>: title={`${x}`}: a value in braces is code'],
      ['7:1', '<Postscript>: set:html puts HTML into the page unchecked'],
      ['7:1', '<Postscript>: dangerouslySetInnerHTML puts HTML into the page unchecked'],
      ['7:1', '<Postscript> needs its date: add postscriptWritten: YYYY-MM-DD']);
  });

  test('any other element or component, and attributes on the components', async () => {
    await assertRefused(`${PARAGRAPH} <sup>1</sup> <abbr title="x">UN</abbr>\n\n<Chart />\n\n<></>\n\n<TroopChart from="2001" />`,
      ['1:48', '<sup> is not allowed in a chapter: a chapter is Markdown, with only these components: <Postscript>, <TroopChart> and <LocatorMap>. Write it in Markdown instead.'],
      ['1:61', '<abbr> is not allowed in a chapter'],
      ['3:1', '<Chart> is not allowed in a chapter: a chapter is Markdown, with only these components'],
      ['5:1', '<> is not allowed in a chapter'],
      ['7:1', '<TroopChart>: from= is not needed: the component takes no attributes; its content is content/troop-levels.yaml']);
  });

  test('a postscript date in the frontmatter needs a <Postscript>', async () => {
    const message = await problemsOf(PARAGRAPH, { postscriptWritten: '2026-12-01' });
    assert.match(message ?? '', new RegExp(`^- ${FILE}: the frontmatter gives postscriptWritten, but there is no <Postscript>`, 'm'));
  });
});

test('reads addresses as browsers do: schemes in any case, tabs and newlines dropped, // and \\\\ to another site', () => {
  assert.deepEqual(readAddress(' JaVa\tScRiPt\n:alert(1)'), { scheme: 'javascript', offSite: true });
  assert.deepEqual(readAddress('\u0001https://example.org/'), { scheme: 'https', offSite: true });
  assert.deepEqual(readAddress('/\\evil.example/x.png'), { scheme: undefined, offSite: true });
  assert.deepEqual(readAddress('../round-two/#talks'), { scheme: undefined, offSite: false });
  assert.deepEqual(readAddress('/x:y.png'), { scheme: undefined, offSite: false });
});
