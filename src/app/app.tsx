import { useQuery } from '@tanstack/react-query';
import {
  isValidElement,
  lazy,
  memo,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  type ReactNode,
} from 'react';
import { ErrorBoundary } from '#src/components/ui/error-boundary.tsx';
import { Skeleton } from '#src/components/ui/skeleton.tsx';
import { useAwardResults } from '#src/features/awards/use-award-results.ts';
import { useImpactResults } from '#src/features/impact/use-impact-results.ts';
import { useMediaResults } from '#src/features/media/use-media-results.ts';
import { useNewsResults } from '#src/features/news/use-news-results.ts';
import { ProfileHeader } from '#src/features/profile/profile-header.tsx';
import { profileQueryOptions } from '#src/features/profile/profile-query.ts';
import { PublicationsSection } from '#src/features/publications/publications-section.tsx';
import { usePublicationResults } from '#src/features/publications/use-publication-results.ts';
import { SearchBox, type SectionMatchCount } from '#src/search/search-box.tsx';
import { useCriteria } from '#src/search/use-criteria.ts';
import { useSettledQuery } from '#src/lib/use-settled-query.ts';
import { parseCriteria, serializeCriteria } from '#src/search/criteria.ts';

// Sections below the first screen load their code on demand; prerendered, they are readable before.
const NewsSection = lazy(() =>
  import('#src/features/news/news-section.tsx').then((m) => ({ default: m.NewsSection })),
);
const AwardsSection = lazy(() =>
  import('#src/features/awards/awards-section.tsx').then((m) => ({ default: m.AwardsSection })),
);
const ImpactSection = lazy(() =>
  import('#src/features/impact/impact-section.tsx').then((m) => ({ default: m.ImpactSection })),
);
const MediaSection = lazy(() =>
  import('#src/features/media/media-section.tsx').then((m) => ({ default: m.MediaSection })),
);
const profileSections = () => import('#src/features/profile/profile-sections.tsx');
const ResearchSection = lazy(() => profileSections().then((m) => ({ default: m.ResearchSection })));
const TeachingSection = lazy(() => profileSections().then((m) => ({ default: m.TeachingSection })));
const SponsorsSection = lazy(() => profileSections().then((m) => ({ default: m.SponsorsSection })));
const ContactSection = lazy(() => profileSections().then((m) => ({ default: m.ContactSection })));

const NO_NAMES: readonly string[] = [];

const NAV = [
  ['research', 'Research'],
  ['publications', 'Publications'],
  ['news', 'News'],
  ['awards', 'Awards'],
  ['impact', 'Impact'],
  ['media', 'Media'],
  ['teaching', 'Teaching'],
  ['sponsors', 'Sponsors'],
  ['contact', 'Contact'],
] as const;

interface GuardedProps {
  what: string;
  children: ReactNode;
}

/** A section behind its own error boundary and loading boundary. */
function GuardedSection({ what, children }: GuardedProps) {
  return (
    <ErrorBoundary what={what}>
      <Suspense
        fallback={
          <Skeleton rows={3} rowHeight={3} label={`Loading ${what.replace(/^The /, 'the ')}`} />
        }
      >
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}

/** Whether two sections would render the same: the same component with the same props. */
function sameSection(a: GuardedProps, b: GuardedProps): boolean {
  const [x, y] = [a.children, b.children];
  if (a.what !== b.what) return false;
  if (!isValidElement<Record<string, unknown>>(x) || !isValidElement<Record<string, unknown>>(y))
    return x === y;
  if (x.type !== y.type || x.key !== y.key) return false;
  const keys = Object.keys(x.props);
  return (
    keys.length === Object.keys(y.props).length &&
    keys.every((key) => Object.is(x.props[key], y.props[key]))
  );
}

/**
 * Renders again only when its section's props change: the one place where sections are
 * memoised, so that a keystroke renders only the sections it changes. Besides sparing the work,
 * this leaves a boundary that React has not hydrated yet to hydrate in its own time: one that
 * renders with new props must hydrate at once, and the first keystroke would otherwise hydrate
 * the whole page in it.
 */
const Guarded = memo(GuardedSection, sameSection);

/** The whole page, in order: the only place where the features meet. */
export function App() {
  const [liveCriteria, navigate] = useCriteria();
  // Marks the page as interactive (the prerendered HTML has been taken over), for tools and tests.
  useEffect(() => {
    document.documentElement.dataset.appReady = 'true';
    performance.mark('app-ready');
  }, []);
  // The controls show a change at once; the sections follow when React has time, so a click's own
  // render stays small however long the lists are (typing renders nothing at once: see SearchBox).
  const criteria = useDeferredValue(liveCriteria);
  // The filter controls follow the URL at once; keyed by the filters alone, typing leaves them be.
  const liveFilterKey = serializeCriteria({ ...liveCriteria, q: '' });
  const liveFilters = useMemo(() => parseCriteria(liveFilterKey), [liveFilterKey]);
  // Settled: the profile's sections then skip the render of every keystroke.
  const profile = useSettledQuery(useQuery(profileQueryOptions()));
  const publications = usePublicationResults(criteria);
  const news = useNewsResults(criteria);
  const awards = useAwardResults(criteria);
  const impact = useImpactResults(criteria);
  const media = useMediaResults(criteria);

  const paperLabels = useMemo(
    () => new Map(publications.papers.map((p) => [p.id, p.shortName ?? p.title])),
    [publications.papers],
  );
  const ownerNames = profile.data?.authorNames ?? NO_NAMES;
  const clearSearch = useCallback(() => navigate((c) => ({ ...c, q: '' }), 'push'), [navigate]);
  const counts: SectionMatchCount[] = [
    {
      id: 'publications',
      label: 'Publications',
      count: publications.query.data ? publications.visible.length : undefined,
    },
    { id: 'news', label: 'News', count: news.query.data ? news.visible.length : undefined },
    { id: 'awards', label: 'Awards', count: awards.query.data ? awards.visible.length : undefined },
    { id: 'impact', label: 'Impact', count: impact.query.data ? impact.visible.length : undefined },
    { id: 'media', label: 'Media', count: media.query.data ? media.visible.length : undefined },
  ];

  return (
    <>
      <a
        href="#publications"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900"
      >
        Skip to publications
      </a>
      <div className="z-10 border-b md:sticky md:top-0 print:hidden border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
        <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-2 sm:px-6 md:flex-row md:items-start md:gap-4">
          <div className="md:w-72 md:shrink-0 lg:w-80">
            <SearchBox
              criteria={liveCriteria}
              onNavigate={navigate}
              counts={counts}
              label="Search publications, news, awards, impact and media"
            />
          </div>
          <nav aria-label="Sections" className="-mx-4 overflow-x-auto px-4 md:mx-0 md:px-0">
            <ul className="flex gap-1 whitespace-nowrap">
              {NAV.map(([id, label]) => (
                <li key={id}>
                  <a
                    href={`#${id}`}
                    className="inline-flex min-h-11 items-center rounded-md px-2 text-sm font-medium text-slate-700 no-underline hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
                  >
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <Guarded what="The profile">
          <ProfileHeader query={profile} />
        </Guarded>
      </div>
      <main id="main" className="mx-auto max-w-6xl px-4 sm:px-6">
        <Guarded what="The research interests">
          <ResearchSection query={profile} />
        </Guarded>
        <Guarded what="The publication list">
          <PublicationsSection
            results={publications}
            liveFilters={liveFilters}
            ownerNames={ownerNames}
            onNavigate={navigate}
          />
        </Guarded>
        <Guarded what="The news">
          <NewsSection
            results={news}
            criteria={criteria}
            liveFilters={liveFilters}
            paperLabels={paperLabels}
            onNavigate={navigate}
          />
        </Guarded>
        <Guarded what="The awards">
          <AwardsSection
            results={awards}
            query={criteria.q}
            paperLabels={paperLabels}
            onClearSearch={clearSearch}
          />
        </Guarded>
        <Guarded what="The industry impact">
          <ImpactSection
            results={impact}
            query={criteria.q}
            paperLabels={paperLabels}
            onClearSearch={clearSearch}
          />
        </Guarded>
        <Guarded what="The media coverage">
          <MediaSection
            results={media}
            query={criteria.q}
            paperLabels={paperLabels}
            onClearSearch={clearSearch}
          />
        </Guarded>
        <Guarded what="The teaching">
          <TeachingSection query={profile} />
        </Guarded>
        <Guarded what="The sponsors">
          <SponsorsSection query={profile} />
        </Guarded>
        <Guarded what="The contact details">
          <ContactSection query={profile} />
        </Guarded>
      </main>
      <footer className="mx-auto max-w-6xl border-t border-slate-200 px-4 py-6 text-sm text-slate-600 sm:px-6 dark:border-slate-800 dark:text-slate-400">
        <p>
          {profile.data ? `© ${profile.data.name}. ` : ''}
          <span className="noscript:hidden">
            Search, filters and the view you see are kept in the address bar: copy it to share this
            view.
          </span>
        </p>
      </footer>
    </>
  );
}
