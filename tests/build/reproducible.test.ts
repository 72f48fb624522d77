/**
 * Two clean builds of the same source produce byte-identical sites: every file of dist/, the Pagefind
 * index, the service worker and the hosting headers included. The builds run side by side in two copies
 * of the project at different paths, each with an empty cache, so that neither a path nor a cache nor a
 * clock can leak into the output unnoticed.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build, copyProject, removeProject } from '../support/build.ts';
import { distFiles } from '../support/dist-files.ts';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Where two versions of a file first differ, with a little context from each. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (x: Buffer) => JSON.stringify(x.subarray(Math.max(0, i - 60), i + 60).toString('utf8'));
  return `at byte ${i} (sizes ${a.length} and ${b.length}):\n  first:  ${around(a)}\n  second: ${around(b)}`;
}

test('two clean builds of the same source are byte-identical', { timeout: 300_000 }, async () => {
  const roots = [copyProject(), copyProject()];
  try {
    const results = await Promise.all(roots.map((root) => build(root)));
    for (const result of results) assert.equal(result.status, 0, `the build failed:\n${result.output.slice(-3000)}`);
    const [a, b] = roots.map((root) => join(root, 'dist')) as [string, string];
    const [filesA, filesB] = [distFiles(a), distFiles(b)];
    assert.ok(filesA.some((f) => f.startsWith('pagefind/')), 'the search index is part of what is compared');

    const onlyA = filesA.filter((f) => !filesB.includes(f));
    const onlyB = filesB.filter((f) => !filesA.includes(f));
    assert.deepEqual({ onlyInFirst: onlyA, onlyInSecond: onlyB }, { onlyInFirst: [], onlyInSecond: [] }, 'both builds have the same files');

    const differing = filesA.filter((f) => sha256(join(a, f)) !== sha256(join(b, f)));
    const first = differing[0];
    assert.deepEqual(
      differing,
      [],
      first && `${differing.length} file(s) differ; the first, ${first}, ${firstDifference(readFileSync(join(a, first)), readFileSync(join(b, first)))}`,
    );
  } finally {
    roots.forEach(removeProject);
  }
});
