import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { useMessages } from '#src/i18n/messages-context.tsx';
import type { YearRange } from '#src/search/criteria.ts';
import type { PublicationFacets } from './filter-publications.ts';

type YearCounts = PublicationFacets['years'];

/**
 * What choosing a year makes of the current choice: that year; with one year chosen, the range
 * between the two (choosing the same year again clears it); with a range chosen, a new year.
 */
export function nextYearChoice(current: YearRange | null, year: number): YearRange | null {
  if (current && current.from === current.to) {
    if (current.from === year) return null;
    return { from: Math.min(current.from, year), to: Math.max(current.from, year) };
  }
  return { from: year, to: year };
}

/** The tallest bar, in px (the chart's height never changes: counts move nothing around it). */
const BAR_HEIGHT = 56;

/** How a bar looks: no choice made, in the choice (solid, bold year), or outside it (hollow). */
type BarState = 'plain' | 'chosen' | 'other';

const BAR_CLASS: Record<BarState, string> = {
  plain: 'fill-muted',
  chosen: 'fill-primary',
  other: 'fill-none stroke-muted',
};

/** A bar, its count above and its year below: the same for the chart and its static copy. */
function Bar({
  year,
  count,
  max,
  state,
}: {
  year: number;
  count: number;
  max: number;
  state: BarState;
}) {
  const t = useMessages();
  const height = count === 0 ? 0 : Math.max(3, Math.round((count / max) * BAR_HEIGHT));
  // A hollow bar is drawn inside its outline (a stroke straddles the edge it is drawn on).
  const inset = state === 'other' ? 1 : 0;
  return (
    <>
      {/* A new count is new text (keyed), not the old text moved: no layout shift as it changes. */}
      <span
        key={count}
        className="self-stretch text-center text-[0.6875rem] leading-4 text-muted tabular-nums"
      >
        {t.format.number(count)}
      </span>
      <svg
        viewBox={`0 0 16 ${BAR_HEIGHT}`}
        className="h-14 w-4 border-b border-line"
        aria-hidden="true"
        focusable="false"
      >
        {height > 0 && (
          <rect
            x={1 + inset}
            y={BAR_HEIGHT - height + inset}
            width={14 - 2 * inset}
            height={Math.max(1, height - 2 * inset)}
            strokeWidth={2}
            className={BAR_CLASS[state]}
          />
        )}
      </svg>
      <span
        className={`text-[0.6875rem] leading-4 tabular-nums ${
          state === 'chosen' ? 'font-bold text-ink-strong underline decoration-2' : 'text-muted'
        }`}
      >
        {t.filters.yearShort(year)}
      </span>
    </>
  );
}

// Bars share the width, each at least 28 px (a touch target); more years than fit scroll sideways.
const BARS_ROW = 'flex min-w-full items-end';
const BAR_CELL = 'flex min-w-7 flex-1 flex-col items-center rounded pt-0.5';

function stateOf(year: number, choice: YearRange | null): BarState {
  if (!choice) return 'plain';
  return year >= choice.from && year <= choice.to ? 'chosen' : 'other';
}

/** The chart as a picture, for a page without scripts (the chart's controls need one). */
function StaticYearChart({ bars, max }: { bars: YearCounts; max: number }) {
  const t = useMessages();
  return (
    <div
      role="img"
      aria-label={t.filters.perYearSummary(bars.map((b) => t.filters.yearBar(b.year, b.count)))}
      className="overflow-x-auto"
    >
      <div className={BARS_ROW}>
        {bars.map(({ year, count }) => (
          <span key={year} className={BAR_CELL}>
            <Bar year={year} count={count} max={max} state="plain" />
          </span>
        ))}
      </div>
    </div>
  );
}

/**
 * Papers per year under the current search and filters, oldest to newest, each bar a button that
 * chooses its year (then another, a range); on a desktop, dragging across bars chooses a range.
 * Scrolls sideways where the years outnumber the room (each bar stays a 28 px target).
 */
export function YearChart({
  years,
  chosen,
  onChoose,
  describedBy,
}: {
  /** Newest first, as the filter counts give them. */
  years: YearCounts;
  chosen: YearRange | null;
  onChoose: (next: YearRange | null) => void;
  describedBy?: string;
}) {
  const t = useMessages();
  const bars = [...years].reverse();
  const max = Math.max(1, ...bars.map((b) => b.count));
  const scroller = useRef<HTMLDivElement>(null);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  // The one bar the Tab key stops at; the arrow keys move between bars.
  const [active, setActive] = useState<number | null>(null);
  const [drag, setDrag] = useState<YearRange | null>(null);
  const dragged = useRef(false);

  // The newest years first in view.
  useLayoutEffect(() => {
    const box = scroller.current;
    if (box) box.scrollLeft = box.scrollWidth;
  }, []);

  // A drag ends wherever the button is let go.
  useEffect(() => {
    if (!drag) return;
    const end = () => {
      if (drag.from !== drag.to) {
        dragged.current = true;
        // The click that may follow the release is the drag's, not a choice of its own.
        setTimeout(() => (dragged.current = false));
        onChoose({ from: Math.min(drag.from, drag.to), to: Math.max(drag.from, drag.to) });
      }
      setDrag(null);
    };
    const cancel = () => setDrag(null);
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', cancel);
    return () => {
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', cancel);
    };
  }, [drag, onChoose]);

  const shown = drag
    ? { from: Math.min(drag.from, drag.to), to: Math.max(drag.from, drag.to) }
    : chosen;
  const stop = active ?? bars.findIndex((b) => b.year === chosen?.from);
  const tabStop = stop >= 0 ? stop : bars.length - 1;

  const onKeyDown = (event: KeyboardEvent, at: number) => {
    const next =
      event.key === 'ArrowLeft'
        ? at - 1
        : event.key === 'ArrowRight'
          ? at + 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? bars.length - 1
              : null;
    if (next === null || next < 0 || next >= bars.length) return;
    event.preventDefault();
    setActive(next);
    buttons.current[next]?.focus();
  };
  const onPointerDown = (event: PointerEvent, year: number) => {
    if (event.pointerType !== 'mouse' || event.button !== 0) return;
    dragged.current = false;
    setDrag({ from: year, to: year });
  };

  return (
    <>
      <div ref={scroller} className="-mx-1 overflow-x-auto px-1 py-1 select-none noscript:hidden">
        <div
          role="group"
          aria-label={t.filters.perYear}
          aria-describedby={describedBy}
          className={BARS_ROW}
        >
          {bars.map(({ year, count }, at) => {
            const state = stateOf(year, shown);
            return (
              <button
                key={year}
                ref={(button) => {
                  buttons.current[at] = button;
                }}
                type="button"
                aria-label={t.filters.yearBar(year, count)}
                aria-pressed={state === 'chosen'}
                tabIndex={at === tabStop ? 0 : -1}
                className={`${BAR_CELL} hover:bg-hover`}
                onClick={() => {
                  if (!dragged.current) onChoose(nextYearChoice(chosen, year));
                }}
                onKeyDown={(event) => onKeyDown(event, at)}
                onFocus={() => setActive(at)}
                onPointerDown={(event) => onPointerDown(event, year)}
                onPointerEnter={() => {
                  if (drag && drag.to !== year) setDrag({ ...drag, to: year });
                }}
              >
                <Bar year={year} count={count} max={max} state={state} />
              </button>
            );
          })}
        </div>
      </div>
      <noscript>
        <StaticYearChart bars={bars} max={max} />
      </noscript>
    </>
  );
}
