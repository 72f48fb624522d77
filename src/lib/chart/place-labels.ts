/**
 * Labels for the points of a chart that overlap nothing: not each other, not the data line, not the
 * markers, and whose leader lines cross neither the line nor each other.
 */
import { boxesOverlap, lineHeightAt, nearestOnBox, segmentHitsBox, segmentNearPoint, segmentsIntersect, type Box, type Point, type Segment } from './geometry.ts';

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
  /** Boxes already drawn (a map's country names): labels keep clear of them, and so do leaders. */
  obstacles?: readonly Box[] | undefined;
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
  if (space.obstacles?.some((o) => boxesOverlap(box, o, gap / 2) || (leader && segmentHitsBox(leader, o)))) return false;
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

// The limits below were measured on the troop chart (five labels, two layouts).
/**
 * Every order of the labels is tried up to this many labels: 6! = 720 greedy passes take a fraction of a
 * second, 7! = 5,040 added about half a second per layout and 8! = 40,320 several seconds. More labels
 * get two orders (as given and reversed), which only seed the search.
 */
const MAX_ORDERED = 6;
/**
 * The positions kept per label, nearest first. The troop labels have up to about 480 that fit; keeping
 * them all gives the same layout, keeping 100 left the phone layout without a clear arrangement.
 */
export const MAX_POSITIONS = 400;
/**
 * The choices the search may make. The phone layout's search ends in about 900; the wide one finds its
 * best arrangement within 2,000, the same that a complete search confirms only after about 6,100 (twice
 * the time). With 200 both layouts came out worse.
 */
const BUDGET = 2_000;

/** The best arrangement found so far: every later one must cost less. */
interface Best<C> {
  placed: C[] | undefined;
  cost: number;
}

function consider<C extends { cost: number }>(best: Best<C>, placed: readonly C[]): void {
  const cost = placed.reduce((sum, c) => sum + c.cost, 0);
  if (cost < best.cost) {
    best.placed = [...placed];
    best.cost = cost;
  }
}

/** Whether two positions of different labels can be taken together. */
export type Compatible<C> = (a: C, b: C) => boolean;

/** Each label in turn takes its best position still free, in each of the orders given. */
function greedy<C extends { cost: number }>(options: readonly C[][], orders: readonly number[][], fits: Compatible<C>, best: Best<C>): void {
  for (const order of orders) {
    const placed: C[] = [];
    for (const i of order) {
      const free = options[i]!.find((c) => order.every((j) => placed[j] === undefined || fits(c, placed[j]!)));
      if (!free) break;
      placed[i] = free;
    }
    if (order.every((i) => placed[i])) consider(best, placed);
  }
}

/**
 * Branch and bound: places the label with the fewest positions left first, strikes out the positions
 * the others can no longer take, and abandons a branch once a label has none left or the branch cannot
 * beat `best`. Stops after `budget` choices.
 */
function branchAndBound<C extends { cost: number }>(options: readonly C[][], fits: Compatible<C>, budget: number, best: Best<C>): void {
  let tries = 0;
  const chosen: (C | undefined)[] = options.map(() => undefined);
  const search = (left: readonly (C[] | undefined)[], cost: number): void => {
    let i = -1;
    let floor = cost;
    left.forEach((o, j) => {
      if (!o) return;
      floor += o[0]!.cost;
      if (i === -1 || o.length < left[i]!.length) i = j;
    });
    if (i === -1) return consider(best, chosen.map((c) => c!));
    const others = floor - left[i]![0]!.cost;
    for (const choice of left[i]!) {
      // Options are sorted by cost, so once one cannot beat the best, no later one can.
      if (others + choice.cost >= best.cost || ++tries > budget) return;
      const next = left.map((o, j) => (j === i || !o ? undefined : o.filter((c) => fits(choice, c))));
      if (next.some((o, j) => j !== i && left[j] && o!.length === 0)) continue;
      chosen[i] = choice;
      search(next, cost + choice.cost);
      chosen[i] = undefined;
    }
  };
  if (options.every((o) => o.length > 0)) search(options, 0);
}

/**
 * The cheapest arrangement in which every label has a position compatible with every other's: the best
 * greedy arrangement (over every order of the labels, or two when there are many) bounds a
 * branch-and-bound search of at most `budget` choices. Undefined when none was found. `options` holds
 * each label's positions that fit on their own, cheapest first.
 */
export function arrange<C extends { cost: number }>(options: readonly C[][], fits: Compatible<C>, budget = BUDGET): C[] | undefined {
  const n = options.length;
  const best: Best<C> = { placed: undefined, cost: Infinity };
  const orders = n <= MAX_ORDERED ? permutations(n) : [options.map((_, i) => i), options.map((_, i) => n - 1 - i)];
  greedy(options, orders, fits, best);
  branchAndBound(options, fits, budget, best);
  return best.placed;
}

/**
 * Places every label where it overlaps nothing, keeping the labels as close to their points as possible
 * overall (arrange()). If nothing fits, each label takes its best position alone and `clear` is false.
 */
export function placeLabels(requests: readonly LabelRequest[], space: LabelSpace, budget = BUDGET): { placements: LabelPlacement[]; clear: boolean } {
  const options = requests.map((r) => labelCandidates(r, space).filter((c) => fitsChart(c, r.anchor, space)).slice(0, MAX_POSITIONS));
  const placed = arrange(options, (a, b) => compatible(a, b, space.gap), budget);
  const strip = ({ cost: _, ...placement }: Candidate): LabelPlacement => placement;
  if (placed) return { placements: placed.map(strip), clear: true };
  return { placements: requests.map((r, i) => strip(options[i]![0] ?? labelCandidates(r, space)[0]!)), clear: false };
}
