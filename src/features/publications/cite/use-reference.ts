import { useEffect, useState } from 'react';
import { paperToBibtex } from '#src/features/publications/bibtex.ts';
import type { Paper } from '#src/features/publications/publications-schema.ts';
import type { CiteChoice } from './cite-choices.ts';
import type { FormattedReference } from './format-reference.ts';
import { paperToCsl } from './paper-to-csl.ts';

export type ReferenceState =
  { status: 'loading' } | { status: 'failed' } | { status: 'ready'; reference: FormattedReference };

/**
 * A paper's reference in the chosen style. The CSL engine (and a style's file) loads on the first
 * ask: a visit that never cites never downloads it. `attempt` asks again after a failure.
 */
export function useReference(paper: Paper, choice: CiteChoice, attempt: number): ReferenceState {
  const [result, setResult] = useState<{ key: string; state: ReferenceState } | null>(null);
  const key = `${paper.id}|${choice}|${attempt}`;
  useEffect(() => {
    if (choice === 'bibtex') return;
    let current = true;
    import('./format-reference.ts')
      .then(({ formatReference }) => formatReference(paperToCsl(paper), choice))
      .then(
        (reference) => {
          if (current) setResult({ key, state: { status: 'ready', reference } });
        },
        () => {
          if (current) setResult({ key, state: { status: 'failed' } });
        },
      );
    return () => {
      current = false;
    };
  }, [paper, choice, key]);
  if (choice === 'bibtex') {
    const text = paperToBibtex(paper);
    return { status: 'ready', reference: { text, runs: [{ text }] } };
  }
  return result?.key === key ? result.state : { status: 'loading' };
}
