/**
 * Geometry for charts drawn at build time as plain SVG: scales, ticks, the line, and labels that
 * stay clear of each other and of the data. Everything is in SVG user units (the viewBox).
 */
import type { PartialDate } from './dates.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Segment {
  a: Point;
  b: Point;
}

/**
 * A date as a fractional year, placed in the middle of the span it stands for: a year-only date is
 * mid-year and a month is mid-month, so that neither is drawn as more precise than it is; a day is exact.
 */
export function fractionalYear(date: PartialDate): number {
  const [y, m = 1, d = 1] = date.iso.split('-').map(Number) as [number, number?, number?];
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  const at =
    date.precision === 'year' ? (start + end) / 2
    : date.precision === 'month' ? (Date.UTC(y, m - 1, 1) + Date.UTC(y, m, 1)) / 2
    : Date.UTC(y, m - 1, d);
  return y + (at - start) / (end - start);
}

/** Maps [d0, d1] linearly onto [r0, r1]; r0 > r1 gives the usual upward y axis. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/**
 * About `count` evenly spaced round ticks (steps of 1, 2 or 5 × 10ⁿ) from a round number at or below
 * `min` to one at or above `max`, so the axis always covers the data.
 */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (max <= min) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  // The thresholds are the geometric means of 1–2, 2–5 and 5–10: the step nearest the raw one wins.
  const step = power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1);
  const first = Math.floor(min / step);
  const last = Math.ceil(max / step);
  // Rounded to the step's decimals, so 3 × 0.1 is 0.3 and not 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toFixed(decimals)));
}

/** 101000 → "101,000". */
export function formatThousands(value: number): string {
  return value.toLocaleString('en-GB');
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The `d` attribute of a polyline through the points, rounded to 0.1 unit to keep the HTML small. */
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

// --- Collision tests ---------------------------------------------------------------------------

export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return a.x - pad < b.x + b.width && b.x - pad < a.x + a.width && a.y - pad < b.y + b.height && b.y - pad < a.y + a.height;
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** True when the two segments share a point (touching counts). */
export function segmentsIntersect(s: Segment, t: Segment): boolean {
  const d1 = cross(t.a, t.b, s.a);
  const d2 = cross(t.a, t.b, s.b);
  const d3 = cross(s.a, s.b, t.a);
  const d4 = cross(s.a, s.b, t.b);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  const onSegment = (p: Point, q: Segment) =>
    Math.min(q.a.x, q.b.x) <= p.x && p.x <= Math.max(q.a.x, q.b.x) && Math.min(q.a.y, q.b.y) <= p.y && p.y <= Math.max(q.a.y, q.b.y);
  return (
    (d1 === 0 && onSegment(s.a, t)) || (d2 === 0 && onSegment(s.b, t)) || (d3 === 0 && onSegment(t.a, s)) || (d4 === 0 && onSegment(t.b, s))
  );
}

/** True when the segment passes through the box, grown by `pad` on every side (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, box: Box, pad = 0): boolean {
  const dx = s.b.x - s.a.x;
  const dy = s.b.y - s.a.y;
  let t0 = 0;
  let t1 = 1;
  const sides: [number, number][] = [
    [-dx, s.a.x - (box.x - pad)],
    [dx, box.x + box.width + pad - s.a.x],
    [-dy, s.a.y - (box.y - pad)],
    [dy, box.y + box.height + pad - s.a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) {
        if (t > t1) return false;
        t0 = Math.max(t0, t);
      } else {
        if (t < t0) return false;
        t1 = Math.min(t1, t);
      }
    }
  }
  return true;
}

/** True when the segment comes within `radius` of the point. */
export function segmentNearPoint(s: Segment, p: Point, radius: number): boolean {
  const dx = s.b.x - s.a.x;
  const dy = s.b.y - s.a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - s.a.x) * dx + (p.y - s.a.y) * dy) / length2));
  return Math.hypot(s.a.x + t * dx - p.x, s.a.y + t * dy - p.y) < radius;
}

// --- Label placement ---------------------------------------------------------------------------

export type Align = 'start' | 'middle' | 'end';

export interface LabelRequest {
  /** The data point the label belongs to. */
  anchor: Point;
  width: number;
  height: number;
}

export interface LabelPlacement {
  box: Box;
  /** Where the text lines sit in the box, as SVG text-anchor. */
  align: Align;
  /** A line from the point towards the label, when the label had to move away from it. */
  leader?: Segment;
}

export interface LabelSpace {
  /** Labels stay inside this box. */
  bounds: Box;
  /** The data line, which labels must not cover and leader lines must not cross. */
  line: readonly Segment[];
  /** Every marker on the chart: labels stay clear of them, leaders pass only their own. */
  markers: readonly Point[];
  markerRadius: number;
  /** The space kept around labels. */
  gap: number;
  /** How far a leader keeps from the edge of markers other than its own (and their touching neighbours). */
  leaderClearance: number;
  /** The grid on which label positions are tried, and how far from its point a label may go. */
  step: number;
  reach: number;
}

/** The point of the box nearest to p (p itself when inside). */
export function nearestOnBox(p: Point, box: Box): Point {
  return { x: Math.max(box.x, Math.min(p.x, box.x + box.width)), y: Math.max(box.y, Math.min(p.y, box.y + box.height)) };
}

/** Where a line running left to right crosses the vertical at x, if it spans x. */
export function lineHeightAt(line: readonly Segment[], x: number): number | undefined {
  const s = line.find((seg) => Math.min(seg.a.x, seg.b.x) <= x && x <= Math.max(seg.a.x, seg.b.x));
  if (!s) return undefined;
  return s.b.x === s.a.x ? Math.min(s.a.y, s.b.y) : s.a.y + ((x - s.a.x) / (s.b.x - s.a.x)) * (s.b.y - s.a.y);
}

export interface Candidate extends LabelPlacement {
  /** Lower is better: how far the label sits from its point, and how awkwardly. */
  cost: number;
}

/**
 * The positions a label may take, best first: every box on a grid around its point, up to `reach` away.
 * Nearer is better, under the data line worse than over it (charts are read from above, and the axis is
 * below), and a slanted leader worse than an upright or level one. A label that is not right next to its point gets a leader line
 * from the point to the label's nearest edge, and its lines are aligned towards the leader.
 */
export function labelCandidates(request: LabelRequest, space: LabelSpace): Candidate[] {
  const { anchor: p, width: w, height: h } = request;
  const { gap, markerRadius: r, step, reach } = space;
  const touching = r + gap * 1.5;
  const lineY = (x: number) => lineHeightAt(space.line, x) ?? p.y;
  const candidates: Candidate[] = [];
  const add = (box: Box) => {
    const end = nearestOnBox(p, box);
    const dx = end.x - p.x;
    const dy = end.y - p.y;
    const distance = Math.hypot(dx, dy);
    if (distance < r + gap || distance > reach) return;
    const align: Align = end.x === box.x + w && dx < 0 ? 'end' : end.x === box.x && dx > 0 ? 'start' : 'middle';
    // Under the data line a label crowds the axis and its leader runs along the data: twice the cost.
    const under = box.y > lineY(box.x + w / 2) ? distance : 0;
    const offCentre = Math.abs(box.x + w / 2 - p.x) / w;
    if (distance <= touching) {
      candidates.push({ box, align, cost: distance + under + offCentre });
      return;
    }
    const slant = Math.min(Math.abs(dx), Math.abs(dy)) / Math.max(Math.abs(dx), Math.abs(dy));
    // The leader starts just outside the marker and stops short of the text.
    const ux = dx / distance;
    const uy = dy / distance;
    const leader = { a: { x: p.x + ux * (r + 1), y: p.y + uy * (r + 1) }, b: { x: end.x - ux * (gap / 2), y: end.y - uy * (gap / 2) } };
    candidates.push({ box, align, leader, cost: distance * (1 + slant) + under + offCentre + step });
  };

  // Right next to the point: above, beside or below it, without a leader.
  const off = r + gap;
  for (const x of [p.x - w / 2, p.x + gap - w, p.x - gap]) {
    add({ x, y: p.y - off - h, width: w, height: h });
    add({ x, y: p.y + off, width: w, height: h });
  }
  add({ x: p.x - off - w, y: p.y - h / 2, width: w, height: h });
  add({ x: p.x + off, y: p.y - h / 2, width: w, height: h });
  // Further away, on a grid centred on the point, with a leader.
  const cols = Math.ceil((w / 2 + reach) / step);
  const rows = Math.ceil((h / 2 + reach) / step);
  for (let i = -cols; i <= cols; i++) {
    for (let j = -rows; j <= rows; j++) add({ x: p.x - w / 2 + i * step, y: p.y - h / 2 + j * step, width: w, height: h });
  }
  return candidates.sort((a, b) => a.cost - b.cost);
}

const near = (a: Point, b: Point) => Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01;

/** Whether a candidate fits on its own: inside the bounds, clear of the data line and of the markers. */
function fitsChart(candidate: LabelPlacement, anchor: Point, space: LabelSpace): boolean {
  const { box, leader } = candidate;
  const { bounds, gap, markerRadius: r } = space;
  if (box.x < bounds.x || box.y < bounds.y || box.x + box.width > bounds.x + bounds.width || box.y + box.height > bounds.y + bounds.height) return false;
  if (space.line.some((s) => segmentHitsBox(s, box, gap / 2))) return false;
  if (space.markers.some((m) => boxesOverlap(box, { x: m.x - r, y: m.y - r, width: 2 * r, height: 2 * r }, gap / 2))) return false;
  if (leader) {
    // The leader leaves its own point, so it may touch the line there, but must cross it nowhere else.
    if (space.line.some((s) => !near(s.a, anchor) && !near(s.b, anchor) && segmentsIntersect(leader, s))) return false;
    // Markers that touch the label's own one form a single blob at this scale; leaders are drawn beneath
    // the markers, so one may start under such a neighbour. Other markers it must pass well clear of.
    const apart = (m: Point) => Math.hypot(m.x - anchor.x, m.y - anchor.y) > 3 * r;
    if (space.markers.some((m) => apart(m) && segmentNearPoint(leader, m, r + space.leaderClearance))) return false;
  }
  return true;
}

/** Whether two labels, with their leaders, keep clear of each other. */
function compatible(a: LabelPlacement, b: LabelPlacement, gap: number): boolean {
  return (
    !boxesOverlap(a.box, b.box, gap) &&
    !(a.leader && segmentHitsBox(a.leader, b.box, gap / 2)) &&
    !(b.leader && segmentHitsBox(b.leader, a.box, gap / 2)) &&
    !(a.leader && b.leader && segmentsIntersect(a.leader, b.leader))
  );
}

/** Every ordering of 0..n-1 (n is the handful of annotations on a chart). */
function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
}

/**
 * Places every label where it overlaps nothing, keeping the labels as close to their points as possible
 * overall. First each label in turn takes its best free position, trying every order of the labels (or a
 * few orders, when there are many); the best of those bounds a branch-and-bound search, which places the
 * label with the fewest positions left first, strikes out the positions the others can no longer take, and
 * abandons a branch once a label has none left or it cannot beat the best arrangement so far. The search
 * stops after `budget` choices. If nothing fits, each label takes its best position alone and `clear` is false.
 */
export function placeLabels(requests: readonly LabelRequest[], space: LabelSpace, budget = 2_000): { placements: LabelPlacement[]; clear: boolean } {
  // The nearest few hundred positions are plenty, and keep the search quick.
  const options = requests.map((r) => labelCandidates(r, space).filter((c) => fitsChart(c, r.anchor, space)).slice(0, 400));
  const n = requests.length;
  let best: Candidate[] | undefined;
  let bestCost = Infinity;
  const consider = (placed: readonly Candidate[]) => {
    const cost = placed.reduce((sum, c) => sum + c.cost, 0);
    if (cost < bestCost) {
      best = [...placed];
      bestCost = cost;
    }
  };

  const orders = n <= 6 ? permutations(n) : [options.map((_, i) => i), options.map((_, i) => n - 1 - i)];
  for (const order of orders) {
    const placed: Candidate[] = [];
    for (const i of order) {
      const free = options[i]!.find((c) => order.every((j) => placed[j] === undefined || compatible(c, placed[j]!, space.gap)));
      if (!free) break;
      placed[i] = free;
    }
    if (order.every((i) => placed[i])) consider(placed);
  }

  let tries = 0;
  const chosen: (Candidate | undefined)[] = requests.map(() => undefined);
  const search = (left: readonly (Candidate[] | undefined)[], cost: number): void => {
    let i = -1;
    let floor = cost;
    left.forEach((o, j) => {
      if (!o) return;
      floor += o[0]!.cost;
      if (i === -1 || o.length < left[i]!.length) i = j;
    });
    if (i === -1) return consider(chosen.map((c) => c!));
    const others = floor - left[i]![0]!.cost;
    for (const choice of left[i]!) {
      // Options are sorted by cost, so once one cannot beat the best, no later one can.
      if (others + choice.cost >= bestCost || ++tries > budget) return;
      const next = left.map((o, j) => (j === i || !o ? undefined : o.filter((c) => compatible(choice, c, space.gap))));
      if (next.some((o, j) => j !== i && left[j] && o!.length === 0)) continue;
      chosen[i] = choice;
      search(next, cost + choice.cost);
      chosen[i] = undefined;
    }
  };
  if (options.every((o) => o.length > 0)) search(options, 0);

  const strip = ({ cost: _, ...placement }: Candidate): LabelPlacement => placement;
  if (best) return { placements: best.map(strip), clear: true };
  return { placements: requests.map((r, i) => strip(options[i]![0] ?? labelCandidates(r, space)[0]!)), clear: false };
}

// --- A dated line chart --------------------------------------------------------------------------

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

export interface ChartGeometry {
  width: number;
  height: number;
  fontSize: number;
  markerRadius: number;
  plot: Box;
  /** Tick marks at each year's start; labels in the middle of the year they name. */
  yearTicks: number[];
  yearLabels: { x: number; text: string }[];
  valueTicks: { y: number; text: string }[];
  path: string;
  markers: (Point & { approximate: boolean; onLine: boolean })[];
  annotations: (LabelPlacement & { lines: string[]; lineHeight: number })[];
  /** False when some annotations could not be kept apart. */
  labelsClear: boolean;
}

/** Lays out a dated line chart with years on x and values from 0 on y, for the given viewBox and type size. */
export function lineChartGeometry(data: readonly ChartDatum[], layout: ChartLayout): ChartGeometry {
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

  const yearTicks = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => x(firstYear + i));
  const yearLabels = Array.from({ length: lastYear - firstYear }, (_, i) => firstYear + i)
    .filter((year) => (year - firstYear) % layout.yearEvery === 0)
    .map((year) => ({ x: x(year + 0.5), text: String(year) }));

  return {
    width,
    height,
    fontSize,
    markerRadius,
    plot,
    yearTicks,
    yearLabels,
    valueTicks: ticks.map((t) => ({ y: y(t), text: formatThousands(t) })),
    path: linePath(linePoints),
    markers: points.map((p, i) => ({ ...p, approximate: data[i]!.approximate, onLine: data[i]!.onLine })),
    annotations: placements.map((p, i) => ({ ...p, lines: annotated[i]!.lines, lineHeight })),
    labelsClear: clear,
  };
}
