/**
 * A dated line chart laid out for SVG: years on x, values from 0 on y, the line through the points that
 * are on it, markers for every point, and annotations placed clear of it all. The result is ready to
 * draw: every coordinate is rounded and every text placed, so the component only writes elements.
 */
import type { Formatter } from '../../i18n/format.ts';
import type { PartialDate } from '../dates.ts';
import type { Box, Point } from './geometry.ts';
import { placeLabels, type Align, type LabelPlacement } from './place-labels.ts';
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

export interface ChartLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  fontSize: number;
  /** Roughly how many y ticks. */
  yTicks: number;
  /** A year label every n years, counted from the first year. */
  yearEvery: number;
  /** Annotation lines wrap at this many characters. */
  labelChars: number;
  markerRadius: number;
  /** How far leader lines keep from other markers: small on a phone, where the points crowd together. */
  leaderClearance: number;
}

/** A straight line as SVG draws it. */
export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Label extends Point {
  text: string;
}

export type Marker =
  | { shape: 'circle'; cx: number; cy: number; r: number; approximate: boolean }
  /** A point off the line: a square of side `side` at (x, y), drawn turned 45° about (cx, cy). */
  | { shape: 'diamond'; x: number; y: number; side: number; cx: number; cy: number; approximate: boolean };

export interface Annotation {
  /** SVG text-anchor of the lines. */
  align: Align;
  lines: Label[];
}

export interface LineChartGeometry {
  width: number;
  height: number;
  fontSize: number;
  /** Where the value axis's title starts, above the plot. */
  axisTitle: Point;
  /** One grid line per value tick, and its label, right-aligned at x. */
  grid: Line[];
  valueLabels: Label[];
  baseline: Line;
  /** Tick marks at each year's start; labels in the middle of the year they name. */
  yearTicks: Line[];
  yearLabels: Label[];
  leaders: Line[];
  path: string;
  /** In the order of the data. */
  markers: Marker[];
  annotations: Annotation[];
  /** False when some annotations could not be kept apart. */
  labelsClear: boolean;
}

/** Rounded to 0.1 unit: finer than a pixel at any size drawn, and it keeps the HTML small. */
const round = (n: number) => Math.round(n * 10) / 10;
/** The length of a year tick, and the space between an axis and its labels. */
const TICK = 4;
const LABEL_GAP = 6;

/** The `d` attribute of a polyline through the points. */
export function linePath(points: readonly Point[]): string {
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

/** The x at which a placed label's lines start, centre or end, as its alignment says. */
function textX({ box, align }: LabelPlacement): number {
  return align === 'start' ? box.x : align === 'end' ? box.x + box.width : box.x + box.width / 2;
}

/**
 * Lays out a dated line chart for the given viewBox and type size. `formatNumber` writes the value
 * axis's labels (an edition's `format.number`).
 */
export function lineChartGeometry(data: readonly ChartDatum[], layout: ChartLayout, formatNumber: Formatter['number']): LineChartGeometry {
  const { width, height, margin, fontSize, markerRadius } = layout;
  const plot: Box = { x: margin.left, y: margin.top, width: width - margin.left - margin.right, height: height - margin.top - margin.bottom };
  const years = data.map((d) => fractionalYear(d.date));
  const firstYear = Math.floor(Math.min(...years));
  const lastYear = Math.ceil(Math.max(...years));
  const ticks = niceTicks(0, Math.max(...data.map((d) => d.value)), layout.yTicks);
  const x = linearScale([firstYear, lastYear], [plot.x, plot.x + plot.width]);
  const y = linearScale([0, ticks.at(-1)!], [plot.y + plot.height, plot.y]);

  const points = data.map((d, i) => ({ x: x(years[i]!), y: y(d.value) }));
  const linePoints = points.filter((_, i) => data[i]!.onLine);
  const line = linePoints.slice(1).map((b, i) => ({ a: linePoints[i]!, b }));
  const lineHeight = Math.round(fontSize * 1.2);
  const annotated = data.flatMap((d, i) => (d.annotation ? [{ lines: wrapLabel(d.annotation, layout.labelChars), anchor: points[i]! }] : []));
  const { placements, clear } = placeLabels(
    annotated.map((a) => ({ anchor: a.anchor, width: Math.max(...a.lines.map((l) => textWidth(l, fontSize))), height: a.lines.length * lineHeight })),
    {
      // Labels may use the right margin, but not the axes' space on the other sides.
      bounds: { x: plot.x, y: plot.y, width: width - plot.x - 2, height: plot.height },
      line,
      markers: points,
      markerRadius,
      gap: Math.round(fontSize / 3),
      leaderClearance: layout.leaderClearance,
      step: Math.round(fontSize * 0.75),
      reach: plot.height,
    },
  );

  const left = plot.x;
  const right = round(plot.x + plot.width);
  const bottom = round(plot.y + plot.height);
  const yearAt = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  // An official level is a diamond whose corners touch the marker circle that labels are kept clear of.
  const half = markerRadius / Math.SQRT2;

  return {
    width,
    height,
    fontSize,
    axisTitle: { x: 0, y: plot.y - fontSize },
    grid: ticks.map((t) => ({ x1: left, x2: right, y1: round(y(t)), y2: round(y(t)) })),
    valueLabels: ticks.map((t) => ({ x: left - LABEL_GAP, y: round(y(t)), text: formatNumber(t) })),
    baseline: { x1: left, x2: right, y1: bottom, y2: bottom },
    yearTicks: yearAt.map((year) => ({ x1: round(x(year)), x2: round(x(year)), y1: bottom, y2: bottom + TICK })),
    yearLabels: yearAt
      .slice(0, -1)
      .filter((year) => (year - firstYear) % layout.yearEvery === 0)
      .map((year) => ({ x: round(x(year + 0.5)), y: bottom + LABEL_GAP + fontSize, text: String(year) })),
    leaders: placements.flatMap(({ leader: l }) => (l ? [{ x1: round(l.a.x), y1: round(l.a.y), x2: round(l.b.x), y2: round(l.b.y) }] : [])),
    path: linePath(linePoints),
    markers: points.map((p, i): Marker => {
      const { approximate, onLine } = data[i]!;
      const [cx, cy] = [round(p.x), round(p.y)];
      return onLine
        ? { shape: 'circle', cx, cy, r: markerRadius, approximate }
        : { shape: 'diamond', x: round(p.x - half), y: round(p.y - half), side: round(2 * half), cx, cy, approximate };
    }),
    annotations: placements.map((p, i) => ({
      align: p.align,
      lines: annotated[i]!.lines.map((text, j) => ({ x: round(textX(p)), y: round(p.box.y + (j + 0.5) * lineHeight), text })),
    })),
    labelsClear: clear,
  };
}

/** The marker a legend entry shows: the line with a point, a diamond (a point off the line), a hollow point. */
export type LegendKey = 'line' | 'diamond' | 'hollow';

/** What LineChart.astro draws, every text written and both layouts laid out; its caption and table come as slots. */
export interface LineChartView {
  /** The id of the chart's element, and the id and text of its visible title and of its hidden description. */
  id: string;
  title: { id: string; text: string };
  description: { id: string; text: string };
  legend: { key: LegendKey; text: string }[];
  axisTitle: string;
  /** Shown in columns narrower than 38rem, and the other from there (and in print). */
  narrow: LineChartGeometry;
  wide: LineChartGeometry;
  /** The label that opens the data table, when the chart has one. */
  tableSummary: string;
}
