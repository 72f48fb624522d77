import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { boxesOverlap } from '../../src/lib/chart/geometry.ts';
import { localeOf } from '../../src/i18n/index.ts';
import { colourTokens } from '../../src/lib/colour-tokens.ts';
import { locatorMapSvg } from '../../src/lib/map/locator-svg.ts';
import { locatorMapGeometry, type MapInput } from '../../src/lib/map/locator.ts';
import { routes } from '../../src/site.ts';
import { locatorMapGeometryOf, locatorMapView, MAP_LAYOUT } from '../../src/views/locator-map.ts';
import { ROOT } from '../support/project.ts';

const locale = localeOf();
const map = locatorMapGeometryOf(locale);
const dot = (id: string) => map.dots.find((d) => d.id === id)!;

test('the places fall where they are: Kabul north-east of Kandahar, Islamabad east of Kabul, Doha west of Abu Dhabi, all inside the frame', () => {
  for (const d of map.dots) assert.ok(d.cx > 0 && d.cx < map.width && d.cy > 0 && d.cy < map.height, `${d.id} inside the frame`);
  assert.ok(dot('kabul').cx > dot('kandahar').cx && dot('kabul').cy < dot('kandahar').cy);
  assert.ok(dot('islamabad').cx > dot('kabul').cx);
  assert.ok(dot('doha').cx < dot('abuDhabi').cx);
  // The Gulf lies south-west of Afghanistan.
  assert.ok(dot('doha').cx < dot('kandahar').cx && dot('doha').cy > dot('kandahar').cy);
});

test('Moscow, beyond the frame, is an arrow from the edge pointing north-west, labelled with its distance from Kabul', () => {
  const beyond = map.beyond!;
  assert.ok(beyond, 'the arrow is drawn');
  // Kabul 34.53 N 69.17 E to Moscow 55.75 N 37.62 E is about 3,400 km on the sphere.
  assert.equal(beyond.km, 3400);
  assert.match(beyond.label.text, /^Moscow, 3,400 km$/);
  const [tail, tip] = [...beyond.path.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].slice(0, 2).map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
  assert.ok(tip!.x < tail!.x && tip!.y < tail!.y, 'the arrow points up and to the left');
  assert.ok(tip!.y <= 2.5 || tip!.x <= 2.5, 'its tip is at the frame’s top or left edge');
});

test('no label overlaps another, a dot or the arrow, and every one stays inside the frame', () => {
  assert.equal(map.labelsClear, true);
  const { boxes } = map;
  boxes.forEach((b, i) => {
    assert.ok(b.x >= 0 && b.y >= 0 && b.x + b.width <= map.width && b.y + b.height <= map.height, `text ${i} inside the frame`);
    boxes.forEach((c, j) => assert.ok(j <= i || !boxesOverlap(b, c), `texts ${i} and ${j} apart`));
    for (const d of map.dots) assert.ok(!boxesOverlap(b, { x: d.cx - d.r, y: d.cy - d.r, width: 2 * d.r, height: 2 * d.r }), `text ${i} clear of the dot of ${d.id}`);
  });
});

test('each place label sits next to its own dot, nearer to it than to any other', () => {
  for (const label of map.placeLabels) {
    const distance = (d: { cx: number; cy: number }) => Math.hypot(d.cx - label.x, d.cy - label.y);
    const own = dot(label.id);
    assert.ok(distance(own) < 3 * MAP_LAYOUT.fontSize, `${label.id} close to its dot`);
    for (const d of map.dots) if (d !== own) assert.ok(distance(own) < distance(d), `${label.id} nearer its own dot than ${d.id}`);
  }
});

test('shapes are thinned to the drawn size and written as short relative paths', () => {
  assert.match(map.land, /^m\d+ \d+l/);
  assert.doesNotMatch(map.land + map.focus + map.borders, /[ML.]/, 'whole units, relative steps');
  const atlas = JSON.parse(readFileSync(`${ROOT}/node_modules/world-atlas/countries-50m.json`, 'utf8')) as MapInput['topology'];
  const input: MapInput = { topology: atlas, focus: '004', places: [], countries: [] };
  const fine = locatorMapGeometry(input, { ...MAP_LAYOUT, tolerance: 0 });
  const thinned = locatorMapGeometry(input, MAP_LAYOUT);
  assert.ok(thinned.land.length < fine.land.length * 0.75, `${thinned.land.length} against ${fine.land.length} characters`);
  assert.ok(thinned.land.length + thinned.focus.length + thinned.borders.length < 6000, 'the shapes stay small');
  assert.throws(() => locatorMapGeometry({ ...input, focus: '999' }, MAP_LAYOUT), /no country 999/);
});

test('the SVG file carries both colour schemes from the page CSS, and escapes its texts', () => {
  const css = readFileSync(`${ROOT}/src/styles/global.css`, 'utf8');
  const colours = colourTokens(css);
  assert.deepEqual(colours.get('bg'), { light: '#fdfcfa', dark: '#14171c' });
  const svg = locatorMapSvg(map, { colours, fontFamily: 'system-ui, sans-serif', title: 'Map <of> A & B' });
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 320 236" width="320" height="236"/);
  assert.match(svg, /<title>Map &lt;of&gt; A &amp; B<\/title>/);
  assert.match(svg, /svg\{--bg:#fdfcfa;/);
  assert.match(svg, /@media \(prefers-color-scheme:dark\)\{svg\{--bg:#14171c;/);
  for (const l of map.placeLabels) assert.ok(svg.includes(`>${l.text}</text>`), l.text);
  assert.throws(() => locatorMapSvg(map, { colours: new Map(), fontFamily: 'x', title: 't' }), /no --color-bg: light-dark/);
});

test('the view names every place and what it is, and points at the edition’s map file', () => {
  const view = locatorMapView({ locale, routes: routes('/sub/') });
  assert.equal(view.src, '/sub/locator-map.svg');
  assert.deepEqual([view.width, view.height], [MAP_LAYOUT.width, MAP_LAYOUT.height]);
  for (const name of ['Kabul', 'Kandahar', 'Islamabad', 'Doha', 'Abu Dhabi', 'Moscow']) assert.ok(view.alt.includes(`${name}, `), name);
  assert.match(view.alt, /Moscow, .*off the map, about 3,400 km north-west of Kabul/);
  assert.match(view.credit, /Natural Earth \(public domain\).*de facto.*Kashmir.*Durand Line.*GeoNames \(CC BY 4\.0\)/);
});
