import { useMessages } from '#src/i18n/messages-context.tsx';
import type { FacetOption } from './filter-publications.ts';

/** The filter panel's groups: each a fieldset with a legend. */
export const FIELDSET = 'min-w-0 border-t border-rule pt-3';
export const LEGEND = 'mb-1 text-sm font-semibold tracking-wide text-ink-strong uppercase';

/** The name of a checkbox (what the prerendered panel reports before the app takes it over). */
export type CheckboxName = 'topics' | 'venues' | 'types' | 'honors' | 'authors' | 'featured';

/** One option: a checkbox, its label, and how many papers it would leave. */
export function FacetOptionRow({
  name,
  option,
  checked,
  groupHeading,
  onToggle,
}: {
  name: CheckboxName;
  option: FacetOption;
  /** As the URL has it now (the counts may come a moment later). */
  checked: boolean;
  /** The name of the group this option starts, shown above it. */
  groupHeading?: string;
  onToggle: (value: string) => void;
}) {
  const t = useMessages();
  return (
    <li className={option.group ? 'pl-3' : undefined}>
      {groupHeading && (
        <p className="-ml-3 pt-1 text-xs font-medium text-muted" aria-hidden="true">
          {groupHeading}
        </p>
      )}
      <label
        className={`flex min-h-9 cursor-pointer items-center gap-2 rounded px-1 hover:bg-hover ${
          option.count === 0 && !checked ? 'text-faint' : ''
        }`}
      >
        <input
          type="checkbox"
          name={name}
          value={option.value}
          className="size-4.5 accent-accent-600"
          checked={checked}
          onChange={() => onToggle(option.value)}
        />
        <span className="flex-1">
          {option.group ? <span className="sr-only">{option.group}: </span> : null}
          {option.label}
        </span>{' '}
        {/* Of a fixed width, and a new count is new text (keyed), not the old text moved: no
            layout shift as the counts follow the search. */}
        <span
          key={option.count}
          aria-hidden="true"
          className="min-w-[5ch] text-end text-sm tabular-nums text-muted"
        >
          {t.format.number(option.count)}
        </span>
        <span className="sr-only">{t.filters.optionCount(option.count)}</span>
      </label>
    </li>
  );
}

/** A filter whose options are all shown: any of those chosen. */
export function CheckboxGroup({
  legend,
  name,
  options,
  selected,
  onToggle,
}: {
  legend: string;
  name: CheckboxName;
  options: FacetOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}) {
  if (options.length === 0) return null;
  return (
    <fieldset className={`${FIELDSET} noscript:hidden`}>
      <legend className={LEGEND}>{legend}</legend>
      <ul>
        {options.map((option, i) => (
          <FacetOptionRow
            key={option.value}
            name={name}
            option={option}
            checked={selected.includes(option.value)}
            // A group's name is shown above its first option.
            groupHeading={
              option.group && option.group !== options[i - 1]?.group ? option.group : undefined
            }
            onToggle={onToggle}
          />
        ))}
      </ul>
    </fieldset>
  );
}
