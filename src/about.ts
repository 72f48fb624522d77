/**
 * The about and methodology page's content (content/about.yaml) in an edition: the English sections in file
 * order, each translated one laid over it by id, and the counts its text may give. A translated section that
 * no longer matches its English one (paragraphs, links, counts, numbers) stops the build, naming the file.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildState } from './build-state.ts';
import { loadExplainer } from './explainer.ts';
import { ContentError } from './lib/content-errors.ts';
import { markShownInEnglish } from './lib/fallback.ts';
import { dataTranslationProblems, paragraphTranslationProblems } from './lib/translation-check.ts';
import { DEFAULT_EDITION, type AboutCount, type Edition } from './site.ts';

export type AboutSection = CollectionEntry<'about'>['data'];

export interface AboutContent {
  sections: AboutSection[];
  counts: Record<AboutCount, number>;
}

export async function loadAbout(edition: Edition = DEFAULT_EDITION): Promise<AboutContent> {
  const explainer = await loadExplainer();
  const counts = { sources: explainer.sources.size, policy: buildState.sourcePolicySize.read() };
  const order = buildState.aboutOrder.read();
  const english = (await getCollection('about')).map((e) => e.data).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  if (edition.id === DEFAULT_EDITION.id) return { sections: english, counts };

  const translated = (await getCollection('aboutTranslations')).filter((e) => e.id.startsWith(`${edition.id}/`));
  const byId = new Map(translated.map((e) => [e.id.slice(edition.id.length + 1), e]));
  const problems: string[] = [];
  for (const [id, e] of byId) {
    if (!english.some((s) => s.id === id)) problems.push(`${e.filePath} → entry "${id}": content/about.yaml has no entry "${id}"; a translation keeps the English ids`);
  }
  const sections = english.map((original) => {
    const t = byId.get(original.id);
    if (!t) return markShownInEnglish(original);
    const where = `${t.filePath} → entry "${original.id}"`;
    problems.push(
      ...dataTranslationProblems(where, [{ field: 'heading', english: original.heading, translated: t.data.heading }]),
      ...paragraphTranslationProblems(where, 'paragraphs', original.paragraphs, t.data.paragraphs),
    );
    return { ...t.data, id: original.id };
  });
  if (problems.length > 0) throw new ContentError(`The ${edition.id} translation has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  return { sections, counts };
}
