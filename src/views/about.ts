/** The about and methodology page: its sections, each paragraph's links and counts made into rich text. */
import type { About, AboutSection } from '../explainer.ts';
import { editionDigits } from '../lib/digits.ts';
import { englishMark } from '../lib/fallback.ts';
import { inlineParts } from '../lib/inline-text.ts';
import { ABOUT_COUNTS, PAGE_LINKS, type AboutCount, type PageLink } from '../site.ts';
import type { Rich, ViewContext } from './shared.ts';

export interface AboutSectionView {
  id: string;
  heading: string;
  paragraphs: Rich[];
  /** lang and dir for a section a translated edition shows in English. */
  mark?: { lang: string; dir: 'ltr' } | undefined;
}

export interface AboutPageView {
  title: string;
  description: string;
  sections: AboutSectionView[];
}

const isPage = (target: string): target is PageLink => (PAGE_LINKS as readonly string[]).includes(target);
const isCount = (name: string): name is AboutCount => (ABOUT_COUNTS as readonly string[]).includes(name);

/** One paragraph as rich text: a page's name becomes its address in the edition, a count its number in the edition's digits. */
export function paragraphView(text: string, counts: About['counts'], context: ViewContext, lang: string): Rich {
  const digits = (s: string) => editionDigits(s, lang);
  return inlineParts(text).map((part) => {
    if (typeof part === 'string') return digits(part);
    if ('count' in part) {
      // The schema allows only known counts; a stale build state would otherwise print "undefined".
      if (!isCount(part.count)) throw new Error(`unknown count {${part.count}}`);
      return context.locale.format.number(counts[part.count]);
    }
    return { tag: 'a', href: isPage(part.target) ? context.routes[part.target] : part.target, text: digits(part.link) };
  });
}

export function aboutPageView(about: About, context: ViewContext): AboutPageView {
  const { t, edition } = context.locale;
  const section = (s: AboutSection): AboutSectionView => {
    const mark = englishMark(s);
    const lang = mark?.lang ?? edition.lang;
    return { id: s.id, heading: editionDigits(s.heading, lang), paragraphs: s.paragraphs.map((p) => paragraphView(p, about.counts, context, lang)), mark };
  };
  return { title: t.about.title, description: t.about.description, sections: about.sections.map(section) };
}
