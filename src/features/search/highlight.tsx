import { segmentText } from './tokenize.ts';

interface HighlightProps {
  text: string;
  terms: ReadonlySet<string>;
}

/** The text with every word the search matched wrapped in <mark>. Renders text only, never HTML. */
export function Highlight({ text, terms }: HighlightProps) {
  if (terms.size === 0) return <>{text}</>;
  return (
    <>
      {segmentText(text).map((segment, i) =>
        segment.forms.some((form) => terms.has(form)) ? (
          <mark key={i}>{segment.text}</mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
