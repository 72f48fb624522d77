/**
 * A Sätteri hast plugin that links the first mention of each entry of one or more lists in a chapter to
 * that entry's page: actors to the who's who (link-actors.ts), terms to the glossary (link-terms.ts). All
 * lists are matched in one pass over the chapter, so a link of one kind never nests in or overlaps another:
 * every mention uses up its words, and where two lists name the same words, the earlier list wins.
 */
import type { ElementContent, Text } from 'hast';
import type { HastPluginEntry } from 'satteri';

export interface Linkable {
  id: string;
  /** Spellings as they appear in the chapters, e.g. "Abdul Ghani Baradar", "Mullah Baradar", "Baradar". */
  aliases: readonly string[];
}

/** One list whose entries are linked: the entries, read when a chapter is compiled, and the URL of an entry. */
export interface MentionList {
  entries: () => readonly Linkable[];
  href: (id: string) => string;
}

/** The minimum of a node we walk: hast elements and text, and the MDX JSX elements that also have children. */
interface WalkNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  children?: readonly WalkNode[];
}

export interface Pattern {
  /** The entry's key: its list's index and its id, so that an actor and a term may share an id. */
  key: string;
  alias: string;
}

export interface Match {
  key: string;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

/** Typographic apostrophes (from smart punctuation) match the straight ones written in the data files; one code unit each, so offsets agree. */
export function normalise(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'");
}

/**
 * The elements whose text the plugin reads, each on its own; headings are not among them, so they stay as
 * written. (A visitor per text node would cross from Sätteri's Rust tree to JavaScript for every node,
 * which costs more than the rest of a chapter's compile.)
 */
const BLOCKS = ['p', 'li', 'td', 'th', 'dt', 'dd', 'figcaption', 'caption'];
const BLOCK_SET = new Set(BLOCKS);

/** Inside a block: links may not nest, and citations, code and the like stay as written. */
const SKIPPED_INLINE = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'sup', 'script', 'style', 'svg']);

/** The text nodes of one block in reading order, leaving out skipped elements and nested blocks (visited on their own). */
function textsOf(node: WalkNode, found: WalkNode[] = []): WalkNode[] {
  for (const child of node.children ?? []) {
    if (child.type === 'text') found.push(child);
    else if (!SKIPPED_INLINE.has(child.tagName ?? child.name ?? '') && !BLOCK_SET.has(child.tagName ?? '')) textsOf(child, found);
  }
  return found;
}

/**
 * Whole-word occurrences of every alias, leftmost first and, at the same place, longest first, without
 * overlaps; where two patterns cover the same words, the one listed first wins. `patterns` must be longest first.
 */
export function findMatches(text: string, patterns: readonly Pattern[]): Match[] {
  const haystack = normalise(text);
  const candidates: Match[] = [];
  for (const { key, alias } of patterns) {
    for (let at = haystack.indexOf(alias); at !== -1; at = haystack.indexOf(alias, at + 1)) {
      const end = at + alias.length;
      const before = haystack[at - 1];
      const after = haystack[end];
      if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) {
        candidates.push({ key, start: at, end });
      }
    }
  }
  // A stable sort: equal spans keep the order of `patterns`.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Match[] = [];
  for (const match of candidates) {
    const last = chosen.at(-1);
    if (!last || match.start >= last.end) chosen.push(match);
  }
  return chosen;
}

/** The aliases of some lists of entries, longest first and, at equal length, in list order; keys are `${list}:${id}`. */
export function patternsOf(lists: readonly (readonly Linkable[])[]): Pattern[] {
  return lists
    .flatMap((entries, list) =>
      entries.flatMap((entry) => entry.aliases.filter((alias) => alias.trim() !== '').map((alias) => ({ key: `${list}:${entry.id}`, alias: normalise(alias) }))),
    )
    .sort((a, b) => b.alias.length - a.alias.length);
}

/** Computed once per set of lists (the lists are the same for every chapter): cached on the first, checked against the others. */
const cachedPatterns = new WeakMap<readonly Linkable[], { rest: readonly (readonly Linkable[])[]; patterns: Pattern[] }>();
function patterns(lists: readonly (readonly Linkable[])[]): Pattern[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  const cached = cachedPatterns.get(first);
  if (cached && cached.rest.length === rest.length && cached.rest.every((list, i) => list === rest[i])) return cached.patterns;
  const found = patternsOf(lists);
  cachedPatterns.set(first, { rest, patterns: found });
  return found;
}

export function linkFirstMentions(name: string, lists: readonly MentionList[]): HastPluginEntry {
  // A factory: Sätteri calls it once per document, so each chapter links its own first mentions.
  return () => {
    const all = patterns(lists.map((l) => l.entries()));
    if (all.length === 0) return null;
    const hrefOf = (key: string) => {
      const colon = key.indexOf(':');
      return lists[Number(key.slice(0, colon))]!.href(key.slice(colon + 1));
    };
    const entryCount = new Set(all.map((p) => p.key)).size;
    const linked = new Set<string>();
    // The footnotes (GFM puts them last, in <section data-footnotes>) are citations: nothing after their start is linked.
    let inFootnotes = false;

    /**
     * Splits one text into text and links; every match uses up its words, even when its entry is already linked.
     * `present` are the patterns whose words are in the text's block: no other can match in it.
     */
    const linkText = (value: string, present: readonly Pattern[]): ElementContent[] | undefined => {
      const pieces: ElementContent[] = [];
      let cursor = 0;
      for (const match of findMatches(value, present)) {
        if (linked.has(match.key)) continue;
        linked.add(match.key);
        if (match.start > cursor) pieces.push({ type: 'text', value: value.slice(cursor, match.start) });
        pieces.push({
          type: 'element',
          tagName: 'a',
          properties: { href: hrefOf(match.key) },
          children: [{ type: 'text', value: value.slice(match.start, match.end) }],
        });
        cursor = match.end;
      }
      if (cursor === 0) return undefined;
      if (cursor < value.length) pieces.push({ type: 'text', value: value.slice(cursor) });
      return pieces;
    };

    return {
      name,
      element: [
        {
          filter: ['section'],
          visit(section) {
            if (section.properties?.dataFootnotes !== undefined) inFootnotes = true;
          },
        },
        {
          filter: BLOCKS,
          visit(block, ctx) {
            if (inFootnotes || linked.size === entryCount) return;
            // A cheap test on the block's whole text first: only a block that names an entry not yet linked is read
            // node by node, and only against the patterns its text holds (a few of some hundreds).
            const text = normalise(ctx.textContent(block));
            const present = all.filter(({ alias }) => text.includes(alias));
            if (!present.some(({ key }) => !linked.has(key))) return;
            for (const node of textsOf(block as WalkNode)) {
              const pieces = linkText(node.value ?? '', present);
              if (pieces) ctx.replaceNode(node as Text, pieces);
            }
          },
        },
      ],
    };
  };
}

/** Each entry's id and its list of spellings, from validated data entries; `spellings` picks them from an entry. */
export function linkableEntries(data: unknown, spellings: (entry: Record<string, unknown>) => unknown[]): Linkable[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { id } = entry as { id?: unknown };
    if (typeof id !== 'string') return [];
    return [{ id, aliases: spellings(entry as Record<string, unknown>).filter((a): a is string => typeof a === 'string') }];
  });
}
