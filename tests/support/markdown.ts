/**
 * Compiles Markdown or MDX to HTML with Sätteri, as the build compiles the chapters, for the tests of
 * the hast plugins (src/markdown/). MDX is evaluated with a small JSX runtime that writes HTML, so a test
 * can place components in it.
 */
import { evaluate, markdownToHtml, type Features, type HastPluginEntry } from 'satteri';

type Html = { html: string };
export type Component = (props: { children?: unknown; [key: string]: unknown }) => Html;

const Fragment = Symbol('Fragment');
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function childrenHtml(children: unknown): string {
  if (children == null || children === false) return '';
  if (Array.isArray(children)) return children.map(childrenHtml).join('');
  if (typeof children === 'object' && 'html' in children) return (children as Html).html;
  return escape(String(children));
}

function jsx(type: unknown, props: unknown): Html {
  const { children, ...attributes } = props as { children?: unknown; [key: string]: unknown };
  if (type === Fragment) return { html: childrenHtml(children) };
  if (typeof type === 'function') return (type as Component)(props as Parameters<Component>[0]);
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value != null && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(String(value))}"`))
    .join('');
  return { html: `<${String(type)}${attrs}>${childrenHtml(children)}</${String(type)}>` };
}

export interface CompileOptions {
  hastPlugins: HastPluginEntry[];
  features?: Features;
}

export function markdownHtml(markdown: string, { hastPlugins, features }: CompileOptions): string {
  return (markdownToHtml(markdown, { hastPlugins, features }) as { html: string }).html.trim();
}

export async function mdxHtml(mdx: string, { hastPlugins, features }: CompileOptions, components: Record<string, Component> = {}, fileURL?: URL): Promise<string> {
  const module = await evaluate(mdx, { Fragment, jsx, jsxs: jsx, hastPlugins, features, elementAttributeNameCase: 'html', ...(fileURL ? { fileURL } : {}) });
  return (module.default as (props: object) => Html)({ components }).html;
}

/** Every link in some HTML, as [href, text]. */
export function links(html: string): [string, string][] {
  return [...html.matchAll(/<a href="([^"]*)"[^>]*>(.*?)<\/a>/g)].map((m) => [m[1]!, m[2]!.replace(/<[^>]+>/g, '')]);
}
