/**
 * The reference for `npm run bench:scale -- --starlight`: stock Starlight built from the same synthetic
 * corpus, in the same three editions, on the same machine and day, so the ratio means something (this
 * machine's speed varies from day to day by a quarter or more, and a figure taken on another day, with other
 * versions, does not compare).
 *
 * Starlight gets each chapter's title, summary (as its description) and text, without the site's components
 * (it has none of them); its sidebar lists the four real chapters, as the site's header does past 12. Its
 * Dari and Pashto locales are right to left and hold the chapters this site has translated; Starlight fills
 * the rest with its own fallback pages, in the English text.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../tests/support/project.ts';
import { CHAPTER_IDS } from '../tests/support/site.ts';
import { childCpuSeconds } from './measure.ts';

/** The Starlight release measured against, and the Astro it runs on: the project's own. */
export const STARLIGHT_VERSION = '0.42.4';
const ASTRO_VERSION = JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version as string;
/** Kept between runs, under node_modules (ignored by git), so that only the first run installs. */
const PROJECT = join(ROOT, 'node_modules/.cache/starlight-reference');
const TRANSLATED = ['fa', 'ps'] as const;

/**
 * Installs the reference project with npm if it is missing (it needs the npm registry once). Returns why it
 * could not, or undefined when it is ready.
 */
export function installStarlight(): string | undefined {
  const installed = join(PROJECT, 'node_modules/@astrojs/starlight/package.json');
  if (existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === STARLIGHT_VERSION) return undefined;
  mkdirSync(PROJECT, { recursive: true });
  writeFileSync(join(PROJECT, 'package.json'), JSON.stringify({ name: 'starlight-reference', private: true, type: 'module' }));
  const run = spawnSync('npm', ['install', '--no-audit', '--no-fund', `@astrojs/starlight@${STARLIGHT_VERSION}`, `astro@${ASTRO_VERSION}`], {
    cwd: PROJECT,
    encoding: 'utf8',
  });
  if (run.status === 0) return undefined;
  return `npm could not install @astrojs/starlight@${STARLIGHT_VERSION} (${run.error?.message ?? run.stderr.trim().split('\n').at(-1)})`;
}

/** One chapter as a Starlight page: title and description from the frontmatter, the text without components. */
function starlightPage(mdx: string): string {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx)!;
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(frontmatter!)?.[1] ?? '""';
  const text = body!.split('\n').filter((line) => !/^<\/?[A-Z]/.test(line)).join('\n');
  return `---\ntitle: ${field('title')}\ndescription: ${field('summary')}\n---\n${text}`;
}

/** Writes the reference site's content and configuration from a corpus's content folder. */
function writeStarlightSite(content: string): void {
  const docs = join(PROJECT, 'src/content/docs');
  rmSync(join(PROJECT, 'src'), { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const copy = (from: string, to: string) => {
    mkdirSync(to, { recursive: true });
    for (const file of readdirSync(from).filter((f) => f.endsWith('.mdx'))) writeFileSync(join(to, file), starlightPage(readFileSync(join(from, file), 'utf8')));
  };
  copy(join(content, 'chapters'), docs);
  for (const edition of TRANSLATED) copy(join(content, 'translations', edition, 'chapters'), join(docs, edition));
  writeFileSync(
    join(PROJECT, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const locales = TRANSLATED.map((e) => `${e}: { label: '${e}', lang: '${e}', dir: 'rtl' }`).join(', ');
  writeFileSync(
    join(PROJECT, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({
    title: 'Reference',
    defaultLocale: 'root',
    locales: { root: { label: 'English', lang: 'en' }, ${locales} },
    sidebar: ${JSON.stringify([...CHAPTER_IDS])},
  })],
});
`,
  );
}

export interface StarlightBuild {
  pages: number;
  buildSeconds: number;
  cpuSeconds: number | undefined;
}

/**
 * A clean build of stock Starlight from the same corpus into `outDir`, a new folder, as this site's build is
 * (see bench/scale.ts on why nothing is deleted before a build): wall and CPU seconds, and the pages it wrote.
 */
export function buildStarlight(content: string, outDir: string): StarlightBuild {
  writeStarlightSite(content);
  for (const dir of ['.astro', 'node_modules/.astro']) rmSync(join(PROJECT, dir), { recursive: true, force: true });
  const cpuBefore = childCpuSeconds();
  const start = performance.now();
  const run = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], { cwd: PROJECT, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const buildSeconds = (performance.now() - start) / 1000;
  const cpuAfter = childCpuSeconds();
  if (run.status !== 0) throw new Error(`the Starlight build failed (${run.error?.message ?? `exit ${run.status}`}):\n${run.stderr.slice(-4000)}`);
  const pages = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  return { pages, buildSeconds, cpuSeconds: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}
