/** The glossary page and its entries, in Pashto. */
import type en from '../en/glossary.ts';
import { count, type Part } from './words.ts';

export default {
  title: 'وییپانګه',
  description: (n: number) => `د هغو ${n} اصطلاحګانو ساده تعریفونه چې دا تشریح یې کاروي، له لویې جرګې نیولې تر «د تاوتریخوالي کمښت» پورې، هر یو له خپلو سرچینو سره.`,
  intro: (chapters: number) =>
    `هغه اصطلاحګانې چې ${count(chapters)} واړه فصلونه یې کاروي او لوستونکی به یې ښایي و نه پېژني، هره یوه په یوه تر درېیو جملو کې تشریح شوې، له هغو فصلونو سره چې کاروي یې او له سرچینو سره. کله چې یو فصل یوه اصطلاح لومړی ځل کاروي، دلته ورسره لینک وي.`,
  /** The letters that start the terms, as links to their groups. */
  letters: 'اصطلاحګانې د لومړي توري له مخې',
  alsoWritten: 'داسې هم لیکل کېږي',
  usedIn: 'کارول شوې په',
  sources: 'سرچینې',
  /** A term that is also a person or group in the who's who. */
  inWhosWho: (link: Part) => ['نور په ', link, ' کې.'],
  whosWho: 'څوک څوک دی',
  dataLabel: 'ټوله وییپانګه',
  /** The search result's title for a term. */
  searchTitle: (term: string) => `${term} (وییپانګه)`,
} satisfies typeof en;
