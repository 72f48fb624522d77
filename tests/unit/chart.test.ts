import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import yaml from 'js-yaml';
import { NARROW, WIDE } from '../../src/components/troop-chart.ts';
import {
  boxesOverlap,
  formatThousands,
  fractionalYear,
  lineChartGeometry,
  lineHeightAt,
  linearScale,
  linePath,
  niceTicks,
  placeLabels,
  segmentHitsBox,
  segmentNearPoint,
  segmentsIntersect,
  wrapLabel,
  type ChartDatum,
  type ChartLayout,
  type LabelPlacement,
  type LabelSpace,
  type Point,
  type Segment,
} from '../../src/lib/chart.ts';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';

const d = (text: string) => parsePartialDate(text) as PartialDate;
const close = (actual: number, expected: number, what = '') => assert.ok(Math.abs(actual - expected) < 1e-9, `${what} ${actual} ≠ ${expected}`);

test('a year-only date sits mid-year, a month mid-month, a day on the day', () => {
  close(fractionalYear(d('2011')), 2011.5);
  // February 2020 has 29 days: its middle is 31 + 14.5 days into a 366-day year.
  close(fractionalYear(d('2020-02')), 2020 + 45.5 / 366);
  close(fractionalYear(d('2021-12')), 2021 + (334 + 15.5) / 365);
  close(fractionalYear(d('2020-01-01')), 2020);
  close(fractionalYear(d('2021-08-30')), 2021 + 241 / 365);
  assert.ok(fractionalYear(d('2020-02-29')) < fractionalYear(d('2020-07-13')));
});

test('a linear scale maps the domain onto the range, also upside down', () => {
  const x = linearScale([2001, 2022], [50, 260]);
  assert.equal(x(2001), 50);
  assert.equal(x(2022), 260);
  assert.equal(x(2011.5), 155);
  const y = linearScale([0, 120000], [400, 20]);
  assert.equal(y(0), 400);
  assert.equal(y(120000), 20);
  assert.equal(y(60000), 210);
  assert.equal(linearScale([5, 5], [0, 10])(5), 0);
});

test('nice ticks are round, evenly spaced and cover the data', () => {
  assert.deepEqual(niceTicks(0, 101000, 6), [0, 20000, 40000, 60000, 80000, 100000, 120000]);
  assert.deepEqual(niceTicks(0, 101000, 3), [0, 50000, 100000, 150000]);
  assert.deepEqual(niceTicks(0, 9, 4), [0, 2, 4, 6, 8, 10]);
  assert.deepEqual(niceTicks(0, 0.7, 7), [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  assert.deepEqual(niceTicks(3, 3, 5), [3]);
  for (const [max, count] of [[101000, 6], [7, 5], [13100, 4], [999, 10]] as const) {
    const ticks = niceTicks(0, max, count);
    assert.ok(ticks.at(-1)! >= max, `covers ${max}`);
    const step = ticks[1]! - ticks[0]!;
    const mantissa = step / 10 ** Math.floor(Math.log10(step));
    assert.ok([1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-9), `step ${step}`);
  }
});

test('troop numbers get thousands separators', () => {
  assert.equal(formatThousands(101000), '101,000');
  assert.equal(formatThousands(2500), '2,500');
  assert.equal(formatThousands(0), '0');
});

test('the line path visits every point in order, rounded to a tenth', () => {
  assert.equal(linePath([{ x: 1, y: 2 }, { x: 3.14159, y: 4.06 }, { x: 5, y: 0 }]), 'M1 2L3.1 4.1L5 0');
  assert.equal(linePath([]), '');
});

test('labels wrap at spaces into as few, as even lines as fit', () => {
  assert.deepEqual(wrapLabel('2011 peak: about 101,000', 16), ['2011 peak:', 'about 101,000']);
  assert.deepEqual(wrapLabel('2011 peak: about 101,000', 30), ['2011 peak: about 101,000']);
  assert.deepEqual(wrapLabel('Doha Agreement: about 13,000', 14), ['Doha', 'Agreement:', 'about 13,000']);
  assert.deepEqual(wrapLabel('Withdrawal complete', 12), ['Withdrawal', 'complete']);
  assert.deepEqual(wrapLabel('  Supercalifragilistic   day ', 8), ['Supercalifragilistic', 'day']);
});

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

const LAYOUT: ChartLayout = {
  width: 400,
  height: 300,
  margin: { top: 20, right: 10, bottom: 30, left: 50 },
  fontSize: 12,
  yTicks: 3,
  yearEvery: 2,
  labelChars: 16,
  markerRadius: 3,
  leaderClearance: 2,
};

test('a line chart has a marker per point, value ticks from zero and year labels mid-year', () => {
  const data: ChartDatum[] = [
    { date: d('2001-11'), value: 1300, approximate: false, onLine: true },
    { date: d('2003'), value: 13100, approximate: true, onLine: true, annotation: 'A rise' },
    { date: d('2005-06-30'), value: 9000, approximate: false, onLine: true, annotation: 'Then a dip' },
  ];
  const g = lineChartGeometry(data, LAYOUT);
  assert.equal(g.markers.length, 3);
  assert.deepEqual(g.markers.map((m) => m.approximate), [false, true, false]);
  assert.deepEqual(g.valueTicks.map((t) => t.text), ['0', '5,000', '10,000', '15,000']);
  assert.equal(g.valueTicks[0]!.y, g.plot.y + g.plot.height);
  assert.equal(g.valueTicks.at(-1)!.y, g.plot.y);
  // Years 2001 to 2006: ticks at each year's start, labels every second year in the year's middle.
  assert.equal(g.yearTicks.length, 6);
  assert.deepEqual(g.yearLabels.map((l) => l.text), ['2001', '2003', '2005']);
  assert.equal(g.yearLabels[0]!.x, (g.yearTicks[0]! + g.yearTicks[1]!) / 2);
  assert.equal(g.annotations.length, 2);
  assert.deepEqual(g.annotations.map((a) => a.lines.join(' ')), ['A rise', 'Then a dip']);
  assert.equal(g.labelsClear, true);
  assert.match(g.path, /^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){2}$/);
});

test('a point off the line is marked but neither joined to the line nor crossed by it', () => {
  const data: ChartDatum[] = [
    { date: d('2016-07'), value: 9800, approximate: true, onLine: true },
    { date: d('2016-12'), value: 8400, approximate: false, onLine: false, annotation: 'Official cap' },
    { date: d('2017-08'), value: 11000, approximate: true, onLine: true },
    { date: d('2018-06'), value: 14000, approximate: true, onLine: true },
  ];
  const g = lineChartGeometry(data, LAYOUT);
  assert.deepEqual(g.markers.map((m) => m.onLine), [true, false, true, true]);
  // The path visits the three counts only: it goes from 9,800 straight to 11,000, never down to the cap.
  const visited = [...g.path.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
  const round = (n: number) => Math.round(n * 10) / 10;
  assert.deepEqual(visited, [g.markers[0]!, g.markers[2]!, g.markers[3]!].map((m) => ({ x: round(m.x), y: round(m.y) })));
  assert.equal(g.annotations.length, 1);
});

test('the real troop levels lay out with every annotation clear, on a phone and wider', () => {
  const rows = yaml.load(readFileSync(new URL('../../content/troop-levels.yaml', import.meta.url), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, any>[];
  const data = rows.map((r) => ({ date: d(String(r.date)), value: r.troops, approximate: r.approximate, onLine: r.basis === 'reported', annotation: r.annotation }));
  for (const [name, layout] of Object.entries({ NARROW, WIDE })) {
    const g = lineChartGeometry(data, layout);
    assert.equal(g.labelsClear, true, `${name}: annotations clear`);
    assert.equal(g.markers.length, rows.length);
    assert.equal(g.annotations.length, rows.filter((r) => r.annotation).length);
  }
});
