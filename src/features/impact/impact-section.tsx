import { useMessages } from '#src/i18n/messages-context.tsx';
import { highlight } from '#src/search/highlight.tsx';
import { PaperRefs } from '#src/search/paper-refs.tsx';
import { entrySection, entryView, type EntryContext } from '#src/sections/entry-section.tsx';
import type { Adoption, ImpactData, Integration } from './impact-schema.ts';
import { adoptionList, integrationList } from './impact-entries.ts';

function AdoptionEntry({ entry: a, terms, paperLabels }: EntryContext & { entry: Adoption }) {
  const t = useMessages();
  return (
    <li className="rounded-lg border border-rule p-3">
      <p className="font-medium text-ink-strong">{highlight(a.name, terms)}</p>
      {a.detail && (
        <p className="text-sm text-muted">
          {a.date && <time dateTime={a.date}>{t.format.yearMonth(a.date)}: </time>}
          {highlight(a.detail, terms)}
        </p>
      )}
      <PaperRefs paperIds={a.paperIds} paperLabels={paperLabels} origin />
    </li>
  );
}

function IntegrationEntry({ entry: i, terms, paperLabels }: EntryContext & { entry: Integration }) {
  const t = useMessages();
  return (
    <li className="py-2">
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
      <p className="text-sm text-muted">{t.impact.quote(highlight(i.text, terms))}</p>
      <PaperRefs paperIds={i.paperIds} paperLabels={paperLabels} />
    </li>
  );
}

export const ImpactSection = entrySection<ImpactData>({
  id: 'impact',
  skeleton: { rows: 4, rowHeight: 4 },
  intro: (data) => data.intro,
  views: [
    entryView(adoptionList, {
      className: 'grid gap-3 sm:grid-cols-2 lg:grid-cols-3',
      Entry: AdoptionEntry,
    }),
    entryView(integrationList, {
      heading: (t) => t.impact.integrations,
      className: 'divide-y divide-rule-soft',
      Entry: IntegrationEntry,
    }),
  ],
});
