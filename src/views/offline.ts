/**
 * "Read offline": what a first visit keeps on the reader's device (from the core's rule), the control that
 * saves the whole explainer (its script, src/scripts/offline/save.ts, writes the sizes and states), and
 * how updates arrive.
 */
import { printableWhole } from '../lib/chapters.ts';
import { CORE_CHAPTERS, offlineCore, type OfflineCore } from '../lib/offline.ts';
import type { Chapter } from '../explainer.ts';
import type { ViewContext } from './shared.ts';

export interface OfflineView {
  title: string;
  description: string;
  kept: string;
  later: string;
  save: { heading: string; needsJs: string; print: string | undefined; button: string; remove: string; progress: string };
  updates: { heading: string; text: string };
  where: string;
  /** The edition's core, as site paths for the service worker (src/build-state.ts carries it there). */
  core: OfflineCore;
}

export function offlineView(chapters: readonly Chapter[], { locale: { t, edition } }: ViewContext): OfflineView {
  const core = offlineCore(
    chapters.map((c) => c.id),
    edition,
  );
  const o = t.offline;
  return {
    title: o.title,
    description: o.description,
    kept: o.kept(chapters.length <= CORE_CHAPTERS ? 'all' : CORE_CHAPTERS, core.searchIndex),
    later: o.later(core.searchIndex),
    save: {
      heading: o.saveHeading,
      needsJs: o.needsJs,
      // That the print page is kept once opened, while there is one (WHOLE_PRINT_CHAPTERS_MAX).
      print: printableWhole(chapters) ? o.print : undefined,
      // The size is the build's, known only once the site is written: the script adds it.
      button: o.control.saveLabel,
      remove: o.control.remove,
      progress: o.control.progress,
    },
    updates: { heading: o.updatesHeading, text: o.updates },
    where: o.where,
    core,
  };
}
