import { useMessages } from '#src/i18n/messages-context.tsx';
import { Button } from './button.tsx';

interface ErrorStateProps {
  title: string;
  message: string;
  onRetry?: () => void;
}

/** What failed, in plain words, and a way to try again. */
export function ErrorState({ title, message, onRetry }: ErrorStateProps) {
  const t = useMessages();
  return (
    <div
      role="alert"
      className="rounded-lg border border-danger-line bg-danger p-4 text-danger-ink"
    >
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-sm">{message}</p>
      {onRetry && (
        <Button variant="danger" onClick={onRetry} className="mt-3">
          {t.common.retry}
        </Button>
      )}
    </div>
  );
}
