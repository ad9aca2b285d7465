import { createContext, use, type ReactNode } from 'react';
import type { Messages } from '#src/i18n/messages/en.ts';

/** The site's interface words, in its one language (chosen in data/site.json). */
const MessagesContext = createContext<Messages | null>(null);

export function MessagesProvider({
  messages,
  children,
}: {
  messages: Messages;
  children: ReactNode;
}) {
  return <MessagesContext value={messages}>{children}</MessagesContext>;
}

/** Every word a component shows comes from here, by key: a missing key fails the type check. */
export function useMessages(): Messages {
  const messages = use(MessagesContext);
  if (!messages) throw new Error('useMessages() needs a <MessagesProvider> above it');
  return messages;
}
