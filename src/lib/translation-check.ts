/**
 * Is a translation still the same chapter as its English original? The build compares what must not
 * change in translation: the ## / ### headings (number, order and level), the footnote references (their
 * ids, in order), the footnote definitions (copied verbatim), the source ids and link targets, the number of
 * key numbers and brief points, and every number and four-digit year in the text (Latin digits; thousands
 * separators ignored). Each difference is one message naming the translated file and what differs.
 * Pure: the explainer (src/explainer.ts) hands it the texts.
 */

import { inlineSkeleton } from './inline-text.ts';

export interface ChapterText {
  /** The file as messages name it: content/translations/fa/chapters/round-one.mdx. */
  file: string;
  body: string;
  keyNumbers: readonly { label: string; value: string; note: string }[];
  brief: readonly string[];
  /** Source ids the chapter lists (the English frontmatter; a translation takes them from it). */
  sources?: readonly string[];
}

const FENCE = /^(```|~~~)[\s\S]*?^\1/gm;
const DEFINITION = /^\[\^([^\]\s]+)\]:[ \t]*(.*(?:\n(?: {4}|\t).*)*)/gm;
const REFERENCE = /\[\^([^\]\s]+)\](?!:)/g;
const HEADING = /^(#{2,3})[ \t]+(.+?)[ \t#]*$/gm;
const LINK_TARGET = /\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
/** A number as prose writes it: 8,600 · 12.5 · 2020 · 40% (the sign is not part of it). */
const NUMBER = /\d+(?:[,٬]\d{3})*(?:[.٫]\d+)?/g;
/** Persian (Extended Arabic-Indic) and Arabic-Indic digits, which translations must not use (the site converts at render time). */
const NON_LATIN_DIGIT = /[\u06F0-\u06F9\u0660-\u0669]/;

/** The body without code, so that nothing inside a code block counts. */
const withoutCode = (body: string) => body.replace(FENCE, '');

export interface Heading {
  level: number;
  text: string;
}

export function headings(body: string): Heading[] {
  return [...withoutCode(body).matchAll(HEADING)].map((m) => ({ level: m[1]!.length, text: m[2]!.trim() }));
}

export function footnoteDefinitions(body: string): Map<string, string> {
  return new Map([...withoutCode(body).matchAll(DEFINITION)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** The prose: the body without definitions, code, tags, link targets and footnote references. */
function prose(body: string): string {
  return withoutCode(body)
    .replace(DEFINITION, '')
    .replace(LINK_TARGET, ']')
    .replace(REFERENCE, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
}

/** Each footnote reference, in order, with the section it is in (0: before the first ## heading). */
export function footnoteReferences(body: string): { id: string; section: number }[] {
  const refs: { id: string; section: number }[] = [];
  let section = 0;
  for (const line of withoutCode(body).replace(DEFINITION, '').split('\n')) {
    if (/^##[ \t]/.test(line)) section++;
    for (const m of line.matchAll(REFERENCE)) refs.push({ id: m[1]!, section });
  }
  return refs;
}

/** The numbers in a text, thousands separators removed: "8,600 and 2020" → ["8600", "2020"]. */
export function numbersIn(text: string): string[] {
  return [...latinDigits(text).matchAll(NUMBER)].map((m) => m[0].replace(/[,٬]/g, '').replace('٫', '.'));
}

/** Persian and Arabic-Indic digits as Latin ones. */
export function latinDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

function counts(items: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const kindOf = (n: string) => (/^\d{4}$/.test(n) && Number(n) >= 1900 && Number(n) <= 2100 ? 'year' : 'number');
const sectionName = (section: number, english: readonly Heading[]) => {
  if (section === 0) return 'in the opening, before the first heading';
  const seconds = english.filter((h) => h.level === 2);
  const heading = seconds[section - 1];
  return `in section ${section}${heading ? `, "${heading.text}"` : ''}`;
};

/** Where two lists of numbers differ, in words: `the number 8600 appears twice in the English, once here`. */
export function numberDifferences(english: readonly string[], translated: readonly string[]): string[] {
  const a = counts(english);
  const b = counts(translated);
  const problems: string[] = [];
  for (const n of [...new Set([...a.keys(), ...b.keys()])]) {
    const inEnglish = a.get(n) ?? 0;
    const here = b.get(n) ?? 0;
    if (inEnglish === here) continue;
    const what = `the ${kindOf(n)} ${n}`;
    if (here === 0) problems.push(`${what} is missing (the English has it ${times(inEnglish)})`);
    else if (inEnglish === 0) problems.push(`${what} is not in the English (it appears here ${times(here)})`);
    else problems.push(`${what} appears ${times(here)} here but ${times(inEnglish)} in the English`);
  }
  return problems;
}

/** Every way in which `translated` differs from `english`, each message starting with the translated file. */
export function chapterTranslationProblems(english: ChapterText, translated: ChapterText): string[] {
  const at = (problem: string) => `${translated.file}: ${problem}`;
  const problems: string[] = [];

  // Headings: the same number, in the same order, at the same levels.
  const eh = headings(english.body);
  const th = headings(translated.body);
  const shape = (hs: Heading[]) => hs.map((h) => '#'.repeat(h.level)).join(' ');
  if (shape(eh) !== shape(th)) {
    if (eh.length !== th.length) {
      problems.push(at(`headings differ: the English has ${eh.length} ## / ### headings (${shape(eh) || 'none'}), this file ${th.length} (${shape(th) || 'none'})`));
    } else {
      const i = eh.findIndex((h, k) => th[k]!.level !== h.level);
      problems.push(at(`heading ${i + 1} is ${'#'.repeat(th[i]!.level)} here but ${'#'.repeat(eh[i]!.level)} in the English ("${eh[i]!.text}")`));
    }
  }

  // Footnote references: the same ids in the same order.
  const er = footnoteReferences(english.body);
  const tr = footnoteReferences(translated.body);
  const ec = counts(er.map((r) => r.id));
  const tc = counts(tr.map((r) => r.id));
  for (const [id, n] of ec) {
    const here = tc.get(id) ?? 0;
    if (here === 0) problems.push(at(`footnote [^${id}] missing (the English cites it ${sectionName(er.find((r) => r.id === id)!.section, eh)})`));
    else if (here !== n) problems.push(at(`footnote [^${id}] is cited ${times(here)} here but ${times(n)} in the English`));
  }
  for (const [id] of tc) {
    if (!ec.has(id)) problems.push(at(`footnote [^${id}] is not in the English (cited here ${sectionName(tr.find((r) => r.id === id)!.section, eh)})`));
  }
  const sameSet = [...ec].every(([id, n]) => tc.get(id) === n) && [...tc.keys()].every((id) => ec.has(id));
  if (sameSet) {
    const k = er.findIndex((r, i) => tr[i]!.id !== r.id);
    if (k >= 0) {
      problems.push(at(`footnotes out of order: reference ${k + 1} is [^${tr[k]!.id}] here but [^${er[k]!.id}] in the English (${sectionName(er[k]!.section, eh)})`));
    }
  }

  // Footnote definitions: verbatim English.
  const ed = footnoteDefinitions(english.body);
  const td = footnoteDefinitions(translated.body);
  for (const [id, definition] of ed) {
    if (!td.has(id)) problems.push(at(`footnote definition [^${id}]: is missing (copy it verbatim from the English)`));
    else if (td.get(id) !== definition) problems.push(at(`footnote definition [^${id}]: differs from the English; definitions are copied verbatim ("${definition}")`));
  }
  for (const id of td.keys()) if (!ed.has(id)) problems.push(at(`footnote definition [^${id}]: is not in the English`));

  // Sources listed and links.
  if (english.sources && translated.sources) {
    const missing = english.sources.filter((s) => !translated.sources!.includes(s));
    const extra = translated.sources.filter((s) => !english.sources!.includes(s));
    if (missing.length) problems.push(at(`source ids missing: ${missing.join(', ')}`));
    if (extra.length) problems.push(at(`source ids not in the English: ${extra.join(', ')}`));
  }
  const links = (body: string) => [...withoutCode(body).replace(DEFINITION, '').matchAll(LINK_TARGET)].map((m) => m[1]!);
  const el = counts(links(english.body));
  const tl = counts(links(translated.body));
  for (const [href, n] of el) if ((tl.get(href) ?? 0) !== n) problems.push(at(`the link to ${href} appears ${times(tl.get(href) ?? 0)} here but ${times(n)} in the English`));
  for (const [href, n] of tl) if (!el.has(href)) problems.push(at(`the link to ${href} (${times(n)}) is not in the English`));

  // The site's components (<Postscript>, <TroopChart />, <LocatorMap />): the same, in the same order.
  const components = (body: string) => [...withoutCode(body).matchAll(/<([A-Z][A-Za-z]*)\b/g)].map((m) => m[1]!).join(', ');
  if (components(english.body) !== components(translated.body)) {
    problems.push(at(`components differ: the English has ${components(english.body) || 'none'}, this file ${components(translated.body) || 'none'}`));
  }

  // Front matter: as many key numbers and brief points, the same figures in each key number.
  if (english.keyNumbers.length !== translated.keyNumbers.length) {
    problems.push(at(`keyNumbers: the English has ${english.keyNumbers.length}, this file ${translated.keyNumbers.length}`));
  } else {
    english.keyNumbers.forEach((k, i) => {
      const t = translated.keyNumbers[i]!;
      for (const p of numberDifferences(numbersIn(`${k.label} ${k.value} ${k.note}`), numbersIn(`${t.label} ${t.value} ${t.note}`))) {
        problems.push(at(`keyNumbers[${i}]: ${p}`));
      }
    });
  }
  if (english.brief.length !== translated.brief.length) {
    problems.push(at(`brief: the English has ${english.brief.length} points, this file ${translated.brief.length}`));
  }

  // The numbers and years of the text.
  const fields = (c: ChapterText) => [prose(c.body), ...c.brief].join('\n');
  if (NON_LATIN_DIGIT.test(fields(translated))) {
    problems.push(at('write numbers in Latin digits (0–9), as the English has them: the site converts them for display'));
  }
  for (const p of numberDifferences(numbersIn(fields(english)), numbersIn(fields(translated)))) problems.push(at(p));
  return problems;
}

/**
 * A data file's translated entry against its English one: the numbers in each text field must match.
 * `fields` maps each translated field to the English text it translates.
 */
export function dataTranslationProblems(where: string, pairs: readonly { field: string; english: string; translated: string }[]): string[] {
  return pairs.flatMap(({ field, english, translated }) => {
    const problems = numberDifferences(numbersIn(english), numbersIn(translated)).map((p) => `${where}, field "${field}": ${p}`);
    if (NON_LATIN_DIGIT.test(translated)) problems.push(`${where}, field "${field}": write numbers in Latin digits (0–9), as the English has them`);
    return problems;
  });
}

/** The first 16 hex digits of a file's sha256, as a translation's translationOf.sha256 gives them. */
export async function shortSha256(text: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * A translated list of paragraphs (content/translations/<lang>/about.yaml) against the English one: as many
 * paragraphs, each with its English paragraph's links and counts in the same order, and its numbers.
 */
export function paragraphTranslationProblems(where: string, field: string, english: readonly string[], translated: readonly string[]): string[] {
  if (english.length !== translated.length) {
    return [`${where}, field "${field}": ${translated.length} paragraph(s), but the English has ${english.length}: translate each one, in the same order`];
  }
  return english.flatMap((text, i) => {
    const place = `${field}.${i}`;
    const [a, b] = [inlineSkeleton(text), inlineSkeleton(translated[i]!)];
    const links = a.join(' ') === b.join(' ') ? [] : [`${where}, field "${place}": the links and counts are ${b.join(' ') || 'none'}, but the English paragraph has ${a.join(' ') || 'none'}`];
    return [...links, ...dataTranslationProblems(where, [{ field: place, english: text, translated: translated[i]! }])];
  });
}
