/**
 * The synthetic explainers of `npm run bench:scale`: the real chapters, recombined and varied, with an
 * event each. Run on its own (`node bench/corpus.ts 1000 /tmp/corpus-1000`) it writes one corpus and
 * keeps it, for profiling repeated builds of the same content.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from '../tests/support/project.ts';
import { CHAPTER_IDS } from '../tests/support/site.ts';

// Words swapped into the copies so each chapter adds vocabulary, as real new chapters would.
const PLACES = ['Herat', 'Kunduz', 'Mazar-i-Sharif', 'Jalalabad', 'Ghazni', 'Helmand', 'Kandahar', 'Bamiyan', 'Badakhshan', 'Paktia'];

function split(mdx: string) {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx)!;
  const notes = body.split('\n').filter((l) => /^\[\^[^\]]+\]:/.test(l));
  const paragraphs = body.split(/\n\n+/).filter((p) => p.trim() && !/^\[\^/.test(p.trim()) && !/^<\/?[A-Z]/.test(p.trim()));
  return { frontmatter, paragraphs, notes };
}

/** Writes dir/content with `n` chapters: the real ones, then recombined copies. Returns the content folder. */
export function writeCorpus(n: number, dir: string): string {
  const content = join(dir, 'content');
  mkdirSync(dir, { recursive: true });
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
      // The copies leave out every component (the <Postscript>, and so its date, the chart, the map): only the real chapters carry them.
      .replace(/^postscriptWritten: .*\n/m, '');
    writeFileSync(join(content, 'chapters', `${id}.mdx`), `---\n${frontmatter}\n---\n\n${paragraphs.join('\n\n')}\n\n${source.notes.join('\n')}\n`);
    events.push(`- id: ${id}-talks\n  date: "2020-${String((i % 12) + 1).padStart(2, '0')}"\n  title: Local talks in ${place} (${i})\n  summary: Elders in ${place} met to discuss the prisoner releases and a local reduction in violence (record ${i}).\n  chapter: ${id}\n  sources: [crs21]\n`);
  }
  writeFileSync(join(content, 'events.yaml'), events.join('\n'));
  return content;
}

if (import.meta.main) {
  const [n, dir] = process.argv.slice(2);
  if (!n || !dir) throw new Error('usage: node bench/corpus.ts <chapters> <folder>');
  console.log(writeCorpus(Number(n), resolve(dir)));
}
