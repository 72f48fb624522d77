/**
 * `npm run bench:scale [-- --sizes 100,1000]`: builds synthetic explainers of 100 and 1,000 chapters
 * (real chapter text, recombined and varied, with events for each) and reports build time, dist/ size,
 * search index size and what a search fetches. Writes bench-results/scale.json.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { startServer } from '../src/hosting/server.ts';
import { ensureChromium } from '../tests/support/chromium.ts';
import { ROOT } from '../tests/support/project.ts';
import { CHAPTER_IDS, ROUTES } from '../tests/support/site.ts';
import { cleanBuild, folderBytes, kb, timeSearch } from './measure.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000' } } });
const sizes = values.sizes.split(',').map(Number);

// Words swapped into the copies so each chapter adds vocabulary, as real new chapters would.
const PLACES = ['Herat', 'Kunduz', 'Mazar-i-Sharif', 'Jalalabad', 'Ghazni', 'Helmand', 'Kandahar', 'Bamiyan', 'Badakhshan', 'Paktia'];

function split(mdx: string) {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx)!;
  const notes = body.split('\n').filter((l) => /^\[\^[^\]]+\]:/.test(l));
  const paragraphs = body.split(/\n\n+/).filter((p) => p.trim() && !/^\[\^/.test(p.trim()) && !/^<\/?(Postscript|TroopChart)/.test(p.trim()));
  return { frontmatter, paragraphs, notes };
}

/** Writes a content folder with `n` chapters: the real ones, then recombined copies. */
function corpus(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `explainer-scale-${n}-`));
  const content = join(dir, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const real = CHAPTER_IDS.map((id) => ({ id, ...split(readFileSync(join(content, 'chapters', `${id}.mdx`), 'utf8')) }));
  const events: string[] = [readFileSync(join(content, 'events.yaml'), 'utf8')];
  for (let i = CHAPTER_IDS.length + 1; i <= n; i++) {
    const source = real[i % real.length]!;
    const place = PLACES[i % PLACES.length]!;
    const id = `synthetic-${String(i).padStart(4, '0')}`;
    const paragraphs = source.paragraphs
      .map((p, k) => (p.startsWith('#') ? `${p} in ${place} (${i}.${k})` : p.replace(/\bDoha\b/g, `${place}`)))
      .map((p) => p.replace(/\b(\w{7,})\b/, `$1-${i}`));
    const frontmatter = source.frontmatter
      .replace(/^title: .*$/m, `title: "Regional account ${i}: ${place}"`)
      .replace(/^shortTitle: .*$/m, `shortTitle: "Account ${i}"`)
      .replace(/^order: .*$/m, `order: ${i}`)
      // The copies leave out the <Postscript>, and so its date: only one chapter has the postscript.
      .replace(/^postscriptWritten: .*\n/m, '');
    writeFileSync(join(content, 'chapters', `${id}.mdx`), `---\n${frontmatter}\n---\n\n${paragraphs.join('\n\n')}\n\n${source.notes.join('\n')}\n`);
    events.push(`- id: ${id}-talks\n  date: "2020-${String((i % 12) + 1).padStart(2, '0')}"\n  title: Local talks in ${place} (${i})\n  summary: Elders in ${place} met to discuss the prisoner releases and a local reduction in violence (record ${i}).\n  chapter: ${id}\n  sources: [crs21]\n`);
  }
  writeFileSync(join(content, 'events.yaml'), events.join('\n'));
  return dir;
}

const executablePath = ensureChromium();
const results = [];
for (const n of sizes) {
  const dir = corpus(n);
  const dist = join(dir, 'dist');
  console.log(`building ${n} chapters…`);
  const seconds = cleanBuild({ CONTENT_DIR: join(dir, 'content'), ASTRO_CACHE_DIR: join(dir, 'cache'), EXPLAINER_ANY_CHAPTERS: '1' }, dist);
  const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const server = await startServer({ dir: dist, base: '/', port: 4391, host: 'localhost' });
  const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking'] });
  const search = await timeSearch(browser, 'http://localhost:4391', ROUTES.chapter('round-one'), 'ceasefire', 'Kunduz');
  await browser.close();
  await server.close();
  const row = {
    chapters: n,
    pages,
    buildSeconds: seconds,
    distBytes: folderBytes(dist),
    indexBytes: folderBytes(join(dist, 'pagefind')),
    firstSearchBytes: search.firstSearchBytes,
    firstResultMs: search.firstResultMs,
  };
  results.push(row);
  console.log(row);
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`);
console.table(results.map((r) => ({
  chapters: r.chapters,
  pages: r.pages,
  'build s': r.buildSeconds.toFixed(1),
  's per 100 chapters': ((r.buildSeconds / r.chapters) * 100).toFixed(1),
  'dist MB': (r.distBytes / 1024 / 1024).toFixed(1),
  'index MB': (r.indexBytes / 1024 / 1024).toFixed(2),
  'first search KB': kb(r.firstSearchBytes),
  'first result ms': Math.round(r.firstResultMs),
})));
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/scale.json'), JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model }, results }, null, 2));
