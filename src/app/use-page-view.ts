import { useEffect, useLayoutEffect, useRef } from 'react';
import { isResultsView } from '#src/search/criteria.ts';
import { currentCriteria, subscribeToCriteria } from '#src/search/use-criteria.ts';
import {
  currentBrowsePosition,
  restoreBrowsePosition,
  type BrowsePosition,
} from './browse-position.ts';
import { markResultsReady, setPageView } from './page-view.ts';

/**
 * Arranges the page as results while there is a search or a filter (see page-view.ts), and puts
 * the visitor back where they were on the profile when it ends.
 */
export function usePageView(resultsView: boolean, answered: boolean) {
  // Where the visitor was on the profile, taken the moment the address changes (before any render
  // for it), because by the time the results show, the page has already changed around them.
  const browsing = useRef<BrowsePosition | null>(null);
  const left = useRef<BrowsePosition | null | undefined>(undefined);
  useEffect(() => {
    let wasResults = isResultsView(currentCriteria());
    return subscribeToCriteria(() => {
      const results = isResultsView(currentCriteria());
      // Taken as the address turns to results, not on every keystroke after it: until the results
      // show, each later reading would force a layout of the page React is busy changing.
      if (results && !wasResults && document.documentElement.dataset.view !== 'results')
        browsing.current = currentBrowsePosition();
      wasResults = results;
    });
  }, []);
  useLayoutEffect(() => {
    // The address decides (the first render takes a prerendered page over as it was, before the
    // address's own search applies, and must not undo what the page's first script set).
    const results = isResultsView(currentCriteria());
    setPageView(results ? 'results' : 'browse');
    if (results && left.current === undefined) {
      left.current = browsing.current;
      window.scrollTo(0, 0);
    }
  }, [resultsView]);
  useLayoutEffect(() => {
    if (!answered) return;
    if (resultsView) markResultsReady();
    // Back on the profile once every section shows it whole again.
    else if (left.current !== undefined) {
      restoreBrowsePosition(left.current);
      left.current = undefined;
    }
  }, [answered, resultsView]);
}

/**
 * Moves the keyboard from the search box to the first result: the first paper's title, or else the
 * heading of the first section with matches (reachable by script only: tabindex -1).
 */
export function focusFirstResult() {
  const first = [...document.querySelectorAll<HTMLElement>('#main > [data-section]')].find(
    (section) => getComputedStyle(section).display !== 'none',
  );
  const target =
    first?.querySelector<HTMLElement>('article h4 a') ?? first?.querySelector<HTMLElement>('h2');
  if (!target) return;
  if (target.tagName === 'H2') target.tabIndex = -1;
  target.focus();
}
