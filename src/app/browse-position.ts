/**
 * Where the visitor is on the profile, kept as they scroll it: the element at the top of the
 * screen (the nearest one with an id: a paper, a section) and how far below the top it is. Blocks
 * off the screen are laid out only as they come near it (content-visibility), so a scroll offset
 * alone would point elsewhere once the page has changed; an element stays where it is.
 */
export interface BrowsePosition {
  id: string;
  /** The element's distance from the top of the screen. */
  top: number;
}

/** Where the history entry keeps the visitor's place for a reload or a return to the page; the
 * page's inline scripts restore it before the first paint (scripts/site-files/inline-scripts.ts). */
export const BROWSE_PLACE_STATE_KEY = 'browsePlace';

/** Below the sticky search bar: the first content a visitor sees. */
const PROBE_Y = 120;

export function currentBrowsePosition(): BrowsePosition | null {
  // Not every DOM has hit-testing (jsdom has none): then the place is simply not kept.
  if (typeof document.elementFromPoint !== 'function') return null;
  const probe = document.elementFromPoint(window.innerWidth / 2, PROBE_Y);
  const anchor = probe?.closest<HTMLElement>('[id]:not(#root):not(#main)');
  if (!anchor) return null;
  return { id: anchor.id, top: anchor.getBoundingClientRect().top };
}

/** Puts the visitor back where they were: every block laid out first, so the jump is exact. */
export function restoreBrowsePosition(position: BrowsePosition | null): void {
  if (!position) return;
  const anchor = document.getElementById(position.id);
  if (!anchor) return;
  document.documentElement.dataset.renderAll = 'true';
  window.scrollTo(0, anchor.getBoundingClientRect().top + window.scrollY - position.top);
}

/** How long scrolling pauses before the place is kept. */
const SCROLL_PAUSE_MS = 200;

/**
 * Keeps the visitor's place on the profile in the history entry as they scroll, for the page's
 * inline scripts to restore on a reload or a return (a phone reloads a tab it has discarded). The
 * browser's own restoration would not do: it restores a scroll offset, which the blocks laid out
 * at estimated heights (content-visibility) make point elsewhere, and the page then moves under
 * the visitor as the blocks near the screen take their real heights. Kept as scrolling pauses,
 * not as the page is left: Chromium keeps no change made to the entry while a reload unloads it.
 */
export function keepPlaceAcrossReloads(): void {
  window.history.scrollRestoration = 'manual';
  const keep = () => {
    const browsing = document.documentElement.dataset.view !== 'results' && window.scrollY > 0;
    const place = browsing ? currentBrowsePosition() : null;
    const state: unknown = window.history.state;
    const others = typeof state === 'object' && state !== null ? state : {};
    window.history.replaceState({ ...others, [BROWSE_PLACE_STATE_KEY]: place }, '');
  };
  let pause: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener(
    'scroll',
    () => {
      clearTimeout(pause);
      pause = setTimeout(keep, SCROLL_PAUSE_MS);
    },
    { passive: true },
  );
}
