/**
 * A locator map laid out for SVG at build time: country shapes from a TopoJSON world atlas, projected,
 * clipped to a frame and thinned to what the drawn size can show; places as dots with labels kept clear
 * of each other, of the dots and of the country names; a place beyond the frame as an arrow at its edge,
 * pointing its way. Pure: the data and every text come in, coordinates come out.
 */
import { geoConicConformal, geoDistance, geoPath, type GeoContext, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { merge, mesh } from 'topojson-client';
import { boxesOverlap, type Box, type Point } from '../chart/geometry.ts';
import { textWidth } from '../chart/line-chart.ts';
import { placeLabels, type Align } from '../chart/place-labels.ts';

export interface MapPlace {
  id: string;
  /** Degrees east and north. */
  lon: number;
  lat: number;
  label: string;
}

export interface MapLayout {
  width: number;
  height: number;
  fontSize: number;
  /** The part of the world shown: [[west, south], [east, north]] in degrees. */
  extent: [[number, number], [number, number]];
  /** Points closer than this to the last point kept are dropped: finer detail than the drawn size shows. */
  tolerance: number;
  dotRadius: number;
}

export interface MapInput {
  topology: Topology<{ countries: GeometryCollection<{ name: string }> }>;
  /** The country drawn apart, by its id in the atlas (ISO 3166-1 numeric: "004" is Afghanistan). */
  focus: string;
  /** Places with a dot and a label. */
  places: readonly MapPlace[];
  /** Country names, each centred on its point. */
  countries: readonly MapPlace[];
  /**
   * A place beyond the frame: drawn as an arrow at the frame's edge, towards it from the place `from`,
   * labelled with the text `label` gives for the distance between them (in km, to the nearest 100).
   */
  beyond?: { place: Omit<MapPlace, 'label'>; from: string; label: (km: number) => string } | undefined;
}

export interface MapText {
  x: number;
  y: number;
  align: Align;
  text: string;
}

export interface LocatorMapGeometry {
  width: number;
  height: number;
  fontSize: number;
  /** Every country's land, the focus country, and the borders between countries (each drawn once). */
  land: string;
  focus: string;
  borders: string;
  dots: { id: string; cx: number; cy: number; r: number }[];
  placeLabels: (MapText & { id: string })[];
  countryLabels: MapText[];
  /** The arrow towards the place beyond the frame, its label, and the distance to it in km from `from`. */
  beyond?: { path: string; label: MapText; km: number } | undefined;
  /** The boxes of every text as laid out, for the tests: none may overlap another. */
  boxes: Box[];
  /** False when some texts overlap, or leave the frame. */
  labelsClear: boolean;
}

const round = (n: number) => Math.round(n * 10) / 10;
/** Country shapes: the atlas holds only polygons. */
type Area = Polygon | MultiPolygon;
const EARTH_KM = 6371;

/** A stream that drops points within `tolerance` of the last one kept, and rings too small to see. */
function thinning(tolerance: number, out: GeoStream): GeoStream {
  let ring: [number, number][] = [];
  let inRing = false;
  const flush = () => {
    if (ring.length < 3) return;
    const [xs, ys] = [ring.map((p) => p[0]), ring.map((p) => p[1])];
    // An island smaller than the tolerance is a speck at this size.
    if (Math.max(...xs) - Math.min(...xs) < tolerance && Math.max(...ys) - Math.min(...ys) < tolerance) return;
    out.lineStart();
    for (const [x, y] of ring) out.point(x, y);
    out.lineEnd();
  };
  return {
    point(x, y) {
      if (!inRing) return out.point(x, y);
      const last = ring.at(-1);
      if (!last || Math.hypot(x - last[0], y - last[1]) >= tolerance) ring.push([x, y]);
    },
    lineStart() {
      inRing = true;
      ring = [];
    },
    lineEnd() {
      inRing = false;
      flush();
    },
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
    sphere: () => out.sphere?.(),
  };
}

/**
 * A path context for geoPath writing whole units in relative steps ("m162 24l-3 2…z"): at the size drawn
 * a unit is under a pixel and a half, and relative steps are about half as long as absolute points.
 */
class RelativePath implements GeoContext {
  private d = '';
  private at: [number, number] = [0, 0];
  private step(command: 'm' | 'l', x: number, y: number): void {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    const [dx, dy] = [rx - this.at[0], ry - this.at[1]];
    if (command === 'l' && dx === 0 && dy === 0) return;
    this.d += `${command}${dx}${dy < 0 ? '' : ' '}${dy}`;
    this.at = [rx, ry];
  }
  beginPath() {}
  moveTo(x: number, y: number) {
    this.step('m', x, y);
  }
  lineTo(x: number, y: number) {
    this.step('l', x, y);
  }
  closePath() {
    this.d += 'z';
  }
  arc() {
    throw new Error('locator map: points are drawn as dots, not as path arcs');
  }
  /** The path so far, and a fresh start. */
  take(): string {
    const d = this.d;
    this.d = '';
    this.at = [0, 0];
    return d;
  }
}

/** Where the ray from `from` through `to` leaves the frame, inset by `inset`. */
function edgePoint(from: Point, to: Point, width: number, height: number, inset: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const ts = [
    dx < 0 ? (inset - from.x) / dx : dx > 0 ? (width - inset - from.x) / dx : Infinity,
    dy < 0 ? (inset - from.y) / dy : dy > 0 ? (height - inset - from.y) / dy : Infinity,
  ];
  const t = Math.min(...ts);
  return { x: from.x + dx * t, y: from.y + dy * t };
}

/** Country names are set smaller, in spaced capitals: wider per letter than textWidth() allows for. */
export const COUNTRY_TYPE = { scale: 0.85, widen: 1.3 } as const;

function textBox(t: MapText, fontSize: number, widen = 1): Box {
  const width = textWidth(t.text, fontSize) * widen;
  const x = t.align === 'start' ? t.x : t.align === 'end' ? t.x - width : t.x - width / 2;
  return { x, y: t.y - fontSize * 0.6, width, height: fontSize * 1.2 };
}

export function locatorMapGeometry(input: MapInput, layout: MapLayout): LocatorMapGeometry {
  const { width, height, fontSize, extent, tolerance, dotRadius: r } = layout;
  const [[west, south], [east, north]] = extent;
  const frame: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [[west, south], [east, south], [east, north], [west, north], [(west + east) / 2, south], [(west + east) / 2, north]],
  };
  // Conformal conic with standard parallels across the frame: shapes stay true in a region this size.
  const projection = geoConicConformal()
    .parallels([south + (north - south) / 6, north - (north - south) / 6])
    .rotate([-(west + east) / 2, 0])
    .fitSize([width, height], frame)
    .clipExtent([[0, 0], [width, height]]);
  const context = new RelativePath();
  const draw = geoPath({ stream: (out: GeoStream) => projection.stream(thinning(tolerance, out)) }, context);
  const path = (object: GeoPermissibleObjects) => {
    draw(object);
    return context.take();
  };
  const project = (p: MapPlace): Point => {
    const [x, y] = projection([p.lon, p.lat])!;
    return { x, y };
  };

  const { topology, focus } = input;
  const countries = topology.objects.countries;
  const focusGeometry = countries.geometries.filter((g) => String(g.id) === focus);
  if (focusGeometry.length === 0) throw new Error(`locator map: no country ${focus} in the atlas`);

  const countryLabels: MapText[] = input.countries.map((c) => {
    const p = project(c);
    return { x: round(p.x), y: round(p.y), align: 'middle', text: c.label };
  });
  const fixed = countryLabels.map((t) => textBox(t, fontSize * COUNTRY_TYPE.scale, COUNTRY_TYPE.widen));

  let beyond: LocatorMapGeometry['beyond'];
  if (input.beyond) {
    const from = input.places.find((p) => p.id === input.beyond!.from);
    if (!from) throw new Error(`locator map: no place ${input.beyond.from} to point from`);
    const a = project(from);
    // Unclipped, the place projects well outside the frame; the arrow runs along the line towards it.
    const [tx, ty] = projection.clipExtent(null)([input.beyond.place.lon, input.beyond.place.lat])!;
    projection.clipExtent([[0, 0], [width, height]]);
    const tip = edgePoint(a, { x: tx, y: ty }, width, height, 2);
    const length = fontSize * 2.2;
    const d = Math.hypot(tx - a.x, ty - a.y);
    const [ux, uy] = [(tx - a.x) / d, (ty - a.y) / d];
    const tail = { x: tip.x - ux * length, y: tip.y - uy * length };
    const head = fontSize * 0.5;
    // Arrowhead: two short strokes back from the tip, 30° either side of the shaft.
    const side = (angle: number) => ({
      x: tip.x - head * (ux * Math.cos(angle) - uy * Math.sin(angle)),
      y: tip.y - head * (uy * Math.cos(angle) + ux * Math.sin(angle)),
    });
    const [l, rr] = [side(Math.PI / 6), side(-Math.PI / 6)];
    const p = (q: Point) => `${round(q.x)} ${round(q.y)}`;
    const km = Math.round((geoDistance([from.lon, from.lat], [input.beyond.place.lon, input.beyond.place.lat]) * EARTH_KM) / 100) * 100;
    // Under the shaft's tail, on the side away from the frame's edge, so the label stays inside it.
    const label: MapText = { x: round(tail.x), y: round(Math.max(tail.y, tip.y) + head + fontSize), align: ux < 0 ? 'start' : 'end', text: input.beyond.label(km) };
    beyond = {
      path: `M${p(tail)}L${p(tip)}M${p(l)}L${p(tip)}L${p(rr)}`,
      label,
      km,
    };
    const box = textBox(label, fontSize);
    // The arrow's bounds, within the frame (its head may touch the edge).
    const [x0, y0] = [Math.max(0, Math.min(tail.x, tip.x) - head), Math.max(0, Math.min(tail.y, tip.y) - head)];
    const [x1, y1] = [Math.min(width, Math.max(tail.x, tip.x) + head), Math.min(height, Math.max(tail.y, tip.y) + head)];
    const shaft: Box = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    fixed.push(box, shaft);
  }

  const anchors = input.places.map(project);
  const lineHeight = Math.round(fontSize * 1.2);
  const { placements, clear } = placeLabels(
    input.places.map((p, i) => ({ anchor: anchors[i]!, width: textWidth(p.label, fontSize), height: lineHeight })),
    {
      bounds: { x: 2, y: 2, width: width - 4, height: height - 4 },
      line: [],
      markers: anchors,
      markerRadius: r,
      gap: Math.round(fontSize / 4),
      leaderClearance: r,
      step: Math.round(fontSize / 2),
      // Labels stay next to their dots: a map label with a leader reads as a different place.
      reach: r + fontSize,
      obstacles: fixed,
    },
  );
  // The fixed texts are placed by hand (country names) or by rule (the arrow's label): check them too.
  const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.width <= width && b.y + b.height <= height;
  const fixedClear = fixed.every((b, i) => inside(b) && fixed.every((c, j) => j <= i || !boxesOverlap(b, c)));
  const placed = placements.map((pl, i): MapText & { id: string } => ({
    id: input.places[i]!.id,
    x: round(pl.align === 'start' ? pl.box.x : pl.align === 'end' ? pl.box.x + pl.box.width : pl.box.x + pl.box.width / 2),
    y: round(pl.box.y + pl.box.height / 2),
    align: pl.align,
    text: input.places[i]!.label,
  }));

  return {
    width,
    height,
    fontSize,
    land: path(merge(topology, countries.geometries as Area[])),
    focus: path(merge(topology, focusGeometry as Area[])),
    borders: path(mesh(topology, countries, (a, b) => a !== b)),
    dots: anchors.map((a, i) => ({ id: input.places[i]!.id, cx: round(a.x), cy: round(a.y), r })),
    placeLabels: placed,
    countryLabels,
    beyond,
    boxes: [...fixed, ...placements.map((p) => p.box)],
    labelsClear: clear && fixedClear,
  };
}
