/**
 * What the site's scripts write in the browser, in Pashto: apart from the page strings so that a script
 * loads only its edition's (src/scripts/strings.ts). The keys are those of src/i18n/en/browser.ts.
 */
import type { searchResults as enSearchResults, offlineSave as enOfflineSave, updatePrompt as enUpdatePrompt } from '../en/browser.ts';
import { plural } from './words.ts';

/** What the search script writes. */
export const searchResults = {
  /** The filters' legends, their first choice, the types' names and the button for more results: the script draws the dialog's filters. */
  legends: { chapter: 'فصل', type: 'ډول' },
  all: 'ټول',
  types: { chapter: 'فصل', event: 'د مهال وېش پېښه', actor: 'کس یا ډله', commitment: 'د تړون ژمنه', term: 'د وییپانګې اصطلاح' },
  moreLabel: 'نورې پایلې وښیه',
  /** Announced to screen readers and shown above the results. */
  summary: (n: number, term: string) => `د «${term}» لپاره ${n} ${plural(n, 'پایله', 'پایلې')}`,
  none: (term: string) => `د «${term}» لپاره هېڅ پایله ونه موندل شوه. لنډه یا بله کلمه، یو نوم لکه «برادر»، یا یو کال لکه «2020» وازمویئ.`,
  /** Some words of the query are nowhere on the site; the others were searched. */
  unmatched: (words: string[], searched: string) =>
    `په سایټ کې هېڅ شی له ${words.map((w) => `«${w}»`).join(' یا ')} سره سمون نه لري: د «${searched}» پایلې ښودل کېږي.`,
  /** Before the suggestions, each a button that searches it. */
  didYouMean: 'ستاسو مطلب دا و',
  question: '؟',
  or: 'یا',
  /** The button that shows the filters, with how many are chosen. */
  filters: (active: number) => (active === 0 ? 'فلټرونه' : `فلټرونه (${active} فعال)`),
  more: (n: number) => `نورې پایلې وښیه (${n} نورې)`,
  needsServer: 'لټون ته اړتیا ده چې سایټ د ویب سرور له لارې وښودل شي؛ په کمپیوټر کې له پرانیستل شویو فایلونو نه چلېږي.',
  failed: 'لټون پورته نه شو. خپل انټرنېټ وګورئ او پاڼه بیا پورته کړئ.',
} satisfies typeof enSearchResults;

/** What the "Read offline" page's script writes in the browser (src/scripts/offline/save.ts); sizes come formatted ("1.6 MB"). */
export const offlineSave = {
  /** The button before the script has read the size. */
  saveLabel: 'ټوله تشریح د بې انټرنېټه لوستلو لپاره خوندي کړئ',
  save: (size: string) => `ټوله تشریح د بې انټرنېټه لوستلو لپاره خوندي کړئ (${size})`,
  resume: (size: string) => `خوندي کول بشپړ کړئ (${size} پاتې)`,
  again: (size: string) => `نوې نسخه خوندي کړئ (${size})`,
  remove: 'خوندي شوې نسخه لرې کړئ',
  size: (size: string) => `خوندي کول ${size} ښکته کوي او په دې براوزر کې یې ساتي، څو هره پاڼه او هر لټون بې انټرنېټه کار وکړي.`,
  progress: 'د بې انټرنېټه لوستلو لپاره خوندي کېږي',
  /** While the browser installs the offline worker (on a first visit, it downloads the core first). */
  preparing: 'بې انټرنېټه لوستل چمتو کېږي…',
  saving: (percent: number) => `خوندي کېږي… ${percent}%`,
  saved: 'خوندي شوه: ټوله تشریح په دې وسیله کې ده او بې انټرنېټه کار کوي.',
  stopped: (done: number, total: number) => `خوندي کول د ${total} فایلونو له ${done} وروسته ودرېدل. څه چې خوندي شوي، ساتل کېږي: کله چې انټرنېټ ولرئ، بشپړ یې کړئ.`,
  outdated: 'له هغه وروسته چې تاسو خوندي کړه، تشریح تازه شوې ده، نو خوندي شوې نسخه له زړې نسخې سره لرې شوه. د نوې نسخې د بې انټرنېټه لوستلو لپاره یې بیا خوندي کړئ.',
  removed: 'خوندي شوې نسخه لرې شوه. اصلي پاڼې په دې وسیله کې پاتې دي، او نورې پاڼې بیا هغه وخت ساتل کېږي چې تاسو یې لولئ.',
  newer: 'د تشریح نوې نسخه خپره شوې ده: پاڼه بیا پورته کړئ، بیا یې خوندي کړئ.',
  offline: 'تاسو انټرنېټ نه لرئ. د خوندي کولو لپاره انټرنېټ یا د تشریح له شبکې سره وصل شئ.',
  unavailable:
    'دا براوزر دلته تشریح د بې انټرنېټه لوستلو لپاره نه شي ساتلای: دې کار ته داسې براوزر اړین دی چې service worker ولري، او سایټ باید له HTTPS یا localhost نه وښودل شي.',
} satisfies typeof enOfflineSave;

/** The bar that offers a newer build (src/scripts/offline/update.ts). */
export const updatePrompt = {
  label: 'تازه کول',
  text: 'د تشریح نوې نسخه شته.',
  reload: 'بیا پورته کړئ',
  dismiss: 'اوس نه',
} satisfies typeof enUpdatePrompt;
