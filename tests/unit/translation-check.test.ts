import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chapterTranslationProblems, dataTranslationProblems, footnoteReferences, headings, numbersIn } from '../../src/lib/translation-check.ts';

const EN = `The talks began in 2018.[^a] About 8,600 troops stayed.[^b]

## Earlier contacts

In 2011 talks began.[^c] See [the timeline](/timeline/).

### A detail

Five prisoners, 40% of them.[^a]

## Later

Nothing more.[^d]

[^a]: AP, *Talks*, 1 March 2020.
[^b]: CRS, *Troops*, 2020.
[^c]: NPR, *Grossman*, 2011.
[^d]: VOA, *Later*, 2021.
`;
const FA = `گفت‌وگوها در 2018 آغاز شد.[^a] حدود 8,600 سرباز ماندند.[^b]

## تماس‌های پیشین

در 2011 گفت‌وگوها آغاز شد.[^c] [جدول زمانی](/timeline/) را ببینید.

### یک جزئیات

پنج زندانی، 40% آن‌ها.[^a]

## بعد

چیزی بیشتر نه.[^d]

[^a]: AP, *Talks*, 1 March 2020.
[^b]: CRS, *Troops*, 2020.
[^c]: NPR, *Grossman*, 2011.
[^d]: VOA, *Later*, 2021.
`;
const front = { keyNumbers: [{ label: 'Troops', value: '8,600', note: 'by 2020' }], brief: ['One.', 'Two.', 'Three.'] };
const en = { file: 'content/chapters/x.mdx', body: EN, ...front };
const fa = (body: string, more = {}) => ({ file: 'content/translations/fa/chapters/x.mdx', body, ...front, keyNumbers: [{ label: 'سرباز', value: '8,600', note: 'تا 2020' }], ...more });

test('a faithful translation has no problems', () => {
  assert.deepEqual(chapterTranslationProblems(en, fa(FA)), []);
});

test('numbers are read without thousands separators, in any digits', () => {
  assert.deepEqual(numbersIn('8,600 and 2020, 12.5 and ۱۳۹۸'), ['8600', '2020', '12.5', '1398']);
});

test('headings and footnote references are read with their sections', () => {
  assert.deepEqual(headings(EN).map((h) => h.level), [2, 3, 2]);
  assert.deepEqual(footnoteReferences(EN).map((r) => `${r.id}@${r.section}`), ['a@0', 'b@0', 'c@1', 'a@1', 'd@2']);
});

test('a missing footnote is named with the section the English cites it in', () => {
  const problems = chapterTranslationProblems(en, fa(FA.replace('آغاز شد.[^c]', 'آغاز شد.')));
  assert.ok(problems.includes('content/translations/fa/chapters/x.mdx: footnote [^c] missing (the English cites it in section 1, "Earlier contacts")'), problems.join('\n'));
});

test('footnotes in another order are named', () => {
  const problems = chapterTranslationProblems(en, fa(FA.replace('.[^a] حدود 8,600 سرباز ماندند.[^b]', '.[^b] حدود 8,600 سرباز ماندند.[^a]')));
  assert.match(problems.join('\n'), /footnotes out of order: reference 1 is \[\^b\] here but \[\^a\] in the English/);
});

test('a changed number or year is named', () => {
  const problems = chapterTranslationProblems(en, fa(FA.replace('8,600', '8,500').replace('در 2011', 'در 2012')));
  const text = problems.join('\n');
  assert.match(text, /x\.mdx: the number 8600 is missing \(the English has it once\)/);
  assert.match(text, /the number 8500 is not in the English/);
  assert.match(text, /the year 2011 is missing/);
  assert.match(text, /the year 2012 is not in the English/);
});

test('a missing heading is named, with the first that differs', () => {
  const problems = chapterTranslationProblems(en, fa(FA.replace('### یک جزئیات\n', '')));
  assert.match(problems.join('\n'), /headings differ: the English has 3 ## \/ ### headings \(## ### ##\), this file 2 \(## ##\)/);
});

test('a heading at another level is named', () => {
  const problems = chapterTranslationProblems(en, fa(FA.replace('### یک جزئیات', '## یک جزئیات')));
  assert.match(problems.join('\n'), /heading 2 is ## here but ### in the English \("A detail"\)/);
});

test('a translated footnote definition is named: definitions stay verbatim', () => {
  const problems = chapterTranslationProblems(en, fa(FA.replace('[^b]: CRS, *Troops*, 2020.', '[^b]: CRS، *سربازان*، 2020.')));
  assert.match(problems.join('\n'), /footnote definition \[\^b\]: differs from the English/);
});

test('key numbers and brief points must match in count, key numbers in figures; Persian digits are refused', () => {
  const text = chapterTranslationProblems(en, fa(FA.replace('8,600', '۸,۶۰۰'), { brief: ['یک.', 'دو.'] })).join('\n');
  assert.match(text, /brief: the English has 3 points, this file 2/);
  assert.match(text, /write numbers in Latin digits/);
  const keys = chapterTranslationProblems(en, fa(FA, { keyNumbers: [{ label: 'سرباز', value: '8,500', note: 'تا 2020' }] })).join('\n');
  assert.match(keys, /keyNumbers\[0\]: the number 8600 is missing/);
});

test('a link with another target is named', () => {
  const problems = chapterTranslationProblems(en, fa(FA.replace('(/timeline/)', '(/people/)')));
  assert.match(problems.join('\n'), /the link to \/timeline\/ appears never|the link to \/timeline\/ appears 0 times|the link to \/people\/ \(once\) is not in the English/);
});

test('data translations: the numbers of each text field match the English', () => {
  assert.deepEqual(dataTranslationProblems('f → entry "e"', [{ field: 'summary', english: 'About 8,600 in 2020.', translated: 'حدود 8,600 در 2020.' }]), []);
  assert.deepEqual(dataTranslationProblems('f → entry "e"', [{ field: 'summary', english: 'About 8,600 in 2020.', translated: 'حدود 8,600 در 2021.' }]), [
    'f → entry "e", field "summary": the year 2020 is missing (the English has it once)',
    'f → entry "e", field "summary": the year 2021 is not in the English (it appears here once)',
  ]);
});
