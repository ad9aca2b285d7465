import { expect } from './fixtures.ts';

/**
 * Timings measured in the browser tests, each with its target. In `npm test` they are printed and
 * decide nothing: a shared machine's speed changes 2x from hour to hour, and a slow hour is no
 * fault of the code. With PERF_STRICT=1 (`npm run bench:browser`) a missed target fails the run.
 */
export const STRICT = process.env.PERF_STRICT === '1';

export interface Timing {
  label: string;
  value: number;
  /** The most the value may be; figures printed for information have none. */
  target?: number;
  unit: string;
  /** What the figure is, printed after it. */
  note?: string;
}

/** Prints each figure beside its target; in strict mode, fails for every one that misses it. */
export function reportTimings(title: string, timings: readonly Timing[]): void {
  const width = Math.max(...timings.map((t) => t.label.length));
  const lines = timings.map((t) => {
    const mark = t.target === undefined ? '    ' : t.value <= t.target ? 'ok  ' : 'MISS';
    const value = `${Math.round(t.value)} ${t.unit}`.padStart(9);
    const target = t.target === undefined ? 'no target' : `target at most ${t.target} ${t.unit}`;
    return `  ${mark} ${t.label.padEnd(width)} ${value}  (${target})${t.note ? `  ${t.note}` : ''}`;
  });
  const missed = timings.filter((t) => t.target !== undefined && t.value > t.target);
  console.log(
    [
      `${title}${STRICT ? ' [strict]' : ''}`,
      ...lines,
      missed.length > 0 && !STRICT
        ? '  (timings decide only with PERF_STRICT=1: npm run bench:browser)'
        : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  if (STRICT)
    expect(
      missed.map((t) => `${t.label}: ${Math.round(t.value)} ${t.unit} > ${t.target}`),
      'timings over target',
    ).toEqual([]);
}
