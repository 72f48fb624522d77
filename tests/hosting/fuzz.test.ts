/**
 * A bounded, seeded fuzz test of npm run serve's server on loopback: raw requests built from hostile
 * parts (request lines, targets, methods, versions, ranges, conditional and encoding headers, oversized
 * and malformed headers, bodies that don't match their length). After each one the server must have
 * answered with a status line, not a 500, and a normal GET / must still succeed. FUZZ_SEED picks
 * another sequence; a failure names the seed and the request.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { startServer } from '../../src/hosting/server.ts';
import { get, raw } from '../support/http.ts';
import { DIST, TEST_ENV } from '../support/project.ts';
import { ROUTES } from '../support/site.ts';

const SEED = TEST_ENV.fuzzSeed;
const REQUESTS = 600;

/** mulberry32: a small seeded generator, so a failing sequence can be run again. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256))).toString('latin1');
  const printable = (n: number) => Array.from({ length: n }, () => String.fromCharCode(0x21 + int(94))).join('');
  return { next, int, pick, bytes, printable };
}

const css = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'))!;
const PATHS = ['/', ROUTES.chapter('round-one'), `/_astro/${css}`, '/sw.js', '/404.html', '/pagefind/pagefind.js', '/round-one/index.html', '/index', '/search/index', '/_headers', '/404', '/no-such-page/'];

function request(r: ReturnType<typeof generator>): string {
  const method = r.pick(['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT', 'PROPFIND', 'QUERY', 'get', 'G ET', '', 'FOO\x01']);
  const target = r.pick([
    () => r.pick(PATHS),
    () => r.pick(PATHS) + r.pick(['?', '?q=Doha', '?highlight=%zz', `?${r.printable(r.int(50))}`, '#frag', '%', '/..', '/./']),
    () => r.pick(['//[', '/.//evil.example/x', '//evil.example/', '/%', '/%zz', '/%00', '/%2e%2e/%2e%2e/etc/passwd', '/../../etc/passwd',
      '/round-one/..%2F..%2Fpackage.json', '*', 'http://[', 'http://evil.example/round-one/', 'https://x/%zz', '/\u00e9', '/\\evil', '\\', '',
      '/%C0%AE%C0%AE/', '/%ff%fe', '/round-one%2F', 'example.org:443', '/?%']),
    () => `/${r.printable(r.int(200))}`,
    () => `/${r.bytes(r.int(100))}`,
    () => `/${'a'.repeat(1000 + r.int(20_000))}`,
    () => `/${'%41'.repeat(r.int(6000))}`,
    () => `${r.pick(PATHS)}?${'x'.repeat(r.int(100_000))}`,
  ])();
  const version = r.pick(['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.2', 'HTTP/9.9', 'HTTP', '', 'http/1.1', 'HTTP/1.1 extra']);
  const ranges = ['bytes=10-5', 'bytes=-0', 'bytes=0-0', 'bytes=-1', 'bytes=0-9007199254740993', 'bytes=99999999999999999999-', 'bytes=5-',
    'bytes=-99999999999', 'bytes=0-1,2-3', 'bytes=0-0,-1', 'bytes=', 'bytes=abc', 'items=0-1', 'bytes=1-2-3', `bytes=${r.int(1e6)}-${r.int(1e6)}`,
    `bytes=${Array.from({ length: 200 }, (_, i) => `${i}-${i}`).join(',')}`, 'bytes=-', 'bytes=--5', `bytes=0-${'9'.repeat(400)}`];
  const headers = [
    () => `Range: ${r.pick(ranges)}`,
    () => `If-None-Match: ${r.pick(['*', '"x"', 'W/"x"', '', ',,,', r.printable(40)])}`,
    () => `If-Match: ${r.pick(['*', '"x"', '', r.printable(40)])}`,
    () => `If-Range: ${r.pick(['"x"', 'W/"x"', 'Wed, 21 Oct 2015 07:28:00 GMT', 'garbage', ''])}`,
    () => `If-Modified-Since: ${r.pick(['Wed, 21 Oct 2015 07:28:00 GMT', 'yesterday', '', '9'.repeat(50)])}`,
    () => `Accept-Encoding: ${r.pick(['br', 'gzip', 'br;q=abc', '*;q=0', 'identity;q=0', 'identity;q=0, *;q=0', 'gzip;q=2', ',,,', ';;;', 'br;q=0.5, gzip;q=0.5', r.printable(60)])}`,
    () => `X-Big: ${'b'.repeat(r.int(40_000))}`,
    () => Array.from({ length: 50 + r.int(200) }, (_, i) => `X-${i}: ${i}`).join('\r\n'),
    () => r.pick(['no colon here', ': empty name', 'Bad\x01Name: x', 'X-Ctl: a\x00b', ' X-Folded: continued', 'X-Obs: a\r\n folded']),
    () => r.pick(['Content-Length: -1', 'Content-Length: abc', 'Content-Length: 99999', 'Content-Length: 1\r\nContent-Length: 2', 'Transfer-Encoding: chunked', 'Transfer-Encoding: chunked\r\nContent-Length: 3', 'Transfer-Encoding: gzip, chunked']),
    () => r.pick(['Expect: 100-continue', 'Upgrade: websocket\r\nConnection: Upgrade', 'Connection: close', 'Connection: keep-alive, Upgrade', 'Upgrade: h2c\r\nConnection: Upgrade, HTTP2-Settings\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA']),
    () => `Host: ${r.pick(['x', '', 'evil.example', 'a'.repeat(300), '[::1]', 'x\r\nHost: y'])}`,
  ];
  // Half the requests are well formed but for their headers, so that the fuzz reaches the server's own
  // handling (ranges, conditions, encodings) and not only Node's parser.
  const lines = r.next() < 0.5
    ? [`${r.pick(['GET', 'GET', 'HEAD'])} ${r.pick(PATHS)} HTTP/1.1`, 'Host: localhost', `Range: ${r.pick(ranges)}`, headers[r.int(6)]!()]
    : [`${method} ${target} ${version}`, ...(r.next() < 0.85 ? ['Host: localhost'] : [])];
  for (let i = r.int(4); i > 0; i--) lines.push(r.pick(headers)());
  const body = r.pick(['', '', 'x', '5\r\nhello\r\n0\r\n\r\n', 'zz\r\n', r.bytes(r.int(64))]);
  // Sometimes a second request on the same connection, sent at once (pipelined).
  const again = r.next() < 0.1 ? 'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n' : '';
  return `${lines.join('\r\n')}\r\n\r\n${body}${again}`;
}

test(`${REQUESTS} hostile requests (seed ${SEED}): each is answered, none with a 500, and the site keeps working`, { timeout: 300_000 }, async () => {
  const errors: string[] = [];
  const site = await startServer({ dir: DIST, port: 0, log: (message) => errors.push(message) });
  const port = Number(new URL(site.url).port);
  const r = generator(SEED);
  const statuses = new Map<string, number>();
  try {
    for (let i = 0; i < REQUESTS; i++) {
      const sent = request(r);
      const shown = JSON.stringify(sent.length > 300 ? `${sent.slice(0, 300)}… (${sent.length} bytes)` : sent);
      const answer = await raw(port, sent);
      assert.match(answer, /^HTTP\/1\.[01] [1-5]\d\d /, `seed ${SEED}, request ${i}: no answer to ${shown}`);
      const status = answer.split(' ')[1]!;
      assert.notEqual(status, '500', `seed ${SEED}, request ${i}: 500 for ${shown}`);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      assert.equal((await get(site.url, '/')).status, 200, `seed ${SEED}, request ${i}: GET / failed after ${shown}`);
    }
    assert.deepEqual(errors, []);
    // The fuzz reached the server's own answers, not only Node's parser's.
    for (const status of ['200', '301', '400', '404', '405', '416']) assert.ok(statuses.has(status), `no ${status} among ${[...statuses.keys()].join(' ')}`);
  } finally {
    await site.close();
  }
});
