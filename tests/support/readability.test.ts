import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainProse, readability, sentencesOf } from './readability.ts';

test('sentences are split where English ends them, not at abbreviations or times, and words are counted', () => {
  assert.deepEqual(
    sentencesOf('According to Gen. Mark Milley, the deal held. It was 3:29 pm on 30 August. US-led forces left!').map((s) => [s.text, s.words]),
    [
      ['According to Gen. Mark Milley, the deal held.', 8],
      ['It was 3:29 pm on 30 August.', 7],
      ['US-led forces left!', 3],
    ],
  );
});

test('short plain sentences read easily; long Latinate ones do not', () => {
  const plain = readability(['The talks began in Doha.', 'They did not go well.']);
  assert.equal(plain.sentences, 2);
  assert.equal(plain.meanSentenceLength, 5);
  assert.ok(plain.readingEase > 80, String(plain.readingEase));
  const hard = readability(['Notwithstanding considerable international pressure, the intergovernmental deliberations remained fundamentally inconclusive regarding constitutional reorganisation.']);
  assert.ok(hard.readingEase < 0, String(hard.readingEase));
});

test('the prose leaves out frontmatter, headings, tables, footnotes, components and comments, and keeps list items and link text', () => {
  const mdx = [
    '---', 'title: "A title. With a sentence."', '---', '',
    '## A heading', '', 'One sentence.[^a] [Round two](../round-two/) follows.', '',
    '- **Sanctuary.** A list item.', '', '| A | B |', '|---|---|', '| cell | cell |', '',
    '<TroopChart />', '{/* a note for writers */}', '', '[^a]: A footnote.',
  ].join('\n');
  assert.deepEqual(plainProse(mdx), ['One sentence. Round two follows.', 'Sanctuary. A list item.']);
});
