/**
 * What the chapters' tables need from their rendered HTML (Astro's output: attributes double-quoted, no
 * raw "<" in text): their column headings, for the name of the scrolling region that holds a table, and
 * each data cell labelled with its column's heading, so that a table can stack into one card a row on a
 * phone (the stylesheet shows the label before the cell).
 */

/** The text of a table's column headings, in order, without markup. */
export function tableHeadings(tableHtml: string): string[] {
  return [...tableHtml.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)]
    .map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Gives every data cell but a row's first (which heads its card) its column's heading as `data-label`. */
export function labelCells(tableHtml: string, headings: readonly string[]): string {
  return tableHtml.replace(/<tr\b[^>]*>[\s\S]*?<\/tr>/g, (row) => {
    let column = -1;
    return row.replace(/<td\b/g, (cell) => {
      column++;
      const label = headings[column];
      return column === 0 || !label ? cell : `${cell} data-label="${label.replace(/"/g, '&quot;')}"`;
    });
  });
}
