import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Explainer, TranslationStatus } from '../../../src/explainer.ts';
import { localeOf } from '../../../src/i18n/index.ts';
import { EDITIONS, routes } from '../../../src/site.ts';
import { translationNoticeView } from '../../../src/views/translation.ts';
import { context, day } from './fixtures.ts';

const fa = EDITIONS.find((e) => e.id === 'fa')!;
const faContext = { locale: localeOf(fa), routes: routes('/sub/', fa) };
const withChapters = (chapters: TranslationStatus['chapters']) => ({ translation: { chapters } }) as unknown as Explainer;
const explainer = withChapters(new Map([
  ['round-one', { state: 'current', date: day('2026-12-02') }],
  ['background', { state: 'fallback' }],
]));

test('the English edition says nothing about translation', () => {
  assert.equal(translationNoticeView(explainer, 'background', context), undefined);
});

test('a translated chapter names the English edition it translates; the link is in the edition’s words, to the English page', () => {
  const notice = translationNoticeView(explainer, 'round-one', faContext)!;
  const link = notice.text.find((p) => typeof p === 'object' && p.tag === 'a');
  assert.deepEqual(link, { tag: 'a', href: '/sub/round-one/', text: 'متن اصلی انگلیسی را بخوانید', hreflang: 'en-GB' });
  assert.ok(notice.text.some((p) => typeof p === 'object' && p.tag === 'time' && p.datetime === '2026-12-02'));
  assert.equal(notice.fallback, undefined);
  assert.deepEqual(notice.status, { href: '/sub/fa/translations/', text: faContext.locale.t.translations.link });
});

test('a chapter not translated yet says so and leads to the English chapter, whose title and gist the page marks English', () => {
  const notice = translationNoticeView(explainer, 'background', faContext)!;
  assert.deepEqual(notice.text, ['این فصل هنوز ترجمه نشده است.', ' ', { tag: 'a', href: '/sub/background/', text: 'متن اصلی انگلیسی را بخوانید', hreflang: 'en-GB' }, '.']);
  assert.deepEqual(notice.fallback, { lang: 'en-GB', dir: 'ltr', english: { href: '/sub/background/', text: 'متن اصلی انگلیسی را بخوانید' } });
});
