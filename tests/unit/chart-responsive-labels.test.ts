import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import yaml from 'js-yaml';
import { boxesOverlap, segmentHitsBox, type Box } from '../../src/lib/chart/geometry.ts';
import { lineChartGeometry, textWidth } from '../../src/lib/chart/line-chart.ts';
import { boxAt, overlapsAtSomeWidth, placeFluidLabels, type FluidBox, type FluidPlacement, type FluidPoint, type FluidSpace } from '../../src/lib/chart/responsive-labels.ts';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import { layoutFor } from '../../src/views/troop-chart.ts';

const box = (u: number, left: number, right: number, y0 = 0, y1 = 10): FluidBox => ({ u, left, right, y0, y1 });

test('two boxes that meet only between the narrowest and the widest width are found to overlap', () => {
  // q is left of p in a narrow plot and right of it in a wide one: they cross on the way, at 500.
  const p = box(0.2, 0, 40);
  const q = box(0.3, -50, -10);
  const widths = [80, 1000] as const;
  assert.equal(boxesOverlap(boxAt(p, 80), boxAt(q, 80)), false);
  assert.equal(boxesOverlap(boxAt(p, 1000), boxAt(q, 1000)), false);
  assert.equal(boxesOverlap(boxAt(p, 500), boxAt(q, 500)), true);
  assert.equal(overlapsAtSomeWidth(p, q, 0, widths), true);
  // Apart at every width: one stays left of the other.
  assert.equal(overlapsAtSomeWidth(box(0.1, -20, 0), box(0.5, 0, 20), 0, widths), false);
  // Apart vertically, whatever their x.
  assert.equal(overlapsAtSomeWidth(p, { ...q, y0: 12, y1: 20 }, 1, widths), false);
  // At the same share of the width, fixed offsets decide.
  assert.equal(overlapsAtSomeWidth(box(0.5, 0, 10), box(0.5, 12, 20), 1, widths), false);
  assert.equal(overlapsAtSomeWidth(box(0.5, 0, 10), box(0.5, 12, 20), 3, widths), true);
});

const pixels = (p: FluidPoint, w: number) => ({ x: p.u * w, y: p.y });

/** Checks placements at one plot width, in pixels, as a reader sees them. */
function assertClearAt(w: number, placements: readonly FluidPlacement[], anchors: readonly FluidPoint[], space: FluidSpace) {
  const boxes = placements.map((p) => boxAt(p.box, w));
  const line = space.line.map((s) => ({ a: pixels(s.a, w), b: pixels(s.b, w) }));
  const marker = (m: FluidPoint): Box => ({ x: m.u * w - space.markerRadius, y: m.y - space.markerRadius, width: 2 * space.markerRadius, height: 2 * space.markerRadius });
  boxes.forEach((b, i) => {
    assert.ok(b.x >= 0 && b.x + b.width <= w + space.overhang, `at ${w}: label ${i} inside`);
    for (const s of line) assert.ok(!segmentHitsBox(s, b), `at ${w}: label ${i} clear of the line`);
    for (const m of space.markers) assert.ok(!boxesOverlap(b, marker(m)), `at ${w}: label ${i} clear of markers`);
    boxes.forEach((c, j) => assert.ok(j <= i || !boxesOverlap(b, c), `at ${w}: labels ${i} and ${j} apart`));
    const leader = placements[i]!.leader;
    if (leader) {
      const x = anchors[i]!.u * w;
      assert.ok(Math.abs(leader.y1 - anchors[i]!.y) <= space.markerRadius + 1.01, `leader ${i} starts at its point`);
      boxes.forEach((c, j) => assert.ok(j === i || !segmentHitsBox({ a: { x, y: leader.y1 }, b: { x, y: leader.y2 } }, c), `at ${w}: leader ${i} clear of label ${j}`));
    }
  });
}

test('crowded falling points get labels clear of everything at the narrowest width, the widest and between', () => {
  const points: FluidPoint[] = [{ u: 0.1, y: 40 }, { u: 0.6, y: 60 }, { u: 0.64, y: 120 }, { u: 0.68, y: 150 }, { u: 0.9, y: 170 }];
  const space: FluidSpace = {
    widths: [220, 760], overhang: 8, top: 0, bottom: 200,
    line: points.slice(1).map((b, i) => ({ a: points[i]!, b })),
    markers: points, markerRadius: 3.5, gap: 4, leaderClearance: 2, step: 10, reach: 200,
  };
  const labels = ['Start', 'Deal signed', 'Cap', 'Drawdown', 'Out'].map((text, i) => ({ anchor: points[i]!, width: textWidth(text, 13), height: 16 }));
  const { placements, clear } = placeFluidLabels(labels, space);
  assert.equal(clear, true);
  for (const w of [220, 300, 390, 480, 555, 640, 760]) assertClearAt(w, placements, points, space);
});

test('the troop chart’s annotations stay clear at the narrowest layout (a 320 px phone) and the widest, and at widths between', () => {
  const d = (text: string) => parsePartialDate(text) as PartialDate;
  const rows = yaml.load(readFileSync(new URL('../../content/troop-levels.yaml', import.meta.url), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, any>[];
  const data = rows.map((r) => ({ date: d(String(r.date)), value: r.troops, approximate: r.approximate, onLine: r.basis === 'reported', annotation: r.annotation }));
  const layout = layoutFor(2001, 2021);
  const g = lineChartGeometry(data, layout, String);
  assert.equal(g.labelsClear, true);
  const [narrowest, widest] = layout.widths;
  for (const w of [narrowest, 300, 400, 520, 640, widest]) {
    for (const panel of g.panels) {
      // Each annotation's box as drawn at this width, from its lines' shared x and offset.
      const boxes = panel.annotations.map((a) => {
        const width = Math.max(...a.lines.map((l) => textWidth(l.text, g.fontSize)));
        const x = (a.lines[0]!.x / 100) * w + a.lines[0]!.dx - (a.align === 'end' ? width : a.align === 'middle' ? width / 2 : 0);
        const lh = Math.round(g.fontSize * 1.2);
        return { x, y: a.lines[0]!.y - lh / 2, width, height: a.lines.length * lh };
      });
      boxes.forEach((b, i) => {
        assert.ok(b.x >= -0.5 && b.x + b.width <= w + layout.right, `at ${w}: ${panel.annotations[i]!.lines[0]!.text} inside`);
        boxes.forEach((c, j) => assert.ok(j <= i || !boxesOverlap(b, c), `at ${w}: annotations ${i} and ${j} apart`));
        for (const m of panel.markers) {
          const r = g.markerRadius;
          assert.ok(!boxesOverlap(b, { x: (m.x / 100) * w - r, y: m.y - r, width: 2 * r, height: 2 * r }), `at ${w}: annotation ${i} clear of a marker`);
        }
      });
    }
  }
});
