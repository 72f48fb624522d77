/**
 * The search script's own wording, for the page's edition. Only these strings travel to the browser;
 * labels of filters, types and chapters are read from the panel's radio buttons.
 */
import { searchResults as en } from '../../i18n/en/index.ts';
import { EDITIONS } from '../../site.ts';

const TABLES: Record<string, typeof en> = { en };
const lang = document.documentElement.lang;

export const t = TABLES[EDITIONS.find((e) => e.lang === lang)?.id ?? ''] ?? en;
