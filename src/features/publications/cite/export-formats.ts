import { papersToBibtex } from '#src/features/publications/bibtex.ts';
import type { Paper } from '#src/features/publications/publications-schema.ts';
import type { ExportFormat } from './cite-choices.ts';
import { paperToCsl, papersToCslJson } from './paper-to-csl.ts';
import { cslToRis } from './ris.ts';

const FILES = {
  ris: {
    extension: 'ris',
    type: 'application/x-research-info-systems',
    write: (papers) => cslToRis(papers.map(paperToCsl)),
  },
  'csl-json': {
    extension: 'json',
    type: 'application/vnd.citationstyles.csl+json',
    write: papersToCslJson,
  },
  bibtex: { extension: 'bib', type: 'application/x-bibtex', write: papersToBibtex },
} as const satisfies Record<
  ExportFormat,
  { extension: string; type: string; write: (papers: readonly Paper[]) => string }
>;

export interface ExportFile {
  fileName: string;
  type: string;
  text: string;
}

/** The papers as one file; `name` is the file's name without its extension. */
export function exportFile(
  papers: readonly Paper[],
  format: ExportFormat,
  name: string,
): ExportFile {
  const file = FILES[format];
  return { fileName: `${name}.${file.extension}`, type: file.type, text: file.write(papers) };
}
