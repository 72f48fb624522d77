/**
 * What every page of an edition shows around its content: the document's language and direction, the
 * header with the chapter navigation and search, the search dialog, the footer, and the notice for a
 * page opened from disk. Chapters and strings are the same on every page, so pages share one view.
 */
import { listedChapters, printableWhole } from '../lib/chapters.ts';
import { ANCHORS } from '../site.ts';
import type { Chapter } from '../explainer.ts';
import { searchFormView, type SearchFormView } from './search-panel.ts';
import { linkOf, rich, type Link, type Rich, type ViewContext } from './shared.ts';

export interface NavChapter {
  id: string;
  href: string;
  /** The chapter's number, in the edition's digits. */
  order: string;
  shortTitle: string;
}

export interface ChromeView {
  lang: string;
  dir: 'ltr' | 'rtl';
  siteTitle: string;
  skipLink: string;
  /** The name of the language choice in the header's menu (src/components/ChapterNav.astro). */
  languages: string;
  header: {
    home: Link;
    navLabel: string;
    /** Empty past LISTED_CHAPTERS_MAX chapters: then `allChapters` links to the contents on the home page. */
    chapters: NavChapter[];
    allChapters?: Link | undefined;
    /** The menu: its button's name, and the parts of the site besides the chapters (`sections` below). */
    menu: string;
    sections: Link[];
    search: { action: string; label: string; fieldLabel: string; placeholder: string; button: string };
    darkMode: string;
  };
  /** The dialog's filters are drawn by its script, from the header's chapters (src/scripts/search/dialog.ts). */
  dialog: { title: string; keys: string; close: string; form: SearchFormView };
  /**
   * `print` is the whole explainer's print page, when it is built; a chapter page has `printButton` in its
   * place, a button that prints the chapter, shown when script runs (the header's menu still has the other).
   */
  footer: { siteTitle: string; about: string; links: Link[]; print?: Link | undefined; printButton?: string | undefined };
  /** The notice page.js shows on file://, and the service worker it registers over http(s). */
  fileNotice: { serviceWorker: string; text: Rich };
}

export function chromeView(chapters: readonly Chapter[], context: ViewContext): ChromeView {
  const { locale, routes } = context;
  const { t, edition } = locale;
  const listed = listedChapters(chapters);
  const localAddress = `http://localhost:8000${routes.home}`;
  // The parts of the site besides the chapters, in the header's menu and in the footer: a new page is one
  // entry here. The whole explainer's print page only while it is built (WHOLE_PRINT_CHAPTERS_MAX).
  const sections: Link[] = [
    { href: routes.timeline, text: t.footer.timeline },
    { href: routes.people, text: t.footer.people },
    { href: routes.commitments, text: t.footer.commitments },
    { href: routes.glossary, text: t.footer.glossary },
    { href: routes.data, text: t.footer.data },
    { href: routes.offline, text: t.footer.offline },
  ];
  const print = printableWhole(chapters) ? { href: routes.print, text: t.footer.print } : undefined;
  return {
    lang: edition.lang,
    dir: edition.dir,
    siteTitle: t.site.title,
    skipLink: t.layout.skipLink,
    languages: t.editions.label,
    header: {
      home: { href: routes.home, text: t.site.shortTitle },
      navLabel: t.header.nav,
      chapters: listed.map((c) => ({ id: c.id, href: routes.chapter(c.id), order: locale.format.digits(String(c.data.order)), shortTitle: c.data.shortTitle })),
      allChapters: listed.length === 0 ? { href: `${routes.home}#${ANCHORS.chapters}`, text: t.header.allChapters(chapters.length) } : undefined,
      menu: t.header.menu,
      sections: print ? [...sections, { href: print.href, text: t.header.print }] : sections,
      search: {
        action: routes.search,
        label: t.header.search,
        fieldLabel: t.header.searchLabel,
        placeholder: t.header.searchPlaceholder,
        button: t.header.searchButton,
      },
      darkMode: t.header.darkMode,
    },
    dialog: { title: t.search.dialogTitle, keys: t.search.keys, close: t.search.close, form: searchFormView(context, 'dialog') },
    footer: {
      siteTitle: t.site.title,
      about: t.footer.about,
      // The about and translation status pages only here: they answer "who made this?", which a reader asks at the foot of a page.
      links: [{ href: routes.home, text: t.footer.home }, ...sections, { href: routes.search, text: t.footer.search }, { href: routes.about, text: t.footer.aboutLink }, { href: routes.translations, text: t.translations.link }],
      print,
    },
    fileNotice: {
      // Each edition's worker sits in its folder, scoped to it (src/integrations/service-worker.ts).
      serviceWorker: `${routes.home}sw.js`,
      text: rich(t.layout.fileNotice({ tag: 'code', children: ['python3 -m http.server 8000'] }, linkOf({ href: localAddress, text: localAddress }))),
    },
  };
}
