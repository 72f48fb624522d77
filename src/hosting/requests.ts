/**
 * Reading what a request asks for, for the site server (server.ts): its target, its byte range and the
 * encodings it accepts. Pure functions; each input is whatever a client sent, so none of them throws.
 */
import Negotiator from 'negotiator';
import rangeParser from 'range-parser';

/** A path as RFC 3986 allows it: unreserved characters, sub-delimiters, ":", "@" and percent-encoding. */
const PATH = /^\/[!$%&'()*+,\-./0-9:;=@A-Z_a-z~]*$/;
/** A query, which browsers also send with []{}|^` as they are (the URL standard's query set). */
const QUERY = /^\?[!$%&'()*+,\-./0-9:;=?@A-Z[\]^_`a-z{|}~]*$/;
/** "http://host:port", the start of the absolute form (RFC 9112, section 3.2.2): a name, an IPv4 or a bracketed IPv6 address. */
const ABSOLUTE_FORM = /^https?:\/\/(?:[A-Za-z0-9\-._~!$&'()*+,;=%]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]*)?(?=[/?]|$)/i;

export interface Target {
  /** The path, percent-decoded ("/round-one/"). */
  path: string;
  /** The query as sent, "" or "?…": safe to copy into a Location header. */
  query: string;
}

/** A request target (origin form "/a?b", or absolute form "http://host/a?b"); undefined when it is malformed. */
export function parseTarget(raw: string): Target | undefined {
  const origin = raw.startsWith('/') ? raw : ABSOLUTE_FORM.test(raw) ? raw.replace(ABSOLUTE_FORM, '') || '/' : undefined;
  if (origin === undefined) return undefined;
  const q = origin.indexOf('?');
  const [path, query] = q === -1 ? [origin, ''] : [origin.slice(0, q), origin.slice(q)];
  if (!PATH.test(path) || (query && !QUERY.test(query))) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  return decoded.includes('\0') ? undefined : { path: decoded, query };
}

export type ByteRange = { start: number; end: number } | 'unsatisfiable' | undefined;

/**
 * The one byte range a GET asks for (RFC 9110, section 14): `undefined` when there is no usable Range
 * (none, malformed, not bytes, several ranges, or an If-Range that no longer matches: the whole file is
 * sent), 'unsatisfiable' for a 416. range-parser does the parsing; a suffix longer than the file
 * ("bytes=-5000" of 100 bytes) means the whole file, which it would call unsatisfiable.
 */
export function byteRange(size: number, range: string, ifRange: string | undefined, etag: string): ByteRange {
  // If-Range with an entity tag matches only the same strong tag; with a date it can't match, since the
  // server sends no Last-Modified.
  if (ifRange !== undefined && ifRange.trim() !== etag) return undefined;
  const suffixes = range.replace(/(=|,)(\s*)-(\d+)/g, (spec, sep: string, space: string, length: string) => (Number(length) > size ? `${sep}${space}0-` : spec));
  const parsed = rangeParser(size, suffixes, { combine: true });
  if (parsed === -1) return 'unsatisfiable';
  if (parsed === -2 || parsed.type !== 'bytes' || parsed.length !== 1) return undefined;
  return parsed[0];
}

/** Whether an If-Match list holds the given strong entity tag (or "*"). */
export function ifMatch(header: string, etag: string): boolean {
  return header.split(',').some((tag) => tag.trim() === '*' || tag.trim() === etag);
}

const ENCODING_ORDER = ['br', 'gzip', 'identity'];
const negotiated = new Map<string, string[]>();

/**
 * The content codings an Accept-Encoding header accepts, best first, brotli before gzip at equal q
 * (negotiator reads the q-values). Remembered per header value: browsers send the same few values.
 */
export function acceptedEncodings(header: string | undefined): readonly string[] {
  const key = header ?? '';
  let accepted = negotiated.get(key);
  if (!accepted) {
    // negotiator 1.x takes the server's preference too; its published types predate that argument.
    const encodings = Negotiator.prototype.encodings as (this: Negotiator, available: string[], options: { preferred: string[] }) => string[];
    accepted = encodings.call(new Negotiator({ headers: { 'accept-encoding': key } }), ENCODING_ORDER, { preferred: ENCODING_ORDER });
    // A client that refuses even identity gets identity all the same (RFC 9110, section 12.5.3).
    if (accepted.length === 0) accepted = ['identity'];
    if (negotiated.size >= 256) negotiated.clear();
    negotiated.set(key, accepted);
  }
  return accepted;
}
