import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithMessages } from '#tests/setup/render-app.tsx';
import { SearchSummary, type SectionMatchCount } from './search-summary.tsx';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const summaryOf = (counts: SectionMatchCount[]) =>
  renderWithMessages(<SearchSummary id="hint" query="sparse" counts={counts} onClear={() => {}} />);

describe('the counts under the search box', () => {
  it('name each section with matches, and are read out once typing pauses', () => {
    summaryOf([
      { id: 'publications', label: 'Publications', count: 5 },
      { id: 'news', label: 'News', count: 0 },
      { id: 'awards', label: 'Awards', count: 2 },
    ]);
    expect(screen.getByRole('link', { name: 'Publications 5' })).toHaveAttribute(
      'href',
      '#publications',
    );
    expect(screen.getByRole('link', { name: 'Awards 2' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /News/ })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('status')).toHaveTextContent(/Publications 5.*Awards 2/);
  });

  it('count nothing for a section whose search is unavailable, and still read out the others', () => {
    summaryOf([
      { id: 'publications', label: 'Publications', count: undefined, unavailable: true },
      { id: 'awards', label: 'Awards', count: 2 },
    ]);
    expect(screen.queryByRole('link', { name: /Publications/ })).not.toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('status')).toHaveTextContent(/Awards 2/);
    expect(screen.getByRole('status')).not.toHaveTextContent(/Publications/);
  });

  it('wait for a section still loading before reading anything out', () => {
    summaryOf([
      { id: 'publications', label: 'Publications', count: undefined },
      { id: 'awards', label: 'Awards', count: 2 },
    ]);
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
