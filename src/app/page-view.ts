/**
 * The page's two views, set on <html> so that CSS arranges them (src/styles/index.css): the whole
 * profile, or results (a search, a filter, one paper) with the matches first and the rest
 * stepping aside. `data-results-ready` says the results on screen answer the address: until then a
 * shared link shows a note instead of the prerendered list, so that nothing on screen moves when
 * the answer arrives (a layout shift of 0).
 */
export type PageView = 'browse' | 'results';

export function setPageView(view: PageView): void {
  const root = document.documentElement;
  root.dataset.view = view;
  // The whole page laid out for a jump or a restored place (browse-position.ts) is no longer
  // needed: results come to the top, and skipping the papers off the screen keeps typing fast.
  if (view === 'results') delete root.dataset.renderAll;
}

export function markResultsReady(): void {
  document.documentElement.dataset.resultsReady = 'true';
}

/** Where the visitor's choice of theme is kept, read by the page's first script. */
export const THEME_STORAGE_KEY = 'theme';
