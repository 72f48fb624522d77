import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boxesOverlap, segmentHitsBox, segmentsIntersect, type Point, type Segment } from '../../src/lib/chart/geometry.ts';
import { placeLabels, type LabelPlacement, type LabelSpace } from '../../src/lib/chart/place-labels.ts';

/** Checks a set of placements the way a reader would: nothing on top of anything else. */
function assertClear(placements: readonly LabelPlacement[], space: LabelSpace, anchors: readonly Point[]) {
  placements.forEach((p, i) => {
    const { box } = p;
    assert.ok(box.x >= space.bounds.x && box.x + box.width <= space.bounds.x + space.bounds.width, `label ${i} inside horizontally`);
    assert.ok(box.y >= space.bounds.y && box.y + box.height <= space.bounds.y + space.bounds.height, `label ${i} inside vertically`);
    for (const s of space.line) assert.ok(!segmentHitsBox(s, box), `label ${i} clear of the line`);
    for (const m of space.markers) assert.ok(!segmentHitsBox({ a: m, b: m }, box, space.markerRadius), `label ${i} clear of markers`);
    placements.forEach((q, j) => {
      if (j <= i) return;
      assert.ok(!boxesOverlap(box, q.box), `labels ${i} and ${j} apart`);
      if (p.leader) assert.ok(!segmentHitsBox(p.leader, q.box), `leader ${i} clear of label ${j}`);
      if (q.leader) assert.ok(!segmentHitsBox(q.leader, box), `leader ${j} clear of label ${i}`);
      if (p.leader && q.leader) assert.ok(!segmentsIntersect(p.leader, q.leader), `leaders ${i} and ${j} do not cross`);
    });
    if (p.leader) {
      const a = anchors[i]!;
      assert.ok(Math.hypot(p.leader.a.x - a.x, p.leader.a.y - a.y) <= space.markerRadius + 1.01, `leader ${i} starts at its point`);
    }
  });
}

const space = (markers: Point[], line: Segment[] = []): LabelSpace => ({
  bounds: { x: 0, y: 0, width: 300, height: 200 },
  line,
  markers,
  markerRadius: 3,
  gap: 4,
  leaderClearance: 1,
  step: 6,
  reach: 200,
});

test('a lone label sits right above its point, centred, without a leader', () => {
  const anchor = { x: 150, y: 100 };
  const s = space([anchor]);
  const { placements, clear } = placeLabels([{ anchor, width: 60, height: 14 }], s);
  assert.equal(clear, true);
  assert.deepEqual(placements[0], { box: { x: 120, y: 79, width: 60, height: 14 }, align: 'middle' });
});

test('a label moves off the line rather than cover it', () => {
  const anchor = { x: 150, y: 100 };
  const line = [{ a: { x: 0, y: 40 }, b: anchor }, { a: anchor, b: { x: 300, y: 40 } }];
  const s = space([anchor], line);
  const { placements, clear } = placeLabels([{ anchor, width: 60, height: 14 }], s);
  assert.equal(clear, true);
  assertClear(placements, s, [anchor]);
  assert.ok(placements[0]!.box.y > anchor.y, 'the valley only leaves room below');
});

test('crowded points get stacked labels with leaders that neither cross nor cover each other', () => {
  // Four points a few units apart on a falling line, like the troop levels of 2020–21.
  const points = [{ x: 250, y: 160 }, { x: 255, y: 170 }, { x: 262, y: 185 }, { x: 270, y: 195 }];
  const line = [{ a: { x: 0, y: 150 }, b: points[0]! }, ...points.slice(1).map((b, i) => ({ a: points[i]!, b }))];
  const s = { ...space(points, line), bounds: { x: 0, y: 0, width: 300, height: 200 } };
  const requests = points.map((anchor) => ({ anchor, width: 80, height: 28 }));
  const { placements, clear } = placeLabels(requests, s);
  assert.equal(clear, true);
  assertClear(placements, s, points);
  assert.ok(placements.some((p) => p.leader), 'some labels had to move away, with a leader');
});

test('when there is no room, every label still gets a position and the result says so', () => {
  const anchor = { x: 10, y: 10 };
  const s = { ...space([anchor]), bounds: { x: 0, y: 0, width: 20, height: 20 } };
  const { placements, clear } = placeLabels([{ anchor, width: 60, height: 14 }], s);
  assert.equal(clear, false);
  assert.equal(placements.length, 1);
});
