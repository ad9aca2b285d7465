import { memo, useState, type MouseEvent, type ReactNode } from 'react';
import { Badge } from '#src/components/ui/badge.tsx';
import { buttonClasses } from '#src/components/ui/button.tsx';
import { ExternalLink } from '#src/components/ui/external-link.tsx';
import type { Messages } from '#src/i18n/messages/en.ts';
import { useMessages } from '#src/i18n/messages-context.tsx';
import {
  CriteriaLink,
  isPlainClick,
  paperPermalink,
  topicsView,
} from '#src/search/criteria-link.tsx';
import { highlight } from '#src/search/highlight.tsx';
import { parseCriteria } from '#src/search/criteria.ts';
import { navigateToCriteria } from '#src/search/use-criteria.ts';
import { scrollToElement } from '#src/lib/scroll-to-element.ts';
import { authorSlug } from './author-slug.ts';
import { paperPagePath } from './paper-kinds.ts';
import type { Paper } from './publications-schema.ts';
import { CiteButton } from './cite/cite-button.tsx';

interface PublicationItemProps {
  paper: Paper;
  topicLabels: ReadonlyMap<string, string>;
  ownerNames: readonly string[];
  matchedTerms: ReadonlySet<string>;
  /** Skips its rendering while off the screen: for entries after the first screenful. */
  skipOffscreen: boolean;
}

export function paperAnchorId(paperId: string): string {
  return `paper-${paperId}`;
}

/** Every resource of a paper, with an arXiv and a DOI link made from their ids where the data has them. */
export function resourceLinks(paper: Paper, t: Messages): Array<{ label: string; url: string }> {
  const links = paper.links.map((link) => ({
    label: link.label ?? t.paper.linkKinds[link.kind],
    url: link.url,
  }));
  const hasArxivLink =
    paper.arxiv !== undefined && paper.links.some((link) => link.url.includes(paper.arxiv ?? ''));
  if (paper.arxiv && !hasArxivLink)
    links.push({ label: t.paper.arxiv, url: `https://arxiv.org/abs/${paper.arxiv}` });
  if (paper.doi) links.push({ label: t.paper.doi, url: `https://doi.org/${paper.doi}` });
  return links;
}

/**
 * Narrows the list to a co-author's papers, on top of the search and the other filters. (The
 * link's own address, for a new tab or a page without scripts, names the co-author alone.)
 */
function followAuthor(event: MouseEvent<HTMLAnchorElement>) {
  if (!isPlainClick(event)) return;
  const slug = parseCriteria(event.currentTarget.search).authors[0];
  if (slug === undefined) return;
  event.preventDefault();
  navigateToCriteria(
    (c) => ({
      ...c,
      paper: null,
      authors: c.authors.includes(slug) ? c.authors : [...c.authors, slug],
    }),
    'push',
    '#publications',
  );
  scrollToElement('publications');
}

/**
 * The author list: each co-author a link to their papers, the owner's names in bold, and the
 * commas between them plain text (one element per co-author, none around it: a long list shows
 * hundreds of authors).
 */
function Authors({
  paper,
  ownerNames,
  matchedTerms,
}: Omit<PublicationItemProps, 'topicLabels' | 'skipOffscreen'>) {
  const t = useMessages();
  if (!paper.authors) return null;
  const equal = paper.equalContribution ?? 0;
  const pieces: ReactNode[] = [];
  // Text next to text is one string: one text node.
  const add = (piece: ReactNode) => {
    const last = pieces.length - 1;
    if (typeof piece === 'string' && typeof pieces[last] === 'string') pieces[last] += piece;
    else pieces.push(piece);
  };
  paper.authors.forEach((author, i) => {
    if (i > 0) add(', ');
    const owner = ownerNames.includes(author);
    const slug = owner ? '' : authorSlug(author);
    if (owner) {
      pieces.push(
        <strong key={i} className="font-semibold text-ink-strong">
          {highlight(author, matchedTerms)}
        </strong>,
      );
    } else if (slug === '') {
      add(highlight(author, matchedTerms));
    } else {
      pieces.push(
        <a
          key={i}
          href={`?author=${slug}#publications`}
          className="author-link"
          onClick={followAuthor}
        >
          {highlight(author, matchedTerms)}
        </a>,
      );
    }
    if (i < equal || paper.equalContributors?.includes(author)) {
      pieces.push(
        <sup key={`${i}*`} aria-label={t.paper.equalContribution}>
          *
        </sup>,
      );
    }
  });
  return (
    <p className="text-[0.95rem] text-ink-soft">
      {pieces}
      {(equal > 0 || (paper.equalContributors?.length ?? 0) > 0) && (
        <span className="text-muted"> {t.paper.equalContributionNote}</span>
      )}
      {paper.authorsNote && <span className="block text-sm text-muted">{paper.authorsNote}</span>}
    </p>
  );
}

/**
 * A paper's abstract, folded away. Its matched words are marked only while it is open: a closed
 * abstract is plain text (still found by the browser's find-in-page, which opens it), so typing
 * over a long list does not build hundreds of hidden marks per paper.
 */
function Abstract({ text, matchedTerms }: { text: string; matchedTerms: ReadonlySet<string> }) {
  const t = useMessages();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="mt-1 text-[0.95rem]"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="inline-flex min-h-9 cursor-pointer items-center text-sm font-medium text-link">
        {t.paper.abstract}
      </summary>
      <p className="max-w-prose text-ink-soft">{open ? highlight(text, matchedTerms) : text}</p>
    </details>
  );
}

/** Memoised: while the visitor types, only entries whose highlighting changes render again. */
export const PublicationItem = memo(function PublicationItem({
  paper,
  topicLabels,
  ownerNames,
  matchedTerms,
  skipOffscreen,
}: PublicationItemProps) {
  const t = useMessages();
  const titleId = `${paperAnchorId(paper.id)}-title`;
  const links = resourceLinks(paper, t);
  const name = paper.shortName ?? paper.title;
  return (
    <article
      id={paperAnchorId(paper.id)}
      aria-labelledby={titleId}
      className={skipOffscreen ? 'paper-when-visible py-4' : 'py-4'}
    >
      <h4 id={titleId} className="text-lg leading-snug font-semibold text-ink-strong">
        <CriteriaLink
          to={paperPermalink(paper.id)}
          hash="#publications"
          className="text-inherit no-underline hover:underline"
        >
          {highlight(paper.title, matchedTerms)}
        </CriteriaLink>
        {paper.shortName && !paper.title.startsWith(paper.shortName) && (
          <span className="font-normal text-muted">
            {' '}
            ({highlight(paper.shortName, matchedTerms)})
          </span>
        )}
      </h4>
      <Authors paper={paper} ownerNames={ownerNames} matchedTerms={matchedTerms} />
      <p className="mt-1 flex flex-wrap items-center gap-1.5 text-sm text-muted">
        <Badge tone="accent">
          {highlight(
            paper.venue ? `${paper.venue} ${paper.year}` : String(paper.year),
            matchedTerms,
          )}
        </Badge>
        {paper.type !== 'conference' && <Badge>{t.paper.types[paper.type]}</Badge>}
        {paper.honors.map((honor) => (
          <Badge key={honor} tone="honor">
            {highlight(honor, matchedTerms)}
          </Badge>
        ))}
        {paper.venueName && (
          <span className="basis-full sm:basis-auto">
            {highlight(paper.venueName, matchedTerms)}
          </span>
        )}
      </p>
      {paper.abstract && <Abstract text={paper.abstract} matchedTerms={matchedTerms} />}
      <div className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1">
        <ul className="flex flex-wrap gap-1.5" aria-label={t.paper.resourcesFor(name)}>
          {links.map((link, i) => (
            <li key={`${link.url}-${i}`}>
              <ExternalLink href={link.url} className="chip-button">
                {link.label}
              </ExternalLink>
            </li>
          ))}
          <li>
            <CiteButton
              paper={paper}
              className={buttonClasses({ variant: 'chip', className: 'text-link noscript:hidden' })}
            />
            {/* Without scripts, the paper's own page gives its citation and BibTeX. */}
            <noscript>
              <a
                href={paperPagePath(paper)}
                className={buttonClasses({ variant: 'chip', className: 'text-link' })}
              >
                {t.paper.citation}
              </a>
            </noscript>
          </li>
        </ul>
        {/* No topics, no list: an empty "Topics" list would still be announced. */}
        {paper.topics.length > 0 && (
          <ul className="flex flex-wrap gap-1.5" aria-label={t.paper.topics}>
            {paper.topics.map((topic) => (
              <li key={topic}>
                <CriteriaLink
                  to={topicsView([topic])}
                  hash="#publications"
                  className="topic-chip"
                  aria-label={t.paper.showTopic(topicLabels.get(topic) ?? topic)}
                >
                  {highlight(`#${topicLabels.get(topic) ?? topic}`, matchedTerms)}
                </CriteriaLink>
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
});
