import { DataState } from '#src/components/ui/data-state.tsx';
import { ExternalLink } from '#src/components/ui/external-link.tsx';
import { NoMatches } from '#src/components/ui/no-matches.tsx';
import { Section } from '#src/components/ui/section.tsx';
import { Skeleton } from '#src/components/ui/skeleton.tsx';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { highlight } from '#src/search/highlight.tsx';
import { PaperRefs } from '#src/search/paper-refs.tsx';
import type { MediaResults } from './use-media-results.ts';

interface MediaSectionProps {
  title: string;
  results: MediaResults;
  query: string;
  paperLabels: ReadonlyMap<string, string>;
  onClearSearch: () => void;
}

export function MediaSection({
  title,
  results,
  query: q,
  paperLabels,
  onClearSearch,
}: MediaSectionProps) {
  const { query, groups, visible, matchedTerms: terms } = results;
  const t = useMessages();
  const articles = groups.reduce((sum, g) => sum + g.articles.length, 0);
  const shownArticles = visible.reduce((sum, g) => sum + g.articles.length, 0);
  const status = query.data
    ? q.trim()
      ? t.media.countOf(shownArticles, articles)
      : t.media.count(articles)
    : undefined;
  return (
    <Section id="media" title={title} status={status}>
      <DataState
        query={query}
        what={t.sections.media.what}
        skeleton={<Skeleton rows={5} rowHeight={5} label={t.common.loading(title)} />}
      >
        {() =>
          visible.length === 0 ? (
            <NoMatches message={t.media.noMatch(q.trim())} onClear={onClearSearch} />
          ) : (
            <div className="grid gap-6 md:grid-cols-2">
              {visible.map((group) => (
                <div key={group.id}>
                  <h3 className="font-serif text-lg font-semibold text-ink-strong">
                    {highlight(group.project, terms)}
                    {group.venues.length > 0 && (
                      <span className="ml-2 font-sans text-sm font-normal text-muted">
                        {highlight(group.venues.join(', '), terms)}
                      </span>
                    )}
                  </h3>
                  <ul className="mt-1 space-y-1.5">
                    {group.articles.map((article, i) => (
                      <li key={`${article.outlet}-${i}`}>
                        <span className="font-medium text-ink-strong">
                          {highlight(article.outlet, terms)}
                        </span>
                        {': '}
                        {article.url ? (
                          <ExternalLink href={article.url}>
                            {highlight(article.headline, terms)}
                          </ExternalLink>
                        ) : (
                          highlight(article.headline, terms)
                        )}
                      </li>
                    ))}
                  </ul>
                  <PaperRefs paperIds={group.paperIds} paperLabels={paperLabels} />
                </div>
              ))}
            </div>
          )
        }
      </DataState>
    </Section>
  );
}
