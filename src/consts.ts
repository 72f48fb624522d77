/** Site-wide names and wording, kept in one place. */
export const SITE_TITLE = 'The Afghan Peace Talks, Explained';
export const SITE_SHORT_TITLE = 'Afghan Peace Talks';
export const SITE_DESCRIPTION =
  'How the 2018–2021 Afghan peace process came about, what the US–Taliban agreement of 29 February 2020 said, why the talks between the Taliban and the Afghan government stalled, and what was at stake.';
export const SITE_LANG = 'en-GB';

/**
 * Benchmark-only switch: `npm run bench:scale` builds synthetic explainers of hundreds of chapters,
 * so it lifts the rule of exactly four chapters. Never set it for the real site.
 */
export const ANY_CHAPTERS = process.env.EXPLAINER_ANY_CHAPTERS === '1';
