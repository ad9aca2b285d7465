import { unstable_forceFrameRate } from 'scheduler';

// React renders a transition (a new result list, hydration) in slices, handing the thread back to
// the browser after each; by default every 5 ms. On a slow phone that is a few rows per slice, and
// the browser often paints a frame between two: the final answer to a query took up to 289 ms to
// show at 4x CPU slowdown. Slices of 10 ms halve the hand-overs (75-176 ms over the same runs);
// a keystroke still waits at most one slice. The same package instance as React DOM's (deduped).
unstable_forceFrameRate(100);
