import type { MouseEvent, ReactNode } from 'react';
import { EMPTY_CRITERIA, serializeCriteria, type Criteria } from './criteria.ts';
import { navigateToCriteria } from './use-criteria.ts';
import { scrollToElement } from '#src/lib/scroll-to-element.ts';

interface CriteriaLinkProps {
  /** The view to show. A fixed view, so the link needs no subscription to the URL: a page has
   * hundreds of these, and each would otherwise re-render and re-parse on every change. */
  to: Criteria;
  /** The element to scroll to, e.g. "#publications". */
  hash?: string;
  className?: string;
  children: ReactNode;
  'aria-label'?: string;
}

/**
 * A click that opens a link here, which a page may handle itself: not one that opens a new tab
 * or window (a modifier key, the middle button), nor one a handler already took.
 */
export function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey
  );
}

/**
 * A real link to another view of the page (it works when opened in a new tab and without scripts);
 * a plain click changes the view in place and adds a history entry.
 */
export function CriteriaLink({ to, hash = '', className, children, ...rest }: CriteriaLinkProps) {
  // Relative, so that the site works below any folder.
  const href = `${queryString(to) || './'}${hash}`;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    navigateToCriteria(to, 'push', hash);
    if (hash) scrollToElement(hash.slice(1));
  };
  return (
    <a href={href} onClick={onClick} className={className} aria-label={rest['aria-label']}>
      {children}
    </a>
  );
}

// A page links to the same few views hundreds of times (each paper, each topic): each view is
// made and written as a query string once, not on every render of every link.
const views = new Map<string, Criteria>();
const queryStrings = new WeakMap<Criteria, string>();

function view(key: string, make: () => Criteria): Criteria {
  let criteria = views.get(key);
  if (!criteria) views.set(key, (criteria = make()));
  return criteria;
}

function queryString(criteria: Criteria): string {
  let text = queryStrings.get(criteria);
  if (text === undefined) queryStrings.set(criteria, (text = serializeCriteria(criteria)));
  return text;
}

/** The view of the site focused on one paper. */
export function paperPermalink(paperId: string): Criteria {
  return view(`paper:${paperId}`, () => ({ ...EMPTY_CRITERIA, paper: paperId }));
}

/** The publication list narrowed to some topics. */
export function topicsView(topicIds: readonly string[]): Criteria {
  return view(`topics:${topicIds.join(',')}`, () => ({ ...EMPTY_CRITERIA, topics: [...topicIds] }));
}
