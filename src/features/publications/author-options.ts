/**
 * Which co-authors the Authors filter shows: the chosen ones, always, then the ones with the most
 * papers in the list as it stands, or those whose name matches what the visitor typed. Picks a
 * few out of tens of thousands on every answer, so it scans the counts once and keeps the best.
 */
import { authorSlug } from './author-slug.ts';
import type { FacetOption, PublicationFacets } from './filter-publications.ts';

export interface ShownAuthors {
  /** The chosen co-authors, in the order they were chosen. */
  chosen: FacetOption[];
  /** The others shown, the most papers first. */
  others: FacetOption[];
  /** With nothing typed: how many co-authors the list as it stands names. With a name typed:
   * how many co-authors match it. */
  found: number;
}

/** Whether a co-author's slug has a word that starts with the typed slug ("lin", "ji-l"). */
function matchesTyped(slug: string, typed: string): boolean {
  return slug.startsWith(typed) || slug.includes(`-${typed}`);
}

/**
 * The chosen co-authors (`selected`, as the URL names them), then up to `limit` others: the most
 * papers first (among equals, the most in the whole list), with nothing typed only those that
 * the list as it stands names, with a name typed every one who matches it.
 */
export function shownAuthors(
  { catalog, counts }: PublicationFacets['authors'],
  selected: readonly string[],
  typed: string,
  limit: number,
): ShownAuthors {
  const option = (i: number, isSelected: boolean): FacetOption => ({
    value: catalog.slugs[i] as string,
    label: catalog.labels[i] as string,
    count: counts[i] ?? 0,
    selected: isSelected,
  });
  const chosen = selected.flatMap((slug) => {
    const i = catalog.at.get(slug);
    return i === undefined ? [] : [i];
  });
  const query = authorSlug(typed);
  // The best `limit` so far, best first: catalog order breaks ties, as the scan goes in that order.
  const best: number[] = [];
  let found = 0;
  for (let i = 0; i < catalog.slugs.length; i++) {
    const count = counts[i] as number;
    if (query === '' ? count === 0 : !matchesTyped(catalog.slugs[i] as string, query)) continue;
    found++;
    if (chosen.includes(i)) continue;
    if (best.length === limit && count <= (counts[best[limit - 1] as number] as number)) continue;
    let at = best.length;
    while (at > 0 && count > (counts[best[at - 1] as number] as number)) at--;
    best.splice(at, 0, i);
    if (best.length > limit) best.pop();
  }
  return {
    chosen: chosen.map((i) => option(i, true)),
    others: best.map((i) => option(i, false)),
    found,
  };
}
