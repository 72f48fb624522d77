/** The commitments tracker, "What the agreement promised" (src/views/commitments.ts), in Pashto. */
import type en from '../en/commitments.ts';
import { plural, type Part } from './words.ts';

export default {
  title: 'تړون څه ژمنې کړې وې',
  description: (n: number) =>
    `د 29 فبروري 2020 د امریکا او طالبانو د تړون او د امریکا او افغانستان د ګډې اعلامیې ټولې ${n} ژمنې: هره یوه چا کړې وه، موده یې څه وه، په 1 مارچ 2021 کې په کوم حال کې وه او وروسته یې څه وشول.`,
  intro: (agreement: Part, declaration: Part) => [
    'په 29 فبروري 2020 امریکا په دوحه کې له طالبانو سره ',
    agreement,
    ' لاسلیک کړ او په کابل کې یې له افغان حکومت سره ',
    declaration,
    ' خپره کړه. لاندې د دې دوو متنونو هره ژمنه د موضوع له مخې راغلې ده، له دې سره چې چا کړې وه او تر کومې نېټې.',
  ],
  /** `date` is the explainer's as-of date, `postscript` the day the later outcomes were written. */
  asOf: (date: Part, postscript: Part) => [
    'هر حالت ښيي چې ژمنه په ',
    date,
    ' کې په کوم حال کې وه، هغه نېټه چې دا تشریح تر هغې لیکل شوې ده. وروسته یې چې څه وشول، هغه جلا راغلي، په یوه پایلیک کې چې په ',
    postscript,
    ' لیکل شوی دی.',
  ],
  /** The link texts to each document's signing on the timeline. */
  documentLinks: { agreement: 'یو تړون', declaration: 'یوه ګډه اعلامیه' },
  /** Which text a promise is in. */
  documents: { agreement: 'د امریکا او طالبانو تړون', declaration: 'د امریکا او افغانستان ګډه اعلامیه' },
  summaryHeading: (date: Part) => ['ژمنې په ', date, ' کې په کوم حال کې وې'],
  /** "5 promises", after a status. */
  count: (n: number) => `${n} ${plural(n, 'ژمنه', 'ژمنې')}`,
  /** Each status: its label on every entry and what it means, in the key at the top of the page. */
  statuses: {
    kept: { label: 'پوره شوې', definition: 'هغسې ترسره شوې لکه متن چې غوښتي وو، او که متن موده ټاکلې وه، په خپل وخت.' },
    late: { label: 'ناوخته پوره شوې', definition: 'ترسره شوې، خو له ټاکلې مودې وروسته.' },
    partly: { label: 'تر یوې اندازې پوره شوې', definition: 'یوه برخه یې ترسره شوې؛ پاتې برخه نه، یا لا نه ده ترسره شوې.' },
    broken: { label: 'مات شوې', definition: 'تر ټاکلې مودې پورې نه ده ترسره شوې، یا ورسره مخالف کار شوی، لکه سرچینې چې ښيي.' },
    overtaken: { label: 'له وخته وتلې', definition: 'نور هغسې نه شوه پوره کېدای لکه څنګه چې لیکل شوې وه: هغه پېښې یا نېټې چې پرې ولاړه وه، تېرې شوې وې.' },
    disputed: { label: 'پر سر یې شخړه ده', definition: 'یوه لوري ویل چې مات شوې ده، او هېڅ خپلواکې سرچینې دا نه ده څرګنده کړې.' },
    open: { label: 'پرانیستې', definition: 'لا یې وخت نه دی رارسېدلی، یا داسې ژمنه ده چې موده نه لري او سرچینې پرې هېڅ پرېکړه نه ورکوي.' },
  },
  contents: 'ژمنې د موضوع له مخې',
  /** "Foreign troops (3)" in the list of subjects. */
  topicLink: (topic: string, n: number) => `${topic} (${n})`,
  topics: {
    troops: 'بهرني ځواکونه',
    prisoners: 'بندیان',
    talks: 'بین الافغاني خبرې',
    sanctions: 'بندیزونه او ملګري ملتونه',
    security: 'د ترهګرۍ پر وړاندې مبارزه',
    relations: 'زور، تمویل او راتلونکې اړیکې',
  },
  fields: {
    status: (date: string) => `حالت په ${date}:`,
    madeBy: 'ژمنه کوونکی',
    in: 'په',
    deadline: 'موده',
    noDeadline: 'نه ده ټاکل شوې',
    deadlineWithNote: (date: Part, note: string) => [date, ` (${note})`],
    byThen: (date: Part) => ['تر ', date, ' پورې:'],
    note: 'چېرې چې سرچینې سره توپیر لري:',
    chapter: 'بیان شوې په',
    timeline: 'په مهال وېش کې',
    sources: 'سرچینې',
  },
  later: {
    label: (date: Part) => ['پایلیک · په ', date, ' لیکل شوی، د وروسته پېښو په رڼا کې:'],
    status: (label: string) => `وروسته: ${label}.`,
  },
  dataLabel: 'ټولې ژمنې',
  /** On the timeline, under the signing of each document. */
  timelineLink: 'تړون څه ژمنې کړې وې، او د هرې ژمنې برخلیک څه شو',
} satisfies typeof en;
