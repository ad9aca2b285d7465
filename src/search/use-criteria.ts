import {
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { EMPTY_CRITERIA, parseCriteria, serializeCriteria, type Criteria } from './criteria.ts';

/** How a change enters the browser history: filters push (so Back undoes them), typing replaces. */
export type HistoryMode = 'push' | 'replace';

const CHANGE_EVENT = 'criteriachange';

const getSearch = () => window.location.search;
const subscribeToNothing = () => () => {};

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

/** Calls `listener` whenever the address's criteria change (a navigation here, Back, Forward). */
export function subscribeToCriteria(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(CHANGE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(CHANGE_EVENT, listener);
  };
}

/** The visitor's search and filters, read from and written to the query string. */
export function useCriteria(): [Criteria, typeof navigateToCriteria] {
  // True while React takes over a prerendered page (it then reads the server's value).
  const hydrating = useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );
  // The prerendered page shows everything: that is where taking it over starts.
  const [search, setSearch] = useState(() => (hydrating ? '' : getSearch()));
  useEffect(() => {
    const follow = () => setSearch(getSearch());
    // The URL's own criteria apply once the page is taken over, as a transition: a part of the
    // page React has not taken over yet then waits for its code instead of showing a skeleton.
    startTransition(follow);
    return subscribeToCriteria(follow);
  }, []);
  const criteria = useMemo(() => parseCriteria(search), [search]);
  const update = useCallback<typeof navigateToCriteria>(
    (next, mode, hash) => navigateToCriteria(next, mode, hash),
    [],
  );
  return [criteria, update];
}
