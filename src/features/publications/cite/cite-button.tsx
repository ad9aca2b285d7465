import { lazy, Suspense, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Paper } from '#src/features/publications/publications-schema.ts';
import { useMessages } from '#src/i18n/messages-context.tsx';

// The dialog, and the citation engine behind it, load when a visitor first asks to cite.
const CiteDialog = lazy(() =>
  import('./cite-dialog.tsx').then((module) => ({ default: module.CiteDialog })),
);

/** A paper's Cite button; its dialog opens over the page and gives the focus back on closing. */
export function CiteButton({ paper, className }: { paper: Paper; className?: string }) {
  const m = useMessages().cite;
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className={className}
      >
        {m.open}
      </button>
      {/* In the body: the list's rendering shortcuts (content-visibility) do not reach it. */}
      {open &&
        createPortal(
          <Suspense fallback={null}>
            <CiteDialog paper={paper} onClose={close} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
