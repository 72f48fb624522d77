/**
 * A Sätteri hast plugin that turns each chapter footnote into a link to its source: the headline the
 * footnote quotes (in emphasis, as the build requires) links to the source's address from sources.csv.
 * The footnotes are then the chapter's full list of sources, so no second list repeats them. The caller
 * supplies the sources, read when a chapter is compiled (the content layer loads them first:
 * src/build-state.ts).
 */
import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { loose } from '../lib/citations.ts';

export interface CitableSource {
  id: string;
  title: string;
  url?: string | undefined;
}

/** The sources as the plugin needs them, from the validated rows of sources.csv. */
export function citableSources(rows: unknown): CitableSource[] {
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((r) =>
    r && typeof r.id === 'string' && typeof r.title === 'string' ? [{ id: r.id, title: r.title, url: r.url || undefined }] : [],
  );
}

/** The footnote's source id, from the GFM footnote item id "user-content-fn-<id>". */
export const FOOTNOTE_ID = /^(?:.*-)?user-content-fn-(.+)$/;

/** A source as the footnotes are matched against it: its address, and its headline compared loosely. */
interface Citation {
  url: string;
  headline: string;
}

/** The sources with an address, by id, for each bibliography (one list, the same for every chapter). */
const indexes = new WeakMap<readonly CitableSource[], Map<string, Citation>>();

function citationsOf(sources: readonly CitableSource[]): Map<string, Citation> {
  let index = indexes.get(sources);
  if (!index) {
    index = new Map(sources.flatMap((s) => (s.url ? [[s.id, { url: s.url, headline: loose(s.title) }] as const] : [])));
    indexes.set(sources, index);
  }
  return index;
}

export function linkCitations({ sources }: { sources: () => readonly CitableSource[] }): HastPluginEntry {
  return () => {
    const index = citationsOf(sources());
    // Elements arrive in document order, so an <em> belongs to the footnote item visited last (footnote
    // items hold no lists of their own). Only the first <em> that quotes the headline is linked.
    let footnote: Citation | undefined;
    return {
      name: 'link-citations',
      element: [
        {
          filter: ['li'],
          visit(li) {
            const id = FOOTNOTE_ID.exec(String(li.properties?.id ?? ''))?.[1];
            footnote = id ? index.get(id) : undefined;
          },
        },
        {
          filter: ['em'],
          visit(em, ctx) {
            if (!footnote || loose(ctx.textContent(em)) !== footnote.headline) return;
            const href = footnote.url;
            footnote = undefined;
            // A headline the writer linked already points to the bibliography's address, like the others.
            const written = em.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a');
            if (written) {
              ctx.setProperty(written, 'href', href);
            } else {
              const link: ElementContent = { type: 'element', tagName: 'a', properties: { href }, children: [...em.children] };
              ctx.replaceNode(em, { ...em, children: [link] });
            }
          },
        },
      ],
    };
  };
}
