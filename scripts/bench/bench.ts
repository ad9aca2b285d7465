/**
 * Search at scale: for synthetic publication lists of 1,000, 10,000 and 50,000 papers (with
 * abstracts), prints index build time, memory, per-keystroke latency of the whole search
 * pipeline (search and ranking, the list's order, filters, filter counts), and the top hits for fixed queries,
 * next to plain fuse.js over the same papers as the baseline.
 *
 * The targets (at 10,000 papers: p95 per keystroke at most 16 ms, precision@10 of 1.0 on every
 * fixed query) decide the exit code: this is where timings are held, not in `npm test`.
 *
 *   npm run bench                  # all sizes
 *   npm run bench -- 10000         # one size
 */
import Fuse from 'fuse.js';
import {
  facetCatalog,
  filterPapers,
  sortPapers,
} from '#src/features/publications/filter-publications.ts';
import { orderPapers } from '#src/features/publications/order-papers.ts';
import { publicationFacets } from '#src/features/publications/publication-facets.ts';
import { paperSearchDoc } from '#src/features/publications/publications-search.ts';
import { EMPTY_CRITERIA, sortMode } from '#src/search/criteria.ts';
import { createIndexBuilder } from '#src/search/engine/build.ts';
import { forgetCandidates } from '#src/search/engine/candidates.ts';
import { searchIndex } from '#src/search/engine/query.ts';
import type { SearchDoc } from '#src/search/search-doc.ts';
import {
  fmt,
  heapMb,
  keystrokes,
  ms,
  precisionAt10,
  stats,
  timeEach,
  typedArraysMb,
} from './measure.ts';
import { syntheticPapers, type SyntheticPaper } from './synthetic-papers.ts';
import { messages } from '#src/i18n/messages/en.ts';

const TYPED = [
  'quantization',
  'efficient pruning',
  'song han',
  'neural architecture search mobile',
];
const TYPOS = ['quantizaton', 'transfomers', 'architecure search', 'muller'];
/** Fixed queries with what a good answer must contain (in the title or authors), for precision@10. */
const QUALITY: Array<{ query: string; relevant: (p: SyntheticPaper) => boolean }> = [
  { query: 'quantization', relevant: (p) => /quantiz/i.test(p.title) },
  { query: 'quantizaton', relevant: (p) => /quantiz/i.test(p.title) },
  {
    query: 'sparse convolution',
    relevant: (p) => /sparse/i.test(p.title) && /convolution/i.test(p.title),
  },
  {
    query: 'point cloud driving',
    relevant: (p) => /point cloud/i.test(p.title) && /driving/i.test(p.title),
  },
  { query: 'song han', relevant: (p) => (p.authors ?? []).includes('Song Han') },
  { query: 'müller', relevant: (p) => (p.authors ?? []).some((a) => a.endsWith('Müller')) },
];

/** The list size the targets are set for, and the targets. */
const TARGET_SIZE = 10_000;
const TARGET = { keystrokeP95: 16, precision: 1 } as const;
const missed: string[] = [];

/** As in the browser's worker: names, authors and venues first, then abstracts on top of them. */
function buildAsTheWorkerDoes(docs: readonly SearchDoc[]) {
  const start = performance.now();
  const builder = createIndexBuilder();
  for (const doc of docs) builder.addNames(doc);
  builder.finish();
  const namesReady = performance.now() - start;
  docs.forEach((doc, at) => builder.addText(at, doc));
  const index = builder.finish();
  return { index, namesReady, fullReady: performance.now() - start };
}

function benchSize(count: number) {
  console.log(`\n=== ${count.toLocaleString('en')} papers (with abstracts) ===`);
  // In the page's order (newest first), which the worker indexes them in.
  const papers = sortPapers(syntheticPapers(count));
  const byId = new Map(papers.map((p) => [p.id, p]));
  // What the browser's worker indexes: title, names, authors, venue and facets, and the abstract.
  const docs: SearchDoc[] = papers.map((paper) =>
    paperSearchDoc(paper, { topics: new Map(), types: messages.paper.types }),
  );

  // Before: plain fuse.js, as a site would use it.
  const fuseKeys = [
    { name: 'title', weight: 1 },
    { name: 'authors', weight: 0.7 },
    { name: 'venue', weight: 0.5 },
  ];
  const start = performance.now();
  const plain = new Fuse(papers, {
    keys: fuseKeys,
    ignoreLocation: true,
    threshold: 0.3,
    ignoreDiacritics: true,
  });
  const plainBuild = performance.now() - start;
  const plainAbstract = new Fuse(papers, {
    keys: [...fuseKeys, { name: 'abstract', weight: 0.35 }],
    ignoreLocation: true,
    threshold: 0.3,
    ignoreDiacritics: true,
  });
  // Plain fuse.js is slow: a sample of keystrokes is enough to show it.
  const sample = keystrokes(TYPED).filter((_, i) => i % (count > 10_000 ? 8 : 3) === 0);
  const plainTimes = timeEach(sample, (q) => plain.search(q));
  const plainAbstractTimes =
    count <= 10_000 ? timeEach(sample.slice(0, 6), (q) => plainAbstract.search(q)) : [];
  console.log('before: plain fuse.js');
  console.log(`  index           ${ms(plainBuild)}`);
  console.log(
    `  per keystroke   ${fmt(stats(plainTimes))}  (title, authors, venue; ${sample.length} keystrokes)`,
  );
  if (plainAbstractTimes.length > 0)
    console.log(`  with abstracts  ${fmt(stats(plainAbstractTimes))}`);

  // After: this site's engine and pipeline.
  const heapBefore = heapMb();
  const { index, namesReady, fullReady } = buildAsTheWorkerDoes(docs);
  // The builder is gone by now: what remains is the index.
  const heapAfter = heapMb();

  const catalog = facetCatalog(papers, [], messages.paper.types);
  const pipeline = (q: string) => {
    const hits = searchIndex(index, q).hits;
    // As the page does: an answer names papers by their place in the list it indexed, and the
    // list takes them in the order asked for (the default: best match first).
    const found: SyntheticPaper[] = [];
    for (const hit of hits) {
      const paper = papers[hit.doc];
      if (paper) found.push(paper);
    }
    const criteria = { ...EMPTY_CRITERIA, q };
    const matched = orderPapers(found, sortMode(criteria));
    filterPapers(matched, criteria);
    publicationFacets(catalog, matched, criteria);
  };
  // One untimed pass first, as in a browser tab that has been open a moment: the JIT has warmed up.
  keystrokes([...TYPED, ...TYPOS]).forEach(pipeline);
  forgetCandidates(index);
  const typed = timeEach(keystrokes(TYPED), pipeline);
  const multi = timeEach(
    ['neural architecture search', 'sparse point cloud lidar', 'efficient transformers on gpus'],
    pipeline,
  );
  const authors = timeEach(keystrokes(['ji lin', 'wang', 'garcía']), pipeline);
  const typos = timeEach(TYPOS, pipeline);
  const all = [...typed, ...multi, ...authors, ...typos];
  console.log('after: this site (inverted index + fuse.js over the vocabulary)');
  console.log(
    `  index           names ready ${ms(namesReady)}, with abstracts ${ms(fullReady)}; vocabulary ${index.vocabulary.terms.length.toLocaleString('en')} words`,
  );
  console.log(
    `  memory          ${(heapAfter - heapBefore + typedArraysMb(index)).toFixed(1)} MB for the index (${typedArraysMb(index).toFixed(1)} MB of it in typed arrays)${gc ? '' : ' (run with --expose-gc for exact figures)'}`,
  );
  const overall = stats(all);
  console.log(
    `  per keystroke   ${fmt(overall)}  (search + ranking + order + filters + counts; ${all.length} keystrokes)` +
      (count === TARGET_SIZE ? `  target p95 at most ${TARGET.keystrokeP95} ms` : ''),
  );
  if (count === TARGET_SIZE && overall.p95 > TARGET.keystrokeP95)
    missed.push(
      `${count} papers: p95 per keystroke ${ms(overall.p95)} > ${TARGET.keystrokeP95} ms`,
    );
  console.log(`    typed letter by letter  ${fmt(stats(typed))}`);
  console.log(`    multi-word              ${fmt(stats(multi))}`);
  console.log(`    author names            ${fmt(stats(authors))}`);
  console.log(`    typos                   ${fmt(stats(typos))}`);

  console.log(
    'top hits (precision@10: share of the first ten that are right; this site | plain fuse.js)',
  );
  for (const { query, relevant } of QUALITY) {
    const ours = searchIndex(index, query).hits.map((h) => h.id);
    const theirs = plain.search(query).map((r) => r.item.id);
    const top = (byId.get(ours[0] ?? '')?.title ?? '—').slice(0, 60);
    const precision = precisionAt10(ours, byId, relevant);
    if (count === TARGET_SIZE && precision < TARGET.precision)
      missed.push(
        `${count} papers: precision@10 of ${JSON.stringify(query)} ${precision.toFixed(1)}`,
      );
    console.log(
      `  ${JSON.stringify(query).padEnd(22)} ${precision.toFixed(1)} | ${precisionAt10(theirs, byId, relevant).toFixed(1)}` +
        `   ${String(ours.length).padStart(6)} | ${String(theirs.length).padStart(6)} hits   top: ${top}`,
    );
  }
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
console.log(`Search benchmark, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
for (const size of sizes.length > 0 ? sizes : [1_000, 10_000, 50_000]) benchSize(size);
if (missed.length > 0) {
  console.error(`\nbench: target missed: ${missed.join('; ')}`);
  process.exitCode = 1;
} else if (sizes.length === 0 || sizes.includes(TARGET_SIZE)) {
  console.log(`\nbench: every target met at ${TARGET_SIZE.toLocaleString('en')} papers`);
}
