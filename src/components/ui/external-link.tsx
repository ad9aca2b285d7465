import type { ReactNode } from 'react';
import { isSafeUrl } from '#src/lib/safe-url.ts';

interface ExternalLinkProps {
  href: string;
  children: ReactNode;
  className?: string;
}

/** A link to another site; a URL with any scheme but https, http or mailto renders as plain text. */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  if (!isSafeUrl(href)) return <span className={className}>{children}</span>;
  return (
    <a
      href={href}
      className={className}
      rel="noopener noreferrer"
      target={href.startsWith('mailto:') ? undefined : '_blank'}
    >
      {children}
    </a>
  );
}
