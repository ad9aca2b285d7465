import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { navigateToCriteria } from '#src/search/use-criteria.ts';
import { usePageView } from './use-page-view.ts';

const typeQuery = (...steps: string[]) =>
  act(() => {
    for (const q of steps) navigateToCriteria((c) => ({ ...c, q }), 'replace');
  });

describe('usePageView', () => {
  afterEach(() => {
    Reflect.deleteProperty(document, 'elementFromPoint');
    window.history.replaceState(null, '', '/');
  });

  it('reads the place on the profile as a search starts, not again on each keystroke', () => {
    // jsdom has no hit-testing: this counts the reads, each of which forces a browser to lay out
    // the page (keystrokes come faster than a long list's results, so the page is still the profile).
    const elementFromPoint = vi.fn<typeof document.elementFromPoint>(() => null);
    document.elementFromPoint = elementFromPoint;
    renderHook(() => usePageView(false, false));
    typeQuery('q', 'qu', 'qua', 'quan');
    expect(elementFromPoint).toHaveBeenCalledTimes(1);
    // Cleared and typed again: a new search from the profile reads the place again.
    typeQuery('', 'p', 'pr');
    expect(elementFromPoint).toHaveBeenCalledTimes(2);
  });
});
