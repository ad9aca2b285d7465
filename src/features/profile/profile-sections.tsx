import type { UseQueryResult } from '@tanstack/react-query';
import { DataState } from '#src/components/ui/data-state.tsx';
import { ExternalLink } from '#src/components/ui/external-link.tsx';
import { Section } from '#src/components/ui/section.tsx';
import { Skeleton } from '#src/components/ui/skeleton.tsx';
import { CriteriaLink, paperPermalink, topicsView } from '#src/search/criteria-link.tsx';
import type { Profile } from './profile-query.ts';

type ProfileQuery = UseQueryResult<Profile>;

/** The owner's own summary of their research, each group linking to its papers and its topic filter. */
export function ResearchSection({ query }: { query: ProfileQuery }) {
  if (query.data && query.data.researchInterests.length === 0 && query.data.projects.length === 0)
    return null;
  return (
    <Section id="research" title="Research Interests">
      <DataState
        query={query}
        what="The research interests"
        skeleton={<Skeleton rows={5} rowHeight={3} label="Loading research interests" />}
      >
        {(profile) => (
          <>
            <dl className="space-y-4">
              {profile.researchInterests.map((interest) => (
                <div key={interest.label}>
                  <dt className="font-medium text-slate-900 dark:text-white">
                    {interest.topicIds.length > 0 ? (
                      <CriteriaLink to={topicsView(interest.topicIds)} hash="#publications">
                        {interest.label}
                      </CriteriaLink>
                    ) : (
                      interest.label
                    )}
                  </dt>
                  <dd className="mt-1 flex flex-wrap gap-1.5">
                    {interest.papers.map((ref, i) =>
                      ref.paperId ? (
                        <CriteriaLink
                          key={i}
                          to={paperPermalink(ref.paperId)}
                          hash="#publications"
                          className="chip-button"
                        >
                          {ref.label}
                        </CriteriaLink>
                      ) : ref.url ? (
                        <ExternalLink key={i} href={ref.url} className="chip-button">
                          {ref.label}
                        </ExternalLink>
                      ) : (
                        <span
                          key={i}
                          className="inline-flex min-h-9 items-center px-1 text-sm text-slate-600 dark:text-slate-400"
                        >
                          {ref.label}
                        </span>
                      ),
                    )}
                  </dd>
                </div>
              ))}
            </dl>
            {profile.projects.length > 0 && (
              <p className="mt-4">
                Projects:{' '}
                {profile.projects.map((project, i) => (
                  <span key={project.name}>
                    {i > 0 && ', '}
                    {project.url ? (
                      <ExternalLink href={project.url}>{project.name}</ExternalLink>
                    ) : (
                      project.name
                    )}
                  </span>
                ))}
              </p>
            )}
          </>
        )}
      </DataState>
    </Section>
  );
}

export function TeachingSection({ query }: { query: ProfileQuery }) {
  if (query.data && query.data.teaching.length === 0) return null;
  return (
    <Section id="teaching" title="Teaching">
      <DataState
        query={query}
        what="The teaching"
        skeleton={<Skeleton rows={1} rowHeight={3} label="Loading teaching" />}
      >
        {(profile) => (
          <ul className="space-y-2">
            {profile.teaching.map((course) => (
              <li key={course.title}>
                <p className="font-medium text-slate-900 dark:text-white">
                  {course.url ? (
                    <ExternalLink href={course.url}>{course.title}</ExternalLink>
                  ) : (
                    course.title
                  )}
                  {course.label && (
                    <span className="font-normal text-slate-600 dark:text-slate-400">
                      {' '}
                      ({course.label})
                    </span>
                  )}
                </p>
                <p className="text-slate-700 dark:text-slate-300">
                  {[course.term, course.schedule, course.note].filter(Boolean).join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </DataState>
    </Section>
  );
}

export function SponsorsSection({ query }: { query: ProfileQuery }) {
  if (query.data && !query.data.sponsors?.names.length) return null;
  return (
    <Section id="sponsors" title="Sponsors">
      <DataState
        query={query}
        what="The sponsors"
        skeleton={<Skeleton rows={2} rowHeight={2.5} label="Loading sponsors" />}
      >
        {(profile) => (
          <>
            {profile.sponsors?.intro && <p className="mb-3">{profile.sponsors.intro}</p>}
            <ul className="flex flex-wrap gap-2">
              {profile.sponsors?.names.map((name) => (
                <li
                  key={name}
                  className="rounded-md bg-slate-100 px-2.5 py-1 text-sm dark:bg-slate-800"
                >
                  {name}
                </li>
              ))}
            </ul>
          </>
        )}
      </DataState>
    </Section>
  );
}

export function ContactSection({ query }: { query: ProfileQuery }) {
  return (
    <Section id="contact" title="Education & Contact">
      <DataState
        query={query}
        what="The education and contact details"
        skeleton={<Skeleton rows={3} rowHeight={2} label="Loading contact" />}
      >
        {(profile) => (
          <div className="grid gap-6 sm:grid-cols-2">
            {profile.education.length > 0 && (
              <div>
                <h3 className="font-serif text-lg font-semibold text-slate-900 dark:text-white">
                  Education
                </h3>
                <ul className="mt-1 space-y-1">
                  {profile.education.map((e) => (
                    <li key={`${e.degree}-${e.institution}`}>
                      <span className="font-medium">{e.degree}</span> {e.institution}
                      {e.year !== undefined && `, ${e.year}`}
                      {e.advisor && (
                        <span className="text-slate-600 dark:text-slate-400">
                          . Advisor: {e.advisor}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <div>
              <h3 className="font-serif text-lg font-semibold text-slate-900 dark:text-white">
                Contact
              </h3>
              {profile.email && (
                <p className="mt-1">
                  Email: <span className="font-mono text-[0.95em]">{profile.email}</span>
                </p>
              )}
              {profile.internship?.email && (
                <p className="mt-1">
                  {profile.internship.text}{' '}
                  <span className="font-mono text-[0.95em]">{profile.internship.email}</span>
                </p>
              )}
            </div>
          </div>
        )}
      </DataState>
    </Section>
  );
}
