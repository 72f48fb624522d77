/**
 * The build's refusal of foreign code (src/integrations/hosting-headers.ts) on real built pages: the
 * pages of dist/ pass, and a copy of dist/ with code slipped into a page fails, naming the page and line.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { siteProblems } from '../../src/hosting/page-check.ts';
import { listSiteFiles } from '../../src/hosting/site-files.ts';
import { pageExpectation } from '../../src/integrations/hosting-headers.ts';
import { DIST } from '../support/project.ts';
import { ROUTES } from '../support/site.ts';

const PAGE = `${ROUTES.chapter('round-one').slice(1)}index.html`;

/** The build's check on a copy of dist/ whose chapter page `edit` has changed. */
async function problemsWith(edit: (html: string) => string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-page-check-'));
  try {
    cpSync(DIST, dir, { recursive: true });
    const file = join(dir, PAGE);
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, edit(before));
    assert.notEqual(readFileSync(file, 'utf8'), before, 'the fixture changed the page');
    return await siteProblems(dir, listSiteFiles(dir), pageExpectation());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the built pages run the site’s own inline script only, under the meta policy', async () => {
  assert.deepEqual(await siteProblems(DIST, listSiteFiles(DIST), pageExpectation()), []);
});

test('a foreign inline script, event handler or javascript: link in a built page is named with its page', async () => {
  const problems = await problemsWith((html) => html.replace('</main>', '<script>alert(1)</script><img src="/x.png" onerror="alert(2)"><a href="javascript:alert(3)">x</a></main>'));
  assert.equal(problems.length, 3, problems.join('\n'));
  assert.match(problems[0]!, new RegExp(`^${PAGE}, line \\d+: <script> is an inline script the policy doesn't allow \\("alert\\(1\\)"\\)$`));
  assert.match(problems[1]!, new RegExp(`^${PAGE}, line \\d+: <img> has an event handler attribute \\(onerror="alert\\(2\\)"\\)$`));
  assert.match(problems[2]!, new RegExp(`^${PAGE}, line \\d+: <a> has a javascript: URL`));
});

test('a page without the meta policy before its first script is named', async () => {
  const problems = await problemsWith((html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, new RegExp(`^${PAGE}, line \\d+: <script>: no <meta http-equiv="Content-Security-Policy"> with the site's policy comes before the page's first script$`));
});

test('a large site is checked by worker threads, with the same problems in the same order as on one thread', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-page-check-many-'));
  try {
    // The chapter page without its text: its head (policy and inline script) is what matters, and it parses quickly.
    const page = readFileSync(join(DIST, PAGE), 'utf8').replace(/<main[\s\S]*<\/main>/, '<main></main>');
    const files = Array.from({ length: 600 }, (_, i) => `p${String(i).padStart(3, '0')}/index.html`);
    files.forEach((file, i) => {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      // Every hundredth page carries a foreign script, so both threads have something to find.
      writeFileSync(join(dir, file), i % 100 === 7 ? page.replace('</main>', `<script>alert(${i})</script></main>`) : page);
    });
    const one = await siteProblems(dir, files, pageExpectation(), 1);
    assert.equal(one.length, 6, one.join('\n'));
    assert.deepEqual(await siteProblems(dir, files, pageExpectation(), 2), one);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
