import { foldText } from '#src/lib/text.ts';

// Combining marks belong to their word: "İ" lower-cases to "i" and a dot, and text in decomposed
// form (NFD) writes "ü" as "u" and a diaeresis; foldText() then drops the marks.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}/gu;
// "ProxylessNAS" -> Proxyless, NAS; "MCUNetV2" -> MCU, Net, V, 2
const WORD_PART = /\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+/gu;

const FOLDED_WORD = /^[\p{L}\p{N}]+$/u;

// Chinese and Japanese write no spaces between words: a run of their characters is indexed as its
// single characters and its pairs of characters, and a query is read as its pairs, so that "学习"
// finds "深度学习模型" (the usual n-gram way: no dictionary of words to ship).
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// A word split into runs of CJK characters and the rest ("ai模型" -> "ai", "模型").
const CJK_PIECES =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

/** The characters and the pairs of characters of a folded word with CJK text in it, and its other
 * pieces whole. */
function cjkTokens(folded: string): string[] {
  const tokens = new Set<string>();
  for (const piece of folded.match(CJK_PIECES) ?? []) {
    if (!CJK.test(piece)) {
      tokens.add(piece);
      continue;
    }
    const chars = Array.from(piece);
    chars.forEach((char, i) => {
      tokens.add(char);
      const next = chars[i + 1];
      if (next !== undefined) tokens.add(char + next);
    });
  }
  return [...tokens];
}

/** How a query's folded word is looked up: itself, or for CJK text its pairs of characters (a
 * single character stands for itself). */
function cjkQueryTerms(folded: string): string[] {
  const terms: string[] = [];
  for (const piece of folded.match(CJK_PIECES) ?? []) {
    const chars = Array.from(piece);
    if (!CJK.test(piece) || chars.length === 1) terms.push(piece);
    else
      for (let i = 0; i + 1 < chars.length; i++)
        terms.push(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
  }
  return terms;
}

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

/** Folded tokens of a text: every word, plus the camel-case parts of compound names, plus the
 * characters and pairs of characters of CJK text (the whole word stays first). */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const folded = foldWord(word);
    tokens.push(...folded, ...wordParts(word));
    for (const form of folded) if (CJK.test(form)) tokens.push(...cjkTokens(form));
  }
  return tokens;
}

/** Folded words of a query, in the order typed, without repeats. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.matchAll(WORD)) {
    for (const folded of foldWord(match[0])) {
      for (const term of CJK.test(folded) ? cjkQueryTerms(folded) : [folded])
        if (!terms.includes(term)) terms.push(term);
    }
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
    if (CJK.test(word)) segments.push(...cjkSegments(word));
    else segments.push({ text: word, forms: [...foldWord(word), ...wordParts(word)] });
    last = start + word.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), forms: [] });
  return segments;
}

/** A word with CJK text, for highlighting: each CJK character on its own, under its own form and
 * the pairs it is part of (so "学习" marks 学 and 习, not the whole run); other pieces whole. */
function cjkSegments(word: string): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const piece of word.match(CJK_PIECES) ?? []) {
    if (!CJK.test(piece)) {
      segments.push({ text: piece, forms: [...foldWord(piece), ...wordParts(piece)] });
      continue;
    }
    const chars = Array.from(piece);
    chars.forEach((char, i) => {
      const before = chars[i - 1];
      const after = chars[i + 1];
      const forms = [char];
      if (before !== undefined) forms.push(before + char);
      if (after !== undefined) forms.push(char + after);
      segments.push({ text: char, forms: forms.flatMap(foldWord) });
    });
  }
  return segments;
}
