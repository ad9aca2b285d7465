import type { ReactNode } from 'react';
import { foldText } from '#src/lib/text.ts';
import { segmentText, type TextSegment } from './tokenize.ts';

// A list re-renders the same titles and names with each keystroke's terms: each text is split
// into words once. Bounded, so that a long session over a large list does not grow it forever.
const segmentCache = new Map<string, { folded: string; segments: TextSegment[] }>();
const SEGMENT_CACHE_SIZE = 4000;

function segmentsOf(text: string) {
  let entry = segmentCache.get(text);
  if (!entry) {
    entry = { folded: foldText(text), segments: segmentText(text) };
    if (segmentCache.size >= SEGMENT_CACHE_SIZE) segmentCache.clear();
    segmentCache.set(text, entry);
  }
  return entry;
}

/** Pieces of a text: plain runs and matched words, with neighbours of a kind joined (fewer DOM
 * nodes; matched CJK characters side by side make one mark). */
export function highlightPieces(
  text: string,
  terms: ReadonlySet<string>,
): Array<{ text: string; match: boolean }> {
  const { folded, segments } = segmentsOf(text);
  // A word can match only where its folded form occurs in the folded text: most texts have none.
  if (![...terms].some((term) => folded.includes(term))) return [{ text, match: false }];
  const pieces: Array<{ text: string; match: boolean }> = [];
  for (const segment of segments) {
    const match = segment.forms.some((form) => terms.has(form));
    const last = pieces[pieces.length - 1];
    if (last && last.match === match) last.text += segment.text;
    else pieces.push({ text: segment.text, match });
  }
  return pieces;
}

/**
 * The text with every word the search matched wrapped in <mark>; the text itself when nothing
 * matched. A function, not a component: a page shows hundreds of these, and as plain children
 * they add no component (nor, for an element's only text, any node) for React to hydrate.
 * Renders text only, never HTML.
 */
export function highlight(text: string, terms: ReadonlySet<string>): ReactNode {
  if (terms.size === 0) return text;
  const pieces = highlightPieces(text, terms);
  if (pieces.length === 1 && !pieces[0]?.match) return text;
  return pieces.map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : piece.text));
}
