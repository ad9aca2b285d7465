interface ErrorStateProps {
  title: string;
  message: string;
  onRetry?: () => void;
}

/** What failed, in plain words, and a way to try again. */
export function ErrorState({ title, message, onRetry }: ErrorStateProps) {
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-sm">{message}</p>
      {onRetry && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-3 min-h-11 rounded-md border border-red-400 bg-white px-4 font-medium text-red-900 hover:bg-red-100 dark:border-red-700 dark:bg-red-900 dark:text-white dark:hover:bg-red-800"
        >
          Retry
        </button>
      )}
    </div>
  );
}
