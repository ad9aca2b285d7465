import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { EMPTY_CRITERIA, parseCriteria, serializeCriteria, type Criteria } from './criteria.ts';

/** How a change enters the browser history: filters push (so Back undoes them), typing replaces. */
export type HistoryMode = 'push' | 'replace';

const CHANGE_EVENT = 'criteriachange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

const getSearch = () => window.location.search;
// The prerendered page shows everything; the URL's criteria apply once the app has taken over.
const getServerSearch = () => '';

export function currentCriteria(): Criteria {
  return typeof window === 'undefined' ? EMPTY_CRITERIA : parseCriteria(window.location.search);
}

export function navigateToCriteria(
  next: Criteria | ((current: Criteria) => Criteria),
  mode: HistoryMode,
  hash?: string,
): void {
  const criteria = typeof next === 'function' ? next(currentCriteria()) : next;
  const url = `${window.location.pathname}${serializeCriteria(criteria)}${hash ?? window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** The visitor's search and filters, read from and written to the query string. */
export function useCriteria(): [Criteria, typeof navigateToCriteria] {
  const search = useSyncExternalStore(subscribe, getSearch, getServerSearch);
  const criteria = useMemo(() => parseCriteria(search), [search]);
  const update = useCallback<typeof navigateToCriteria>(
    (next, mode, hash) => navigateToCriteria(next, mode, hash),
    [],
  );
  return [criteria, update];
}
