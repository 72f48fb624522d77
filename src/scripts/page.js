// The only script every page runs, inlined in <head>: applies the saved colour scheme before the first
// paint, runs the theme toggle, and loads search code only when the reader opens search.
(() => {
  const root = document.documentElement;
  let saved;
  try { saved = localStorage.getItem('theme'); } catch {}
  if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
  const isDark = () => (root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark';
  const dialog = () => document.getElementById('search-dialog');
  // The dialog opens at once, so no keystroke is lost; its script and Pagefind load behind it.
  const openSearch = (term) => {
    const d = dialog();
    if (!d) return;
    const input = d.querySelector('input[type=search]');
    if (!d.open) {
      d.returnFocus = document.activeElement;
      d.showModal();
    }
    if (term) input.value = term;
    input.focus();
    import(d.dataset.module).then(() => input.dispatchEvent(new Event('input')));
  };
  addEventListener('DOMContentLoaded', () => {
    for (const b of document.querySelectorAll('[data-theme-toggle]')) {
      b.hidden = false;
      b.setAttribute('aria-pressed', isDark());
    }
    if (/[?&]highlight=/.test(location.search) && dialog()) import(dialog().dataset.highlightModule);
  });
  addEventListener('click', (e) => {
    const t = e.target.closest ? e.target : e.target.parentElement;
    const b = t.closest('[data-theme-toggle]');
    if (b) {
      const next = isDark() ? 'light' : 'dark';
      root.dataset.theme = next;
      try { localStorage.setItem('theme', next); } catch {}
      b.setAttribute('aria-pressed', next === 'dark');
    }
    if (t.closest('[data-search-opener] input')) openSearch(t.value);
  });
  addEventListener('submit', (e) => {
    if (!e.target.matches('[data-search-opener]') || !dialog()) return;
    e.preventDefault();
    openSearch(e.target.q.value);
  });
  addEventListener('keydown', (e) => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName) || e.target.isContentEditable;
    if ((e.key === '/' && !typing) || (e.key === 'k' && (e.ctrlKey || e.metaKey))) {
      e.preventDefault();
      openSearch('');
    }
  });
})();
