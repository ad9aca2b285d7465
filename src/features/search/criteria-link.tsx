import type { MouseEvent, ReactNode } from 'react';
import { EMPTY_CRITERIA, type Criteria } from './criteria.ts';
import { criteriaHref, navigateToCriteria } from './use-criteria.ts';
import { scrollToElement } from '../../lib/scroll-to-element.ts';

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
 * A real link to another view of the page (it works when opened in a new tab and without scripts);
 * a plain click changes the view in place and adds a history entry.
 */
export function CriteriaLink({ to, hash = '', className, children, ...rest }: CriteriaLinkProps) {
  const href = criteriaHref(to, hash);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
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

/** The view of the site focused on one paper. */
export function paperPermalink(paperId: string): Criteria {
  return { ...EMPTY_CRITERIA, paper: paperId };
}

/** The publication list narrowed to some topics. */
export function topicsView(topicIds: readonly string[]): Criteria {
  return { ...EMPTY_CRITERIA, topics: [...topicIds] };
}
