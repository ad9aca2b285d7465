import type { MouseEvent, ReactNode } from 'react';
import type { Criteria } from './criteria.ts';
import { criteriaHref, navigateToCriteria, useCriteria } from './use-criteria.ts';

interface CriteriaLinkProps {
  /** The criteria to show, computed from the current ones. */
  to: (current: Criteria) => Criteria;
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
  const [criteria] = useCriteria();
  const href = criteriaHref(to(criteria), hash);
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
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  };
  return (
    <a href={href} onClick={onClick} className={className} aria-label={rest['aria-label']}>
      {children}
    </a>
  );
}

/** The view of the site focused on one paper. */
export function paperPermalink(paperId: string) {
  return (current: Criteria): Criteria => ({ ...current, paper: paperId });
}
