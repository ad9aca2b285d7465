import { DatedEntry } from '#src/components/ui/dated-entry.tsx';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { highlight } from '#src/search/highlight.tsx';
import { PaperRefs } from '#src/search/paper-refs.tsx';
import { entrySection, entryView, type EntryContext } from '#src/sections/entry-section.tsx';
import type { AwardsData, Competition, Honor, StudentAward } from './awards-schema.ts';
import { competitionList, honorList, studentAwardList } from './awards-entries.ts';

function HonorEntry({ entry: honor, terms, paperLabels }: EntryContext & { entry: Honor }) {
  const t = useMessages();
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

function CompetitionEntry({ entry: c, terms, paperLabels }: EntryContext & { entry: Competition }) {
  const t = useMessages();
  const where = [c.track, c.event].filter(Boolean).join(', ');
  const who = c.team ?? c.recipients;
  return (
    <DatedEntry date={c.date} className="py-2">
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
    </DatedEntry>
  );
}

function StudentEntry({ entry: a, terms, paperLabels }: EntryContext & { entry: StudentAward }) {
  const t = useMessages();
  return (
    <DatedEntry date={a.date} className="py-2">
      <p>
        <span className="font-medium text-ink-strong">{highlight(a.name, terms)}</span>:{' '}
        {highlight(a.recipients, terms)}
        {a.project && t.awards.project(highlight(a.project, terms))}
      </p>
      <PaperRefs paperIds={a.paperIds} paperLabels={paperLabels} />
    </DatedEntry>
  );
}

const LIST = 'divide-y divide-rule-soft';

export const AwardsSection = entrySection<AwardsData>({
  id: 'awards',
  skeleton: { rows: 6, rowHeight: 2.5 },
  views: [
    entryView(honorList, { heading: (t) => t.awards.honors, className: LIST, Entry: HonorEntry }),
    entryView(competitionList, {
      heading: (t) => t.awards.competitions,
      className: LIST,
      Entry: CompetitionEntry,
    }),
    entryView(studentAwardList, {
      heading: (t) => t.awards.students,
      className: LIST,
      Entry: StudentEntry,
    }),
  ],
});
