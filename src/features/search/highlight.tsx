import { segmentText } from './tokenize.ts';

interface HighlightProps {
  text: string;
  terms: ReadonlySet<string>;
}

/** Pieces of a text: plain runs and matched words, with plain runs joined (fewer DOM nodes). */
export function highlightPieces(
  text: string,
  terms: ReadonlySet<string>,
): Array<{ text: string; match: boolean }> {
  const pieces: Array<{ text: string; match: boolean }> = [];
  for (const segment of segmentText(text)) {
    const match = segment.forms.some((form) => terms.has(form));
    const last = pieces[pieces.length - 1];
    if (last && !last.match && !match) last.text += segment.text;
    else pieces.push({ text: segment.text, match });
  }
  return pieces;
}

/** The text with every word the search matched wrapped in <mark>. Renders text only, never HTML. */
export function Highlight({ text, terms }: HighlightProps) {
  if (terms.size === 0) return <>{text}</>;
  return (
    <>
      {highlightPieces(text, terms).map((piece, i) =>
        piece.match ? <mark key={i}>{piece.text}</mark> : piece.text,
      )}
    </>
  );
}
