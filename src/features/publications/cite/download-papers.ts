import type { Paper } from '#src/features/publications/publications-schema.ts';
import type { ExportFormat } from './cite-choices.ts';

/** Offers the papers as a file; the writers load on the first download, made in the browser. */
export async function downloadPapers(
  papers: readonly Paper[],
  format: ExportFormat,
  name: string,
): Promise<void> {
  const [{ exportFile }, { downloadText }] = await Promise.all([
    import('./export-formats.ts'),
    import('#src/lib/download.ts'),
  ]);
  const file = exportFile(papers, format, name);
  downloadText(file.fileName, file.text, file.type);
}
