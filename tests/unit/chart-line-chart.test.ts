import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import yaml from 'js-yaml';
import { lineChartGeometry, linePath, wrapLabel, type ChartDatum, type ChartLayout } from '../../src/lib/chart/line-chart.ts';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import { NARROW, WIDE } from '../../src/views/troop-chart.ts';

const d = (text: string) => parsePartialDate(text) as PartialDate;

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

const thousands = (n: number) => new Intl.NumberFormat('en-GB').format(n);

test('a line chart has a marker per point, value ticks from zero and year labels mid-year', () => {
  const data: ChartDatum[] = [
    { date: d('2001-11'), value: 1300, approximate: false, onLine: true },
    { date: d('2003'), value: 13100, approximate: true, onLine: true, annotation: 'A rise' },
    { date: d('2005-06-30'), value: 9000, approximate: false, onLine: true, annotation: 'Then a dip' },
  ];
  const g = lineChartGeometry(data, LAYOUT, thousands);
  assert.equal(g.markers.length, 3);
  assert.deepEqual(g.markers.map((m) => m.approximate), [false, true, false]);
  assert.deepEqual(g.valueLabels.map((t) => t.text), ['0', '5,000', '10,000', '15,000']);
  // The plot is 50–390 wide and 20–270 high: the grid spans it, from the baseline up.
  assert.deepEqual(g.baseline, { x1: 50, x2: 390, y1: 270, y2: 270 });
  assert.deepEqual(g.grid.map((l) => l.y1), [270, 186.7, 103.3, 20]);
  assert.deepEqual(g.valueLabels.map((l) => l.y), g.grid.map((l) => l.y1));
  assert.ok(g.valueLabels.every((l) => l.x < 50), 'value labels left of the plot');
  // Years 2001 to 2006: ticks at each year's start, labels every second year in the year's middle.
  assert.equal(g.yearTicks.length, 6);
  assert.deepEqual([g.yearTicks[0]!.x1, g.yearTicks.at(-1)!.x1], [50, 390]);
  assert.ok(g.yearTicks.every((t) => t.y1 === 270 && t.y2 > 270), 'ticks hang below the baseline');
  assert.deepEqual(g.yearLabels.map((l) => l.text), ['2001', '2003', '2005']);
  assert.ok(Math.abs(g.yearLabels[0]!.x - (g.yearTicks[0]!.x1 + g.yearTicks[1]!.x1) / 2) <= 0.1);
  assert.ok(g.yearLabels.every((l) => l.y > 270), 'year labels under the axis');
  assert.equal(g.annotations.length, 2);
  assert.deepEqual(g.annotations.map((a) => a.lines.map((l) => l.text).join(' ')), ['A rise', 'Then a dip']);
  assert.equal(g.labelsClear, true);
  assert.match(g.path, /^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){2}$/);
});

test('tick labels are written by the formatter passed in', () => {
  const data: ChartDatum[] = [{ date: d('2001'), value: 0, approximate: false, onLine: true }, { date: d('2002'), value: 15000, approximate: false, onLine: true }];
  const g = lineChartGeometry(data, LAYOUT, (n) => `#${n}`);
  assert.deepEqual(g.valueLabels.map((l) => l.text), ['#0', '#5000', '#10000', '#15000']);
});

test('every coordinate is rounded to a tenth, and text x follows the alignment', () => {
  const data: ChartDatum[] = [
    { date: d('2001-11'), value: 1300, approximate: false, onLine: true, annotation: 'Start' },
    { date: d('2003-07-13'), value: 13100, approximate: true, onLine: false, annotation: 'An official level' },
    { date: d('2005-06-30'), value: 9000, approximate: false, onLine: true, annotation: 'Then a dip' },
  ];
  const g = lineChartGeometry(data, LAYOUT, thousands);
  const numbers = JSON.stringify(g).match(/-?\d+(\.\d+)?(?=[,}\]])/g)!.map(Number);
  assert.ok(numbers.every((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9), 'no number finer than 0.1');
  for (const a of g.annotations) {
    // Lines of one label share their x and stack downwards, one line height apart.
    assert.equal(new Set(a.lines.map((l) => l.x)).size, 1);
    a.lines.slice(1).forEach((l, i) => assert.ok(Math.abs(l.y - a.lines[i]!.y - 14) < 0.11));
  }
  assert.ok(['start', 'middle', 'end'].includes(g.annotations[0]!.align));
});

test('a point off the line is a diamond, neither joined to the line nor crossed by it', () => {
  const data: ChartDatum[] = [
    { date: d('2016-07'), value: 9800, approximate: true, onLine: true },
    { date: d('2016-12'), value: 8400, approximate: false, onLine: false, annotation: 'Official cap' },
    { date: d('2017-08'), value: 11000, approximate: true, onLine: true },
    { date: d('2018-06'), value: 14000, approximate: true, onLine: true },
  ];
  const g = lineChartGeometry(data, LAYOUT, thousands);
  assert.deepEqual(g.markers.map((m) => m.shape), ['circle', 'diamond', 'circle', 'circle']);
  const diamond = g.markers[1]!;
  assert.ok(diamond.shape === 'diamond');
  // Turned 45° about its centre, its corners touch the marker circle: a side of r·√2.
  assert.ok(Math.abs(diamond.x + diamond.side / 2 - diamond.cx) <= 0.1 && Math.abs(diamond.side - 3 * Math.SQRT2) <= 0.05);
  // The path visits the three counts only: it goes from 9,800 straight to 11,000, never down to the cap.
  const visited = [...g.path.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
  assert.deepEqual(visited, [g.markers[0]!, g.markers[2]!, g.markers[3]!].map((m) => ({ x: m.cx, y: m.cy })));
  assert.equal(g.annotations.length, 1);
});

test('the real troop levels lay out with every annotation clear, on a phone and wider', () => {
  const rows = yaml.load(readFileSync(new URL('../../content/troop-levels.yaml', import.meta.url), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, any>[];
  const data = rows.map((r) => ({ date: d(String(r.date)), value: r.troops, approximate: r.approximate, onLine: r.basis === 'reported', annotation: r.annotation }));
  for (const [name, layout] of Object.entries({ NARROW, WIDE })) {
    const g = lineChartGeometry(data, layout, thousands);
    assert.equal(g.labelsClear, true, `${name}: annotations clear`);
    assert.equal(g.markers.length, rows.length);
    assert.equal(g.annotations.length, rows.filter((r) => r.annotation).length);
  }
});
