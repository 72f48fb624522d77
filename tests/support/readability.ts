/**
 * Plain-language measures for the content tests: sentences and words as retext-english parses English
 * prose (abbreviations such as "Gen." do not end a sentence), syllables counted by `syllable`, and the
 * Flesch reading ease computed by `flesch` from those counts.
 */
import { flesch } from 'flesch';
import type { Root, Sentence as SentenceNode } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextEnglish from 'retext-english';
import { syllable } from 'syllable';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { proseOf } from '../../src/lib/reading.ts';

export interface Sentence {
  text: string;
  words: number;
  syllables: number;
}

const parser = unified().use(retextEnglish);

/** The sentences of a plain text, each with its number of words and syllables. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  visit(parser.parse(text) as Root, 'SentenceNode', (node: SentenceNode) => {
    let words = 0;
    let syllables = 0;
    visit(node, 'WordNode', (word) => {
      words += 1;
      syllables += syllable(toString(word));
    });
    if (words > 0) sentences.push({ text: toString(node).trim(), words, syllables });
  });
  return sentences;
}

export interface Readability {
  sentences: number;
  words: number;
  /** Words per sentence. */
  meanSentenceLength: number;
  /** Flesch reading ease: 60–70 is plain English; higher is easier. */
  readingEase: number;
}

/** The measures of some texts taken together, e.g. the points of a chapter's brief. */
export function readability(texts: readonly string[]): Readability {
  const sentences = texts.flatMap(sentencesOf);
  const words = sentences.reduce((n, s) => n + s.words, 0);
  const syllables = sentences.reduce((n, s) => n + s.syllables, 0);
  return {
    sentences: sentences.length,
    words,
    meanSentenceLength: words / Math.max(1, sentences.length),
    readingEase: flesch({ sentence: sentences.length, word: words, syllable: syllables }),
  };
}

/**
 * A chapter's running prose as plain text, one paragraph or list item a line: no headings or tables (whose
 * cells are not sentences), no MDX comments, and Markdown emphasis and links reduced to their words.
 */
export function plainProse(markdown: string): string[] {
  return proseOf(markdown)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .split('\n')
    .filter((line) => !/^\s*(#{1,6}\s|\|)/.test(line))
    .map((line) =>
      line
        .replace(/^\s*[-*]\s+/, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|\*|_)(\S[^*_]*?)\1/g, '$2')
        .trim(),
    )
    .filter((line) => line !== '');
}
