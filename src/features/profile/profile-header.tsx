import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { describeLoadError } from '#src/components/ui/data-state.tsx';
import { ExternalLink } from '#src/components/ui/external-link.tsx';
import { useMessages } from '#src/i18n/messages-context.tsx';
import type { Profile } from './profile-schema.ts';

/** The page's banner: who this is, what they work on, where to find them, and the bio. */
export function documentTitle(profile: Profile): string {
  const role = [profile.title, profile.affiliation].filter(Boolean).join(', ');
  return role ? `${profile.name} · ${role}` : profile.name;
}

export function ProfileHeader({ query }: { query: UseQueryResult<Profile> }) {
  const t = useMessages();
  const profile = query.data;
  useEffect(() => {
    if (profile) document.title = documentTitle(profile);
  }, [profile]);
  if (!profile) {
    return (
      <header className="py-8">
        <h1 className="font-serif text-3xl font-semibold text-ink-strong">
          {query.isError ? (
            t.profile.fallbackTitle
          ) : (
            <span
              className="inline-block h-9 w-64 animate-pulse rounded bg-subtle"
              role="status"
              aria-label={t.profile.loading}
            />
          )}
        </h1>
        {query.isError && (
          <div className="mt-4">
            <ErrorState
              title={t.common.couldNotLoad(t.profile.what)}
              message={describeLoadError(query.error, t)}
              onRetry={() => void query.refetch()}
            />
          </div>
        )}
        {!query.isError && <div className="mt-4 h-40" />}
      </header>
    );
  }
  const role = [profile.title, profile.affiliation].filter(Boolean).join(', ');
  return (
    <header
      data-profile
      className="grid gap-x-10 pt-8 pb-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]"
    >
      <div>
        <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink-strong">
          {profile.name}
        </h1>
        {role && (
          <p data-browse-only className="mt-1 text-lg text-ink-soft">
            {role}
          </p>
        )}
        {profile.taglines.length > 0 && (
          <p data-browse-only className="mt-3 font-serif text-xl text-link italic">
            {profile.taglines.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </p>
        )}
        {profile.focus && (
          <p data-browse-only className="mt-3 max-w-prose">
            {profile.focus}
          </p>
        )}
        {profile.links.length > 0 && (
          <ul data-browse-only className="mt-4 flex flex-wrap gap-2" aria-label={t.common.links}>
            {profile.links.map((link) => (
              <li key={link.url}>
                <ExternalLink
                  href={link.url}
                  className="inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm font-medium no-underline hover:bg-hover"
                >
                  {link.label}
                </ExternalLink>
              </li>
            ))}
          </ul>
        )}
      </div>
      {profile.bio.length > 0 && (
        <div data-browse-only className="mt-6 text-ink-soft lg:mt-1">
          {profile.bio.map((paragraph, i) => (
            <p key={i} className="mb-3 max-w-prose">
              {paragraph}
            </p>
          ))}
        </div>
      )}
    </header>
  );
}
