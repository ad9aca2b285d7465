// The one function the app takes from React's scheduler, which ships no types of its own.
declare module 'scheduler' {
  /** How often per second the scheduler hands the thread back: every 1000 / fps ms (5 ms unset). */
  export function unstable_forceFrameRate(fps: number): void;
}
