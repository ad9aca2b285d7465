import { useMessages } from '#src/i18n/messages-context.tsx';
import { CriteriaLink, paperPermalink } from './criteria-link.tsx';

interface PaperRefsProps {
  paperIds: readonly string[];
  /** Paper id -> a short name to show; ids not in the map are not shown. */
  paperLabels: ReadonlyMap<string, string>;
  /** "From paper:" (what a product came from) rather than "Paper:". */
  origin?: boolean;
}

/** Links from news, awards, impact or media to the papers behind them, in the publication list. */
export function PaperRefs({ paperIds, paperLabels, origin = false }: PaperRefsProps) {
  const t = useMessages();
  const known = paperIds.filter((id) => paperLabels.has(id));
  if (known.length === 0) return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 text-sm">
      <span className="text-muted">
        {origin ? t.paperRefs.fromPaper(known.length) : t.paperRefs.paper(known.length)}
      </span>
      {known.map((id) => (
        <CriteriaLink
          key={id}
          to={paperPermalink(id)}
          hash="#publications"
          className="inline-flex min-h-6 items-center"
        >
          {paperLabels.get(id)}
        </CriteriaLink>
      ))}
    </span>
  );
}
