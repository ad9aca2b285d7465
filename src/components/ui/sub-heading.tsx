import type { ReactNode } from 'react';

export function SubHeading({ children }: { children: ReactNode }) {
  return (
    <h3 className="mt-6 mb-2 font-serif text-xl font-semibold text-ink-strong first:mt-0">
      {children}
    </h3>
  );
}
