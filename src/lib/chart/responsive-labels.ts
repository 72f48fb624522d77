/**
 * Labels for a chart whose width follows its column: x is a share of the plot's width (drawn as a
 * percentage), y and every size are pixels. A label keeps a fixed offset in pixels from its point, so as
 * the chart widens, labels slide apart or together while the data stays put. A position is taken only if
 * it overlaps nothing at every plot width from `widths[0]` to `widths[1]`: each horizontal distance is
 * linear in the width, so whether two boxes meet anywhere in that range is solved exactly, not sampled.
 * Leaders are vertical, so they stay the same at every width.
 */
import { segmentHitsBox, segmentsIntersect, type Box, type Segment } from './geometry.ts';
import { arrange, MAX_POSITIONS, type Align } from './place-labels.ts';

/** A point of the chart: x as a share of the plot's width (0–1), y in pixels. */
export interface FluidPoint {
  u: number;
  y: number;
}

/** A box whose left edge is at u × width + left and right edge at u × width + right (pixels), from y0 to y1. */
export interface FluidBox {
  u: number;
  left: number;
  right: number;
  y0: number;
  y1: number;
}

export interface FluidLabelRequest {
  anchor: FluidPoint;
  width: number;
  height: number;
}

export interface FluidSpace {
  /** The plot's narrowest and widest width, in pixels. */
  widths: readonly [number, number];
  /** Labels stay between the plot's left edge and `overhang` pixels past its right one, and between these heights. */
  overhang: number;
  top: number;
  bottom: number;
  /** The data line, in the same units as the points. */
  line: readonly { a: FluidPoint; b: FluidPoint }[];
  /** Every marker: labels keep clear of them all, leaders of all but their own. */
  markers: readonly FluidPoint[];
  markerRadius: number;
  gap: number;
  leaderClearance: number;
  /** The step between positions tried, and how far from its point a label may go. */
  step: number;
  reach: number;
}

export interface FluidPlacement {
  box: FluidBox;
  align: Align;
  /** A vertical leader at the point's x, from y1 to y2, when the label stands away from its point. */
  leader?: { y1: number; y2: number };
}

interface Candidate extends FluidPlacement {
  cost: number;
}

/** Whether the two boxes, grown by `pad`, overlap at some plot width in `widths`. */
export function overlapsAtSomeWidth(p: FluidBox, q: FluidBox, pad: number, [w0, w1]: readonly [number, number]): boolean {
  if (!(p.y0 - pad < q.y1 && q.y0 - pad < p.y1)) return false;
  // They overlap across at width w when both (p.u − q.u)·w + (p.right + pad − q.left) > 0 and
  // (q.u − p.u)·w + (q.right + pad − p.left) > 0: each holds on a half-line of widths.
  let lo = w0;
  let hi = w1;
  const conditions: [number, number][] = [
    [p.u - q.u, p.right + pad - q.left],
    [q.u - p.u, q.right + pad - p.left],
  ];
  for (const [c, d] of conditions) {
    if (c === 0) {
      if (d <= 0) return false;
    } else if (c > 0) lo = Math.max(lo, -d / c);
    else hi = Math.min(hi, -d / c);
  }
  if (lo > hi) return false;
  const w = (lo + hi) / 2;
  return conditions.every(([c, d]) => c * w + d > 0);
}

/** The box as drawn at plot width w, in pixels. */
export const boxAt = (b: FluidBox, w: number): Box => ({ x: b.u * w + b.left, y: b.y0, width: b.right - b.left, height: b.y1 - b.y0 });

/**
 * Every pixel the box covers at some width, in the units of the narrowest plot (x = u × widths[0]): the
 * line is fixed in those units, so a box clear of it there is clear of it at every width.
 */
function sweptAtNarrowest(b: FluidBox, [w0, w1]: readonly [number, number]): Box {
  const left = Math.min(b.left, (b.left * w0) / w1);
  const right = Math.max(b.right, (b.right * w0) / w1);
  return { x: b.u * w0 + left, y: b.y0, width: right - left, height: b.y1 - b.y0 };
}

const markerBox = (m: FluidPoint, r: number): FluidBox => ({ u: m.u, left: -r, right: r, y0: m.y - r, y1: m.y + r });
const leaderBox = (c: FluidPlacement): FluidBox | undefined =>
  c.leader && { u: c.box.u, left: 0, right: 0, y0: Math.min(c.leader.y1, c.leader.y2), y1: Math.max(c.leader.y1, c.leader.y2) };

/** The positions a label may take, cheapest first: beside its point, or above or below it on a leader. */
function candidates(request: FluidLabelRequest, space: FluidSpace): Candidate[] {
  const { anchor: p, width: w, height: h } = request;
  const { gap, markerRadius: r, step, reach } = space;
  const lineAt = (u: number) => {
    const s = space.line.find((seg) => seg.a.u <= u && u <= seg.b.u);
    return s ? s.a.y + ((u - s.a.u) / (s.b.u - s.a.u || 1)) * (s.b.y - s.a.y) : p.y;
  };
  const out: Candidate[] = [];
  const off = r + gap;
  const push = (left: number, y0: number, leader: boolean, align: Align) => {
    const box = { u: p.u, left, right: left + w, y0, y1: y0 + h };
    const distance = y0 >= p.y ? y0 - p.y : p.y - (y0 + h);
    // Under the line a label crowds the axis: it costs twice as much.
    const under = y0 > lineAt(p.u) ? distance : 0;
    const offCentre = Math.abs(left + w / 2) / w;
    const candidate: Candidate = { box, align, cost: distance + under + offCentre + (leader ? step : 0) };
    if (leader) candidate.leader = y0 >= p.y ? { y1: p.y + r + 1, y2: y0 - gap / 2 } : { y1: p.y - r - 1, y2: y0 + h + gap / 2 };
    out.push(candidate);
  };
  // Beside the point, without a leader: above, below, and to either side.
  for (const [left, align] of [[-w / 2, 'middle'], [gap - w, 'end'], [-gap, 'start']] as const) {
    push(left, p.y - off - h, false, align);
    push(left, p.y + off, false, align);
  }
  out.push({ box: { u: p.u, left: -off - w, right: -off, y0: p.y - h / 2, y1: p.y + h / 2 }, align: 'end', cost: off + 1 });
  out.push({ box: { u: p.u, left: off, right: off + w, y0: p.y - h / 2, y1: p.y + h / 2 }, align: 'start', cost: off + 1 });
  // Further up or down on a vertical leader, which meets the label's edge within its width.
  const lefts = [-w / 2];
  for (let left = gap - w; left <= -gap; left += step) lefts.push(left);
  for (let d = off + step; d <= reach; d += step) {
    for (const left of lefts) {
      const align: Align = left + w / 2 === 0 ? 'middle' : -left < w / 3 ? 'start' : -left > (2 * w) / 3 ? 'end' : 'middle';
      push(left, p.y - d - h, true, align);
      push(left, p.y + d, true, align);
    }
  }
  return out.sort((a, b) => a.cost - b.cost);
}

const sameU = (a: FluidPoint, b: FluidPoint) => Math.abs(a.u - b.u) < 1e-9 && Math.abs(a.y - b.y) < 0.01;

function fits(c: Candidate, anchor: FluidPoint, space: FluidSpace): boolean {
  const { widths, gap, markerRadius: r } = space;
  const [w0] = widths;
  const { box } = c;
  if (box.y0 < space.top || box.y1 > space.bottom) return false;
  // Inside the plot at both extremes, so at every width between (each edge moves linearly).
  for (const w of widths) {
    const at = boxAt(box, w);
    if (at.x < 0 || at.x + at.width > w + space.overhang) return false;
  }
  const toPixels = (s: { a: FluidPoint; b: FluidPoint }): Segment => ({ a: { x: s.a.u * w0, y: s.a.y }, b: { x: s.b.u * w0, y: s.b.y } });
  const line = space.line.map(toPixels);
  if (line.some((s) => segmentHitsBox(s, sweptAtNarrowest(box, widths), gap / 2))) return false;
  if (space.markers.some((m) => overlapsAtSomeWidth(box, markerBox(m, r), gap / 2, widths))) return false;
  if (c.leader) {
    const leader: Segment = { a: { x: anchor.u * w0, y: c.leader.y1 }, b: { x: anchor.u * w0, y: c.leader.y2 } };
    const own = (s: { a: FluidPoint; b: FluidPoint }) => sameU(s.a, anchor) || sameU(s.b, anchor);
    if (space.line.some((s) => !own(s) && segmentsIntersect(leader, toPixels(s)))) return false;
    // Other markers: the leader keeps clear of them at the narrowest width, where they are closest.
    const lb = leaderBox(c)!;
    const apart = (m: FluidPoint) => Math.hypot((m.u - anchor.u) * w0, m.y - anchor.y) > 3 * r;
    if (space.markers.some((m) => apart(m) && overlapsAtSomeWidth(lb, markerBox(m, r), space.leaderClearance, widths))) return false;
  }
  return true;
}

function compatible(a: Candidate, b: Candidate, space: FluidSpace): boolean {
  const { gap, widths } = space;
  const [la, lb] = [leaderBox(a), leaderBox(b)];
  return (
    !overlapsAtSomeWidth(a.box, b.box, gap, widths) &&
    !(la && overlapsAtSomeWidth(la, b.box, gap / 2, widths)) &&
    !(lb && overlapsAtSomeWidth(lb, a.box, gap / 2, widths)) &&
    !(la && lb && overlapsAtSomeWidth(la, lb, 1, widths))
  );
}

/**
 * Places every label so that, at every plot width in `space.widths`, it overlaps no other label, no
 * marker and not the line, and no leader crosses another label, leader or the line. If no such
 * arrangement is found, each label takes its best position alone and `clear` is false.
 */
export function placeFluidLabels(requests: readonly FluidLabelRequest[], space: FluidSpace): { placements: FluidPlacement[]; clear: boolean } {
  const all = requests.map((r) => candidates(r, space));
  const options = requests.map((r, i) => all[i]!.filter((c) => fits(c, r.anchor, space)).slice(0, MAX_POSITIONS));
  const placed = arrange(options, (a, b) => compatible(a, b, space));
  const strip = ({ cost: _, ...placement }: Candidate): FluidPlacement => placement;
  if (placed) return { placements: placed.map(strip), clear: true };
  return { placements: requests.map((_, i) => strip(options[i]![0] ?? all[i]![0]!)), clear: false };
}
