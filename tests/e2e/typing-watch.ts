/**
 * For scale.spec.ts: what the list must show for a query (computed here with the page's own search
 * engine), and a watcher in the page that times, frame by frame from each keystroke, when it does.
 */
import type { Page } from '@playwright/test';
import type { Paper } from '#src/features/publications/publications-schema.ts';
import { paperSearchDoc } from '#src/features/publications/publications-search.ts';
import { buildSearchIndex } from '#src/search/engine/build.ts';
import { searchIndex } from '#src/search/engine/query.ts';
import { FIELD_WEIGHT } from '#src/search/search-doc.ts';
import { sortPapers } from '#src/features/publications/filter-publications.ts';
import { orderPapers } from '#src/features/publications/order-papers.ts';
import { sortMode } from '#src/search/criteria.ts';
import { paperAnchorId } from '#src/features/publications/publication-item.tsx';
import { PAPERS_PER_PAGE } from '#src/features/publications/publications-section.tsx';
import { messages } from '#src/i18n/messages/en.ts';

/** An answer as the list shows it: its status line and its first papers' element ids. */
export interface ExpectedList {
  count: number;
  status: string;
  articleIds: string[];
}

/**
 * What the query must show: with abstracts indexed (complete), or, if the last key comes before the
 * worker has indexed them, from names, authors and venues (partial). The page lists the papers
 * newest first and its worker indexes them in that order (equal matches keep it); with a query the
 * list shows the best match first (the default order).
 */
export function expectedAnswers(papers: readonly Paper[], query: string) {
  const pagePapers = sortPapers(papers);
  const docs = pagePapers.map((p) =>
    paperSearchDoc(p, { topics: new Map(), types: messages.paper.types }),
  );
  const answerTo = (index: ReturnType<typeof buildSearchIndex>): ExpectedList => {
    const hits = searchIndex(index, query).hits;
    const matched = hits.flatMap((hit) => pagePapers[hit.doc] ?? []);
    return {
      count: hits.length,
      status: messages.publications.countOf(hits.length, papers.length),
      articleIds: orderPapers(matched, sortMode({ q: query, sort: null }))
        .slice(0, PAPERS_PER_PAGE)
        .map((paper) => paperAnchorId(paper.id)),
    };
  };
  return {
    complete: answerTo(buildSearchIndex(docs)),
    partial: answerTo(
      buildSearchIndex(
        docs.map((doc) => ({
          ...doc,
          fields: doc.fields.filter((f) => f.weight > FIELD_WEIGHT.text),
        })),
      ),
    ),
  };
}

export interface Timing {
  slowestEvents: Array<{ name: string; duration: number; startTime: number }>;
  /** When each key went down, to tell which keystroke an event belonged to. */
  keyTimes: number[];
  lastKeyAt: number;
  /** When the list first showed the last query's answer (from names alone, or with abstracts). */
  settledAt: number;
  /** When it first showed the answer with every match (abstracts indexed). */
  fullAt: number;
  /** When that answer's whole page of papers was on screen. */
  filledAt: number;
}

/**
 * Times, from each keystroke, when the list shows the partial answer, the complete one, and its
 * whole page (read with answerTimes).
 */
export async function watchAnswers(
  page: Page,
  answers: { complete: ExpectedList; partial: ExpectedList; firstRows: number },
) {
  await page.addInitScript(
    ({
      complete,
      partial,
      firstRows,
    }: {
      complete: ExpectedList;
      partial: ExpectedList;
      firstRows: number;
    }) => {
      const w = window as unknown as Timing;
      w.slowestEvents = [];
      w.keyTimes = [];
      // Timed in the page, frame by frame from each keystroke: the list shows an answer when it is
      // not busy, its status gives that answer's count and its first papers are that answer's, in
      // its order. (A count or aria-busy alone is not enough: the previous query's answer can have
      // the same count, and an answer that arrived before the list caught up shows without
      // aria-busy ever turning on.)
      const shows = (answer: ExpectedList, upTo: number) => {
        const rows = Math.min(upTo, answer.articleIds.length);
        if (document.querySelector('#publications')?.getAttribute('aria-busy') !== 'false')
          return false;
        if (document.querySelector('#publications-heading + p')?.textContent !== answer.status)
          return false;
        const articles = document.querySelectorAll('#publications article');
        if (articles.length < rows) return false;
        for (let i = 0; i < rows; i++) if (articles[i]?.id !== answer.articleIds[i]) return false;
        return true;
      };
      const watch = (key: number) => {
        if (key !== w.lastKeyAt) return;
        const now = performance.now();
        if (!w.fullAt && shows(complete, firstRows)) w.fullAt = now;
        if (!w.settledAt && (w.fullAt || shows(partial, firstRows))) w.settledAt = now;
        if (w.fullAt && !w.filledAt && shows(complete, Infinity)) w.filledAt = now;
        if (!w.filledAt) requestAnimationFrame(() => watch(key));
      };
      document.addEventListener(
        'keydown',
        (event) => {
          // From the moment the key went down (the time Event Timing gives it too), not from when
          // this listener got to run.
          w.lastKeyAt = event.timeStamp;
          w.keyTimes.push(w.lastKeyAt);
          w.settledAt = w.fullAt = w.filledAt = 0;
          requestAnimationFrame(() => watch(w.lastKeyAt));
        },
        true,
      );
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.slowestEvents.push({
            name: entry.name,
            duration: entry.duration,
            startTime: entry.startTime,
          });
      }).observe({
        type: 'event',
        durationThreshold: 16,
        buffered: true,
      } as PerformanceObserverInit);
    },
    answers,
  );
}

/** How long after the last keystroke the list showed each answer (watchAnswers), in ms. */
export async function answerTimes(page: Page) {
  await page.waitForFunction(() => (window as unknown as Timing).filledAt > 0, undefined, {
    polling: 50,
    timeout: 60_000,
  });
  return page.evaluate(() => {
    const w = window as unknown as Timing;
    return {
      resultsAfter: Math.round(w.settledAt - w.lastKeyAt),
      fullAfter: Math.round(w.fullAt - w.lastKeyAt),
      filledAfter: Math.round(w.filledAt - w.lastKeyAt),
      events: w.slowestEvents,
      keyTimes: w.keyTimes,
    };
  });
}
