/**
 * `npm run package:zim`: writes dist-zim/explainer_<YYYY-MM-DD>.zim, the whole site (English, Dari and
 * Pashto) as one ZIM file for Kiwix and Internet-in-a-Box, with its full-text index. Builds first if
 * dist/ is missing or stale, copies it, makes every address relative (src/hosting/zim-transform.ts),
 * leaves out the service worker and the precompressed copies, and packs the copy with zimwriterfs
 * (Debian's zim-tools), which it installs with apt when run as root.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { buildNeeded } from './package.ts';
import { BUILT_EDITIONS, localeOf } from '../i18n/index.ts';
import { rewriteCss, rewriteFragment, rewriteHtml, rewriteModule, withIndexPages, withKiwixSearchNote } from './zim-transform.ts';

/** The ZIM's metadata (the openZIM conventions: title ≤ 30 characters, description ≤ 80). */
export const ZIM_METADATA = {
  title: 'Afghan Peace Talks, Explained',
  description: 'The Afghan peace process of 2018–2021, in English, Dari and Pashto',
  /** ISO 639-3, most important first: English, Dari, Pashto. */
  language: 'eng,prs,pus',
  creator: 'The Afghan Peace Talks, Explained',
  publisher: 'The Afghan Peace Talks, Explained',
  /** Version-independent: a later ZIM of the explainer replaces this one in a Kiwix library. */
  name: 'afghan-peace-talks-explainer_mul_all',
  tags: 'afghanistan;history;peace process',
} as const;

/** Files the ZIM leaves out: the service worker (Kiwix serves the pages itself), host rules, precompressed copies. */
export function leftOut(path: string): boolean {
  return /\.(br|gz)$/.test(path) || path === '_headers' || /(^|\/)(sw\.js|offline-files\.json)$/.test(path);
}

/** The sentence for the search page's no-script notice in the edition a file belongs to. */
function noteFor(file: string): string {
  const edition = BUILT_EDITIONS.find((e) => e.prefix && file.startsWith(e.prefix)) ?? BUILT_EDITIONS.find((e) => !e.prefix)!;
  return localeOf(edition).t.search.needsJsInKiwix;
}

/** Every file under dir, relative to it, with forward slashes, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((p) => p.split('\\').join('/'))
    .filter((p) => statSync(join(dir, p)).isFile())
    .sort();
}

/**
 * Makes sure a command from a Debian package is there (zimwriterfs from zim-tools; the tests' kiwix-serve
 * and zimdump): installs the package with apt when run as root, else says in one line what to install.
 */
export function ensureDebianTool(command: string, pkg: string): void {
  const has = () => spawnSync(command, ['--version'], { stdio: 'ignore' }).error === undefined;
  if (has()) return;
  if (process.getuid?.() === 0) {
    console.log(`Installing ${pkg} (${command}) with apt…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env });
    if (has()) return;
  }
  throw new Error(`${command} is missing: install ${pkg} (Debian/Ubuntu: sudo apt-get install ${pkg}), then try again.`);
}

export interface ZimOptions {
  root: string;
  dist?: string;
  outDir?: string;
  /** YYYY-MM-DD; by default today (UTC), the day zimwriterfs writes into the ZIM's Date. */
  date?: string;
  /** false: pack dist/ as it is, without checking whether it is current. */
  buildFirst?: boolean;
}

/** Builds if needed, then writes the ZIM; returns its path. */
export function packageZim(options: ZimOptions): string {
  const root = resolve(options.root);
  const dist = resolve(options.dist ?? join(root, 'dist'));
  // A ZIM's addresses are relative, so the site is built for the top of its own address space.
  const why = options.buildFirst === false ? undefined : buildNeeded(root, dist, '/');
  if (why) {
    console.log(`Building first: ${why}.`);
    const outDirArgs = dist === join(root, 'dist') ? [] : ['--', '--outDir', dist];
    const build = spawnSync('npm', ['run', 'build', ...outDirArgs], { cwd: root, stdio: 'inherit', env: { ...process.env, SITE_BASE: '/' } });
    if (build.status !== 0) throw new Error('The build failed; no ZIM was written.');
  }
  ensureDebianTool('zimwriterfs', 'zim-tools');
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const book = `explainer_${date}`;
  const stage = mkdtempSync(join(tmpdir(), 'explainer-zim-'));
  try {
    const site = join(stage, 'site');
    cpSync(dist, site, { recursive: true, filter: (source) => !leftOut(source.slice(dist.length + 1).split('\\').join('/')) });
    const files = filesUnder(site);
    const present = new Set(files);
    const exists = (path: string) => present.has(path);
    for (const file of files) {
      const path = join(site, file);
      if (file.endsWith('.html')) writeFileSync(path, withKiwixSearchNote(rewriteHtml(readFileSync(path, 'utf8'), file, exists, { book }), noteFor(file)));
      else if (file.endsWith('.css')) writeFileSync(path, rewriteCss(readFileSync(path, 'utf8'), file, exists));
      else if (file.startsWith('_astro/') && file.endsWith('.js')) writeFileSync(path, rewriteModule(readFileSync(path, 'utf8'), file, exists));
      else if (file.endsWith('.pf_fragment')) writeFileSync(path, rewriteFragment(readFileSync(path)));
      else if (/^pagefind\/names\.[^/]+\.json$/.test(file)) writeFileSync(path, JSON.stringify(withIndexPages(JSON.parse(readFileSync(path, 'utf8')))));
    }
    // Kiwix's 48×48 illustration, from the favicon.
    const illustration = 'zim-illustration-48.png';
    const svg = readFileSync(join(site, 'favicon.svg'), 'utf8');
    writeFileSync(join(site, illustration), new Resvg(svg, { fitTo: { mode: 'width', value: 48 } }).render().asPng());

    const outDir = resolve(options.outDir ?? join(root, 'dist-zim'));
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `${book}.zim`);
    rmSync(file, { force: true }); // zimwriterfs refuses to overwrite
    const m = ZIM_METADATA;
    const args = [
      `--welcome=index.html`, `--illustration=${illustration}`, `--language=${m.language}`, `--title=${m.title}`,
      `--description=${m.description}`, `--creator=${m.creator}`, `--publisher=${m.publisher}`, `--name=${m.name}`,
      `--tags=${m.tags}`, `--scraper=afghan-peace-talks-explainer npm run package:zim`, '--threads=2',
      site, file,
    ];
    const run = spawnSync('zimwriterfs', args, { encoding: 'utf8' });
    if (run.status !== 0 || !existsSync(file)) throw new Error(`zimwriterfs failed:\n${run.stderr || run.stdout}`);
    return file;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  try {
    const file = packageZim({ root: process.cwd(), outDir: process.argv[2] });
    console.log(`Wrote ${file} (${(statSync(file).size / 1024).toFixed(0)} KiB). Open it in Kiwix, or serve it: kiwix-serve --port 8080 ${file}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
