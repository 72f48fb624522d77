/**
 * The source policy, applied to the bibliography as it loads: content/source-policy.yaml lists the
 * publishers and web sites the explainer never cites (its schema is in src/content.config.ts), and
 * src/lib/source-policy.ts finds the rows that break it.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { buildState } from '../build-state.ts';
import { SETTINGS } from '../settings.ts';
import { ContentError, type ContentFile } from '../lib/content-errors.ts';
import { CSV_LINE, parseYamlList, type DataEntry } from '../lib/data-files.ts';
import { policyProblems, type PolicyEntry } from '../lib/source-policy.ts';
import { locate } from './locate.ts';

/** A check for dataFile('sources.csv'): reads the policy once per load of sources.csv and checks every row against it. */
export function checkSourcePolicy(entrySchema: z.ZodType<PolicyEntry>) {
  return async (entries: DataEntry[], where: ContentFile, root: URL): Promise<void> => {
    const policyFile = locate(`${SETTINGS.contentDir}/source-policy.yaml`, root);
    const text = await readFile(policyFile.path, 'utf8').catch(() => {
      throw new ContentError(`${policyFile.file} is missing: it lists the publishers and web sites the explainer never cites`);
    });
    const list = parseYamlList(text, policyFile);
    if (!Array.isArray(list)) throw new ContentError(`${policyFile.file}: expected a list of entries, each "- domain: …" or "- publisher: …" with a "reason: …"`);
    const policy = list.map((item, i) => {
      const parsed = entrySchema.safeParse(item);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length ? `, field "${issue.path.join('.')}"` : '';
      throw new ContentError(`${policyFile.file}, entry ${i + 1}${field}: ${issue.message}`);
    });
    buildState.sourcePolicySize.publish(policy.length);
    const rows = entries.map(({ id, data }) => ({
      id,
      line: (data as { [CSV_LINE]?: number })[CSV_LINE] ?? 0,
      publisher: String(data.publisher ?? ''),
      url: typeof data.url === 'string' && data.url ? data.url : undefined,
    }));
    const problems = policyProblems(where.file, rows, policy, policyFile.file);
    if (problems.length > 0) throw new ContentError(`The bibliography breaks the source policy:\n- ${problems.join('\n- ')}`);
  };
}
