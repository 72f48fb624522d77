/**
 * Every reader-facing string of the Pashto edition; the open-data page and the data files' field
 * documentation are in open-data.ts. The keys are those of src/i18n/en/ (the `satisfies` checks the shape).
 * Strings that hold a link or an emphasis are functions whose arguments are the rendered parts, in reading
 * order, so that the translation can move them.
 */
import type en from '../en/index.ts';
import commitments from './commitments.ts';
import glossary from './glossary.ts';
import data from './open-data.ts';
import { count, plural, strong, type Part } from './words.ts';
import { offlineSave, searchResults, updatePrompt } from './browser.ts';

export { searchResults, offlineSave, updatePrompt } from './browser.ts';

const search = {
  title: 'لټون',
  description: 'په ټولو فصلونو، مهال وېش او «څوک څوک دی» کې یو نوم، نېټه یا اصطلاح ولټوئ.',
  needsJs: (home: Part) => ['لټون ستاسو په براوزر کې چلېږي او JavaScript ته اړتیا لري. که بند وي، ټول فصلونه بیا هم په ', home, ' کې لیست شوي دي.'],
  needsJsInKiwix: 'په کیویکس کې د هرې پاڼې په سر کې د لټون خانه بیا هم کار کوي: د کیویکس په خپل بشپړ متني لټون لټوي.',
  homePage: 'کور پاڼه',
  label: 'په ټولو فصلونو، مهال وېش او «څوک څوک دی» کې لټون',
  button: 'لټون',
  dialogTitle: 'لټون',
  keys: '↑ ↓ د تګ لپاره · Enter د پرانیستلو لپاره · Esc د بندولو لپاره',
  close: 'بندول',
  // The filters' words are the search script's too, which draws the dialog's filters (src/lib/filter-panel.ts).
  filters: searchResults.legends,
  all: searchResults.all,
  types: searchResults.types,
  moreLabel: searchResults.moreLabel,
  results: searchResults,
};

export default {
  site: {
    title: 'د افغانستان د سولې خبرې، په ساده ژبه',
    shortTitle: 'د افغانستان د سولې خبرې',
    description:
      'د 2018–2021 د افغانستان د سولې بهیر څنګه پیل شو، د 29 فبروري 2020 د امریکا او طالبانو تړون څه ویل، د طالبانو او افغان حکومت ترمنځ خبرې ولې ودرېدې، او څه شی په خطر کې و.',
    /** Appended to every page title. */
    titleSeparator: ' · ',
  },

  layout: {
    skipLink: 'مطلب ته ورشئ',
    fileNotice: (command: Part, address: Part) => [
      strong('دا پاڼه د فایل په توګه پرانیستل شوې، نو لټون، بڼه او د پاڼو ترمنځ لینکونه کار نه کوي: دوی ویب سرور ته اړتیا لري.'),
      ' د تشریح په فولډر کې ',
      command,
      ' وچلوئ او ',
      address,
      ' پرانیزئ (HOW-TO-SERVE.txt، په ښکته شوي بسته کې، نورې لارې ښيي).',
    ],
  },

  header: {
    /** The header's navigation: the chapters, then the other sections. */
    nav: 'سایټ',
    allChapters: (n: number) => `ټول ${n} فصلونه`,
    search: 'په سایټ کې لټون',
    searchLabel: 'په تشریح کې لټون',
    searchPlaceholder: 'لټون  ( / )',
    searchButton: 'لټون',
    darkMode: 'تیاره بڼه',
    /** The button that opens the list of chapters and sections on narrow screens. */
    menu: 'مېنو',
    print: 'چاپ',
  },

  footer: {
    about:
      'یوه خپلواکه او بې پلوه تشریح ده. بیان یې د 2021 کال تر پیل پورې دی، او وروستی فصل وايي چې وروسته څه وشول. هر فصل خپلې سرچینې لیست کوي.',
    home: 'کور',
    timeline: 'مهال وېش',
    people: 'څوک څوک دی',
    commitments: 'تړون څه ژمنې کړې وې',
    glossary: 'وییپانګه',
    search: 'لټون',
    data: 'خلاص معلومات',
    offline: 'بې انټرنېټه لوستل',
    print: 'ټوله تشریح چاپ کړئ',
    printChapter: 'دا فصل چاپ کړئ',
    aboutLink: 'زموږ په اړه',
  },

  home: {
    intro: (n: number) =>
      `د 2020 کال په فبروري کې امریکا له طالبانو سره یو تړون لاسلیک کړ چې خپل سرتېري له افغانستانه وباسي، او طالبانو ومنله چې له افغان حکومت سره خبرې پیل کړي. دا تشریح په ${count(n)} لنډو فصلونو کې ښيي چې د سولې دا بهیر څنګه پیل شو، تړون څه ویل، د افغانانو ترمنځ خبرې ولې ودرېدې، او څه شی په خطر کې و.`,
    asOf: (date: Part) => [
      'دا بیان تر ',
      date,
      ' پورې دی. طالبانو د 2021 کال په اګست کې کابل ونیو؛ وروستی فصل په یوه نېټه لرونکي پایلیک پای ته رسېږي چې له هغې نېټې وروسته پېښې بیانوي.',
    ],
    chapters: (n: number) => `${count(n)} فصلونه`,
    explore: 'نور وګورئ',
    links: {
      timeline: { title: 'مهال وېش', text: (from: number, to: number) => `له ${from} څخه تر ${to} پورې هره نېټه لرونکې پېښه، د کال او فصل له مخې` },
      people: { title: 'څوک څوک دی', text: 'هغه کسان، ډلې او هېوادونه چې پکې ښکېل وو' },
      commitments: { title: 'تړون څه ژمنې کړې وې', text: 'د فبروري 2020 د تړون هره ژمنه، او چې څه پرې وشول' },
      glossary: { title: 'وییپانګه', text: 'د هغو اصطلاحګانو ساده تعریفونه چې فصلونه یې کاروي' },
      search: { title: 'لټون', text: 'په ټولو فصلونو کې یو نوم، نېټه یا اصطلاح ومومئ' },
      print: { title: 'چاپ یا خوندي کول', text: 'ټوله تشریح په یوه پاڼه کې' },
      offline: { title: 'بې انټرنېټه لوستل', text: 'ټوله تشریح په دې وسیله کې وساتئ' },
    },
    cardNumber: (order: number) => `فصل ${order}: `,
    contentsPages: 'د فصلونو د لړلیک پاڼې',
    chaptersFrom: (first: number, last: number, total: number) => `له ${total} فصلونو ${first} تر ${last} پورې`,
    readingTime: (minutes: number) => `د ${minutes} دقیقو لوست`,
  },

  chapter: {
    kicker: (order: number, total: number) => `فصل ${order} له ${total} څخه`,
    covers: 'موده',
    readingTime: 'د لوست وخت',
    minutes: (n: number) => `${n} دقیقې`,
    asOf: 'د بیان نېټه',
    updated: 'وروستی تازه کول',
    keyNumbers: 'مهمې شمېرې',
    /** The box of plain-language points at the top of a chapter. */
    inBrief: 'په لنډه توګه',
    contents: 'د فصل منځپانګه',
    inThisChapter: 'په دې فصل کې',
    /** The heading of the footnotes, which are the chapter's sources. */
    sources: 'سرچینې',
    keyDates: 'مهمې نېټې',
    fullTimeline: 'بشپړ مهال وېش',
    cite: 'دا فصل داسې یاد کړئ',
    citation: (title: string, site: Part, updated: string, url: string) => [`«${title}». `, site, `. وروستی تازه کول ${updated}. ${url}`],
    citeHint: 'د ټولې حوالې د ټاکلو لپاره پرې کلیک یا ټک وکړئ، بیا یې کاپي کړئ.',
    prevNext: 'مخکنی او راتلونکی فصل',
    previous: (order: number) => `→ مخکنی: فصل ${order}`,
    next: (order: number) => `راتلونکی: فصل ${order} ←`,
    headingLink: (heading: string) => `دې برخې ته لینک: ${heading}`,
    postscript: 'پایلیک، چې د بیان له نېټې وروسته لیکل شوی',
    postscriptLabel: (date: Part) => ['پایلیک · په ', date, ' لیکل شوی، د بیان له نېټې وروسته'],
    /** The name of the region that holds a table (it scrolls when too wide), from its column headings. */
    table: (headings: string[]) => (headings.length ? `جدول: ${headings.join('، ')}` : 'جدول'),
    /** "chapter 2, Round one", in the timeline and the who's who. */
    reference: (order: number, shortTitle: string) => `فصل ${order}، ${shortTitle}`,
    skipNotes: (next: string) => `له سرچینو تېرېدل، ${next} ته`,
  },

  /** The editions in other languages: the language switcher, and what a translated page says about its translation. */
  editions: {
    label: 'نورې ژبې',
    translationOf: (date: Part, original: Part) => ['دا فصل د ', date, ' نېټې د انګلیسي نسخې ژباړه ده. ', original, '.'],
    original: 'انګلیسي اصلي متن ولولئ',
    outdated: 'انګلیسي فصل د دې ژباړې وروسته بیاکتل شوی دی؛ کېدای شي انګلیسي اصلي متن نور مطالب هم ولري.',
    fallback: 'دا فصل لا نه دی ژباړل شوی.',
  },

  /** The translation status page: which chapters and lists each translated edition has, and whether each is current. */
  translations: {
    title: 'ژباړې',
    description: 'د دې توضیحي لارښود کوم فصلونه او لېستونه دري او پښتو ته ژباړل شوي، او ایا هره ژباړه لا هم د انګلیسي متن سره سمون لري.',
    intro: 'دا لارښود په انګلیسي لیکل کېږي. دا پاڼه د هرې ژباړې لپاره ښيي چې کوم فصلونه او لېستونه ژباړل شوي، او ایا هره ژباړه لا هم د هغه انګلیسي متن سره سمون لري چې ترې ژباړل شوې ده.',
    part: 'برخه',
    state: 'ژباړه',
    current: 'ژباړل شوی او تازه',
    outdated: (date: string) => `په ${date} ژباړل شوی؛ انګلیسي متن له هغه وروسته بدل شوی دی`,
    fallback: 'لا نه دی ژباړل شوی: په انګلیسي ښودل کېږي',
    otherChapters: (n: number) => `نور ${n} فصلونه`,
    entries: (n: number, total: number) => `له ${total} څخه ${n} توکي ژباړل شوي؛ پاتې په انګلیسي ښودل کېږي`,
    troopLevels: 'د عسکرو شمېر',
    link: 'د ژباړې حالت',
  },

  pager: {
    previous: '→ مخکنۍ پاڼه',
    next: 'راتلونکې پاڼه ←',
  },

  timeline: {
    title: 'مهال وېش',
    description: (n: number, from: number, to: number) => `د دې تشریح ${n} نېټه لرونکې پېښې، له ${from} څخه تر ${to} پورې، هره یوه له خپلو سرچینو سره.`,
    intro: (n: number, chapters: number, from: number, to: number) =>
      `د ${count(chapters)} فصلونو تر شا ${n} نېټه لرونکې پېښې، له ${from} څخه تر ${to} پورې. نېټې یوازې تر هغه حده دقیقې دي چې سرچینې اجازه ورکوي: چېرې چې ورځ معلومه نه وي، میاشت یا کال راغلی.`,
    ofChapter: (shortTitle: string) => `مهال وېش: ${shortTitle}`,
    ofChapterDescription: (n: number, order: number, title: string) => `هغه ${n} نېټه لرونکې پېښې چې په فصل ${order}، ${title}، کې بیان شوې.`,
    ofChapterIntro: (n: number, order: number, chapter: Part) => [`هغه ${n} نېټه لرونکې پېښې چې په فصل ${order}، `, chapter, '، کې بیان شوې.'],
    filter: 'پېښې د فصل له مخې وښیه',
    years: 'یو کال ته ورشئ',
    all: 'ټول',
    note: 'یادښت:',
    moreIn: (chapter: Part) => ['نور په ', chapter, ' کې.'],
    sources: 'سرچینې:',
    dataLabel: 'ټولې پېښې',
    pages: 'د مهال وېش پاڼې',
    page: (n: number, total: number) => `پاڼه ${n} له ${total} څخه`,
  },

  people: {
    title: 'څوک څوک دی',
    index: 'په دې پاڼه کې نومونه',
    description: (n: number) => `په دې تشریح کې ${n} کسان، سازمانونه او هېوادونه: دوی څوک دي، ونډه یې څه وه، او چېرې راغلي.`,
    intro: (chapters: number) =>
      `هغه کسان، سازمانونه او هېوادونه چې ${count(chapters)} واړه فصلونه یې یادوي، په کیسه کې له خپلې ونډې، هغو فصلونو چې پکې راغلي او د هغو خبرو له سرچینو سره چې د دوی په اړه شوې.`,
    groups: { person: 'کسان', organisation: 'سازمانونه', country: 'هېوادونه' },
    appearsIn: 'راغلي په',
    sources: 'سرچینې',
    dataLabel: 'ټول لیست',
  },

  glossary,

  dataLinks: {
    text: (label: string, csv: Part, json: Part) => [`خلاص معلومات: ${label} د `, csv, ' یا ', json, ' په بڼه.'],
    print: 'ټوله تشریح چاپ یا خوندي کړئ',
  },

  search,

  offline: {
    title: 'بې انټرنېټه لوستل',
    description: 'تشریح په دې وسیله کې وساتئ، څو یې بې انټرنېټه ولولئ او پکې لټون وکړئ.',
    /** What every first visit keeps: `chapters` from the first ("all" when that is every one), and the main pages or not. */
    kept: (chapters: number | 'all', main: boolean) => {
      const pages = [main && 'کور پاڼه', chapters === 'all' ? 'ټول فصلونه' : `لومړي ${count(chapters)} فصلونه`, main && 'مهال وېش', main && '«څوک څوک دی»'];
      return `ستاسو له لومړي ځل راتګ وروسته، دا براوزر ${pages.filter(Boolean).join('، ')} او لټون په دې وسیله کې ساتي، نو بې انټرنېټه پرانیستل کېږي.`;
    },
    /** `wholeIndex`: every search works offline after the first visit, not only the searches made before. */
    later: (wholeIndex: boolean): string =>
      wholeIndex
        ? 'هره بله پاڼه، لکه د یوه فصل خپل مهال وېش یا خلاص معلومات، کله چې مو یو ځل پرانیسته، ساتل کېږي.'
        : 'هره بله پاڼه کله چې مو یو ځل پرانیسته، ساتل کېږي، او لټون بې انټرنېټه هغه څه مومي چې تاسو مخکې لټولي وو.',
    saveHeading: 'ټوله تشریح خوندي کړئ',
    needsJs: 'بې انټرنېټه لوستل JavaScript ته اړتیا لري: که بند وي، تشریح یوازې له انټرنېټ سره لوستل کېدای شي.',
    print: 'د چاپ نسخه کله چې مو یو ځل پرانیسته، ساتل کېږي.',
    updatesHeading: 'کله چې تشریح تازه شي',
    updates:
      'د پاڼې په ښکته برخه کې یوه پټۍ نوې نسخه وړاندې کوي: د لوستلو لپاره یې پاڼه بیا پورته کړئ. تر هغه وخته پرانیستې پاڼې هماغسې پاتې کېږي، نو هېڅ پاڼه زړه نسخه له نوې سره نه ګډوي. خوندي شوې نسخه د یوې نسخې ده: له تازه کېدو وروسته یې بیا خوندي کړئ.',
    where: 'براوزرونه سایټونه د بې انټرنېټه لوستلو لپاره یوازې هغه وخت ساتي چې له HTTPS یا localhost نه وښودل شي.',
    control: offlineSave,
    /** In the table, like search.results, so that an edition's translation must carry the bar's words too. */
    update: updatePrompt,
  },

  about: {
    title: 'د دې تشریح په اړه',
    description: 'دا تشریح څوک لیکي، سرچینې یې څنګه ټاکل کېږي او حقایق یې څنګه کتل کېږي، څنګه ژباړل کېږي، او ولې د هېچا څارنه نه کوي.',
  },

  notFound: {
    title: 'پاڼه ونه موندل شوه',
    description: 'دا پاڼه نشته. په تشریح کې لټون وکړئ یا یو فصل وټاکئ.',
    text: 'په دې پته هېڅ پاڼه نشته. ښايي پته غلطه لیکل شوې وي، یا هغه لینک چې تاسو یې دلته راوستي یاست، زوړ شوی وي.',
    search: 'په تشریح کې لټون',
    button: 'لټون',
    chapters: 'فصلونه',
    home: 'کور پاڼې ته ورشئ',
    offline: (link: Part) => ['بې انټرنېټه لولئ؟ هغه پاڼې چې تاسو نه دي پرانیستې، لا په دې وسیله کې نه دي: ', link, ' ټولې ساتي.'],
    offlineLink: 'ټوله تشریح د بې انټرنېټه لوستلو لپاره خوندي کړئ',
  },

  print: {
    title: 'ټوله تشریح، د چاپ لپاره',
    description: (chapters: number, site: string) =>
      `د ${site} ټول ${count(chapters)} فصلونه، مهال وېش او «څوک څوک دی» په یوه پاڼه کې، د چاپ یا PDF په توګه د خوندي کولو لپاره.`,
    intro: (chapters: number, date: Part) => [
      `ټوله تشریح په یوه پاڼه کې: ${count(chapters)} فصلونه له خپلو سرچینو سره، مهال وېش، «څوک څوک دی» او د امریکا د سرتېرو شمېر. دا بیان تر `,
      date,
      ' پورې دی؛ وروستی فصل په یوه نېټه لرونکي پایلیک پای ته رسېږي چې وروسته پېښې بیانوي.',
    ],
    how: 'د چاپ یا PDF په توګه د خوندي کولو لپاره، د خپل براوزر د چاپ (Print) امر (Ctrl+P، یا په Mac کې ⌘P) یا دا تڼۍ وکاروئ.',
    button: 'چاپ یا د PDF په توګه خوندي کول',
    contents: 'منځپانګه',
    timeline: 'مهال وېش',
    people: 'څوک څوک دی',
    /** The appendix with every figure of the troop chart, which the chapters show without its table. */
    troops: 'ضمیمه: د امریکا د سرتېرو شمېر',
    /** On paper, under the contents. */
    addresses: 'د هرې سرچینې پته هغه وخت چاپېږي چې سرچینه لومړی ځل یادېږي.',
    kicker: (order: number) => `فصل ${order}`,
    facts: (period: string, asOf: Part, updated: Part) => [`موده: ${period} · د بیان نېټه: `, asOf, ' · وروستی تازه کول: ', updated],
  },

  troopChart: {
    title: (from: number, to: number) => `په افغانستان کې د امریکا سرتېري، ${from}–${to}`,
    /** The chart's panels: the whole series, then its last years enlarged. */
    panel: (from: number, to: number) => `د امریکا سرتېري، ${from}–${to}`,
    zoom: (from: number, to: number) => `${from}–${to}، لوی شوی (پورته سیوري شوې برخه)`,
    figure: (approximate: boolean, troops: string, onDay: boolean, date: string) => `${approximate ? 'شاوخوا ' : ''}${troops}، ${onDay ? `په ${date}` : `په ${date} کې`}`,
    description: (reported: number, official: number, first: string, peak: string, last: string) =>
      `د ${reported} راپور شویو شمېرو کرښه ییز چارټ، چې ${official} رسمي کچې پکې جلا په نښه شوې: د امریکا سرتېري له ${first} څخه تر ${peak} لوړې کچې ته ورسېدل، بیا ${last} ته راټیټ شول. هره شمېره د چارټ لاندې په جدول کې ده.`,
    legend: {
      reported: 'د شته سرتېرو راپور شوی شمېر (په کرښه سره نښلول شوي)',
      official: 'رسمي کچه: سقف یا اعلان شوې شمېره، له راپور شویو شمېرو سره نه ده نښلول شوې',
      approximate: 'تش = اټکلي (سرچینه «شاوخوا» وايي یا یو واټن ورکوي)',
    },
    caption: (publishers: string) =>
      `سرچینې: ${publishers}. دا شمېرې تر ټولو ښه شته اټکلونه دي، چې د کال په بېلابېلو وختونو کې اخیستل شوي، د کال د پای یو شان لړۍ نه ده. رسمي کچې (سقفونه او اعلان شوې شمېرې) اکثره له هغه شمېر سره توپیر درلود چې په رښتیا هلته وو، نو جلا په نښه شوې او هېڅکله له کرښې سره نه دي نښلول شوې.`,
    tableLink: 'هره شمېره د جدول په بڼه، له خپلې بنسټ، یادښت او سرچینو سره',
    data: (csv: Part, json: Part, about: Part) => ['معلومات: ', csv, '، ', json, ' (', about, ').'],
    csv: 'CSV',
    json: 'JSON',
    aboutData: 'د خلاصو معلوماتو په اړه',
    showTable: 'معلومات د جدول په بڼه وښیه',
    tableCaption: (title: string) => `${title}: د چارټ هره شمېره`,
    columns: { date: 'نېټه', troops: 'د امریکا سرتېري', basis: 'بنسټ', approximate: 'اټکلي؟', note: 'یادښت', sources: 'سرچینې' },
    yes: 'هو',
    no: 'نه',
    basis: { reported: 'راپور شوی شمېر', official: 'رسمي کچه' },
    /** A figure's chart label, leading its note in the table. */
    annotation: (label: string) => `${label}.`,
  },

  locatorMap: {
    title: 'افغانستان، ګاونډیان یې او د خبرو ځایونه',
    /** Country names drawn on the map, by the atlas's ISO 3166-1 numeric id. */
    countries: { '004': 'افغانستان', '364': 'ایران', '586': 'پاکستان', '795': 'ترکمنستان', '356': 'هند', '512': 'عمان' } as Record<string, string>,
    places: {
      kabul: { name: 'کابل', role: 'د افغانستان پلازمېنه' },
      kandahar: { name: 'کندهار', role: 'هغه سوېلی ښار چې په 1994 کې طالبان د هغه په شاوخوا کې راڅرګند شول' },
      islamabad: { name: 'اسلام آباد', role: 'د پاکستان پلازمېنه، مري ته نږدې، چېرې چې افغان حکومت د 2015 کال په جولای کې لومړی ځل په رسمي ډول له طالبانو سره ولید' },
      doha: { name: 'دوحه', role: 'د قطر پلازمېنه، له 2013 راهیسې د طالبانو د سیاسي دفتر ځای، چېرې چې د امریکا او طالبانو تړون په 29 فبروري 2020 لاسلیک شو او د افغانانو ترمنځ خبرې په 12 سپتمبر 2020 پیل شوې' },
      abuDhabi: { name: 'ابوظبي', role: 'د متحده عربي اماراتو پلازمېنه، چېرې چې د امریکا او طالبانو مرکچیان په 17 دسمبر 2018 سره ولیدل' },
      moscow: { name: 'مسکو', role: 'چېرې چې طالبانو په 5–6 فبروري 2019 له افغان اپوزیسیون سیاستوالو سره ولیدل' },
    },
    /** The arrow at the map's edge for a place beyond it. */
    beyond: (name: string, km: string) => `${name}، ${km} کیلومتره`,
    beyondRole: (role: string, km: string) => `${role} (له نقشې بهر، د کابل شمال لوېدیځ ته شاوخوا ${km} کیلومتره؛ د نقشې په څنډه غشی ورته اشاره کوي)`,
    description: (places: string) => `د افغانستان او شاوخوا هېوادونو نقشه، چې افغانستان پکې سیوري شوی. په نښه شوي: ${places}.`,
    place: (name: string, role: string) => `${name}، ${role}`,
    credit: 'پولې: Natural Earth (عامه ملکیت)، چې پولې هغسې انځوروي لکه په ځمکه چې دي (د عمل له مخې)، نه لکه څنګه چې کوم لوری یې ادعا کوي؛ شخړه لرونکې کرښې، لکه په کشمیر کې او د افغانستان او پاکستان ترمنځ د ډیورنډ کرښه، هغسې ښودل شوې لکه دا معلومات یې چې انځوروي، او پر هغو هېڅ نظر نه څرګندوي. ځایونه: GeoNames (CC BY 4.0).',
  },

  shareCard: {
    /** The image's alt text (og:image:alt): what the card shows. */
    alt: (title: string, site: string) => `«${title}»، له ${site} څخه، د افغانستان د نقشې د کرښو تر څنګ.`,
    kicker: (order: number) => `فصل ${order}`,
    /** Along the top of the home page's card. */
    home: (chapters: number) => `په ${chapters} فصلونو کې یوه تشریح، له مهال وېش او «څوک څوک دی» سره`,
    asOf: (date: string) => `بیان تر ${date} پورې`,
  },

  sources: {
    /** "Title (Publisher)" in short source lists. */
    publisher: (publisher: string) => `(${publisher})`,
  },

  commitments,

  data,
} satisfies typeof en;
