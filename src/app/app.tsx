import { useQuery } from '@tanstack/react-query';
import {
  lazy,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  type ComponentType,
  type ReactNode,
} from 'react';
import type { SectionId, Site } from '#src/app/site.ts';
import { useAwardResults } from '#src/features/awards/use-award-results.ts';
import { useImpactResults } from '#src/features/impact/use-impact-results.ts';
import { useMediaResults } from '#src/features/media/use-media-results.ts';
import { useNewsResults } from '#src/features/news/use-news-results.ts';
import { ProfileHeader } from '#src/features/profile/profile-header.tsx';
import { profileFile } from '#src/features/profile/profile-query.ts';
import { PublicationsSection } from '#src/features/publications/publications-section.tsx';
import { usePublicationResults } from '#src/features/publications/use-publication-results.ts';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { useSettledQuery } from '#src/lib/use-settled-query.ts';
import { isResultsView, parseCriteria, serializeCriteria, sortMode } from '#src/search/criteria.ts';
import type { SectionMatchCount } from '#src/search/search-box.tsx';
import { useCriteria } from '#src/search/use-criteria.ts';
import { Guarded } from './guarded.tsx';
import { focusFirstResult, usePageView } from './use-page-view.ts';
import { SiteHeader } from './site-header.tsx';

/** A component that a module exports by name, its code loaded when it is first shown. */
function lazyExport<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

// Sections below the first screen load their code on demand; prerendered, they are readable before.
const NewsSection = lazyExport(() => import('#src/features/news/news-section.tsx'), 'NewsSection');
const AwardsSection = lazyExport(
  () => import('#src/features/awards/awards-section.tsx'),
  'AwardsSection',
);
const ImpactSection = lazyExport(
  () => import('#src/features/impact/impact-section.tsx'),
  'ImpactSection',
);
const MediaSection = lazyExport(
  () => import('#src/features/media/media-section.tsx'),
  'MediaSection',
);
const profileSections = () => import('#src/features/profile/profile-sections.tsx');
/** The profile's own sections: each shows a part of the profile file. */
const PROFILE_SECTIONS = {
  research: lazyExport(profileSections, 'ResearchSection'),
  teaching: lazyExport(profileSections, 'TeachingSection'),
  sponsors: lazyExport(profileSections, 'SponsorsSection'),
  contact: lazyExport(profileSections, 'ContactSection'),
} as const;

const NO_NAMES: readonly string[] = [];

/** The sections the search box searches and counts, in the order it names them. */
const SEARCHED = ['publications', 'news', 'awards', 'impact', 'media'] as const;
const isSearched = (id: SectionId): id is (typeof SEARCHED)[number] =>
  SEARCHED.some((searched) => searched === id);

/** The whole page, in order: the only place where the features meet. */
export function App({ site }: { site: Site }) {
  const t = useMessages();
  const [liveCriteria, navigate] = useCriteria();
  // Marks the page as interactive (the prerendered HTML has been taken over), for tools and tests.
  useEffect(() => {
    document.documentElement.dataset.appReady = 'true';
    performance.mark('app-ready');
  }, []);
  const has = (id: SectionId) => site.sections.some((section) => section.id === id);
  /** The owner's own name for a section, where their site gives one. */
  const ownTitle = (id: SectionId) => site.sections.find((section) => section.id === id)?.title;
  const titleOf = (id: SectionId) => ownTitle(id) ?? t.sections[id].title;
  // The controls show a change at once; the sections follow when React has time, so a click's own
  // render stays small however long the lists are (typing renders nothing at once: see SearchBox).
  const criteria = useDeferredValue(liveCriteria);
  // The filter controls follow the URL at once; keyed by the filters alone, typing leaves them be.
  const liveFilterKey = serializeCriteria({ ...liveCriteria, q: '' });
  const liveFilters = useMemo(() => parseCriteria(liveFilterKey), [liveFilterKey]);
  // Settled: the profile's sections then skip the render of every keystroke.
  const profile = useSettledQuery(useQuery(profileFile.queryOptions()));
  const ownerNames = profile.data?.authorNames ?? NO_NAMES;
  const publications = usePublicationResults(criteria, has('publications'), ownerNames);
  const news = useNewsResults(criteria, has('news'));
  const awards = useAwardResults(criteria, has('awards'));
  const impact = useImpactResults(criteria, has('impact'));
  const media = useMediaResults(criteria, has('media'));
  const { papers } = publications;
  const paperLabels = useMemo(
    () => new Map(papers.map((p) => [p.id, p.shortName ?? p.title])),
    [papers],
  );
  const results = { publications, news, awards, impact, media };
  const clearSearch = useCallback(() => navigate((c) => ({ ...c, q: '' }), 'push'), [navigate]);
  const searched = SEARCHED.filter(has);
  const resultsView = isResultsView(liveCriteria);
  // The results on screen answer the address: the deferred criteria caught up, every section's
  // search arrived.
  const answered = criteria === liveCriteria && searched.every((id) => !results[id].pending);
  usePageView(resultsView, answered);
  /** How many of a section's entries a search matches (0 with no search: the filters are the
   * publication list's own, but for the news's year and kind). */
  const matchesIn = (id: SectionId): number => {
    if (!isSearched(id)) return 0;
    if (id === 'publications') return publications.visible.length;
    // The news's own filters narrow it like a search does.
    if (id === 'news' && (criteria.newsYear !== null || criteria.newsKinds.length > 0))
      return news.visible.length;
    return criteria.q.trim() === '' ? 0 : results[id].visible.length;
  };
  const counts: SectionMatchCount[] = searched.map((id) => {
    // Listed unsearched while its search worker is down: the list's length is no count of matches.
    const unavailable = id === 'publications' && publications.searchTrouble !== undefined;
    return {
      id,
      label: ownTitle(id) ?? t.sections[id].nav,
      count: results[id].query.data && !unavailable ? results[id].visible.length : undefined,
      unavailable,
    };
  });

  const section = (id: SectionId): ReactNode => {
    const title = titleOf(id);
    const found = { query: criteria.q, paperLabels, onClearSearch: clearSearch };
    switch (id) {
      case 'publications':
        return (
          <PublicationsSection
            title={title}
            results={publications}
            liveFilters={liveFilters}
            liveSort={sortMode(liveCriteria)}
            ownerNames={ownerNames}
            onNavigate={navigate}
          />
        );
      case 'news':
        return (
          <NewsSection
            title={title}
            results={news}
            criteria={criteria}
            liveFilters={liveFilters}
            paperLabels={paperLabels}
            onNavigate={navigate}
          />
        );
      case 'awards':
        return <AwardsSection title={title} results={awards} {...found} />;
      case 'impact':
        return <ImpactSection title={title} results={impact} {...found} />;
      case 'media':
        return <MediaSection title={title} results={media} {...found} />;
      case 'research':
      case 'teaching':
      case 'sponsors':
      case 'contact': {
        const ProfileSection = PROFILE_SECTIONS[id];
        return <ProfileSection title={title} query={profile} />;
      }
    }
  };

  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-canvas focus:px-3 focus:py-2"
      >
        {t.app.skipToMain}
      </a>
      <SiteHeader
        onEnterResults={focusFirstResult}
        site={site}
        criteria={liveCriteria}
        onNavigate={navigate}
        counts={counts}
        searchLabel={t.search.label(searched.map((id) => t.search.scopes[id]))}
      />
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <Guarded what={t.profile.what}>
          <ProfileHeader query={profile} />
        </Guarded>
      </div>
      <main id="main" className="mx-auto max-w-6xl px-4 sm:px-6">
        <p data-results-note role="status" className="py-10 text-muted">
          {t.search.searching}
        </p>
        {site.sections.map(({ id }) => (
          // What the results view shows of a section: the publication list always, another
          // section while it has matches, the profile's own sections never (index.css).
          <div
            key={id}
            data-section={id}
            data-browse-only={isSearched(id) ? undefined : ''}
            data-matches={id === 'publications' ? undefined : matchesIn(id)}
          >
            <Guarded what={t.sections[id].what}>{section(id)}</Guarded>
          </div>
        ))}
      </main>
      <footer
        data-results-pending-hidden
        className="mx-auto max-w-6xl border-t border-rule px-4 py-6 text-sm text-muted sm:px-6"
      >
        <p>
          {profile.data ? `${t.app.copyright(profile.data.name)} ` : ''}
          {searched.length > 0 && <span className="noscript:hidden">{t.app.shareHint}</span>}
        </p>
      </footer>
    </>
  );
}
