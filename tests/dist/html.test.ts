/** Every built page passes html-validate with zero errors (settings and reasons: tests/dist/html-validate.config.ts). */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { htmlFiles } from '../support/dist-files.ts';
import { DIST } from '../support/project.ts';
import config from './html-validate.config.ts';

const validator = new HtmlValidate(config);

test('the validator catches real errors with these settings', async () => {
  const report = await validator.validateString(
    '<!doctype html><html lang="en"><head><title>t</title></head><body><h1>t</h1><h3>skipped a level</h3>' +
      '<div aria-labelledby="nowhere">x</div><form action=""><input id="q"></form></body></html>',
  );
  const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
  for (const rule of ['heading-level', 'no-missing-references', 'attribute-allowed-values', 'input-missing-label']) {
    assert.ok(rules.has(rule), `${rule} is reported; got ${[...rules].join(', ')}`);
  }
});

for (const page of htmlFiles()) {
  test(`${page} is valid HTML`, async () => {
    const report = await validator.validateFile(join(DIST, page));
    const errors = report.results.flatMap((r) => r.messages.map((m) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`));
    assert.deepEqual(errors, [], errors.join('\n'));
  });
}
