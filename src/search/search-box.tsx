import { startTransition, useEffect, useId, useRef } from 'react';
import { MAX_QUERY_LENGTH, queryText, type Criteria } from './criteria.ts';
import { expectSearch, searchAhead } from './search-client.ts';
import { SearchSummary, type SectionMatchCount } from './search-summary.tsx';
import { currentCriteria, subscribeToCriteria, type navigateToCriteria } from './use-criteria.ts';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { useChangesBeforeTakeover } from '#src/lib/use-changes-before-takeover.ts';

interface SearchBoxProps {
  criteria: Criteria;
  onNavigate: typeof navigateToCriteria;
  counts: readonly SectionMatchCount[];
  /** The box's accessible name, naming the sections it searches. */
  label: string;
  /** Moves the keyboard to the first result (Enter or ArrowDown in the box). */
  onEnterResults: () => void;
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** One search over every section; "/" focuses it, Escape clears it. */
export function SearchBox({ criteria, onNavigate, counts, label, onEnterResults }: SearchBoxProps) {
  const t = useMessages();
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const query = criteria.q;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key !== '/' ||
        event.metaKey ||
        event.ctrlKey ||
        event.altKey ||
        isTextField(event.target)
      )
        return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const setQuery = (q: string) => onNavigate((c) => ({ ...c, q, paper: null }), 'replace');

  // The prerendered box can be typed in before the app takes it over: what it holds then counts.
  useChangesBeforeTakeover(formRef, ([box]) => {
    if (box) setQuery(box.value);
  });

  // The box keeps what is typed in it itself, so that a keystroke costs no render of the page. It
  // takes the address's query as soon as that changes by other means (Back, a link, "Clear
  // search"): at once, not in a render, which may still be behind the visitor's last keystrokes.
  useEffect(() => {
    const follow = () => {
      const box = inputRef.current;
      const q = currentCriteria().q;
      // Typing here writes the address from the box, so then the two already agree.
      if (box && queryText(box.value) !== q) box.value = q;
    };
    // The address's own query, once the app has taken the page over (after any early typing).
    follow();
    return subscribeToCriteria(follow);
  }, []);

  return (
    <form
      ref={formRef}
      role="search"
      className="noscript:hidden"
      onSubmit={(event) => {
        event.preventDefault();
        onEnterResults();
      }}
    >
      <div className="relative">
        <label htmlFor={`${hintId}-input`} className="sr-only">
          {label}
        </label>
        <input
          ref={inputRef}
          id={`${hintId}-input`}
          type="search"
          name="q"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          placeholder={t.search.placeholder}
          aria-describedby={hintId}
          onFocus={expectSearch}
          onChange={(event) => {
            const typed = event.target.value;
            searchAhead(typed);
            // The page follows (results, counts) when React has time: typing never waits for it.
            startTransition(() => setQuery(typed));
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && !event.nativeEvent.isComposing) {
              event.preventDefault();
              onEnterResults();
              return;
            }
            // Escape while composing (an input method's candidates) cancels only the composition.
            if (
              event.key === 'Escape' &&
              !event.nativeEvent.isComposing &&
              event.currentTarget.value !== ''
            ) {
              event.preventDefault();
              event.currentTarget.value = '';
              setQuery('');
            }
          }}
          className="min-h-11 w-full rounded-lg border border-line bg-field py-2 pr-12 pl-10 text-base shadow-sm placeholder:text-faint"
        />
        {/* After the box: a page painted while it is still arriving must not show the icon before
            the box it sits in has its height (a layout shift). */}
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-faint"
        >
          <path
            fill="currentColor"
            d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l3.65 3.64a.75.75 0 1 1-1.06 1.06l-3.64-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z"
          />
        </svg>
        <kbd
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 right-3 hidden -translate-y-1/2 rounded border border-line px-1.5 text-xs text-faint md:block"
        >
          /
        </kbd>
      </div>
      <SearchSummary
        id={hintId}
        query={query}
        counts={counts}
        onClear={() => onNavigate((c) => ({ ...c, q: '' }), 'push')}
      />
    </form>
  );
}

export type { SectionMatchCount };
