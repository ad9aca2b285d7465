import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Messages } from '#src/i18n/messages/en.ts';
import { MessagesProvider } from '#src/i18n/messages-context.tsx';

interface AppProviderProps {
  client: QueryClient;
  /** The interface words of the site's language. */
  messages: Messages;
  children: ReactNode;
}

export function AppProvider({ client, messages, children }: AppProviderProps) {
  return (
    <QueryClientProvider client={client}>
      <MessagesProvider messages={messages}>{children}</MessagesProvider>
    </QueryClientProvider>
  );
}
