/**
 * Messages for content mistakes, written for writers who never read the schema. Astro prints each
 * schema message after the field's name ("order: expected …"), so messages say what is expected and
 * what was found, never the field again.
 */

/** What a writer typed, in words: "the text "two"", "a list", "nothing". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : `the text "${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'a group of fields';
  return typeof value;
}

/**
 * A Zod error function for a field of one type: "missing: expected …" when the field is absent,
 * "expected …, not …" when it holds something else.
 */
export function expected(what: string): (issue: { input?: unknown }) => string {
  return (issue) => (issue.input === undefined ? `missing: expected ${what}` : `expected ${what}, not ${describeValue(issue.input)}`);
}

/** Edit distance, for suggesting the field a typo was meant to be. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known name a misspelt one was most likely meant to be, if any is close enough. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase());
    if (d <= Math.max(2, Math.floor(candidate.length / 4)) && (!best || d < best.distance)) best = { name: candidate, distance: d };
  }
  return best?.name;
}

/** For a field the schema doesn't know, e.g. "summmary": the likely intended field and the full list. */
export function unknownFieldMessage(name: string, known: readonly string[]): string {
  const guess = closestName(name, known);
  const hint = guess ? `; did you mean "${guess}"?` : '.';
  return `unknown field "${name}"${hint} The fields here are: ${known.join(', ')}`;
}
