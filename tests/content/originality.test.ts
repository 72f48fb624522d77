/** The prose is the project's own: no run of 10+ words may be shared with the source material (../shared). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shared = process.env.SHARED_DIR ?? `${root}../shared`;
const tool = `${shared}/tools/originality.py`;
const available = existsSync(tool);

test('the content shares no 10-word run with the source article or the fact sheet', { skip: !available && `no ${tool} beside this checkout` }, () => {
  const sources = [...readdirSync(`${shared}/source`).map((f) => `${shared}/source/${f}`), `${shared}/factsheet.md`];
  const run = spawnSync('python3', [tool, '--words', '10', `${root}content`, ...sources], { encoding: 'utf8' });
  assert.equal(run.error, undefined, String(run.error));
  assert.equal(run.stdout, '', `Rewrite these passages in the project's own words:\n${run.stdout}`);
  assert.equal(run.status, 0, run.stderr);
});
