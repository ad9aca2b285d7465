/** The page's two inline scripts, each allowed by its hash in the Content-Security-Policy. */
import { BROWSE_PLACE_STATE_KEY } from '#src/app/browse-position.ts';
import { THEME_STORAGE_KEY } from '#src/app/page-view.ts';
import { RESULTS_VIEW_PARAMS } from '#src/search/criteria.ts';

/**
 * The page's one inline script (allowed by its hash in the Content-Security-Policy). After the
 * first contentful paint it starts the data worker, which fetches and validates the data files at
 * once, and requests the app's scripts, together: they arrive in parallel and nothing is fetched
 * before the content has painted (on a slow network the HTML has the bandwidth to itself). The
 * scripts (React's chunk, then the app's) run one after the other, each in a task of its own: run
 * together, their start was one task that Lighthouse counted as 70-174 ms at 4x. The worker's early
 * answers wait on `self.siteData` for the app (src/lib/load-data.ts). In a hidden tab (nothing to
 * paint) it starts at once.
 */
export function bootstrapScript(
  scripts: readonly string[],
  dataWorker: string,
  dataFiles: readonly string[],
): string {
  const list = (values: readonly string[]) => JSON.stringify(values).replace(/</g, '\\u003c');
  return `(function () {
  ${restorePlace}
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var worker = new Worker(${list([dataWorker])}[0], { type: 'module' });
    var early = {};
    worker.addEventListener('message', function (event) {
      if (typeof event.data.id === 'string') early[event.data.id] = event.data;
    });
    ${list(dataFiles)}.forEach(function (file) {
      early[file] = null;
      worker.postMessage({ id: file, file: file, url: new URL('./data/' + file, document.baseURI).href });
    });
    self.siteData = { worker: worker, early: early };
    var scripts = ${list(scripts)};
    scripts.forEach(function (src) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = src;
      document.head.appendChild(link);
    });
    (function next(i) {
      if (i < scripts.length) import(scripts[i]).then(function () { setTimeout(next, 0, i + 1); });
    })(0);
  }
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (document.visibilityState === 'hidden') {
    start();
    return;
  }
  document.addEventListener('visibilitychange', start, { once: true });
  if (types && types.indexOf('paint') >= 0) {
    new PerformanceObserver(function (entries, observer) {
      if (entries.getEntriesByName('first-contentful-paint').length > 0) {
        observer.disconnect();
        start();
      }
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  }
})();`;
}

/** The place a reload or a return restores (src/app/browse-position.ts), or nothing. */
const savedPlace = `(history.state && history.state[${JSON.stringify(BROWSE_PLACE_STATE_KEY)}])`;

/**
 * Puts the visitor back at the place kept in the history entry, the content parsed and nothing
 * painted yet: every block laid out at its real height (the head script asked for it), so that the
 * place is exact and nothing moves after. The blocks stay laid out until a search begins
 * (src/app/page-view.ts): Chromium counts a block that was painted and then skipped again as
 * moving when it comes back on the screen (see src/app/measure-blocks.ts).
 */
const restorePlace = `var place = ${savedPlace};
  if (place && document.documentElement.dataset.renderAll === 'true') {
    var anchor = document.getElementById(place.id);
    if (anchor) window.scrollTo(0, anchor.getBoundingClientRect().top + window.scrollY - place.top);
  }`;

/**
 * The page's first script, in its head (allowed by its hash): before anything paints, it applies
 * the visitor's choice of theme and, for an address with a search or a filter, the results view
 * (src/app/page-view.ts), so that the first paint is already right and nothing moves after it; on
 * a reload or a return to a place on the profile, it has every block laid out for the restore.
 */
export function headScript(): string {
  return `(function () {
  var root = document.documentElement;
  try {
    var theme = localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  } catch (error) {}
  var place = ${savedPlace};
  if (place && typeof place.id === 'string' && typeof place.top === 'number')
    root.dataset.renderAll = 'true';
  var params = new URLSearchParams(location.search);
  var names = ${JSON.stringify(RESULTS_VIEW_PARAMS)};
  for (var i = 0; i < names.length; i++)
    if (params.getAll(names[i]).some(function (value) { return value.trim() !== ''; })) {
      root.dataset.view = 'results';
      return;
    }
})();`;
}
