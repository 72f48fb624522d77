/**
 * What every page starts from: the loaded content, its edition's strings, formatting and routes, and the
 * page chrome (header, search, footer). All but the content are the same on every page of an edition, so
 * they are made once per edition and shared (the same context object, so views can memoise on it: a
 * build of a thousand chapters renders thousands of pages). Pages call this, compute their own view
 * from it (src/views/) and hand both to their layout.
 */
import { loadExplainer, type Explainer } from './explainer.ts';
import { localeOf } from './i18n/index.ts';
import { DEFAULT_EDITION, routes, type Edition } from './site.ts';
import { chromeView, type ChromeView } from './views/chrome.ts';
import type { ViewContext } from './views/shared.ts';

export interface PageData {
  explainer: Explainer;
  context: ViewContext;
  chrome: ChromeView;
}

const editions = new Map<string, Omit<PageData, 'explainer'>>();

export async function pageData(edition: Edition = DEFAULT_EDITION): Promise<PageData> {
  const explainer = await loadExplainer(edition);
  let shared = editions.get(edition.id);
  if (!shared) {
    const context = { locale: localeOf(edition), routes: routes(import.meta.env.BASE_URL, edition) };
    shared = { context, chrome: chromeView(explainer.chapters, context) };
    editions.set(edition.id, shared);
  }
  return { explainer, ...shared };
}
