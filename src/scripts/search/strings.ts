/**
 * The search script's own wording, for the page's edition. Only these strings travel to the browser;
 * labels of filters, types and chapters are read from the panel's radio buttons.
 */
import { searchResults as en } from '../../i18n/en/index.ts';
import { editionStrings } from '../strings.ts';

export const t = editionStrings({ en }, en);
