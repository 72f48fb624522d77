/**
 * A rehype plugin that turns each chapter footnote into a link to its source: the headline the footnote
 * quotes (in emphasis, as the build requires) links to the source's address from sources.csv. The footnotes
 * are then the chapter's full list of sources, so no second list repeats them. Pure: the caller supplies
 * the sources, read when a chapter is transformed (the content layer loads them first: src/build-state.ts).
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
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

function walk(node: Element | Root, visit: (el: Element) => void): void {
  for (const child of node.children) {
    if (child.type === 'element') {
      visit(child);
      walk(child, visit);
    }
  }
}

/** The footnote's source id, from remark-gfm's item id "user-content-fn-<id>". */
const FOOTNOTE_ID = /^(?:.*-)?user-content-fn-(.+)$/;

export default function rehypeLinkCitations({ sources }: { sources: () => readonly CitableSource[] }) {
  return (tree: Root) => {
    const byId = new Map(sources().map((s) => [s.id, s]));
    walk(tree, (li) => {
      if (li.tagName !== 'li') return;
      const id = FOOTNOTE_ID.exec(String(li.properties?.id ?? ''))?.[1];
      const source = id ? byId.get(id) : undefined;
      if (!source?.url) return;
      let linked = false;
      walk(li, (el) => {
        if (linked || el.tagName !== 'em' || loose(toString(el)) !== loose(source.title)) return;
        const properties = { href: source.url, rel: ['external', 'noopener'] };
        // A headline the writer linked already points to the bibliography's address, like the others.
        const written = el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a');
        if (written) written.properties = { ...written.properties, ...properties };
        else el.children = [{ type: 'element', tagName: 'a', properties, children: el.children } satisfies ElementContent];
        linked = true;
      });
    });
  };
}
