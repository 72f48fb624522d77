/**
 * The data of the components a writer can place in a chapter (src/components/mdx-components.ts). A page
 * that renders chapters puts this view in Astro.locals.embeds; each component takes its part from there.
 */
import type { Explainer } from '../explainer.ts';
import { parsePartialDate } from '../lib/dates.ts';
import { troopChartView, type TroopChartView } from './troop-chart.ts';
import { dateText, rich, timeOf, type Rich, type ViewContext } from './shared.ts';

export interface PostscriptView {
  label: string;
  heading: Rich;
}

export interface EmbedsView {
  /** <Postscript written="YYYY-MM-DD">: text written after the explainer's as-of date. */
  postscript(written: string): PostscriptView;
  /** <TroopChart />: computed on first use, since most chapters have no chart. */
  troopChart(): TroopChartView;
}

/**
 * One view per content and edition context (pageData() gives every page of an edition the same context),
 * so the chart is drawn once per build, not once per page that shows it.
 */
const views = new WeakMap<object, WeakMap<ViewContext, EmbedsView>>();

export function embedsView(explainer: Pick<Explainer, 'troopLevels' | 'sources'>, context: ViewContext): EmbedsView {
  let byContext = views.get(explainer.troopLevels);
  if (!byContext) views.set(explainer.troopLevels, (byContext = new WeakMap()));
  let view = byContext.get(context);
  if (view) return view;
  const { t } = context.locale;
  let chart: TroopChartView | undefined;
  view = {
    troopChart: () => (chart ??= troopChartView(explainer.troopLevels, explainer.sources, context)),
    postscript(written) {
      const date = parsePartialDate(written);
      if (typeof date === 'string') throw new Error(`<Postscript written="…">: ${date}`);
      return { label: t.chapter.postscript, heading: rich(t.chapter.postscriptLabel(timeOf(dateText(context, date)))) };
    },
  };
  byContext.set(context, view);
  return view;
}
