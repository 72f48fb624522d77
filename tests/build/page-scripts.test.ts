/**
 * The build refuses a page that would run code besides the site's own inline script: a copy of the project
 * gets two such pages (in public/, which the build copies into dist/ as they are), and the build stops,
 * naming each page and what it found, before it writes _headers (so no server takes the build up).
 */
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { build, copyProject, removeProject } from '../support/build.ts';

test('a page with an inline script or an event handler of its own stops the build, naming the page', { timeout: 300_000 }, async () => {
  const root = copyProject();
  try {
    writeFileSync(join(root, 'public', 'injected.html'), '<!doctype html><title>x</title>\n<script>alert(1)</script>\n');
    writeFileSync(join(root, 'public', 'handler.html'), '<!doctype html><title>x</title>\n\n<button onclick="alert(2)">Go</button>\n');
    const result = await build(root);
    const tail = result.output.slice(-4000);
    assert.notEqual(result.status, 0, `the build should fail:\n${tail}`);
    assert.ok(result.output.includes("Pages would run code the Content-Security-Policy doesn't allow"), tail);
    assert.ok(result.output.includes(`injected.html, line 2: <script> is an inline script the policy doesn't allow ("alert(1)")`), tail);
    assert.ok(result.output.includes(`handler.html, line 3: <button> has an event handler attribute (onclick="alert(2)")`), tail);
    assert.equal(existsSync(join(root, 'dist', '_headers')), false, 'no _headers: the build is not complete');
  } finally {
    removeProject(root);
  }
});
