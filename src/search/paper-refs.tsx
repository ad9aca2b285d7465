import { CriteriaLink, paperPermalink } from './criteria-link.tsx';

interface PaperRefsProps {
  paperIds: readonly string[];
  /** Paper id -> a short name to show; ids not in the map are not shown. */
  paperLabels: ReadonlyMap<string, string>;
  prefix?: string;
}

/** Links from news, awards, impact or media to the papers behind them, in the publication list. */
export function PaperRefs({ paperIds, paperLabels, prefix = 'Paper' }: PaperRefsProps) {
  const known = paperIds.filter((id) => paperLabels.has(id));
  if (known.length === 0) return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 text-sm">
      <span className="text-slate-600 dark:text-slate-400">
        {known.length > 1 ? `${prefix}s:` : `${prefix}:`}
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
