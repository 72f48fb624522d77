import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { PLACEHOLDER_SITE_URL } from '../../src/settings.ts';

const integration = new URL('../../src/integrations/site-url-warning.ts', import.meta.url).href;

/** The warnings the integration logs at the end of a build, with SITE_URL as given (undefined: not set). */
function warnings(siteUrl: string | undefined): string[] {
  const env = { ...process.env };
  delete env.SITE_URL;
  if (siteUrl !== undefined) env.SITE_URL = siteUrl;
  // Settings are read once, when src/settings.ts loads: a process of its own for each environment.
  const script = `import warning from '${integration}';
    const logged = [];
    await warning().hooks['astro:build:done']({ logger: { warn: (m) => logged.push(m) } });
    console.log(JSON.stringify(logged));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as string[];
}

test('a build without SITE_URL, or with the stand-in, warns and names what points at the stand-in', () => {
  for (const siteUrl of [undefined, '', PLACEHOLDER_SITE_URL]) {
    const [warning, ...more] = warnings(siteUrl);
    assert.equal(more.length, 0);
    assert.match(warning ?? '', /^SITE_URL is not set/);
    for (const affected of ['Canonical links', 'share cards', 'the sitemap', 'SITE_URL=https://']) assert.ok(warning!.includes(affected), warning);
  }
});

test('a build with the real address is quiet', () => {
  assert.deepEqual(warnings('https://explainer.intranet/'), []);
});
