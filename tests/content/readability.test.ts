/**
 * Plain language (tests/support/readability.ts): each chapter's "In brief" points read easily (Flesch reading
 * ease at least 60, sentences of at most 20 words on average), and no sentence of a chapter's prose runs
 * past 40 words. A failure names the chapter and quotes the start of the sentence to rewrite.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import yaml from 'js-yaml';
import { ROOT } from '../support/project.ts';
import { plainProse, readability, sentencesOf } from '../support/readability.ts';
import { CHAPTER_IDS } from '../support/site.ts';

const BRIEF_READING_EASE_MIN = 60;
const BRIEF_SENTENCE_WORDS_MEAN_MAX = 20;
const SENTENCE_WORDS_MAX = 40;

const file = (id: string) => `content/chapters/${id}.mdx`;
const source = (id: string) => readFileSync(join(ROOT, file(id)), 'utf8');
const briefOf = (id: string) => (yaml.load(/^---\n([\s\S]*?)\n---/.exec(source(id))![1]!, { schema: yaml.CORE_SCHEMA }) as { brief: string[] }).brief;
const opening = (text: string) => (text.split(/\s+/).length > 12 ? `${text.split(/\s+/).slice(0, 12).join(' ')} …` : text);

for (const id of CHAPTER_IDS) {
  test(`${file(id)}: the brief reads easily (Flesch ≥ ${BRIEF_READING_EASE_MIN}, ≤ ${BRIEF_SENTENCE_WORDS_MEAN_MAX} words a sentence on average)`, () => {
    const measured = readability(briefOf(id));
    assert.ok(
      measured.readingEase >= BRIEF_READING_EASE_MIN,
      `${file(id)}: the brief's Flesch reading ease is ${measured.readingEase.toFixed(1)}; use shorter words and sentences to reach ${BRIEF_READING_EASE_MIN}`,
    );
    assert.ok(
      measured.meanSentenceLength <= BRIEF_SENTENCE_WORDS_MEAN_MAX,
      `${file(id)}: the brief's sentences average ${measured.meanSentenceLength.toFixed(1)} words; keep them to ${BRIEF_SENTENCE_WORDS_MEAN_MAX} or fewer`,
    );
  });

  test(`${file(id)}: no sentence of the prose is over ${SENTENCE_WORDS_MAX} words`, () => {
    const sentences = plainProse(source(id)).flatMap(sentencesOf);
    assert.ok(sentences.length > 20, `${file(id)}: only ${sentences.length} sentences were read: the prose was not found`);
    const long = sentences.filter((s) => s.words > SENTENCE_WORDS_MAX).map((s) => `${s.words} words: “${opening(s.text)}”`);
    assert.deepEqual(long, [], `${file(id)} has sentences over ${SENTENCE_WORDS_MAX} words; split them:\n  ${long.join('\n  ')}`);
  });
}
