/**
 * What the site's scripts write in the browser, in Dari: apart from the page strings so that a script
 * loads only its edition's (src/scripts/strings.ts). The keys are those of src/i18n/en/browser.ts.
 */
import type { searchResults as enSearchResults, offlineSave as enOfflineSave, updatePrompt as enUpdatePrompt } from '../en/browser.ts';
import { plural } from './words.ts';

/** What the search script writes. */
export const searchResults = {
  /** The filters' legends, their first choice, the types' names and the button for more results: the script draws the dialog's filters. */
  legends: { chapter: 'فصل', type: 'نوع' },
  all: 'همه',
  types: { chapter: 'فصل', event: 'رویداد جدول زمانی', actor: 'فرد یا گروه', commitment: 'وعده توافق‌نامه', term: 'اصطلاح واژه‌نامه' },
  moreLabel: 'نتایج بیشتر',
  /** Announced to screen readers and shown above the results. */
  summary: (n: number, term: string) => `${n} ${plural(n, 'نتیجه', 'نتیجه')} برای «${term}»`,
  none: (term: string) => `برای «${term}» نتیجه‌ای پیدا نشد. کلمه‌ای کوتاه‌تر یا دیگر، نامی مانند «برادر»، یا سالی مانند «2020» را امتحان کنید.`,
  /** Some words of the query are nowhere on the site; the others were searched. */
  unmatched: (words: string[], searched: string) =>
    `هیچ چیزی در سایت با ${words.map((w) => `«${w}»`).join(' یا ')} مطابقت ندارد: نتایج برای «${searched}» نشان داده می‌شود.`,
  /** Before the suggestions, each a button that searches it. */
  didYouMean: 'آیا منظورتان این بود',
  question: '؟',
  or: 'یا',
  /** The button that shows the filters, with how many are chosen. */
  filters: (active: number) => (active === 0 ? 'فیلترها' : `فیلترها (${active} فعال)`),
  more: (n: number) => `نتایج بیشتر (${n} نتیجه دیگر)`,
  needsServer: 'جست‌وجو تنها وقتی کار می‌کند که سایت از طریق یک سرور وب ارائه شود؛ از فایل‌هایی که روی دیسک باز شده‌اند کار نمی‌کند.',
  failed: 'جست‌وجو بارگذاری نشد. اتصال خود را بررسی کنید و صفحه را دوباره بارگذاری کنید.',
} satisfies typeof enSearchResults;

/** What the "Read offline" page's script writes in the browser (src/scripts/offline/save.ts); sizes come formatted ("1.6 MB"). */
export const offlineSave = {
  /** The button before the script has read the size. */
  saveLabel: 'ذخیره تمام توضیح‌نامه برای خواندن بدون انترنت',
  save: (size: string) => `ذخیره تمام توضیح‌نامه برای خواندن بدون انترنت (${size})`,
  resume: (size: string) => `تکمیل ذخیره (${size} باقی مانده)`,
  again: (size: string) => `ذخیره نسخه جدید (${size})`,
  remove: 'حذف نسخه ذخیره‌شده',
  size: (size: string) => `ذخیره کردن ${size} را دانلود می‌کند و در همین مرورگر نگه می‌دارد، تا هر صفحه و هر جست‌وجو بدون اتصال کار کند.`,
  progress: 'در حال ذخیره برای خواندن بدون انترنت',
  /** While the browser installs the offline worker (on a first visit, it downloads the core first). */
  preparing: 'آماده‌سازی خواندن بدون انترنت…',
  saving: (percent: number) => `در حال ذخیره… ${percent}%`,
  saved: 'ذخیره شد: تمام توضیح‌نامه روی این دستگاه است و بدون اتصال کار می‌کند.',
  stopped: (done: number, total: number) => `ذخیره پس از ${done} فایل از ${total} فایل متوقف شد. آنچه ذخیره شده نگه داشته می‌شود: وقتی آنلاین شدید، آن را تکمیل کنید.`,
  outdated: 'توضیح‌نامه پس از ذخیره شما به‌روز شده است، بنابراین نسخه ذخیره‌شده همراه با نسخه کهنه حذف شد. برای خواندن نسخه جدید بدون انترنت، دوباره ذخیره کنید.',
  removed: 'نسخه ذخیره‌شده حذف شد. صفحه‌های اصلی روی این دستگاه باقی می‌مانند، و صفحه‌های دیگر هنگام خواندن دوباره نگه داشته می‌شوند.',
  newer: 'نسخه تازه‌تری از توضیح‌نامه نشر شده است: صفحه را دوباره بارگذاری کنید، سپس آن را ذخیره کنید.',
  offline: 'شما آفلاین هستید. برای ذخیره توضیح‌نامه به انترنت یا شبکه توضیح‌نامه وصل شوید.',
  unavailable:
    'این مرورگر نمی‌تواند توضیح‌نامه را این‌جا برای خواندن بدون انترنت نگه دارد: این کار به مرورگری با service worker نیاز دارد، و به این‌که سایت از طریق HTTPS یا از localhost ارائه شود.',
} satisfies typeof enOfflineSave;

/** The bar that offers a newer build (src/scripts/offline/update.ts). */
export const updatePrompt = {
  label: 'به‌روزرسانی',
  text: 'نسخه تازه‌تری از توضیح‌نامه در دسترس است.',
  reload: 'بارگذاری دوباره',
  dismiss: 'حالا نه',
} satisfies typeof enUpdatePrompt;
