/**
 * Plane geometry for charts, in SVG user units (the viewBox): boxes, segments, and the tests that
 * keep labels clear of each other, of the data line and of the markers.
 */

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
