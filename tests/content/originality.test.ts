/**
 * The prose is the project's own: no run of 10+ words may be shared with the source material, found in
 * SHARED_DIR (../shared beside the checkout by default). Without it the tests are skipped, saying why.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, TEST_ENV } from '../support/project.ts';

const shared = TEST_ENV.sharedDir;
const tool = join(shared, 'tools/originality.py');
const skip = existsSync(tool) ? false : `no source material: ${tool} does not exist (set SHARED_DIR to the folder holding tools/, source/ and factsheet.md)`;
const sources = skip ? [] : [...readdirSync(join(shared, 'source')).map((f) => join(shared, 'source', f)), join(shared, 'factsheet.md')];
const run = (content: string) => spawnSync('python3', [tool, '--words', '10', content, ...sources], { encoding: 'utf8' });

test('the check finds a passage copied from the source material', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-originality-'));
  try {
    const copied = readFileSync(join(shared, 'factsheet.md'), 'utf8').split(/\s+/).filter((w) => /[a-z]/i.test(w)).slice(0, 40).join(' ');
    writeFileSync(join(dir, 'copied.md'), `Our own words first. ${copied}\n`);
    const result = run(dir);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /copied\.md: shares \d+ words/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the content shares no 10-word run with the source article or the fact sheet', { skip }, () => {
  const result = run(join(ROOT, 'content'));
  assert.equal(result.error, undefined, String(result.error));
  assert.equal(result.stdout, '', `Rewrite these passages in the project's own words:\n${result.stdout}`);
  assert.equal(result.status, 0, result.stderr);
});
