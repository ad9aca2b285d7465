import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMessages } from '#tests/setup/render-app.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { ErrorState } from './error-state.tsx';

let broken = true;
function Fragile() {
  if (broken) throw new Error('cannot render this entry');
  return <p>The section renders.</p>;
}

function Page() {
  const [count] = useState(0);
  return (
    <>
      <ErrorBoundary
        what="The news"
        fallback={(retry) => (
          <ErrorState title="The news could not be shown." message="" onRetry={retry} />
        )}
      >
        <Fragile />
      </ErrorBoundary>
      <p>The rest of the page, {count}</p>
    </>
  );
}

describe('ErrorBoundary', () => {
  it('shows what could not be shown, keeps the rest of the page, and retries', async () => {
    // React reports the caught error itself; this test expects exactly that.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    broken = true;
    renderWithMessages(<Page />);
    expect(screen.getByRole('alert')).toHaveTextContent('The news could not be shown.');
    expect(screen.getByText('The rest of the page, 0')).toBeInTheDocument();
    expect(warned).toHaveBeenCalled();
    broken = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('The section renders.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    reported.mockReset();
  });
});
