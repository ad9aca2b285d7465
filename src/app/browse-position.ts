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
