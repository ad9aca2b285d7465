import type { ComponentType, ReactNode } from 'react';
import { DataSection, type SkeletonShape } from '#src/components/ui/data-section.tsx';
import { NoMatches } from '#src/components/ui/no-matches.tsx';
import { SubHeading } from '#src/components/ui/sub-heading.tsx';
import type { Messages } from '#src/i18n/messages/en.ts';
import { useMessages } from '#src/i18n/messages-context.tsx';
import type { DataFileContent } from '#src/lib/data-file.ts';
import type { ListedEntry, TypedEntryList } from './entry-lists.ts';
import type { EntryResults } from './use-entry-results.ts';

/** What an entry's component is given besides the entry. */
export interface EntryContext {
  /** The words the search matched, to mark. */
  terms: ReadonlySet<string>;
  paperLabels: ReadonlyMap<string, string>;
}

/** How one list reads on the page (its type erased, so a section can hold lists of any entry). */
interface EntryView<Data> {
  name: string;
  render: (data: Data, shown: ReadonlySet<string>, context: EntryContext) => ReactNode;
}

interface EntryViewDeclaration<T> {
  /** A heading above the list, where the section has several. */
  heading?: (t: Messages) => string;
  /** The list's element: a list of entries, or a grid of blocks each with a list of its own. */
  element?: 'ul' | 'div';
  className: string;
  Entry: ComponentType<EntryContext & { entry: T }>;
}

/** How the entries of one list read: the component of one entry, and the list around them. */
export function entryView<Data, T extends { id: string }>(
  list: TypedEntryList<Data, T>,
  { heading, element: List = 'ul', className, Entry }: EntryViewDeclaration<T>,
): EntryView<Data> {
  return {
    name: list.name,
    render: (data, shown, context) => {
      const entries = list.of(data).filter((entry) => shown.has(list.idOf(entry)));
      if (entries.length === 0) return null;
      return (
        <EntryGroup key={list.name} heading={heading}>
          <List className={className}>
            {entries.map((entry) => (
              <Entry key={entry.id} entry={entry} {...context} />
            ))}
          </List>
        </EntryGroup>
      );
    },
  };
}

function EntryGroup({
  heading,
  children,
}: {
  heading: ((t: Messages) => string) | undefined;
  children: ReactNode;
}) {
  const t = useMessages();
  return (
    <>
      {heading && <SubHeading>{heading(t)}</SubHeading>}
      {children}
    </>
  );
}

/** A section of entries that only the search narrows: awards, impact, media. */
interface EntrySectionKind<Data> {
  id: 'awards' | 'impact' | 'media';
  views: readonly EntryView<Data>[];
  skeleton: SkeletonShape;
  /** The owner's own words above the entries, if any. */
  intro?: (data: Data) => string | undefined;
}

interface EntrySectionProps<Data extends DataFileContent> {
  title: string;
  results: EntryResults<Data>;
  query: string;
  paperLabels: ReadonlyMap<string, string>;
  onClearSearch: () => void;
}

const total = (entries: readonly ListedEntry[]) => entries.reduce((sum, e) => sum + e.count, 0);

function EntrySection<Data extends DataFileContent>({
  kind,
  title,
  results,
  query: q,
  paperLabels,
  onClearSearch,
}: EntrySectionProps<Data> & { kind: EntrySectionKind<Data> }) {
  const { query, entries, visible, matchedTerms } = results;
  const t = useMessages();
  const words = t[kind.id];
  const status = query.data
    ? q.trim()
      ? words.countOf(total(visible), total(entries))
      : words.count(total(entries))
    : undefined;
  const shown = new Set(visible.map((entry) => entry.id));
  const context = { terms: matchedTerms, paperLabels };
  return (
    <DataSection id={kind.id} title={title} status={status} query={query} skeleton={kind.skeleton}>
      {(data) => {
        const intro = kind.intro?.(data);
        return (
          <>
            {intro && <p className="mb-4 max-w-prose">{intro}:</p>}
            {visible.length === 0 ? (
              <NoMatches message={words.noMatch(q.trim())} onClear={onClearSearch} />
            ) : (
              kind.views.map((view) => view.render(data, shown, context))
            )}
          </>
        );
      }}
    </DataSection>
  );
}

/** A kind of entry section, declared once: the component the app places on the page. */
export function entrySection<Data extends DataFileContent>(kind: EntrySectionKind<Data>) {
  return function KindOfEntrySection(props: EntrySectionProps<Data>) {
    return <EntrySection kind={kind} {...props} />;
  };
}
