import type { ReactNode } from 'react';

// Utilities of their own (src/styles/index.css): a page shows hundreds of badges.
const TONES = {
  neutral: 'badge-neutral',
  accent: 'badge-accent',
  honor: 'badge-honor',
} as const;

export function Badge({
  tone = 'neutral',
  children,
}: {
  tone?: keyof typeof TONES;
  children: ReactNode;
}) {
  return <span className={TONES[tone]}>{children}</span>;
}
