import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExternalLink } from './external-link.tsx';

describe('ExternalLink', () => {
  it('links to an https: or http: address in a new tab, without giving it the opener', () => {
    render(<ExternalLink href="https://example.org/paper.pdf">Paper</ExternalLink>);
    const link = screen.getByRole('link', { name: 'Paper' });
    expect(link).toHaveAttribute('href', 'https://example.org/paper.pdf');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('opens a mailto: address in place', () => {
    render(<ExternalLink href="mailto:someone@example.org">Email</ExternalLink>);
    const link = screen.getByRole('link', { name: 'Email' });
    expect(link).toHaveAttribute('href', 'mailto:someone@example.org');
    expect(link).not.toHaveAttribute('target');
  });

  // The schemas drop such URLs already; this guard is what stands if one gets past them.
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//example.org/no-scheme',
    '',
  ])('shows the text of a link to %j, without a link', (href) => {
    render(<ExternalLink href={href}>Code</ExternalLink>);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Code')).toBeInTheDocument();
  });
});
