/** A name for a table, from its column headings, for the scrolling region that holds it. */
export function tableLabel(tableHtml: string): string {
  const headings = [...tableHtml.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)]
    .map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return headings.length ? `Table: ${headings.join(', ')}` : 'Table';
}
