import { DataState } from '#src/components/ui/data-state.tsx';
import { NoMatches } from '#src/components/ui/no-matches.tsx';
import { Section } from '#src/components/ui/section.tsx';
import { Skeleton } from '#src/components/ui/skeleton.tsx';
import { SubHeading } from '#src/components/ui/sub-heading.tsx';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { highlight } from '#src/search/highlight.tsx';
import { PaperRefs } from '#src/search/paper-refs.tsx';
import type { ImpactResults } from './use-impact-results.ts';

interface ImpactSectionProps {
  title: string;
  results: ImpactResults;
  query: string;
  paperLabels: ReadonlyMap<string, string>;
  onClearSearch: () => void;
}

export function ImpactSection({
  title,
  results,
  query: q,
  paperLabels,
  onClearSearch,
}: ImpactSectionProps) {
  const { query, entries, visible, matchedTerms: terms } = results;
  const t = useMessages();
  const adoptions = visible.flatMap((e) => (e.list === 'adoption' ? [e.adoption] : []));
  const integrations = visible.flatMap((e) => (e.list === 'integration' ? [e.integration] : []));
  const total = entries.filter((e) => e.list === 'adoption').length;
  const status = query.data
    ? q.trim()
      ? t.impact.countOf(adoptions.length, total)
      : t.impact.count(total)
    : undefined;
  return (
    <Section id="impact" title={title} status={status}>
      <DataState
        query={query}
        what={t.sections.impact.what}
        skeleton={<Skeleton rows={4} rowHeight={4} label={t.common.loading(title)} />}
      >
        {(data) => (
          <>
            {data.intro && <p className="mb-4 max-w-prose">{data.intro}:</p>}
            {visible.length === 0 ? (
              <NoMatches message={t.impact.noMatch(q.trim())} onClear={onClearSearch} />
            ) : (
              <>
                {adoptions.length > 0 && (
                  <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                    {adoptions.map((a) => (
                      <li key={a.id} className="rounded-lg border border-rule p-3">
                        <p className="font-medium text-ink-strong">{highlight(a.name, terms)}</p>
                        {a.detail && (
                          <p className="text-sm text-muted">
                            {a.date && (
                              <time dateTime={a.date}>{t.format.yearMonth(a.date)}: </time>
                            )}
                            {highlight(a.detail, terms)}
                          </p>
                        )}
                        <PaperRefs paperIds={a.paperIds} paperLabels={paperLabels} origin />
                      </li>
                    ))}
                  </ul>
                )}
                {integrations.length > 0 && (
                  <>
                    <SubHeading>{t.impact.integrations}</SubHeading>
                    <ul className="divide-y divide-rule-soft">
                      {integrations.map((i) => (
                        <li key={i.id} className="py-2">
                          <p>
                            <span className="font-medium text-ink-strong">
                              {highlight(i.companies.join(', '), terms)}
                            </span>
                            {i.date && (
                              <span className="text-sm text-muted">
                                {' '}
                                · <time dateTime={i.date}>{t.format.yearMonth(i.date)}</time>
                              </span>
                            )}
                          </p>
                          <p className="text-sm text-muted">
                            {t.impact.quote(highlight(i.text, terms))}
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
