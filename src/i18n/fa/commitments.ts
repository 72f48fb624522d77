/** The commitments tracker, "What the agreement promised" (src/views/commitments.ts), in Dari. */
import type enCommitments from '../en/commitments.ts';
import { plural, type Part } from './words.ts';

export default {
  title: 'توافق‌نامه چه وعده‌هایی داد',
  description: (n: number) =>
    `همه ${n} وعده توافق‌نامه امریکا و طالبان و اعلامیه مشترک امریکا و افغانستان در 29 فبروری 2020: چه کسی هر وعده را داد، مهلت آن، وضعیت آن در 1 مارچ 2021 و سرانجام آن.`,
  intro: (agreement: Part, declaration: Part) => [
    'در 29 فبروری 2020 ایالات متحده در دوحه ',
    agreement,
    ' را با طالبان امضا کرد و در کابل ',
    declaration,
    ' را با حکومت افغانستان صادر کرد. در پایین هر وعده‌ای که این دو متن می‌دهند، به ترتیب موضوع آمده است، با این‌که چه کسی آن را داد و تا چه زمانی.',
  ],
  /** `date` is the explainer's as-of date, `postscript` the day the later outcomes were written. */
  asOf: (date: Part, postscript: Part) => [
    'وضعیت هر وعده نشان می‌دهد که آن وعده در ',
    date,
    '، یعنی تاریخی که این توضیح‌نامه تا آن روایت می‌کند، در چه حالی بود. آنچه پس از آن بر سر وعده آمد، جداگانه در پی‌نوشتی آمده است که در ',
    postscript,
    ' نوشته شد.',
  ],
  /** The link texts to each document's signing on the timeline. */
  documentLinks: { agreement: 'توافق‌نامه‌ای', declaration: 'اعلامیه مشترکی' },
  /** Which text a promise is in. */
  documents: { agreement: 'توافق‌نامه امریکا و طالبان', declaration: 'اعلامیه مشترک امریکا و افغانستان' },
  summaryHeading: (date: Part) => ['وضعیت وعده‌ها در ', date],
  /** "5 promises", after a status. */
  count: (n: number) => `${n} ${plural(n, 'وعده', 'وعده')}`,
  /** Each status: its label on every entry and what it means, in the key at the top of the page. */
  statuses: {
    kept: { label: 'عملی شد', definition: 'چنان‌که متن می‌خواست انجام شد، و اگر متن مهلتی تعیین کرده بود، تا آن مهلت.' },
    late: { label: 'با تأخیر عملی شد', definition: 'انجام شد، اما پس از مهلت.' },
    partly: { label: 'بخشی عملی شد', definition: 'بخشی از آن انجام شد؛ بقیه نه، یا هنوز نه.' },
    broken: { label: 'نقض شد', definition: 'تا مهلت انجام نشد، یا برخلاف آن عمل شد، چنان‌که منابع نشان می‌دهند.' },
    overtaken: { label: 'از دست رفت', definition: 'دیگر نمی‌شد آن را چنان‌که نوشته شده بود عملی کرد: رویدادها یا تاریخ‌هایی که به آن‌ها وابسته بود، گذشته بودند.' },
    disputed: { label: 'مورد اختلاف', definition: 'یک طرف گفت که نقض شده است، و هیچ منبع مستقلی موضوع را روشن نکرد.' },
    open: { label: 'باز', definition: 'هنوز موعد آن نرسیده بود، یا تعهدی بدون مهلت بود که منابع درباره آن حکمی نمی‌دهند.' },
  },
  contents: 'وعده‌ها به ترتیب موضوع',
  /** "Foreign troops (3)" in the list of subjects. */
  topicLink: (topic: string, n: number) => `${topic} (${n})`,
  topics: {
    troops: 'نیروهای خارجی',
    prisoners: 'زندانیان',
    talks: 'گفت‌وگوهای بین‌الافغانی',
    sanctions: 'تحریم‌ها و سازمان ملل',
    security: 'مبارزه با تروریسم',
    relations: 'زور، کمک مالی و روابط آینده',
  },
  fields: {
    status: (date: string) => `وضعیت در ${date}:`,
    madeBy: 'وعده‌دهنده',
    in: 'در',
    deadline: 'مهلت',
    noDeadline: 'تعیین نشده',
    deadlineWithNote: (date: Part, note: string) => [date, ` (${note})`],
    byThen: (date: Part) => ['تا ', date, ':'],
    note: 'جایی که منابع اختلاف دارند:',
    chapter: 'روایت‌شده در',
    timeline: 'در جدول زمانی',
    sources: 'منابع',
  },
  later: {
    label: (date: Part) => ['پی‌نوشت · نوشته‌شده در ', date, '، با آگاهی از آنچه بعداً رخ داد:'],
    status: (label: string) => `بعداً: ${label}.`,
  },
  dataLabel: 'همه تعهدات',
  /** On the timeline, under the signing of each document. */
  timelineLink: 'توافق‌نامه چه وعده‌هایی داد، و بر سر هر وعده چه آمد',
} satisfies typeof enCommitments;
