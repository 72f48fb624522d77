/**
 * The site's colours as the page CSS states them (src/styles/global.css), for what is drawn outside a
 * page and cannot read its custom properties: the locator map's SVG file, the share cards.
 */
export type ColourTokens = ReadonlyMap<string, { light: string; dark: string }>;

/** The `--color-…: light-dark(light, dark)` tokens of a style sheet, by name without the prefix. */
export function colourTokens(css: string): ColourTokens {
  const tokens = new Map<string, { light: string; dark: string }>();
  for (const m of css.matchAll(/--color-([\w-]+):\s*light-dark\(\s*(#[0-9a-fA-F]{3,8})\s*,\s*(#[0-9a-fA-F]{3,8})\s*\)/g)) {
    tokens.set(m[1]!, { light: m[2]!, dark: m[3]! });
  }
  return tokens;
}

/** One token's colour in one scheme; a missing token is a fault in the page CSS, named here. */
export function colourOf(tokens: ColourTokens, name: string, scheme: 'light' | 'dark'): string {
  const token = tokens.get(name);
  if (!token) throw new Error(`src/styles/global.css has no --color-${name}: light-dark(…) token`);
  return token[scheme];
}
