import { isValidElement, memo, Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from '#src/components/ui/error-boundary.tsx';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { Skeleton } from '#src/components/ui/skeleton.tsx';
import { useMessages } from '#src/i18n/messages-context.tsx';

interface GuardedProps {
  /** What the part shows, in words, e.g. "The news". */
  what: string;
  children: ReactNode;
}

/** A part of the page behind its own error boundary and loading boundary. */
function GuardedSection({ what, children }: GuardedProps) {
  const t = useMessages();
  return (
    <ErrorBoundary
      what={what}
      fallback={(retry) => (
        <ErrorState
          title={t.common.couldNotShow(what)}
          message={t.common.somethingWentWrong}
          onRetry={retry}
        />
      )}
    >
      <Suspense fallback={<Skeleton rows={3} rowHeight={3} label={t.common.loading(what)} />}>
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}

/** Whether two sections would render the same: the same component with the same props. */
function sameSection(a: GuardedProps, b: GuardedProps): boolean {
  const [x, y] = [a.children, b.children];
  if (a.what !== b.what) return false;
  if (!isValidElement<Record<string, unknown>>(x) || !isValidElement<Record<string, unknown>>(y))
    return x === y;
  if (x.type !== y.type || x.key !== y.key) return false;
  const keys = Object.keys(x.props);
  return (
    keys.length === Object.keys(y.props).length &&
    keys.every((key) => Object.is(x.props[key], y.props[key]))
  );
}

/**
 * Renders again only when its section's props change: the one place where sections are
 * memoised, so that a keystroke renders only the sections it changes. Besides sparing the work,
 * this leaves a boundary that React has not hydrated yet to hydrate in its own time: one that
 * renders with new props must hydrate at once, and the first keystroke would otherwise hydrate
 * the whole page in it.
 */
export const Guarded = memo(GuardedSection, sameSection);
