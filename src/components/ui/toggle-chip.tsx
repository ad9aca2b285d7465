interface ToggleChipProps {
  label: string;
  count: number;
  pressed: boolean;
  onToggle: () => void;
}

/** An on/off filter button that shows how many results it leaves. */
export function ToggleChip({ label, count, pressed, onToggle }: ToggleChipProps) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onToggle}
      className={`inline-flex min-h-9 items-center gap-1.5 rounded-full px-3 text-sm font-medium ring-1 ring-inset ${
        pressed ? 'bg-primary text-on-primary ring-primary' : 'text-ink ring-line hover:bg-hover'
      }`}
    >
      {label}{' '}
      <span aria-hidden="true" className="tabular-nums opacity-80">
        {count}
      </span>
      <span className="sr-only">{`(${count})`}</span>
    </button>
  );
}
