import { useId } from 'react';
import type { Paper } from '#src/features/publications/publications-schema.ts';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { EXPORT_FORMATS } from './cite-choices.ts';
import { downloadPapers } from './download-papers.ts';

interface ExportControlProps {
  /** The papers the search and filters leave now, every one (not only the page shown). */
  papers: readonly Paper[];
  /** How many papers the list has in all: "all" when none is filtered out. */
  total: number;
  className?: string;
}

/** Downloads the filtered list as RIS, CSL-JSON or BibTeX. */
export function ExportControl({ papers, total, className = '' }: ExportControlProps) {
  const m = useMessages().cite;
  const labelId = useId();
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      className={`flex flex-wrap items-center gap-1.5 ${className}`}
    >
      <span id={labelId} className="mr-1 text-sm text-slate-600 dark:text-slate-400">
        {m.exportLabel(papers.length, papers.length === total)}
      </span>
      {EXPORT_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          onClick={() => void downloadPapers(papers, format, 'publications')}
          className="chip-button"
        >
          {m.formats[format]}
        </button>
      ))}
    </div>
  );
}
