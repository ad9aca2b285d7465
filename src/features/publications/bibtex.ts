import { foldText } from '#src/lib/text.ts';
import type { Paper } from './publications-schema.ts';

/** BibTeX's special characters, escaped so that any title or name survives a parser. */
function escapeLatex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (char) => {
    switch (char) {
      case '\\':
        return '\\textbackslash{}';
      case '^':
        return '\\textasciicircum{}';
      case '~':
        return '\\textasciitilde{}';
      default:
        return `\\${char}`;
    }
  });
}

function asciiWord(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '');
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'for', 'and', 'to', 'in', 'with', 'via']);

/** A stable key in the usual style: first author's last name, year, first word of the title. */
export function bibtexKey(paper: Paper): string {
  const firstAuthor = paper.authors?.[0];
  const lastName = firstAuthor ? asciiWord(firstAuthor.split(/\s+/).pop() ?? '') : '';
  const titleWord =
    paper.title
      .split(/[\s:-]+/)
      .map(asciiWord)
      .find((word) => word !== '' && !STOP_WORDS.has(word)) ?? '';
  return `${lastName || paper.id.replace(/[^a-z0-9]/g, '')}${paper.year}${titleWord}`;
}

export function bibtexType(paper: Paper): 'inproceedings' | 'article' | 'misc' {
  if (paper.type === 'journal') return 'article';
  if (paper.type === 'conference' || paper.type === 'workshop') return 'inproceedings';
  return 'misc';
}

/** The URL a citation should point to: the paper itself, or else its page. */
export function citationUrl(paper: Paper): string | undefined {
  const preferred = ['paper', 'pdf', 'website', 'other', 'code'] as const;
  for (const kind of preferred) {
    const link = paper.links.find((l) => l.kind === kind);
    if (link) return link.url;
  }
  return paper.arxiv ? `https://arxiv.org/abs/${paper.arxiv}` : undefined;
}

/** One BibTeX entry for a paper, from its data only (nothing is guessed). */
export function paperToBibtex(paper: Paper, key = bibtexKey(paper)): string {
  const venue = escapeLatex(paper.venueName ?? paper.venue ?? '');
  const fields: Array<[string, string]> = [];
  if (paper.authors) fields.push(['author', paper.authors.map(escapeLatex).join(' and ')]);
  // Double braces keep the title's capitals (HAQ, ImageNet) as written.
  fields.push(['title', `{${escapeLatex(paper.title)}}`]);
  const type = bibtexType(paper);
  if (!venue && type !== 'misc') {
    // Nothing known of where it appeared: no empty booktitle or journal.
  } else if (type === 'inproceedings') fields.push(['booktitle', venue]);
  else if (type === 'article') fields.push(['journal', venue]);
  else if (paper.arxiv) fields.push(['howpublished', `arXiv preprint arXiv:${paper.arxiv}`]);
  else if (venue) fields.push(['howpublished', venue]);
  fields.push(['year', String(paper.year)]);
  if (paper.doi) fields.push(['doi', paper.doi]);
  if (paper.arxiv) {
    fields.push(['eprint', paper.arxiv]);
    fields.push(['archivePrefix', 'arXiv']);
  }
  const url = citationUrl(paper);
  if (url) fields.push(['url', url]);
  if (paper.honors.length > 0) fields.push(['note', escapeLatex(paper.honors.join(', '))]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${type}{${key},\n${body}\n}`;
}

/** A .bib file for a list of papers; a key used twice gets a, b, c… so every entry stays citable. */
export function papersToBibtex(papers: readonly Paper[]): string {
  const used = new Map<string, number>();
  const entries = papers.map((paper) => {
    const base = bibtexKey(paper);
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    const key =
      seen === 0
        ? base
        : `${base}${String.fromCharCode(97 + ((seen - 1) % 26))}${seen > 26 ? seen : ''}`;
    return paperToBibtex(paper, key);
  });
  return `${entries.join('\n\n')}\n`;
}
