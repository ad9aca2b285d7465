import { memo, useState, type ReactNode } from 'react';
import { Badge } from '#src/components/ui/badge.tsx';
import { ExternalLink } from '#src/components/ui/external-link.tsx';
import { CriteriaLink, paperPermalink, topicsView } from '#src/search/criteria-link.tsx';
import { highlight } from '#src/search/highlight.tsx';
import { CiteButton } from './cite/cite-button.tsx';
import { PAPER_TYPE_LABELS } from './filter-publications.ts';
import { paperPagePath, type Paper, type PaperLink } from './publications-query.ts';

const LINK_LABELS: Record<PaperLink['kind'], string> = {
  paper: 'Paper',
  code: 'Code',
  website: 'Website',
  demo: 'Demo',
  poster: 'Poster',
  slides: 'Slides',
  video: 'Video',
  bibtex: 'BibTeX',
  press: 'Press',
  other: 'Link',
};

interface PublicationItemProps {
  paper: Paper;
  topicLabels: ReadonlyMap<string, string>;
  ownerNames: readonly string[];
  matchedTerms: ReadonlySet<string>;
}

export function paperAnchorId(paperId: string): string {
  return `paper-${paperId}`;
}

/** Every resource of a paper, with an arXiv and a DOI link made from their ids where the data has them. */
function resourceLinks(paper: Paper): Array<{ label: string; url: string }> {
  const links = paper.links.map((link) => ({
    label: link.label ?? LINK_LABELS[link.kind],
    url: link.url,
  }));
  const hasArxivLink =
    paper.arxiv !== undefined && paper.links.some((link) => link.url.includes(paper.arxiv ?? ''));
  if (paper.arxiv && !hasArxivLink)
    links.push({ label: 'arXiv', url: `https://arxiv.org/abs/${paper.arxiv}` });
  if (paper.doi) links.push({ label: 'DOI', url: `https://doi.org/${paper.doi}` });
  return links;
}

/**
 * The author list as a few runs of text, split only where an owner's name is set in bold or an
 * equal-contribution mark follows: an element per author would be hundreds of nodes on the page.
 */
function Authors({ paper, ownerNames, matchedTerms }: Omit<PublicationItemProps, 'topicLabels'>) {
  if (!paper.authors) return null;
  const equal = paper.equalContribution ?? 0;
  const pieces: ReactNode[] = [];
  let run = '';
  const endRun = () => {
    if (run !== '') pieces.push(highlight(run, matchedTerms));
    run = '';
  };
  paper.authors.forEach((author, i) => {
    if (i > 0) run += ', ';
    if (ownerNames.includes(author)) {
      endRun();
      pieces.push(
        <strong key={pieces.length} className="font-semibold text-slate-900 dark:text-white">
          {highlight(author, matchedTerms)}
        </strong>,
      );
    } else {
      run += author;
    }
    if (i < equal) {
      endRun();
      pieces.push(
        <sup key={pieces.length} aria-label="equal contribution">
          *
        </sup>,
      );
    }
  });
  endRun();
  return (
    <p className="text-[0.95rem] text-slate-700 dark:text-slate-300">
      {pieces}
      {equal > 0 && (
        <span className="text-slate-600 dark:text-slate-400"> (* equal contribution)</span>
      )}
      {paper.authorsNote && (
        <span className="block text-sm text-slate-600 dark:text-slate-400">
          {paper.authorsNote}
        </span>
      )}
    </p>
  );
}

/**
 * A paper's abstract, folded away. Its matched words are marked only while it is open: a closed
 * abstract is plain text (still found by the browser's find-in-page, which opens it), so typing
 * over a long list does not build hundreds of hidden marks per paper.
 */
function Abstract({ text, matchedTerms }: { text: string; matchedTerms: ReadonlySet<string> }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="mt-1 text-[0.95rem]"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="inline-flex min-h-9 cursor-pointer items-center text-sm font-medium text-accent-700 dark:text-accent-300">
        Abstract
      </summary>
      <p className="max-w-prose text-slate-700 dark:text-slate-300">
        {open ? highlight(text, matchedTerms) : text}
      </p>
    </details>
  );
}

/** Memoised: while the visitor types, only entries whose highlighting changes render again. */
export const PublicationItem = memo(function PublicationItem({
  paper,
  topicLabels,
  ownerNames,
  matchedTerms,
}: PublicationItemProps) {
  const titleId = `${paperAnchorId(paper.id)}-title`;
  const links = resourceLinks(paper);
  return (
    <article id={paperAnchorId(paper.id)} aria-labelledby={titleId} className="py-4">
      <h4
        id={titleId}
        className="text-lg leading-snug font-semibold text-slate-900 dark:text-white"
      >
        <CriteriaLink
          to={paperPermalink(paper.id)}
          hash="#publications"
          className="text-inherit no-underline hover:underline"
        >
          {highlight(paper.title, matchedTerms)}
        </CriteriaLink>
        {paper.shortName && !paper.title.startsWith(paper.shortName) && (
          <span className="font-normal text-slate-600 dark:text-slate-400">
            {' '}
            ({highlight(paper.shortName, matchedTerms)})
          </span>
        )}
      </h4>
      <Authors paper={paper} ownerNames={ownerNames} matchedTerms={matchedTerms} />
      <p className="mt-1 flex flex-wrap items-center gap-1.5 text-sm text-slate-600 dark:text-slate-400">
        <Badge tone="accent">{highlight(`${paper.venue} ${paper.year}`, matchedTerms)}</Badge>
        {paper.type !== 'conference' && <Badge>{PAPER_TYPE_LABELS[paper.type]}</Badge>}
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
        <ul
          className="flex flex-wrap gap-1.5"
          aria-label={`Resources for ${paper.shortName ?? paper.title}`}
        >
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
              className="chip-button text-accent-700 noscript:hidden dark:text-accent-300"
            />
            {/* Without scripts, the paper's own page gives its citation and BibTeX. */}
            <noscript>
              <a
                href={paperPagePath(paper)}
                className="chip-button text-accent-700 dark:text-accent-300"
              >
                Citation
              </a>
            </noscript>
          </li>
        </ul>
        <ul className="flex flex-wrap gap-1.5" aria-label="Topics">
          {paper.topics.map((topic) => (
            <li key={topic}>
              <CriteriaLink
                to={topicsView([topic])}
                hash="#publications"
                className="topic-chip"
                aria-label={`Show all ${topicLabels.get(topic) ?? topic} papers`}
              >
                {highlight(`#${topicLabels.get(topic) ?? topic}`, matchedTerms)}
              </CriteriaLink>
            </li>
          ))}
        </ul>
      </div>
    </article>
  );
});
