import { Badge } from '#src/components/ui/badge.tsx';
import { DatedEntry } from '#src/components/ui/dated-entry.tsx';
import { ExternalLink } from '#src/components/ui/external-link.tsx';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { highlight } from '#src/search/highlight.tsx';
import { PaperRefs } from '#src/search/paper-refs.tsx';
import type { EntryContext } from '#src/sections/entry-section.tsx';
import type { NewsItem } from './news-schema.ts';

/** One item of the timeline: its month, kind, text, links and papers. */
export function NewsEntry({ entry: item, terms, paperLabels }: EntryContext & { entry: NewsItem }) {
  const t = useMessages();
  // A link the source names without its address is not shown.
  const links = item.links.filter((link) => link.url !== undefined);
  return (
    <DatedEntry date={item.date} className="entry-when-visible py-3" strongDate>
      <p className="break-words">
        <span className="mr-2 align-[0.1em]">
          <Badge>{t.news.kinds[item.kind]}</Badge>
        </span>
        {highlight(item.text, terms)}
      </p>
      {(links.length > 0 || item.paperIds.length > 0) && (
        <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
          {links.length > 0 && (
            <ul className="flex flex-wrap gap-x-3 text-sm" aria-label={t.common.links}>
              {links.map((link, i) => (
                <li key={`${link.label}-${i}`}>
                  <ExternalLink href={link.url ?? ''} className="inline-flex min-h-6 items-center">
                    {link.label}
                  </ExternalLink>
                </li>
              ))}
            </ul>
          )}
          <PaperRefs paperIds={item.paperIds} paperLabels={paperLabels} />
        </div>
      )}
    </DatedEntry>
  );
}
