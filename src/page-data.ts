/**
 * What every page starts from: the loaded content, its edition's strings, formatting and routes, and the
 * page chrome (header, search, footer), which is the same on every page of an edition. Pages call this,
 * compute their own view from it (src/views/) and hand both to their layout.
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

const chromes = new Map<string, ChromeView>();

export async function pageData(edition: Edition = DEFAULT_EDITION): Promise<PageData> {
  const explainer = await loadExplainer();
  const context = { locale: localeOf(edition), routes: routes(import.meta.env.BASE_URL, edition) };
  let chrome = chromes.get(edition.id);
  if (!chrome) chromes.set(edition.id, (chrome = chromeView(explainer.chapters, context)));
  return { explainer, context, chrome };
}
