/**
 * Wires one search panel (see SearchPanel.astro): results as you type, filters with counts behind a
 * button that says how many are chosen, "Did you mean …?" (a click or Enter searches it), arrow keys
 * between results, and a status line that screen readers announce.
 */
import { resultsSummary, urlWithQuery } from '../../lib/search.ts';
import { runSearch, type SearchOutcome } from './engine.ts';
import { renderResults, type Labels } from './results.ts';
import { t } from './strings.ts';

export interface SearchPanel {
  setQuery(term: string): void;
  input: HTMLInputElement;
}

export function attachSearch(root: HTMLElement, options: { syncUrl: boolean }): SearchPanel {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[data-filter]')];
  const moreButton = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filterToggle = root.querySelector<HTMLButtonElement>('[data-search-filters-toggle]')!;
  filterToggle.setAttribute('aria-controls', filterBox.id);
  filterToggle.setAttribute('aria-expanded', 'false');
  // "Did you mean …?", under the status line (made here: pages that never search don't carry it).
  const suggestBox = Object.assign(document.createElement('p'), { className: 'suggest', hidden: true });
  status.after(suggestBox);
  // What the reader sees for each filter value ("round-one" → "Round one"): its radio's label, read
  // before any count is written into it.
  const labels: Labels = new Map(radios.map((r) => [`${r.dataset.filter}:${r.value}`, r.labels?.[0]?.textContent?.trim() ?? r.value]));
  let latest = 0;
  let current: SearchOutcome | null = null;
  let shown = 0;

  function updateMoreButton(): void {
    const left = (current?.total ?? 0) - shown;
    moreButton.hidden = left <= 0;
    moreButton.textContent = t.more(left);
  }

  function selectedFilters(): Record<string, string[]> {
    const filters: Record<string, string[]> = {};
    for (const r of radios) if (r.checked && r.value) filters[r.dataset.filter!] = [r.value];
    return filters;
  }

  function showFilters(open: boolean): void {
    filterToggle.setAttribute('aria-expanded', String(open));
    filterBox.hidden = !open;
  }

  /** "Did you mean …?" with each suggestion a button that searches it. */
  function showSuggestions(outcome: SearchOutcome | null): void {
    const suggestions = outcome?.suggestions ?? [];
    suggestBox.hidden = suggestions.length === 0;
    suggestBox.replaceChildren();
    if (suggestions.length === 0) return;
    suggestBox.append(`${t.didYouMean} `);
    suggestions.forEach(({ text }, i) => {
      if (i > 0) suggestBox.append(` ${t.or} `);
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = text;
      button.addEventListener('click', () => {
        input.value = text;
        input.focus();
        void update();
      });
      suggestBox.append(button);
    });
    suggestBox.append(t.question);
  }

  async function update(): Promise<void> {
    const term = input.value;
    const run = ++latest;
    if (options.syncUrl) history.replaceState(history.state, '', urlWithQuery(location.href, term));
    if (!term.trim()) {
      list.replaceChildren();
      status.textContent = '';
      filterToggle.hidden = true;
      showFilters(false);
      current = null;
      showSuggestions(null);
      updateMoreButton();
      return;
    }
    let outcome;
    try {
      outcome = await runSearch(term, selectedFilters(), () => run === latest);
    } catch {
      if (run === latest) status.textContent = location.protocol === 'file:'
        ? t.needsServer
        : t.failed;
      return;
    }
    if (!outcome || run !== latest) return; // a newer keystroke has taken over
    current = outcome;
    shown = outcome.hits.length;
    renderResults(list, outcome.hits, labels);
    updateMoreButton();
    for (const span of root.querySelectorAll<HTMLElement>('[data-count]')) {
      const [name, value] = span.dataset.count!.split(/:(.*)/s);
      span.textContent = `(${outcome.counts[name!]?.[value!] ?? 0})`;
    }
    filterToggle.hidden = false;
    const active = Object.keys(selectedFilters()).length;
    filterToggle.textContent = t.filters(active);
    showSuggestions(outcome);
    status.textContent = outcome.unmatched.length > 0 && outcome.total > 0
      ? `${t.unmatched(outcome.unmatched, outcome.searched)} ${resultsSummary(outcome.searched, outcome.total, t)}`
      : resultsSummary(term, outcome.total, t);
  }

  function links(): HTMLAnchorElement[] {
    return [...list.querySelectorAll<HTMLAnchorElement>('a')];
  }

  input.addEventListener('input', () => void update());
  filterToggle.addEventListener('click', () => showFilters(filterToggle.getAttribute('aria-expanded') !== 'true'));
  moreButton.addEventListener('click', async () => {
    const outcome = current;
    if (!outcome) return;
    const first = list.children.length;
    const hits = await outcome.more();
    if (outcome !== current) return;
    shown += hits.length;
    renderResults(list, hits, labels, true);
    updateMoreButton();
    // Keyboard users continue from the first new result.
    list.children[first]?.querySelector('a')?.focus();
  });
  for (const r of radios) r.addEventListener('change', () => void update());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = links()[0];
    const suggestion = suggestBox.querySelector('button');
    if (first) first.focus();
    // Nothing found: Enter takes the first "Did you mean …?".
    else if (suggestion) suggestion.click();
    else void update();
  });
  // Arrow keys move between the input and the result links; Enter follows the focused link.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    if (all.length === 0) return;
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && at === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]!.focus();
  });

  return {
    input,
    setQuery(term: string) {
      input.value = term;
      void update();
    },
  };
}
