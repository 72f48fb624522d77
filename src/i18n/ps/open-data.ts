/** The open-data page and the field documentation of the data files, in Pashto. */
import type en from '../en/open-data.ts';
import { plural, type Part } from './words.ts';

export default {
  title: 'خلاص معلومات',
  description: 'د دې تشریح پېښې، کسان او ډلې، د امریکا د سرتېرو شمېر، د تړون ژمنې، وییپانګه او سرچینې د CSV او JSON فایلونو په بڼه، د هرې برخې له تشریح سره.',
  intro:
    'د مهال وېش، څوک څوک دی، د سرتېرو د چارټ، د ژمنو د څارنې او د وییپانګې تر شا حقایق، د داسې فایلونو په بڼه چې ښکته کېدای او بیا کارېدای شي. هر ځل چې سایټ جوړېږي، دا فایلونه د پاڼو له همغو معلوماتو لیکل کېږي، نو دواړه هېڅکله سره توپیر نه لري.',
  licence: {
    term: 'بیا کارونه:',
    text: (site: string, home: Part) => [
      ` حقایق له یادو شویو سرچینو اخیستل شوي؛ دا ټولګه د دې تشریح په یادولو سره بیا کارول کېدای شي («${site}»، `,
      home,
      ').',
    ],
  },
  formats: 'بڼې',
  /** Each format's term is shown in bold, followed by its text. */
  formatList: {
    csv: {
      term: 'CSV',
      text: (separator: string) => [`: UTF-8، په کامو جلا شوي، له سرلیک کرښې سره (RFC 4180). چېرې چې په یوه خانه کې څو ارزښتونه وي، په «${separator}» سره جلا شوي دي.`],
    },
    json: { term: 'JSON', text: (empty: Part) => [': د UTF-8 یو لړ (array) چې د هرې کرښې لپاره یو شی لري؛ لیستونه لړونه (arrays) دي، او تشه برخه ', empty, ' ده.'] },
    dates: {
      term: 'نېټې',
      text: (day: Part, month: Part, year: Part, precision: Part) => [
        ' د ISO 8601 متن دي، یوازې تر هغه حده دقیقې چې سرچینې اجازه ورکوي (', day, '، ', month, ' یا ', year, ')، او تر څنګ یې د ', precision, ' برخه ده.',
      ],
    },
    sources: { term: 'سرچینې', text: () => [' د خپل پېژند (id)، سرلیک او پتې سره راغلې دي، نو هره کرښه په خپل سر کتل کېدای شي.'] },
  },
  rows: (n: number, shown: string) => `${shown} ${plural(n, 'کرښه', 'کرښې')}.`,
  fieldsCaption: (csv: string, json: string) => `په ${csv} او ${json} کې برخې`,
  field: 'برخه',
  meaning: 'مانا',
  /** The CSV columns a JSON field becomes, where they differ from its name. */
  csvColumns: (columns: readonly Part[]) => [' (CSV: ', ...columns.flatMap((c, i) => (i === 0 ? [c] : ['، ', c])), ')'],
  /** The fields several datasets share; a dataset's own description of a field (under datasets) comes first. */
  fields: {
    id: 'یو ثابت پېژند چې په فایل کې بل ورته نه لري.',
    date: 'د ISO 8601 نېټه، یوازې تر هغه حده دقیقه چې سرچینې اجازه ورکوي: YYYY-MM-DD، YYYY-MM یا YYYY.',
    date_precision: '«day» (ورځ)، «month» (میاشت) یا «year» (کال): د نېټې څومره برخه معلومه ده.',
    sources: (columns: readonly string[], separator: string, json: string, csv: string) =>
      `هغه سرچینې چې د دې برخې لپاره یادې شوې. JSON: د {id, title, publisher, url} لیست. CSV: د ${columns.join('، ')} ستنې، چې هره یوه سرچینې په همغه ترتیب راوړي او په «${separator}» سره جلا شوې دي. پېژندونه له ${json} او ${csv} سره سمون لري.`,
  },
  datasets: {
    events: {
      title: 'پېښې',
      description: 'د مهال وېش هره نېټه لرونکې پېښه، له 1979 څخه تر 2021 پورې، د نېټې په ترتیب.',
      fields: {
        title: 'څه پېښ شول، په څو کلمو کې.',
        summary: 'د پېښې په اړه یوه یا دوې جملې.',
        chapter: (ids: readonly string[]) => `د هغه فصل پېژند چې د کیسې دا برخه بیانوي (${ids.join('، ')}).`,
        note: 'چېرې چې سرچینې سره توپیر لري یا نېټه اټکلي ده، څه شی ناڅرګند دی. که نه، تشه (JSON: null).',
      },
    },
    actors: {
      title: 'کسان، سازمانونه او هېوادونه',
      description: 'په «څوک څوک دی» کې ټول: هغه کسان، ډلې او هېوادونه چې فصلونه یې یادوي.',
      fields: {
        name: 'هغه نوم چې په دې تشریح کې کارول شوی.',
        kind: '«person» (کس)، «organisation» (سازمان) یا «country» (هېواد).',
        role: 'د سولې په بهیر کې یې ونډه، په یوه کرښه کې.',
        description: 'لنډ بیان چې دوی څوک دي او څه یې کړي.',
        aliases: (separator: string) => `نور املاوې چې په فصلونو کې کارول شوې. JSON: لیست؛ CSV: په «${separator}» سره جلا شوې.`,
        chapters: (separator: string) => `د هغو فصلونو پېژندونه چې دوی پکې راغلي. JSON: لیست؛ CSV: په «${separator}» سره جلا شوي.`,
      },
    },
    'troop-levels': {
      title: 'د امریکا د سرتېرو شمېر',
      description:
        'په افغانستان کې د امریکا سرتېري، 2001–2021: د هرې سرچینې لرونکې شمېرې لپاره یوه کرښه، د نېټې په ترتیب. ټکي د کال په بېلابېلو وختونو کې دي او تر ټولو ښه شته اټکلونه دي، د کال د پای یو شان لړۍ نه ده.',
      fields: {
        us_troops: 'په هغه نېټه په افغانستان کې د امریکا د سرتېرو شمېر.',
        basis:
          '«reported»: د هغو سرتېرو شمېر چې په رښتیا هلته وو، لکه څنګه چې راپور شوی؛ «official»: اجازه ورکړل شوې یا رسمي اعلان شوې کچه (یوه سقف یا هدف). دا دواړه اکثره سره توپیر درلود: ورته له ورته سره پرتله کړئ.',
        approximate: '«true» چېرې چې سرچینه «شاوخوا» یا «نږدې» وايي یا یو واټن ورکوي (یادښت یې الفاظ راوړي)، که نه «false».',
        annotation: 'هغه نښه چې چارټ یې په مهمو شېبو کې ښيي. که نه، تشه (JSON: null).',
        note: 'سرچینې د دې شمېرې په اړه څه وايي، چېرې چې تشریح ته اړتیا وي. که نه، تشه (JSON: null).',
      },
    },
    commitments: {
      title: 'د تړون ژمنې',
      description:
        'د 29 فبروري 2020 د امریکا او طالبانو د تړون او د امریکا او افغانستان د ګډې اعلامیې هره ژمنه، له دې سره چې په 1 مارچ 2021 کې په کوم حال کې وه او، جلا، وروسته یې څه وشول.',
      fields: {
        topic: (topics: readonly string[]) => `هغه موضوع چې دا ژمنه ورلاندې راغلې: ${topics.map((t) => `«${t}»`).join('، ')}.`,
        documents: (separator: string) => `هغه متنونه چې ژمنه پکې شوې، «agreement» (د امریکا او طالبانو تړون) یا «declaration» (د امریکا او افغانستان اعلامیه). JSON: لیست؛ CSV: په «${separator}» سره جلا شوي.`,
        parties: (separator: string) => `د ژمنه کوونکو پېژندونه، لکه په actors.json کې. JSON: لیست؛ CSV: په «${separator}» سره جلا شوي.`,
        promise: 'څه ژمنه شوې وه، د دې تشریح په خپلو الفاظو.',
        deadline: 'هغه نېټه چې متن یې ټاکي، د ISO متن په بڼه، تر هغه حده دقیقه چې متن اجازه ورکوي. چېرې چې متن نېټه نه ټاکي، تشه (JSON: null).',
        deadline_precision: '«day»، «month» یا «year»: متن د مودې څومره برخه ورکوي. که موده نه وي، تشه (JSON: null).',
        deadline_note: 'متن موده څنګه ټاکي، یا ولې موده نه لري. که نه، تشه (JSON: null).',
        status: (statuses: readonly string[]) => `ژمنه په 1 مارچ 2021 کې په کوم حال کې وه: ${statuses.map((s) => `«${s}»`).join('، ')} (د څارنې په پاڼه کې تعریف شوي).`,
        as_of: 'تر 1 مارچ 2021 پورې څه شوي وو.',
        note: 'چېرې چې سرچینې سره توپیر لري، څنګه. که نه، تشه (JSON: null).',
        chapter: 'د هغه فصل پېژند چې د کیسې دا برخه بیانوي.',
        events: (separator: string) => `د اړوندو پېښو پېژندونه، لکه په events.json کې. JSON: لیست؛ CSV: په «${separator}» سره جلا شوي.`,
        later_status: 'د وروسته پېښو په رڼا کې لیکل شوی: له 1 مارچ 2021 وروسته یې حالت، چېرې چې بدل شوی. که نه، تشه (JSON: null).',
        later: 'د وروسته پېښو په رڼا کې لیکل شوی: له 1 مارچ 2021 وروسته د ژمنې برخلیک. چېرې چې څه نه دي ورزیات شوي، تشه (JSON: null).',
        later_sources: (separator: string) => `د «later» د سرچینو پېژندونه، لکه په sources.json کې. JSON: لیست؛ CSV: په «${separator}» سره جلا شوي.`,
      },
    },
    glossary: {
      title: 'وییپانګه',
      description: 'د وییپانګې هره اصطلاح، له ساده تعریف سره، د پېژند د الفبا په ترتیب.',
      fields: {
        term: 'اصطلاح هغسې چې فصلونه یې لیکي.',
        definition: 'په یوه تر درېیو جملو کې ساده تعریف.',
        aliases: (separator: string) => `نور املاوې چې فصلونه یې کاروي. JSON: لیست؛ CSV: په «${separator}» سره جلا شوې.`,
        chapters: (separator: string) => `د هغو فصلونو پېژندونه چې دا اصطلاح کاروي. JSON: لیست؛ CSV: په «${separator}» سره جلا شوي.`,
        actor: 'چېرې چې اصطلاح په «څوک څوک دی» کې یو کس یا ډله هم وي، د actors فایلونو کې یې پېژند. که نه، تشه (JSON: null).',
      },
    },
    sources: {
      title: 'سرچینې',
      description: 'هره سرچینه چې دا تشریح یې یادوي، د هغه پېژند له مخې چې په نورو فایلونو کې کارول شوی.',
      fields: {
        kind: (kinds: readonly string[]) => `سرچینه د کوم ډول ده: ${kinds.map((k) => `«${k}»`).join('، ')}.`,
        title: 'سرټکی یا سرلیک، لکه څنګه چې خپور شوی.',
        publisher: 'چا خپره کړې؛ د خبري اژانس هغه راپور چې یوې ورځپاڼې خپور کړی وي، د اژانس نوم په قوسونو کې راوړي.',
        author: 'لیکوال، چېرې چې سرچینه یې نوم اخلي. که نه، تشه (JSON: null).',
        date: 'د خپرېدو نېټه د ISO متن په بڼه، تر هغه حده دقیقه چې معلومه ده. یوازې د مرجع اثارو لپاره تشه (JSON: null).',
        url: 'چېرته یې لوستلای شئ. کله چې هېڅ پته تایید نه شوه، تشه (JSON: null).',
        note: 'هغه څه چې لوستونکی یې باید د سرچینې په اړه وپوهېږي، د بېلګې په توګه دولتي رسنۍ چې د خپل حکومت د خبرو لپاره یادې شوې. که نه، تشه (JSON: null).',
      },
    },
  },
} satisfies typeof en;
