/**
 * The "Read offline" page's control: saves every file of the build that the first visit didn't keep
 * (dist/offline-files.json) into the worker's cache for this build, with its size before, its progress
 * during, and a way to remove it after. The state lives in the cache itself, so it survives a reload: every
 * file present is saved. A save belongs to one build: the next build's worker deletes this build's cache
 * when it takes over, and the page then says that the new version needs saving again.
 */
import { offlineSave } from '../../i18n/en/browser.ts';
import { editionStrings } from '../strings.ts';
import type { OfflineFileList, WorkerMessage, WorkerStatus } from './protocol.ts';

const t = await editionStrings('offlineSave', offlineSave);
/** Files downloaded at once: enough to keep a slow connection busy, few enough to leave it usable. */
const PARALLEL = 4;

const root = document.querySelector<HTMLElement>('[data-offline-save]');
if (root) void attach(root);

async function attach(root: HTMLElement): Promise<void> {
  const find = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const size = find('[data-offline-size]');
  const saveButton = find<HTMLButtonElement>('[data-offline-save-button]');
  const removeButton = find<HTMLButtonElement>('[data-offline-remove]');
  const progressRow = find('[data-offline-progress]');
  const progress = find<HTMLProgressElement>('progress');
  const status = find('[data-offline-status]');
  document.querySelector('[data-needs-js]')?.remove();
  root.hidden = false;
  const stop = (text: string) => {
    status.textContent = text;
    saveButton.hidden = true;
  };

  const sw = navigator.serviceWorker;
  if (!sw || !('caches' in window)) return stop(t.unavailable);
  saveButton.disabled = true;
  status.textContent = t.preparing;
  // page.js registers the worker once the page has loaded.
  const registration = await sw.ready;
  status.textContent = '';
  const worker = await statusOf(registration.active!);
  if (!worker) return stop(t.newer);
  let list: OfflineFileList;
  try {
    list = (await (await fetch(worker.files)).json()) as OfflineFileList;
  } catch {
    return stop(t.offline);
  }
  // The server already has a newer build than the worker: files saved now would mix the two.
  if (list.build !== worker.build) return stop(t.newer);

  const files = list.save.map((f) => ({ url: new URL(f.url, worker.files).href, bytes: f.bytes }));
  // Which build a save was started for, so that after an update the page can say why the copy is gone.
  const startedKey = `explainer-offline-save ${registration.scope}`;
  const started = () => localStorage.getItem(startedKey);

  const show = async () => {
    const cache = await caches.open(worker.cache);
    const kept = new Set((await cache.keys()).map((r) => r.url));
    const missing = files.filter((f) => !kept.has(f.url));
    const left = formatSize(sum(missing));
    saveButton.disabled = false;
    saveButton.hidden = missing.length === 0;
    removeButton.hidden = missing.length === files.length;
    size.textContent = t.size(formatSize(sum(files)));
    size.hidden = missing.length === 0;
    if (missing.length === 0) status.textContent = t.saved;
    else if (started() === list.build) {
      status.textContent = t.stopped(files.length - missing.length, files.length);
      saveButton.textContent = t.resume(left);
    } else if (started()) {
      status.textContent = t.outdated;
      saveButton.textContent = t.again(left);
    } else saveButton.textContent = t.save(left);
    return { cache, missing };
  };

  saveButton.addEventListener('click', async () => {
    const { cache, missing } = await show();
    saveButton.disabled = true;
    removeButton.hidden = true;
    localStorage.setItem(startedKey, list.build);
    // Asks the browser not to clear the copy to make room for other sites (granted silently or not at all in most browsers).
    await navigator.storage?.persist?.().catch(() => false);
    const total = sum(missing);
    let done = 0;
    let announced = 0;
    progress.value = 0;
    progressRow.hidden = false;
    status.textContent = t.saving(0);
    const queue = [...missing];
    const download = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        let saved = false;
        try {
          // no-cache: checked with the server, never an older build's copy from the browser's HTTP cache.
          const response = await fetch(file.url, { cache: 'no-cache' });
          if (response.ok) await cache.put(file.url, response);
          saved = response.ok;
        } catch {}
        if (!saved) {
          // Offline, or the server is gone: the others stop after the file they are fetching.
          queue.length = 0;
          return;
        }
        done += file.bytes;
        const part = total ? done / total : 1;
        progress.value = part;
        // Announced at each quarter, not at every file.
        const quarter = Math.floor(part * 4);
        if (quarter > announced && quarter < 4) {
          announced = quarter;
          status.textContent = t.saving(quarter * 25);
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, download));
    progressRow.hidden = true;
    await show();
    if (registration.installing || registration.waiting) stop(t.newer);
    // The save button is gone once everything is saved: focus stays in the control.
    (saveButton.hidden ? removeButton : saveButton).focus();
  });

  removeButton.addEventListener('click', async () => {
    await caches.delete(worker.cache);
    localStorage.removeItem(startedKey);
    await show();
    status.textContent = t.removed;
    saveButton.focus();
  });

  await show();
}

/** The active worker's build and cache; undefined when it doesn't answer: a worker from before STATUS existed. */
function statusOf(active: ServiceWorker): Promise<WorkerStatus | undefined> {
  const channel = new MessageChannel();
  const message: WorkerMessage = { type: 'STATUS' };
  active.postMessage(message, [channel.port2]);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), 3000);
    channel.port1.onmessage = (event: MessageEvent<WorkerStatus>) => {
      clearTimeout(timer);
      resolve(event.data);
    };
  });
}

const sum = (files: readonly { bytes: number }[]) => files.reduce((n, f) => n + f.bytes, 0);

/** "640 kB", "1.6 MB", in the page's language. */
function formatSize(bytes: number): string {
  const mega = bytes >= 1e6;
  return new Intl.NumberFormat(document.documentElement.lang, { style: 'unit', unit: mega ? 'megabyte' : 'kilobyte', maximumFractionDigits: mega ? 1 : 0 }).format(
    bytes / (mega ? 1e6 : 1e3),
  );
}
