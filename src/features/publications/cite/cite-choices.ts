/** The reference styles the Cite dialog offers, in its order; BibTeX is offered beside them. */
export const CITATION_STYLES = ['apa', 'ieee', 'chicago', 'mla', 'harvard'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

export type CiteChoice = CitationStyle | 'bibtex';
export const CITE_CHOICES: readonly CiteChoice[] = [...CITATION_STYLES, 'bibtex'];

/** The files a reference manager imports. */
export const EXPORT_FORMATS = ['ris', 'csl-json', 'bibtex'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
