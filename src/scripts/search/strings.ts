/**
 * The search script's own wording, for the page's edition. Only these strings travel to the browser;
 * labels of filters, types and chapters are read from the panel's radio buttons.
 */
import { searchResults as en } from '../../i18n/en/browser.ts';
import { editionStrings } from '../strings.ts';

export const t = await editionStrings('searchResults', en);
