/**
 * The 404 page: a search form and the chapters, so a reader who followed a stale link can go on. It is
 * also what the service worker shows offline for a page it doesn't have, so it says how to save them all,
 * and, being in every first visit's download, lists the chapters only while there are few (listedChapters).
 */
import { listedChapters } from '../lib/chapters.ts';
import { ANCHORS } from '../site.ts';
import type { Chapter } from '../explainer.ts';
import { linkOf, rich, type Link, type Rich, type ViewContext } from './shared.ts';

export interface NotFoundView {
  title: string;
  description: string;
  text: string;
  search: { action: string; label: string; button: string };
  chaptersHeading: string;
  chapters: Link[];
  /** Past the listed maximum, in place of the list: the contents on the home page. */
  allChapters?: Link | undefined;
  home: Link;
  offline: Rich;
}

export function notFoundView(chapters: readonly Chapter[], { locale: { t }, routes }: ViewContext): NotFoundView {
  return {
    title: t.notFound.title,
    description: t.notFound.description,
    text: t.notFound.text,
    search: { action: routes.search, label: t.notFound.search, button: t.notFound.button },
    chaptersHeading: t.notFound.chapters,
    chapters: listedChapters(chapters).map((c) => ({ href: routes.chapter(c.id), text: c.data.title })),
    allChapters: listedChapters(chapters).length === 0 ? { href: `${routes.home}#${ANCHORS.chapters}`, text: t.header.allChapters(chapters.length) } : undefined,
    home: { href: routes.home, text: t.notFound.home },
    offline: rich(t.notFound.offline(linkOf({ href: routes.offline, text: t.notFound.offlineLink }))),
  };
}
