/**
 * The filter panel as the page uses it, for component tests: it narrows the criteria it is given
 * and counts over the papers, and records each change with how it entered the history.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useRef, useState } from 'react';
import { messages } from '#src/i18n/messages/en.ts';
import { MessagesProvider } from '#src/i18n/messages-context.tsx';
import { EMPTY_CRITERIA, serializeCriteria, type Criteria } from '#src/search/criteria.ts';
import type { HistoryMode } from '#src/search/use-criteria.ts';
import {
  facetCatalog,
  sanitizePublicationCriteria,
} from '#src/features/publications/filter-publications.ts';
import { PublicationFilters } from '#src/features/publications/publication-filters.tsx';
import type { Paper } from '#src/features/publications/publications-schema.ts';

export const testPaper = (id: string, year: number, authors: string[]): Paper => ({
  id,
  title: `Paper ${id}`,
  aliases: [],
  year,
  type: 'conference',
  honors: [],
  topics: [],
  links: [],
  authors,
});

export function renderFilterPanel(
  papers: readonly Paper[],
  { start = EMPTY_CRITERIA, ownerNames = [] }: { start?: Criteria; ownerNames?: string[] } = {},
) {
  /** Each change as the URL would show it, and whether it added a history entry. */
  const history: Array<{ search: string; mode: HistoryMode }> = [];
  function Panel() {
    const [criteria, setCriteria] = useState(start);
    const current = useRef(start);
    const catalog = useMemo(() => facetCatalog(papers, [], messages.paper.types, ownerNames), []);
    const source = useMemo(
      () => ({
        catalog,
        matched: papers,
        criteria: sanitizePublicationCriteria(criteria, catalog, new Set()),
      }),
      [catalog, criteria],
    );
    return (
      <PublicationFilters
        source={source}
        criteria={criteria}
        pending={false}
        onChange={(next, mode) => {
          current.current = next(current.current);
          history.push({ search: serializeCriteria(current.current), mode });
          setCriteria(current.current);
        }}
      />
    );
  }
  const user = userEvent.setup();
  const view = render(
    <MessagesProvider messages={messages}>
      <Panel />
    </MessagesProvider>,
  );
  return { ...view, user, history };
}
