/** The glossary page and its entries, in Dari. */
import type enGlossary from '../en/glossary.ts';
import { count, type Part } from './words.ts';

export default {
  title: 'واژه‌نامه',
  description: (n: number) => `تعریف‌های ساده برای ${n} اصطلاحی که این توضیح‌نامه به کار می‌برد، از «لویه جرگه» تا «کاهش خشونت»، هرکدام با منابع آن.`,
  intro: (chapters: number) =>
    `اصطلاحاتی که ${count(chapters)} فصل این توضیح‌نامه به کار می‌برند و شاید خواننده آن‌ها را نداند، هرکدام در یک تا سه جمله توضیح داده شده است، همراه با فصل‌هایی که آن را به کار می‌برند و منابع آن. نخستین باری که یک فصل اصطلاحی را به کار می‌برد، به این صفحه پیوند می‌دهد.`,
  /** The letters that start the terms, as links to their groups. */
  letters: 'اصطلاحات به ترتیب حرف اول',
  alsoWritten: 'به شکل‌های دیگر',
  usedIn: 'به کار رفته در',
  sources: 'منابع',
  /** A term that is also a person or group in the who's who. */
  inWhosWho: (link: Part) => ['بیشتر در ', link, '.'],
  whosWho: 'دست‌اندرکاران',
  dataLabel: 'تمام واژه‌نامه',
  /** The search result's title for a term. */
  searchTitle: (term: string) => `${term} (واژه‌نامه)`,
} satisfies typeof enGlossary;
