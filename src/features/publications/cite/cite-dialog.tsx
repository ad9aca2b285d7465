import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Paper } from '#src/features/publications/publications-schema.ts';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { CITE_CHOICES, EXPORT_FORMATS, type CiteChoice } from './cite-choices.ts';
import { downloadPapers } from './download-papers.ts';
import type { ReferenceRun } from './format-reference.ts';
import { useReference } from './use-reference.ts';

interface CiteDialogProps {
  paper: Paper;
  /** Called once the dialog has closed (Close, Escape): the opener takes the focus back. */
  onClose: () => void;
}

function Runs({ runs }: { runs: readonly ReferenceRun[] }) {
  return runs.map((run, i) => {
    const className = [
      run.italic ? 'italic' : '',
      run.bold ? 'font-semibold' : '',
      run.smallCaps ? '[font-variant:small-caps]' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return className ? (
      <span key={i} className={className}>
        {run.text}
      </span>
    ) : (
      run.text
    );
  });
}

/** Selects an element's text, for a visitor to copy where the clipboard is not allowed. */
function selectText(element: HTMLElement | null) {
  const selection = window.getSelection();
  if (!element || !selection) return;
  selection.selectAllChildren(element);
}

const BUTTON =
  'inline-flex min-h-11 items-center justify-center rounded-md border border-slate-300 px-4 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

/**
 * A paper's reference in the visitor's style, to copy, and its files for reference managers.
 * The native modal dialog keeps the focus inside and the page behind inert.
 */
export function CiteDialog({ paper, onClose }: CiteDialogProps) {
  const messages = useMessages();
  const m = messages.cite;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const referenceRef = useRef<HTMLElement>(null);
  const titleId = useId();
  const [choice, setChoice] = useState<CiteChoice>('apa');
  const [attempt, setAttempt] = useState(0);
  const [copyStatus, setCopyStatus] = useState('');
  const state = useReference(paper, choice, attempt);
  const styleName = m.styles[choice];

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const choose = (next: CiteChoice) => {
    setChoice(next);
    setCopyStatus('');
  };
  const copy = async () => {
    if (state.status !== 'ready') return;
    try {
      await navigator.clipboard.writeText(state.reference.text);
      setCopyStatus(m.copied(styleName));
    } catch {
      selectText(referenceRef.current);
      setCopyStatus(m.copyFailed);
    }
  };
  // Escape closes the dialog the same way everywhere (the browser's own cancel would too).
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialogRef.current?.close();
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={onKeyDown}
      className="m-auto max-h-[calc(100dvh-1rem)] w-[min(42rem,calc(100vw-1rem))] max-w-none overflow-y-auto rounded-lg bg-white p-4 text-slate-800 shadow-xl backdrop:bg-slate-950/60 sm:p-6 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-start justify-between gap-3">
        <h2
          id={titleId}
          className="font-serif text-xl font-semibold text-slate-900 dark:text-white"
        >
          {m.title}
        </h2>
        <button type="button" onClick={() => dialogRef.current?.close()} className={BUTTON}>
          {m.close}
        </button>
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{paper.title}</p>

      <fieldset className="mt-4">
        <legend className="mb-2 text-sm font-medium">{m.styleLegend}</legend>
        <div className="flex flex-wrap gap-2">
          {CITE_CHOICES.map((option) => (
            <label
              key={option}
              className="inline-flex min-h-11 cursor-pointer items-center rounded-full px-4 text-sm font-medium ring-1 ring-slate-300 ring-inset hover:bg-slate-100 has-checked:bg-accent-700 has-checked:text-white has-checked:ring-accent-700 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-600 dark:ring-slate-600 dark:hover:bg-slate-800 dark:has-checked:bg-accent-300 dark:has-checked:text-slate-950 dark:has-checked:ring-accent-300 dark:has-focus-visible:outline-accent-300"
            >
              <input
                type="radio"
                name={`${titleId}-style`}
                value={option}
                checked={choice === option}
                onChange={() => choose(option)}
                className="sr-only"
              />
              {m.styles[option]}
            </label>
          ))}
        </div>
      </fieldset>

      <figure
        aria-label={m.referenceLabel(styleName)}
        aria-busy={state.status === 'loading'}
        className="mt-4 min-h-24 rounded-md bg-slate-100 p-3 dark:bg-slate-800"
      >
        {state.status === 'ready' ? (
          choice === 'bibtex' ? (
            <pre
              ref={(element) => {
                referenceRef.current = element;
              }}
              className="font-mono text-xs leading-relaxed whitespace-pre-wrap [overflow-wrap:anywhere]"
            >
              {state.reference.text}
            </pre>
          ) : (
            <p
              ref={(element) => {
                referenceRef.current = element;
              }}
              className="[overflow-wrap:anywhere]"
            >
              <Runs runs={state.reference.runs} />
            </p>
          )
        ) : state.status === 'loading' ? (
          <p className="text-slate-600 dark:text-slate-400">{m.loading}</p>
        ) : (
          <p role="alert" className="flex flex-wrap items-center gap-3">
            {m.loadFailed}
            <button type="button" onClick={() => setAttempt((n) => n + 1)} className={BUTTON}>
              {messages.common.retry}
            </button>
          </p>
        )}
      </figure>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => void copy()}
          disabled={state.status !== 'ready'}
          className={`${BUTTON} disabled:opacity-60`}
        >
          {m.copy}
        </button>
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {copyStatus}
        </p>
      </div>

      <h3 className="mt-6 text-base font-semibold">{m.downloadHeading}</h3>
      <ul className="mt-2 grid gap-2 sm:grid-cols-3">
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <button
              type="button"
              onClick={() => void downloadPapers([paper], format, paper.id)}
              className={`${BUTTON} h-full w-full flex-col py-1 text-center`}
            >
              <span>{m.formats[format]}</span>
              <span className="text-xs font-normal text-slate-600 dark:text-slate-400">
                {m.formatUses[format]}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
