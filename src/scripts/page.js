// Inlined in every page's <head> (budget: 1 KB gzip): theme, search on demand, offline worker.
// Plain JavaScript, not TypeScript: its DOM shortcuts (any event target, a property set on the dialog)
// would need casts that guard nothing.
(() => {
  const root = document.documentElement;
  const byId = (id) => document.getElementById(id);
  try {
    const saved = localStorage.theme;
    if (saved == 'light' || saved == 'dark') root.dataset.theme = saved;
  } catch {}
  const isDark = () => root.dataset.theme ? root.dataset.theme == 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  let loaded;
  // The dialog (on every page, from BaseLayout) opens at once, so no keystroke is lost; its script and
  // Pagefind load behind it.
  const openSearch = (term) => {
    const d = byId('search-dialog');
    const input = d.querySelector('input[type=search]');
    if (!d.open) {
      d.returnFocus = document.activeElement;
      d.showModal();
    }
    const changed = term && term != input.value;
    if (changed) input.value = term;
    input.focus();
    // Search what is in the field once the module has loaded, and again only for a new term: searching
    // the same term again would redraw the results under a reader already moving through them.
    import(d.dataset.module).then(() => {
      if (!loaded || changed) input.dispatchEvent(new Event('input'));
      loaded = 1;
    });
  };
  addEventListener('DOMContentLoaded', () => {
    for (const b of document.querySelectorAll('[data-theme-toggle]')) {
      b.hidden = false;
      b.ariaPressed = isDark();
    }
    for (const b of document.querySelectorAll('[data-print]')) b.hidden = false;
    if (location.search.includes('highlight=')) import(byId('search-dialog').dataset.highlightModule);
  });
  // After load, so offline caching never delays the page.
  addEventListener('load', () => {
    const n = byId('needs-server');
    if (location.protocol == 'file:') n.hidden = false;
    // A ZIM copy for Kiwix has no worker (src/hosting/zim-transform.ts drops data-sw).
    else if (n.dataset.sw) navigator.serviceWorker?.register(n.dataset.sw).then((r) => {
      // A newer build's worker waits beside the active one: the bar that offers it loads only then.
      const offer = () => r.waiting && r.active && import(n.dataset.update);
      offer();
      r.onupdatefound = () => (r.installing.onstatechange = offer);
    });
  });
  addEventListener('click', (e) => {
    // A click can land on a text node, which has no closest(): start from its element.
    const t = e.target.closest ? e.target : e.target.parentElement;
    const b = t.closest('[data-theme-toggle]');
    if (b) {
      const next = isDark() ? 'light' : 'dark';
      root.dataset.theme = next;
      try { localStorage.theme = next; } catch {}
      b.ariaPressed = next == 'dark';
    }
    if (t.closest('[data-search-opener] input')) openSearch(t.value);
    if (t.closest('[data-print]')) print();
    // The phone's sticky contents box closes once a section is chosen (after the jump), so it doesn't cover it.
    const toc = t.closest('.toc a') && t.closest('details');
    if (toc) setTimeout(() => (toc.open = false));
  });
  // Typing in the header field (reached by Tab) opens the dialog with what was typed, so results are live.
  addEventListener('input', (e) => e.target.closest('[data-search-opener]') && openSearch(e.target.value));
  addEventListener('submit', (e) => {
    if (!e.target.matches('[data-search-opener]')) return;
    e.preventDefault();
    openSearch(e.target.querySelector('[type=search]').value); // named pattern in a ZIM copy, for Kiwix
  });
  addEventListener('keydown', (e) => {
    // Escape closes the header menu (a disclosure) from inside it, as it closes other menus.
    const menu = e.key == 'Escape' && e.target.closest('.menu[open]');
    if (menu) {
      menu.open = false;
      menu.firstElementChild.focus();
    }
    // The site's fields, where "/" is typed (it has no editable regions).
    const typing = e.target.closest('input,textarea,select');
    if ((e.key == '/' && !typing) || (e.key == 'k' && (e.ctrlKey || e.metaKey))) {
      e.preventDefault();
      openSearch('');
    }
  });
})();
