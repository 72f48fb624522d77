/**
 * The search panel's filters, status line, results list and "more" button, as HTML: the search page
 * renders it at build time (src/components/SearchPanel.astro) and the search dialog's script in the
 * browser (src/scripts/search/dialog.ts), so that the dialog's filters are not in every page. The script
 * that runs the panel (src/scripts/search/controller.ts) finds its parts by their data-search-* names.
 */

export interface FilterGroup {
  /** The Pagefind filter key. */
  name: string;
  legend: string;
  /** Values are ids (a chapter id, a search type); labels are what the reader sees. */
  options: { value: string; label: string }[];
}

export interface FilterPanelView {
  /** Keeps ids unique when the page and the dialog are both on the search page. */
  idPrefix: string;
  all: string;
  more: string;
  /** Only groups with options. */
  groups: FilterGroup[];
}

/** The filters: the chapters (none past the listed maximum, as in the header) and the result types. */
export function filterGroups(
  chapters: FilterGroup['options'],
  words: { legends: { chapter: string; type: string }; types: Record<string, string> },
  types: readonly string[],
): FilterGroup[] {
  const groups: FilterGroup[] = [
    { name: 'chapter', legend: words.legends.chapter, options: chapters },
    { name: 'type', legend: words.legends.type, options: types.map((type) => ({ value: type, label: words.types[type]! })) },
  ];
  return groups.filter((g) => g.options.length > 0);
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function filterPanelHtml({ idPrefix, all, more, groups }: FilterPanelView): string {
  const radio = (group: string, value: string, checked = '') =>
    `<input type="radio" name="${escape(`${idPrefix}-${group}`)}" data-filter="${escape(group)}" value="${escape(value)}"${checked}>`;
  const fieldsets = groups.map(
    (g) =>
      `<fieldset><legend>${escape(g.legend)}</legend><label>${radio(g.name, '', ' checked')} ${escape(all)}</label>` +
      g.options.map((o) => `<label>${radio(g.name, o.value)} ${escape(o.label)} <span class="count" data-count="${escape(`${g.name}:${o.value}`)}"></span></label>`).join('') +
      '</fieldset>',
  );
  // Filters stay folded behind one button (the script labels it and shows it), so on a phone the first results show above the keyboard.
  return (
    '<button class="button filters-toggle" type="button" data-search-filters-toggle hidden></button>' +
    `<div class="filters" id="${escape(idPrefix)}-filters" data-search-filters hidden>${fieldsets.join('')}</div>` +
    '<p class="status" role="status" data-search-status></p>' +
    `<ol class="results" id="${escape(idPrefix)}-results" data-search-results></ol>` +
    `<button class="button more" type="button" data-search-more hidden>${escape(more)}</button>`
  );
}
