/**
 * A Sätteri hast plugin that links the first mention of each person, organisation or country in a
 * chapter to its entry on the who's who page. The caller supplies the actors, read when a chapter is
 * compiled (the content layer loads them first: src/build-state.ts), and the URL of an entry.
 */
import type { ElementContent, Text } from 'hast';
import type { HastPluginEntry } from 'satteri';

export interface LinkableActor {
  id: string;
  /** Spellings as they appear in the chapters, e.g. "Abdul Ghani Baradar", "Mullah Baradar", "Baradar". */
  aliases: readonly string[];
}

export interface LinkActorsOptions {
  actors: () => readonly LinkableActor[];
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

interface Pattern {
  id: string;
  alias: string;
}

interface Match {
  id: string;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

/** Typographic apostrophes (from smart punctuation) match the straight ones written in actors.yaml; one code unit each, so offsets agree. */
function normalise(text: string): string {
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

/** Whole-word occurrences of every alias, leftmost first and, at the same place, longest first, without overlaps. */
function findMatches(text: string, patterns: readonly Pattern[]): Match[] {
  const haystack = normalise(text);
  const candidates: Match[] = [];
  for (const { id, alias } of patterns) {
    for (let at = haystack.indexOf(alias); at !== -1; at = haystack.indexOf(alias, at + 1)) {
      const end = at + alias.length;
      const before = haystack[at - 1];
      const after = haystack[end];
      if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) {
        candidates.push({ id, start: at, end });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Match[] = [];
  for (const match of candidates) {
    const last = chosen.at(-1);
    if (!last || match.start >= last.end) chosen.push(match);
  }
  return chosen;
}

/** The aliases, longest first, computed once per list of actors (the list is the same for every chapter). */
const patternsOf = new WeakMap<readonly LinkableActor[], Pattern[]>();
function patterns(actors: readonly LinkableActor[]): Pattern[] {
  let found = patternsOf.get(actors);
  if (!found) {
    found = actors
      .flatMap((actor) => actor.aliases.filter((alias) => alias.trim() !== '').map((alias) => ({ id: actor.id, alias: normalise(alias) })))
      .sort((a, b) => b.alias.length - a.alias.length);
    patternsOf.set(actors, found);
  }
  return found;
}

export function linkActors(options: LinkActorsOptions): HastPluginEntry {
  // A factory: Sätteri calls it once per document, so each chapter links its own first mentions.
  return () => {
    const all = patterns(options.actors());
    if (all.length === 0) return null;
    const actorCount = new Set(all.map((p) => p.id)).size;
    const linked = new Set<string>();
    // The footnotes (GFM puts them last, in <section data-footnotes>) are citations: nothing after their start is linked.
    let inFootnotes = false;

    /** Splits one text into text and links; every match uses up its words, even when its actor is already linked. */
    const linkText = (value: string): ElementContent[] | undefined => {
      const pieces: ElementContent[] = [];
      let cursor = 0;
      for (const match of findMatches(value, all)) {
        if (linked.has(match.id)) continue;
        linked.add(match.id);
        if (match.start > cursor) pieces.push({ type: 'text', value: value.slice(cursor, match.start) });
        pieces.push({
          type: 'element',
          tagName: 'a',
          properties: { href: options.href(match.id) },
          children: [{ type: 'text', value: value.slice(match.start, match.end) }],
        });
        cursor = match.end;
      }
      if (cursor === 0) return undefined;
      if (cursor < value.length) pieces.push({ type: 'text', value: value.slice(cursor) });
      return pieces;
    };

    return {
      name: 'link-actors',
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
            if (inFootnotes || linked.size === actorCount) return;
            // A cheap test on the block's whole text first: only a block that names an actor not yet linked is read node by node.
            const text = normalise(ctx.textContent(block));
            if (!all.some(({ id, alias }) => !linked.has(id) && text.includes(alias))) return;
            for (const node of textsOf(block as WalkNode)) {
              const pieces = linkText(node.value ?? '');
              if (pieces) ctx.replaceNode(node as Text, pieces);
            }
          },
        },
      ],
    };
  };
}

/** The actors as the plugin needs them, from the validated entries of actors.yaml. */
export function linkableActors(data: unknown): LinkableActor[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { id, aliases } = entry as { id?: unknown; aliases?: unknown };
    if (typeof id !== 'string') return [];
    return [{ id, aliases: Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [] }];
  });
}
