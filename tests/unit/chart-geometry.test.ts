import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boxesOverlap, lineHeightAt, segmentHitsBox, segmentNearPoint, segmentsIntersect, type Segment } from '../../src/lib/chart/geometry.ts';

test('collision tests: boxes, segments and points', () => {
  const box = { x: 0, y: 0, width: 10, height: 10 };
  assert.equal(boxesOverlap(box, { x: 9, y: 9, width: 5, height: 5 }), true);
  assert.equal(boxesOverlap(box, { x: 11, y: 0, width: 5, height: 5 }), false);
  assert.equal(boxesOverlap(box, { x: 11, y: 0, width: 5, height: 5 }, 2), true);
  const seg = (ax: number, ay: number, bx: number, by: number): Segment => ({ a: { x: ax, y: ay }, b: { x: bx, y: by } });
  assert.equal(segmentsIntersect(seg(0, 0, 10, 10), seg(0, 10, 10, 0)), true);
  assert.equal(segmentsIntersect(seg(0, 0, 10, 0), seg(0, 1, 10, 1)), false);
  assert.equal(segmentsIntersect(seg(0, 0, 10, 0), seg(10, 0, 20, 5)), true, 'touching ends count');
  assert.equal(segmentHitsBox(seg(-5, 5, 15, 5), box), true, 'passes through');
  assert.equal(segmentHitsBox(seg(2, 2, 3, 3), box), true, 'lies inside');
  assert.equal(segmentHitsBox(seg(-5, -1, 15, -1), box), false);
  assert.equal(segmentHitsBox(seg(-5, -1, 15, -1), box, 2), true, 'within the padding');
  assert.equal(segmentHitsBox(seg(12, 12, 12, 12), box), false, 'a single point outside');
  assert.equal(segmentNearPoint(seg(0, 0, 10, 0), { x: 5, y: 3 }, 4), true);
  assert.equal(segmentNearPoint(seg(0, 0, 10, 0), { x: 14, y: 0 }, 4), false, 'beyond the end');
  assert.equal(lineHeightAt([seg(0, 10, 10, 20), seg(10, 20, 20, 0)], 15), 10);
  assert.equal(lineHeightAt([seg(0, 10, 10, 20)], 30), undefined);
});
