/**
 * Blocks off the screen skip their layout (content-visibility: auto, `skip-offscreen` in
 * index.css) and count at an estimated height until they near it. A jump that is no link (the
 * scrollbar dragged, End, a script's scrollTo) lands among those estimates; a frame later the
 * blocks near the screen take their real heights and what the visitor reads moves (measured on
 * Song Han's page: layout shifts up to 0.98 on the desktop and 1.13 on the phone). Scroll anchoring
 * cannot hold it: the block that grows is the one on the screen.
 *
 * So while the browser is idle, the page measures every block once and makes its height the block's
 * estimate. Each block is laid out and read within one task and never painted: a block painted and
 * then skipped again is counted by Chromium as moving when it comes back. Deepest blocks come first,
 * so that a block is laid out with its inner blocks skipped at their measured heights.
 */

/** The page's blocks that skip their rendering off the screen (the utilities in index.css). */
const BLOCKS = '.render-when-visible, .paper-when-visible, .entry-when-visible';

/** The block that holds `element` (itself, if it is one), then each block around that one. */
function* blocksAround(element: Element | null): Generator<HTMLElement> {
  for (let b = element?.closest<HTMLElement>(BLOCKS); b; b = b.parentElement?.closest(BLOCKS)) {
    yield b;
  }
}

/** How long after the load the measuring waits: a visitor's first seconds are those of their first
 * taps and keys, and a phone's thread is theirs then (and Lighthouse counted each step of it into
 * TBT: tasks of 53-165 ms as at 4x). Not started by a first scroll: measuring blocks a jump has
 * just passed over moves what the visitor reads again (0.48-1.22 where it had been 0.07-0.22). */
const START_AFTER_MS = 5000;

/** How long a task of measuring goes on (for one block at least): a tap waits no longer behind it.
 * One block takes 1-2 ms on this project's machine, 4-9 ms at 4x slower (a section 12-49 ms). */
const SLICE_MS = 6;

/** Whether the page shows its blocks as the profile does: not the results view (its sections are
 * laid out as they are, and typing there must not share the thread), not laid out whole. */
function browsingProfile(): boolean {
  const root = document.documentElement;
  return root.dataset.view !== 'results' && root.dataset.renderAll === undefined;
}

/** Runs `work` when the browser is idle (a timer where it cannot say: Safari). */
function whenIdle(work: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(work);
  else setTimeout(work, 50);
}

/** A block's height without its padding and borders: what `contain-intrinsic-size` estimates;
 * nothing for a block that is not shown at all (display: none), which keeps its estimate. */
function contentHeight(block: HTMLElement): number | null {
  if (block.getClientRects().length === 0) return null;
  const style = getComputedStyle(block);
  const frame = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'] as const;
  const sides = frame.reduce((sum, side) => sum + (Number.parseFloat(style[side]) || 0), 0);
  return Math.max(0, block.getBoundingClientRect().height - sides);
}

/**
 * Measures `root`'s blocks while the browser is idle, a few at a time, and again those that a later
 * render adds or changes, and all of them when the width changes (text wraps otherwise).
 */
export function measureBlocksWhenIdle(root: HTMLElement): void {
  let measured = new WeakSet<Element>();
  let width = window.innerWidth;
  let scheduled = false;
  let started = false;
  const schedule = () => {
    // Said on <html> for tools and tests: the blocks have their measured heights.
    delete document.documentElement.dataset.heightsMeasured;
    if (scheduled || !started) return;
    scheduled = true;
    whenIdle(measureSome);
  };

  function measureSome() {
    scheduled = false;
    if (!browsingProfile()) return;
    // In reverse document order a block's inner blocks come before it.
    const pending = [...root.querySelectorAll<HTMLElement>(BLOCKS)]
      .filter((block) => !measured.has(block))
      .reverse();
    const stop = performance.now() + SLICE_MS;
    const laidOut = new Set<HTMLElement>();
    const heights = new Map<HTMLElement, number | null>();
    for (const block of pending) {
      // A block inside a skipped block is laid out only with that one.
      for (const b of blocksAround(block)) {
        if (laidOut.has(b)) break;
        b.dataset.measuring = '';
        laidOut.add(b);
      }
      heights.set(block, contentHeight(block));
      measured.add(block);
      if (performance.now() > stop) break;
    }
    for (const block of laidOut) delete block.dataset.measuring;
    for (const [block, height] of heights) {
      if (height !== null) block.style.containIntrinsicBlockSize = `auto ${height}px`;
    }
    if (heights.size < pending.length) schedule();
    else document.documentElement.dataset.heightsMeasured = 'true';
  }

  // A render adds blocks or changes what a block holds: those, and the blocks around them.
  new MutationObserver((records) => {
    if (!browsingProfile()) return;
    for (const { target } of records) {
      const element = target instanceof Element ? target : target.parentElement;
      for (const b of blocksAround(element)) measured.delete(b);
    }
    schedule();
  }).observe(root, { childList: true, subtree: true, characterData: true });

  // Back from the results view, the lists are rendered afresh.
  new MutationObserver(() => {
    measured = new WeakSet();
    schedule();
  }).observe(document.documentElement, { attributeFilter: ['data-view', 'data-render-all'] });

  window.addEventListener('resize', () => {
    if (window.innerWidth === width) return;
    width = window.innerWidth;
    measured = new WeakSet();
    schedule();
  });
  setTimeout(() => {
    started = true;
    schedule();
  }, START_AFTER_MS);
}
