/** The open-data page and the field documentation of the data files, in English. */
import { plural, type Part } from './words.ts';

export default {
  title: 'Open data',
  description: 'The explainer’s events, people and groups, US troop levels, the agreement’s commitments, the glossary and sources as CSV and JSON files, with every field explained.',
  intro:
    'The facts behind the timeline, the who’s who, the troop chart, the commitments tracker and the glossary, as files to download and reuse. They are written from the same data as the pages each time the site is built, so the two never disagree.',
  licence: {
    term: 'Reuse:',
    text: (site: string, home: Part) => [
      ` the facts are from the cited sources; the compilation may be reused with attribution to this explainer (“${site}”, `,
      home,
      ').',
    ],
  },
  formats: 'Formats',
  /** Each format's term is shown in bold, followed by its text. */
  formatList: {
    csv: {
      term: 'CSV',
      text: (separator: string) => [`: UTF-8, comma-separated, with a header row (RFC 4180). Where a cell holds several values, they are separated by “${separator}”.`],
    },
    json: { term: 'JSON', text: (empty: Part) => [': a UTF-8 array with one object per row; lists are arrays, and an empty field is ', empty, '.'] },
    dates: {
      term: 'Dates',
      text: (day: Part, month: Part, year: Part, precision: Part) => [
        ' are ISO 8601 text, only as precise as the sources allow (', day, ', ', month, ' or ', year, '), with a ', precision, ' field beside them.',
      ],
    },
    sources: { term: 'Sources', text: () => [' are given by id and with their titles and addresses, so each row can be checked on its own.'] },
  },
  rows: (n: number, shown: string) => `${shown} ${plural(n, 'row', 'rows')}.`,
  fieldsCaption: (csv: string, json: string) => `Fields in ${csv} and ${json}`,
  field: 'Field',
  meaning: 'Meaning',
  /** The CSV columns a JSON field becomes, where they differ from its name. */
  csvColumns: (columns: readonly Part[]) => [' (CSV: ', ...columns.flatMap((c, i) => (i === 0 ? [c] : [', ', c])), ')'],
  /** The fields several datasets share; a dataset's own description of a field (under datasets) comes first. */
  fields: {
    id: 'A stable identifier, unique within the file.',
    date: 'ISO 8601 date, only as precise as the sources allow: YYYY-MM-DD, YYYY-MM or YYYY.',
    date_precision: '“day”, “month” or “year”: how much of the date is known.',
    sources: (columns: readonly string[], separator: string, json: string, csv: string) =>
      `The sources cited for the entry. JSON: a list of {id, title, publisher, url}. CSV: the columns ${columns.join(', ')}, each listing the sources in the same order, separated by “${separator}”. Ids match ${json} and ${csv}.`,
  },
  datasets: {
    events: {
      title: 'Events',
      description: 'Every dated event in the timeline, from 1979 to 2021, in date order.',
      fields: {
        title: 'What happened, in a few words.',
        summary: 'One or two sentences on the event.',
        chapter: (ids: readonly string[]) => `The id of the chapter that tells this part of the story (${ids.join(', ')}).`,
        note: 'Where sources disagree or a date is approximate, what is uncertain. Empty (JSON: null) otherwise.',
      },
    },
    actors: {
      title: 'People, organisations and countries',
      description: 'Everyone in the who’s who: the people, groups and countries the chapters mention.',
      fields: {
        name: 'The name used in the explainer.',
        kind: '“person”, “organisation” or “country”.',
        role: 'Their part in the peace process, in one line.',
        description: 'A short account of who they are and what they did.',
        aliases: (separator: string) => `Other spellings used in the chapters. JSON: a list; CSV: separated by “${separator}”.`,
        chapters: (separator: string) => `The ids of the chapters they appear in. JSON: a list; CSV: separated by “${separator}”.`,
      },
    },
    'troop-levels': {
      title: 'US troop levels',
      description:
        'US troops in Afghanistan, 2001–2021: one row per sourced figure, in date order. The points fall at different times of year and are the best available point estimates, not a uniform year-end series.',
      fields: {
        us_troops: 'The number of US troops in Afghanistan at that date.',
        basis:
          '“reported”: a count of the troops actually there, as reported; “official”: an authorised or officially stated level (a cap or a target). The two often differed: compare like with like.',
        approximate: '“true” where the source says “about” or “roughly” or gives a range (the note gives its wording), “false” otherwise.',
        annotation: 'The label the chart shows at the key moments. Empty (JSON: null) otherwise.',
        note: 'What the sources say about the figure, where it needs explaining. Empty (JSON: null) otherwise.',
      },
    },
    commitments: {
      title: 'Commitments of the agreement',
      description:
        'Every promise of the US–Taliban agreement and the US–Afghan joint declaration of 29 February 2020, with where it stood on 1 March 2021 and, apart, what became of it.',
      fields: {
        topic: (topics: readonly string[]) => `The subject it is grouped under: ${topics.map((t) => `“${t}”`).join(', ')}.`,
        documents: (separator: string) => `The texts that make the promise, “agreement” (US–Taliban) or “declaration” (US–Afghan). JSON: a list; CSV: separated by “${separator}”.`,
        parties: (separator: string) => `The ids of who made the promise, as in actors.json. JSON: a list; CSV: separated by “${separator}”.`,
        promise: 'What was promised, in the explainer’s words.',
        deadline: 'The date the text sets, as ISO text as precise as it allows. Empty (JSON: null) where it sets none.',
        deadline_precision: '“day”, “month” or “year”: how much of the deadline the text gives. Empty (JSON: null) without a deadline.',
        deadline_note: 'How the text sets the deadline, or why it has none. Empty (JSON: null) otherwise.',
        status: (statuses: readonly string[]) => `Where the promise stood on 1 March 2021: ${statuses.map((s) => `“${s}”`).join(', ')} (defined on the tracker page).`,
        as_of: 'What had happened by 1 March 2021.',
        note: 'Where sources differ, how. Empty (JSON: null) otherwise.',
        chapter: 'The id of the chapter that tells this part of the story.',
        events: (separator: string) => `The ids of the timeline events concerned, as in events.json. JSON: a list; CSV: separated by “${separator}”.`,
        later_status: 'Written with hindsight: its status after 1 March 2021, where that changed. Empty (JSON: null) otherwise.',
        later: 'Written with hindsight: what became of the promise after 1 March 2021. Empty (JSON: null) where nothing is added.',
        later_sources: (separator: string) => `The ids of the sources for “later”, as in sources.json. JSON: a list; CSV: separated by “${separator}”.`,
      },
    },
    glossary: {
      title: 'Glossary',
      description: 'Every term in the glossary, with its plain definition, in alphabetical order of id.',
      fields: {
        term: 'The term as the chapters write it.',
        definition: 'A plain definition in one to three sentences.',
        aliases: (separator: string) => `Other spellings the chapters use. JSON: a list; CSV: separated by “${separator}”.`,
        chapters: (separator: string) => `The ids of the chapters that use the term. JSON: a list; CSV: separated by “${separator}”.`,
        actor: 'Where the term is also a person or group in the who’s who, its id in the actors files. Empty (JSON: null) otherwise.',
      },
    },
    sources: {
      title: 'Sources',
      description: 'Every source the explainer cites, by the id used in the other files.',
      fields: {
        kind: (kinds: readonly string[]) => `What sort of source it is: ${kinds.map((k) => `“${k}”`).join(', ')}.`,
        title: 'The headline or title, as published.',
        publisher: 'Who published it; a wire report carried by a newspaper names the wire service in brackets.',
        author: 'The author, where the source names one. Empty (JSON: null) otherwise.',
        date: 'Publication date as ISO text, as precise as known. Empty (JSON: null) only for reference works.',
        url: 'Where to read it. Empty (JSON: null) when no address could be confirmed.',
        note: 'What a reader should know about the source, e.g. state media cited for its government’s own words. Empty (JSON: null) otherwise.',
      },
    },
  },
};
