import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MessagesProvider } from '#src/i18n/messages-context.tsx';
import { messages } from '#src/i18n/messages/en.ts';
import { ExportControl } from './export-control.tsx';
import { papers } from './test-papers.ts';

const renderExport = (count: number) =>
  render(
    <MessagesProvider messages={messages}>
      <ExportControl papers={papers.slice(0, count)} total={papers.length} />
    </MessagesProvider>,
  );

describe('the Export control', () => {
  it('offers the filtered papers in the three formats', () => {
    renderExport(2);
    const group = screen.getByRole('group', { name: 'Export 2 papers as' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['RIS', 'CSL-JSON', 'BibTeX']);
  });

  it('says "all" when nothing is filtered out, and counts one paper as one', () => {
    const { unmount } = renderExport(papers.length);
    expect(
      screen.getByRole('group', { name: `Export all ${papers.length} papers as` }),
    ).toBeInTheDocument();
    unmount();
    renderExport(1);
    expect(screen.getByRole('group', { name: 'Export 1 paper as' })).toBeInTheDocument();
  });
});
