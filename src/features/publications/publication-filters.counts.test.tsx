import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { messages } from '#src/i18n/messages/en.ts';
import { MessagesProvider } from '#src/i18n/messages-context.tsx';
import { EMPTY_CRITERIA } from '#src/search/criteria.ts';
import { testPaper } from '#tests/setup/render-filter-panel.tsx';
import { facetCatalog } from './filter-publications.ts';
import { PublicationFilters } from './publication-filters.tsx';
import type { FacetSource } from './publication-facets.ts';

const papers = [
  testPaper('a', 2022, ['Ji Lin', 'Ada Owner']),
  testPaper('b', 2021, ['Ji Lin', 'Ada Owner']),
  testPaper('c', 2020, ['Ji Lin', 'Ada Owner']),
];
const catalog = facetCatalog(papers, [], messages.paper.types, ['Ada Owner']);

function panel(source: FacetSource) {
  return (
    <MessagesProvider messages={messages}>
      <PublicationFilters
        source={source}
        criteria={source.criteria}
        pending={false}
        onChange={() => undefined}
      />
    </MessagesProvider>
  );
}

const jiLin = () =>
  within(screen.getByRole('group', { name: 'Authors' })).getByRole('checkbox', {
    name: /^Ji Lin/,
  });

describe('the filter counts', () => {
  it('follow the matches of a query being typed once the typing pauses, not on every answer', async () => {
    const criteria = { ...EMPTY_CRITERIA };
    const view = render(panel({ catalog, matched: papers, criteria }));
    expect(jiLin()).toHaveAccessibleName('Ji Lin (3 papers)');

    // A new answer for the query, the filters as they were.
    view.rerender(panel({ catalog, matched: papers.slice(0, 1), criteria }));
    expect(jiLin()).toHaveAccessibleName('Ji Lin (3 papers)');
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(jiLin()).toHaveAccessibleName('Ji Lin (1 paper)');
  });

  it('follow a filter the visitor sets at once', () => {
    const view = render(panel({ catalog, matched: papers, criteria: { ...EMPTY_CRITERIA } }));
    const filtered = { ...EMPTY_CRITERIA, year: { from: 2021, to: 2022 } };
    view.rerender(panel({ catalog, matched: papers, criteria: filtered }));
    expect(jiLin()).toHaveAccessibleName('Ji Lin (2 papers)');
  });
});
