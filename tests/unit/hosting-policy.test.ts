import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  HSTS,
  IMMUTABLE,
  REVALIDATE,
  baseOfHeadersFile,
  cacheControl,
  contentSecurityPolicy,
  contentType,
  cspHash,
  documentSecurityHeaders,
  fileHeaders,
  headersFile,
  isSiteFile,
  needsPolicy,
  policyOfHeadersFile,
  responseSecurityHeaders,
  servedPath,
  shouldCompress,
  shouldPrecompress,
} from '../../src/hosting/policy.ts';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

test('hashed names are cached for a year; pages, sw.js and unhashed files are revalidated', () => {
  for (const path of [
    '/_astro/BaseLayout.Cd9VJheh.css',
    '/_astro/dialog--1cFlm-f.js',
    '/pagefind/fragment/en-gb_18f312a.pf_fragment',
    '/pagefind/index/en-gb_52d83aa.pf_index',
    '/pagefind/filter/en-gb_df69e29.pf_filter',
    '/pagefind/pagefind.en-gb_efad5d88ec21c.pf_meta',
  ]) {
    assert.equal(cacheControl(path), IMMUTABLE, path);
  }
  for (const path of [
    '/',
    '/round-one/',
    '/404.html',
    '/sw.js',
    '/favicon.svg',
    '/data/events.csv',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-highlight.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/wasm.en-gb.pagefind',
  ]) {
    assert.equal(cacheControl(path), REVALIDATE, path);
  }
});

test('Pagefind files and wasm get the right content type; others keep the server default', () => {
  assert.equal(contentType('/x/app.wasm'), 'application/wasm');
  assert.equal(contentType('/pagefind/wasm.en-gb.pagefind'), 'application/octet-stream');
  assert.equal(contentType('/pagefind/fragment/en-gb_1.pf_fragment'), 'application/octet-stream');
  assert.equal(contentType('/pagefind/pagefind.en-gb_1.pf_meta'), 'application/octet-stream');
  assert.equal(contentType('/pagefind/pagefind.js'), undefined);
  assert.equal(contentType('/round-one/'), undefined);
  assert.deepEqual(fileHeaders('/pagefind/index/en-gb_1.pf_index'), { 'Cache-Control': IMMUTABLE, 'Content-Type': 'application/octet-stream' });
});

test('Pagefind data, gzipped by Pagefind, is not compressed again', () => {
  assert.equal(shouldCompress('/pagefind/wasm.en-gb.pagefind'), false);
  assert.equal(shouldCompress('/pagefind/fragment/en-gb_1.pf_fragment'), false);
  assert.equal(shouldCompress('/pagefind/pagefind.js'), true);
  assert.equal(shouldCompress('/round-one/'), true);
});

test('text of 1 KB or more gets compressed copies; Pagefind data, images and small files do not', () => {
  for (const path of ['/round-one/index.html', '/index.html', '/_astro/a.css', '/_astro/b.js', '/sw.js', '/pagefind/pagefind.js', '/data/events.csv', '/data/events.json', '/sitemap-0.xml', '/favicon.svg']) {
    assert.equal(shouldPrecompress(path, 1024), true, path);
  }
  assert.equal(shouldPrecompress('/round-one/index.html', 1023), false);
  for (const path of ['/pagefind/wasm.en-gb.pagefind', '/pagefind/fragment/en-gb_1.pf_fragment', '/photo.png', '/x.woff2']) {
    assert.equal(shouldPrecompress(path, 100_000), false, path);
  }
});

test('the site’s files leave out _headers and the compressed copies of other files', () => {
  const files = new Set(['index.html', 'index.html.br', 'index.html.gz', '_headers', 'data/archive.gz', 'sw.js']);
  assert.deepEqual([...files].filter((f) => isSiteFile(f, files)), ['index.html', 'data/archive.gz', 'sw.js']);
});

test('the CSP hash of a script is what a browser computes: sha256 of its text, base64', () => {
  assert.equal(cspHash('let a = 1;'), sha('let a = 1;'));
  assert.match(cspHash(''), /^sha256-[A-Za-z0-9+/]{43}=$/);
});

test('files are served at their folder URL', () => {
  assert.equal(servedPath('index.html'), '/');
  assert.equal(servedPath('round-one/index.html'), '/round-one/');
  assert.equal(servedPath('404.html'), '/404.html');
  assert.equal(servedPath('pagefind/pagefind.js'), '/pagefind/pagefind.js');
});

const FILES = [
  '404.html',
  '_astro/a.1.css',
  '_astro/b.2.js',
  'index.html',
  'pagefind/fragment/en-gb_1.pf_fragment',
  'pagefind/pagefind.en-gb_9.pf_meta',
  'pagefind/pagefind.js',
  'pagefind/wasm.en-gb.pagefind',
  'round-one/index.html',
  'sw.js',
];

/** The _headers file as [path, headers] rules. */
function parse(text: string): [string, Record<string, string>][] {
  const rules: [string, Record<string, string>][] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) rules.push([line, {}]);
    else if (line.startsWith('  ')) {
      const [name, ...value] = line.trim().split(': ');
      rules.at(-1)![1][name!] = value.join(': ');
    }
  }
  return rules;
}

test('_headers: the security headers on every path; one cache rule per file, none on "/*" (hosts join repeated headers)', () => {
  const text = headersFile({ base: '/', files: FILES, scriptHashes: ['sha256-x'] });
  const rules = parse(text);
  assert.equal(rules[0]![0], '/*');
  assert.deepEqual(rules[0]![1], { ...responseSecurityHeaders(), ...documentSecurityHeaders(contentSecurityPolicy(['sha256-x'])) });
  assert.equal(policyOfHeadersFile(text), contentSecurityPolicy(['sha256-x']));
  assert.equal(parse(headersFile({ base: '/', files: FILES, scriptHashes: [], hsts: true }))[0]![1]['Strict-Transport-Security'], HSTS);
  const rule = (path: string) => rules.find(([p]) => p === path)?.[1];
  assert.deepEqual(rule('/_astro/*'), { 'Cache-Control': IMMUTABLE });
  assert.deepEqual(rule('/pagefind/fragment/*'), { 'Cache-Control': IMMUTABLE, 'Content-Type': 'application/octet-stream' });
  assert.deepEqual(rule('/pagefind/pagefind.en-gb_9.pf_meta'), { 'Cache-Control': IMMUTABLE, 'Content-Type': 'application/octet-stream' });
  assert.deepEqual(rule('/pagefind/wasm.en-gb.pagefind'), { 'Cache-Control': REVALIDATE, 'Content-Type': 'application/octet-stream' });
  for (const path of ['/', '/round-one/', '/sw.js', '/pagefind/pagefind.js']) {
    assert.deepEqual(rule(path), { 'Cache-Control': REVALIDATE }, path);
  }
  assert.deepEqual(rule('/404.html'), { 'Cache-Control': REVALIDATE, 'X-Robots-Tag': 'noindex' });
  assert.equal(rule('/_astro/a.1.css'), undefined, 'files in a hashed folder are covered by its rule');
  assert.equal(rule('/pagefind/index/*'), undefined, 'no rule for a folder the build lacks');
  assert.equal(new Set(rules.map(([p]) => p)).size, rules.length);
});

test('_headers under a base path prefixes every rule, and the base can be read back', () => {
  const text = headersFile({ base: '/explainers/afghanistan/', files: FILES, scriptHashes: [] });
  const paths = parse(text).map(([p]) => p);
  assert.ok(paths.every((p) => p.startsWith('/explainers/afghanistan/')), paths.join(' '));
  assert.ok(paths.includes('/explainers/afghanistan/round-one/'));
  assert.equal(baseOfHeadersFile(text), '/explainers/afghanistan/');
  assert.equal(baseOfHeadersFile(headersFile({ base: '/', files: FILES, scriptHashes: [] })), '/');
  assert.equal(baseOfHeadersFile('nothing'), undefined);
});

test('the policy goes on documents and the service worker, not on every asset', () => {
  for (const path of ['/', '/round-one/', '/404.html', '/sw.js', '/x/sw.js']) assert.equal(needsPolicy(path), true, path);
  for (const path of ['/_astro/a.css', '/favicon.svg', '/pagefind/pagefind.js', '/data/events.csv']) assert.equal(needsPolicy(path), false, path);
});
