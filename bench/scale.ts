/**
 * `npm run bench:scale [-- --sizes 100,1000] [-- --port 4391] [-- --starlight]`: builds synthetic explainers
 * (bench/corpus.ts) and reports, for each size, the build's wall-clock and CPU seconds, dist/ and index sizes,
 * the service worker's precache, the largest page, and what a first search fetches and how soon it shows a
 * result (the median of five). With --starlight, stock Starlight is built from each corpus too, right after
 * (bench/starlight.ts), and the table gives both times and their ratio.
 * Past WHOLE_PRINT_CHAPTERS_MAX chapters it also checks that the whole-explainer print page is neither
 * built nor linked. Prints a table and writes bench-results/scale.json.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { WHOLE_PRINT_CHAPTERS_MAX } from '../src/site.ts';
import { startServer } from '../src/hosting/server.ts';
import { ensureChromium } from '../tests/support/chromium.ts';
import { ROOT } from '../tests/support/project.ts';
import { ROUTES } from '../tests/support/site.ts';
import { precache } from '../tests/support/transfers.ts';
import { writeCorpus } from './corpus.ts';
import { buildStarlight, installStarlight, STARLIGHT_VERSION, type StarlightBuild } from './starlight.ts';
import { childCpuSeconds, cleanBuild, folderBytes, kb, largestFile, median, timeSearch } from './measure.ts';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '100,1000' }, port: { type: 'string', default: '4391' }, starlight: { type: 'boolean', default: false } },
});
const sizes = values.sizes.split(',').map(Number);
const SEARCH_RUNS = 5;
const port = Number(values.port);

/** Past the limit, no print/ page, and no link to it from the pages that would carry one. */
function checkNoWholePrint(dist: string): void {
  if (existsSync(join(dist, 'print/index.html'))) throw new Error(`print/index.html was built for more than ${WHOLE_PRINT_CHAPTERS_MAX} chapters`);
  for (const path of [ROUTES.home, ROUTES.chapter('round-one'), ROUTES.timeline, ROUTES.people]) {
    if (readFileSync(join(dist, path, 'index.html'), 'utf8').includes(`href="${ROUTES.print}"`)) throw new Error(`${path} links to ${ROUTES.print}, which is not built`);
  }
}

const executablePath = ensureChromium();
const notInstalled = values.starlight ? installStarlight() : undefined;
if (notInstalled) console.log(`${notInstalled}: no comparison with Starlight.`);
const withStarlight = values.starlight && !notInstalled;
const results = [];
/** Each size's corpus and builds, deleted once every size is measured. */
const dirs: string[] = [];
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `explainer-scale-${n}-`));
  const dist = join(dir, 'dist');
  console.log(`building ${n} chapters…`);
  const cpuBefore = childCpuSeconds();
  const content = writeCorpus(n, dir);
  const seconds = cleanBuild({ CONTENT_DIR: content, ASTRO_CACHE_DIR: join(dir, 'cache'), EXPLAINER_ANY_CHAPTERS: '1' }, dist);
  const cpuAfter = childCpuSeconds();
  const cpuSeconds = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  if (n > WHOLE_PRINT_CHAPTERS_MAX) checkNoWholePrint(dist);
  const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const precached = precache(dist);
  const server = await startServer({ dir: dist, base: '/', port, host: 'localhost' });
  const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking'] });
  // The first search's time varies from run to run by several times (the WebAssembly's compilation, the
  // machine's other work): the median of SEARCH_RUNS, each in a fresh browser context.
  const searches = [];
  for (let i = 0; i < SEARCH_RUNS; i++) searches.push(await timeSearch(browser, `http://localhost:${port}`, ROUTES.chapter('round-one'), 'ceasefire', 'Kunduz'));
  const search = { ...searches[0]!, firstResultMs: median(searches.map((s) => s.firstResultMs)), firstResultRuns: searches.map((s) => s.firstResultMs) };
  await browser.close();
  await server.close();
  let starlight: StarlightBuild | undefined;
  if (withStarlight) {
    console.log(`building ${n} chapters with Starlight ${STARLIGHT_VERSION}…`);
    starlight = buildStarlight(content, join(dir, 'starlight-dist'));
  }
  const row = {
    chapters: n,
    pages,
    buildSeconds: seconds,
    /** The build's CPU time, its child processes included; undefined where the system doesn't say. */
    cpuSeconds,
    distBytes: folderBytes(dist),
    indexBytes: folderBytes(join(dist, 'pagefind')),
    precache: {
      files: precached.length,
      bytes: precached.reduce((sum, f) => sum + statSync(join(dist, f.path)).size, 0),
      gzipBytes: precached.reduce((sum, f) => sum + f.gzip, 0),
    },
    largestPage: largestFile(dist, '.html'),
    wholePrintPage: existsSync(join(dist, 'print/index.html')),
    firstSearchBytes: search.firstSearchBytes,
    firstResultMs: search.firstResultMs,
    firstResultRuns: search.firstResultRuns,
    /** Stock Starlight's clean build of the same corpus, with --starlight. */
    starlight,
  };
  results.push(row);
  console.log(row);
  dirs.push(dir);
}
// Only now: on ext4 without a journal (as here), files created soon after many were deleted cost many times
// more (the kernel skips the inodes it freed in the last minutes), so a size's 20,000 files deleted before
// the next build would slow it by seconds.
for (const dir of dirs) rmSync(dir, { recursive: true, force: true });

const per100 = (s: number | undefined, n: number) => (s === undefined ? '–' : ((s / n) * 100).toFixed(1));
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`);
console.table(results.map((r) => ({
  chapters: r.chapters,
  pages: r.pages,
  'build s': r.buildSeconds.toFixed(1),
  'CPU s': r.cpuSeconds?.toFixed(1) ?? '–',
  's / 100 ch': per100(r.buildSeconds, r.chapters),
  'CPU s / 100 ch': per100(r.cpuSeconds, r.chapters),
  'dist MB': mb(r.distBytes),
  'index MB': mb(r.indexBytes),
  precache: `${r.precache.files} files, ${mb(r.precache.bytes)} MB`,
  'largest page': `${r.largestPage.path} ${kb(r.largestPage.bytes)} KB`,
  'first search KB': kb(r.firstSearchBytes),
  'first result ms': Math.round(r.firstResultMs),
  ...(r.starlight && {
    'Starlight pages': r.starlight.pages,
    'Starlight s': r.starlight.buildSeconds.toFixed(1),
    'Starlight CPU s': r.starlight.cpuSeconds?.toFixed(1) ?? '–',
    '× Starlight': (r.buildSeconds / r.starlight.buildSeconds).toFixed(2),
  }),
})));
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/scale.json'), JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model }, starlightVersion: withStarlight ? STARLIGHT_VERSION : undefined, results }, null, 2));
