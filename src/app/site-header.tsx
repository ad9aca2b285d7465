import type { Site } from '#src/app/site.ts';
import { useMessages } from '#src/i18n/messages-context.tsx';
import type { Criteria } from '#src/search/criteria.ts';
import { SearchBox, type SectionMatchCount } from '#src/search/search-box.tsx';
import type { navigateToCriteria } from '#src/search/use-criteria.ts';

interface SiteHeaderProps {
  site: Site;
  criteria: Criteria;
  onNavigate: typeof navigateToCriteria;
  /** The searched sections, each with its matches; none: the site has nothing to search. */
  counts: readonly SectionMatchCount[];
  searchLabel: string;
}

/** The bar above the page: one search over every section, and a link to each section. */
export function SiteHeader({ site, criteria, onNavigate, counts, searchLabel }: SiteHeaderProps) {
  const t = useMessages();
  return (
    <div className="z-10 border-b border-rule bg-canvas md:sticky md:top-0 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-2 sm:px-6 md:flex-row md:items-start md:gap-4">
        {counts.length > 0 && (
          <div className="md:w-72 md:shrink-0 lg:w-80">
            <SearchBox
              criteria={criteria}
              onNavigate={onNavigate}
              counts={counts}
              label={searchLabel}
            />
          </div>
        )}
        {site.sections.length > 1 && (
          <nav
            aria-label={t.app.sectionsNav}
            className="-mx-4 overflow-x-auto px-4 md:mx-0 md:px-0"
          >
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
      </div>
    </div>
  );
}
