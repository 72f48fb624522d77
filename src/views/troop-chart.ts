/**
 * The troop chart and its table: US troops in Afghanistan, one marker per sourced figure. Reported counts
 * form the line; official levels (caps, stated figures) are marked apart. The chart is laid out once per
 * build and edition, however many pages show it: one drawing for every width, the whole series and then
 * its last years enlarged.
 */
import type { Source, TroopLevel } from '../explainer.ts';
import type { Formatter } from '../i18n/format.ts';
import type { Locale } from '../i18n/index.ts';
import { lineChartGeometry, type ChartLayout, type LineChartGeometry, type LineChartView } from '../lib/chart/line-chart.ts';
import { yearOf } from '../lib/dates.ts';
import { editionDigits } from '../lib/digits.ts';
import { ANCHORS } from '../site.ts';
import { linkOf, resolve, rich, sourceItems, type Link, type Rich, type SourceItem, type ViewContext } from './shared.ts';

/**
 * The chart's column: from 18rem (a 320 px phone less the page's margins) to .line-chart's 52rem. Labels
 * are kept apart at every plot width in between.
 */
const COLUMN = [288, 832] as const;
const GUTTER = 58;
const RIGHT = 10;
/** The enlarged panel: the build-up under Trump, the deal, the drawdown and the withdrawal. */
export const ZOOM_FROM = 2017;

/** The layout for a series from `from` to `to`: the whole of it, then its last years enlarged. */
export const layoutFor = (from: number, to: number): ChartLayout => ({
  widths: [COLUMN[0] - GUTTER - RIGHT, COLUMN[1] - GUTTER - RIGHT],
  gutter: GUTTER,
  right: RIGHT,
  top: 30,
  between: 62,
  bottom: 28,
  fontSize: 13,
  markerRadius: 3.5,
  leaderClearance: 2,
  panels: [
    { from, to, height: 170, yTicks: 5, yearEvery: 2, narrowEvery: 4, labelChars: 26, headroom: 0.1 },
    { from: ZOOM_FROM, to, height: 220, yTicks: 4, yearEvery: 1, narrowEvery: 1, labelChars: 15, headroom: 0.25 },
  ],
});

/** One row of the table: every text as the table shows it. */
export interface TroopRow {
  id: string;
  date: { iso: string; text: string };
  troops: string;
  basis: string;
  approximate: string;
  /** The chart's label for the figure, as a sentence, if it has one. */
  annotation: string | undefined;
  note: string | undefined;
  sources: SourceItem[];
}

export interface TroopTable {
  caption: string;
  captionId: string;
  columns: Locale['t']['troopChart']['columns'];
  rows: TroopRow[];
}

export interface TroopChartView {
  chart: LineChartView;
  /** Each publisher once, in the order the figures first cite them. */
  publishers: string[];
  /** The caption's first paragraph: the publishers and what kind of figures these are. */
  caption: string;
  /** The table on the open-data page, where chapters point to it. */
  tableLink: Link;
  /** "Data: CSV, JSON (about the open data).", each linked. */
  files: Rich;
  table: TroopTable;
}

const geometries = new WeakMap<readonly TroopLevel[], WeakMap<Formatter, LineChartGeometry>>();

/** The layout, once per series and formatter. A label that could not be kept clear is reported, not fatal. */
function layout(levels: readonly TroopLevel[], format: Formatter, lang: string) {
  const byFormat = geometries.get(levels) ?? new WeakMap();
  geometries.set(levels, byFormat);
  let geometry = byFormat.get(format);
  if (!geometry) {
    const data = levels.map((t) => ({ date: t.date, value: t.troops, approximate: t.approximate, onLine: t.basis === 'reported', annotation: t.annotation }));
    geometry = lineChartGeometry(data, layoutFor(yearOf(levels[0]!.date), yearOf(levels.at(-1)!.date)), format.number, (year) => editionDigits(String(year), lang));
    // Not fatal: the chart is still right, only harder to read. The table below it has every figure.
    if (!geometry.labelsClear) console.warn('[troop chart] some annotations could not be kept clear at every width; shorten an annotation in content/troop-levels.yaml.');
    byFormat.set(format, geometry);
  }
  return geometry;
}

/**
 * The troop chart as the page shows it, from the levels in date order and the bibliography by source
 * id (Explainer.sources). Every reference must resolve: loadExplainer() has already checked them.
 */
export function troopChartView(levels: readonly TroopLevel[], sources: ReadonlyMap<string, Source>, context: ViewContext): TroopChartView {
  const { locale, routes } = context;
  const { t: strings, format } = locale;
  const t = strings.troopChart;
  const first = levels[0]!;
  const last = levels.at(-1)!;
  const peak = levels.reduce((a, b) => (b.troops > a.troops ? b : a));
  const figure = (l: TroopLevel) => t.figure(l.approximate, format.number(l.troops), l.date.precision === 'day', format.date(l.date));
  const official = levels.filter((l) => l.basis === 'official').length;
  const [from, to] = [yearOf(first.date), yearOf(last.date)];
  const title = t.title(from, to);
  const cited = (l: TroopLevel) => resolve(sources, l.sources);
  const publishers = [...new Set(levels.flatMap((l) => cited(l).map((s) => s.publisher)))];
  const geometry = layout(levels, format, locale.edition.lang);

  return {
    chart: {
      id: 'troop-chart',
      title: { id: 'troop-chart-title', text: title },
      description: { id: 'troop-chart-desc', text: t.description(levels.length - official, official, figure(first), figure(peak), figure(last)) },
      legend: [
        { key: 'line', text: t.legend.reported },
        { key: 'diamond', text: t.legend.official },
        { key: 'hollow', text: t.legend.approximate },
      ],
      panelTitles: [t.panel(from, to), t.zoom(ZOOM_FROM, to)],
      geometry,
      tableSummary: t.showTable,
    },
    publishers,
    caption: t.caption(publishers.join('; ')),
    // The browser opens the <details> around the table's caption.
    tableLink: { href: `${routes.data}#${ANCHORS.troopTable}`, text: t.tableLink },
    files: rich(
      t.data(
        linkOf({ href: routes.dataFile('troop-levels', 'csv'), text: t.csv }, 'text/csv'),
        linkOf({ href: routes.dataFile('troop-levels', 'json'), text: t.json }, 'application/json'),
        linkOf({ href: routes.data, text: t.aboutData }),
      ),
    ),
    table: {
      caption: t.tableCaption(title),
      captionId: ANCHORS.troopTable,
      columns: t.columns,
      rows: levels.map((l) => ({
        id: l.id,
        date: { iso: l.date.iso, text: format.date(l.date) },
        troops: format.number(l.troops),
        basis: t.basis[l.basis],
        approximate: l.approximate ? t.yes : t.no,
        annotation: l.annotation && t.annotation(l.annotation),
        note: l.note,
        sources: sourceItems(context, cited(l)),
      })),
    },
  };
}
