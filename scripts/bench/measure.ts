/** What bench.ts measures with: memory, timing statistics, keystrokes and precision@10. */
import type { SearchIndex } from '#src/search/engine/search-index.ts';
import type { SyntheticPaper } from './synthetic-papers.ts';

const gc = (globalThis as { gc?: () => void }).gc;
/** The JS heap in use, after a collection where node runs with --expose-gc. */
export function heapMb(): number {
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

/** The index's typed arrays (postings, phrases), which live outside the JS heap. */
export function typedArraysMb(index: SearchIndex): number {
  const { words, fieldStart, fieldIsName, docFields } = index.phrases;
  const buffers = new Set<ArrayBufferLike>(
    [words, fieldStart, fieldIsName, docFields].map((array) => array.buffer),
  );
  for (const postings of [index.strong, index.weak])
    for (const { docs, weights } of postings.values()) {
      buffers.add(docs.buffer);
      buffers.add(weights.buffer);
    }
  return [...buffers].reduce((sum, buffer) => sum + buffer.byteLength, 0) / 1e6;
}

/** The median, 95th percentile and slowest of some timings. */
export function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0 };
}
export const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
export const fmt = (s: ReturnType<typeof stats>) =>
  `median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)}`;

/** Every prefix of each query, as a visitor types it letter by letter. */
export function keystrokes(queries: readonly string[]): string[] {
  return queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
}

/** How long each query takes, in ms. */
export function timeEach(queries: readonly string[], run: (q: string) => void): number[] {
  return queries.map((q) => {
    const start = performance.now();
    run(q);
    return performance.now() - start;
  });
}

/** The share of the first ten hits that are relevant. */
export function precisionAt10(
  ids: readonly string[],
  byId: Map<string, SyntheticPaper>,
  relevant: (p: SyntheticPaper) => boolean,
) {
  const top = ids.slice(0, 10);
  if (top.length === 0) return 0;
  return (
    top.filter((id) => {
      const paper = byId.get(id);
      return paper !== undefined && relevant(paper);
    }).length / top.length
  );
}
