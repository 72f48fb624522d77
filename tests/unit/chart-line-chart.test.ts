import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import yaml from 'js-yaml';
import { lineChartGeometry, linePath, wrapLabel, type ChartDatum, type ChartLayout, type PanelLayout } from '../../src/lib/chart/line-chart.ts';
import { parsePartialDate, type PartialDate } from '../../src/lib/dates.ts';
import { layoutFor } from '../../src/views/troop-chart.ts';

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

const panel = (from: number, to: number, more: Partial<PanelLayout> = {}): PanelLayout => ({
  from, to, height: 200, yTicks: 3, yearEvery: 2, narrowEvery: 4, labelChars: 16, headroom: 0, ...more,
});
const LAYOUT: ChartLayout = {
  widths: [220, 760], gutter: 50, right: 10, top: 20, between: 50, bottom: 30, fontSize: 12, markerRadius: 3, leaderClearance: 2,
  panels: [panel(2001, 2003)],
};

const thousands = (n: number) => new Intl.NumberFormat('en-GB').format(n);

test('a panel has a marker per point, value ticks from zero and year labels mid-year, x as a share of the plot', () => {
  const data: ChartDatum[] = [
    { date: d('2001-11'), value: 1300, approximate: false, onLine: true },
    { date: d('2002'), value: 9700, approximate: true, onLine: true },
    { date: d('2003-12-31'), value: 13100, approximate: false, onLine: true },
  ];
  const g = lineChartGeometry(data, LAYOUT, thousands);
  const [p] = g.panels;
  assert.equal(g.height, 20 + 200 + 30);
  assert.deepEqual(p!.ticks.map((t) => t.text), ['0', '5,000', '10,000', '15,000']);
  assert.deepEqual(p!.ticks.map((t) => t.y), [220, 153.3, 86.7, 20]);
  // Three years across the plot: ticks at each year's start, labels in the middle of every second year.
  assert.deepEqual(p!.yearTicks, [0, 33.33, 66.67, 100]);
  assert.deepEqual(p!.yearLabels.map((l) => [l.text, l.x, l.minor]), [['2001', 16.67, false], ['2003', 83.33, true]]);
  // 2002 is a year-only date: mid-year. 2001-11 is mid-November.
  assert.deepEqual(p!.markers.map((m) => m.x), [29.13, 50, 99.91]);
  assert.deepEqual(p!.markers.map((m) => m.approximate), [false, true, false]);
  assert.match(p!.path, /^M291.3 \d/);
  assert.equal(p!.band, undefined);
});

test('a later panel enlarges the last years on its own scale, takes their annotations and is shaded in the first', () => {
  const data: ChartDatum[] = [
    { date: d('2001'), value: 100000, approximate: false, onLine: true, annotation: 'Peak' },
    { date: d('2010'), value: 9000, approximate: false, onLine: true },
    { date: d('2019'), value: 14000, approximate: false, onLine: true },
    { date: d('2020-07'), value: 8600, approximate: false, onLine: false, annotation: 'Cap' },
    { date: d('2021'), value: 2500, approximate: false, onLine: true, annotation: 'End' },
  ];
  const g = lineChartGeometry(data, { ...LAYOUT, panels: [panel(2001, 2021), panel(2019, 2021)] }, thousands);
  const [all, zoom] = g.panels;
  assert.equal(all!.markers.length, 5);
  assert.equal(zoom!.markers.length, 3);
  assert.equal(zoom!.y, 20 + 200 + 50);
  assert.equal(zoom!.ticks.at(-1)!.text, '15,000', 'the enlarged years have their own scale');
  assert.deepEqual(all!.annotations.map((a) => a.lines[0]!.text), ['Peak']);
  assert.deepEqual(zoom!.annotations.map((a) => a.lines[0]!.text), ['Cap', 'End']);
  assert.deepEqual(all!.band, { x: 85.71, width: 14.29 });
  // The enlarged line starts at the last point before its years, which the plot's edge cuts.
  assert.match(zoom!.path, /^M-\d/);
  assert.equal(zoom!.path.match(/[ML]/g)!.length, 3, 'the 2010 point, then 2019 and 2021: never the cap');
});

test('tick labels are written by the formatter passed in', () => {
  const data: ChartDatum[] = [{ date: d('2001'), value: 1000, approximate: false, onLine: true }, { date: d('2002'), value: 2000, approximate: false, onLine: true }];
  const g = lineChartGeometry(data, LAYOUT, (n) => `#${n}`);
  assert.deepEqual(g.panels[0]!.ticks.map((t) => t.text), ['#0', '#500', '#1000', '#1500', '#2000']);
});

test('a point off the line is a diamond, neither joined to the line nor crossed by it', () => {
  const data: ChartDatum[] = [
    { date: d('2015'), value: 9800, approximate: false, onLine: true },
    { date: d('2016'), value: 8400, approximate: false, onLine: false },
    { date: d('2017'), value: 11000, approximate: true, onLine: true },
  ];
  const g = lineChartGeometry(data, { ...LAYOUT, panels: [panel(2015, 2017)] }, thousands);
  const [p] = g.panels;
  assert.deepEqual(p!.markers.map((m) => m.shape), ['circle', 'diamond', 'circle']);
  const visited = [...p!.path.matchAll(/[ML](-?[\d.]+) ([\d.]+)/g)].map((m) => (Number(m[1]) / 10).toFixed(1));
  assert.deepEqual(visited, [p!.markers[0]!.x, p!.markers[2]!.x].map((x) => x.toFixed(1)));
});

test('an annotation’s lines share its point’s x and its alignment’s offset, one line height apart', () => {
  const data: ChartDatum[] = [
    { date: d('2001'), value: 1000, approximate: false, onLine: true },
    { date: d('2002'), value: 8000, approximate: false, onLine: true, annotation: 'A label of two lines' },
    { date: d('2003'), value: 2000, approximate: false, onLine: true },
  ];
  const g = lineChartGeometry(data, { ...LAYOUT, panels: [panel(2001, 2003, { labelChars: 12, headroom: 0.5 })] }, thousands);
  assert.equal(g.labelsClear, true);
  const [a] = g.panels[0]!.annotations;
  assert.equal(a!.lines.length, 2);
  assert.equal(a!.lines[0]!.x, 50);
  assert.equal(a!.lines[0]!.dx, a!.lines[1]!.dx);
  assert.equal(a!.lines[1]!.y - a!.lines[0]!.y, Math.round(12 * 1.2));
  // Above the peak, which is the only place clear of the line.
  assert.ok(a!.lines[1]!.y < g.panels[0]!.markers[1]!.y);
});

test('the real troop levels lay out with every annotation clear at every width, each drawn once', () => {
  const rows = yaml.load(readFileSync(new URL('../../content/troop-levels.yaml', import.meta.url), 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, any>[];
  const data = rows.map((r) => ({ date: d(String(r.date)), value: r.troops, approximate: r.approximate, onLine: r.basis === 'reported', annotation: r.annotation }));
  const g = lineChartGeometry(data, layoutFor(2001, 2021), thousands);
  assert.equal(g.labelsClear, true);
  assert.equal(g.panels[0]!.markers.length, rows.length);
  assert.equal(g.panels.flatMap((p) => p.annotations).length, rows.filter((r) => r.annotation).length);
});

test('the plot’s width in the chart’s CSS is what the gutter and the right margin leave', () => {
  const css = readFileSync(new URL('../../src/components/chart/LineChart.astro', import.meta.url), 'utf8');
  const layout = layoutFor(2001, 2021);
  assert.match(css, new RegExp(`\\.plot-area \\{ width: calc\\(100% - ${layout.gutter + layout.right}px\\); \\}`));
});
