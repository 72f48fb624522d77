/**
 * The page side of the search-index integration: each edition's search page calls this while it is
 * prerendered, handing that edition's records to the integration in memory (src/build-state.ts).
 */
import { buildState } from '../build-state.ts';
import { loadExplainer, ownChapters } from '../explainer.ts';
import { localeOf } from '../i18n/index.ts';
import { routes, type Edition } from '../site.ts';
import { searchRecords, searchVocabulary } from '../views/search-records.ts';

export async function publishSearchRecords(edition: Edition): Promise<void> {
  const explainer = await loadExplainer(edition);
  const context = { locale: localeOf(edition), routes: routes('/', edition) };
  const records = searchRecords(explainer, context);
  buildState.searchRecordsOf(edition).publish(records);
  buildState.searchWordsOf(edition).publish({ vocabulary: searchVocabulary({ ...explainer, chapters: ownChapters(explainer) }, records, context), synonyms: explainer.searchSynonyms });
}
