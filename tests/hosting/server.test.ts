/**
 * npm run serve's server on the built site, over loopback: the security headers on every kind of
 * response, methods, malformed targets, the site's other addresses, host files, no existence oracle,
 * the precompressed files, byte ranges and the base path.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { policyOfHeadersFile } from '../../src/hosting/policy.ts';
import { startServer, type RunningServer } from '../../src/hosting/server.ts';
import { writeFakeBuild } from '../support/hosting.ts';
import { get, raw, type Reply } from '../support/http.ts';
import { DIST } from '../support/project.ts';
import { ROUTES } from '../support/site.ts';

const CSP = policyOfHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'))!;
const CSS = `/_astro/${readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css') && readFileSync(join(DIST, '_astro', f)).length > 1024)}`;
const FRAGMENT = `/pagefind/fragment/${readdirSync(join(DIST, 'pagefind/fragment'))[0]}`;
const CHAPTER = ROUTES.chapter('round-one');
const chapterFile = () => readFileSync(join(DIST, CHAPTER.slice(1), 'index.html'));

let site: RunningServer;
let port: number;
const at = (path: string, options?: Parameters<typeof get>[2]) => get(site.url, path, options);
before(async () => {
  site = await startServer({ dir: DIST, port: 0 });
  port = Number(new URL(site.url).port);
});
after(() => site.close());

const EVERY_RESPONSE = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cross-origin-resource-policy': 'same-origin' };
const DOCUMENT = { 'content-security-policy': CSP, 'cross-origin-opener-policy': 'same-origin' };

function assertHeaders(reply: Reply, what: string, expected: Record<string, string>, absent: string[] = []) {
  for (const [name, value] of Object.entries(expected)) assert.equal(reply.headers[name], value, `${what}: ${name}`);
  for (const name of absent) assert.equal(reply.headers[name], undefined, `${what}: no ${name}`);
}

describe('headers', () => {
  test('every kind of response has the headers it needs, from the policy the build wrote', async () => {
    const etag = (await at(CHAPTER)).headers.etag!;
    const documents: [string, Promise<Reply>][] = [
      ['a page', at(CHAPTER)],
      ['the home page', at('/')],
      ['the service worker', at('/sw.js')],
      ['an unknown address (404)', at('/no-such-page/')],
      ['a method not allowed (405)', at(CHAPTER, { method: 'POST' })],
      ['an unsatisfiable range (416)', at(CHAPTER, { headers: { Range: 'bytes=999999999-' } })],
    ];
    for (const [what, reply] of documents) {
      const r = await reply;
      assertHeaders(r, what, DOCUMENT, ['strict-transport-security']);
      assertHeaders(r, what, EVERY_RESPONSE);
      assert.match(r.headers['permissions-policy'] as string, /camera=\(\), .*geolocation=\(\), .*microphone=\(\)/, what);
    }
    const others: [string, Promise<Reply>][] = [
      ['a stylesheet', at(CSS)],
      ['a search fragment', at(FRAGMENT)],
      ['another address of a page (301)', at(`${CHAPTER}index.html`)],
      ['a revalidated page (304)', at(CHAPTER, { headers: { 'If-None-Match': etag } })],
      ['a byte range (206)', at(CSS, { headers: { Range: 'bytes=0-9' } })],
    ];
    for (const [what, reply] of others) {
      const r = await reply;
      assertHeaders(r, what, EVERY_RESPONSE, ['strict-transport-security']);
      // The document headers would only add bytes to assets, where browsers ignore them.
      if (what !== 'a revalidated page (304)') assertHeaders(r, what, {}, ['content-security-policy']);
    }
    assert.equal((await at(CHAPTER, { headers: { 'If-None-Match': etag } })).status, 304);
  });

  test('the policy allows the site’s one inline script, Pagefind’s wasm and nothing from elsewhere', () => {
    assert.match(CSP, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]{43}='; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'$/);
  });

  test('with --hsts, every response says HTTPS only', async () => {
    const tls = await startServer({ dir: DIST, port: 0, hsts: true });
    try {
      for (const path of [CHAPTER, CSS, '/no-such-page/', `${CHAPTER}index.html`]) {
        assert.equal((await get(tls.url, path)).headers['strict-transport-security'], 'max-age=31536000', path);
      }
      assert.equal((await get(tls.url, CHAPTER, { method: 'DELETE' })).headers['strict-transport-security'], 'max-age=31536000');
    } finally {
      await tls.close();
    }
  });
});

describe('requests', () => {
  test('only GET and HEAD: every other method gets 405 and the methods allowed', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']) {
      const r = await at(CHAPTER, { method });
      assert.equal(r.status, 405, method);
      assert.equal(r.headers.allow, 'GET, HEAD', method);
    }
    assert.match(await raw(port, 'CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n'), /^HTTP\/1\.1 405 /);
    const head = await at(CHAPTER, { method: 'HEAD' });
    const full = await at(CHAPTER);
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal(head.headers['content-length'], full.headers['content-length']);
    assert.equal(head.headers.etag, full.headers.etag);
  });

  test('malformed targets get 400; the absolute form is understood', async () => {
    for (const target of ['//[', '/a[1]', '/a|b', '/%', '/%zz', '/round-one/%E0%A4%A', '/%00', '/a%00b/', '*', 'http://[', '/"quoted"', '/a<b>', '/é']) {
      assert.match(await raw(port, `GET ${target} HTTP/1.1\r\nHost: x\r\n\r\n`), /^HTTP\/1\.1 400 /, target);
    }
    assert.match(await raw(port, `GET http://example.org${CHAPTER} HTTP/1.1\r\nHost: example.org\r\n\r\n`), /^HTTP\/1\.1 200 /);
    assert.match(await raw(port, `GET ${CHAPTER}?q=a|b{c}^ HTTP/1.1\r\nHost: x\r\n\r\n`), /^HTTP\/1\.1 200 /);
  });

  test('a page’s other addresses redirect to its own, on this site, keeping the query; the rest is a real 404', async () => {
    for (const [alias, canonical] of [
      [`${CHAPTER}index`, CHAPTER],
      [`${CHAPTER}index.html`, CHAPTER],
      [CHAPTER.slice(0, -1), CHAPTER],
      ['/index', '/'],
      ['/index.html', '/'],
      [`${ROUTES.search}index`, ROUTES.search],
      [`${ROUTES.search}index.html?q=Doha`, `${ROUTES.search}?q=Doha`],
    ]) {
      const r = await at(alias!);
      assert.equal(r.status, 301, alias);
      assert.equal(r.headers.location, canonical, alias);
    }
    const notFound = readFileSync(join(DIST, '404.html'));
    for (const path of ['/404', '/no-such-page/', '/.//evil.example/x', '//evil.example/', '/_headers', `${CHAPTER}index.html.br`, '/sw.js.gz', '/_astro/', '/round-one/../round-two/']) {
      const r = await at(path);
      assert.equal(r.status, 404, path);
      assert.equal(r.headers.location, undefined, path);
      assert.ok(r.body.equals(notFound), `${path}: the 404 page`);
    }
    // The 404 page's own address stays 200 for the service worker's precache (Workbox refuses a 404), out of search engines.
    const page = await at('/404.html');
    assert.equal(page.status, 200);
    assert.equal(page.headers['x-robots-tag'], 'noindex');
  });

  test('an unknown address under an edition’s folder gets that edition’s 404 page, in its language', async () => {
    const dari = readFileSync(join(DIST, 'fa/404.html'));
    assert.match(dari.toString(), /<html lang="fa-AF" dir="rtl"/);
    for (const path of ['/fa/nope', '/fa/nope/', '/fa/round-one/nope/']) {
      const r = await at(path);
      assert.equal(r.status, 404, path);
      assert.ok(r.body.equals(dari), `${path}: the Dari 404 page`);
    }
    assert.ok((await at('/ps/nope/')).body.equals(readFileSync(join(DIST, 'ps/404.html'))), 'the Pashto one under /ps/');
    // Only an edition's folder: elsewhere, and for a folder that merely starts like one, the English page.
    const english = readFileSync(join(DIST, '404.html'));
    for (const path of ['/fax/nope/', '/nope/fa/']) assert.ok((await at(path)).body.equals(english), path);
    assert.equal((await at('/fa/404.html')).headers['x-robots-tag'], 'noindex');
  });

  test('no request can learn what else is on the disk', async () => {
    const root = mkdtempSync(join(tmpdir(), 'explainer-oracle-'));
    cpSync(DIST, join(root, 'site'), { recursive: true });
    mkdirSync(join(root, 'secret'));
    writeFileSync(join(root, 'secret', 'index.html'), 'secret');
    const beside = await startServer({ dir: join(root, 'site'), port: 0 });
    try {
      const p = Number(new URL(beside.url).port);
      for (const target of ['/..%2Fsecret', '/../secret', '/%2E%2E/secret', '/..%2Fsecret/index.html', '/..%2Fnothing']) {
        assert.match(await raw(p, `GET ${target} HTTP/1.1\r\nHost: x\r\n\r\n`), /^HTTP\/1\.1 404 /, target);
      }
    } finally {
      await beside.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('compressed files', () => {
  test('brotli or gzip as the browser accepts, each with its own ETag, the type of the file and Vary', async () => {
    const file = chapterFile();
    const br = await at(CHAPTER, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    const gz = await at(CHAPTER, { headers: { 'Accept-Encoding': 'gzip' } });
    const plain = await at(CHAPTER);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(brotliDecompressSync(br.body).equals(file));
    assert.ok(gunzipSync(gz.body).equals(file));
    assert.ok(plain.body.equals(file));
    for (const r of [br, gz, plain]) {
      assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
      assert.equal(r.headers.vary, 'Accept-Encoding');
      assert.equal(Number(r.headers['content-length']), r.body.length);
    }
    assert.equal(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size, 3);
    assert.equal((await at(CHAPTER, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag! } })).status, 304);
    assert.equal((await at(CHAPTER, { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': br.headers.etag! } })).status, 200);
    assert.equal((await at(CSS, { headers: { 'Accept-Encoding': 'br' } })).headers['content-type'], 'text/css; charset=utf-8');
  });

  test('q-values decide; Pagefind’s own gzipped data is sent as it is', async () => {
    const coding = async (path: string, accept: string) => (await at(path, { headers: { 'Accept-Encoding': accept } })).headers['content-encoding'];
    assert.equal(await coding(CHAPTER, 'br;q=0.5, gzip'), 'gzip');
    assert.equal(await coding(CHAPTER, 'br;q=0, *'), 'gzip');
    assert.equal(await coding(CHAPTER, 'identity'), undefined);
    assert.equal(await coding(CHAPTER, '*'), 'br');
    assert.equal(await coding(CHAPTER, 'br;q=abc, gzip;q=0.1'), 'gzip');
    assert.equal(await coding(CHAPTER, 'identity;q=0, *;q=0'), undefined);
    assert.equal(await coding(FRAGMENT, 'br, gzip'), undefined);
    assert.equal((await at(FRAGMENT, { headers: { 'Accept-Encoding': 'br' } })).headers['content-type'], 'application/octet-stream');
  });

  test('a compressed copy older than its file is not served', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-stale-'));
    cpSync(DIST, dir, { recursive: true });
    const file = join(dir, CHAPTER.slice(1), 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', '<p>Revised</p></main>'));
    const edited = await startServer({ dir, port: 0 });
    try {
      const r = await get(edited.url, CHAPTER, { headers: { 'Accept-Encoding': 'br, gzip' } });
      assert.equal(r.headers['content-encoding'], undefined);
      assert.ok(r.body.equals(readFileSync(file)));
    } finally {
      await edited.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('byte ranges', () => {
  const size = () => chapterFile().length;
  const range = (spec: string, headers: Record<string, string> = {}) => at(CHAPTER, { headers: { Range: spec, 'Accept-Encoding': 'br, gzip', ...headers } });

  test('one range of the file itself, never of a compressed copy; suffixes and 0-0 as RFC 9110 says', async () => {
    const file = chapterFile();
    for (const [spec, start, end] of [
      ['bytes=0-0', 0, 0],
      ['bytes=10-19', 10, 19],
      ['bytes=-5', size() - 5, size() - 1],
      [`bytes=-${size() + 1000}`, 0, size() - 1],
      [`bytes=${size() - 1}-`, size() - 1, size() - 1],
      ['bytes=0-9007199254740993', 0, size() - 1],
      ['bytes=0-99999999999999999999999', 0, size() - 1],
      ['bytes=0-4,5-9', 0, 9],
    ] as const) {
      const r = await range(spec);
      assert.equal(r.status, 206, spec);
      assert.equal(r.headers['content-range'], `bytes ${start}-${end}/${size()}`, spec);
      assert.equal(r.headers['content-encoding'], undefined, spec);
      assert.ok(r.body.equals(file.subarray(start, end + 1)), spec);
    }
  });

  test('unsatisfiable ranges get 416; malformed, several or other units are ignored', async () => {
    for (const spec of ['bytes=10-5', 'bytes=-0', `bytes=${size()}-`, 'bytes=99999999999999999999-', `bytes=${size()}-${size() + 10}`]) {
      const r = await range(spec);
      assert.equal(r.status, 416, spec);
      assert.equal(r.headers['content-range'], `bytes */${size()}`, spec);
      assert.equal(r.body.length, 0, spec);
    }
    for (const spec of ['bytes=0-0,10-10', 'items=0-1', 'bytes=abc', 'bytes=1-2-3', 'bytes=', '0-1', 'bytes=--1']) {
      const r = await range(spec);
      assert.equal(r.status, 200, spec);
      assert.equal(r.headers['content-encoding'], 'br', spec);
    }
    assert.equal((await at(CHAPTER, { method: 'HEAD', headers: { Range: 'bytes=0-0' } })).status, 200, 'HEAD ignores Range');
  });

  test('If-Range: the range only while the file is the one the client has', async () => {
    const { etag } = (await at(CHAPTER)).headers;
    assert.equal((await range('bytes=0-0', { 'If-Range': etag! })).status, 206);
    assert.equal((await range('bytes=0-0', { 'If-Range': '"old"' })).status, 200);
    assert.equal((await range('bytes=0-0', { 'If-Range': 'Wed, 21 Oct 2015 07:28:00 GMT' })).status, 200);
    assert.equal((await at(CHAPTER, { headers: { 'If-Match': '"old"' } })).status, 412);
    assert.equal((await at(CHAPTER, { headers: { 'If-Match': etag! } })).status, 200);
  });
});

describe('a base path', () => {
  const BASE = '/explainers/afghanistan/';

  test('mounts the site under it, redirects its bare form and the host’s root, and 404s the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-base-'));
    writeFakeBuild(dir, BASE);
    mkdirSync(join(dir, 'fa'));
    writeFileSync(join(dir, 'fa/404.html'), 'fa/404.html');
    const mounted = await startServer({ dir, base: BASE, port: 0 });
    try {
      assert.equal(mounted.url.endsWith(BASE), true);
      const origin = new URL(mounted.url).origin;
      const status = async (path: string) => {
        const r = await get(origin, path);
        return [r.status, r.headers.location];
      };
      assert.deepEqual(await status(BASE), [200, undefined]);
      assert.deepEqual(await status(BASE.slice(0, -1)), [301, BASE]);
      assert.deepEqual(await status('/'), [302, BASE]);
      assert.deepEqual(await status(`${BASE}round-one`), [301, `${BASE}round-one/`]);
      assert.deepEqual(await status(`${BASE}round-one/index.html?x=1`), [301, `${BASE}round-one/?x=1`]);
      assert.deepEqual(await status('/round-one/'), [404, undefined]);
      assert.deepEqual(await status('/elsewhere/'), [404, undefined]);
      assert.equal((await get(origin, `${BASE}nothing`)).body.toString(), '404.html');
      const dari = await get(origin, `${BASE}fa/nothing/`);
      assert.deepEqual([dari.status, dari.body.toString()], [404, 'fa/404.html']);
      assert.equal((await get(origin, '/fa/nothing/')).body.toString(), '404.html', 'outside the base path: the site’s page');
    } finally {
      await mounted.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('refuses a build made for another base path, or no complete build', async () => {
    await assert.rejects(startServer({ dir: DIST, base: BASE, port: 0 }), /built for the base path \/: serve it with --base \/, or rebuild with SITE_BASE=\/explainers\/afghanistan\//);
    const dir = mkdtempSync(join(tmpdir(), 'explainer-incomplete-'));
    try {
      writeFileSync(join(dir, 'index.html'), 'index.html');
      await assert.rejects(startServer({ dir, port: 0 }), /no complete build \(no _headers\): run npm run build first/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
