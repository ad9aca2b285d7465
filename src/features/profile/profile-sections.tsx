import type { UseQueryResult } from '@tanstack/react-query';
import { DataSection } from '#src/components/ui/data-section.tsx';
import { ExternalLink } from '#src/components/ui/external-link.tsx';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { CriteriaLink, paperPermalink, topicsView } from '#src/search/criteria-link.tsx';
import type { Profile } from './profile-schema.ts';

type ProfileQuery = UseQueryResult<Profile>;

interface ProfileSectionProps {
  title: string;
  query: ProfileQuery;
}

/** The owner's own summary of their research, each group linking to its papers and its topic filter. */
export function ResearchSection({ title, query }: ProfileSectionProps) {
  const t = useMessages();
  if (query.data && query.data.researchInterests.length === 0 && query.data.projects.length === 0)
    return null;
  return (
    <DataSection id="research" title={title} query={query} skeleton={{ rows: 5, rowHeight: 3 }}>
      {(profile) => (
        <>
          <dl className="space-y-4">
            {profile.researchInterests.map((interest) => (
              <div key={interest.label}>
                <dt className="font-medium text-ink-strong">
                  {interest.topicIds.length > 0 ? (
                    <CriteriaLink
                      to={topicsView(interest.topicIds)}
                      hash="#publications"
                      className="inline-flex min-h-11 items-center"
                    >
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
                        className="inline-flex min-h-9 items-center px-1 text-sm text-muted"
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
              {t.profile.projects}{' '}
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
    </DataSection>
  );
}

function Course({ course }: { course: Profile['teaching'][number] }) {
  return (
    <li>
      <p className="font-medium text-ink-strong">
        {course.url ? <ExternalLink href={course.url}>{course.title}</ExternalLink> : course.title}
        {course.label && <span className="font-normal text-muted"> ({course.label})</span>}
      </p>
      <p className="text-ink-soft">
        {[course.term, course.schedule, course.note].filter(Boolean).join(' · ')}
      </p>
    </li>
  );
}

export function TeachingSection({ title, query }: ProfileSectionProps) {
  const courses = query.data?.teaching;
  if (courses?.length === 0) return null;
  return (
    <DataSection id="teaching" title={title} query={query} skeleton={{ rows: 1, rowHeight: 3 }}>
      {({ teaching }) => (
        <ul className="space-y-2">
          {teaching.map((course) => (
            <Course key={course.title} course={course} />
          ))}
        </ul>
      )}
    </DataSection>
  );
}

export function SponsorsSection({ title, query }: ProfileSectionProps) {
  if (query.data && !query.data.sponsors?.names.length) return null;
  return (
    <DataSection id="sponsors" title={title} query={query} skeleton={{ rows: 2, rowHeight: 2.5 }}>
      {(profile) => (
        <>
          {profile.sponsors?.intro && <p className="mb-3">{profile.sponsors.intro}</p>}
          <ul className="flex flex-wrap gap-2">
            {profile.sponsors?.names.map((name) => (
              <li key={name} className="rounded-md bg-subtle px-2.5 py-1 text-sm">
                {name}
              </li>
            ))}
          </ul>
        </>
      )}
    </DataSection>
  );
}

export function ContactSection({ title, query }: ProfileSectionProps) {
  const t = useMessages();
  return (
    <DataSection id="contact" title={title} query={query} skeleton={{ rows: 3, rowHeight: 2 }}>
      {(profile) => (
        <div className="grid gap-6 sm:grid-cols-2">
          {profile.education.length > 0 && (
            <div>
              <h3 className="font-serif text-lg font-semibold text-ink-strong">
                {t.profile.education}
              </h3>
              <ul className="mt-1 space-y-1">
                {profile.education.map((e) => (
                  <li key={`${e.degree}-${e.institution}`}>
                    <span className="font-medium">{e.degree}</span> {e.institution}
                    {e.year !== undefined && `, ${e.year}`}
                    {e.advisor && (
                      <span className="text-muted">. {t.profile.advisor(e.advisor)}</span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div>
            <h3 className="font-serif text-lg font-semibold text-ink-strong">
              {t.profile.contact}
            </h3>
            {profile.email && (
              <p className="mt-1">
                {t.profile.email} <span className="font-mono text-[0.95em]">{profile.email}</span>
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
    </DataSection>
  );
}
