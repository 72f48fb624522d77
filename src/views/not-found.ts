/** The 404 page: a search form and the chapters, so a reader who followed a stale link can go on. */
import type { Chapter } from '../explainer.ts';
import type { Link, ViewContext } from './shared.ts';

export interface NotFoundView {
  title: string;
  description: string;
  text: string;
  search: { action: string; label: string; button: string };
  chaptersHeading: string;
  chapters: Link[];
  home: Link;
}

export function notFoundView(chapters: readonly Chapter[], { locale: { t }, routes }: ViewContext): NotFoundView {
  return {
    title: t.notFound.title,
    description: t.notFound.description,
    text: t.notFound.text,
    search: { action: routes.search, label: t.notFound.search, button: t.notFound.button },
    chaptersHeading: t.notFound.chapters,
    chapters: chapters.map((c) => ({ href: routes.chapter(c.id), text: c.data.title })),
    home: { href: routes.home, text: t.notFound.home },
  };
}
