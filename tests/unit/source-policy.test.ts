import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  PLACEHOLDER_TITLE,
  addressKey,
  onDomain,
  policyProblems,
  stateMediaOnly,
  type SourceKind,
} from '../../src/lib/source-policy.ts';
import { citationGroups } from '../../src/lib/citations.ts';

const policy = [
  { domain: 'rt.com', reason: 'state media' },
  { publisher: 'Sputnik', reason: 'state media' },
];

test('a domain matches itself and its sub-domains, not names that merely end the same way', () => {
  assert.ok(onDomain('rt.com', 'rt.com'));
  assert.ok(onDomain('www.rt.com', 'rt.com'));
  assert.ok(onDomain('de.rt.com', 'RT.com'));
  assert.ok(!onDomain('art.com', 'rt.com'));
  assert.ok(!onDomain('rt.com.example.org', 'rt.com'));
});

test('addresses that open the same page share a key; different pages do not', () => {
  assert.equal(addressKey('https://www.aljazeera.com/news/2021/2/23/x?traffic_source=KeepReading'), addressKey('http://aljazeera.com/news/2021/2/23/x/'));
  assert.equal(addressKey('https://en.m.example.org/wiki/A'), addressKey('https://en.example.org/wiki/A'));
  assert.equal(addressKey('https://m.example.org/a'), addressKey('https://example.org/a'));
  assert.equal(addressKey('https://rferl.org/amp/x'), addressKey('https://www.rferl.org/x'));
  assert.notEqual(addressKey('https://example.org/a?id=1'), addressKey('https://example.org/a?id=2'));
  assert.notEqual(addressKey('https://example.org/a'), addressKey('https://example.org/b'));
});

test('a disallowed domain or publisher is named with the file, line, source id, field and reason', () => {
  const problems = policyProblems(
    'content/sources.csv',
    [
      { id: 'ok', line: 2, publisher: 'Reuters', url: 'https://www.reuters.com/article/x' },
      { id: 'rt', line: 3, publisher: 'RT', url: 'https://www.rt.com/newsline/1/' },
      { id: 'jen', line: 4, publisher: 'Just Earth News (Sputnik)', url: 'https://example.org/jen' },
    ],
    policy,
    'content/source-policy.yaml',
  );
  assert.equal(problems.length, 2);
  assert.match(problems[0]!, /^content\/sources\.csv, line 3 \(source "rt"\), field "url": https:\/\/www\.rt\.com\/newsline\/1\/ is on rt\.com, which content\/source-policy\.yaml does not allow \(state media\)/);
  assert.match(problems[1]!, /^content\/sources\.csv, line 4 \(source "jen"\), field "publisher": "Just Earth News \(Sputnik\)" names Sputnik/);
});

test('one address under two ids is named at the second row, pointing to the first', () => {
  const problems = policyProblems(
    'content/sources.csv',
    [
      { id: 'a', line: 2, publisher: 'AP', url: 'https://apnews.com/x' },
      { id: 'b', line: 3, publisher: 'AP', url: 'https://www.apnews.com/x/' },
      { id: 'c', line: 4, publisher: 'AP' },
      { id: 'd', line: 5, publisher: 'AP' },
    ],
    [],
    'policy.yaml',
  );
  assert.deepEqual(problems, [
    'content/sources.csv, line 3 (source "b"), field "url": the same address as source "a" (line 2); one source needs one row, so cite "a" and remove this row.',
  ]);
});

test('a fact is refused only when every one of its sources is state media', () => {
  const kinds: Record<string, SourceKind> = { xinhua: 'state-media', trt: 'state-media', reuters: 'wire' };
  const kindOf = (id: string) => kinds[id];
  const problems = stateMediaOnly(
    [
      { where: 'events.yaml → entry "a", field "sources"', sources: ['xinhua'] },
      { where: 'events.yaml → entry "b", field "sources"', sources: ['xinhua', 'reuters'] },
      { where: 'x.mdx, the footnotes after "…said"', sources: ['xinhua', 'trt'] },
    ],
    kindOf,
  );
  assert.equal(problems.length, 2);
  assert.match(problems[0]!, /^events\.yaml → entry "a", field "sources": its only source is state media \(xinhua\)/);
  assert.match(problems[1]!, /^x\.mdx, the footnotes after "…said": its only sources are state media \(xinhua, trt\)/);
});

test('footnote markers side by side form one group, with the words before them', () => {
  const body = 'The deal was signed.[^text][^reuters] Ghani objected.[^voa]\n\n[^text]: Text.\n[^voa]: VOA.\n';
  assert.deepEqual(citationGroups(body), [
    { context: '…The deal was signed.', ids: ['text', 'reuters'] },
    { context: '…The deal was signed. Ghani objected.', ids: ['voa'] },
  ]);
});

test('descriptions where a headline belongs are recognised; real headlines are not', () => {
  for (const t of ['Report on Trump’s strategy', 'Live updates', 'Untitled article', 'NewsHour report on Bonn', 'Essay on the war']) {
    assert.ok(PLACEHOLDER_TITLE.test(t), t);
  }
  for (const t of ['Reporters see Kabul fall', 'Afghan peace talks resume in Doha', 'Reporting the war']) {
    assert.ok(!PLACEHOLDER_TITLE.test(t), t);
  }
});
