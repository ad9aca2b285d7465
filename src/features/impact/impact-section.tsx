import { DataState } from '#src/components/ui/data-state.tsx';
import { NoMatches } from '#src/components/ui/no-matches.tsx';
import { Section } from '#src/components/ui/section.tsx';
import { Skeleton } from '#src/components/ui/skeleton.tsx';
import { SubHeading } from '#src/components/ui/sub-heading.tsx';
import { formatYearMonth, pluralize } from '#src/lib/text.ts';
import { highlight } from '#src/search/highlight.tsx';
import { PaperRefs } from '#src/search/paper-refs.tsx';
import type { ImpactResults } from './use-impact-results.ts';

interface ImpactSectionProps {
  results: ImpactResults;
  query: string;
  paperLabels: ReadonlyMap<string, string>;
  onClearSearch: () => void;
}

export function ImpactSection({
  results,
  query: q,
  paperLabels,
  onClearSearch,
}: ImpactSectionProps) {
  const { query, entries, visible, matchedTerms: terms } = results;
  const adoptions = visible.flatMap((e) => (e.list === 'adoption' ? [e.adoption] : []));
  const integrations = visible.flatMap((e) => (e.list === 'integration' ? [e.integration] : []));
  const total = entries.filter((e) => e.list === 'adoption').length;
  const status = query.data
    ? q.trim()
      ? `${adoptions.length} of ${pluralize(total, 'product')}`
      : pluralize(total, 'product')
    : undefined;
  return (
    <Section id="impact" title="Industry Impact" status={status}>
      <DataState
        query={query}
        what="The industry impact"
        skeleton={<Skeleton rows={4} rowHeight={4} label="Loading industry impact" />}
      >
        {(data) => (
          <>
            {data.intro && <p className="mb-4 max-w-prose">{data.intro}:</p>}
            {visible.length === 0 ? (
              <NoMatches what="industry products" query={q} onClear={onClearSearch} />
            ) : (
              <>
                {adoptions.length > 0 && (
                  <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                    {adoptions.map((a) => (
                      <li
                        key={a.id}
                        className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
                      >
                        <p className="font-medium text-slate-900 dark:text-white">
                          {highlight(a.name, terms)}
                        </p>
                        {a.detail && (
                          <p className="text-sm text-slate-600 dark:text-slate-400">
                            {a.date && <time dateTime={a.date}>{formatYearMonth(a.date)}: </time>}
                            {highlight(a.detail, terms)}
                          </p>
                        )}
                        <PaperRefs
                          paperIds={a.paperIds}
                          paperLabels={paperLabels}
                          prefix="From paper"
                        />
                      </li>
                    ))}
                  </ul>
                )}
                {integrations.length > 0 && (
                  <>
                    <SubHeading>Industry integrations</SubHeading>
                    <ul className="divide-y divide-slate-100 dark:divide-slate-800/60">
                      {integrations.map((i) => (
                        <li key={i.id} className="py-2">
                          <p>
                            <span className="font-medium text-slate-900 dark:text-white">
                              {highlight(i.companies.join(', '), terms)}
                            </span>
                            {i.date && (
                              <span className="text-sm text-slate-600 dark:text-slate-400">
                                {' '}
                                · <time dateTime={i.date}>{formatYearMonth(i.date)}</time>
                              </span>
                            )}
                          </p>
                          <p className="text-sm text-slate-600 dark:text-slate-400">
                            “{highlight(i.text, terms)}”
                          </p>
                          <PaperRefs paperIds={i.paperIds} paperLabels={paperLabels} />
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            )}
          </>
        )}
      </DataState>
    </Section>
  );
}
