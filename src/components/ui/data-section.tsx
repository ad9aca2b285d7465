import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Messages } from '#src/i18n/messages/en.ts';
import { useMessages } from '#src/i18n/messages-context.tsx';
import type { SkippedEntry } from '#src/lib/data-entries.ts';
import { DataState } from './data-state.tsx';
import { Section } from './section.tsx';
import { Skeleton } from './skeleton.tsx';

/** A section's loading placeholder: rows about the height of its entries, so nothing shifts. */
export interface SkeletonShape {
  rows: number;
  /** In rem. */
  rowHeight: number;
}

interface DataSectionProps<T extends { skipped: SkippedEntry[] }> {
  id: keyof Messages['sections'];
  title: string;
  status?: ReactNode;
  busy?: boolean;
  /** See Section. */
  skipOffscreen?: boolean;
  query: UseQueryResult<T>;
  skeleton: SkeletonShape;
  children: (data: T) => ReactNode;
}

/** A page section that shows one data file: its heading, then the file's loading, error or data. */
export function DataSection<T extends { skipped: SkippedEntry[] }>({
  id,
  title,
  status,
  busy,
  skipOffscreen,
  query,
  skeleton,
  children,
}: DataSectionProps<T>) {
  const t = useMessages();
  return (
    <Section id={id} title={title} status={status} busy={busy} skipOffscreen={skipOffscreen}>
      <DataState
        query={query}
        what={t.sections[id].what}
        skeleton={<Skeleton {...skeleton} label={t.common.loading(title)} />}
      >
        {children}
      </DataState>
    </Section>
  );
}
