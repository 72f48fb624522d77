import assert from 'node:assert/strict';
import { test } from 'node:test';
import { QUERY_MAX_LENGTH, displayWords, foldArabicScript, normaliseQuery, searchWord, searchWords, yehKey } from '../../src/lib/search-text.ts';

test('NFKC turns full-width letters, ligatures and compatibility digits into ordinary ones', () => {
  assert.equal(normaliseQuery('Ｄｏｈａ'), 'Doha');
  assert.equal(normaliseQuery('ﬁnal'), 'final');
  assert.equal(normaliseQuery('²⁰²⁰'), '2020');
});

test('bidirectional controls, the byte-order mark, NUL and other controls are removed', () => {
  assert.equal(normaliseQuery('\u202EKhalilzad\u202C'), 'Khalilzad');
  assert.equal(normaliseQuery('\u2067Doha\u2069 \u200Eagreement\u200F'), 'Doha agreement');
  assert.equal(normaliseQuery('\uFEFFBara\u0000dar\u0007'), 'Baradar');
  // The zero-width non-joiner is part of Persian spelling, and stays.
  assert.equal(normaliseQuery('توافق\u200Cنامه'), 'توافق\u200Cنامه');
});

test('whitespace of every kind collapses to single spaces, trimmed', () => {
  assert.equal(normaliseQuery('  Loya\t\tJirga\n\u00A0 2020 \u3000'), 'Loya Jirga 2020');
  assert.equal(normaliseQuery(' \n\t '), '');
});

test('a long query is cut at the last whole word within the limit', () => {
  const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
  const cut = normaliseQuery(long);
  assert.ok(cut.length <= QUERY_MAX_LENGTH, `${cut.length}`);
  assert.ok(long.startsWith(`${cut} `), 'ends on a whole word');
  // One unbroken run of letters is cut at the limit itself.
  assert.equal(normaliseQuery('x'.repeat(300)).length, QUERY_MAX_LENGTH);
  assert.equal(normaliseQuery('ab cd ef', 5), 'ab cd');
});

test('Arabic-keyboard yeh and kaf become the Persian letters, tatweel goes', () => {
  assert.equal(foldArabicScript('خليلزاد'), 'خلیلزاد');
  assert.equal(foldArabicScript('كتاب'), 'کتاب');
  assert.equal(foldArabicScript('مذاكره'), 'مذاکره');
  assert.equal(foldArabicScript('على'), 'علی');
  assert.equal(foldArabicScript('طالبــان'), 'طالبان');
  // Persian letters are left as they are.
  assert.equal(foldArabicScript('کابل یک'), 'کابل یک');
});

test('Persian and Arabic-Indic digits become ASCII digits, or all digits Persian for an edition written so', () => {
  assert.equal(foldArabicScript('۱۳۹۸'), '1398');
  assert.equal(foldArabicScript('٢٠٢٠'), '2020');
  assert.equal(normaliseQuery('۲۰۲۰ دوحه'), '2020 دوحه');
  assert.equal(foldArabicScript('2020 ٢٠٢٠ ۱۳۹۸', 'persian'), '۲۰۲۰ ۲۰۲۰ ۱۳۹۸');
  assert.equal(normaliseQuery('١٣٩٨', 100, 'persian'), '۱۳۹۸');
});

test('words: letters and digits, lower-cased, digit groups kept together, punctuation splitting', () => {
  assert.deepEqual(searchWords("The Taliban's 2,500 troops; al-Qaeda, 9/11."), ['the', 'taliban', 's', '2500', 'troops', 'al', 'qaeda', '9', '11']);
  assert.deepEqual(displayWords('Zalmay Khalilzad'), ['Zalmay', 'Khalilzad']);
  assert.deepEqual(searchWords('طالبانو ۲۰۲۰'), ['طالبانو', '۲۰۲۰']);
});

test('teh marbuta and the other heh forms become heh, vowel marks go; Pashto keeps its own ي', () => {
  assert.equal(foldArabicScript('دوحة'), 'دوحه');
  assert.equal(foldArabicScript('سنبلۀ'), 'سنبله');
  assert.equal(foldArabicScript('ھلمند'), 'هلمند');
  assert.equal(foldArabicScript('مُذاكَرة'), 'مذاکره');
  // Pashto: ي is a letter of the alphabet (جنوري), alef maksura still becomes ی, kaf still folds.
  assert.equal(foldArabicScript('جنوري', 'latin', 'ps'), 'جنوري');
  assert.equal(foldArabicScript('على كابل', 'latin', 'ps'), 'علی کابل');
  assert.equal(foldArabicScript('جنوري'), 'جنوری');
});

test('each edition folds queries to its own digits and letters', async () => {
  const { queryFormOf } = await import('../../src/lib/search-text.ts');
  assert.deepEqual(queryFormOf('en-GB'), { digits: 'latin', language: 'fa' });
  assert.deepEqual(queryFormOf('fa-AF'), { digits: 'persian', language: 'fa' });
  assert.deepEqual(queryFormOf('ps'), { digits: 'persian', language: 'ps' });
  assert.equal(normaliseQuery('2020 خليلزاد', 100, 'persian', 'fa'), '۲۰۲۰ خلیلزاد');
});

test('a zero-width non-joiner inside a word is dropped for search, as Pagefind indexes the word, and kept for display', () => {
  assert.deepEqual(searchWords('توافق\u200Cنامه دوحه'), ['توافقنامه', 'دوحه']);
  assert.deepEqual(searchWords('توافقنامه'), ['توافقنامه']);
  assert.deepEqual(searchWords('می\u200Cخواهد'), searchWords('میخواهد'));
  assert.deepEqual(displayWords('هبت\u200Cالله آخندزاده'), ['هبت\u200Cالله', 'آخندزاده']);
  assert.equal(searchWord('Hibat\u200Cullah'), 'hibatullah');
  // A non-joiner at a word's edge is no part of it.
  assert.deepEqual(searchWords('\u200Cکابل\u200C'), ['کابل']);
});

test('digit groups keep together in every script, with the Arabic thousands and decimal separators', () => {
  assert.deepEqual(searchWords('۸٬۶۰۰ و ۲,۵۰۰ و ١٫٥'), ['۸۶۰۰', 'و', '۲۵۰۰', 'و', '١٥']);
  assert.deepEqual(searchWords(normaliseQuery('2,500', 100, 'persian')), ['۲۵۰۰']);
});

test('Pashto matching: ي ې ۍ and ی are one letter for looking a word up; ئ stays', () => {
  assert.equal(yehKey('غني'), 'غنی');
  assert.equal(yehKey('سیاسي'), 'سیاسی');
  assert.equal(yehKey('سياسي'), 'سیاسی');
  assert.equal(yehKey('خبرې مشرۍ'), 'خبری مشری');
  assert.equal(yehKey('هیئت'), 'هیئت');
  // The normaliser itself keeps every Pashto letter: only the lookup folds them.
  assert.equal(normaliseQuery('خبرې غني ۍ', 100, 'persian', 'ps'), 'خبرې غني ۍ');
});
