/**
 * The Solar Hijri calendar as Afghanistan uses it (Intl's "persian" calendar), with the Afghan month names
 * in Dari and Pashto. ICU names the months right for fa-AF, but for ps it puts the year first and adds a
 * Latin "AP" era, and for Dari it writes "سنبلهٔ": the names here are the site's own, and Intl only
 * converts the day.
 */

/** Hamal … Hoot in Dari, Wray … Kab in Pashto: the months of the Solar Hijri year. */
export const SOLAR_MONTHS = {
  fa: ['حمل', 'ثور', 'جوزا', 'سرطان', 'اسد', 'سنبله', 'میزان', 'عقرب', 'قوس', 'جدی', 'دلو', 'حوت'],
  ps: ['وری', 'غویی', 'غبرگولی', 'چنگاښ', 'زمری', 'وږی', 'تله', 'لړم', 'لیندۍ', 'مرغومی', 'سلواغه', 'کب'],
} as const;

/** The Gregorian months as Afghan writers spell them (the translators' brief uses the same). */
export const GREGORIAN_MONTHS = {
  fa: ['جنوری', 'فبروری', 'مارچ', 'اپریل', 'می', 'جون', 'جولای', 'اگست', 'سپتامبر', 'اکتوبر', 'نوامبر', 'دسامبر'],
  ps: ['جنوري', 'فبروري', 'مارچ', 'اپرېل', 'می', 'جون', 'جولای', 'اګست', 'سپتمبر', 'اکتوبر', 'نومبر', 'دسمبر'],
} as const;

export type AfghanLanguage = keyof typeof SOLAR_MONTHS;

/** The Afghan language of a BCP 47 tag, if it is one: "fa-AF" → "fa", "ps" → "ps". */
export function afghanLanguage(lang: string): AfghanLanguage | undefined {
  const primary = lang.toLowerCase().split('-')[0];
  return primary === 'fa' || primary === 'ps' ? primary : undefined;
}

export interface SolarDate {
  year: number;
  /** 1 (Hamal) … 12 (Hoot). */
  month: number;
  day: number;
}

const persian = new Intl.DateTimeFormat('fa-AF-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });

/** The Solar Hijri date of a Gregorian day: 2020-02-29 → 1398-12-10 (10 Hoot 1398). */
export function toSolarHijri(year: number, month: number, day: number): SolarDate {
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  const parts = Object.fromEntries(persian.formatToParts(at).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** The last day of a Gregorian month. */
export const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
