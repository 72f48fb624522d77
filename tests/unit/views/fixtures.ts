/** Small, hand-made content for the view tests: two chapters, events, actors and sources. */
import type { Actor, Chapter, Event, Source } from '../../../src/explainer.ts';
import { localeOf } from '../../../src/i18n/index.ts';
import type { PartialDate } from '../../../src/lib/dates.ts';
import { routes } from '../../../src/site.ts';
import type { ViewContext } from '../../../src/views/shared.ts';

export const day = (iso: string): PartialDate => ({ iso, precision: iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year' });

export function chapter(id: string, order: number, extra: Partial<Chapter['data']> = {}, body = 'word '.repeat(440)): Chapter {
  return {
    id,
    collection: 'chapters',
    body,
    data: {
      title: `Title of ${id}`,
      shortTitle: `Short ${id}`,
      summary: `Summary of ${id}.`,
      order,
      period: { start: day('2018-09'), end: day('2020-02-29') },
      asOf: day('2021-03-01'),
      updated: day('2026-11-30'),
      keyNumbers: [{ label: `Lead of ${id}`, value: String(order), note: 'n' }, { label: 'Second', value: 'x', note: 'n' }],
      brief: ['One point.', 'Another point.', 'A third point.'],
      sources: [{ collection: 'sources', id: 'crs' }],
      ...extra,
    },
  } as Chapter;
}

export const CHAPTERS = [chapter('background', 1), chapter('round-one', 2)];

export const SOURCES = new Map<string, Source>([
  ['crs', { id: 'crs', kind: 'government', title: 'A CRS report', publisher: 'CRS', date: day('2020-03-01'), url: 'https://crs.example/r' } as Source],
  ['wire', { id: 'wire', kind: 'wire', title: 'A wire story', publisher: 'Reuters', date: day('2020-02-29') } as Source],
]);

export const EVENTS: Event[] = [
  { id: 'invasion', date: day('1979-12'), title: 'Soviet troops enter', summary: 'S1.', chapter: { collection: 'chapters', id: 'background' }, sources: [{ collection: 'sources', id: 'crs' }] },
  { id: 'doha', date: day('2020-02-29'), title: 'Agreement signed', summary: 'S2.', note: 'N2.', chapter: { collection: 'chapters', id: 'round-one' }, sources: [{ collection: 'sources', id: 'wire' }, { collection: 'sources', id: 'crs' }] },
  { id: 'talks', date: day('2020-09-12'), title: 'Talks open', summary: 'S3.', chapter: { collection: 'chapters', id: 'round-one' }, sources: [{ collection: 'sources', id: 'wire' }] },
] as Event[];

export const ACTORS: Actor[] = [
  { id: 'zalmay-khalilzad', name: 'Zalmay Khalilzad', kind: 'person', role: 'US envoy', description: 'D.', aliases: [], chapters: [{ collection: 'chapters', id: 'round-one' }, { collection: 'chapters', id: 'background' }], sources: [{ collection: 'sources', id: 'crs' }] },
  { id: 'abdullah-abdullah', name: 'Abdullah Abdullah', kind: 'person', role: 'Council head', description: 'D.', aliases: [], chapters: [{ collection: 'chapters', id: 'round-one' }], sources: [{ collection: 'sources', id: 'wire' }] },
  { id: 'taliban', name: 'Taliban', kind: 'organisation', role: 'Insurgency', description: 'D.', aliases: [], chapters: [{ collection: 'chapters', id: 'background' }], sources: [{ collection: 'sources', id: 'crs' }] },
] as Actor[];

/** English, under a sub-path, so that every href must carry the base. */
export const context: ViewContext = { locale: localeOf(), routes: routes('/sub/') };
