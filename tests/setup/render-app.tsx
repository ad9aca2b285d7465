import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '#src/app/app.tsx';
import { AppProvider } from '#src/app/provider.tsx';
import { createQueryClient } from '#src/lib/query-client.ts';

/** Renders the whole page at a URL with a fresh query client, as a visitor would open it. */
export function renderApp(url = '/') {
  window.history.replaceState(null, '', url);
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  const user = userEvent.setup();
  const view = render(
    <AppProvider client={client}>
      <App />
    </AppProvider>,
  );
  return { ...view, user, client };
}
