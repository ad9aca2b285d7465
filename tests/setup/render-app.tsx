import { render } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { site as builtSite } from 'virtual:site';
import { messages as builtMessages } from 'virtual:site-messages';
import { App } from '#src/app/app.tsx';
import { AppProvider } from '#src/app/provider.tsx';
import type { Site } from '#src/app/site.ts';
import type { Messages } from '#src/i18n/messages/en.ts';
import { MessagesProvider } from '#src/i18n/messages-context.tsx';
import { createQueryClient } from '#src/lib/query-client.ts';

/**
 * Renders the whole page at a URL with a fresh query client, as a visitor would open it: the site
 * and the interface language of data/ (as the build makes them), unless a test gives its own.
 * Retries are off (a test of a failure then need not wait for them) unless a test is about them.
 * A test can hand in a client that already holds what main.tsx loads before the first render.
 */
export function renderApp(
  url = '/',
  {
    site = builtSite,
    messages = builtMessages,
    retries = false,
    client = createQueryClient(),
  }: { site?: Site; messages?: Messages; retries?: boolean; client?: QueryClient } = {},
) {
  window.history.replaceState(null, '', url);
  if (!retries)
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  const user = userEvent.setup();
  const view = render(
    <AppProvider client={client} messages={messages}>
      <App site={site} />
    </AppProvider>,
  );
  return { ...view, user, client };
}

/** Renders a part of the page with the interface words it reads (English unless given). */
export function renderWithMessages(ui: ReactElement, messages: Messages = builtMessages) {
  return render(<MessagesProvider messages={messages}>{ui}</MessagesProvider>);
}
