import { DataState } from '#src/components/ui/data-state.tsx';
import { NoMatches } from '#src/components/ui/no-matches.tsx';
import { Section } from '#src/components/ui/section.tsx';
import { Skeleton } from '#src/components/ui/skeleton.tsx';
import { SubHeading } from '#src/components/ui/sub-heading.tsx';
import { formatYearMonth, pluralize } from '#src/lib/text.ts';
import { highlight } from '#src/search/highlight.tsx';
import { PaperRefs } from '#src/search/paper-refs.tsx';
import type { AwardEntry, AwardResults } from './use-award-results.ts';

interface AwardsSectionProps {
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
  const { honor } = entry;
  const years = [...honor.years].sort((a, b) => a - b).join(', ');
  return (
    <li className="py-2">
      <p>
        <span className="font-medium text-slate-900 dark:text-white">
          {highlight(honor.name, terms)}
        </span>
        , {highlight(years, terms)}
      </p>
      {honor.citation && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          For {highlight(honor.citation, terms)}
        </p>
      )}
      {honor.detail && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {highlight(honor.detail, terms)}
        </p>
      )}
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
  const c = entry.competition;
  const where = [c.track, c.event].filter(Boolean).join(', ');
  const who = c.team ?? c.recipients;
  return (
    <li className="py-2 sm:grid sm:grid-cols-[5.5rem_minmax(0,1fr)] sm:gap-x-3">
      <time
        dateTime={c.date}
        className="block text-sm tabular-nums text-slate-600 sm:pt-0.5 dark:text-slate-400"
      >
        {formatYearMonth(c.date)}
      </time>
      <div className="min-w-0">
        <p>
          <span className="font-medium text-slate-900 dark:text-white">
            {highlight(c.result, terms)}
          </span>
          , {highlight(c.name, terms)}
          {where && <> ({highlight(where, terms)})</>}
          {who && (
            <span className="text-slate-600 dark:text-slate-400"> · {highlight(who, terms)}</span>
          )}
        </p>
        {c.detail && (
          <p className="text-sm text-slate-600 dark:text-slate-400">{highlight(c.detail, terms)}</p>
        )}
        {c.highlights.map((h) => (
          <p key={`${h.date}-${h.by}`} className="text-sm text-slate-600 dark:text-slate-400">
            {formatYearMonth(h.date)}: {highlight(h.text, terms)}
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
  const a = entry.award;
  return (
    <li className="py-2 sm:grid sm:grid-cols-[5.5rem_minmax(0,1fr)] sm:gap-x-3">
      <time
        dateTime={a.date}
        className="block text-sm tabular-nums text-slate-600 sm:pt-0.5 dark:text-slate-400"
      >
        {formatYearMonth(a.date)}
      </time>
      <div className="min-w-0">
        <p>
          <span className="font-medium text-slate-900 dark:text-white">
            {highlight(a.name, terms)}
          </span>
          : {highlight(a.recipients, terms)}
          {a.project && <>, for “{highlight(a.project, terms)}”</>}
        </p>
        <PaperRefs paperIds={a.paperIds} paperLabels={paperLabels} />
      </div>
    </li>
  );
}

export function AwardsSection({
  results,
  query: q,
  paperLabels,
  onClearSearch,
}: AwardsSectionProps) {
  const { query, entries, visible, matchedTerms } = results;
  const searching = q.trim() !== '';
  const honors = visible.filter((e) => e.list === 'honor');
  const competitions = visible.filter((e) => e.list === 'competition');
  const students = visible.filter((e) => e.list === 'student');
  const status = query.data
    ? searching
      ? `${visible.length} of ${pluralize(entries.length, 'award')}`
      : pluralize(entries.length, 'award')
    : undefined;
  return (
    <Section id="awards" title="Awards" status={status}>
      <DataState
        query={query}
        what="The awards"
        skeleton={<Skeleton rows={6} rowHeight={2.5} label="Loading awards" />}
      >
        {() =>
          visible.length === 0 ? (
            <NoMatches what="awards" query={q} onClear={onClearSearch} />
          ) : (
            <>
              {honors.length > 0 && (
                <>
                  <SubHeading>Honors</SubHeading>
                  <ul className="divide-y divide-slate-100 dark:divide-slate-800/60">
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
                  <SubHeading>Competition awards</SubHeading>
                  <ul className="divide-y divide-slate-100 dark:divide-slate-800/60">
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
                  <SubHeading>Student awards</SubHeading>
                  <ul className="divide-y divide-slate-100 dark:divide-slate-800/60">
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
