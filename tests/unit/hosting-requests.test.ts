import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acceptedEncodings, byteRange, ifMatch, parseTarget } from '../../src/hosting/requests.ts';

test('request targets: origin and absolute form, decoded; anything malformed is undefined', () => {
  assert.deepEqual(parseTarget('/round-one/?highlight=doha'), { path: '/round-one/', query: '?highlight=doha' });
  assert.deepEqual(parseTarget('/who%E2%80%99s/'), { path: '/who’s/', query: '' });
  assert.deepEqual(parseTarget('http://example.org:8080/a/?b'), { path: '/a/', query: '?b' });
  assert.deepEqual(parseTarget('http://[::1]'), { path: '/', query: '' });
  assert.deepEqual(parseTarget('/?q=a|b{c}'), { path: '/', query: '?q=a|b{c}' });
  for (const target of ['//[', '/a[1]', '/%', '/%zz', '/%E0%A4%A', '/%00', '*', 'example.org:443', 'http://[', 'http://a b/', 'http://x@evil/', '', 'round-one/', '/a b', '/a"b', '/a<b', '/\\evil', '/é', '/a#b', '/?a"b', '/?a\r\nb']) {
    assert.equal(parseTarget(target), undefined, JSON.stringify(target));
  }
});

test('byte ranges as RFC 9110 has them: one range, suffixes capped at the file, unsatisfiable or ignored', () => {
  const etag = '"tag"';
  assert.deepEqual(byteRange(100, 'bytes=0-0', undefined, etag), { start: 0, end: 0 });
  assert.deepEqual(byteRange(100, 'bytes=-5', undefined, etag), { start: 95, end: 99 });
  assert.deepEqual(byteRange(100, 'bytes=-500', undefined, etag), { start: 0, end: 99 });
  assert.deepEqual(byteRange(100, 'bytes=90-', undefined, etag), { start: 90, end: 99 });
  assert.deepEqual(byteRange(100, 'bytes=0-9007199254740993', undefined, etag), { start: 0, end: 99 });
  assert.deepEqual(byteRange(100, 'bytes=0-4, 5-9', undefined, etag), { start: 0, end: 9 });
  for (const spec of ['bytes=10-5', 'bytes=-0', 'bytes=100-', 'bytes=99999999999999999999-']) assert.equal(byteRange(100, spec, undefined, etag), 'unsatisfiable', spec);
  assert.equal(byteRange(0, 'bytes=0-0', undefined, etag), 'unsatisfiable');
  for (const spec of ['bytes=0-0,10-10', 'items=0-1', 'bytes=abc', 'bytes=', '0-1']) assert.equal(byteRange(100, spec, undefined, etag), undefined, spec);
  assert.deepEqual(byteRange(100, 'bytes=0-0', '"tag"', etag), { start: 0, end: 0 });
  assert.equal(byteRange(100, 'bytes=0-0', '"old"', etag), undefined);
  assert.equal(byteRange(100, 'bytes=0-0', 'W/"tag"', etag), undefined, 'If-Range compares strongly');
  assert.equal(byteRange(100, 'bytes=0-0', 'Wed, 21 Oct 2015 07:28:00 GMT', etag), undefined);
});

test('If-Match: "*" or the same strong tag', () => {
  assert.equal(ifMatch('*', '"a"'), true);
  assert.equal(ifMatch('"b", "a"', '"a"'), true);
  assert.equal(ifMatch('W/"a"', '"a"'), false);
  assert.equal(ifMatch('"b"', '"a"'), false);
});

test('Accept-Encoding: q-values first, then brotli before gzip; never nothing', () => {
  assert.deepEqual(acceptedEncodings('gzip, deflate, br'), ['br', 'gzip', 'identity']);
  assert.deepEqual(acceptedEncodings('gzip;q=1, br;q=0.5'), ['gzip', 'br', 'identity']);
  assert.deepEqual(acceptedEncodings('br;q=0, *'), ['gzip', 'identity']);
  assert.deepEqual(acceptedEncodings(undefined), ['identity']);
  assert.deepEqual(acceptedEncodings('identity;q=0, *;q=0'), ['identity']);
  assert.deepEqual(acceptedEncodings('br;q=abc, gzip;q=0.1'), ['gzip', 'identity']);
});
