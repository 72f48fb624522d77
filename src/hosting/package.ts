/**
 * `npm run package`: builds the site if dist/ is missing, stale or built for another base path, then
 * writes explainer-<YYYY-MM-DD>.tar.gz: one folder with the site and HOW-TO-SERVE.txt, for hosts with
 * no internet connection. Under a base path the site sits in the same sub-folders inside the archive,
 * so serving the top folder serves it at that path. The archive is byte-reproducible: the same build
 * and source date give the same bytes (entries sorted, one mtime, fixed modes, no owner).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { create } from 'tar';
import { SETTINGS } from '../settings.ts';
import { normaliseBase } from '../site.ts';
import { baseOfHeadersFile } from './policy.ts';

/** The instructions packed next to the site. */
export function howToServe(base: string, date: string): string {
  const url = `http://localhost:8000${base}`;
  const nested = base === '/' ? '' : `
This copy was built for the address path ${base}: the site is in the sub-folder ${base.slice(1, -1)}/
of this folder, so this folder is the web root.
`;
  return `THE AFGHAN PEACE TALKS, EXPLAINED: offline copy of ${date}

This folder is the whole website: plain HTML, CSS, a little JavaScript and a search index. It needs a
web server (any will do) but no internet connection and no database, and it requests nothing from
other sites.
${nested}
QUICK START, ON ONE COMPUTER (any computer with Python 3)
  In this folder, run:   python3 -m http.server 8000     (Windows: py -m http.server 8000)
  then open ${url} in a browser.
  Python's server sends none of the security headers below. Each page carries its Content-Security-Policy
  in a <meta> tag, which still keeps out scripts from anywhere else, but other sites could frame the pages
  and links would tell the sites they lead to where they came from. Fine for reading on your own computer;
  to serve a network, use a web server set up as below (or, where the explainer's source is installed,
  npm run serve -- --dir <this folder>${base === '/' ? '' : ` --base ${base}`}).

WHY NOT JUST OPEN index.html?
  Opened from disk (file://), pages show a notice instead of working fully: browsers refuse search's
  JavaScript modules, WebAssembly and index downloads from file:// addresses, and the links between
  pages (such as ${base}round-one/) are addresses that only a web server answers.

ANY STATIC WEB SERVER (nginx, Apache, IIS, Caddy, ...)
  - Publish this folder's files as they are. Folder addresses (${base}round-one/) serve the folder's
    index.html, as every server does by default; unknown addresses should get ${base}404.html, status 404,
    and those under an edition's folder that edition's own: ${base}fa/404.html for ${base}fa/..., and so on.
  - Content types: .wasm is application/wasm; .pagefind and .pf_* files are application/octet-stream
    (Pagefind compressed them already: don't gzip them again).
  - Caching: names with a hash never change: _astro/*, pagefind/fragment/*, pagefind/index/*,
    pagefind/filter/* and pagefind/*.pf_meta can be cached for a year ("immutable"). Everything else,
    pages and sw.js included, should be "Cache-Control: no-cache".
  - Security: ${base === '/' ? '' : `${base.slice(1)}`}_headers lists the headers every response should carry (the first rule, "/*"):
    this build's Content-Security-Policy, Referrer-Policy, Permissions-Policy, Cross-Origin-Opener-Policy,
    Cross-Origin-Resource-Policy and X-Content-Type-Options. Netlify and Cloudflare Pages read it as it is.
    Don't serve _headers itself. Over HTTPS, add Strict-Transport-Security: max-age=31536000.
  - Compression: each page, stylesheet and script has a .br and a .gz copy beside it; serve those to
    browsers that accept them, with Vary: Accept-Encoding (nginx: gzip_static on; brotli_static on).
  - nginx:   error_page 404 ${base}404.html;   location ${base}fa/ { error_page 404 ${base}fa/404.html; } (each edition)
             gzip_static on;   location ${base}_astro/ { add_header
             Cache-Control "public, max-age=31536000, immutable"; }   add_header <each header from _headers> always;
  - Apache:  ErrorDocument 404 ${base}404.html   AddType application/wasm .wasm
             Header always set <each header from _headers>   (mod_headers)

KIWIX AND INTERNET-IN-A-BOX
  The same site is also made as one ZIM file (explainer_<date>.zim, from npm run package:zim where the
  explainer's source is installed) for Kiwix readers and Internet-in-a-Box: add it to the library, or
  serve it with   kiwix-serve --port 8080 explainer_<date>.zim   (Debian/Ubuntu: apt-get install kiwix-tools).
  It needs no web server set-up, carries its own full-text index, and keeps the site's own search too.

OFFLINE READING
  On a first visit over https:// or http://localhost, the site stores itself in the browser (a
  service worker); its pages and search then work with no connection at all. When you publish a new
  copy, readers get it once they have closed every tab of the old one.
`;
}

/** The newest modification time of any file under the given paths. */
function newest(paths: string[]): number {
  let latest = 0;
  for (const path of paths.filter((p) => existsSync(p))) {
    const stat = statSync(path);
    if (stat.isFile()) latest = Math.max(latest, stat.mtimeMs);
    else latest = Math.max(latest, newest(readdirSync(path).map((name) => join(path, name))));
  }
  return latest;
}

/** Why dist/ must be rebuilt first, or undefined when it is current for this base path. */
export function buildNeeded(root: string, dist: string, base: string): string | undefined {
  const headers = join(dist, '_headers'); // the last file the build writes
  if (!existsSync(headers) || !existsSync(join(dist, 'sw.js'))) return 'there is no complete build';
  const builtFor = baseOfHeadersFile(readFileSync(headers, 'utf8'));
  if (builtFor !== base) return `the build is for the base path ${builtFor}, not ${base}`;
  const sources = ['src', 'content', 'public', 'astro.config.mjs', 'package.json'].map((p) => join(root, p));
  if (newest(sources) > statSync(headers).mtimeMs) return 'the sources changed since the last build';
  return undefined;
}

/**
 * The time every file in the archive carries, in seconds: SOURCE_DATE_EPOCH (the reproducible-builds
 * convention) if set, else the last commit's time, else the build's own.
 */
export function sourceDateEpoch(root: string, dist: string): number {
  const fromEnv = process.env.SOURCE_DATE_EPOCH;
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  const git = spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' });
  if (git.status === 0 && /^\d+\s*$/.test(git.stdout)) return Number(git.stdout);
  return Math.floor(statSync(join(dist, '_headers')).mtimeMs / 1000);
}

/** Every folder and file under dir, relative to it, sorted: the archive's order. */
function entriesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((p) => p.split('\\').join('/')).sort();
}

export interface PackageOptions {
  /** The project folder (with package.json). */
  root: string;
  dist?: string;
  outDir?: string;
  base?: string;
  /** YYYY-MM-DD; by default the day of the source date (sourceDateEpoch). */
  date?: string;
  /** false: pack dist/ as it is, without checking whether it is current. */
  buildFirst?: boolean;
}

/** Builds if needed, then writes the archive; returns its path. */
export async function packageSite(options: PackageOptions): Promise<string> {
  const root = resolve(options.root);
  const dist = resolve(options.dist ?? join(root, 'dist'));
  const base = options.base === undefined ? SETTINGS.base : normaliseBase(options.base);
  const why = options.buildFirst === false ? undefined : buildNeeded(root, dist, base);
  if (why) {
    console.log(`Building first: ${why}.`);
    const outDirArgs = dist === join(root, 'dist') ? [] : ['--', '--outDir', dist];
    const build = spawnSync('npm', ['run', 'build', ...outDirArgs], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, SITE_BASE: base },
    });
    if (build.status !== 0) throw new Error('The build failed; nothing was packaged.');
  }
  // The build's own base path decides where the site sits in the archive.
  const headers = join(dist, '_headers');
  const builtFor = (existsSync(headers) && baseOfHeadersFile(readFileSync(headers, 'utf8'))) || base;
  const epoch = sourceDateEpoch(root, dist);
  const date = options.date ?? new Date(epoch * 1000).toISOString().slice(0, 10);
  const name = `explainer-${date}`;
  const stage = mkdtempSync(join(tmpdir(), 'explainer-package-'));
  try {
    cpSync(dist, join(stage, name, builtFor), { recursive: true });
    writeFileSync(join(stage, name, 'HOW-TO-SERVE.txt'), howToServe(builtFor, date));
    // The same bytes whatever the copy's clock, umask or owner: tar's portable mode leaves out owners and
    // folder times, the files get the source date, and every file is 0644, every folder 0755.
    const entries = [name, ...entriesUnder(join(stage, name)).map((p) => `${name}/${p}`)];
    for (const entry of entries) chmodSync(join(stage, entry), statSync(join(stage, entry)).isDirectory() ? 0o755 : 0o644);
    const outDir = resolve(options.outDir ?? root);
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `${name}.tar.gz`);
    await create({ gzip: true, file, cwd: stage, portable: true, noDirRecurse: true, mtime: new Date(epoch * 1000) }, entries);
    return file;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  try {
    const file = await packageSite({ root: process.cwd(), outDir: process.argv[2] });
    console.log(`Wrote ${file} (${(statSync(file).size / 1024).toFixed(0)} KiB). Unpack it and read HOW-TO-SERVE.txt.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
