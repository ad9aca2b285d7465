import { ExternalLink } from '#src/components/ui/external-link.tsx';
import { highlight } from '#src/search/highlight.tsx';
import { PaperRefs } from '#src/search/paper-refs.tsx';
import { entrySection, entryView, type EntryContext } from '#src/sections/entry-section.tsx';
import type { MediaData, MediaGroup } from './media-schema.ts';
import { mediaGroupList } from './media-entries.ts';

function MediaGroupEntry({
  entry: group,
  terms,
  paperLabels,
}: EntryContext & { entry: MediaGroup }) {
  return (
    <div>
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
            <span className="font-medium text-ink-strong">{highlight(article.outlet, terms)}</span>
            {': '}
            {article.url ? (
              <ExternalLink href={article.url}>{highlight(article.headline, terms)}</ExternalLink>
            ) : (
              highlight(article.headline, terms)
            )}
          </li>
        ))}
      </ul>
      <PaperRefs paperIds={group.paperIds} paperLabels={paperLabels} />
    </div>
  );
}

export const MediaSection = entrySection<MediaData>({
  id: 'media',
  skeleton: { rows: 5, rowHeight: 5 },
  views: [
    entryView(mediaGroupList, {
      element: 'div',
      className: 'grid gap-6 md:grid-cols-2',
      Entry: MediaGroupEntry,
    }),
  ],
});
