/**
 * The bar that offers a newer build, loaded by page.js only when a new worker is waiting beside the active
 * one (never on a first visit, so the first worker's claim of the page reloads nothing). Reload asks the
 * waiting worker to take over; every tab that loaded this module then reloads (controllerchange), so each
 * shows the new build whole. Until then, and in a tab whose reader dismisses the bar, the old worker and
 * the old build's files stay.
 */
import { updatePrompt } from '../../i18n/en/browser.ts';
import { ANCHORS } from '../../site.ts';
import { editionStrings } from '../strings.ts';
import type { WorkerMessage } from './protocol.ts';
import css from './update.css?inline';

const t = await editionStrings('updatePrompt', updatePrompt);

const sw = navigator.serviceWorker;
sw.addEventListener('controllerchange', () => location.reload());
// page.js loads this module from the registration it holds.
const registration = (await sw.getRegistration())!;
// None waits any more: the update was taken (in another tab) between page.js seeing it and this module
// arriving, as in a tab the browser had frozen in the background. This page is the old build: reload.
if (!registration.waiting) location.reload();
else {
  // A constructed stylesheet: no request (the bar works offline like the rest), and the CSP, which allows
  // no inline <style>, doesn't apply to stylesheets built through the CSSOM.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const bar = document.createElement('section');
  bar.className = 'update-bar no-print';
  bar.setAttribute('aria-label', t.label);
  const text = document.createElement('p');
  // Polite: announced once the reader's screen reader is idle, never interrupting.
  text.setAttribute('role', 'status');
  const actions = document.createElement('p');
  actions.className = 'actions';
  const button = (label: string, onClick: () => void) => {
    const b = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: label });
    b.addEventListener('click', onClick);
    return b;
  };
  const reload = button(t.reload, () => {
    reload.disabled = true;
    const message: WorkerMessage = { type: 'SKIP_WAITING' };
    // The newest waiting worker, should another build have arrived since the bar appeared. None waits
    // when another tab took the update already: then this tab is reloading.
    registration.waiting?.postMessage(message);
  });
  const dismiss = button(t.dismiss, () => {
    bar.remove();
    document.getElementById(ANCHORS.main)?.focus({ preventScroll: true });
  });
  actions.append(reload, dismiss);
  bar.append(text, actions);
  // Fixed at the bottom, but early in the tab order: right after the skip link, before the page's many links.
  const skipLink = document.querySelector('.skip-link');
  if (skipLink) skipLink.after(bar);
  else document.body.prepend(bar);
  // Filled after the region is in the page, so that screen readers announce it.
  requestAnimationFrame(() => (text.textContent = t.text));
}
