import { foldText } from '#src/lib/text.ts';

// Combining marks belong to their word: "İ" lower-cases to "i" and a dot, and text in decomposed
// form (NFD) writes "ü" as "u" and a diaeresis; foldText() then drops the marks.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}/gu;
// "ProxylessNAS" -> Proxyless, NAS; "MCUNetV2" -> MCU, Net, V, 2
const WORD_PART = /\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+/gu;

const FOLDED_WORD = /^[\p{L}\p{N}]+$/u;

/** A word folded (lower case, no accents); split again where folding made it more than a word
 * ("⑴" folds to "(1)", which is the word "1"), so that a folded term is also a query's term. */
function foldWord(word: string): string[] {
  const folded = foldText(word);
  return FOLDED_WORD.test(folded) ? [folded] : (folded.match(WORD) ?? []);
}

/** The parts of a word worth indexing on their own, beyond the whole word. */
function wordParts(word: string): string[] {
  const parts = word.replace(MARKS, '').match(WORD_PART) ?? [];
  if (parts.length < 2) return [];
  return parts.filter((part) => part.length > 1 || /\p{N}/u.test(part)).flatMap(foldWord);
}

/** Folded tokens of a text: every word, plus the camel-case parts of compound names. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    tokens.push(...foldWord(word), ...wordParts(word));
  }
  return tokens;
}

/** Folded words of a query, in the order typed, without repeats. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.matchAll(WORD)) {
    for (const term of foldWord(match[0])) if (!terms.includes(term)) terms.push(term);
  }
  return terms;
}

export interface TextSegment {
  text: string;
  /** The folded forms under which this word may have matched; empty for separators. */
  forms: string[];
}

/** Splits a text into words and the separators between them, for highlighting. */
export function segmentText(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), forms: [] });
    const word = match[0];
    segments.push({ text: word, forms: [...foldWord(word), ...wordParts(word)] });
    last = start + word.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), forms: [] });
  return segments;
}
