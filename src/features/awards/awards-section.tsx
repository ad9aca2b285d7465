import { DataState } from '#src/components/ui/data-state.tsx';
import { NoMatches } from '#src/components/ui/no-matches.tsx';
import { Section } from '#src/components/ui/section.tsx';
import { Skeleton } from '#src/components/ui/skeleton.tsx';
import { SubHeading } from '#src/components/ui/sub-heading.tsx';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { highlight } from '#src/search/highlight.tsx';
import { PaperRefs } from '#src/search/paper-refs.tsx';
import type { AwardEntry, AwardResults } from './use-award-results.ts';

interface AwardsSectionProps {
  title: string;
  results: AwardResults;
  query: string;
  paperLabels: ReadonlyMap<string, string>;
  onClearSearch: () => void;
}

type Terms = ReadonlySet<string>;

function HonorEntry({
  entry,
  terms,
  paperLabels,
}: {
  entry: Extract<AwardEntry, { list: 'honor' }>;
  terms: Terms;
  paperLabels: ReadonlyMap<string, string>;
}) {
  const t = useMessages();
  const { honor } = entry;
  const years = [...honor.years].sort((a, b) => a - b).join(', ');
  return (
    <li className="py-2">
      <p>
        <span className="font-medium text-ink-strong">{highlight(honor.name, terms)}</span>,{' '}
        {highlight(years, terms)}
      </p>
      {honor.citation && (
        <p className="text-sm text-muted">{t.awards.citation(highlight(honor.citation, terms))}</p>
      )}
      {honor.detail && <p className="text-sm text-muted">{highlight(honor.detail, terms)}</p>}
      <PaperRefs paperIds={honor.paperIds} paperLabels={paperLabels} />
    </li>
  );
}

function CompetitionEntry({
  entry,
  terms,
  paperLabels,
}: {
  entry: Extract<AwardEntry, { list: 'competition' }>;
  terms: Terms;
  paperLabels: ReadonlyMap<string, string>;
}) {
  const t = useMessages();
  const c = entry.competition;
  const where = [c.track, c.event].filter(Boolean).join(', ');
  const who = c.team ?? c.recipients;
  return (
    <li className="py-2 sm:grid sm:grid-cols-[5.5rem_minmax(0,1fr)] sm:gap-x-3">
      <time dateTime={c.date} className="block text-sm tabular-nums text-muted sm:pt-0.5">
        {t.format.yearMonth(c.date)}
      </time>
      <div className="min-w-0">
        <p>
          <span className="font-medium text-ink-strong">{highlight(c.result, terms)}</span>,{' '}
          {highlight(c.name, terms)}
          {where && <> ({highlight(where, terms)})</>}
          {who && <span className="text-muted"> · {highlight(who, terms)}</span>}
        </p>
        {c.detail && <p className="text-sm text-muted">{highlight(c.detail, terms)}</p>}
        {c.highlights.map((h) => (
          <p key={`${h.date}-${h.by}`} className="text-sm text-muted">
            {t.format.yearMonth(h.date)}: {highlight(h.text, terms)}
          </p>
        ))}
        <PaperRefs paperIds={c.paperIds} paperLabels={paperLabels} />
      </div>
    </li>
  );
}

function StudentEntry({
  entry,
  terms,
  paperLabels,
}: {
  entry: Extract<AwardEntry, { list: 'student' }>;
  terms: Terms;
  paperLabels: ReadonlyMap<string, string>;
}) {
  const t = useMessages();
  const a = entry.award;
  return (
    <li className="py-2 sm:grid sm:grid-cols-[5.5rem_minmax(0,1fr)] sm:gap-x-3">
      <time dateTime={a.date} className="block text-sm tabular-nums text-muted sm:pt-0.5">
        {t.format.yearMonth(a.date)}
      </time>
      <div className="min-w-0">
        <p>
          <span className="font-medium text-ink-strong">{highlight(a.name, terms)}</span>:{' '}
          {highlight(a.recipients, terms)}
          {a.project && t.awards.project(highlight(a.project, terms))}
        </p>
        <PaperRefs paperIds={a.paperIds} paperLabels={paperLabels} />
      </div>
    </li>
  );
}

export function AwardsSection({
  title,
  results,
  query: q,
  paperLabels,
  onClearSearch,
}: AwardsSectionProps) {
  const { query, entries, visible, matchedTerms } = results;
  const t = useMessages();
  const searching = q.trim() !== '';
  const honors = visible.filter((e) => e.list === 'honor');
  const competitions = visible.filter((e) => e.list === 'competition');
  const students = visible.filter((e) => e.list === 'student');
  const status = query.data
    ? searching
      ? t.awards.countOf(visible.length, entries.length)
      : t.awards.count(entries.length)
    : undefined;
  return (
    <Section id="awards" title={title} status={status}>
      <DataState
        query={query}
        what={t.sections.awards.what}
        skeleton={<Skeleton rows={6} rowHeight={2.5} label={t.common.loading(title)} />}
      >
        {() =>
          visible.length === 0 ? (
            <NoMatches message={t.awards.noMatch(q.trim())} onClear={onClearSearch} />
          ) : (
            <>
              {honors.length > 0 && (
                <>
                  <SubHeading>{t.awards.honors}</SubHeading>
                  <ul className="divide-y divide-rule-soft">
                    {honors.map((entry) => (
                      <HonorEntry
                        key={entry.id}
                        entry={entry}
                        terms={matchedTerms}
                        paperLabels={paperLabels}
                      />
                    ))}
                  </ul>
                </>
              )}
              {competitions.length > 0 && (
                <>
                  <SubHeading>{t.awards.competitions}</SubHeading>
                  <ul className="divide-y divide-rule-soft">
                    {competitions.map((entry) => (
                      <CompetitionEntry
                        key={entry.id}
                        entry={entry}
                        terms={matchedTerms}
                        paperLabels={paperLabels}
                      />
                    ))}
                  </ul>
                </>
              )}
              {students.length > 0 && (
                <>
                  <SubHeading>{t.awards.students}</SubHeading>
                  <ul className="divide-y divide-rule-soft">
                    {students.map((entry) => (
                      <StudentEntry
                        key={entry.id}
                        entry={entry}
                        terms={matchedTerms}
                        paperLabels={paperLabels}
                      />
                    ))}
                  </ul>
                </>
              )}
            </>
          )
        }
      </DataState>
    </Section>
  );
}
