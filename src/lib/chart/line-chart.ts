/**
 * A dated line chart laid out for SVG in one drawing for every width: x is a share of the plot's width
 * (drawn as percentages), y and every size are pixels, so text keeps its size from a phone to a desktop
 * while the data stretches. The chart has one or more panels, each a span of years on its own value
 * scale (the whole series, then a later span enlarged). Every text is placed and every coordinate
 * rounded, so the component only writes elements.
 */
import type { Formatter } from '../../i18n/format.ts';
import type { PartialDate } from '../dates.ts';
import type { Align } from './place-labels.ts';
import { placeFluidLabels, type FluidPoint } from './responsive-labels.ts';
import { fractionalYear, linearScale, niceTicks } from './scale.ts';

export interface ChartDatum {
  date: PartialDate;
  value: number;
  /** Drawn as a hollow marker. */
  approximate: boolean;
  /**
   * True for a point of the line; false for a point marked on its own (a stated target or cap beside a
   * series of counts), which the line neither passes through nor joins.
   */
  onLine: boolean;
  annotation?: string | undefined;
}

export interface PanelLayout {
  /** The years shown, from the start of `from` to the end of `to`. */
  from: number;
  to: number;
  /** The plot's height in pixels. */
  height: number;
  /** Roughly how many value ticks. */
  yTicks: number;
  /** A year label every n years, counted from `from`; in a narrow chart only every `narrowEvery`. */
  yearEvery: number;
  narrowEvery: number;
  /** Annotation lines wrap at this many characters: a panel with room can keep a label on one line. */
  labelChars: number;
  /** Room above the highest point, as a share of it, so that labels fit over the peaks. */
  headroom: number;
}

export interface ChartLayout {
  /** The plot's width in pixels, in the narrowest column the chart is drawn in and in the widest. */
  widths: readonly [number, number];
  /** Pixels left of the plot, for the value labels, and right of it, which labels may use. */
  gutter: number;
  right: number;
  /** Pixels above the first panel, and between one panel's plot and the next one's (year labels, its title). */
  top: number;
  between: number;
  /** Below the last plot, for its year labels. */
  bottom: number;
  fontSize: number;
  markerRadius: number;
  leaderClearance: number;
  panels: readonly PanelLayout[];
}

/** A share of the plot's width, as a percentage rounded to 0.01 (finer than a pixel at any width drawn). */
export type Percent = number;

export interface Label {
  x: Percent;
  y: number;
  text: string;
}

export type Marker = { shape: 'circle' | 'diamond'; x: Percent; y: number; approximate: boolean };

export interface Annotation {
  align: Align;
  /** Each line at the point's x plus `dx` pixels. */
  lines: (Label & { dx: number })[];
}

export interface PanelGeometry {
  /** The plot's top, in pixels from the top of the chart, and its height. */
  y: number;
  height: number;
  /** Where the panel's title sits, above its plot. */
  titleY: number;
  years: { from: number; to: number };
  /** Value ticks: the grid line's height, and its label. */
  ticks: { y: number; text: string }[];
  yearTicks: Percent[];
  /** `minor` labels are left out when the chart is narrow. */
  yearLabels: (Label & { minor: boolean })[];
  /** The line, with x from 0 to 1000 across the plot (drawn stretched to its width). */
  path: string;
  markers: Marker[];
  leaders: { x: Percent; y1: number; y2: number }[];
  annotations: Annotation[];
  /** The years a later panel enlarges, shaded here. */
  band?: { x: Percent; width: Percent } | undefined;
}

export interface LineChartGeometry {
  /** The whole chart's height, in pixels; its width is its column's. */
  height: number;
  gutter: number;
  right: number;
  fontSize: number;
  markerRadius: number;
  panels: PanelGeometry[];
  /** False when some annotations could not be kept apart at every width. */
  labelsClear: boolean;
}

const round = (n: number) => Math.round(n * 10) / 10;
const percent = (u: number): Percent => Number((u * 100).toFixed(2));
/** The space between an axis and its labels. */
const LABEL_GAP = 6;
/** The line's drawing is this many units wide, stretched to the plot. */
export const PATH_WIDTH = 1000;

/** The `d` attribute of a polyline through the points. */
export function linePath(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join('');
}

function greedyWrap(words: readonly string[], maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Breaks a label into as few lines of at most `maxChars` characters as possible, at spaces, and evens
 * them out ("2011 peak: / about 101,000", not "2011 peak: about / 101,000"). A longer word keeps a line of its own.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const words = text.trim().split(/\s+/);
  const lines = greedyWrap(words, maxChars);
  for (let width = Math.max(...words.map((w) => w.length)); width < maxChars; width++) {
    const balanced = greedyWrap(words, width);
    if (balanced.length === lines.length) return balanced;
  }
  return lines;
}

/**
 * A generous estimate of a line's width: no font metrics exist at build time, and a box that is a little
 * too wide only costs space, while one too narrow lets labels collide.
 */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.58;
}

/**
 * Lays out a dated line chart: each panel shows the data in its years. An annotation is drawn in the
 * last panel whose years include its point, so a later, enlarged panel takes the labels of its years.
 * `formatNumber` writes the value labels (an edition's `format.number`).
 */
export function lineChartGeometry(
  data: readonly ChartDatum[],
  layout: ChartLayout,
  formatNumber: Formatter['number'],
  /** A year as the edition writes it: "2001", or "۲۰۰۱" in Dari and Pashto (no thousands separator). */
  formatYear: (year: number) => string = String,
): LineChartGeometry {
  const { fontSize, markerRadius: r } = layout;
  const years = data.map((d) => fractionalYear(d.date));
  const lineHeight = Math.round(fontSize * 1.2);
  const lastPanelOf = (year: number) => layout.panels.findLastIndex((p) => year >= p.from && year < p.to + 1);
  let top = layout.top;
  let clear = true;

  const panels = layout.panels.map((panel, index): PanelGeometry => {
    const y0 = top;
    top += panel.height + (index < layout.panels.length - 1 ? layout.between : layout.bottom);
    const inPanel = (i: number) => years[i]! >= panel.from && years[i]! < panel.to + 1;
    const shown = data.map((_, i) => i).filter(inPanel);
    const ticks = niceTicks(0, Math.max(...shown.map((i) => data[i]!.value)) * (1 + panel.headroom), panel.yTicks);
    const u = linearScale([panel.from, panel.to + 1], [0, 1]);
    const y = linearScale([0, ticks.at(-1)!], [y0 + panel.height, y0]);
    const point = (i: number): FluidPoint => ({ u: u(years[i]!), y: y(data[i]!.value) });

    // The line runs on to the nearest points outside the panel, and the plot clips it at its edges.
    const onLine = data.map((_, i) => i).filter((i) => data[i]!.onLine);
    const firstIn = onLine.findIndex(inPanel);
    const lastIn = onLine.findLastIndex(inPanel);
    const drawn = onLine.slice(Math.max(0, firstIn - 1), lastIn + 2).map(point);
    const line = drawn.slice(1).map((b, i) => ({ a: drawn[i]!, b }));

    const annotated = shown.filter((i) => data[i]!.annotation && lastPanelOf(years[i]!) === index);
    const texts = annotated.map((i) => wrapLabel(data[i]!.annotation!, panel.labelChars));
    const { placements, clear: panelClear } = placeFluidLabels(
      annotated.map((i, k) => ({ anchor: point(i), width: Math.max(...texts[k]!.map((t) => textWidth(t, fontSize))), height: texts[k]!.length * lineHeight })),
      {
        widths: layout.widths,
        overhang: layout.right - 2,
        top: y0,
        bottom: y0 + panel.height,
        line,
        markers: shown.map(point),
        markerRadius: r,
        gap: Math.round(fontSize / 3),
        leaderClearance: layout.leaderClearance,
        step: Math.round(fontSize * 0.75),
        reach: panel.height,
      },
    );
    clear &&= panelClear;
    const next = layout.panels[index + 1];
    const yearAt = Array.from({ length: panel.to - panel.from + 2 }, (_, i) => panel.from + i);

    return {
      y: y0,
      height: panel.height,
      titleY: y0 - LABEL_GAP - Math.round(fontSize / 2),
      years: { from: panel.from, to: panel.to },
      ticks: ticks.map((t) => ({ y: round(y(t)), text: formatNumber(t) })),
      yearTicks: yearAt.map((year) => percent(u(year))),
      yearLabels: yearAt
        .slice(0, -1)
        .filter((year) => (year - panel.from) % panel.yearEvery === 0)
        .map((year) => ({ x: percent(u(year + 0.5)), y: y0 + panel.height + LABEL_GAP + fontSize, text: formatYear(year), minor: (year - panel.from) % panel.narrowEvery !== 0 })),
      path: linePath(drawn.map((p) => ({ x: p.u * PATH_WIDTH, y: p.y }))),
      markers: shown.map((i) => {
        const p = point(i);
        return { shape: data[i]!.onLine ? 'circle' : 'diamond', x: percent(p.u), y: round(p.y), approximate: data[i]!.approximate };
      }),
      leaders: placements.flatMap(({ box, leader }) => (leader ? [{ x: percent(box.u), y1: round(leader.y1), y2: round(leader.y2) }] : [])),
      annotations: placements.map(({ box, align }, k) => {
        const dx = align === 'start' ? box.left : align === 'end' ? box.right : (box.left + box.right) / 2;
        return { align, lines: texts[k]!.map((text, j) => ({ x: percent(box.u), dx: round(dx), y: round(box.y0 + (j + 0.5) * lineHeight), text })) };
      }),
      band: next && { x: percent(u(next.from)), width: percent(u(next.to + 1) - u(next.from)) },
    };
  });

  return { height: top, gutter: layout.gutter, right: layout.right, fontSize, markerRadius: r, panels, labelsClear: clear };
}

/** The marker a legend entry shows: the line with a point, a diamond (a point off the line), a hollow point. */
export type LegendKey = 'line' | 'diamond' | 'hollow';

/** What LineChart.astro draws, every text written and the layout done; its caption and table come as slots. */
export interface LineChartView {
  /** The id of the chart's element, and the id and text of its visible title and of its hidden description. */
  id: string;
  title: { id: string; text: string };
  description: { id: string; text: string };
  legend: { key: LegendKey; text: string }[];
  /** Each panel's title, in order. */
  panelTitles: string[];
  geometry: LineChartGeometry;
  /** The label that opens the data table, when the chart has one. */
  tableSummary: string;
}
