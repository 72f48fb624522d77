/**
 * The single source of truth for the explainer's content types. Everything under content/
 * is validated here at build time; a mistake stops the build with the file and the field named.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseCsv } from 'csv-parse/sync';
import yaml from 'js-yaml';
import { parsePartialDate, toIsoText } from './lib/dates.ts';

// Tests and benchmarks build other content trees (bad fixtures, synthetic corpora) with the same code.
const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

/**
 * YAML data files are read with the core schema, which keeps 2020-02-30 as text instead of silently
 * turning it into 1 March, so the date check below sees what the writer typed.
 */
const yamlFile = (name: string) =>
  file(`${CONTENT_DIR}/${name}`, { parser: (text) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>[] });

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", quoted or not; impossible dates such as 2020-02-30 are rejected. */
const partialDate = z.preprocess(
  toIsoText,
  z.string({ error: 'expected a date written as YYYY-MM-DD, YYYY-MM or YYYY' }).transform((text, ctx) => {
    const parsed = parsePartialDate(text);
    if (typeof parsed === 'string') {
      ctx.issues.push({ code: 'custom', message: parsed, input: text });
      return z.NEVER;
    }
    return parsed;
  }),
);
const fullDate = partialDate.refine((d) => d.precision === 'day', {
  error: 'expected a full date written as YYYY-MM-DD',
});

const text = z.string().trim().min(1, { error: 'must not be empty' });

const sources = defineCollection({
  // A CSV table: one row per source, cited by its id everywhere else.
  loader: file(`${CONTENT_DIR}/sources.csv`, {
    parser: (csv) => parseCsv(csv, { columns: true, skip_empty_lines: true, trim: true }),
  }),
  schema: z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, { error: 'ids use lower-case letters, digits and hyphens' }),
    title: text,
    publisher: text,
    // Reference works such as Wikipedia have no single publication date: leave the cell empty.
    date: z.preprocess((v) => (v === '' ? undefined : v), partialDate.optional()),
    url: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/ }).optional()),
  }),
});

const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${CONTENT_DIR}/chapters` }),
  schema: z.strictObject({
    title: text,
    /** Used in navigation, where space is short. */
    shortTitle: text.max(24, { error: 'short titles must fit the navigation: 24 characters at most' }),
    /** One sentence: chapter cards, meta descriptions and search results use it. */
    summary: text.max(240, { error: 'the summary is one sentence of at most 240 characters' }),
    order: z.number({ error: 'expected a whole number from 1 to 4' }).int().min(1).max(4),
    period: z.strictObject({ start: partialDate, end: partialDate }),
    /** The date the narrative stands at; later events belong in a clearly marked postscript. */
    asOf: fullDate,
    updated: fullDate,
    keyNumbers: z
      .array(z.strictObject({ label: text, value: text, note: text }))
      .min(1, { error: 'list at least one key number' }),
    sources: z.array(reference('sources')).min(1, { error: 'list at least one source' }),
  }),
});

const events = defineCollection({
  loader: yamlFile('events.yaml'),
  schema: z.strictObject({
    id: z.string(),
    date: partialDate,
    title: text,
    summary: text,
    chapter: reference('chapters'),
    sources: z.array(reference('sources')).min(1, { error: 'cite at least one source' }),
    /** Where sources disagree or a date is approximate, say so. */
    note: text.optional(),
  }),
});

const actors = defineCollection({
  loader: yamlFile('actors.yaml'),
  schema: z.strictObject({
    id: z.string(),
    name: text,
    kind: z.enum(['person', 'organisation', 'country'], {
      error: 'kind is one of: person, organisation, country',
    }),
    role: text,
    description: text,
    /** Spellings used in the chapters; the first one found is linked to this entry. */
    aliases: z.array(text).default([]),
    chapters: z.array(reference('chapters')).min(1, { error: 'name at least one chapter' }),
    sources: z.array(reference('sources')).min(1, { error: 'cite at least one source' }),
  }),
});

const troopLevels = defineCollection({
  loader: yamlFile('troop-levels.yaml'),
  schema: z.strictObject({
    id: z.string(),
    date: partialDate,
    troops: z.number().int().min(0),
    /** True where the figure is rounded or comes from a weaker source. */
    approximate: z.boolean(),
    /** A short label drawn on the chart for the key moments. */
    annotation: text.optional(),
    note: text.optional(),
    sources: z.array(reference('sources')).min(1, { error: 'cite at least one source' }),
  }),
});

export const collections = { sources, chapters, events, actors, troopLevels };
