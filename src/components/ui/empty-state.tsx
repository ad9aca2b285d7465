interface EmptyStateProps {
  message: string;
  onClear?: () => void;
  clearLabel?: string;
}

export function EmptyState({
  message,
  onClear,
  clearLabel = 'Clear search and filters',
}: EmptyStateProps) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-6 text-center dark:border-slate-700">
      <p>{message}</p>
      {onClear && (
        <button
          type="button"
          onClick={onClear}
          className="mt-3 min-h-11 rounded-md bg-accent-700 px-4 font-medium text-white hover:bg-accent-900 dark:bg-accent-300 dark:text-slate-950 dark:hover:bg-accent-100"
        >
          {clearLabel}
        </button>
      )}
    </div>
  );
}
