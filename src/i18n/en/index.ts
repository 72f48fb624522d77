/**
 * Every reader-facing string of the English edition; the open-data page and the data files' field
 * documentation are in open-data.ts. Another edition copies this folder, translates the values and
 * keeps the keys (src/i18n/index.ts checks the shape). Strings that hold a link or an emphasis are
 * functions whose arguments are the rendered parts, in reading order, so that a translation can move them.
 */
import commitments from './commitments.ts';
import glossary from './glossary.ts';
import data from './open-data.ts';
import { count, plural, strong, type Part } from './words.ts';
import { offlineSave, searchResults, updatePrompt } from './browser.ts';

export { searchResults, offlineSave, updatePrompt } from './browser.ts';

const search = {
  title: 'Search',
  description: 'Search every chapter, the timeline and who’s who for a name, a date or a term.',
  needsJs: (home: Part) => ['Search runs in your browser and needs JavaScript. If it is switched off, every chapter is still listed on the ', home, '.'],
  /** Added to needsJs in the ZIM copy for Kiwix (src/hosting/zim.ts), where the search box still works without scripts. */
  needsJsInKiwix: 'In Kiwix, the search box at the top of each page still works: it searches with Kiwix’s own full-text search.',
  homePage: 'home page',
  label: 'Search all chapters, the timeline and who’s who',
  button: 'Search',
  dialogTitle: 'Search',
  keys: '↑ ↓ to move · Enter to open · Esc to close',
  close: 'Close',
  // The filters' words are the search script's too, which draws the dialog's filters (src/lib/filter-panel.ts).
  filters: searchResults.legends,
  all: searchResults.all,
  types: searchResults.types,
  moreLabel: searchResults.moreLabel,
  results: searchResults,
};

export default {
  site: {
    title: 'The Afghan Peace Talks, Explained',
    shortTitle: 'Afghan Peace Talks',
    description:
      'How the 2018–2021 Afghan peace process came about, what the US–Taliban agreement of 29 February 2020 said, why the talks between the Taliban and the Afghan government stalled, and what was at stake.',
    /** Appended to every page title. */
    titleSeparator: ' · ',
  },

  layout: {
    skipLink: 'Skip to content',
    fileNotice: (command: Part, address: Part) => [
      strong('This page was opened as a file, so search, styles and links between pages don’t work: they need a web server.'),
      ' In the explainer’s folder, run ',
      command,
      ' and open ',
      address,
      ' (HOW-TO-SERVE.txt, in the downloaded package, lists other ways).',
    ],
  },

  header: {
    /** The header's navigation: the chapters, then the other sections. */
    nav: 'Site',
    allChapters: (n: number) => `All ${n} chapters`,
    search: 'Site search',
    searchLabel: 'Search the explainer',
    searchPlaceholder: 'Search  ( / )',
    searchButton: 'Search',
    darkMode: 'Dark mode',
    /** The button that opens the list of chapters and sections on narrow screens. */
    menu: 'Menu',
    print: 'Print',
  },

  footer: {
    about:
      'is an independent, non-partisan explainer. Its account stands as of early 2021, and the final chapter says what happened afterwards. Each chapter lists its sources.',
    home: 'Home',
    timeline: 'Timeline',
    people: 'Who’s who',
    commitments: 'What the agreement promised',
    glossary: 'Glossary',
    search: 'Search',
    data: 'Open data',
    offline: 'Read offline',
    print: 'Print the whole explainer',
    printChapter: 'Print this chapter',
    aboutLink: 'About',
  },

  home: {
    intro: (n: number) =>
      `In February 2020 the United States signed an agreement with the Taliban to withdraw its troops from Afghanistan, and the Taliban agreed to open talks with the Afghan government. This explainer sets out, in ${count(n)} short chapters, how that peace process came about, what the agreement said, why the talks between Afghans stalled, and what was at stake.`,
    asOf: (date: Part) => [
      'The account stands as of ',
      date,
      '. The Taliban took Kabul in August 2021; the last chapter ends with a dated postscript on what happened after that date.',
    ],
    chapters: (n: number) => `The ${count(n)} chapters`,
    explore: 'Explore',
    links: {
      timeline: { title: 'Timeline', text: (from: number, to: number) => `Every dated event from ${from} to ${to}, by year and chapter` },
      people: { title: 'Who’s who', text: 'The people, groups and countries involved' },
      commitments: { title: 'What the agreement promised', text: 'Every promise of the February 2020 deal, and what became of it' },
      glossary: { title: 'Glossary', text: 'Plain definitions of the terms the chapters use' },
      search: { title: 'Search', text: 'Find a name, a date or a term in every chapter' },
      print: { title: 'Print or save', text: 'The whole explainer on one page' },
      offline: { title: 'Read offline', text: 'Keep the whole explainer on this device' },
    },
    cardNumber: (order: number) => `Chapter ${order}: `,
    /** Past CONTENTS_PAGE_CHAPTERS chapters the contents go on over pages: the links between them, and a later page's title. */
    contentsPages: 'Pages of the contents',
    chaptersFrom: (first: number, last: number, total: number) => `Chapters ${first} to ${last} of ${total}`,
    readingTime: (minutes: number) => `${minutes} min read`,
  },

  chapter: {
    kicker: (order: number, total: number) => `Chapter ${order} of ${total}`,
    covers: 'Covers',
    readingTime: 'Reading time',
    minutes: (n: number) => `${n} min`,
    asOf: 'As of',
    updated: 'Last updated',
    keyNumbers: 'Key numbers',
    /** The box of plain-language points at the top of a chapter. */
    inBrief: 'In brief',
    contents: 'Chapter contents',
    inThisChapter: 'In this chapter',
    /** The heading of the footnotes, which are the chapter's sources. */
    sources: 'Sources',
    keyDates: 'Key dates',
    fullTimeline: 'Full timeline',
    cite: 'Cite this chapter',
    citation: (title: string, site: Part, updated: string, url: string) => [`“${title}.” `, site, `. Last updated ${updated}. ${url}`],
    citeHint: 'Click or tap the citation to select all of it, then copy.',
    prevNext: 'Previous and next chapters',
    previous: (order: number) => `← Previous: chapter ${order}`,
    next: (order: number) => `Next: chapter ${order} →`,
    headingLink: (heading: string) => `Link to this section: ${heading}`,
    /** A link at the head of the notes for keyboard users, past them to what follows (about 100 tab stops). */
    skipNotes: (next: string) => `Skip the sources, to ${next}`,
    postscript: 'Postscript, written after the as-of date',
    postscriptLabel: (date: Part) => ['Postscript · written ', date, ', after the as-of date'],
    /** The name of the region that holds a table (it scrolls when too wide), from its column headings. */
    table: (headings: string[]) => (headings.length ? `Table: ${headings.join(', ')}` : 'Table'),
    /** "chapter 2, Round one", in the timeline and the who's who. */
    reference: (order: number, shortTitle: string) => `chapter ${order}, ${shortTitle}`,
  },

  /** The editions in other languages: the language switcher, and what a translated page says about its translation. */
  editions: {
    /** The name of the language switcher (a navigation landmark); each link is labelled in its own language. */
    label: 'Other languages',
    /** Near the top of a translated chapter: which English edition it translates (a date), and a link to the English page. */
    translationOf: (date: Part, original: Part) => ['This chapter is a translation of the English edition of ', date, '. ', original, '.'],
    /** The link to the English page. */
    original: 'Read the English original',
    /** The English chapter has changed since the translation was made (its sha256 no longer matches). */
    outdated: 'The English chapter has been revised since this translation was made; the English original may say more.',
    /** A chapter with no translation yet: its page leads to the English chapter (editions.original). */
    fallback: 'This chapter has not been translated yet.',
  },

  /** The translation status page: which chapters and lists each translated edition has, and whether each is current. */
  translations: {
    title: 'Translations',
    description: 'Which chapters and lists of the explainer are translated into Dari and Pashto, and whether each translation still matches the English.',
    intro: 'The explainer is written in English. For each translation, this page shows which chapters and lists are translated, and whether each translation still matches the English text it was made from.',
    part: 'Part',
    state: 'Translation',
    current: 'Translated, up to date',
    outdated: (date: string) => `Translated on ${date}; the English has changed since`,
    fallback: 'Not translated yet: shown in English',
    otherChapters: (n: number) => `The other ${n} chapters`,
    entries: (n: number, total: number) => `${n} of ${total} entries translated; the rest are shown in English`,
    troopLevels: 'Troop levels',
    link: 'Translation status',
  },

  /** The links between the pages of a list too long for one (the timeline, the contents). */
  pager: {
    previous: '← Previous page',
    next: 'Next page →',
  },

  timeline: {
    title: 'Timeline',
    description: (n: number, from: number, to: number) => `The ${n} dated events of the explainer, from ${from} to ${to}, each with its sources.`,
    intro: (n: number, chapters: number, from: number, to: number) =>
      `The ${n} dated events behind the ${count(chapters)} chapters, from ${from} to ${to}. Dates are only as precise as the sources allow: a month or a year stands where the day is not known.`,
    ofChapter: (shortTitle: string) => `Timeline: ${shortTitle}`,
    ofChapterDescription: (n: number, order: number, title: string) => `The ${n} dated events told in chapter ${order}, ${title}.`,
    ofChapterIntro: (n: number, order: number, chapter: Part) => [`The ${n} dated events told in chapter ${order}, `, chapter, '.'],
    filter: 'Show events by chapter',
    /** The list of year links beside (or above) the events. */
    years: 'Go to a year',
    all: 'All',
    note: 'Note:',
    moreIn: (chapter: Part) => ['More in ', chapter, '.'],
    sources: 'Sources:',
    dataLabel: 'all events',
    /** The whole timeline past TIMELINE_PAGE_EVENTS events: the links between its pages. */
    pages: 'Pages of the timeline',
    page: (n: number, total: number) => `Page ${n} of ${total}`,
  },

  people: {
    title: 'Who’s who',
    index: 'Names on this page',
    description: (n: number) => `The ${n} people, organisations and countries in the explainer: who they are, their role, and where they appear.`,
    intro: (chapters: number) =>
      `The people, organisations and countries that the ${count(chapters)} chapters mention, with their part in the story, the chapters they appear in and the sources for what is said about them.`,
    groups: { person: 'People', organisation: 'Organisations', country: 'Countries' },
    appearsIn: 'Appears in',
    sources: 'Sources',
    dataLabel: 'the whole list',
  },

  glossary,

  dataLinks: {
    text: (label: string, csv: Part, json: Part) => [`Open data: ${label} as `, csv, ' or ', json, '.'],
    print: 'Print or save the whole explainer',
  },

  search,

  offline: {
    title: 'Read offline',
    description: 'Keep the explainer on this device, to read and search it with no connection.',
    /** What every first visit keeps: `chapters` from the first ("all" when that is every one), and the main pages or not. */
    kept: (chapters: number | 'all', main: boolean) => {
      const pages = [main && 'the home page', chapters === 'all' ? 'every chapter' : `the first ${count(chapters)} chapters`, main && 'the timeline', main && 'who’s who'];
      return `After your first visit, this browser keeps ${pages.filter(Boolean).join(', ')} and search on this device, so they open with no connection.`;
    },
    /** `wholeIndex`: every search works offline after the first visit, not only the searches made before. */
    later: (wholeIndex: boolean): string =>
      wholeIndex
        ? 'Any other page, such as a chapter’s own timeline or the open data, is kept once you have opened it.'
        : 'Any other page is kept once you have opened it, and search finds offline what you have searched for before.',
    saveHeading: 'Save the whole explainer',
    needsJs: 'Reading offline needs JavaScript: with it switched off, the explainer can only be read online.',
    print: 'The print edition is kept once you have opened it.',
    updatesHeading: 'When the explainer is updated',
    updates:
      'A bar at the bottom of the page offers the new version: reload to read it. Until then the open pages stay as they are, so no page mixes the old version with the new. A saved copy belongs to one version: after an update, save again.',
    where: 'Browsers keep sites for offline reading only when they are served over HTTPS or from localhost.',
    control: offlineSave,
    /** In the table, like search.results, so that an edition's translation must carry the bar's words too. */
    update: updatePrompt,
  },

  about: {
    title: 'About this explainer',
    description: 'Who writes the explainer, how it chooses its sources and checks its facts, how it is translated, and why it tracks no one.',
  },

  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Search the explainer or pick a chapter.',
    text: 'There is no page at this address. It may have been mistyped, or the link that brought you here is out of date.',
    search: 'Search the explainer',
    button: 'Search',
    chapters: 'The chapters',
    home: 'Go to the home page',
    offline: (link: Part) => ['Reading offline? Pages you have not opened are not on this device yet: ', link, ' keeps them all.'],
    offlineLink: 'Save the whole explainer for offline reading',
  },

  print: {
    title: 'The whole explainer, for printing',
    description: (chapters: number, site: string) =>
      `All ${count(chapters)} chapters, the timeline and who’s who of ${site} on one page, for printing or saving as a PDF.`,
    intro: (chapters: number, date: Part) => [
      `The whole explainer on one page: ${count(chapters)} chapters with their sources, the timeline, who’s who and the US troop levels. The account stands as of `,
      date,
      '; the last chapter ends with a dated postscript on what happened afterwards.',
    ],
    how: 'To print it or save it as a PDF, use your browser’s Print command (Ctrl+P, or ⌘P on a Mac), or this button.',
    button: 'Print or save as PDF',
    contents: 'Contents',
    timeline: 'Timeline',
    people: 'Who’s who',
    /** The appendix with every figure of the troop chart, which the chapters show without its table. */
    troops: 'Appendix: US troop levels',
    /** On paper, under the contents. */
    addresses: 'The address of each source is printed the first time the source is cited.',
    kicker: (order: number) => `Chapter ${order}`,
    facts: (period: string, asOf: Part, updated: Part) => [`Covers ${period} · As of `, asOf, ' · Last updated ', updated],
  },

  troopChart: {
    title: (from: number, to: number) => `US troops in Afghanistan, ${from}–${to}`,
    /** The chart's panels: the whole series, then its last years enlarged. */
    panel: (from: number, to: number) => `US troops, ${from}–${to}`,
    zoom: (from: number, to: number) => `${from}–${to}, enlarged (shaded above)`,
    figure: (approximate: boolean, troops: string, onDay: boolean, date: string) => `${approximate ? 'about ' : ''}${troops} ${onDay ? 'on' : 'in'} ${date}`,
    description: (reported: number, official: number, first: string, peak: string, last: string) =>
      `Line chart of ${reported} reported counts, with ${official} official levels marked separately: US troops rose from ${first} to a peak of ${peak}, then fell to ${last}. Every figure is in the table below the chart.`,
    legend: {
      reported: 'Reported count of troops present (joined by the line)',
      official: 'Official level: a cap or stated figure, not joined to the counts',
      approximate: 'Hollow = approximate (the source says "about" or gives a range)',
    },
    caption: (publishers: string) =>
      `Sources: ${publishers}. The counts are the best available point estimates, taken at different times of year, not a uniform year-end series. Official levels (caps and stated figures) often differed from the number actually there, so they are marked apart and never joined to the line.`,
    tableLink: 'Every figure as a table, with its basis, note and sources',
    data: (csv: Part, json: Part, about: Part) => ['Data: ', csv, ', ', json, ' (', about, ').'],
    csv: 'CSV',
    json: 'JSON',
    aboutData: 'about the open data',
    showTable: 'Show the data as a table',
    tableCaption: (title: string) => `${title}: every figure in the chart`,
    columns: { date: 'Date', troops: 'US troops', basis: 'Basis', approximate: 'Approximate?', note: 'Note', sources: 'Sources' },
    yes: 'Yes',
    no: 'No',
    basis: { reported: 'Reported count', official: 'Official level' },
    /** A figure's chart label, leading its note in the table. */
    annotation: (label: string) => `${label}.`,
  },

  locatorMap: {
    title: 'Afghanistan, its neighbours and the places of the talks',
    /** Country names drawn on the map, by the atlas's ISO 3166-1 numeric id. */
    countries: { '004': 'AFGHANISTAN', '364': 'IRAN', '586': 'PAKISTAN', '795': 'TURKMENISTAN', '356': 'INDIA', '512': 'OMAN' } as Record<string, string>,
    places: {
      kabul: { name: 'Kabul', role: 'the capital of Afghanistan' },
      kandahar: { name: 'Kandahar', role: 'the southern city around which the Taliban emerged in 1994' },
      islamabad: { name: 'Islamabad', role: 'the capital of Pakistan, near Murree, where the Afghan government first met the Taliban officially in July 2015' },
      doha: { name: 'Doha', role: 'the capital of Qatar, home of the Taliban’s political office from 2013, where the US–Taliban agreement was signed on 29 February 2020 and the talks between Afghans opened on 12 September 2020' },
      abuDhabi: { name: 'Abu Dhabi', role: 'the capital of the United Arab Emirates, where US and Taliban negotiators met on 17 December 2018' },
      moscow: { name: 'Moscow', role: 'where the Taliban met Afghan opposition politicians on 5–6 February 2019' },
    },
    /** The arrow at the map's edge for a place beyond it. */
    beyond: (name: string, km: string) => `${name}, ${km} km`,
    beyondRole: (role: string, km: string) => `${role} (off the map, about ${km} km north-west of Kabul; the arrow at the edge points to it)`,
    description: (places: string) => `Map of Afghanistan and the countries around it, with Afghanistan shaded. Marked: ${places}.`,
    place: (name: string, role: string) => `${name}, ${role}`,
    credit: 'Boundaries: Natural Earth (public domain), which draws them as they stand on the ground (de facto), not as any party claims them; disputed lines, such as those in Kashmir and the Durand Line between Afghanistan and Pakistan, appear as that data draws them, implying no view on them. Places: GeoNames (CC BY 4.0).',
  },

  shareCard: {
    /** The image's alt text (og:image:alt): what the card shows. */
    alt: (title: string, site: string) => `“${title}”, from ${site}, beside an outline map of Afghanistan.`,
    kicker: (order: number) => `Chapter ${order}`,
    /** Along the top of the home page's card. */
    home: (chapters: number) => `An explainer in ${chapters} chapters, with a timeline and a who’s who`,
    asOf: (date: string) => `The account as of ${date}`,
  },

  sources: {
    /** "Title (Publisher)" in short source lists. */
    publisher: (publisher: string) => `(${publisher})`,
  },

  commitments,

  data,
};
