import type { ReactNode } from 'react';
import { useMessages } from '#src/i18n/messages-context.tsx';

interface DatedEntryProps {
  /** YYYY-MM. */
  date: string;
  /** The entry's spacing and anything else of its own. */
  className: string;
  /** The date in medium weight, where the dates lead (a timeline). */
  strongDate?: boolean;
  children: ReactNode;
}

/** A list entry with its month in a column of its own on wide screens, above it on a phone. */
export function DatedEntry({ date, className, strongDate = false, children }: DatedEntryProps) {
  const t = useMessages();
  return (
    <li className={`${className} sm:grid sm:grid-cols-[5.5rem_minmax(0,1fr)] sm:gap-x-3`}>
      <time
        dateTime={date}
        className={`block text-sm ${strongDate ? 'font-medium ' : ''}tabular-nums text-muted sm:pt-0.5`}
      >
        {t.format.yearMonth(date)}
      </time>
      <div className="min-w-0">{children}</div>
    </li>
  );
}
