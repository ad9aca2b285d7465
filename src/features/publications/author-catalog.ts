/**
 * Every co-author of a list, ranked, for the Authors filter and its counts (loaded with the
 * filter panel).
 */
import { authorSlug, type AuthorSource } from './author-slug.ts';

/** Every co-author of a list, in flat arrays: co-author i is slugs[i], named labels[i]. */
export interface AuthorCatalog {
  /** The most papers first; among equals, the one met first (the list runs newest first). */
  slugs: readonly string[];
  /** As the newest paper writes the name. */
  labels: readonly string[];
  /** How many papers of the whole list name each. */
  totals: Uint32Array;
  /** Where each slug is. */
  at: ReadonlyMap<string, number>;
  /** Where each name, as papers write it, is; the owner's names are not there. */
  nameAt: ReadonlyMap<string, number>;
}

const catalogs = new WeakMap<AuthorSource, AuthorCatalog>();

/** The co-authors of a list, worked out once per list (on the first filter by an author, or
 * when the filter panel first counts). */
export function authorCatalog(source: AuthorSource): AuthorCatalog {
  const known = catalogs.get(source);
  if (known) return known;
  const owners = new Set(source.ownerNames.map(authorSlug));
  // First in the order they are met, then ranked.
  const metAt = new Map<string, number>();
  const nameMet = new Map<string, number>();
  const metSlugs: string[] = [];
  const metLabels: string[] = [];
  const metTotals: number[] = [];
  for (const paper of source.papers) {
    const authors = paper.authors;
    if (!authors) continue;
    for (let j = 0; j < authors.length; j++) {
      const name = authors[j] as string;
      let i = nameMet.get(name);
      if (i === undefined) {
        const slug = authorSlug(name);
        i = slug === '' || owners.has(slug) ? -1 : metAt.get(slug);
        if (i === undefined) {
          i = metSlugs.length;
          metAt.set(slug, i);
          metSlugs.push(slug);
          metLabels.push(name);
          metTotals.push(0);
        }
        nameMet.set(name, i);
      }
      // A name listed twice on one paper counts once.
      if (i >= 0 && authors.indexOf(name) === j) metTotals[i] = (metTotals[i] as number) + 1;
    }
  }
  // Ranked by a counting sort on the totals (no comparisons of names: tens of thousands of them).
  const byTotal: number[][] = [];
  metTotals.forEach((total, i) => (byTotal[total] ??= []).push(i));
  const order: number[] = [];
  for (let total = byTotal.length - 1; total >= 0; total--)
    for (const i of byTotal[total] ?? []) order.push(i);
  const rank = new Int32Array(metSlugs.length);
  order.forEach((i, r) => (rank[i] = r));
  const catalog: AuthorCatalog = {
    slugs: order.map((i) => metSlugs[i] as string),
    labels: order.map((i) => metLabels[i] as string),
    totals: Uint32Array.from(order, (i) => metTotals[i] as number),
    at: new Map(order.map((i, r) => [metSlugs[i] as string, r])),
    nameAt: new Map(
      [...nameMet].filter(([, i]) => i >= 0).map(([name, i]) => [name, rank[i] as number]),
    ),
  };
  catalogs.set(source, catalog);
  return catalog;
}
