/**
 * A rehype plugin that links the first mention of each person, organisation or country in a chapter
 * to its entry on the who's who page. Pure: the caller supplies the actors, read when a chapter is
 * transformed (the content layer loads them first: src/build-state.ts), and the URL of an entry.
 */
import type { Element, ElementContent, Root, Text } from 'hast';

export interface LinkableActor {
  id: string;
  /** Spellings as they appear in the chapters, e.g. "Abdul Ghani Baradar", "Mullah Baradar", "Baradar". */
  aliases: readonly string[];
}

export interface LinkActorsOptions {
  actors: () => readonly LinkableActor[];
  href: (id: string) => string;
}

/** Text inside these is never linked: links may not nest, and headings, citations and code stay as written. */
const SKIPPED_TAGS = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'sup', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'svg']);

/** The minimum of a node we walk: hast elements and roots, and the MDX JSX elements that also have children. */
interface WalkNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Element['properties'];
  children?: WalkNode[];
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

/** Typographic apostrophes (from SmartyPants) match the straight ones written in actors.yaml; one code unit each, so offsets agree. */
function normalise(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'");
}

function isSkipped(node: WalkNode): boolean {
  const tag = node.tagName ?? node.name ?? '';
  if (SKIPPED_TAGS.has(tag)) return true;
  // remark-gfm's footnote list: <section data-footnotes class="footnotes">.
  const props = node.properties ?? {};
  const classes = props.className;
  return props.dataFootnotes !== undefined || (Array.isArray(classes) && classes.includes('footnotes'));
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

export default function rehypeLinkActors(options: LinkActorsOptions) {
  return (tree: Root): void => {
    const patterns: Pattern[] = options
      .actors()
      .flatMap((actor) => actor.aliases.filter((alias) => alias.trim() !== '').map((alias) => ({ id: actor.id, alias: normalise(alias) })))
      .sort((a, b) => b.alias.length - a.alias.length);
    const linked = new Set<string>();

    /** Splits one text node into text and links; every match uses up its words, even when its actor is already linked. */
    const linkText = (node: Text): ElementContent[] => {
      const pieces: ElementContent[] = [];
      let cursor = 0;
      for (const match of findMatches(node.value, patterns)) {
        if (linked.has(match.id)) continue;
        linked.add(match.id);
        if (match.start > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, match.start) });
        pieces.push({
          type: 'element',
          tagName: 'a',
          properties: { href: options.href(match.id) },
          children: [{ type: 'text', value: node.value.slice(match.start, match.end) }],
        });
        cursor = match.end;
      }
      if (cursor === 0) return [node];
      if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
      return pieces;
    };

    const walk = (parent: WalkNode): void => {
      const children = parent.children;
      if (!children) return;
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        if (child.type === 'text') {
          const pieces = linkText(child as Text) as WalkNode[];
          children.splice(i, 1, ...pieces);
          i += pieces.length - 1;
        } else if (!isSkipped(child)) {
          walk(child);
        }
      }
    };

    if (patterns.length > 0) walk(tree as WalkNode);
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
