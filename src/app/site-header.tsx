import type { Site } from '#src/app/site.ts';
import { useMessages } from '#src/i18n/messages-context.tsx';
import type { Criteria } from '#src/search/criteria.ts';
import { SearchBox, type SectionMatchCount } from '#src/search/search-box.tsx';
import type { navigateToCriteria } from '#src/search/use-criteria.ts';
import { ThemeControl } from './theme-control.tsx';

interface SiteHeaderProps {
  site: Site;
  criteria: Criteria;
  onNavigate: typeof navigateToCriteria;
  /** The searched sections, each with its matches; none: the site has nothing to search. */
  counts: readonly SectionMatchCount[];
  searchLabel: string;
  onEnterResults: () => void;
}

/**
 * The bar above the page: one search over every section, a link to each section, the theme. The
 * search stays at the top of the screen wherever the visitor scrolls (on a phone the bar holds the
 * search alone, so it takes little room; the links scroll away with the page).
 */
export function SiteHeader({
  site,
  criteria,
  onNavigate,
  counts,
  searchLabel,
  onEnterResults,
}: SiteHeaderProps) {
  const t = useMessages();
  return (
    <div className="contents md:sticky md:top-0 md:z-20 md:block md:border-b md:border-rule md:bg-canvas print:hidden">
      <div className="contents md:mx-auto md:flex md:max-w-6xl md:items-start md:gap-4 md:px-6 md:py-2">
        {counts.length > 0 && (
          <div className="sticky top-0 z-20 border-b border-rule bg-canvas px-4 py-2 md:static md:w-72 md:shrink-0 md:border-0 md:p-0 lg:w-80">
            <SearchBox
              criteria={criteria}
              onNavigate={onNavigate}
              counts={counts}
              label={searchLabel}
              onEnterResults={onEnterResults}
            />
          </div>
        )}
        <div className="flex items-start gap-2 px-4 pt-1 md:flex-1 md:px-0 md:pt-0">
          {site.sections.length > 1 && (
            <nav aria-label={t.app.sectionsNav} className="min-w-0 flex-1 overflow-x-auto">
              <ul className="flex gap-1 whitespace-nowrap">
                {site.sections.map(({ id, title }) => (
                  <li key={id}>
                    <a
                      href={`#${id}`}
                      className="inline-flex min-h-11 items-center rounded-md px-2 text-sm font-medium text-ink-soft no-underline hover:bg-hover"
                    >
                      {title ?? t.sections[id].nav}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <ThemeControl />
        </div>
      </div>
    </div>
  );
}
