/**
 * The build's refusal of foreign code (src/integrations/hosting-headers.ts) on real built pages: the
 * pages of dist/ pass, and a copy of dist/ with code slipped into a page fails, naming the page and line.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
function problemsWith(edit: (html: string) => string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-page-check-'));
  try {
    cpSync(DIST, dir, { recursive: true });
    const file = join(dir, PAGE);
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, edit(before));
    assert.notEqual(readFileSync(file, 'utf8'), before, 'the fixture changed the page');
    return siteProblems(dir, listSiteFiles(dir), pageExpectation());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the built pages run the site’s own inline script only, under the meta policy', () => {
  assert.deepEqual(siteProblems(DIST, listSiteFiles(DIST), pageExpectation()), []);
});

test('a foreign inline script, event handler or javascript: link in a built page is named with its page', () => {
  const problems = problemsWith((html) => html.replace('</main>', '<script>alert(1)</script><img src="/x.png" onerror="alert(2)"><a href="javascript:alert(3)">x</a></main>'));
  assert.equal(problems.length, 3, problems.join('\n'));
  assert.match(problems[0]!, new RegExp(`^${PAGE}, line \\d+: <script> is an inline script the policy doesn't allow \\("alert\\(1\\)"\\)$`));
  assert.match(problems[1]!, new RegExp(`^${PAGE}, line \\d+: <img> has an event handler attribute \\(onerror="alert\\(2\\)"\\)$`));
  assert.match(problems[2]!, new RegExp(`^${PAGE}, line \\d+: <a> has a javascript: URL`));
});

test('a page without the meta policy before its first script is named', () => {
  const problems = problemsWith((html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, new RegExp(`^${PAGE}, line \\d+: <script>: no <meta http-equiv="Content-Security-Policy"> with the site's policy comes before the page's first script$`));
});
