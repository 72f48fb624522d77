/**
 * Every reader-facing string of the Dari edition (lang "fa-AF", right to left); the open-data page and
 * the data files' field documentation are in open-data.ts. The keys are those of src/i18n/en/: the
 * `satisfies` clauses below make a missing or misspelt key a type error.
 */
import type en from '../en/index.ts';
import commitments from './commitments.ts';
import glossary from './glossary.ts';
import data from './open-data.ts';
import { count, plural, strong, type Part } from './words.ts';
import { offlineSave, searchResults, updatePrompt } from './browser.ts';

export { searchResults, offlineSave, updatePrompt } from './browser.ts';

const search = {
  title: 'جست‌وجو',
  description: 'در همه فصل‌ها، جدول زمانی و بخش دست‌اندرکاران، یک نام، یک تاریخ یا یک اصطلاح را جست‌وجو کنید.',
  needsJs: (home: Part) => ['جست‌وجو در مرورگر شما اجرا می‌شود و به JavaScript نیاز دارد. اگر خاموش باشد، همه فصل‌ها همچنان در ', home, ' فهرست شده‌اند.'],
  needsJsInKiwix: 'در کیویکس، خانهٔ جست‌وجو در بالای هر صفحه همچنان کار می‌کند: با جست‌وجوی متن کامل خود کیویکس جست‌وجو می‌کند.',
  homePage: 'صفحه اصلی',
  label: 'جست‌وجو در همه فصل‌ها، جدول زمانی و دست‌اندرکاران',
  button: 'جست‌وجو',
  dialogTitle: 'جست‌وجو',
  keys: '↑ ↓ برای حرکت · Enter برای باز کردن · Esc برای بستن',
  close: 'بستن',
  // The filters' words are the search script's too, which draws the dialog's filters (src/lib/filter-panel.ts).
  filters: searchResults.legends,
  all: searchResults.all,
  types: searchResults.types,
  moreLabel: searchResults.moreLabel,
  results: searchResults,
};

export default {
  site: {
    title: 'گفت‌وگوهای صلح افغانستان، به زبان ساده',
    shortTitle: 'گفت‌وگوهای صلح افغانستان',
    description:
      'روند صلح افغانستان در سال‌های 2018–2021 چگونه شکل گرفت، توافق‌نامه امریکا و طالبان در 29 فبروری 2020 چه می‌گفت، چرا گفت‌وگوهای طالبان و حکومت افغانستان متوقف شد، و چه چیزی در میان بود.',
    /** Appended to every page title. */
    titleSeparator: ' · ',
  },

  layout: {
    skipLink: 'رفتن به محتوا',
    fileNotice: (command: Part, address: Part) => [
      strong('این صفحه به شکل فایل باز شده است، بنابراین جست‌وجو، شکل‌بندی و پیوندهای میان صفحه‌ها کار نمی‌کنند: این‌ها به یک سرور وب نیاز دارند.'),
      ' در پوشه توضیح‌نامه، ',
      command,
      ' را اجرا کنید و ',
      address,
      ' را باز کنید (فایل HOW-TO-SERVE.txt در بسته دانلودشده، راه‌های دیگر را فهرست می‌کند).',
    ],
  },

  header: {
    /** The header's navigation: the chapters, then the other sections. */
    nav: 'سایت',
    allChapters: (n: number) => `همه ${n} فصل`,
    search: 'جست‌وجو در سایت',
    searchLabel: 'جست‌وجو در توضیح‌نامه',
    searchPlaceholder: 'جست‌وجو  ( / )',
    searchButton: 'جست‌وجو',
    darkMode: 'حالت تاریک',
    /** The button that opens the list of chapters and sections on narrow screens. */
    menu: 'فهرست',
    print: 'چاپ',
  },

  footer: {
    about:
      'یک توضیح‌نامه مستقل و بی‌طرف است. روایت آن تا اوایل 2021 است، و فصل آخر می‌گوید که پس از آن چه رخ داد. هر فصل منابع خود را فهرست می‌کند.',
    home: 'صفحه اصلی',
    timeline: 'جدول زمانی',
    people: 'دست‌اندرکاران',
    commitments: 'توافق‌نامه چه وعده‌هایی داد',
    glossary: 'واژه‌نامه',
    search: 'جست‌وجو',
    data: 'داده‌های باز',
    offline: 'خواندن بدون انترنت',
    print: 'چاپ تمام توضیح‌نامه',
    printChapter: 'چاپ این فصل',
    aboutLink: 'درباره ما',
  },

  home: {
    intro: (n: number) =>
      `در فبروری 2020 ایالات متحده با طالبان توافق‌نامه‌ای امضا کرد تا نیروهایش را از افغانستان بیرون کند، و طالبان پذیرفتند که با حکومت افغانستان گفت‌وگو را آغاز کنند. این توضیح‌نامه در ${count(n)} فصل کوتاه شرح می‌دهد که این روند صلح چگونه شکل گرفت، توافق‌نامه چه می‌گفت، چرا گفت‌وگوهای میان افغان‌ها متوقف شد، و چه چیزی در میان بود.`,
    asOf: (date: Part) => [
      'این روایت تا ',
      date,
      ' است. طالبان در اگست 2021 کابل را گرفتند؛ فصل آخر با پی‌نوشتی تاریخ‌دار درباره آنچه پس از آن تاریخ رخ داد پایان می‌یابد.',
    ],
    chapters: (n: number) => `${count(n)} فصل`,
    explore: 'بیشتر ببینید',
    links: {
      timeline: { title: 'جدول زمانی', text: (from: number, to: number) => `هر رویداد تاریخ‌دار از ${from} تا ${to}، به ترتیب سال و فصل` },
      people: { title: 'دست‌اندرکاران', text: 'افراد، گروه‌ها و کشورهایی که نقش داشتند' },
      commitments: { title: 'توافق‌نامه چه وعده‌هایی داد', text: 'هر وعده توافق فبروری 2020، و سرانجام آن' },
      glossary: { title: 'واژه‌نامه', text: 'تعریف‌های ساده اصطلاحاتی که فصل‌ها به کار می‌برند' },
      search: { title: 'جست‌وجو', text: 'یک نام، یک تاریخ یا یک اصطلاح را در همه فصل‌ها پیدا کنید' },
      print: { title: 'چاپ یا ذخیره', text: 'تمام توضیح‌نامه در یک صفحه' },
      offline: { title: 'خواندن بدون انترنت', text: 'تمام توضیح‌نامه را روی این دستگاه نگه دارید' },
    },
    cardNumber: (order: number) => `فصل ${order}: `,
    contentsPages: 'صفحه‌های فهرست فصل‌ها',
    chaptersFrom: (first: number, last: number, total: number) => `فصل‌های ${first} تا ${last} از ${total} فصل`,
    readingTime: (minutes: number) => `${minutes} دقیقه خواندن`,
  },

  chapter: {
    kicker: (order: number, total: number) => `فصل ${order} از ${total}`,
    covers: 'دوره',
    readingTime: 'زمان خواندن',
    minutes: (n: number) => `${n} دقیقه`,
    asOf: 'تا تاریخ',
    updated: 'آخرین به‌روزرسانی',
    keyNumbers: 'رقم‌های کلیدی',
    /** The box of plain-language points at the top of a chapter. */
    inBrief: 'به طور خلاصه',
    contents: 'محتوای فصل',
    inThisChapter: 'در این فصل',
    /** The heading of the footnotes, which are the chapter's sources. */
    sources: 'منابع',
    keyDates: 'تاریخ‌های کلیدی',
    fullTimeline: 'جدول زمانی کامل',
    cite: 'ارجاع به این فصل',
    citation: (title: string, site: Part, updated: string, url: string) => [`«${title}». `, site, `. آخرین به‌روزرسانی ${updated}. ${url}`],
    citeHint: 'برای انتخاب تمام ارجاع روی آن کلیک کنید یا بزنید، سپس کاپی کنید.',
    prevNext: 'فصل‌های قبلی و بعدی',
    previous: (order: number) => `→ قبلی: فصل ${order}`,
    next: (order: number) => `بعدی: فصل ${order} ←`,
    headingLink: (heading: string) => `پیوند به این بخش: ${heading}`,
    postscript: 'پی‌نوشت، نوشته‌شده پس از تاریخ روایت',
    postscriptLabel: (date: Part) => ['پی‌نوشت · نوشته‌شده در ', date, '، پس از تاریخ روایت'],
    /** The name of the region that holds a table (it scrolls when too wide), from its column headings. */
    table: (headings: string[]) => (headings.length ? `جدول: ${headings.join('، ')}` : 'جدول'),
    /** "chapter 2, Round one", in the timeline and the who's who. */
    reference: (order: number, shortTitle: string) => `فصل ${order}، ${shortTitle}`,
    skipNotes: (next: string) => `گذشتن از منابع، رفتن به ${next}`,
  },

  /** The editions in other languages: the language switcher, and what a translated page says about its translation. */
  editions: {
    label: 'زبان‌های دیگر',
    translationOf: (date: Part, original: Part) => ['این فصل ترجمه نسخه انگلیسی مورخ ', date, ' است. ', original, '.'],
    original: 'متن اصلی انگلیسی را بخوانید',
    outdated: 'فصل انگلیسی پس از این ترجمه بازنگری شده است؛ شاید متن اصلی انگلیسی مطالب بیشتری داشته باشد.',
    fallback: 'این فصل هنوز ترجمه نشده است.',
  },

  /** The translation status page: which chapters and lists each translated edition has, and whether each is current. */
  translations: {
    title: 'ترجمه‌ها',
    description: 'کدام فصل‌ها و فهرست‌های این توضیح‌نامه به دری و پښتو ترجمه شده‌اند، و آیا هر ترجمه هنوز با متن انگلیسی برابر است.',
    intro: 'این توضیح‌نامه به انگلیسی نوشته می‌شود. این صفحه برای هر ترجمه نشان می‌دهد که کدام فصل‌ها و فهرست‌ها ترجمه شده‌اند، و آیا هر ترجمه هنوز با متن انگلیسی‌ای که از آن ترجمه شده برابر است.',
    part: 'بخش',
    state: 'ترجمه',
    current: 'ترجمه شده و به‌روز',
    outdated: (date: string) => `در ${date} ترجمه شده؛ متن انگلیسی پس از آن تغییر کرده است`,
    fallback: 'هنوز ترجمه نشده: به انگلیسی نشان داده می‌شود',
    otherChapters: (n: number) => `${n} فصل دیگر`,
    entries: (n: number, total: number) => `${n} از ${total} مورد ترجمه شده؛ بقیه به انگلیسی نشان داده می‌شوند`,
    troopLevels: 'شمار سربازان',
    link: 'وضعیت ترجمه',
  },

  pager: {
    previous: '→ صفحه قبلی',
    next: 'صفحه بعدی ←',
  },

  timeline: {
    title: 'جدول زمانی',
    description: (n: number, from: number, to: number) => `${n} رویداد تاریخ‌دار این توضیح‌نامه، از ${from} تا ${to}، هرکدام با منابع آن.`,
    intro: (n: number, chapters: number, from: number, to: number) =>
      `${n} رویداد تاریخ‌دار در پشت ${count(chapters)} فصل، از ${from} تا ${to}. تاریخ‌ها تنها به اندازه‌ای دقیق‌اند که منابع اجازه می‌دهند: جایی که روز معلوم نیست، ماه یا سال آمده است.`,
    ofChapter: (shortTitle: string) => `جدول زمانی: ${shortTitle}`,
    ofChapterDescription: (n: number, order: number, title: string) => `${n} رویداد تاریخ‌دار که در فصل ${order}، ${title}، روایت شده‌اند.`,
    ofChapterIntro: (n: number, order: number, chapter: Part) => [`${n} رویداد تاریخ‌دار که در فصل ${order}، `, chapter, '، روایت شده‌اند.'],
    filter: 'نمایش رویدادها به ترتیب فصل',
    years: 'رفتن به یک سال',
    all: 'همه',
    note: 'یادداشت:',
    moreIn: (chapter: Part) => ['بیشتر در ', chapter, '.'],
    sources: 'منابع:',
    dataLabel: 'همه رویدادها',
    pages: 'صفحه‌های جدول زمانی',
    page: (n: number, total: number) => `صفحه ${n} از ${total}`,
  },

  people: {
    title: 'دست‌اندرکاران',
    index: 'نام‌های این صفحه',
    description: (n: number) => `${n} فرد، سازمان و کشور در این توضیح‌نامه: کیستند، چه نقشی داشتند، و در کجا آمده‌اند.`,
    intro: (chapters: number) =>
      `افراد، سازمان‌ها و کشورهایی که ${count(chapters)} فصل از آن‌ها نام می‌برند، با نقش آن‌ها در این ماجرا، فصل‌هایی که در آن‌ها آمده‌اند و منابع آنچه درباره آن‌ها گفته شده است.`,
    groups: { person: 'افراد', organisation: 'سازمان‌ها', country: 'کشورها' },
    appearsIn: 'آمده در',
    sources: 'منابع',
    dataLabel: 'تمام فهرست',
  },

  glossary,

  dataLinks: {
    text: (label: string, csv: Part, json: Part) => [`داده‌های باز: ${label} به شکل `, csv, ' یا ', json, '.'],
    print: 'چاپ یا ذخیره تمام توضیح‌نامه',
  },

  search,

  offline: {
    title: 'خواندن بدون انترنت',
    description: 'توضیح‌نامه را روی این دستگاه نگه دارید تا بدون اتصال آن را بخوانید و در آن جست‌وجو کنید.',
    /** What every first visit keeps: `chapters` from the first ("all" when that is every one), and the main pages or not. */
    kept: (chapters: number | 'all', main: boolean) => {
      const pages = [main && 'صفحه اصلی', chapters === 'all' ? 'همه فصل‌ها' : `${count(chapters)} فصل نخست`, main && 'جدول زمانی', main && 'دست‌اندرکاران'];
      return `پس از نخستین بازدید شما، این مرورگر ${pages.filter(Boolean).join('، ')} و جست‌وجو را روی این دستگاه نگه می‌دارد، تا بدون اتصال باز شوند.`;
    },
    /** `wholeIndex`: every search works offline after the first visit, not only the searches made before. */
    later: (wholeIndex: boolean) =>
      wholeIndex
        ? 'هر صفحه دیگر، مانند جدول زمانی خاص یک فصل یا داده‌های باز، پس از آن‌که یک بار بازش کردید نگه داشته می‌شود.'
        : 'هر صفحه دیگر پس از آن‌که یک بار بازش کردید نگه داشته می‌شود، و جست‌وجو بدون انترنت آنچه را پیش‌تر جست‌وجو کرده‌اید پیدا می‌کند.',
    saveHeading: 'ذخیره تمام توضیح‌نامه',
    needsJs: 'خواندن بدون انترنت به JavaScript نیاز دارد: اگر خاموش باشد، توضیح‌نامه را تنها می‌توان آنلاین خواند.',
    print: 'نسخه چاپی پس از آن‌که یک بار بازش کردید نگه داشته می‌شود.',
    updatesHeading: 'وقتی توضیح‌نامه به‌روز می‌شود',
    updates:
      'نواری در پایین صفحه نسخه جدید را پیشنهاد می‌کند: برای خواندن آن صفحه را دوباره بارگذاری کنید. تا آن زمان صفحه‌های باز همان‌گونه که هستند می‌مانند، تا هیچ صفحه‌ای نسخه کهنه و جدید را با هم نیامیزد. یک نسخه ذخیره‌شده به یک نسخه تعلق دارد: پس از هر به‌روزرسانی، دوباره ذخیره کنید.',
    where: 'مرورگرها سایت‌ها را تنها وقتی برای خواندن بدون انترنت نگه می‌دارند که از طریق HTTPS یا از localhost ارائه شوند.',
    control: offlineSave,
    /** In the table, like search.results, so that an edition's translation must carry the bar's words too. */
    update: updatePrompt,
  },

  about: {
    title: 'درباره این توضیح‌نامه',
    description: 'چه کسی این توضیح‌نامه را می‌نویسد، منابع آن چگونه انتخاب و واقعیت‌های آن چگونه بررسی می‌شوند، چگونه ترجمه می‌شود، و چرا هیچ کسی را ردیابی نمی‌کند.',
  },

  notFound: {
    title: 'صفحه پیدا نشد',
    description: 'این صفحه وجود ندارد. در توضیح‌نامه جست‌وجو کنید یا یک فصل را انتخاب کنید.',
    text: 'در این نشانی هیچ صفحه‌ای نیست. شاید نادرست تایپ شده باشد، یا پیوندی که شما را به این‌جا آورد کهنه شده است.',
    search: 'جست‌وجو در توضیح‌نامه',
    button: 'جست‌وجو',
    chapters: 'فصل‌ها',
    home: 'رفتن به صفحه اصلی',
    offline: (link: Part) => ['بدون انترنت می‌خوانید؟ صفحه‌هایی که باز نکرده‌اید هنوز روی این دستگاه نیستند: ', link, ' همه آن‌ها را نگه می‌دارد.'],
    offlineLink: 'ذخیره تمام توضیح‌نامه برای خواندن بدون انترنت',
  },

  print: {
    title: 'تمام توضیح‌نامه، برای چاپ',
    description: (chapters: number, site: string) =>
      `همه ${count(chapters)} فصل، جدول زمانی و دست‌اندرکاران ${site} در یک صفحه، برای چاپ یا ذخیره به شکل PDF.`,
    intro: (chapters: number, date: Part) => [
      `تمام توضیح‌نامه در یک صفحه: ${count(chapters)} فصل با منابع آن‌ها، جدول زمانی، دست‌اندرکاران و شمار نیروهای امریکایی. این روایت تا `,
      date,
      ' است؛ فصل آخر با پی‌نوشتی تاریخ‌دار درباره آنچه پس از آن رخ داد پایان می‌یابد.',
    ],
    how: 'برای چاپ یا ذخیره به شکل PDF، از فرمان Print مرورگر خود (Ctrl+P، یا ⌘P در Mac) یا از این دکمه استفاده کنید.',
    button: 'چاپ یا ذخیره به شکل PDF',
    contents: 'فهرست مطالب',
    timeline: 'جدول زمانی',
    people: 'دست‌اندرکاران',
    /** The appendix with every figure of the troop chart, which the chapters show without its table. */
    troops: 'ضمیمه: شمار نیروهای امریکایی',
    /** On paper, under the contents. */
    addresses: 'نشانی هر منبع نخستین باری که به آن ارجاع داده می‌شود چاپ شده است.',
    kicker: (order: number) => `فصل ${order}`,
    facts: (period: string, asOf: Part, updated: Part) => [`دوره: ${period} · تا تاریخ `, asOf, ' · آخرین به‌روزرسانی ', updated],
  },

  troopChart: {
    title: (from: number, to: number) => `نیروهای امریکایی در افغانستان، ${from}–${to}`,
    /** The chart's panels: the whole series, then its last years enlarged. */
    panel: (from: number, to: number) => `نیروهای امریکایی، ${from}–${to}`,
    zoom: (from: number, to: number) => `${from}–${to}، بزرگ‌شده (بخش سایه‌دار در بالا)`,
    figure: (approximate: boolean, troops: string, onDay: boolean, date: string) => `${approximate ? 'حدود ' : ''}${troops} ${onDay ? 'در روز' : 'در'} ${date}`,
    description: (reported: number, official: number, first: string, peak: string, last: string) =>
      `نمودار خطی ${reported} شمار گزارش‌شده، با ${official} سطح رسمی که جداگانه نشان داده شده‌اند: شمار نیروهای امریکایی از ${first} به اوج ${peak} رسید، سپس به ${last} کاهش یافت. هر رقم در جدول زیر نمودار آمده است.`,
    legend: {
      reported: 'شمار گزارش‌شده نیروهای حاضر (با خط به هم وصل شده)',
      official: 'سطح رسمی: یک سقف یا رقم اعلام‌شده، که به شمارها وصل نشده است',
      approximate: 'توخالی = تقریبی (منبع می‌گوید «حدود» یا یک دامنه می‌دهد)',
    },
    caption: (publishers: string) =>
      `منابع: ${publishers}. این شمارها بهترین برآوردهای موجود برای همان لحظه‌اند که در زمان‌های مختلف سال گرفته شده‌اند، نه یک سلسله یکسان از رقم‌های پایان سال. سطح‌های رسمی (سقف‌ها و رقم‌های اعلام‌شده) اغلب با شماری که واقعاً حضور داشت تفاوت داشتند، بنابراین جداگانه نشان داده شده‌اند و هرگز به خط وصل نشده‌اند.`,
    tableLink: 'هر رقم به شکل جدول، با مبنا، یادداشت و منابع آن',
    data: (csv: Part, json: Part, about: Part) => ['داده‌ها: ', csv, '، ', json, ' (', about, ').'],
    csv: 'CSV',
    json: 'JSON',
    aboutData: 'درباره داده‌های باز',
    showTable: 'نمایش داده‌ها به شکل جدول',
    tableCaption: (title: string) => `${title}: هر رقم نمودار`,
    columns: { date: 'تاریخ', troops: 'نیروهای امریکایی', basis: 'مبنا', approximate: 'تقریبی؟', note: 'یادداشت', sources: 'منابع' },
    yes: 'بلی',
    no: 'نخیر',
    basis: { reported: 'شمار گزارش‌شده', official: 'سطح رسمی' },
    /** A figure's chart label, leading its note in the table. */
    annotation: (label: string) => `${label}.`,
  },

  locatorMap: {
    title: 'افغانستان، همسایه‌هایش و محل‌های گفت‌وگوها',
    /** Country names drawn on the map, by the atlas's ISO 3166-1 numeric id. */
    countries: { '004': 'افغانستان', '364': 'ایران', '586': 'پاکستان', '795': 'ترکمنستان', '356': 'هند', '512': 'عمان' } as Record<string, string>,
    places: {
      kabul: { name: 'کابل', role: 'پایتخت افغانستان' },
      kandahar: { name: 'قندهار', role: 'شهر جنوبی‌ای که طالبان در سال 1994 در اطراف آن پدید آمدند' },
      islamabad: { name: 'اسلام‌آباد', role: 'پایتخت پاکستان، نزدیک مری، جایی که حکومت افغانستان در جولای 2015 برای نخستین بار به طور رسمی با طالبان دیدار کرد' },
      doha: { name: 'دوحه', role: 'پایتخت قطر، محل دفتر سیاسی طالبان از سال 2013، جایی که توافق‌نامه امریکا و طالبان در 29 فبروری 2020 امضا شد و گفت‌وگوهای میان افغان‌ها در 12 سپتامبر 2020 آغاز شد' },
      abuDhabi: { name: 'ابوظبی', role: 'پایتخت امارات متحده عربی، جایی که مذاکره‌کنندگان امریکا و طالبان در 17 دسامبر 2018 با هم دیدار کردند' },
      moscow: { name: 'مسکو', role: 'جایی که طالبان در 5–6 فبروری 2019 با سیاستمداران مخالف افغان دیدار کردند' },
    },
    /** The arrow at the map's edge for a place beyond it. */
    beyond: (name: string, km: string) => `${name}، ${km} کیلومتر`,
    beyondRole: (role: string, km: string) => `${role} (بیرون از نقشه، حدود ${km} کیلومتر در شمال غرب کابل؛ پیکان لبه نقشه به سوی آن اشاره می‌کند)`,
    description: (places: string) => `نقشه افغانستان و کشورهای پیرامون آن، که افغانستان در آن سایه‌دار است. نشان داده‌شده: ${places}.`,
    place: (name: string, role: string) => `${name}، ${role}`,
    credit: 'مرزها: Natural Earth (مالکیت عمومی)، که مرزها را چنان‌که در عمل بر روی زمین هستند (دوفاکتو) می‌کشد، نه چنان‌که هر طرفی ادعا می‌کند؛ خط‌های مورد اختلاف، مانند خط‌های کشمیر و خط دیورند میان افغانستان و پاکستان، چنان‌که آن داده‌ها می‌کشند آمده‌اند، و هیچ دیدگاهی درباره آن‌ها را نمی‌رسانند. محل‌ها: GeoNames (CC BY 4.0).',
  },

  shareCard: {
    /** The image's alt text (og:image:alt): what the card shows. */
    alt: (title: string, site: string) => `«${title}»، از ${site}، در کنار نقشه خطوط بیرونی افغانستان.`,
    kicker: (order: number) => `فصل ${order}`,
    /** Along the top of the home page's card. */
    home: (chapters: number) => `توضیح‌نامه‌ای در ${chapters} فصل، با جدول زمانی و بخش دست‌اندرکاران`,
    asOf: (date: string) => `روایت تا ${date}`,
  },

  sources: {
    /** "Title (Publisher)" in short source lists. */
    publisher: (publisher: string) => `(${publisher})`,
  },

  commitments,

  data,
} satisfies typeof en;
