import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithMessages } from '#tests/setup/render-app.tsx';
import { EMPTY_CRITERIA } from './criteria.ts';
import { SearchBox } from './search-box.tsx';
import { navigateToCriteria, useCriteria } from './use-criteria.ts';

function Page() {
  const [criteria, navigate] = useCriteria();
  return (
    <SearchBox
      criteria={criteria}
      onNavigate={navigate}
      counts={[]}
      label="Search"
      onEnterResults={() => {}}
    />
  );
}

afterEach(() => window.history.replaceState(null, '', '/'));

/** Types as the browser does: the box's value changes, then an input event. */
function typeInto(box: HTMLElement, text: string) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setValue?.call(box, text);
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

// Each act() below holds React's rendering back until it ends, as a busy page does between a
// keystroke and the render that follows it.
describe('the search box', () => {
  it('empties when a link clears the search before the page has caught up with the typing', () => {
    renderWithMessages(<Page />);
    const box = screen.getByRole('searchbox', { name: 'Search' });
    act(() => {
      typeInto(box, 'tiny');
      navigateToCriteria({ ...EMPTY_CRITERIA, topics: ['hw-for-ml'] }, 'push');
    });
    expect(window.location.search).toBe('?topic=hw-for-ml');
    expect(box).toHaveValue('');
  });

  it('shows the query Back returns to, even the one the page still shows', () => {
    window.history.replaceState(null, '', '/?q=ab');
    renderWithMessages(<Page />);
    const box = screen.getByRole('searchbox', { name: 'Search' });
    expect(box).toHaveValue('ab');
    act(() => {
      typeInto(box, 'abc');
      expect(window.location.search).toBe('?q=abc');
      // What Back does: the address changes, then the page hears of it.
      window.history.replaceState(null, '', '/?q=ab');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(box).toHaveValue('ab');
  });

  it('keeps what is typed, and Escape clears it and the address', () => {
    renderWithMessages(<Page />);
    const box = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(box, { target: { value: 'quantization' } });
    expect(box).toHaveValue('quantization');
    expect(window.location.search).toBe('?q=quantization');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box).toHaveValue('');
    expect(window.location.search).toBe('');
  });
});
