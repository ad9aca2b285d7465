import type { ReactNode } from 'react';

interface SectionProps {
  id: string;
  title: string;
  /** A short status next to the heading, such as "3 of 47". */
  status?: ReactNode;
  /** True while what it shows is about to change (results for an earlier search). */
  busy?: boolean;
  /** False: the section is always laid out, and its content marks what it skips off the screen. */
  skipOffscreen?: boolean;
  children: ReactNode;
}

/** A page section: a landmark labelled by its own heading. */
export function Section({ id, title, status, busy, skipOffscreen = true, children }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      aria-busy={busy}
      className={`${skipOffscreen ? 'render-when-visible ' : ''}border-t border-rule py-10`}
    >
      <div className="mb-5 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="font-serif text-2xl font-semibold text-ink-strong">
          {title}
        </h2>
        {status !== undefined && (
          <p className="text-sm text-muted" aria-live="polite">
            {status}
          </p>
        )}
      </div>
      {children}
    </section>
  );
}
