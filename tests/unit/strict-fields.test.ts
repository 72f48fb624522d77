import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'astro/zod';
import { strictFields } from '../../src/lib/strict-fields.ts';

const chapter = strictFields({ title: z.string(), summary: z.string() });

test('an unknown field is reported at its own name, with the field it was probably meant to be', () => {
  const result = chapter.safeParse({ title: 'Round one', summmary: 'Talks.' });
  assert.equal(result.success, false);
  const unknown = result.error!.issues.find((i) => i.path[0] === 'summmary');
  assert.match(unknown!.message, /^unknown field "summmary"; did you mean "summary"\?/);
});

test('a group holding only known fields passes unchanged', () => {
  assert.deepEqual(chapter.parse({ title: 'Round one', summary: 'Talks.' }), { title: 'Round one', summary: 'Talks.' });
});

test('something other than a group of fields lists the fields expected', () => {
  const result = chapter.safeParse('Round one');
  assert.equal(result.error!.issues[0]!.message, 'expected a group of fields (title, summary), not the text "Round one"');
});
