/**
 * The data of the components a writer can place in a chapter (src/components/mdx-components.ts). A page
 * that renders chapters puts this view in Astro.locals.embeds; each component takes its part from there.
 */
import type { Explainer } from '../explainer.ts';
import { locatorMapView, type LocatorMapView } from './locator-map.ts';
import { troopChartView, type TroopChartView } from './troop-chart.ts';
import { dateText, rich, timeOf, type Rich, type ViewContext } from './shared.ts';

export interface PostscriptView {
  label: string;
  heading: Rich;
}

export interface EmbedsView {
  /** <Postscript>: text written after the explainer's as-of date, on the date its chapter gives (postscriptWritten). */
  postscript(): PostscriptView;
  /** <TroopChart />: computed on first use, since most chapters have no chart. */
  troopChart(): TroopChartView;
  /** Every Markdown table (ScrollTable): the name of its region, from its column headings. */
  tableLabel(headings: string[]): string;
  /** <LocatorMap />: the map's file is laid out once per edition; this is the image that shows it. */
  locatorMap(): LocatorMapView;
}

/**
 * One view per loaded content and edition context (pageData() gives every page of an edition the same
 * two), so the chart is drawn once per build, not once per page that shows it.
 */
const views = new WeakMap<object, WeakMap<ViewContext, EmbedsView>>();

export function embedsView(explainer: Pick<Explainer, 'troopLevels' | 'sources' | 'postscript'>, context: ViewContext): EmbedsView {
  let byContext = views.get(explainer);
  if (!byContext) views.set(explainer, (byContext = new WeakMap()));
  let view = byContext.get(context);
  if (view) return view;
  const { t } = context.locale;
  let chart: TroopChartView | undefined;
  view = {
    troopChart: () => (chart ??= troopChartView(explainer.troopLevels, explainer.sources, context)),
    tableLabel: t.chapter.table,
    locatorMap: () => locatorMapView(context),
    postscript() {
      // The chapter rules (src/markdown/chapter-rules.ts) refuse a <Postscript> in a chapter without the date.
      if (!explainer.postscript) throw new Error('<Postscript> in a chapter without postscriptWritten');
      return { label: t.chapter.postscript, heading: rich(t.chapter.postscriptLabel(timeOf(dateText(context, explainer.postscript)))) };
    },
  };
  byContext.set(context, view);
  return view;
}
