/**
 * Text as the BibTeX parser hands it over, made plain: the parser turns LaTeX into Unicode and a
 * little HTML (\emph -> <i>, \url -> <a>); the site renders text only, so markup is reduced to
 * the words it shows.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Composed Unicode: "u" + combining diaeresis becomes "ü", a dotless i under an accent "í". */
export const composed = (text: string) => text.replace(/ı(?=\p{M})/gu, 'i').normalize('NFC');

/** Plain, single-spaced text with no markup. */
export function cleanText(text: string): string {
  const plain = text.replace(/<[^>]*>/g, '');
  return composed(decodeEntities(plain)).replace(/\s+/g, ' ').trim();
}

/** The first http(s) address in a field: a \url{} the parser made a link of, or a bare address. */
export function firstUrl(text: string): string | undefined {
  const href = /href="([^"]+)"/.exec(text)?.[1];
  if (href) return decodeEntities(href);
  return /https?:\/\/[^\s<>"{}]+/.exec(text)?.[0];
}

/**
 * IEEE Xplore's exports put MathML in titles (<inline-formula><tex-math>$k$</tex-math>
 * <alternatives>…</alternatives></inline-formula>); the parser would read its angle brackets as
 * ¡ and ¿. Before parsing, each formula becomes the TeX it carries.
 */
export function unwrapMathMl(bib: string): string {
  return bib.replace(/<inline-formula>([\s\S]*?)<\/inline-formula>/g, (_, inner: string) => {
    const tex = /<tex-math[^>]*>([\s\S]*?)<\/tex-math>/.exec(inner)?.[1];
    return tex?.trim() ?? '';
  });
}

/** Markdown emphasis and links reduced to their words (al-folio's `award` is Markdown). */
export function stripMarkdown(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

const DOI = /^10\.\d{4,9}\/\S+$/;
const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.|www\.)?doi\.org\/|doi:\s*)/i;

/**
 * A DOI as the schema wants it (10.xxxx/...), from what people write: a doi.org or dx.doi.org
 * address, a "doi:" prefix, percent-escapes, a full stop at the end. Undefined when it is none.
 */
export function normaliseDoi(raw: string): string | undefined {
  let doi = cleanText(raw).replace(DOI_PREFIX, '').trim();
  try {
    doi = decodeURIComponent(doi);
  } catch {
    // A stray % is left as written; the pattern below decides.
  }
  doi = doi.replace(/[.,;]+$/, '');
  return DOI.test(doi) ? doi : undefined;
}

/** arXiv's own DOIs (10.48550/arXiv.2101.00001) name the preprint, not a published version. */
export const isArxivDoi = (doi: string) => /^10\.48550\/arxiv\./i.test(doi);
