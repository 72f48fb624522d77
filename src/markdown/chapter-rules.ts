/**
 * A Sätteri mdast plugin that stops the build when a chapter holds anything but Markdown and the site's own
 * components: no HTML, no code, nothing loaded from another site. A chapter is text; whatever runs or loads
 * on a page comes from the site's code, which the Content-Security-Policy and the tests cover.
 *
 * It is an allow-list, not a list of dangerous tags: every kind of node has to be known here (MARKDOWN;
 * the plugin refuses all the others Sätteri can make), every JSX element has to be one of CHAPTER_COMPONENTS, and every address has to be a web address (links) or one
 * within the site (images). Markdown gives chapters all they need (links, emphasis, tables, footnotes), and
 * a closed list can't be slipped past by a tag or an attribute nobody thought of (<svg><animate>, <meta
 * http-equiv>, srcset, ping …). The dangerous cases still get messages of their own, saying why and what to
 * write instead. All the problems of a chapter are reported at once, each with its file, line and column.
 *
 * There is no sanitising pass over the HTML as well (rehype-sanitize): the tree it would see holds the
 * components as MDX nodes, which it unwraps or drops, and it prefixes the ids that links and footnotes point
 * at. With only Markdown and the components let in, the HTML is what the Markdown pipeline writes.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, MdastPluginInstance, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';

/**
 * The components a writer may place in a chapter (src/components/mdx-components.ts supplies them), with
 * where each one's content comes from: none takes attributes, so nothing in a tag can carry code or an address.
 */
export const CHAPTER_COMPONENTS = {
  Postscript: 'the text between its tags, and its date from the frontmatter field postscriptWritten',
  TroopChart: 'content/troop-levels.yaml',
  LocatorMap: 'the country boundaries of the world-atlas package and the places in src/views/locator-map.ts',
} as const;
export type ChapterComponent = keyof typeof CHAPTER_COMPONENTS;

type NodeKind = Exclude<keyof MdastPluginInstance, 'options' | 'before' | 'after'>;

/** Markdown (with GFM's tables, strikethrough and footnotes) as chapters use it; JSX, expressions and addresses are checked further. */
const MARKDOWN = [
  'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell',
  'code', 'inlineCode', 'text', 'emphasis', 'strong', 'delete', 'break', 'link', 'linkReference', 'image', 'imageReference',
  'definition', 'footnoteDefinition', 'footnoteReference', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression',
] as const satisfies readonly NodeKind[];

/**
 * Every other kind of node Sätteri can make: refused wherever it appears. Most need a feature this site
 * leaves off (math, directives, superscript…).
 */
const OTHER_KINDS = [
  'html', 'yaml', 'toml', 'math', 'inlineMath', 'containerDirective', 'leafDirective', 'textDirective',
  'superscript', 'subscript', 'descriptionList', 'descriptionTerm', 'descriptionDetails', 'mdxjsEsm', 'custom',
] as const satisfies readonly NodeKind[];

/** A kind of node in neither list (a newer Sätteri's) is a type error here, so the allow-list stays closed. */
type Unlisted = Exclude<NodeKind, (typeof MARKDOWN)[number] | (typeof OTHER_KINDS)[number]>;
const everyKindListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyKindListed;

const COMPONENT_LIST = new Intl.ListFormat('en-GB').format(Object.keys(CHAPTER_COMPONENTS).map((name) => `<${name}>`));
const ONLY_MARKDOWN = `a chapter is Markdown, with only these components: ${COMPONENT_LIST}.`;
const LINK_INSTEAD = 'Link to the source instead: [its headline](https://…).';

/** The elements most often pasted into a text, each with why it can't be in a chapter. */
const ELEMENT_REASONS: Record<string, string> = {
  a: 'write a link in Markdown: [its headline](https://…).',
  script: 'it would run a program in every reader’s browser. A chapter is text: remove it.',
  iframe: `it embeds a page from another site, which every reader’s browser would fetch and run. ${LINK_INSTEAD}`,
  frame: `it embeds a page from another site, which every reader’s browser would fetch and run. ${LINK_INSTEAD}`,
  object: `it embeds a plug-in or another site’s content into the page. ${LINK_INSTEAD}`,
  embed: `it embeds a plug-in or another site’s content into the page. ${LINK_INSTEAD}`,
  base: 'it changes where every link on the page points. Remove it.',
  meta: 'it changes the page’s head (its address, policy or refresh), which the layout writes. Remove it.',
  link: 'it makes the page load a file, perhaps from another site. For a link to a source write Markdown: [its headline](https://…).',
  form: 'it would send what readers type somewhere. Remove it.',
  style: 'styles come from the site’s stylesheet only (src/styles/global.css). Remove it, or ask for a style there.',
};

/** Elements that load media by address, and the attributes they load it from. */
const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'source', 'track']);
const MEDIA_ADDRESSES = new Set(['src', 'srcset', 'poster']);
const FOREIGN_MEDIA =
  'it loads a file from another site, which would tell that site who is reading and stop the page working offline. ' +
  'Link to it instead, or (with permission) save the file beside the chapter and give its address within the site.';

/** Attributes that hold the address of a link or a form's target; MEDIA_ADDRESSES hold addresses the browser loads. */
const LINK_ADDRESSES = new Set(['href', 'xlink:href', 'action', 'formaction']);
/** Attributes that put HTML into the page unchecked. */
const RAW_HTML_ATTRIBUTES = new Set(['dangerouslysetinnerhtml', 'set:html']);
/** Schemes a link may use: web addresses and e-mail. Addresses without a scheme stay within the site. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/** What a browser makes of an address: its scheme, if any, and whether it points to another site. */
export function readAddress(address: string): { scheme?: string; offSite: boolean } {
  // Browsers drop tabs and newlines anywhere in an address, and spaces and control characters at its ends,
  // before they read the scheme: "java\tscript:" is "javascript:". A leading "//" (or "\\") keeps the
  // page's scheme and changes the site.
  // eslint-disable-next-line no-control-regex
  const url = address.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  return { scheme, offSite: scheme !== undefined || /^[\\/]{2}/.test(url) };
}

/** Addresses that run or carry code, wherever they are used. */
function activeAddress(address: string): string | undefined {
  const { scheme } = readAddress(address);
  if (scheme === 'javascript' || scheme === 'vbscript') return `${scheme}: addresses run a program when they are opened. Remove it.`;
  if (scheme === 'data') return 'data: addresses carry a whole file, page or script inside them. Give an address within the site instead.';
  return undefined;
}

/** Why a link can't go to this address, or undefined. */
function linkProblem(address: string): string | undefined {
  const { scheme } = readAddress(address);
  if (scheme === undefined || LINK_SCHEMES.has(scheme)) return undefined;
  return activeAddress(address) ?? `${scheme}: addresses are not web addresses. Links go to https:// (or http://) addresses, mailto: or pages of the site.`;
}

/** Why an image can't be loaded from this address, or undefined. */
function imageProblem(address: string): string | undefined {
  return activeAddress(address) ?? (readAddress(address).offSite ? FOREIGN_MEDIA : undefined);
}

/** The addresses in an attribute value: srcset lists several, each followed by its size. */
function addressesIn(attribute: string, value: string): string[] {
  return attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type JsxAttribute = JsxElement['attributes'][number];

/** The problems of one JSX element: the element itself unless it is a component, then each attribute. */
function elementProblems(element: JsxElement): string[] {
  const tag = element.name === null ? '<>' : `<${element.name}>`;
  const component = element.name !== null && Object.hasOwn(CHAPTER_COMPONENTS, element.name) ? (element.name as ChapterComponent) : undefined;
  const problems = component ? [] : [`${tag} is not allowed in a chapter: ${elementReason(element)}`];
  for (const attribute of element.attributes) {
    const problem = attributeProblem(attribute, component);
    if (problem) problems.push(`${tag}: ${problem}`);
  }
  return problems;
}

function elementReason(element: JsxElement): string {
  const name = element.name?.toLowerCase() ?? '';
  if (Object.hasOwn(ELEMENT_REASONS, name)) return ELEMENT_REASONS[name]!;
  if (!MEDIA.has(name)) return `${ONLY_MARKDOWN} Write it in Markdown instead.`;
  const loadsOffSite = element.attributes.some(
    (a) => a.type === 'mdxJsxAttribute' && MEDIA_ADDRESSES.has(a.name.toLowerCase()) && typeof a.value === 'string' &&
      addressesIn(a.name.toLowerCase(), a.value).some((address) => readAddress(address).offSite),
  );
  return loadsOffSite ? FOREIGN_MEDIA : 'write an image in Markdown, ![what it shows](address), with an address within the site.';
}

/** What is wrong with an attribute: code, a handler, raw HTML or an active address anywhere; any attribute on a component. */
function attributeProblem(attribute: JsxAttribute, component: ChapterComponent | undefined): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') return `{${attribute.value}} in a tag is code, which chapters cannot contain. Remove it.`;
  const name = attribute.name.toLowerCase();
  if (name.startsWith('on')) return `${attribute.name}= is an event handler: it would run a program in every reader’s browser. Remove it.`;
  if (RAW_HTML_ATTRIBUTES.has(name)) return `${attribute.name} puts HTML into the page unchecked. Remove it, and write the text in Markdown.`;
  if (attribute.value !== null && typeof attribute.value === 'object') {
    return `${attribute.name}={${attribute.value.value}}: a value in braces is code, which chapters cannot contain. Remove it.`;
  }
  if (typeof attribute.value === 'string' && (LINK_ADDRESSES.has(name) || MEDIA_ADDRESSES.has(name))) {
    const check = LINK_ADDRESSES.has(name) ? linkProblem : activeAddress;
    const problem = addressesIn(name, attribute.value).map(check).find(Boolean);
    if (problem) return `${attribute.name}="${attribute.value}": ${problem}`;
  }
  if (component) return `${attribute.name}= is not needed: the component takes no attributes; its content is ${CHAPTER_COMPONENTS[component]}.`;
  return undefined;
}

/** An MDX expression that is only comments, {/* … *\/}: the one use of braces a chapter needs. */
function isComment(expression: string): boolean {
  return expression.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').trim() === '';
}

interface Position {
  line: number;
  column: number;
  offset?: number | undefined;
}

interface Problem {
  at?: Position | undefined;
  text: string;
}

type Located = { position?: { start: Position } | undefined };

/**
 * The plugin: fails the chapter with every problem, each as "content/chapters/x.mdx:12:3: …", in the order
 * of the file, a problem of the whole file last. Sätteri hands each kind of node to its visitor, in
 * document order; the problems are reported once the whole tree has been seen.
 */
export function chapterRules(): MdastPluginEntry {
  return () => {
    const problems: Problem[] = [];
    const add = (node: Located, text: string) => problems.push({ at: node.position?.start, text });
    const definitions = new Map<string, string>();
    const imageReferences: (Located & { identifier: string })[] = [];
    let postscript: Located | undefined;
    const jsx = (node: Readonly<JsxElement>) => {
      if (node.name === 'Postscript') postscript ??= node;
      for (const text of elementProblems(node)) add(node, text);
    };
    const expression = (node: Readonly<Located & { value: string }>) => {
      if (!isComment(node.value)) {
        add(node, `{${node.value}} is code, which chapters cannot contain. For a brace in the text write \\{; a comment {/* … */} is fine.`);
      }
    };
    const address = (node: Readonly<Located & { url: string }>) => {
      const problem = linkProblem(node.url);
      if (problem) add(node, `the address ${JSON.stringify(node.url)}: ${problem}`);
    };
    const other = (node: Readonly<Located & { type: string }>) => {
      if (node.type === 'mdxjsEsm') {
        add(node, `import and export are not allowed in a chapter: they run code. The components (${COMPONENT_LIST}) need no import.`);
      } else if (node.type === 'html') add(node, `raw HTML is not allowed in a chapter: ${ONLY_MARKDOWN}`);
      else add(node, `this kind of content (${node.type}) is not allowed in a chapter: ${ONLY_MARKDOWN}`);
    };
    return {
      name: 'chapter-rules',
      options: { position: true },
      ...Object.fromEntries(OTHER_KINDS.map((kind) => [kind, other])),
      mdxJsxFlowElement: jsx,
      mdxJsxTextElement: jsx,
      mdxFlowExpression: expression,
      mdxTextExpression: expression,
      link: address,
      definition(node) {
        definitions.set(node.identifier, node.url);
        address(node);
      },
      image(node) {
        const problem = imageProblem(node.url);
        if (problem) add(node, `the image ${JSON.stringify(node.url)}: ${problem}`);
      },
      // Resolved at the end: a reference may come before its definition.
      imageReference(node) {
        imageReferences.push(node);
      },
      after(_, ctx) {
        for (const node of imageReferences) {
          const url = definitions.get(node.identifier);
          const problem = url === undefined ? undefined : imageProblem(url);
          if (problem) add(node, `the image ${JSON.stringify(url)}: ${problem}`);
        }
        const frontmatter = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
        const dated = frontmatter.postscriptWritten !== undefined;
        // A translation's postscript takes its date from the English chapter, which this rule checks;
        // src/lib/translation-check.ts checks that the translation has the same components.
        const translation = frontmatter.translationOf !== undefined;
        if (postscript && !dated && !translation) {
          add(postscript, '<Postscript> needs its date: add postscriptWritten: YYYY-MM-DD (the day it was written) to this chapter’s frontmatter.');
        }
        if (dated && !postscript) {
          problems.push({ text: 'the frontmatter gives postscriptWritten, but there is no <Postscript> … </Postscript> in the chapter. Add the postscript, or remove the field.' });
        }
        if (problems.length === 0) return;
        // In the order of the file; a problem of the whole file last.
        const offset = (p: Problem) => p.at?.offset ?? Infinity;
        problems.sort((a, b) => offset(a) - offset(b));
        const name = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'the chapter';
        const lines = problems.map(({ at, text }) => `${name}${at ? `:${at.line}:${at.column}` : ''}: ${text}`);
        const error = new Error(
          `${name} has ${problems.length === 1 ? 'something' : `${problems.length} things`} a chapter cannot contain:\n- ${lines.join('\n- ')}`,
        );
        // Where Astro points the writer: the first problem with a place.
        const first = problems.find((p) => p.at)?.at;
        throw Object.assign(error, first && { line: first.line, column: first.column });
      },
    } satisfies MdastPluginInstance & { name: string };
  };
}
