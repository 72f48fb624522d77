/** Draws search results as a list of links; shared by the search page and the search dialog. */
import type { SearchHit } from '../../lib/search.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, html?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (html !== undefined) node.innerHTML = html; // Pagefind excerpts are escaped text with <mark> tags.
  return node;
}

/** Display labels by filter and value, "type:event" → "Timeline event". */
export type Labels = ReadonlyMap<string, string>;

/** Draws `hits` in `list`, replacing what was there, or after it when `append` is set. */
export function renderResults(list: HTMLElement, hits: SearchHit[], labels: Labels, append = false): void {
  const label = (filter: string, value: string) => labels.get(`${filter}:${value}`) ?? value;
  list[append ? 'append' : 'replaceChildren'](
    ...hits.map((hit) => {
      const item = el('li', 'search-hit');
      const link = el('a', 'search-hit-title');
      link.href = hit.url;
      link.textContent = hit.title;
      const meta = el('span', 'search-hit-meta');
      // A chapter's own chapter would only repeat its title.
      const chapters = hit.type === 'chapter' ? [] : hit.chapters.map((c) => label('chapter', c));
      meta.textContent = [hit.type && label('type', hit.type), ...chapters].filter(Boolean).join(' · ');
      item.append(link, meta);
      // A record shown first by its name alone (src/lib/search-engine.ts) has no excerpt.
      if (hit.excerpt) item.append(el('p', 'search-hit-excerpt', hit.excerpt));
      if (hit.sections.length > 0) {
        const sections = el('ul', 'search-hit-sections');
        for (const s of hit.sections) {
          const li = el('li', '');
          const a = el('a', '');
          a.href = s.url;
          a.textContent = s.title;
          li.append(a, el('span', 'search-hit-excerpt', ` — ${s.excerpt}`));
          sections.append(li);
        }
        item.append(sections);
      }
      return item;
    }),
  );
}
