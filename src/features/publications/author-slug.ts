/**
 * Co-authors as the URL and the filters name them: by a slug of their name (`?author=ji-lin`).
 * A list of 10,000 papers names tens of thousands of people, so the slugs are made by a loop over
 * character codes (a regular expression and Unicode normalisation per name took most of the
 * time), each name once.
 */
import type { Paper } from './publications-schema.ts';

/** The longest value the URL keeps (see parseList in #src/search/criteria.ts). */
const MAX_SLUG = 80;

// What a character other than ASCII becomes: "" (a separator), the letters of a Latin letter
// without its marks ("é" -> "e"), or a word of its own ("-xu09") for a letter of another script.
const foldedChars = new Map<number, string>();
// Latin letters that Unicode does not decompose into a base letter and a mark.
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  æ: 'ae',
  ð: 'd',
  đ: 'd',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
};

function foldChar(code: number): string {
  let folded = foldedChars.get(code);
  if (folded === undefined) {
    const char = String.fromCodePoint(code);
    const lower = char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    const base = LATIN_LETTERS[lower] ?? lower;
    if (/^[a-z0-9]+$/.test(base)) folded = base;
    else if (/[\p{L}\p{N}]/u.test(char)) folded = `-x${code.toString(36)}`;
    else folded = '';
    foldedChars.set(code, folded);
  }
  return folded;
}

function slugOf(name: string): string {
  let slug = '';
  // A separator was met since the last letter (or the last letter was a word of its own).
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    let code = name.charCodeAt(i);
    let part: string;
    let word = false;
    if (code < 128) {
      if (code >= 65 && code <= 90) code += 32;
      if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) {
        gap = true;
        continue;
      }
      part = String.fromCharCode(code);
    } else {
      code = name.codePointAt(i) ?? code;
      if (code > 0xffff) i++;
      part = foldChar(code);
      if (part === '') {
        gap = true;
        continue;
      }
      word = part.startsWith('-');
      if (word) part = part.slice(1);
    }
    if ((gap || word) && slug !== '') slug += '-';
    slug += part;
    gap = word;
  }
  return slug.length <= MAX_SLUG ? slug : slug.slice(0, MAX_SLUG).replace(/-+$/, '');
}

const slugs = new Map<string, string>();

/**
 * The URL value of an author: "José García" -> "jose-garcia", "Jun-Yan Zhu" -> "jun-yan-zhu";
 * a name in another script keeps each letter as a short code ("韩松" -> "xu09-xkfy"), so that
 * every name with a letter has one. Empty for a name without any.
 */
export function authorSlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    slug = slugOf(name);
    slugs.set(name, slug);
  }
  return slug;
}

// Computed once per paper: filtering runs on every keystroke.
const paperSlugs = new WeakMap<Paper, readonly string[]>();

/** The slugs of a paper's authors. */
export function authorSlugsOf(paper: Paper): readonly string[] {
  let values = paperSlugs.get(paper);
  if (!values) {
    values = (paper.authors ?? []).map(authorSlug);
    paperSlugs.set(paper, values);
  }
  return values;
}

/** Whether a paper names every one of these authors. */
export function hasAuthors(paper: Paper, wanted: readonly string[]): boolean {
  if (wanted.length === 0) return true;
  const values = authorSlugsOf(paper);
  return wanted.every((slug) => values.includes(slug));
}

export interface AuthorSource {
  papers: readonly Paper[];
  /** The owner's names: no co-author to filter by. */
  ownerNames: readonly string[];
}

const knownByList = new WeakMap<AuthorSource, ReadonlySet<string>>();

/** The slugs of a list's co-authors (not the owner's): what a link may choose from. */
export function knownAuthors(source: AuthorSource): ReadonlySet<string> {
  let known = knownByList.get(source);
  if (!known) {
    const owners = new Set(source.ownerNames.map(authorSlug));
    const slugs = new Set<string>();
    for (const paper of source.papers)
      for (const slug of authorSlugsOf(paper))
        if (slug !== '' && !owners.has(slug)) slugs.add(slug);
    known = slugs;
    knownByList.set(source, known);
  }
  return known;
}
