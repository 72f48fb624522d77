import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citationProblems, citedLabels, footnoteLabels } from '../../src/lib/citations.ts';

const body = 'Signed on 29 February 2020.[^text] Cut to 8,600.[^wt][^text]\n\n[^text]: Agreement.\n[^wt]: Washington Times.\n';

test('reads footnote definitions and citations', () => {
  assert.deepEqual(footnoteLabels(body), ['text', 'wt']);
  assert.deepEqual(citedLabels(body), ['text', 'wt']);
});

test('agreeing footnotes and sources give no problems', () => {
  assert.deepEqual(citationProblems('a.mdx', body, ['text', 'wt']), []);
});

test('names each disagreement with the file and the field', () => {
  const problems = citationProblems('a.mdx', body + 'Orphan.[^cnbc]\n[^dod]: Unused.\n', ['text', 'wt', 'crs21']);
  assert.deepEqual(problems, [
    'a.mdx: footnote [^dod] cites a source that is not in the frontmatter field "sources"',
    'a.mdx: footnote [^dod] is defined but never cited in the text',
    'a.mdx: the text cites [^cnbc], but no footnote "[^cnbc]: …" defines it',
    'a.mdx: field "sources" lists "crs21", but no footnote [^crs21] cites it',
  ]);
});

test("a footnote must give its source's own headline, as the bibliography has it", () => {
  const titles: Record<string, string> = { text: 'Agreement for Bringing Peace to Afghanistan', wt: 'US meets deadline to cut number of troops' };
  const cited =
    'Signed.[^text] Cut.[^wt]\n\n[^text]: PA-X, *Agreement for Bringing  Peace to Afghanistan*, 29 February 2020.\n' +
    '[^wt]: Washington Times, *report on the troop cut*, 15 July 2020.\n';
  assert.deepEqual(citationProblems('a.mdx', cited, ['text', 'wt'], (id) => titles[id]), [
    'a.mdx: footnote [^wt] should give the source\'s headline as sources.csv has it, "US meets deadline to cut number of troops"; it says "Washington Times, *report on the troop cut*, 15 July 2020."',
  ]);
  // A headline may link to its source.
  assert.deepEqual(citationProblems('a.mdx', cited.replace('*report on the troop cut*', '*[US meets deadline to cut number of troops](https://example.org/wt)*'), ['text', 'wt'], (id) => titles[id]), []);
  // Curly quotes and case don't count.
  titles.wt = "Taliban's 'mother deal'";
  assert.deepEqual(citationProblems('a.mdx', cited.replace('*report on the troop cut*', '*Taliban’s ‘Mother Deal’*'), ['text', 'wt'], (id) => titles[id]), []);
});
