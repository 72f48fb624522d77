/**
 * The single source of truth for the explainer's content types. Everything under content/
 * is validated here at build time; a mistake stops the build with the file and the field named.
 * Every schema carries its own message: Astro's fallback messages print the field name twice
 * ("summary**: **summary: Required") and say nothing a writer can act on.
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { buildState } from './build-state.ts';
import { chapterFiles } from './loaders/chapter-files.ts';
import { dataFile } from './loaders/data-file.ts';
import { publishedCollections } from './loaders/published.ts';
import { translationFiles } from './loaders/translation-files.ts';
import { checkSourcePolicy } from './loaders/source-policy.ts';
import { parseCsvTable, parseYamlList } from './lib/data-files.ts';
import { parsePartialDate, toIsoText } from './lib/dates.ts';
import { expected } from './lib/field-messages.ts';
import { strictFields } from './lib/strict-fields.ts';
import { PLACEHOLDER_TITLE, SOURCE_KINDS, UNDATED_KINDS, type SourceKind } from './lib/source-policy.ts';
import { citableSources } from './markdown/link-citations.ts';
import { linkableActors } from './markdown/link-actors.ts';
import { linkableTerms } from './markdown/link-terms.ts';
import { SETTINGS } from './settings.ts';
import { inlineProblems } from './lib/inline-text.ts';
import { ABOUT_COUNTS, CHAPTER_IDS, PAGE_LINKS, COMMITMENT_DOCUMENTS, COMMITMENT_STATUSES, COMMITMENT_TOPICS } from './site.ts';

const DATE = 'a date written YYYY-MM-DD, YYYY-MM or YYYY';

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", quoted or not; impossible dates such as 2020-02-30 are rejected. */
const partialDate = z.preprocess(
  toIsoText,
  z.string({ error: expected(DATE) }).transform((text, ctx) => {
    const parsed = parsePartialDate(text);
    if (typeof parsed === 'string') {
      ctx.issues.push({ code: 'custom', message: parsed, input: text });
      return z.NEVER;
    }
    return parsed;
  }),
);
const fullDate = partialDate.refine((d) => d.precision === 'day', {
  error: (issue) => `expected a full date written YYYY-MM-DD, not "${(issue.input as { iso: string }).iso}"`,
});

const text = z.string({ error: expected('text') }).trim().min(1, { error: 'expected text, not empty text' });

const ID = 'an id of lower-case letters, digits and hyphens, e.g. fall-of-kabul';
const id = z.string({ error: expected(ID) }).regex(/^[a-z0-9-]+$/, { error: expected(ID) });

/**
 * A reference by id. Astro's reference() reports a value of the wrong kind as an unreadable union error,
 * so the id is checked as text first. Whether the entry exists is checked in src/explainer.ts.
 */
const sourceRef = z.string({ error: expected('a source id from sources.csv, e.g. crs20') }).pipe(reference('sources'));
const actorRef = z.string({ error: expected('an actor id from actors.yaml, e.g. taliban') }).pipe(reference('actors'));
const chapterRef = z.string({ error: expected(`a chapter id: ${CHAPTER_IDS.join(', ')}`) }).pipe(reference('chapters'));
const eventRef = z.string({ error: expected('an event id from events.yaml, e.g. doha-agreement-signed') }).pipe(reference('events'));
const sourceList = (least: string) =>
  z.array(sourceRef, { error: expected('a list of source ids from sources.csv, e.g. [text, crs20]') }).min(1, { error: least });

/** An optional field, where an empty CSV cell counts as missing. */
const optionalCell = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const KINDS = Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]];

/** content/source-policy.yaml: the publishers and web sites the explainer never cites, each with its reason. */
const policyEntry = strictFields({
  domain: z.string({ error: expected('a domain, e.g. rt.com') }).regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, { error: expected('a domain in lower case, e.g. rt.com') }).optional(),
  publisher: text.optional(),
  reason: text,
}).refine((e) => (e.domain === undefined) !== (e.publisher === undefined), { error: 'give either a domain or a publisher, not both' });

const sources = defineCollection({
  // A CSV table: one row per source, cited by its id everywhere else. The columns are described in the README.
  loader: dataFile('sources.csv', parseCsvTable, {
    checkAll: checkSourcePolicy(policyEntry),
    // The Markdown pipeline links each footnote's headline to its source.
    loaded: (rows) => buildState.sources.publish(citableSources(rows.map((r) => r.data))),
  }),
  schema: strictFields({
    id,
    kind: z.enum(KINDS, { error: expected(`one of: ${KINDS.join(', ')}`) }),
    // The publication's own headline, never a description of it.
    title: text.refine((t) => !PLACEHOLDER_TITLE.test(t), {
      error: (issue) => `"${String(issue.input)}" describes the source instead of giving its own headline: copy the title as published`,
    }),
    publisher: text,
    author: optionalCell(text),
    // Only reference works (kind "reference") may leave the date empty: news and reports have one.
    date: optionalCell(partialDate),
    url: optionalCell(z.url({ protocol: /^https?$/, error: expected('a web address starting with https:// or http://') })),
    /** Anything a reader should know: a copy of a wire report, state media cited for its government's words. */
    note: optionalCell(text),
  }).superRefine((row, ctx) => {
    if (row.date === undefined && !UNDATED_KINDS.includes(row.kind)) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: `a source of kind "${row.kind}" needs its publication date (YYYY-MM-DD); only reference works may leave it empty` });
    }
  }),
});

const ORDER = `a whole number from 1 to ${CHAPTER_IDS.length}`;

/** The text fields a chapter's translation gives (content/translations/<lang>/chapters/<id>.mdx); the rest comes from the English file. */
const chapterText = {
  title: text,
  /** Used in navigation, where space is short. */
  shortTitle: text.max(24, { error: 'short titles must fit the navigation: 24 characters at most' }),
  /** One sentence: chapter cards, meta descriptions and search results use it. */
  summary: text.max(240, { error: 'the summary is one sentence of at most 240 characters' }),
  keyNumbers: z
    .array(strictFields({ label: text, value: text, note: text }), {
      error: expected('a list of key numbers, each written { label: …, value: …, note: … }'),
    })
    .min(1, { error: 'list at least one key number' }),
  /** The "In brief" box at the top of the chapter: short plain-language points (tests/content/readability.test.ts checks them). */
  brief: z
    .array(text.max(160, { error: 'each point of the brief is one short sentence: 160 characters at most' }), {
      error: expected('a list of three to five short points, e.g. ["The talks opened on 12 September 2020.", …]'),
    })
    .min(3, { error: 'the brief has three to five points' })
    .max(5, { error: 'the brief has three to five points' }),
};

const chapters = defineCollection({
  loader: chapterFiles(`${SETTINGS.contentDir}/chapters`),
  schema: strictFields({
    ...chapterText,
    order: z
      .number({ error: expected(ORDER) })
      .int({ error: expected(ORDER) })
      .min(1, { error: expected(ORDER) })
      .max(SETTINGS.anyChapters ? Number.MAX_SAFE_INTEGER : CHAPTER_IDS.length, { error: expected(ORDER) }),
    period: strictFields({ start: partialDate, end: partialDate }),
    /** The date the narrative stands at; later events belong in a clearly marked postscript. */
    asOf: fullDate,
    updated: fullDate,
    /**
     * Only in the chapter that ends with the <Postscript>: the day it was written, which it shows. No date
     * in the content may be later (src/lib/dates.ts, dateRangeProblems).
     */
    postscriptWritten: fullDate.optional(),
    sources: sourceList('list at least one source'),
  }),
});

const SHA = 'the first 16 hex digits of the English file\'s sha256, in quotes (sha256sum content/chapters/<id>.mdx | cut -c1-16)';

/**
 * The translated chapters: content/translations/<lang>/chapters/<id>.mdx, the language and the chapter
 * taken from the path. They give the text fields only, and say which English revision they translate;
 * src/lib/translation-check.ts compares each with its English original.
 */
const chapterTranslations = defineCollection({
  loader: chapterFiles(`${SETTINGS.contentDir}/translations`, '*/chapters/*.mdx'),
  schema: strictFields({
    translationOf: strictFields({
      /** The English file, as the project names it: content/chapters/<id>.mdx. */
      file: z.string({ error: expected('the English file, e.g. content/chapters/round-one.mdx') }).regex(/^content\/chapters\/[a-z0-9-]+\.mdx$/, {
        error: expected('the English file, e.g. content/chapters/round-one.mdx'),
      }),
      sha256: z.string({ error: expected(SHA) }).regex(/^[0-9a-f]{16}$/, { error: expected(SHA) }),
      /** The day the translation was made (or last brought up to date). */
      date: fullDate,
    }),
    ...chapterText,
  }),
});

/** One to three sentences: a full stop, question or exclamation mark (and any closing quote) before a space and a capital, or at the end. */
const SENTENCE_END = /[.!?][”’")]*(?=\s+[“‘"(]?\p{Lu}|\s*$)/gu;

const glossary = defineCollection({
  loader: dataFile('glossary.yaml', parseYamlList, {
    // The Markdown pipeline links each term's first use in a chapter to the glossary.
    loaded: (entries) => buildState.terms.publish(linkableTerms(entries.map((e) => e.data))),
  }),
  schema: strictFields({
    id,
    /** The term as the chapters write it (its first use in a chapter links here), e.g. "Loya Jirga". */
    term: text,
    /** A plain definition in the project's own words, one to three sentences. */
    definition: text.refine((d) => [1, 2, 3].includes(d.match(SENTENCE_END)?.length ?? 0), {
      error: 'a definition is one to three sentences, each ending with a full stop',
    }),
    /** Other spellings used in the chapters, e.g. ["Intra-Afghan", "talks among Afghans"]; the term itself is always matched. */
    aliases: z.array(text, { error: expected('a list of spellings, e.g. ["ISAF"]') }).default([]),
    /** The chapters that use the term (src/explainer.ts checks this against the chapters' text). */
    chapters: z
      .array(chapterRef, { error: expected('a list of chapter ids, e.g. [round-one, round-two]') })
      .min(1, { error: 'name at least one chapter' }),
    sources: sourceList('cite at least one source'),
    /** Where the term is also a who's-who entry (the Taliban, UNAMA): its mentions link there, and the glossary entry points to it. */
    actor: actorRef.optional(),
  }),
});

const events = defineCollection({
  loader: dataFile('events.yaml', parseYamlList),
  schema: strictFields({
    id,
    date: partialDate,
    title: text,
    summary: text,
    chapter: chapterRef,
    sources: sourceList('cite at least one source'),
    /** Where sources disagree or a date is approximate, say so. */
    note: text.optional(),
    /** Only on the signing of a document the commitments tracker follows: the timeline links it to the tracker. */
    document: z.enum(COMMITMENT_DOCUMENTS, { error: expected(`one of: ${COMMITMENT_DOCUMENTS.join(', ')}`) }).optional(),
  }),
});

const actors = defineCollection({
  loader: dataFile('actors.yaml', parseYamlList, {
    // The Markdown pipeline links each actor's first mention in a chapter to the who's who.
    loaded: (entries) => buildState.actors.publish(linkableActors(entries.map((e) => e.data))),
  }),
  schema: strictFields({
    id,
    name: text,
    kind: z.enum(['person', 'organisation', 'country'], { error: expected('one of: person, organisation, country') }),
    role: text,
    description: text,
    /** Spellings used in the chapters; the first one found is linked to this entry. */
    aliases: z.array(text, { error: expected('a list of names, e.g. ["Zalmay Khalilzad", "Khalilzad"]') }).default([]),
    chapters: z
      .array(chapterRef, { error: expected('a list of chapter ids, e.g. [round-one, round-two]') })
      .min(1, { error: 'name at least one chapter' }),
    sources: sourceList('cite at least one source'),
  }),
});

const TROOP_BASES = ['reported', 'official'] as const;
const TROOPS = 'a whole number of troops, written without commas, e.g. 8600';

const troopLevels = defineCollection({
  loader: dataFile('troop-levels.yaml', parseYamlList),
  schema: strictFields({
    id,
    date: partialDate,
    troops: z
      .number({ error: expected(TROOPS) })
      .int({ error: expected(TROOPS) })
      .min(0, { error: expected(TROOPS) }),
    /**
     * "reported": a count of the troops actually there, as reported; "official": an authorised or officially
     * stated level (a cap, a target). The chart joins reported counts into a line and marks official levels
     * apart, so a cap is never drawn as if the count had moved to it.
     */
    basis: z.enum(TROOP_BASES, { error: expected(`one of: ${TROOP_BASES.join(', ')}`) }),
    /** True where the source says "about", "roughly" or gives a range; the note then gives its wording. */
    approximate: z.boolean({ error: expected('true or false') }),
    /** A short label drawn on the chart for the key moments. */
    annotation: text.max(28, { error: 'annotations are drawn on the chart: 28 characters at most' }).optional(),
    note: text.optional(),
    sources: sourceList('cite at least one source'),
  }),
});

const STATUS = expected(`one of: ${COMMITMENT_STATUSES.join(', ')} (the README defines each)`);
const status = z.enum(COMMITMENT_STATUSES, { error: STATUS });

/**
 * content/commitments.yaml: each promise of the US–Taliban agreement and the US–Afghan joint declaration,
 * where it stood on the explainer's as-of date, and (in `later`, with hindsight) what became of it.
 */
const commitments = defineCollection({
  loader: dataFile('commitments.yaml', parseYamlList, { loaded: (entries) => buildState.commitmentOrder.publish(entries.map((e) => e.id)) }),
  schema: strictFields({
    id,
    topic: z.enum(COMMITMENT_TOPICS, { error: expected(`one of: ${COMMITMENT_TOPICS.join(', ')}`) }),
    /** The document or documents that make the promise. */
    documents: z
      .array(z.enum(COMMITMENT_DOCUMENTS, { error: expected(`one of: ${COMMITMENT_DOCUMENTS.join(', ')}`) }), {
        error: expected(`a list of documents, e.g. [${COMMITMENT_DOCUMENTS.join(', ')}]`),
      })
      .min(1, { error: 'name at least one document' }),
    /** Who made the promise: actors from actors.yaml. */
    parties: z.array(actorRef, { error: expected('a list of actor ids, e.g. [united-states, nato]') }).min(1, { error: 'name at least one party' }),
    /** What was promised, in the explainer's own words. */
    promise: text,
    /** The date the text sets, as precise as it allows; none for promises without one. */
    deadline: partialDate.optional(),
    /** How the text sets the deadline ("135 days after the signing"), or why it has none. */
    deadlineNote: text.optional(),
    /** Where the promise stood on the chapters' as-of date (1 March 2021), and what happened by then. */
    status,
    asOf: text,
    /** Where sources disagree (counts, figures), say so precisely. */
    note: text.optional(),
    /** The chapter that tells this part of the story. */
    chapter: chapterRef,
    /** Timeline events where what is said here happened. */
    events: z.array(eventRef, { error: expected('a list of event ids, e.g. [us-troops-at-8600]') }).default([]),
    sources: sourceList('cite at least one source'),
    /** Written with hindsight, up to the postscript's date: what became of the promise afterwards. */
    later: strictFields({ status: status.optional(), text, sources: sourceList('cite at least one source') }).optional(),
  }),
});

/**
 * The translations of the data files, content/translations/<lang>/<file>.yaml: the same ids as the English
 * file, the text fields only (src/explainer.ts lays them over the English entries and rejects unknown ids).
 */
const aliases = z.array(text, { error: expected('a list of spellings, e.g. ["خلیلزاد"]') }).optional();
const eventTranslations = defineCollection({
  loader: translationFiles('events.yaml'),
  schema: strictFields({ id, title: text, summary: text, note: text.optional() }),
});
const actorTranslations = defineCollection({
  loader: translationFiles('actors.yaml'),
  schema: strictFields({ id, name: text, role: text, description: text, aliases }),
});
const glossaryTranslations = defineCollection({
  loader: translationFiles('glossary.yaml'),
  schema: strictFields({ id, term: text, definition: text, aliases }),
});
const commitmentTranslations = defineCollection({
  loader: translationFiles('commitments.yaml'),
  // `later` is the text of the English `later.text`.
  schema: strictFields({ id, promise: text, deadlineNote: text.optional(), asOf: text, note: text.optional(), later: text.optional() }),
});
const troopLevelTranslations = defineCollection({
  loader: translationFiles('troop-levels.yaml'),
  schema: strictFields({ id, note: text, annotation: text.optional() }),
});

/**
 * content/about.yaml: the about and methodology page, section by section. A paragraph may link a site page
 * by name or another site by address, and give a count the build fills in (src/lib/inline-text.ts).
 */
const paragraph = text.superRefine((value, ctx) => {
  for (const message of inlineProblems(value, PAGE_LINKS, ABOUT_COUNTS)) ctx.addIssue({ code: 'custom', message, input: value });
});
const aboutText = {
  id,
  heading: text,
  paragraphs: z.array(paragraph, { error: expected('a list of paragraphs, each one line of text') }).min(1, { error: 'give at least one paragraph' }),
};
const about = defineCollection({ loader: dataFile('about.yaml', parseYamlList, { loaded: (entries) => buildState.aboutOrder.publish(entries.map((e) => e.id)) }), schema: strictFields(aboutText) });
// Same fields as the English: each paragraph translates the English paragraph in the same place.
const aboutTranslations = defineCollection({ loader: translationFiles('about.yaml'), schema: strictFields(aboutText) });

/**
 * content/translations/names.yaml: every name as the Dari and Pashto editions spell it (the translators'
 * shared list). `also`: other English forms the chapters use; faShort/psShort the Dari/Pashto of the first of
 * them; faAlso/psAlso the Dari/Pashto of each, in the same order.
 */
const textList = z.array(text, { error: expected('a list of names, e.g. [Baradar, Mullah Baradar]') });
const names = defineCollection({
  loader: dataFile('translations/names.yaml', parseYamlList, { optional: true }),
  schema: strictFields({
    id,
    en: text,
    fa: text,
    ps: text,
    also: textList.optional(),
    faShort: text.optional(),
    psShort: text.optional(),
    faAlso: textList.optional(),
    psAlso: textList.optional(),
  }).superRefine((n, ctx) => {
    for (const key of ['faAlso', 'psAlso'] as const) {
      const list = n[key];
      if (list && list.length !== (n.also?.length ?? 0)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `gives ${list.length} form(s), but also gives ${n.also?.length ?? 0}: one for each, in the same order` });
      }
    }
  }),
});

/** content/search-synonyms.yaml: other spellings of the site's words, indexed for search (src/views/search-records.ts). */
const searchSynonyms = defineCollection({
  loader: dataFile('search-synonyms.yaml', parseYamlList),
  schema: strictFields({
    id,
    /** As the explainer writes it; src/explainer.ts checks that the content uses it. */
    word: text,
    spellings: z
      .array(text, { error: expected('a list of spellings, e.g. [Taleban]') })
      .min(1, { error: 'list at least one spelling' }),
    note: text.optional(),
  }),
});

export const collections = publishedCollections({
  sources,
  chapters,
  events,
  actors,
  troopLevels,
  commitments,
  glossary,
  searchSynonyms,
  chapterTranslations,
  eventTranslations,
  actorTranslations,
  glossaryTranslations,
  commitmentTranslations,
  troopLevelTranslations,
  names,
  about,
  aboutTranslations,
});
