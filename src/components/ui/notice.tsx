import type { ReactNode } from 'react';

/** A calm note about the data, such as entries that were left out. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p
      role="status"
      className="mb-4 rounded-md border border-notice-line bg-notice px-3 py-2 text-sm text-notice-ink"
    >
      {children}
    </p>
  );
}
