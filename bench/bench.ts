/**
 * `npm run bench [-- --runs 3] [-- --lighthouse]`: clean build time of all three editions (median), then every
 * page of every edition loaded in Chromium with a cold cache from a compressing production server, each edition's
 * first search and offline precache, and npm run serve's
 * requests per second against nginx's (bench/hosting.ts), and search relevance over the golden set (precision
 * at 3, mean reciprocal rank). Prints tables and writes bench-results/bench.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { startServer } from '../src/hosting/server.ts';
import { ensureChromium } from '../tests/support/chromium.ts';
import { ROOT } from '../tests/support/project.ts';
import { CHAPTER_IDS, ROUTES, allPages, editionOfPage, routes } from '../tests/support/site.ts';
import { BUILT_EDITIONS } from '../src/i18n/index.ts';
import { precache as precachedFiles } from '../tests/support/transfers.ts';
import { runGolden, summarise } from '../tests/search/golden.ts';
import { compareWithNginx, printHostingRows } from './hosting.ts';
import { cleanBuild, kb, loadPage, median, timeSearch } from './measure.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, lighthouse: { type: 'boolean', default: false } } });
// A private output folder, so a benchmark never races a build or a test run over dist/.
const dist = join(tmpdir(), 'explainer-bench', 'dist');
const cache = join(tmpdir(), 'explainer-bench', 'cache');

const builds = Array.from({ length: Number(values.runs) }, (_, i) => {
  const s = cleanBuild({ ASTRO_CACHE_DIR: cache }, dist);
  console.log(`clean build ${i + 1}: ${s.toFixed(2)} s`);
  return s;
});

const executablePath = ensureChromium();
const server = await startServer({ dir: dist, base: '/', port: 4390, host: 'localhost' });
const origin = 'http://localhost:4390';
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--disable-component-update'] });

const pages = [];
for (const path of allPages(dist)) pages.push(await loadPage(browser, origin, path));
const search = await timeSearch(browser, origin, ROUTES.chapter('round-one'), 'ceasefire', 'Loya Jirga');
// The Dari and Pashto editions' first search, on their own index: "Doha", then "Taliban".
const editionSearch: Record<string, Awaited<ReturnType<typeof timeSearch>>> = { en: search };
for (const edition of BUILT_EDITIONS.filter((e) => e.prefix)) {
  editionSearch[edition.id] = await timeSearch(browser, origin, routes('/', edition).chapter('round-one'), 'دوحه', edition.id === 'ps' ? 'طالبانو' : 'طالبان');
}
await browser.close();

const precacheOf = Object.fromEntries(BUILT_EDITIONS.map((e) => [e.id, precachedFiles(dist, e.prefix)]));
// Relevance: each edition's golden set (tests/search/golden*.yaml) against its own index in this build, in Node.
const golden: Record<string, Awaited<ReturnType<typeof runGolden>>> = {};
for (const edition of BUILT_EDITIONS) golden[edition.id] = await runGolden(dist, edition);
const relevance = Object.fromEntries(Object.entries(golden).map(([id, results]) => [id, summarise(results)]));

let lighthouse: Record<string, Record<string, number>> | undefined;
if (values.lighthouse) {
  lighthouse = {};
  for (const { path } of pages.filter((p) => !p.path.endsWith('/404.html'))) {
    const run = spawnSync('npx', ['-y', 'lighthouse@12.2.3', origin + path, '--output=json', '--quiet', '--form-factor=mobile',
      '--chrome-flags=--headless --no-sandbox --disable-background-networking'], {
      encoding: 'utf8', env: { ...process.env, CHROME_PATH: executablePath }, maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`lighthouse failed on ${path}:\n${run.stderr.slice(-2000)}`);
    const report = JSON.parse(run.stdout) as { categories: Record<string, { score: number }> };
    lighthouse[path] = Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
  }
}
await server.close();
const hosting = await compareWithNginx(dist);

console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`);
console.log(`Clean build: median ${median(builds).toFixed(2)} s of ${builds.length} (${builds.map((s) => s.toFixed(2)).join(', ')})\n`);
console.table(pages.map((p) => ({
  page: p.path,
  requests: p.requests,
  'total KB': kb(p.total),
  'html KB': kb(p.bytes.html ?? 0),
  'css KB': kb(p.bytes.css ?? 0),
  'js KB': kb(p.bytes.js ?? 0),
  'other KB': kb(p.total - (p.bytes.html ?? 0) - (p.bytes.css ?? 0) - (p.bytes.js ?? 0)),
  'FCP ms': Math.round(p.fcpMs),
  ...(lighthouse?.[p.path] ?? {}),
})));
console.log(`First search ("${search.query}", cold: loads Pagefind and the vocabulary): first result ${search.firstResultMs.toFixed(0)} ms after the last keystroke (target ≤ 250 ms), `
  + `${kb(search.firstSearchBytes)} KB in ${search.firstSearchRequests} requests; next search ${search.nextResultMs.toFixed(0)} ms`);
for (const [id, results] of Object.entries(golden)) {
  const { queries, precisionAt3, mrr } = relevance[id]!;
  console.log(`Search relevance, ${id} (${queries} golden queries): precision at 3 ${precisionAt3.toFixed(3)}, mean reciprocal rank ${mrr.toFixed(3)}`);
  for (const r of results.filter((g) => g.reciprocalRank < 1)) {
    console.log(`  "${r.query}" (${r.kind}): best answer ${r.reciprocalRank ? `at rank ${Math.round(1 / r.reciprocalRank)}` : 'not in the first page'}; top three ${r.top.map((a) => a[0]).join(', ')}`);
  }
}
for (const edition of BUILT_EDITIONS) {
  const chapters = pages.filter((p) => editionOfPage(p.path) === edition && CHAPTER_IDS.some((id) => p.path === routes('/', edition).chapter(id)));
  const first = editionSearch[edition.id]!;
  const files = precacheOf[edition.id]!;
  console.log(`${edition.lang}: chapter first visits ${chapters.map((p) => `${kb(p.total)}`).join(', ')} KB; first search ${kb(first.firstSearchBytes)} KB, `
    + `first result ${first.firstResultMs.toFixed(0)} ms; its worker precaches ${files.length} files, ${kb(files.reduce((n, f) => n + f.gzip, 0))} KB gzip`);
}
if (hosting) printHostingRows(hosting);

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const file = join(ROOT, 'bench-results/bench.json');
writeFileSync(file, JSON.stringify({
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
  builds: { seconds: builds, median: median(builds) },
  pages,
  search,
  editionSearch,
  relevance,
  precache: Object.fromEntries(Object.entries(precacheOf).map(([id, files]) => [id, { files: files.length, gzipBytes: files.reduce((n, f) => n + f.gzip, 0) }])),
  lighthouse,
  hosting,
}, null, 2));
console.log(`\nWrote ${file}`);
