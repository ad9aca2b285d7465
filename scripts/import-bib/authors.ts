import type { Creator } from '@retorquere/bibtex-parser';
import { cleanText } from './clean-text.ts';

/** al-folio's author marks (its bib layout sets them as superscripts); never part of a name. */
const MARKS = /[*∗†‡§¶‖^]/g;
/** The marks that mean "contributed equally" (al-folio's example explains * and † in a note). */
const EQUAL_MARKS = /[*∗†]/;
/** dblp tells apart people of the same name with a number: "Wei Wang 0001". */
const DBLP_NUMBER = /(^|\s)\d{4}(?=\s|$)/g;

export interface Authors {
  names: string[];
  /** Positions of the authors marked as equal contributors. */
  marked: number[];
  /** The list ended with "and others". */
  truncated: boolean;
}

function creatorName(creator: Creator): string {
  const parts = creator.name
    ? [creator.name]
    : [creator.firstName, creator.prefix, creator.lastName, creator.suffix];
  return cleanText(
    parts
      .filter((part): part is string => Boolean(part))
      .join(' ')
      .replace(MARKS, '')
      .replace(DBLP_NUMBER, ' '),
  );
}

function isMarked(creator: Creator): boolean {
  return [creator.name, creator.firstName, creator.lastName, creator.prefix, creator.suffix].some(
    (part) => part !== undefined && EQUAL_MARKS.test(part),
  );
}

export function readAuthors(creators: readonly Creator[] | undefined): Authors {
  const authors: Authors = { names: [], marked: [], truncated: false };
  for (const creator of creators ?? []) {
    const name = creatorName(creator);
    if (name.toLowerCase() === 'others') {
      authors.truncated = true;
      continue;
    }
    if (!name) continue;
    if (isMarked(creator)) authors.marked.push(authors.names.length);
    authors.names.push(name);
  }
  return authors;
}

/**
 * The schema's way of saying who contributed equally: the count of leading authors when the marks
 * are on the first two or more (the usual case), else the marked authors by name.
 */
export function equalContributionOf(authors: Authors): {
  equalContribution?: number;
  equalContributors?: string[];
} {
  const { marked, names } = authors;
  if (marked.length === 0) return {};
  const leading = marked.every((position, i) => position === i);
  if (leading && marked.length >= 2) return { equalContribution: marked.length };
  return { equalContributors: marked.flatMap((i) => names[i] ?? []) };
}
