/**
 * A translation that falls out of step with its English original stops the build, naming the translated
 * file and what differs (src/lib/translation-check.ts). One build of a project copy with the test edition
 * (tests/fixtures/test-edition/) carries every fault at once: the checks report them all together.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build, copyProject, edit, removeProject } from '../support/build.ts';
import { registerTestStrings, translatedChapter, writeTestChapters } from '../support/test-edition.ts';

test('a translated chapter with a missing footnote, a changed number or a missing heading, or a data entry with an unknown id, stops the build', async () => {
  const root = copyProject();
  try {
    registerTestStrings(root, 'fa');
    writeTestChapters(root, 'fa', ['background', 'round-one', 'round-two', 'outlook']);
    // A footnote dropped (its first citation), a number changed, a heading dropped.
    edit(translatedChapter(root, 'fa', 'round-one'), /(had asked in person\.\[\^news-bar\])\[\^dawn-bar\]/, '$1');
    edit(translatedChapter(root, 'fa', 'round-one'), /^(In late October Pakistan released .*?)\[\^dawn-bar\]/m, '$1');
    edit(translatedChapter(root, 'fa', 'round-one'), /(Pakistan had also freed Baradar\.)\[\^dawn-bar\]/, '$1');
    edit(translatedChapter(root, 'fa', 'round-two'), /12 September 2020/, '13 September 2020');
    edit(translatedChapter(root, 'fa', 'background'), /^## .*\n/m, '');
    // A data file's translation with an id the English file lacks, and one whose year differs.
    writeFileSync(
      join(root, 'content/translations/fa/events.yaml'),
      '# Translation of content/events.yaml (test)\n- id: no-such-event\n  title: "رویداد"\n  summary: "متن"\n',
    );
    // The about page's translation: a paragraph dropped, and a link to another page than the English one's.
    writeFileSync(
      join(root, 'content/translations/fa/about.yaml'),
      '- id: what\n  heading: "این توضیح‌نامه چیست"\n  paragraphs:\n    - "متن"\n- id: sources\n  heading: "منابع"\n  paragraphs:\n    - "الف"\n    - "ب"\n    - "همه {sources} منبع با {policy} ناشر؛ [واژه‌نامه](glossary)."\n',
    );
    const result = await build(root);
    const tail = result.output.slice(-6000);
    assert.notEqual(result.status, 0, `the build should fail:\n${tail}`);
    for (const expected of [
      'content/translations/fa/chapters/round-one.mdx: footnote [^dawn-bar] missing (the English cites it in section 2, "A new envoy and a freed co-founder")',
      'content/translations/fa/chapters/round-two.mdx: the number 12 appears once here but twice in the English',
      'content/translations/fa/chapters/round-two.mdx: the number 13 appears twice here but once in the English',
      'content/translations/fa/chapters/background.mdx: headings differ: the English has 9 ## / ### headings',
      'content/translations/fa/events.yaml → entry "no-such-event": content/events.yaml has no entry "no-such-event"',
      'content/translations/fa/about.yaml → entry "what", field "paragraphs": 1 paragraph(s), but the English has 3: translate each one, in the same order',
      'content/translations/fa/about.yaml → entry "sources", field "paragraphs.2": the links and counts are {sources} {policy} (glossary), but the English paragraph has {sources} {policy} (data)',
    ]) {
      assert.ok(result.output.includes(expected), `expected "${expected}" in:\n${tail}`);
    }
  } finally {
    removeProject(root);
  }
});
