/**
 * Each test builds a copy of the project with a single fault in its content and checks that the build
 * stops (non-zero exit) with a message naming the file, the field and what is expected. Every build has
 * its own copy of the project (tests/support/build.ts), so they run side by side.
 */
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { CHAPTER_IDS } from '../../src/site.ts';
import { buildWithFault, edit, type BuildResult } from '../support/build.ts';

function assertFails(result: BuildResult, ...expected: (string | RegExp)[]) {
  const tail = result.output.slice(-4000);
  assert.notEqual(result.status, 0, `the build should fail:\n${tail}`);
  for (const e of expected) {
    if (typeof e === 'string') assert.ok(result.output.includes(e), `expected "${e}" in:\n${tail}`);
    else assert.match(result.output, e, `in:\n${tail}`);
  }
}

/** The 1-based line of the first line containing `text`. */
function lineOf(file: string, text: string): number {
  const index = readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(text));
  assert.ok(index >= 0, `fixture: ${text} not found in ${file}`);
  return index + 1;
}

const chapter = (content: string, id: string) => join(content, 'chapters', `${id}.mdx`);

describe('a content mistake stops the build and says where and what', { concurrency: Math.max(2, availableParallelism()) }, () => {
  // Frontmatter fields

  test('an unknown frontmatter field is named, with the field it was probably meant to be', async () => {
    const result = await buildWithFault((c) => edit(chapter(c, 'round-one'), /^summary:/m, 'summmary:'));
    assertFails(
      result,
      'content/chapters/round-one.mdx',
      'summmary: unknown field "summmary"; did you mean "summary"? The fields here are: title, shortTitle, summary,',
    );
  });

  test('a missing frontmatter field names the chapter file and the field', async () => {
    const result = await buildWithFault((c) => edit(chapter(c, 'outlook'), /^summary:.*\n/m, ''));
    assertFails(result, 'content/chapters/outlook.mdx', 'summary: missing: expected text');
  });

  test('a frontmatter field of the wrong type says what is expected and what was found', async () => {
    const result = await buildWithFault((c) => edit(chapter(c, 'round-one'), /^order: 2$/m, 'order: two'));
    assertFails(result, 'content/chapters/round-one.mdx', `order: expected a whole number from 1 to ${CHAPTER_IDS.length}, not the text "two"`);
  });

  // Dates. Astro reads frontmatter with YAML's default schema, which would turn an unquoted 2020-02-30
  // into 1 March 2020; the chapters loader re-reads it so that both spellings are caught.

  test('an impossible unquoted date in frontmatter is rejected, not moved to 1 March', async () => {
    const result = await buildWithFault((c) => edit(chapter(c, 'round-one'), /^asOf: .*$/m, 'asOf: 2020-02-30'));
    assertFails(result, 'content/chapters/round-one.mdx', 'asOf: "2020-02-30" is not a real date: February 2020 has 29 days');
  });

  test('an impossible quoted date in frontmatter is rejected', async () => {
    const result = await buildWithFault((c) => edit(chapter(c, 'round-one'), /^asOf: .*$/m, 'asOf: "2020-02-30"'));
    assertFails(result, 'content/chapters/round-one.mdx', 'asOf: "2020-02-30" is not a real date: February 2020 has 29 days');
  });

  test('a date without its day where a full date is needed says so', async () => {
    const result = await buildWithFault((c) => edit(chapter(c, 'background'), /^updated: .*$/m, 'updated: 2026-11'));
    assertFails(result, 'content/chapters/background.mdx', 'updated: expected a full date written YYYY-MM-DD, not "2026-11"');
  });

  test('an impossible date in events.yaml names the file, the entry and the field', async () => {
    const result = await buildWithFault((c) => edit(join(c, 'events.yaml'), /^(- id: soviet-invasion\n {2}date: )"[^"]*"/m, '$1"1979-02-30"'));
    assertFails(result, 'content/events.yaml', 'events → soviet-invasion', 'date: "1979-02-30" is not a real date: February 1979 has 28 days');
  });

  test('dates before 1900 or after the postscript name the file, the entry and the field', async () => {
    const result = await buildWithFault((c) => {
      edit(join(c, 'events.yaml'), /^(- id: soviet-invasion\n {2}date: )"[^"]*"/m, '$1"0000"');
      // The second event, whatever it is.
      edit(join(c, 'events.yaml'), /(^- id: soviet-invasion\n[\s\S]*?^- id: [a-z0-9-]+\n {2}date: )"[^"]*"/m, '$1"1850-06"');
      edit(join(c, 'troop-levels.yaml'), /^(- id: .*\n {2}date: )"?[0-9-]+"?/m, '$1"2030-01-01"');
      edit(chapter(c, 'round-one'), /^updated: .*$/m, 'updated: 2026-12-02');
    });
    const after = `is after the postscript's date (2026-12-01, postscriptWritten in content/chapters/outlook.mdx)`;
    assertFails(
      result,
      'content/events.yaml → entry "soviet-invasion", field "date": 0000 is before 1900, the earliest date the content may give',
      /content\/events\.yaml → entry "[a-z0-9-]+", field "date": 1850-06 is before 1900/,
      new RegExp(`content/troop-levels\\.yaml → entry "[a-z0-9-]+", field "date": 2030-01-01 ${after.replace(/[().]/g, '\\$&')}: nothing in the content`),
      `content/chapters/round-one.mdx → entry "round-one", field "updated": 2026-12-02 ${after}`,
    );
  });

  // Active and third-party content in chapters (src/markdown/chapter-rules.ts). One chapter carries one
  // of each kind: the rules report them all at once, each with its line and column. The unit tests
  // (tests/unit/chapter-rules.test.ts) go through every rule; this checks what a writer sees.

  test('scripts, embeds, handlers, active addresses, images from other sites and code in a chapter are each named with file, line and column', async () => {
    const faults = [
      ['<script>alert(1)</script>', '1', '<script> is not allowed in a chapter: it would run a program in every reader’s browser'],
      ['<iframe src="https://www.youtube.com/embed/x"></iframe>', '1', '<iframe> is not allowed in a chapter: it embeds a page from another site'],
      ['<object data="x.swf"></object>', '1', '<object> is not allowed in a chapter: it embeds a plug-in'],
      ['<embed src="x.swf" />', '1', '<embed> is not allowed in a chapter: it embeds a plug-in'],
      ['Hover <TroopChart onmouseover="alert(1)" />', '7', '<TroopChart>: onmouseover= is an event handler'],
      ['A [link](javascript:alert(1)).', '3', 'the address "javascript:alert(1)": javascript: addresses run a program'],
      ['![A chart](data:image/png;base64,iVBORw0KGgo=)', '1', 'the image "data:image/png;base64,iVBORw0KGgo=": data: addresses carry'],
      ['![A photo](https://upload.example.org/photo.jpg)', '1', 'the image "https://upload.example.org/photo.jpg": it loads a file from another site'],
      ['<img src="https://upload.example.org/photo.jpg" alt="A photo" />', '1', '<img> is not allowed in a chapter: it loads a file from another site'],
      ['<Map />', '1', '<Map> is not allowed in a chapter: a chapter is Markdown, with only these components: <Postscript>, <TroopChart> and <LocatorMap>'],
      ["export const x = 'y'", '1', 'import and export are not allowed in a chapter: they run code'],
    ];
    let first = 0;
    const result = await buildWithFault((c) => {
      const file = chapter(c, 'round-one');
      first = lineOf(file, '## ');
      edit(file, /^## /m, `${faults.map(([mdx]) => mdx).join('\n\n')}\n\n## `);
    });
    assertFails(
      result,
      `content/chapters/round-one.mdx has ${faults.length} things a chapter cannot contain:`,
      ...faults.map(([, column, text], i) => `- content/chapters/round-one.mdx:${first + 2 * i}:${column}: ${text}`),
    );
  });

  // The chapter set (CHAPTER_IDS)

  test('two chapters with the same order name both files', async () => {
    const result = await buildWithFault((c) => edit(chapter(c, 'round-one'), /^order: 2$/m, 'order: 1'));
    assertFails(result, 'field "order": content/chapters/background.mdx and content/chapters/round-one.mdx both use order 1');
  });

  test('a chapter that is not in the list is rejected', async () => {
    const extra = 'not-a-listed-chapter';
    assert.ok(!(CHAPTER_IDS as readonly string[]).includes(extra), `fixture: "${extra}" is a real chapter now; pick another name`);
    const last = CHAPTER_IDS.at(-1)!;
    const result = await buildWithFault((c) => writeFileSync(chapter(c, extra), readFileSync(chapter(c, last), 'utf8')));
    assertFails(result, `content/chapters/${extra}.mdx: unexpected chapter "${extra}"; the chapters are ${CHAPTER_IDS.join(', ')}`);
  });

  test('a chapter whose file name is another page\'s address is named, to be renamed', async () => {
    const result = await buildWithFault((c) => writeFileSync(chapter(c, 'search'), readFileSync(chapter(c, CHAPTER_IDS.at(-1)!), 'utf8')));
    assertFails(result, 'content/chapters/search.mdx: the chapter id "search" (its file name) cannot be used: /search/ is already the address of another page or folder; rename the file');
  });

  test('a missing chapter is named', async () => {
    const last = CHAPTER_IDS.at(-1)!;
    const result = await buildWithFault((c) => rmSync(chapter(c, last)));
    assertFails(result, `chapter "${last}" is missing: expected a file named ${last}.mdx in the chapters folder`);
  });

  // References between files

  test('an event that points at a chapter that does not exist names the file, the entry and the field', async () => {
    const result = await buildWithFault((c) => edit(join(c, 'events.yaml'), /^ {2}chapter: background$/m, '  chapter: backgroun'));
    assertFails(result, 'content/events.yaml → entry', 'field "chapter": there is no chapters entry "backgroun"');
  });

  test('an actor that names a chapter that does not exist is named', async () => {
    const result = await buildWithFault((c) => edit(join(c, 'actors.yaml'), /^( {2}chapters: \[)/m, '$1round-3, '));
    assertFails(result, 'content/actors.yaml → entry', 'field "chapters[0]": there is no chapters entry "round-3"');
  });

  // The glossary

  test('a glossary term citing a source that is not in sources.csv names the file, the entry and the field', async () => {
    const result = await buildWithFault((c) => edit(join(c, 'glossary.yaml'), /^(- id: loya-jirga\n(?: {2}.*\n)*? {2}sources: \[)/m, '$1jirga-2020, '));
    assertFails(result, 'content/glossary.yaml → entry "loya-jirga", field "sources[0]": there is no sources entry "jirga-2020"');
  });

  test('a glossary term naming a chapter that does not exist names the file, the entry and the field', async () => {
    const result = await buildWithFault((c) => edit(join(c, 'glossary.yaml'), /^(- id: loya-jirga\n(?: {2}.*\n)*? {2}chapters: \[)round-two/m, '$1round-2'));
    assertFails(result, 'content/glossary.yaml → entry "loya-jirga", field "chapters[0]": there is no chapters entry "round-2"');
  });

  test('a glossary term listing a chapter that never uses it, or missing one that does, is named', async () => {
    const result = await buildWithFault((c) => edit(join(c, 'glossary.yaml'), /^(- id: loya-jirga\n(?: {2}.*\n)*? {2}chapters: \[)round-two/m, '$1outlook'));
    assertFails(
      result,
      'content/glossary.yaml → entry "loya-jirga", field "chapters": the chapter "outlook" never uses "Loya Jirga"',
      'content/glossary.yaml → entry "loya-jirga", field "chapters": the chapter "round-two" uses "Loya Jirga" but is not listed; add it',
    );
  });

  test('a glossary term spelt like an actor must name the actor, whose who’s-who link takes its mentions', async () => {
    const result = await buildWithFault((c) => edit(join(c, 'glossary.yaml'), /^( {2}actor: hcnr\n)/m, ''));
    assertFails(result, 'content/glossary.yaml → entry "high-council-for-national-reconciliation", field "actor": "High Council for National Reconciliation" is also a name of the actor "hcnr"');
  });

  test('a glossary definition of more than three sentences names the file, the entry and the field', async () => {
    const result = await buildWithFault((c) => edit(join(c, 'glossary.yaml'), /^( {2}definition: A grand assembly.*)$/m, '$1 It met in Kabul. It was large.'));
    assertFails(result, 'content/glossary.yaml', 'loya-jirga', 'definition: a definition is one to three sentences, each ending with a full stop');
  });

  test('a chapter brief of more than five points says how many it may have', async () => {
    const result = await buildWithFault((c) => edit(chapter(c, 'round-one'), /^brief:\n/m, 'brief:\n  - "One more point."\n'));
    assertFails(result, 'content/chapters/round-one.mdx', 'brief: the brief has three to five points');
  });

  // The about page (content/about.yaml)

  test('an about-page paragraph linking to a page the site lacks names the file, the entry, the paragraph and the pages it may link', async () => {
    const result = await buildWithFault((c) => edit(join(c, 'about.yaml'), /\]\(data\)/, '](open-data)'));
    assertFails(result, 'content/about.yaml', 'about → sources', 'paragraphs.2: the link "open data" goes to "open-data", which is no page: give one of home, timeline,');
  });

  // Other spellings for search (content/search-synonyms.yaml)

  test('a search synonym with a misnamed field names the file, the entry and the field', async () => {
    const result = await buildWithFault((c) => edit(join(c, 'search-synonyms.yaml'), /^(- id: baradar\n {2}word: Baradar\n {2})spellings:/m, '$1spelings:'));
    assertFails(result, 'content/search-synonyms.yaml', 'baradar', 'spelings: unknown field "spelings"; did you mean "spellings"?');
  });

  test('a search synonym whose word the content never uses names the entry and the field', async () => {
    const result = await buildWithFault((c) => appendFileSync(join(c, 'search-synonyms.yaml'), '\n- id: zz-unused\n  word: Khalilzaadd\n  spellings: [Kalilzad]\n'));
    assertFails(
      result,
      'content/search-synonyms.yaml → entry "zz-unused", field "word": "Khalilzaadd" appears nowhere in the chapters, the timeline or who\'s who, so its spellings would find nothing',
    );
  });

  test('a citation of a source that is not in sources.csv is named', async () => {
    const result = await buildWithFault((c) => edit(join(c, 'events.yaml'), /^(- id: soviet-invasion\n(?: {2}.*\n)*? {2}sources: \[)/m, '$1dhh, '));
    assertFails(result, 'content/events.yaml → entry "soviet-invasion", field "sources[0]": there is no sources entry "dhh"');
  });

  test('a commitment citing an unknown source, chapter, party or event names the file, the entry and each field', async () => {
    const result = await buildWithFault((c) => {
      const file = join(c, 'commitments.yaml');
      edit(file, /^(- id: five-bases\n(?: {2}.*\n)*? {2}sources: \[)/m, '$1wtt, ');
      edit(file, /^(- id: five-bases\n(?: {2}.*\n)*? {2}chapter: )round-two$/m, '$1round-2');
      edit(file, /^(- id: five-bases\n(?: {2}.*\n)*? {2}parties: \[)/m, '$1talibans, ');
      edit(file, /^(- id: five-bases\n(?: {2}.*\n)*? {2}events: \[)/m, '$1us-troops-at-860, ');
    });
    assertFails(
      result,
      'content/commitments.yaml → entry "five-bases", field "sources[0]": there is no sources entry "wtt"',
      'content/commitments.yaml → entry "five-bases", field "chapter": there is no chapters entry "round-2".',
      'content/commitments.yaml → entry "five-bases", field "parties[0]": there is no actors entry "talibans". Did you mean "taliban"?',
      'content/commitments.yaml → entry "five-bases", field "events[0]": there is no events entry "us-troops-at-860". Did you mean "us-troops-at-8600"?',
    );
  });

  test('a source cited only in a commitment’s later outcome is checked too', async () => {
    const result = await buildWithFault((c) => edit(join(c, 'commitments.yaml'), /^( {4}sources: \[)nyt-troops-mar21/m, '$1nyt-troops-mar22'));
    assertFails(result, 'content/commitments.yaml → entry "troops-to-8600", field "later.sources[0]": there is no sources entry "nyt-troops-mar22"');
  });

  test('a commitment with an unknown status lists the statuses', async () => {
    const result = await buildWithFault((c) => edit(join(c, 'commitments.yaml'), /^( {2}status: )kept$/m, '$1done'));
    assertFails(result, 'content/commitments.yaml', 'status: expected one of: kept, late, partly, broken, overtaken, disputed, open (the README defines each)');
  });

  test('a document the tracker cites without the event of its signing is named', async () => {
    const result = await buildWithFault((c) => edit(join(c, 'events.yaml'), /^ {2}document: declaration\n/m, ''));
    assertFails(result, 'content/events.yaml: no event is marked "document: declaration", but content/commitments.yaml cites that document');
  });

  test('a reference of the wrong kind says what is expected', async () => {
    const result = await buildWithFault((c) => edit(join(c, 'events.yaml'), /^ {2}chapter: background$/m, '  chapter: [background]'));
    assertFails(result, 'content/events.yaml', `chapter: expected a chapter id: ${CHAPTER_IDS.join(', ')}, not a list`);
  });

  test('a footnote citing a source the chapter does not list is named', async () => {
    const result = await buildWithFault((c) => {
      edit(chapter(c, 'round-one'), /(\[\^[a-z0-9-]+\])(?!:)/, '$1[^nosuch]');
      appendFileSync(chapter(c, 'round-one'), '\n[^nosuch]: Someone, *Something*, 2020.\n');
    });
    assertFails(result, 'content/chapters/round-one.mdx: footnote [^nosuch] cites a source that is not in the frontmatter field "sources"');
  });

  // The bibliography

  test('a source without a publisher is named', async () => {
    const result = await buildWithFault((c) => appendFileSync(join(c, 'sources.csv'), '\nzz-nopub,newspaper,A headline,,,2020-01-01,https://example.org/zz,\n'));
    assertFails(result, 'content/sources.csv', 'sources → zz-nopub', 'publisher: expected text, not empty text');
  });

  test('a source address that is not a web address is named', async () => {
    const result = await buildWithFault((c) =>
      appendFileSync(join(c, 'sources.csv'), '\nzz-ftp,newspaper,A headline,The Times,,2020-01-01,ftp://example.org/deal,\n'),
    );
    assertFails(
      result,
      'content/sources.csv',
      'sources → zz-ftp',
      'url: expected a web address starting with https:// or http://, not the text "ftp://example.org/deal"',
    );
  });

  test('a CSV row with an unquoted comma names the line', async () => {
    let line = 0;
    const result = await buildWithFault((c) => {
      const file = join(c, 'sources.csv');
      line = readFileSync(file, 'utf8').trimEnd().split('\n').length + 1;
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\nzz-comma,newspaper,Fighting near Kabul, Afghanistan,The Times,,2020-01-01,,\n`);
    });
    assertFails(result, `content/sources.csv, line ${line}: this row has 9 cells, but the header row has 8. Put double quotes around any cell`);
  });

  // The source policy (content/source-policy.yaml and src/lib/source-policy.ts). Faults are added as new
  // rows, so that the tests don't depend on which sources the chapters cite today.

  test('a disallowed domain, a disallowed publisher and one address under two ids each name the line and the field', async () => {
    let lines: number[] = [];
    const result = await buildWithFault((c) => {
      const file = join(c, 'sources.csv');
      const first = readFileSync(file, 'utf8').trimEnd().split('\n');
      const url = first.map((row) => /https?:\/\/[^,]+/.exec(row)?.[0]).find(Boolean)!;
      writeFileSync(
        file,
        `${first.join('\n')}\n` +
          'zz-rt,newspaper,Taliban and US sign deal,RT,,2020-02-29,https://www.rt.com/news/481999-taliban-deal/,\n' +
          'zz-sputnik,wire,Talks open in Doha,Sputnik International,,2020-09-12,,\n' +
          `zz-twice,newspaper,Another headline,Someone,,2020-01-01,${url.replace('https://', 'http://')}/,\n`,
      );
      lines = [first.length + 1, first.length + 2, first.length + 3];
    });
    assertFails(
      result,
      'The bibliography breaks the source policy',
      `content/sources.csv, line ${lines[0]} (source "zz-rt"), field "url": https://www.rt.com/news/481999-taliban-deal/ is on rt.com, which content/source-policy.yaml does not allow (Russian state media`,
      `content/sources.csv, line ${lines[1]} (source "zz-sputnik"), field "publisher": "Sputnik International" names Sputnik, which content/source-policy.yaml does not allow`,
      new RegExp(`content/sources\\.csv, line ${lines[2]} \\(source "zz-twice"\\), field "url": the same address as source "[a-z0-9-]+" \\(line \\d+\\)`),
    );
  });

  test('a news source without a date is named, with the kinds that may leave it out', async () => {
    const result = await buildWithFault((c) => appendFileSync(join(c, 'sources.csv'), '\nzz-undated,wire,Taliban leader killed,Reuters,,,https://example.org/zz,\n'));
    assertFails(result, 'sources → zz-undated', 'date: a source of kind "wire" needs its publication date (YYYY-MM-DD); only reference works may leave it empty');
  });

  test('a description in place of a headline is refused', async () => {
    const result = await buildWithFault((c) =>
      appendFileSync(join(c, 'sources.csv'), '\nzz-placeholder,newspaper,Report on the talks in Doha,The Times,,2020-09-12,https://example.org/zz,\n'),
    );
    assertFails(result, 'sources → zz-placeholder', 'title: "Report on the talks in Doha" describes the source instead of giving its own headline');
  });

  test('an unknown kind of source lists the kinds', async () => {
    const result = await buildWithFault((c) =>
      appendFileSync(join(c, 'sources.csv'), '\nzz-blog,blog,My thoughts on Doha,Someone,,2020-09-12,https://example.org/zz,\n'),
    );
    assertFails(result, 'sources → zz-blog', 'kind: expected one of: primary, government, international, wire, newspaper, broadcaster, magazine, research, reference, advocacy, state-media');
  });

  test('facts resting on state media alone, a footnote without its headline and an uncited row are each named', async () => {
    const result = await buildWithFault((c) => {
      appendFileSync(
        join(c, 'sources.csv'),
        '\nzz-state,state-media,Government names peace team,Bakhtar News Agency,,2020-03-27,https://example.org/bakhtar,Afghan state news agency' +
          '\nzz-unused,newspaper,A report nobody cites,The Times,,2020-01-01,https://example.org/unused,\n',
      );
      // An event whose only source is the state agency.
      edit(join(c, 'events.yaml'), /^(- id: soviet-invasion\n(?: {2}.*\n)*? {2}sources: )\[[^\]]*\]/m, '$1[zz-state]');
      // A chapter claim cited to it alone, and a footnote that describes its source instead of quoting the headline.
      const file = chapter(c, 'round-two');
      edit(file, /^sources: \[/m, 'sources: [zz-state, ');
      edit(file, /\n\[\^/, '\nThe team had 21 members.[^zz-state]\n\n[^zz-state]: Bakhtar, *report on the team*, 27 March 2020.\n[^');
    });
    assertFails(
      result,
      'content/events.yaml → entry "soviet-invasion", field "sources": its only source is state media (zz-state)',
      /content\/chapters\/round-two\.mdx, the footnotes after "…[^"]*The team had 21 members\.": its only source is state media \(zz-state\)/,
      'content/chapters/round-two.mdx: footnote [^zz-state] should give the source\'s headline as sources.csv has it, "Government names peace team"',
      'content/sources.csv → source "zz-unused": nothing cites it; cite it or remove the row',
    );
  });

  test('a troop figure without its basis says what the choices are', async () => {
    const result = await buildWithFault((c) => edit(join(c, 'troop-levels.yaml'), /^ {2}basis: \w+\n/m, ''));
    assertFails(result, 'content/troop-levels.yaml', 'basis: missing: expected one of: reported, official');
  });

  // Data files

  test('a troop figure written as text says what is expected', async () => {
    const result = await buildWithFault((c) => edit(join(c, 'troop-levels.yaml'), /^( {2}troops: )\d+$/m, '$1"1,300"'));
    assertFails(
      result,
      'content/troop-levels.yaml',
      'troops: expected a whole number of troops, written without commas, e.g. 8600, not the text "1,300"',
    );
  });

  test('two events with the same id are named', async () => {
    // The second entry takes the first one's id.
    const result = await buildWithFault((c) => edit(join(c, 'events.yaml'), /(^- id: soviet-invasion\n[\s\S]*?^- id: )[a-z0-9-]+$/m, '$1soviet-invasion'));
    assertFails(result, 'content/events.yaml, entries 1 and 2, field "id": both use the id "soviet-invasion"; each entry needs its own');
  });

  // Syntax

  test('invalid YAML in a data file names the file and the line', async () => {
    let line = 0;
    const result = await buildWithFault((c) => {
      const file = join(c, 'actors.yaml');
      line = lineOf(file, '  kind: person');
      edit(file, '  kind: person', ' kind: person');
    });
    assertFails(result, new RegExp(`content/actors\\.yaml, line ${line}: this is not valid YAML \\(bad indentation`), `actors.yaml:${line}:`);
  });

  test('invalid YAML in frontmatter names the chapter file and the line', async () => {
    let line = 0;
    const result = await buildWithFault((c) => {
      line = lineOf(chapter(c, 'round-two'), 'shortTitle:');
      edit(chapter(c, 'round-two'), /^shortTitle: (.*)$/m, 'shortTitle: "$1');
    });
    assertFails(result, /content\/chapters\/round-two\.mdx, line \d+: this is not valid YAML/, 'Check the indentation and the quotes');
    // An unclosed quote is noticed where the text runs into the next field, a line or two on.
    const reported = Number(/round-two\.mdx, line (\d+)/.exec(result.output)![1]);
    assert.ok(reported >= line && reported <= line + 2, `reported line ${reported}, fault on line ${line}`);
  });

  test('an unclosed tag in MDX names the file and the line', async () => {
    let line = 0;
    const result = await buildWithFault((c) => {
      line = lineOf(chapter(c, 'outlook'), '<Postscript');
      edit(chapter(c, 'outlook'), '</Postscript>', '');
    });
    assertFails(result, 'content/chapters/outlook.mdx', `Expected a closing tag for \`<Postscript>\` (${line}:1`);
  });

  test('a broken expression in MDX names the file and the line', async () => {
    let line = 0;
    const result = await buildWithFault((c) => {
      // The first heading of the body: a paragraph follows it, where a stray brace breaks the expression.
      line = lineOf(chapter(c, 'round-one'), '## ') + 2;
      const lines = readFileSync(chapter(c, 'round-one'), 'utf8').split('\n');
      lines[line - 1] = lines[line - 1]!.replace(' ', ' {');
      writeFileSync(chapter(c, 'round-one'), lines.join('\n'));
    });
    assertFails(result, 'expected a corresponding closing brace for `{`', `content/chapters/round-one.mdx:${line}:`);
  });
});
