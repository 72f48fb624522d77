/**
 * The single source of truth for the explainer's content types. Everything under content/
 * is validated here at build time; a mistake stops the build with the file and the field named.
 * Every schema carries its own message: Astro's fallback messages print the field name twice
 * ("summary**: **summary: Required") and say nothing a writer can act on.
 */
import { readdir, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { CHAPTER_IDS } from './lib/chapters.ts';
import { ContentError, type ContentFile } from './lib/content-errors.ts';
import { CSV_LINE, entriesById, parseCsvTable, parseYamlList, type DataEntry } from './lib/data-files.ts';
import { parsePartialDate, toIsoText } from './lib/dates.ts';
import { expected, unknownFieldMessage } from './lib/field-messages.ts';
import { coreFrontmatter } from './lib/frontmatter.ts';
import { PLACEHOLDER_TITLE, SOURCE_KINDS, UNDATED_KINDS, policyProblems, type SourceKind } from './lib/source-policy.ts';
import { ANY_CHAPTERS } from './consts.ts';

// Tests and benchmarks build other content trees (bad fixtures, synthetic corpora) with the same code.
const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

/** Where a content file is, for messages (content/events.yaml) and on disk. */
function locate(name: string, root: URL): ContentFile {
  const path = fileURLToPath(new URL(name, root));
  return { file: relative(fileURLToPath(root), path), path };
}

/**
 * A YAML or CSV file holding a list of entries with unique ids. Unlike Astro's file() loader, which logs
 * a syntax error or a missing id and carries on with what it could read, this stops the build
 * (src/lib/data-files.ts).
 */
function dataFile(
  name: string,
  parse: (text: string, where: ContentFile) => unknown,
  /** Checks across the whole file, run before any entry is stored; a problem stops the build. */
  checkAll?: (entries: DataEntry[], where: ContentFile, root: URL) => Promise<void>,
): Loader {
  return {
    name: 'explainer-data-file',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const where = locate(`${CONTENT_DIR}/${name}`, config.root);
      const sync = async () => {
        const text = await readFile(where.path, 'utf8').catch(() => {
          throw new ContentError(`${where.file} is missing: the explainer needs this file`);
        });
        const entries = entriesById(parse(text, where), where);
        await checkAll?.(entries, where, config.root);
        store.clear();
        for (const { id, data } of entries) {
          store.set({ id, data: await parseData({ id, data, filePath: where.path }), filePath: where.file });
        }
      };
      await sync();
      // In `astro dev`, pick up edits as file() does.
      watcher?.add(where.path);
      watcher?.on('change', (changed) => {
        if (changed === where.path) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}

/** The chapters, read by glob(), with the frontmatter re-read so that dates stay as typed (src/lib/frontmatter.ts). */
function chapterFiles(folder: string): Loader {
  const loader = glob({ pattern: '*.mdx', base: folder });
  return {
    ...loader,
    load: async (context) => {
      // Astro's own message for a frontmatter syntax error is YAML jargon without advice: read them first.
      const names = await readdir(locate(folder, context.config.root).path).catch(() => []);
      for (const name of names.filter((n) => n.endsWith('.mdx'))) {
        const where = locate(`${folder}/${name}`, context.config.root);
        coreFrontmatter(await readFile(where.path, 'utf8'), where);
      }
      await loader.load({
        ...context,
        parseData: async (entry) => {
          if (!entry.filePath) return context.parseData(entry);
          const where = locate(entry.filePath, context.config.root);
          const data = coreFrontmatter(await readFile(where.path, 'utf8'), where) as typeof entry.data;
          return context.parseData({ ...entry, data });
        },
      });
    },
  };
}

/**
 * A group of fields in which an unknown field is an error, as with z.strictObject. z.strictObject reports
 * unknown fields on the group itself, which Astro prints with a blank name; this reports each one at its
 * own name, with the field it was probably meant to be ("summmary: … did you mean "summary"?").
 */
function fields<S extends z.core.$ZodLooseShape>(shape: S) {
  const known = Object.keys(shape);
  const unknownField = z.custom(() => false, { error: (issue) => unknownFieldMessage(String(issue.path?.at(-1)), known) });
  // The catch-all never accepts a value, so at run time this is exactly a strict object; the type says so too.
  return z
    .object(shape, { error: expected(`a group of fields (${known.join(', ')})`) })
    .catchall(unknownField) as unknown as z.ZodObject<S, z.core.$strict>;
}

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
const chapterRef = z.string({ error: expected(`a chapter id: ${CHAPTER_IDS.join(', ')}`) }).pipe(reference('chapters'));
const sourceList = (least: string) =>
  z.array(sourceRef, { error: expected('a list of source ids from sources.csv, e.g. [text, crs20]') }).min(1, { error: least });

/** An optional field, where an empty CSV cell counts as missing. */
const optionalCell = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const KINDS = Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]];

/** content/source-policy.yaml: the publishers and web sites the explainer never cites, each with its reason. */
const policyEntry = fields({
  domain: z.string({ error: expected('a domain, e.g. rt.com') }).regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, { error: expected('a domain in lower case, e.g. rt.com') }).optional(),
  publisher: text.optional(),
  reason: text,
}).refine((e) => (e.domain === undefined) !== (e.publisher === undefined), { error: 'give either a domain or a publisher, not both' });

/** Reads the source policy once per load of sources.csv and checks every row against it. */
async function checkSourcePolicy(entries: DataEntry[], where: ContentFile, root: URL): Promise<void> {
  const policyFile = locate(`${CONTENT_DIR}/source-policy.yaml`, root);
  const text = await readFile(policyFile.path, 'utf8').catch(() => {
    throw new ContentError(`${policyFile.file} is missing: it lists the publishers and web sites the explainer never cites`);
  });
  const list = parseYamlList(text, policyFile);
  if (!Array.isArray(list)) throw new ContentError(`${policyFile.file}: expected a list of entries, each "- domain: …" or "- publisher: …" with a "reason: …"`);
  const policy = list.map((item, i) => {
    const parsed = policyEntry.safeParse(item);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length ? `, field "${issue.path.join('.')}"` : '';
    throw new ContentError(`${policyFile.file}, entry ${i + 1}${field}: ${issue.message}`);
  });
  const rows = entries.map(({ id, data }) => ({
    id,
    line: (data as { [CSV_LINE]?: number })[CSV_LINE] ?? 0,
    publisher: String(data.publisher ?? ''),
    url: typeof data.url === 'string' && data.url ? data.url : undefined,
  }));
  const problems = policyProblems(where.file, rows, policy, policyFile.file);
  if (problems.length > 0) throw new ContentError(`The bibliography breaks the source policy:\n- ${problems.join('\n- ')}`);
}

const sources = defineCollection({
  // A CSV table: one row per source, cited by its id everywhere else. The columns are described in the README.
  loader: dataFile('sources.csv', parseCsvTable, checkSourcePolicy),
  schema: fields({
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

const chapters = defineCollection({
  loader: chapterFiles(`${CONTENT_DIR}/chapters`),
  schema: fields({
    title: text,
    /** Used in navigation, where space is short. */
    shortTitle: text.max(24, { error: 'short titles must fit the navigation: 24 characters at most' }),
    /** One sentence: chapter cards, meta descriptions and search results use it. */
    summary: text.max(240, { error: 'the summary is one sentence of at most 240 characters' }),
    order: z
      .number({ error: expected(ORDER) })
      .int({ error: expected(ORDER) })
      .min(1, { error: expected(ORDER) })
      .max(ANY_CHAPTERS ? Number.MAX_SAFE_INTEGER : CHAPTER_IDS.length, { error: expected(ORDER) }),
    period: fields({ start: partialDate, end: partialDate }),
    /** The date the narrative stands at; later events belong in a clearly marked postscript. */
    asOf: fullDate,
    updated: fullDate,
    keyNumbers: z
      .array(fields({ label: text, value: text, note: text }), {
        error: expected('a list of key numbers, each written { label: …, value: …, note: … }'),
      })
      .min(1, { error: 'list at least one key number' }),
    sources: sourceList('list at least one source'),
  }),
});

const events = defineCollection({
  loader: dataFile('events.yaml', parseYamlList),
  schema: fields({
    id,
    date: partialDate,
    title: text,
    summary: text,
    chapter: chapterRef,
    sources: sourceList('cite at least one source'),
    /** Where sources disagree or a date is approximate, say so. */
    note: text.optional(),
  }),
});

const actors = defineCollection({
  loader: dataFile('actors.yaml', parseYamlList),
  schema: fields({
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
  schema: fields({
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

export const collections = { sources, chapters, events, actors, troopLevels };
