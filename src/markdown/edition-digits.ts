/**
 * A Sätteri hast plugin: a translated chapter (content/translations/<lang>/chapters/) shows its numbers in
 * its edition's digits (src/lib/digits.ts: "2020" → "۲۰۲۰" in Dari and Pashto). Translations are written
 * with Latin digits so that the build can compare them with the English; readers get their own here.
 * Never inside code, footnote marks (sup), link addresses, ids or attributes (only text nodes change), nor
 * in the footnotes, whose source titles stay in English as published: each footnote is marked as English
 * (lang), for screen readers and so that its punctuation is laid out left to right (global.css). English
 * chapters pass untouched.
 */
import { fileURLToPath } from 'node:url';
import type { Text } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { editionDigits } from '../lib/digits.ts';
import { localeOfFile, translationEditionId } from '../i18n/index.ts';
import { ANCHORS, DEFAULT_EDITION, EDITIONS } from '../site.ts';

interface WalkNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  children?: readonly WalkNode[];
}

const BLOCKS = ['p', 'li', 'td', 'th', 'dt', 'dd', 'figcaption', 'caption', 'h2', 'h3', 'h4', 'blockquote'];
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'sup', 'script', 'style', 'svg']);
const BLOCK_SET = new Set(BLOCKS);
const ADDRESS = /https?:\/\/|www\./;

/** The edition language of a translated chapter's file, or undefined for an English chapter. */
export function translationLang(path: string): string | undefined {
  const id = translationEditionId(path);
  return EDITIONS.find((e) => e.id === id)?.lang;
}

function textsOf(node: WalkNode, found: WalkNode[] = []): WalkNode[] {
  for (const child of node.children ?? []) {
    if (child.type === 'text') found.push(child);
    // Nested blocks are visited on their own.
    else if (!SKIPPED.has(child.tagName ?? child.name ?? '') && !BLOCK_SET.has(child.tagName ?? '')) textsOf(child, found);
  }
  return found;
}

export function editionDigitsPlugin(): HastPluginEntry {
  // A factory, given the chapter's file: an English chapter, which the plugin leaves as it is, gets no plugin
  // at all, so Sätteri makes no pass over its tree for it.
  return ({ fileURL }) => {
    const path = fileURL ? fileURLToPath(fileURL) : undefined;
    const lang = path ? translationLang(path) : undefined;
    if (!lang) return null;
    // The footnotes' heading in the edition's words (Sätteri's label is the default edition's).
    const locale = localeOfFile(path);
    const sources = locale.edition.lang === lang ? locale.t.chapter.sources : undefined;
    let inFootnotes = false;
    return {
      name: 'edition-digits',
      element: [
        {
          filter: ['h2'],
          visit(heading, ctx) {
            if (!sources || heading.properties?.id !== ANCHORS.sources) return;
            for (let i = heading.children.length - 1; i >= 0; i--) ctx.removeChildAt(heading, i);
            ctx.appendChild(heading, { type: 'text', value: sources });
          },
        },
        {
          filter: ['section'],
          visit(section) {
            if (section.properties?.dataFootnotes !== undefined) inFootnotes = true;
          },
        },
        {
          filter: ['li'],
          visit(item, ctx) {
            if (inFootnotes) ctx.setProperty(item, 'lang', DEFAULT_EDITION.lang);
          },
        },
        {
          filter: BLOCKS,
          visit(block, ctx) {
            if (inFootnotes || !/[0-9]/.test(ctx.textContent(block))) return;
            for (const node of textsOf(block as WalkNode)) {
              const value = node.value ?? '';
              if (!/[0-9]/.test(value) || ADDRESS.test(value)) continue;
              const converted = editionDigits(value, lang);
              if (converted !== value) ctx.replaceNode(node as Text, { type: 'text', value: converted });
            }
          },
        },
      ],
    };
  };
}
