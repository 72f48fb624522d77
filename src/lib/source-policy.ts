/**
 * The explainer's source policy, as pure checks: what kinds of source it cites, which publishers and web
 * sites it never cites (content/source-policy.yaml), and the rules a bibliography row must meet. Each
 * problem names the file, the row and the field, so a writer can find and fix it.
 */

/** The kinds of source, in the order a reader should trust them for a fact; the schema accepts exactly these. */
export const SOURCE_KINDS = {
  primary: 'primary document: an agreement, a resolution, an official speech, transcript or statement',
  government: 'government report or publication (CRS, SIGAR, a ministry)',
  international: 'international organisation (UN, UNAMA, NATO)',
  wire: 'wire service (Reuters, AP, AFP), at its own site or carried by a newspaper',
  newspaper: 'newspaper',
  broadcaster: 'broadcaster',
  magazine: 'magazine',
  research: 'specialist research (AAN, Crisis Group, USIP, think tanks that do research)',
  reference: 'reference work or database, which may have no single publication date',
  advocacy: 'advocacy group or campaigning think tank: cited for its own view, labelled so',
  'state-media': "state media: cited only for what its own government said, and never alone for a fact",
} as const;

export type SourceKind = keyof typeof SOURCE_KINDS;

/** Kinds whose rows may leave the date empty; news and reports must have one. */
export const UNDATED_KINDS: readonly SourceKind[] = ['reference'];

/**
 * A description where a headline belongs ("Report on …", "Live updates"): the bibliography gives each
 * publication's own headline, so a reader can find it.
 */
export const PLACEHOLDER_TITLE = /^(untitled|report on|reports? about|essay on|slideshow|article on|print-edition|video report|news brief|live updates|newshour report)\b/i;

export interface PolicyEntry {
  domain?: string | undefined;
  publisher?: string | undefined;
  reason: string;
}

export interface SourceRow {
  id: string;
  /** The row's line in the CSV file, for messages. */
  line: number;
  publisher: string;
  url?: string | undefined;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

/** Whether a host is the domain or one of its sub-domains (www.rt.com is rt.com; art.com is not). */
export function onDomain(host: string, domain: string): boolean {
  const d = domain.toLowerCase();
  return host === d || host.endsWith(`.${d}`);
}

/**
 * An address reduced to what identifies the page: no scheme, "www." prefix or mobile "m." label, fragment,
 * tracking parameters or trailing slash. Two rows with the same key are one source under two ids.
 */
export function addressKey(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^(www|amp)\./, '').replace(/(^|\.)m\./, '$1');
    for (const key of [...u.searchParams.keys()]) {
      if (/^(utm_|traffic_source$|fbclid$|gclid$|ref$)/.test(key)) u.searchParams.delete(key);
    }
    const query = u.searchParams.toString();
    const path = decodeURIComponent(u.pathname).replace(/\/+$/, '').replace(/^\/amp(?=\/)/, '');
    return `${host}${path}${query ? `?${query}` : ''}`.toLowerCase();
  } catch {
    return url;
  }
}

/** Every way the rows break the policy: disallowed domains and publishers, and one address under two ids. */
export function policyProblems(file: string, rows: readonly SourceRow[], policy: readonly PolicyEntry[], policyFile: string): string[] {
  const problems: string[] = [];
  const at = (row: SourceRow, field: string) => `${file}, line ${row.line} (source "${row.id}"), field "${field}"`;
  const seen = new Map<string, SourceRow>();
  for (const row of rows) {
    const host = row.url ? hostOf(row.url) : undefined;
    for (const rule of policy) {
      if (rule.domain && host && onDomain(host, rule.domain)) {
        problems.push(`${at(row, 'url')}: ${row.url} is on ${rule.domain}, which ${policyFile} does not allow (${rule.reason}). Cite the original publisher instead.`);
      }
      if (rule.publisher && row.publisher.toLowerCase().includes(rule.publisher.toLowerCase())) {
        problems.push(`${at(row, 'publisher')}: "${row.publisher}" names ${rule.publisher}, which ${policyFile} does not allow (${rule.reason}).`);
      }
    }
    if (row.url) {
      const key = addressKey(row.url);
      const first = seen.get(key);
      if (first) {
        problems.push(`${at(row, 'url')}: the same address as source "${first.id}" (line ${first.line}); one source needs one row, so cite "${first.id}" and remove this row.`);
      } else {
        seen.set(key, row);
      }
    }
  }
  return problems;
}

export interface Fact {
  /** Where the fact is, as a writer would look for it: `content/events.yaml → entry "x", field "sources"`. */
  where: string;
  sources: readonly string[];
}

/** Facts that rest on state media alone: they may be cited only beside a source of another kind. */
export function stateMediaOnly(facts: readonly Fact[], kindOf: (id: string) => SourceKind | undefined): string[] {
  return facts
    .filter((f) => f.sources.length > 0 && f.sources.every((id) => kindOf(id) === 'state-media'))
    .map(
      (f) =>
        `${f.where}: its only source${f.sources.length > 1 ? 's are' : ' is'} state media (${f.sources.join(', ')}). ` +
        'State media may be cited only for what their own government said, beside an independent source: add one.',
    );
}
